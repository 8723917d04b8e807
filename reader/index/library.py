"""The index of one corpus folder: build it, keep it current, search it.

One process writes (it holds an OS file lock for as long as its Library is
open); any other opens read-only and still searches. A damaged index is
rebuilt from the corpus and reported in one line, never as a traceback.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from whoosh.index import FileIndex
from whoosh.searching import Searcher

from reader.corpus.model import ParagraphKind
from reader.extract.model import EntityType
from reader.index import (
    codec,
    collection,
    corpus_entities,
    ledger,
    ownership,
    storage,
)
from reader.index.codec import ArticleText
from reader.index.corpus_entities import Companion, CorpusEntity, Timeline
from reader.index.errors import IndexDamagedError, LibraryError
from reader.index.evaluation import Unsupported, column, doc_ids, evaluate
from reader.index.extraction import Annotator
from reader.index.location import MANIFEST_NAME, default_index_dir
from reader.index.manifest import Manifest, summaries_from_rows
from reader.index.matching import MatchSpec, find_marks, names_quotes, passage_for
from reader.index.model import (
    ArticleSummary,
    FacetCount,
    Hit,
    IndexReport,
    Passage,
    QuotedBy,
    SearchResult,
    SortOrder,
    StoredArticle,
)
from reader.index.querylang import QueryError, tokenize
from reader.index.quoting import corpus_quotes
from reader.index.schema import (
    ENTITY_FIELDS,
    HEADLINE_FIELD,
    SCHEMA_VERSION,
    WORDS_FIELD,
    entity_key,
)
from reader.index.searching import (
    Bounded,
    bound,
    hit_counts,
    make_parser,
    parse,
    resolve_tags,
)
from reader.index.updating import ArticlesFound, Committed, Progress, Updater, recorded_snapshot

__all__ = ["IndexDamagedError", "Library", "LibraryError", "QueryError", "entity_query"]

FEW_HITS = 2  # a query finding this many articles or fewer gets a did-you-mean


def entity_query(type: EntityType, canonical: str) -> str:
    """The query that finds the articles mentioning an entity."""
    name = " ".join(canonical.replace('"', " ").split())
    field = ENTITY_FIELDS.get(EntityType(type))
    if field is not None:
        return f'{field}:"{name}"'
    return f'"{name}"'


class Library:
    corpus_root: Path
    read_only: bool

    def __init__(
        self,
        corpus_root: Path,
        index_dir: Path,
        loader: ModuleType | Any | None,
        annotate: Annotator | None,
        extractor_version: str | None,
    ) -> None:
        self.corpus_root = corpus_root
        self.index_dir = index_dir
        self._whoosh_dir = index_dir / "whoosh"
        self._write_lock = threading.Lock()
        self._read_lock = threading.RLock()
        self._ix: FileIndex | None = None
        self._searcher: Searcher | None = None
        self._summaries: list[ArticleSummary] | None = None
        self._by_id: dict[str, ArticleSummary] = {}
        self._entities: list[CorpusEntity] | None = None  # `corpus_entities`, cached
        self._ranks: dict[SortOrder, dict[str, int]] = {}
        self._damage: str | None = None
        self._parser = make_parser()
        self._last_bound: tuple[Hashable, Searcher, Bounded] | None = None
        index_dir.mkdir(parents=True, exist_ok=True)
        self._owner = storage.owner_lock(index_dir)
        self.read_only = not self._owner.acquire(blocking=False)
        if not self.read_only:
            ownership.write_note(index_dir, indexing=False)
        self._manifest = self._open_manifest(index_dir / MANIFEST_NAME)
        self._updater = Updater(corpus_root, self._manifest, loader, annotate, extractor_version)
        self._open_index()

    @classmethod
    def open(
        cls,
        corpus_root: Path,
        *,
        index_dir: Path | None = None,
        loader: ModuleType | Any | None = None,
        annotate: Annotator | None = None,
        extractor_version: str | None = None,
    ) -> Library:
        """Open (or create) the index of a corpus folder; never updates by itself.

        `loader` (anything with `list_files` and `load_file`), `annotate` and
        `extractor_version` replace the real corpus loader and extractors, for tests.
        """
        root = Path(corpus_root).expanduser().resolve()
        if not root.is_dir():
            what = "does not exist" if not root.exists() else "is not a folder"
            raise LibraryError(f"corpus folder {corpus_root} {what}")
        return cls(root, index_dir or default_index_dir(root), loader, annotate, extractor_version)

    # -- opening and damage ------------------------------------------------

    def _open_manifest(self, path: Path) -> Manifest:
        """The manifest; one SQLite cannot read is set aside and the index rebuilt."""
        try:
            return Manifest(path)
        except sqlite3.DatabaseError as exc:
            if self.read_only:
                raise IndexDamagedError(
                    "the index is damaged (unreadable manifest); close the other reader "
                    "to rebuild it"
                ) from exc
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)  # a cache: rebuilt from the corpus
            self._damage = f"unreadable manifest ({storage.describe(exc)})"
            return Manifest(path)

    def _open_index(self) -> None:
        self._close_index()
        try:
            if storage.exists(self._whoosh_dir):
                expected = None if self.read_only else self._recorded_snapshot()
                self._ix = storage.open_checked(self._whoosh_dir, expected)
                if not self.read_only:
                    # No manifest (deleted) and documents in the index: as damaged as a mismatch.
                    built = self._manifest.get("schema") is not None
                    articles = self._manifest.totals()[0] if built else 0
                    held = self._ix.doc_count()
                    if held != articles:
                        self._close_index()
                        raise storage.IndexDamaged(
                            f"index holds {held} articles, manifest {articles}"
                        )
            elif not self.read_only:
                if self._manifest.get("schema") is not None:
                    # Built before, files gone: the manifest would call every file indexed.
                    raise storage.IndexDamaged("the index files are missing")
                self._ix = storage.create(self._whoosh_dir)
        except storage.IndexDamaged as exc:
            self._damage = exc.reason
            self._ix = None

    def _recorded_snapshot(self) -> dict[str, Any] | None:
        return recorded_snapshot(self._manifest)

    def _close_index(self) -> None:
        with self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            if self._ix is not None:
                self._ix.close()
                self._ix = None

    def close(self) -> None:
        with self._write_lock:
            self._close_index()
            self._manifest.close()
            if not self.read_only and self._owner.fd is not None:
                ownership.remove_note(self.index_dir)
                self._owner.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- updating ----------------------------------------------------------

    def _rebuild_reason(self, rebuild: bool) -> str | None:
        if rebuild:
            return "rebuilt as asked"
        schema = self._manifest.get("schema")
        # Before damage: an index of another format may not even open (its pickled
        # classes moved), which is no damage.
        if schema is not None and schema != SCHEMA_VERSION:
            return f"rebuilt: the index format changed ({schema} -> {SCHEMA_VERSION})"
        if self._damage:
            return f"rebuilt: the index was damaged ({self._damage})"
        if schema is None:
            return None  # a first build
        extractor = self._manifest.get("extractor")
        current = self._updater.extractor_version()
        if extractor != current:
            return f"rebuilt: the extractors changed ({extractor} -> {current})"
        return None

    def _start_over(self) -> None:
        self._close_index()
        storage.wipe(self._whoosh_dir)
        self._manifest.clear()
        self._ix = storage.create(self._whoosh_dir)
        self._damage = None
        self._invalidate()

    def _invalidate(self) -> None:
        with self._read_lock:
            self._summaries = None
            self._entities = None

    def update(
        self,
        progress: Progress | None = None,
        *,
        rebuild: bool = False,
        on_articles: ArticlesFound | None = None,
        on_commit: Committed | None = None,
    ) -> IndexReport:
        """Bring the index in line with the corpus folder, touching only what changed.

        `on_articles` gets each file's new summaries as soon as it is extracted, so
        a caller can list them long before they are committed (and `article()` can
        open them meanwhile); `on_commit` is told after each commit, when searches
        see what it added. Both run on the updating thread.
        """
        started = time.perf_counter()
        if self.read_only:
            # The totals are as of the other process's last commit: none yet while it
            # builds the index from nothing, all of them once it has finished.
            articles, entities, figures = self._manifest.totals()
            holder = ownership.holder(self.index_dir)
            return IndexReport(
                articles=articles,
                entities=entities,
                figures=figures,
                skipped=tuple(self._manifest.skipped()),
                read_only=True,
                holder=holder,
                messages=(f"{holder.describe()}; results are as of its last commit",),
            )
        with self._write_lock:
            ownership.write_note(self.index_dir, indexing=True)
            try:
                reason = self._rebuild_reason(rebuild)
                if reason is not None or self._ix is None:
                    self._start_over()
                assert self._ix is not None
                report = self._updater.update(
                    self._ix,
                    progress,
                    started,
                    on_articles,
                    on_commit,
                    after_commit=self._invalidate,
                    after_update=self._after_write,
                )
            finally:
                self._updater.pending = {}
                ownership.write_note(self.index_dir, indexing=False)
            if reason:
                report = _replace(report, rebuilt_reason=reason)
            return report

    def _after_write(self) -> None:
        with self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._summaries = None

    # -- reading -----------------------------------------------------------

    def _s(self) -> Searcher | None:
        """The current searcher, refreshed when another process committed."""
        if self._ix is None:
            if self._damage and self.read_only:
                raise IndexDamagedError(
                    f"the index is damaged ({self._damage}); close the other reader to rebuild it"
                )
            if self.read_only and storage.exists(self._whoosh_dir):
                self._open_index()
            if self._ix is None:
                return None
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        else:
            try:
                fresh = self._searcher.refresh()
            except TypeError:  # Whoosh cannot refresh a searcher that opened an empty index
                fresh = self._ix.searcher()
                self._searcher.close()
            if fresh is not self._searcher:
                self._searcher = fresh
                self._summaries = None
        return self._searcher

    def _guarded(self, fn: Callable[[Searcher | None], Any]) -> Any:
        """Run a read; on damage, rebuild (when allowed) and try once more."""
        for attempt in range(2):
            try:
                with self._read_lock:
                    return fn(self._s())
            except (QueryError, LibraryError):
                raise
            except storage.DAMAGE_ERRORS as exc:
                if self._healthy():
                    raise  # a fault in this code, not in the index files
                self._damage = f"while searching: {storage.describe(exc)}"
                self._close_index()
                if self.read_only or attempt:
                    raise IndexDamagedError(
                        f"the index is damaged ({self._damage}); run `reader index --rebuild`"
                    ) from exc
                self.update()
        return None

    def _healthy(self) -> bool:
        """Whether the index files still open, read cleanly and hold the bytes
        the last commit wrote (a flipped byte deep in a segment opens fine)."""
        try:
            storage.open_checked(self._whoosh_dir, None).close()
        except storage.IndexDamaged:
            return False
        recorded = self._recorded_snapshot()
        return not (recorded and storage.changed_files(self._whoosh_dir, recorded))

    def summaries(self) -> list[ArticleSummary]:
        """Every article, newest first, undated last; cached until the index changes."""
        with self._read_lock:
            if self._ix is not None and self._searcher is not None:
                self._s()  # notices another process's commit
            if self._summaries is None:
                items = summaries_from_rows(self._manifest.article_rows())
                self._summaries = items
                self._by_id = {a.id: a for a in items}
                self._ranks = {}
            return self._summaries

    def _rank(self, order: SortOrder) -> dict[str, int]:
        """Each article's place in a date or source order, kept until the index changes."""
        summaries = self._summaries if self._summaries is not None else self.summaries()
        ranks = self._ranks.get(order)
        if ranks is None:
            ranks = self._ranks[order] = collection.rank(summaries, order)
        return ranks

    def article(self, article_id: str) -> StoredArticle | None:
        """The article as stored, or one extracted but not yet committed (listed
        early by an update); None when the index does not hold it."""

        def read(s: Searcher | None) -> StoredArticle | None:
            fields = s.document(id=article_id) if s is not None else None
            if fields:
                return codec.decode(fields["data"])
            pending = self._updater.pending.get(article_id)
            return codec.decode(pending) if pending is not None else None

        return self._guarded(read)

    def raw_text(self, article_id: str) -> str | None:
        stored = self._by_id.get(article_id) or next(
            (a for a in self.summaries() if a.id == article_id), None
        )
        if stored is None:
            return None
        loader = self._updater.loader_module()
        loaded = loader.load_file(self.corpus_root / stored.path, self.corpus_root)
        if isinstance(loaded, list):
            for article in loaded:
                if article.id == article_id:
                    return article.raw
        return None

    def search(
        self,
        query: str,
        *,
        sort: SortOrder = SortOrder.RELEVANCE,
        limit: int | None = None,
        passages: int = 20,
        time_limit: float = 1.0,
        tagged: Mapping[str, Sequence[str]] | None = None,
        suggest: bool = True,
    ) -> SearchResult:
        """Ranked (or sorted) articles matching `query`; raises QueryError.

        `tagged`: the user's tags by article id, which `tag:` terms look up.
        `suggest`: look for a did-you-mean when the query finds few articles (at most
        FEW_HITS); False leaves it to the caller, who may call `suggest` itself.
        """
        started = time.perf_counter()
        parsed, key = self._parsed(query, tagged)

        def run(s: Searcher | None) -> SearchResult:
            if s is None or s.doc_count() == 0:  # Whoosh's empty reader has no columns
                return SearchResult(query, (), 0)
            by_id = self._summary_map()
            b = self._bound(key, parsed, s)
            try:
                found = self._evaluated(b, s, sort, limit, started + time_limit)
            except Unsupported:
                found = self._collected(b, s, sort, limit, started, time_limit)
            ranked, total, partial, counts = found
            spec = MatchSpec.from_bounded(b)
            docnums = [docnum for docnum, _ in ranked]
            ids = doc_ids(s, docnums)
            if sort is not SortOrder.RELEVANCE:
                # The list's own orders (undated articles by file time, then title),
                # which only the summaries know: every match, sorted, then cut.
                places = self._rank(sort)
                last = len(places)
                order = sorted(range(len(ids)), key=lambda i: places.get(ids[i], last))[:limit]
                ranked = [ranked[i] for i in order]
                ids = [ids[i] for i in order]
                docnums = [docnum for docnum, _ in ranked]
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

        result: SearchResult = self._guarded(run)
        suggestion = self.suggest(query) if suggest and result.total <= FEW_HITS else None
        return _replace(
            result,
            suggestion=suggestion,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    @staticmethod
    def _evaluated(
        b: Bounded, s: Searcher, sort: SortOrder, limit: int | None, deadline: float
    ) -> tuple[list[tuple[int, float]], int, bool, dict[int, int]]:
        """Ranked (docnum, score), total, partial, hit counts: by whole posting lists."""
        found = evaluate(b.query, s, deadline)
        if sort is SortOrder.RELEVANCE:
            ranked = found.top(limit)
        else:
            # Every match, unranked: `search` sorts them by date or source and cuts.
            ranked = [(d, 0.0) for d in found.scores]
        counts = found.hit_counts([d for d, _ in ranked], column(s, HEADLINE_FIELD))
        return ranked, len(found.scores), b.partial or found.partial, counts

    @staticmethod
    def _collected(
        b: Bounded,
        s: Searcher,
        sort: SortOrder,
        limit: int | None,
        started: float,
        time_limit: float,
    ) -> tuple[list[tuple[int, float]], int, bool, dict[int, int]]:
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
        docnums = [d for d, _ in ranked]
        counts = hit_counts(s.reader(), b.terms, docnums, {d for d in docnums if not headline[d]})
        return ranked, total, partial, counts

    def _parsed(
        self, query: str, tagged: Mapping[str, Sequence[str]] | None
    ) -> tuple[Any, Hashable]:
        """The parsed query with its `tag:` terms looked up, and the key its expansion
        is kept under: the query alone unless tags were looked up."""
        parsed, looked_up = resolve_tags(parse(self._parser, query), tagged)
        return parsed, (query, looked_up) if looked_up else query

    def _bound(self, query: Hashable, parsed: Any, s: Searcher) -> Bounded:
        """The query expanded within its limits, kept for the next call with the same
        query and searcher: the app asks for results, then facets and passages, and
        a wide expansion (`{a TO z}`) spends its whole time budget each time."""
        last = self._last_bound
        if last is not None and last[0] == query and last[1] is s:
            return last[2]
        b = bound(parsed, s.reader())
        self._last_bound = (query, s, b)
        return b

    def _summary_map(self) -> dict[str, ArticleSummary]:
        if self._summaries is None:
            self.summaries()
        return self._by_id

    def passages(self, query: str, article_ids: Sequence[str]) -> dict[str, Passage]:
        """The best passage of each article for `query` (for results scrolled into
        view, wherever they are in the list); raises QueryError."""
        parsed = parse(self._parser, query)

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

        return self._guarded(run)

    def match_offsets(self, article_id: str, query: str) -> list[tuple[int, int]]:
        """Every match of `query` in the article's text, same analysis as the index."""
        parsed = parse(self._parser, query)

        def run(s: Searcher | None) -> list[tuple[int, int]]:
            if s is None:
                return []
            fields = s.document(id=article_id)
            if not fields:
                return []
            stored = codec.decode(fields["data"])
            spec = MatchSpec.from_bounded(self._bound(query, parsed, s))
            return find_marks(stored.text, stored.entities, spec, _title_end(stored), stored.quotes)

        return self._guarded(run)

    def suggest(self, query: str) -> str | None:
        """The query with unknown words replaced by close words of the corpus, or None."""
        try:
            tokens = tokenize(query)
        except QueryError:
            return None
        words: set[str] = set()
        for tok in tokens:
            if tok.field not in (None, "title") or tok.kind not in ("word", "phrase", "squote"):
                continue
            if tok.kind == "word" and any(c in tok.text for c in "*?~^"):
                continue
            words.update(w for w in re.findall(r"[^\W\d_]{3,}", tok.text))

        def run(s: Searcher | None) -> str | None:
            if s is None or not words or s.doc_count() == 0:
                return None
            reader = s.reader()
            corrector = reader.corrector(WORDS_FIELD)
            fixes: dict[str, str] = {}
            for word in words:
                low = word.lower()
                if reader.doc_frequency(WORDS_FIELD, low):
                    continue
                found = corrector.suggest(low, limit=1, maxdist=2, prefix=1)
                if found:
                    fix = found[0]
                    fixes[word] = fix.capitalize() if word[:1].isupper() else fix
            if not fixes:
                return None
            return re.sub(r"[^\W\d_]{3,}", lambda m: fixes.get(m.group(0), m.group(0)), query)

        return self._guarded(run)

    def quotes(self, person: str | None = None) -> list[QuotedBy]:
        """Every quotation in the corpus, or every one by `person`, newest first."""

        def run(s: Searcher | None) -> list[QuotedBy]:
            if s is None or s.doc_count() == 0:
                return []
            return corpus_quotes(s, self._parser, person)

        return self._guarded(run)

    def facets(
        self,
        query: str | None = None,
        *,
        per_type: int = 20,
        time_limit: float = 1.0,
        tagged: Mapping[str, Sequence[str]] | None = None,
    ) -> list[FacetCount]:
        """The most frequent entities of each type, in the whole corpus or a result set.

        The result set is found under the same time limit as `search` (which says
        when that cut it short), so no query stalls here either.
        """
        ids: list[str] | None = None
        if query is not None and query.strip():
            started = time.perf_counter()
            parsed, key = self._parsed(query, tagged)

            def run(s: Searcher | None) -> list[str]:
                if s is None or s.doc_count() == 0:
                    return []
                b = self._bound(key, parsed, s)
                try:
                    docnums = sorted(evaluate(b.query, s, started + time_limit).scores)
                except Unsupported:
                    found = self._collected(b, s, SortOrder.RELEVANCE, None, started, time_limit)
                    docnums = sorted(docnum for docnum, _ in found[0])
                return doc_ids(s, docnums)

            ids = self._guarded(run)
        if ids is None:  # the whole corpus: from the running totals (`corpus_entities`)
            ranked: dict[str, list[FacetCount]] = {}
            for e in self.corpus_entities():
                kept = ranked.setdefault(e.type.value, [])
                if len(kept) < per_type:
                    kept.append(FacetCount(e.type.value, e.name, e.mentions, e.articles))
            return [facet for type_ in sorted(ranked) for facet in ranked[type_]]
        rows = self._manifest.entity_counts(ids, per_type)
        return [FacetCount(t, name, int(m), int(a)) for t, name, m, a in rows]

    # -- across the corpus (`corpus_entities`, `ledger`) ----------------------------

    def corpus_entities(self, article_ids: Iterable[str] | None = None) -> list[CorpusEntity]:
        """Every entity of the corpus (or of these articles), most articles first; the
        corpus's are kept until the index changes."""
        whole = article_ids is None
        if whole and self._entities is not None:
            return self._entities
        ids = None if article_ids is None else list(article_ids)
        totals = self._manifest.entity_totals(ids)
        # Aliases by the whole corpus's counts, as search resolves them.
        alias_of = corpus_entities.aliases(totals if whole else self._manifest.entity_totals())
        overlaps = self._manifest.alias_overlaps(alias_of, ids)
        found = corpus_entities.merged(totals, alias_of, overlaps)
        if whole:
            self._entities = found
        return found

    def find_entity(self, name: str, kind: EntityType | None = None) -> CorpusEntity | None:
        """The corpus's entity called `name` (or standing for it), of `kind` if given."""
        key = entity_key(name)
        found = [e for e in self.corpus_entities()
                 if key in e.keys and (kind is None or e.type is kind)]
        found.sort(key=lambda e: e.key != key)  # its own name before an alias
        return found[0] if found else None

    def companions(self, entity: CorpusEntity) -> list[Companion]:
        """Who appears with `entity`, in the same articles and paragraphs."""
        known = {(e.type.value, key): e for e in self.corpus_entities() for key in e.keys}
        alias_of = {ident: e.key for ident, e in known.items() if ident[1] != e.key}
        counts = self._manifest.companion_counts(entity.type.value, entity.keys, alias_of)
        return corpus_entities.companions(counts, known)

    def entity_articles(self, entity: CorpusEntity) -> list[ArticleSummary]:
        """The listed articles that mention `entity`, newest first."""
        ids = set(self._manifest.entity_articles(entity.type.value, entity.keys))
        return [summary for summary in self.summaries() if summary.id in ids]

    def entity_timeline(self, entity: CorpusEntity,
                        span: tuple[date, date] | None = None) -> Timeline:
        """Articles mentioning `entity` per month (or week), by their stated dates
        (over `span`, when given: see `corpus_entities.timeline`)."""
        days = (s.published for s in self.entity_articles(entity))
        return corpus_entities.timeline(days, span)

    def ledger(self, entity: CorpusEntity) -> list[ledger.LedgerRow]:
        """Every figure stated in a sentence that names `entity`, newest first."""
        rows = self._manifest.figure_rows(entity.type.value, entity.keys)
        return ledger.build(rows, self._summary_map())


def _passage(stored: StoredArticle | ArticleText, spec: MatchSpec) -> Passage:
    skip = stored.paragraphs[1].start if len(stored.paragraphs) > 1 else 0
    return passage_for(stored.text, stored.entities, spec, skip, _title_end(stored), stored.quotes)


def _title_end(stored: StoredArticle | ArticleText) -> int:
    """Where the headline paragraph ends; 0 when the text does not start with one."""
    first = stored.paragraphs[0] if stored.paragraphs else None
    return first.end if first is not None and first.kind is ParagraphKind.TITLE else 0


def _replace(obj: Any, **changes: Any) -> Any:
    from dataclasses import replace

    return replace(obj, **changes)
