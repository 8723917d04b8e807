"""Searching a Library's index: results, passages, marks, suggestions, quotations.

Every read goes through the Library (`read`: its current searcher, under its
read lock, with its damage policy); the article summaries come from it too.
A query is parsed (`searching`), expanded within its limits and evaluated a
posting block at a time (`evaluation`), or by Whoosh's own matchers for the
shapes the evaluator does not handle.
"""

from __future__ import annotations

import dataclasses
import heapq
import re
import time
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from itertools import repeat
from typing import Any, Generic, TypeVar

from whoosh.searching import Searcher

from reader.corpus.model import ParagraphKind
from reader.index import codec, querylang
from reader.index.codec import ArticleText
from reader.index.evaluation import Evaluation, Unsupported, column, doc_ids, evaluate
from reader.index.matching import MatchSpec, find_marks, names_quotes, passage_for
from reader.index.model import (
    ArticleSummary,
    Hit,
    Passage,
    QuotedBy,
    SearchResult,
    SortOrder,
    StoredArticle,
)
from reader.index.query_tree import And, Node, Or, Phrase, Word
from reader.index.querylang import QueryError
from reader.index.quoting import corpus_quotes
from reader.index.schema import HEADLINE_FIELD
from reader.index.searching import (
    Bounded,
    bound,
    hit_counts,
    make_parser,
    parse,
    resolve_tags,
)
from reader.index.vocabulary import WordSource, suggestion

# What a query found: ranked (docnum, score), the total, whether partial, and the hit
# counts of given documents (counted only for the results kept).
Found = tuple[list[tuple[int, float]], int, bool, Callable[[list[int]], dict[int, int]]]

T = TypeVar("T")

# The Library's guarded read: runs a function on the current searcher (None when
# there is no index yet), rebuilding a damaged index and trying once more.
Read = Callable[[Callable[[Searcher | None], Any]], Any]


class LastMade(Generic[T]):
    """The value last made for one key on one searcher, made again for any other:
    one search asks for the same thing several times (a page, then all the results,
    then facets and passages), on the same searcher."""

    def __init__(self) -> None:
        self._entry: tuple[Hashable, Searcher, T] | None = None

    def get(self, key: Hashable, s: Searcher, make: Callable[[], T]) -> T:
        entry = self._entry
        if entry is not None and entry[0] == key and entry[1] is s:
            return entry[2]
        value = make()
        self._entry = (key, s, value)
        return value


class Queries:
    """The query side of a Library; it keeps the last query's expansion."""

    def __init__(
        self,
        read: Read,
        summaries: Callable[[], dict[str, ArticleSummary]],
        rank: Callable[[SortOrder], dict[str, int]],
        words: WordSource,
    ) -> None:
        self._read = read
        self._words = words  # the corpus's vocabulary (`vocabulary`)
        self._summaries = summaries  # by article id
        self._rank = rank  # each article's place in a date or source order
        self.parser = make_parser()
        self._last_bound: LastMade[Bounded] = LastMade()
        self._last_evaluation: LastMade[Evaluation] = LastMade()

    def search(
        self,
        query: str,
        *,
        sort: SortOrder,
        limit: int | None,
        passages: int,
        time_limit: float,
        tagged: Mapping[str, Sequence[str]] | None,
        suggest: bool,
    ) -> SearchResult:
        """See `Library.search`."""
        started = time.perf_counter()
        parsed, key = self._parsed(query, tagged)

        def run(s: Searcher | None) -> SearchResult:
            if s is None or s.doc_count() == 0:  # Whoosh's empty reader has no columns
                return SearchResult(query, (), 0)
            by_id = self._summaries()
            b = self._bound(key, parsed, s)
            try:
                found = self._evaluated((key, time_limit), b, s, sort, limit, started + time_limit)
            except Unsupported:
                found = self._collected(b, s, sort, limit, started, time_limit)
            ranked, total, partial, count = found
            spec = MatchSpec.from_bounded(b)
            docnums = [docnum for docnum, _ in ranked]
            ids = doc_ids(s, docnums)
            if sort is not SortOrder.RELEVANCE:
                # The list's own orders (undated articles by file time, then title),
                # which only the summaries know: every match placed, the first `limit` kept.
                order = _in_order(ids, self._rank(sort), limit)
                ranked = [ranked[i] for i in order]
                ids = [ids[i] for i in order]
                docnums = [docnum for docnum, _ in ranked]
            counts = count(docnums)  # only for the results kept
            summaries = list(map(by_id.get, ids))
            hits: list[Hit] = []
            if all(summary is not None for summary in summaries[passages:]):  # not `in`: __eq__
                # Most results need no decoding: made a list at a time (20,000 for a broad word).
                rest = (
                    summaries[passages:],
                    [score for _, score in ranked[passages:]],
                    map(counts.__getitem__, docnums[passages:]),
                )
                ranked, summaries = ranked[:passages], summaries[:passages]
            else:
                rest = ((), (), ())
            for rank, ((docnum, score), summary) in enumerate(zip(ranked, summaries, strict=True)):
                if summary is not None and rank >= passages:
                    hits.append(Hit(summary, score, counts[docnum]))
                    continue
                payload = s.stored_fields(docnum)["data"]
                if summary is None:  # the manifest lags behind the index: read it all
                    stored = codec.decode(payload)
                    summary, text = stored.summary, stored
                else:
                    text = codec.decode_text(
                        payload, entities=bool(spec.entities), quotes=names_quotes(spec)
                    )
                passage = _passage(text, spec) if rank < passages else None
                hits.append(Hit(summary, score, counts[docnum], passage))
            hits.extend(map(Hit, *rest))
            return SearchResult(query, tuple(hits), total, partial)

        result: SearchResult = self._read(run)
        # Only for a query that finds nothing: looking costs a walk of the vocabulary, and
        # a word that matches is one the user may well have meant.
        suggestion = self.suggest(query) if suggest and result.total == 0 else None
        return dataclasses.replace(
            result,
            suggestion=suggestion,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    def _evaluated(
        self,
        key: Hashable,
        b: Bounded,
        s: Searcher,
        sort: SortOrder,
        limit: int | None,
        deadline: float,
    ) -> Found:
        """Ranked (docnum, score), total, partial, hit counts: by whole posting lists."""
        found = self._evaluation(key, b, s, deadline)
        if sort is SortOrder.RELEVANCE:
            ranked = found.top(limit)
        else:
            # Every match, unranked: `search` sorts them by date or source and cuts.
            ranked = [(d, 0.0) for d in found.scores]
        headline = column(s, HEADLINE_FIELD)
        return (
            ranked,
            len(found.scores),
            b.partial or found.partial,
            lambda docnums: found.hit_counts(docnums, headline),
        )

    @staticmethod
    def _collected(
        b: Bounded,
        s: Searcher,
        sort: SortOrder,
        limit: int | None,
        started: float,
        time_limit: float,
    ) -> Found:
        """The same through Whoosh's matchers, for query shapes `evaluate` does not handle."""
        from whoosh.collectors import TimeLimit, TimeLimitCollector, TopCollector

        if sort is SortOrder.RELEVANCE and limit is not None:
            # Without block-quality skipping and matcher replacement every match is
            # visited once, so the total comes from this pass: Whoosh's default reruns
            # the whole query for len(), and replacement alone would drop matches
            # from the count.
            collector = TopCollector(limit=limit, usequality=False, replace=0)
        else:
            # Every match; a date or source order is applied by `search`.
            collector = s.collector(limit=None)
        remaining = max(0.05, time_limit - (time.perf_counter() - started))
        timed = TimeLimitCollector(collector, timelimit=remaining, use_alarm=False)
        partial = b.partial
        try:
            s.search_with_collector(b.query, timed)
        except TimeLimit:
            partial = True
        results = timed.results()
        total = results.scored_length() if partial else len(results)
        ranked = [
            (h.docnum, float(h.score) if isinstance(h.score, int | float) else 0.0) for h in results
        ]
        headline = column(s, HEADLINE_FIELD)

        def count(docnums: list[int]) -> dict[int, int]:
            untitled = {d for d in docnums if not headline[d]}
            return hit_counts(s.reader(), b.terms, docnums, untitled)

        return ranked, total, partial, count

    def _evaluation(self, key: Hashable, b: Bounded, s: Searcher, deadline: float) -> Evaluation:
        """Every match of the query, scored, kept for the next call with the same query,
        time limit (both in `key`) and searcher: the app asks for a first page of
        results, then for all of them (and for the facets), and a broad word's
        evaluation is most of a page's cost. A partial evaluation (the deadline
        passed) is kept as it is, so that the full list starts with the page."""
        return self._last_evaluation.get(key, s, lambda: evaluate(b.query, s, deadline))

    def _parsed(
        self, query: str, tagged: Mapping[str, Sequence[str]] | None
    ) -> tuple[Any, Hashable]:
        """The parsed query with its `tag:` terms looked up, and the key its expansion
        is kept under: the query alone unless tags were looked up."""
        parsed, looked_up = resolve_tags(parse(self.parser, query), tagged)
        return parsed, (query, looked_up) if looked_up else query

    def _bound(self, query: Hashable, parsed: Any, s: Searcher) -> Bounded:
        """The query expanded within its limits, kept for the next call with the same
        query and searcher: the app asks for results, then facets and passages, and
        a wide expansion (`{a TO z}`) spends its whole time budget each time."""
        return self._last_bound.get(query, s, lambda: bound(parsed, s.reader(), self._words))

    def result_ids(
        self, query: str, *, time_limit: float, tagged: Mapping[str, Sequence[str]] | None
    ) -> list[str]:
        """The ids of the articles `query` finds, in index order, under the same time
        limit as `search` (for the facets of a result set)."""
        started = time.perf_counter()
        parsed, key = self._parsed(query, tagged)

        def run(s: Searcher | None) -> list[str]:
            if s is None or s.doc_count() == 0:
                return []
            b = self._bound(key, parsed, s)
            try:
                found = self._evaluation((key, time_limit), b, s, started + time_limit)
                docnums = sorted(found.scores)
            except Unsupported:
                found = self._collected(b, s, SortOrder.RELEVANCE, None, started, time_limit)
                docnums = sorted(docnum for docnum, _ in found[0])
            return doc_ids(s, docnums)

        return self._read(run)

    def passages(self, query: str, article_ids: Sequence[str]) -> dict[str, Passage]:
        """See `Library.passages`."""
        parsed = parse(self.parser, query)

        def run(s: Searcher | None) -> dict[str, Passage]:
            if s is None or not article_ids:
                return {}
            spec = MatchSpec.from_bounded(self._bound(query, parsed, s))
            out: dict[str, Passage] = {}
            for article_id in article_ids:
                fields = s.document(id=article_id)
                if not fields:
                    continue
                text = codec.decode_text(
                    fields["data"], entities=bool(spec.entities), quotes=names_quotes(spec)
                )
                out[article_id] = _passage(text, spec)
            return out

        return self._read(run)

    def match_offsets(self, article_id: str, query: str) -> list[tuple[int, int]]:
        """See `Library.match_offsets`."""
        parsed = parse(self.parser, query)

        def run(s: Searcher | None) -> list[tuple[int, int]]:
            if s is None:
                return []
            fields = s.document(id=article_id)
            if not fields:
                return []
            stored = codec.decode(fields["data"])
            spec = MatchSpec.from_bounded(self._bound(query, parsed, s))
            return find_marks(stored.text, stored.entities, spec, _title_end(stored), stored.quotes)

        return self._read(run)

    def suggest(self, query: str) -> str | None:
        """See `Library.suggest`."""
        try:
            words = set(_wanted_words(querylang.parse(query)))
        except QueryError:
            return None

        def run(s: Searcher | None) -> str | None:
            if s is None or not words or s.doc_count() == 0:
                return None
            reader = s.reader()
            fixes: dict[str, str] = {}
            for word in words:
                fix = suggestion(word.lower(), reader, self._words)
                if fix:
                    fixes[word] = fix.capitalize() if word[:1].isupper() else fix
            if not fixes:
                return None
            return re.sub(r"[^\W\d_]{3,}", lambda m: fixes.get(m.group(0), m.group(0)), query)

        return self._read(run)

    def quotes(self, person: str | None = None) -> list[QuotedBy]:
        """See `Library.quotes`."""

        def run(s: Searcher | None) -> list[QuotedBy]:
            if s is None or s.doc_count() == 0:
                return []
            return corpus_quotes(s, self.parser, person)

        return self._read(run)


def _wanted_words(node: Node) -> Iterator[str]:
    """The words of the plain terms a query asks for: a word it excludes ("-zzz") needs
    no correcting, and prefixes, wildcards and fuzzy terms are spelt as meant."""
    if isinstance(node, (And, Or)):
        for child in node.children:
            yield from _wanted_words(child)
    elif isinstance(node, (Word, Phrase)) and node.field in (None, "title"):
        yield from re.findall(r"[^\W\d_]{3,}", node.text)


def _in_order(ids: list[str], places: dict[str, int], limit: int | None) -> list[int]:
    """The positions of `ids` sorted by their place in a list order (ids it lacks
    last, in their given order), cut to `limit`: a first page picks its rows without
    sorting all 18,000 matches of a broad word."""
    last = len(places)
    keys = list(map(places.get, ids, repeat(last)))
    if limit is not None and limit * 8 <= len(keys):
        return heapq.nsmallest(limit, range(len(keys)), key=keys.__getitem__)  # stable
    return sorted(range(len(keys)), key=keys.__getitem__)[:limit]


def _passage(stored: StoredArticle | ArticleText, spec: MatchSpec) -> Passage:
    skip = stored.paragraphs[1].start if len(stored.paragraphs) > 1 else 0
    return passage_for(stored.text, stored.entities, spec, skip, _title_end(stored), stored.quotes)


def _title_end(stored: StoredArticle | ArticleText) -> int:
    """Where the headline paragraph ends; 0 when the text does not start with one."""
    first = stored.paragraphs[0] if stored.paragraphs else None
    return first.end if first is not None and first.kind is ParagraphKind.TITLE else 0
