"""Everything Whoosh: schema, incremental indexing, queries, passages, facets.

Nothing outside this package imports whoosh. Whoosh's first import, by
whichever module of this package comes first, is the lean one of
`whoosh_ext.lean_import` (the finder costs nothing until then).
"""

from reader.index.whoosh_ext.lean_import import install as _install_lean_whoosh

_install_lean_whoosh()
