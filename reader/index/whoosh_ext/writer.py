"""Whoosh's segment writer, with packed posting blocks and a faster commit.

Whoosh's commit asks for a document's field length once per posting, each
time a seek and read in the new segment's file, and a filesystem check for
every field without lengths: a third of the commit at 2,000 articles. Here
the writer's per-document reader reads each field's lengths once.
"""

from __future__ import annotations

from typing import Any

from whoosh.index import FileIndex

from reader.index.whoosh_ext.blocks import PackedCodec
from reader.index.whoosh_ext.segments import field_lengths


def writer(ix: FileIndex, **options: Any) -> Any:
    """`ix.writer(**options)` writing packed posting blocks (see `blocks`), whose
    commit reads field lengths from memory (the same bytes: tests/index/test_writer.py)."""
    w = ix.writer(codec=PackedCodec(), **options)
    open_lengths = w.per_document_reader
    w.per_document_reader = lambda: _PreloadedLengths(open_lengths())
    return w


class _PreloadedLengths:
    """A per-document reader whose doc_field_length reads each field's lengths once."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._lengths: dict[str, list[int | None] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: Any = 0) -> Any:
        if fieldname not in self._lengths:
            # As W3PerDocReader.doc_field_length: None for a zero byte.
            self._lengths[fieldname] = field_lengths(self._reader, fieldname)
        lengths = self._lengths[fieldname]
        return default if lengths is None else lengths[docnum]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)
