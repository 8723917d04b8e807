"""Everything that reaches into Whoosh's internals, behind small functions.

Whoosh is pinned to one version in pyproject.toml (tests/index/test_fence.py
checks the installed one): the code here subclasses its codec, storage and
matchers, calls their underscored methods and reads modules outside its
public API, all of which may change in any release. The rest of
`reader.index` uses Whoosh's public API and this package only (checked by
tests/index/test_fence.py), so that a new Whoosh version breaks here first.

- `blocks`: posting blocks as packed arrays, registered as the index's codec.
- `formats`: positions as packed integers (the text fields' format), and
  the value Whoosh's Frequency format stores.
- `mapped`: compound segment files read in place (mmap), not copied.
- `segments`: one segment read directly: its identity for caches, its
  deleted documents, its field lengths (`field_lengths`), its posting blocks.
- `writer`: the segment writer with packed blocks and field lengths read once.
- `support`: the file lock and the edit distance from Whoosh's utilities.

The codec and the positions format are pickled into the index: moving or
renaming them makes old indexes unreadable, so bump `schema.SCHEMA_VERSION`
with such a change (the index is then rebuilt as a format change).
"""
