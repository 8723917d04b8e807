"""Query evaluation over whole posting lists, a block at a time.

Whoosh scores a query one document at a time through a tree of Python
matcher objects: about 15 µs per matching document and node, so a two-word
query matching a sixth of 20,000 articles took 65 ms and a phrase 140 ms.
Here each term's postings are read a block (up to 128 postings) at a time
into a dict of document -> score, and the query's AND/OR/NOT are dict and set
operations: the same BM25F scores Whoosh computes, with the loops in C.

Only the shapes the query language produces are handled; anything else raises
`Unsupported` and the caller lets Whoosh's own matchers run it.
"""

from __future__ import annotations

import heapq
import itertools
import operator
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from reader.index.schema import COUNTED_FIELDS, DATE_FIELD, UNDATED_FIELD
from reader.index.whoosh_ext.formats import PackedPositions, decode
from reader.index.whoosh_ext.segments import (
    deleted_docs,
    field_lengths,
    posting_blocks,
    segment_key,
)

# Whoosh's BM25F defaults, which the index was always scored with.
K1 = 1.2
B = 0.75


class Unsupported(Exception):
    """A query node this evaluator does not handle."""


@dataclass
class Evaluation:
    """What a query matched: a score per document, and what to count as hits."""

    scores: dict[int, float]
    partial: bool = False
    # Per counted term or phrase: its field, and its occurrences in each document.
    occurrences: list[tuple[str, dict[int, int]]] = field(default_factory=list)

    def hit_counts(self, docnums: list[int], headline: list[int]) -> dict[int, int]:
        """Occurrences of what the query matched in each document.

        Title matches count only where the text starts with its headline
        (`headline[docnum]`): a title derived from the first sentence is in the
        body too, and counted there.
        """
        totals = [0] * len(docnums)
        for name, found in self.occurrences:
            counts = map(found.get, docnums, itertools.repeat(0))
            if name == "title":
                counts = (n if headline[d] else 0 for n, d in zip(counts, docnums, strict=True))
            totals = list(map(operator.add, totals, counts))
        return dict(zip(docnums, totals, strict=True))

    def top(self, limit: int | None) -> list[tuple[int, float]]:
        """Best first; equal scores in index order, as Whoosh ranks them."""
        scores = self.scores
        if limit is None or limit * 8 > len(scores):
            # Two C-level sorts: by document, then (stable) by score.
            docs = sorted(scores)
            docs.sort(key=scores.__getitem__, reverse=True)
            return [(d, scores[d]) for d in docs[:limit]]
        # The limit-th best score from the bare values (no key call per match: a first
        # page of a broad word's 18,000 matches), then the few at or above it ranked.
        floor = heapq.nlargest(limit, scores.values())[-1] if limit else float("inf")
        best = [(d, s) for d, s in scores.items() if s >= floor]
        best.sort(key=_rank_key, reverse=True)
        return best[:limit]


def _rank_key(item: tuple[int, float]) -> tuple[float, int]:
    return item[1], -item[0]


def evaluate(q: wq.Query, searcher: Searcher, deadline: float | None = None) -> Evaluation:
    """Every document `q` matches, scored; raises Unsupported for other shapes."""
    run = _Run(searcher, deadline)
    scores = run.node(q, counted=True)
    return Evaluation(scores, run.partial, run.occurrences)


class _Run:
    def __init__(self, searcher: Searcher, deadline: float | None) -> None:
        self.s = searcher
        self.reader = searcher.reader()
        self.leaves = self.reader.leaf_readers()
        self.deadline = deadline
        self.partial = False
        self.occurrences: list[tuple[str, dict[int, int]]] = []

    # -- the query tree --------------------------------------------------------

    def node(self, q: wq.Query, counted: bool) -> dict[int, float]:
        if isinstance(q, wq.Term):
            return self.term(q, counted)
        if isinstance(q, wq.Phrase):
            return self.phrase(q, counted)
        if isinstance(q, wq.And):
            return self.conjunction(q, counted)
        if isinstance(q, wq.Or):
            if q.minmatch or q.scale:
                raise Unsupported(repr(q))
            parts = []
            for child in q.subqueries:
                if parts and self._late():
                    break  # an expansion of 50 frequent words can outlast the time limit
                parts.append(self.node(child, counted))
            return self._boosted(self.union(parts), q)
        if isinstance(q, wq.AndNot):
            return self.without(self.node(q.a, counted), self.node(q.b, False))
        if isinstance(q, wq.Not):
            return self.without(self.every(float(q.boost)), self.node(q.query, False))
        if isinstance(q, wq.NumericRange) and q.fieldname == DATE_FIELD:
            return self.date_range(q)
        if isinstance(q, wq.NumericRange | wq.TermRange | wq.Every):
            # Filters: Whoosh scores them with a constant, which ranks nothing.
            return dict.fromkeys(self.s.docs_for_query(q), float(q.boost))
        if q is wq.NullQuery or isinstance(q, wq.NullQuery.__class__):
            return {}
        raise Unsupported(repr(q))

    def conjunction(self, q: wq.And, counted: bool) -> dict[int, float]:
        positive = [c for c in q.subqueries if not isinstance(c, wq.Not)]
        negative = [c for c in q.subqueries if isinstance(c, wq.Not)]
        if not positive:
            result = self.every()
        else:
            parts = sorted((self.node(c, counted) for c in positive), key=len)
            result = parts[0]
            for other in parts[1:]:
                result = {d: s + other[d] for d, s in result.items() if d in other}
        for neg in negative:
            # Whoosh intersects with an inverse matcher, which scores its boost.
            excluded = self.node(neg.query, False)
            result = {d: s + neg.boost for d, s in result.items() if d not in excluded}
        return self._boosted(result, q)

    def date_range(self, q: wq.NumericRange) -> dict[int, float]:
        """One pass over the cached date column, not Whoosh's expansion into
        hundreds of trie terms (50 ms for a year at 20,000 articles)."""
        low = float("-inf") if q.start is None else q.start
        high = float("inf") if q.end is None else q.end
        low_ok = (lambda v: v > low) if q.startexcl else (lambda v: v >= low)
        high_ok = (lambda v: v < high) if q.endexcl else (lambda v: v <= high)
        score = float(q.boost)
        out: dict[int, float] = {}
        for leaf, offset in self.leaves:
            dates = _column_values(leaf, DATE_FIELD)
            undated = _column_values(leaf, UNDATED_FIELD)
            deleted = deleted_docs(leaf)
            out.update(
                (offset + d, score)
                for d, (v, u) in enumerate(zip(dates, undated, strict=True))
                if not u and low_ok(v) and high_ok(v) and d not in deleted
            )
        return out

    @staticmethod
    def union(parts: list[dict[int, float]]) -> dict[int, float]:
        if not parts:
            return {}
        parts.sort(key=len, reverse=True)
        result = dict(parts[0])
        for other in parts[1:]:
            for d, s in other.items():
                result[d] = result.get(d, 0.0) + s
        return result

    @staticmethod
    def without(result: dict[int, float], excluded: dict[int, float]) -> dict[int, float]:
        return {d: s for d, s in result.items() if d not in excluded}

    def every(self, score: float = 0.0) -> dict[int, float]:
        out: dict[int, float] = {}
        for leaf, offset in self.leaves:
            out.update((offset + d, score) for d in leaf.all_doc_ids())
        return out

    @staticmethod
    def _boosted(result: dict[int, float], q: wq.Query) -> dict[int, float]:
        if q.boost == 1.0:
            return result
        boost = q.boost
        return {d: s * boost for d, s in result.items()}

    # -- leaves ----------------------------------------------------------------

    def term(self, q: wq.Term, counted: bool) -> dict[int, float]:
        fieldname, text = q.fieldname, q.text
        fieldobj = self._field(fieldname)
        if fieldobj is None or not fieldobj.indexed:
            return {}
        if not self.reader.doc_frequency(fieldname, text):
            return {}
        boost = getattr(fieldobj.format, "field_boost", 1.0) or 1.0  # in every posting weight
        scores: dict[int, float] = {}
        tf: dict[int, int] = {}
        if fieldobj.scorable:
            # BM25 inline, a block at a time: a call per posting doubled the cost.
            top, flat, slope = _bm25_parts(
                self.s.idf(fieldname, text), self.s.avg_field_length(fieldname) or 1
            )
        for leaf, offset in self.leaves:
            if not leaf.doc_frequency(fieldname, text):
                continue
            lengths = _lengths(leaf, fieldname) if fieldobj.scorable else None
            for ids, weights, _ in posting_blocks(leaf, fieldname, text, values=False):
                if self._late():
                    break
                docs = [offset + d for d in ids] if offset else ids
                if lengths is None:
                    scores.update(zip(docs, weights, strict=True))
                else:
                    scores.update(zip(docs, [
                        top * w / (w + flat + slope * lengths[d])
                        for d, w in zip(ids, weights, strict=True)
                    ], strict=True))  # fmt: skip
                if counted:
                    tf.update(zip(docs, [round(w / boost) for w in weights], strict=True))
        if counted and fieldname in COUNTED_FIELDS:
            self.occurrences.append((fieldname, tf))
        return self._boosted(scores, q)

    def phrase(self, q: wq.Phrase, counted: bool) -> dict[int, float]:
        """Documents where the words follow each other, scored as one term."""
        fieldname, words = q.fieldname, list(q.words)
        fieldobj = self._field(fieldname)
        if fieldobj is None or q.slop != 1 or not fieldobj.format.supports("positions"):
            raise Unsupported(repr(q))
        if not words:
            return {}
        if len(words) == 1:
            return self.term(wq.Term(fieldname, words[0], boost=q.boost), counted)
        if not all(self.reader.doc_frequency(fieldname, w) for w in words):
            return {}
        avgfl = self.s.avg_field_length(fieldname) or 1
        # Whoosh scores a phrase as the sum of its words' scores.
        word_scores = [_bm25(self.s.idf(fieldname, w), avgfl) for w in words]
        scores: dict[int, float] = {}
        found: dict[int, int] = {}
        back = [(-i).__add__ for i in range(len(words))]  # word i's position -> phrase start
        fmt = fieldobj.format
        positions = decode if type(fmt) is PackedPositions else fmt.decode_positions
        for leaf, offset in self.leaves:
            if not all(leaf.doc_frequency(fieldname, w) for w in words):
                continue
            weights: list[dict[int, float]] = []
            places: list[dict[int, bytes]] = []  # encoded position lists
            for w in words:
                wd: dict[int, float] = {}
                pd: dict[int, bytes] = {}
                for ids, ws, vals in posting_blocks(leaf, fieldname, w, values=True):
                    wd.update(zip(ids, ws, strict=True))
                    pd.update(zip(ids, vals, strict=True))
                weights.append(wd)
                places.append(pd)
            candidates = set(places[0]).intersection(*places[1:])
            lengths = _lengths(leaf, fieldname)
            first, rest = places[0], list(zip(back[1:], places[1:], strict=True))
            for n, d in enumerate(sorted(candidates)):
                if n % 256 == 0 and self._late():
                    break
                starts = set(positions(first[d]))
                for to_start, place in rest:
                    starts.intersection_update(map(to_start, positions(place[d])))
                    if not starts:
                        break
                if starts:
                    length = lengths[d]
                    scores[offset + d] = sum(
                        score(word[d], length)
                        for score, word in zip(word_scores, weights, strict=True)
                    )
                    found[offset + d] = len(starts)
        if counted and fieldname in COUNTED_FIELDS:
            self.occurrences.append((fieldname, found))
        return self._boosted(scores, q)

    def _field(self, fieldname: str) -> Any:
        # Whoosh's Schema has no get().
        schema = self.s.schema
        return schema[fieldname] if fieldname in schema.names() else None

    def _late(self) -> bool:
        if self.deadline is not None and time.perf_counter() > self.deadline:
            self.partial = True
            return True
        return False


def _bm25_parts(idf: float, avgfl: float) -> tuple[float, float, float]:
    """BM25 as top * w / (w + flat + slope * length), Whoosh's BM25F with its defaults."""
    return idf * (K1 + 1), K1 * (1 - B), K1 * B / avgfl


def _bm25(idf: float, avgfl: float) -> Callable[[float, int], float]:
    top, flat, slope = _bm25_parts(idf, avgfl)
    return lambda weight, length: top * weight / (weight + flat + slope * length)


# Per segment (segments never change): field -> document lengths / column values.
_CACHE: OrderedDict[tuple[str, str], list[int]] = OrderedDict()
_CACHE_SEGMENTS = 64
_CACHE_LOCK = threading.Lock()


def _cached(leaf: object, key: str, load: Callable[[], list[int]]) -> list[int]:
    segment = segment_key(leaf)
    if segment is None:
        return load()
    cache_key = (segment, key)
    with _CACHE_LOCK:  # libraries of two corpora may search at once, from two threads
        found = _CACHE.get(cache_key)
        if found is not None:
            _CACHE.move_to_end(cache_key)
            return found
    found = load()
    with _CACHE_LOCK:
        _CACHE[cache_key] = found
        while len(_CACHE) > _CACHE_SEGMENTS * 4:
            _CACHE.popitem(last=False)
    return found


def _lengths(leaf: object, fieldname: str) -> list[int]:
    """Each document's length in a field, as BM25 sees it (Whoosh's one-byte lengths)."""

    def load() -> list[int]:
        lengths = field_lengths(leaf, fieldname, empty=0)
        if lengths is None:
            count = leaf.doc_count_all()  # type: ignore[attr-defined]
            return [leaf.doc_field_length(d, fieldname, 1) or 1 for d in range(count)]  # type: ignore[attr-defined]
        return lengths

    return _cached(leaf, f"len:{fieldname}", load)


def _column_values(leaf: Any, fieldname: str) -> list[Any]:
    """A segment's column, cached: every document's value, in order."""
    if not leaf.has_column(fieldname):
        return [0] * leaf.doc_count_all()
    return _cached(leaf, f"col:{fieldname}", lambda: list(leaf.column_reader(fieldname)))


def column(searcher: Searcher, fieldname: str) -> list[Any]:
    """A column's value for each document, indexed by global document number."""
    values: list[Any] = []
    for leaf, _ in searcher.reader().leaf_readers():
        values += _column_values(leaf, fieldname)
    return values


def doc_ids(searcher: Searcher, docnums: list[int]) -> list[str]:
    """The article ids of documents, from each segment's id column read once and kept:
    through Whoosh's column reader a lookup costs microseconds, 40 ms for 15,000 results."""
    ids = column(searcher, "id")
    return [ids[d] for d in docnums]
