"""The index of one corpus folder: build it, keep it current, search it.

One process writes (it holds an OS file lock for as long as its Library is
open); any other opens read-only and still searches. A damaged index is
rebuilt from the corpus and reported in one line, never as a traceback.

`Library` is the facade the app and the commands use: it opens the index and
its manifest, holds the locks and the current searcher, and decides when to
rebuild; `updating` brings the index in line with the folder, `querying`
searches it, and `corpus_views` reads the corpus views from the manifest.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from whoosh.index import FileIndex
from whoosh.searching import Searcher

from reader.extract.model import EntityType
from reader.index import codec, ownership, storage
from reader.index.errors import IndexDamagedError, LibraryError
from reader.index.location import MANIFEST_NAME, default_index_dir
from reader.index.manifest import Manifest, summaries_from_rows
from reader.index.model import (
    ArticleSummary,
    FacetCount,
    IndexReport,
    Passage,
    QuotedBy,
    SearchResult,
    SortOrder,
    StoredArticle,
)
from reader.index.querying import Queries
from reader.index.querylang import QueryError
from reader.index.schema import ENTITY_FIELDS, SCHEMA_VERSION
from reader.index.updating import ArticlesFound, Committed, Progress, Updater, recorded_snapshot

if TYPE_CHECKING:
    # Imported when first used (`_views`): a search needs none of the corpus views.
    from reader.index import ledger
    from reader.index.corpus_entities import Companion, CorpusEntity, Timeline
    from reader.index.corpus_views import CorpusViews

    # Imported by `updating` when a file is to be extracted: a current index needs none.
    from reader.index.extraction import Annotator

__all__ = ["IndexDamagedError", "Library", "LibraryError", "QueryError", "entity_query"]


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
        self._ranks: dict[SortOrder, dict[str, int]] = {}
        self._damage: str | None = None
        index_dir.mkdir(parents=True, exist_ok=True)
        self._owner = storage.owner_lock(index_dir)
        self.read_only = not self._owner.acquire(blocking=False)
        if not self.read_only:
            ownership.write_note(index_dir, indexing=False)
        self._manifest = self._open_manifest(index_dir / MANIFEST_NAME)
        self._updater = Updater(corpus_root, self._manifest, loader, annotate, extractor_version)
        self._queries = Queries(self._guarded, self._summary_map, self._rank, self._manifest)
        self._corpus_views: CorpusViews | None = None  # see `_views`
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
        """Open (or create) the Whoosh index, keeping the searcher its check read with.
        Called from `__init__` and from `_s` under the read lock, so no search runs
        while these change; anything but damage found here closes what was opened."""
        self._close_index()
        try:
            if storage.exists(self._whoosh_dir):
                expected = None if self.read_only else self._recorded_snapshot()
                # The check's searcher is the first search's (`_s` refreshes it).
                self._ix, self._searcher = storage.open_checked(self._whoosh_dir, expected)
                if not self.read_only:
                    # No manifest (deleted) and documents in the index: as damaged as a mismatch.
                    built = self._manifest.get("schema") is not None
                    articles = self._manifest.totals()[0] if built else 0
                    held = self._searcher.doc_count()
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
            self._close_index()
        except BaseException:
            self._close_index()  # the manifest unreadable mid-check: nothing left open
            raise

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
            if self._corpus_views is not None:
                self._corpus_views.invalidate()

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
                report = dataclasses.replace(report, rebuilt_reason=reason)
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
            ix, searcher = storage.open_checked(self._whoosh_dir, None)
        except storage.IndexDamaged:
            return False
        try:
            searcher.close()
        finally:
            ix.close()
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
            # Imported here: a search by relevance, the default, needs no list order.
            from reader.index import collection

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

    def _summary_map(self) -> dict[str, ArticleSummary]:
        if self._summaries is None:
            self.summaries()
        return self._by_id

    # -- searching (`querying`) -------------------------------------------

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
        `suggest`: look for a did-you-mean when the query finds nothing; False leaves
        it to the caller, who may call `suggest` itself (a user who asks for one).
        `limit`: the first `limit` results only (`total` still counts every match); the
        query's evaluation is kept, so asking for all of them next costs no second one.
        """
        return self._queries.search(
            query,
            sort=sort,
            limit=limit,
            passages=passages,
            time_limit=time_limit,
            tagged=tagged,
            suggest=suggest,
        )

    def passages(self, query: str, article_ids: Sequence[str]) -> dict[str, Passage]:
        """The best passage of each article for `query` (for results scrolled into
        view, wherever they are in the list); raises QueryError."""
        return self._queries.passages(query, article_ids)

    def match_offsets(self, article_id: str, query: str) -> list[tuple[int, int]]:
        """Every match of `query` in the article's text, same analysis as the index."""
        return self._queries.match_offsets(article_id, query)

    def suggest(self, query: str) -> str | None:
        """The query with unknown words replaced by close words of the corpus, or None."""
        return self._queries.suggest(query)

    def quotes(self, person: str | None = None) -> list[QuotedBy]:
        """Every quotation in the corpus, or every one by `person`, newest first."""
        return self._queries.quotes(person)

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
        ids = None
        if query is not None and query.strip():
            ids = self._queries.result_ids(query, time_limit=time_limit, tagged=tagged)
        return self._views.facets(ids, per_type)

    # -- across the corpus (`corpus_views`) ------------------------------------

    @property
    def _views(self) -> CorpusViews:
        """Made on first use, so that `reader search` imports none of their modules."""
        with self._read_lock:
            if self._corpus_views is None:
                from reader.index.corpus_views import CorpusViews

                self._corpus_views = CorpusViews(
                    self._manifest, self.summaries, self._summary_map
                )
            return self._corpus_views

    def corpus_entities(self, article_ids: Iterable[str] | None = None) -> list[CorpusEntity]:
        """Every entity of the corpus (or of these articles), most articles first; the
        corpus's are kept until the index changes."""
        return self._views.corpus_entities(article_ids)

    def find_entity(self, name: str, kind: EntityType | None = None) -> CorpusEntity | None:
        """The corpus's entity called `name` (or standing for it), of `kind` if given."""
        return self._views.find_entity(name, kind)

    def companions(self, entity: CorpusEntity) -> list[Companion]:
        """Who appears with `entity`, in the same articles and paragraphs."""
        return self._views.companions(entity)

    def entity_articles(self, entity: CorpusEntity) -> list[ArticleSummary]:
        """The listed articles that mention `entity`, newest first."""
        return self._views.entity_articles(entity)

    def entity_timeline(
        self, entity: CorpusEntity, span: tuple[date, date] | None = None
    ) -> Timeline:
        """Articles mentioning `entity` per month (or week), by their stated dates
        (over `span`, when given: see `corpus_entities.timeline`)."""
        return self._views.entity_timeline(entity, span)

    def ledger(self, entity: CorpusEntity) -> list[ledger.LedgerRow]:
        """Every figure stated in a sentence that names `entity`, newest first."""
        return self._views.ledger(entity)
