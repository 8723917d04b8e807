"""Reading one segment directly: its identity, deleted documents, field lengths
and posting blocks.

Whoosh's public readers answer a document at a time (`doc_field_length`, a
matcher's `id()` and `weight()`); the evaluator (`evaluation`) and the
writer (`writer`) read whole columns and whole posting blocks instead, through
the segment reader's per-document reader and the matchers' internals.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from reader.index.whoosh_ext.blocks import PackedLeafMatcher


def segment_key(leaf: Any) -> str | None:
    """What identifies a segment's contents, for caches: a segment never changes
    once written (a deletion is kept apart from it). None for a reader that is
    not one segment's."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return segment.segment_id() if segment is not None else None


def deleted_docs(leaf: Any) -> frozenset[int]:
    """The segment's deleted documents (its reader keeps the set once read)."""
    return leaf.deleted_docs_set if leaf.has_deletions() else frozenset()


def field_lengths(reader: Any, fieldname: str, empty: int | None = None) -> list[Any] | None:
    """Every document's length in `fieldname`, in document order, as BM25 sees it
    (Whoosh keeps a length as one byte): the segment's lengths column read in one
    go, where `doc_field_length` seeks and reads once per call.

    `reader` is a segment's reader (a leaf of `IndexReader.leaf_readers()`) or a
    per-document reader (a writer's). A document without the field (a zero byte)
    gets `empty`; Whoosh's `doc_field_length` returns None for it. None when the
    segment holds no lengths for the field.
    """
    perdoc = getattr(reader, "_perdoc", reader)
    cached_reader = getattr(perdoc, "_cached_reader", None)
    if cached_reader is None:
        return None
    column = cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    table = [byte_to_length(b) if b else empty for b in range(256)]
    return [table[b] for b in column]


def posting_blocks(
    leaf: Any, fieldname: str, text: str, values: bool
) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[bytes]]]:
    """A segment's postings of one term, a block at a time, without deleted documents:
    (document numbers in the segment, weights, and the values if `values`).

    Packed blocks (see `blocks`) are read whole; any other matcher is walked
    posting by posting.
    """
    m = leaf.postings(fieldname, text)
    deleted: frozenset[int] = frozenset()
    if isinstance(m, FilterMatcher):
        deleted, m = frozenset(m._ids), m.child
    if isinstance(m, PackedLeafMatcher):
        for ids, weights, vals in m.blocks(values):
            if deleted and not deleted.isdisjoint(ids):
                keep = [i for i, d in enumerate(ids) if d not in deleted]
                ids = tuple(ids[i] for i in keep)
                weights = [weights[i] for i in keep]
                vals = [vals[i] for i in keep] if values else vals
            yield ids, weights, vals
        return
    ids_list: list[int] = []
    weights_list: list[float] = []
    vals_list: list[bytes] = []
    while m.is_active():
        if m.id() not in deleted:
            ids_list.append(m.id())
            weights_list.append(m.weight())
            if values:
                vals_list.append(m.value())
        m.next()
    yield tuple(ids_list), weights_list, vals_list
