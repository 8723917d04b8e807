"""Bringing an index in line with its corpus folder: the writing side of a Library.

A scan compares the folder with the manifest (stat calls only); new and
changed files are extracted (`extraction`, in worker processes for more than
a few) and committed in batches: a small first one, so that a first build is
searchable within seconds, then halving ones, so that the workers keep
extracting while the main process commits and an interrupted build keeps
its work. The Library runs an update under its write lock, after deciding
whether to start over (`Library.update`).
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from whoosh.index import FileIndex, LockError

from reader.corpus.names import is_decodable, shown
from reader.index import storage
from reader.index.errors import LibraryError
from reader.index.manifest import FileRecord, Manifest, summary_of
from reader.index.model import ArticleSummary, IndexReport
from reader.index.schema import SCHEMA_VERSION
from reader.index.whoosh_ext.writer import writer as open_writer

if TYPE_CHECKING:
    # Imported when a file is to be extracted (`_job`, `_outcomes`) and copies regrouped:
    # an update that finds nothing new, which is every search on a current index, needs
    # neither, nor the duplicate fingerprints.
    from reader.index.extraction import Annotator, FileJob, FileOutcome

POOL_THRESHOLD = 50  # below this many files, starting worker processes costs more than it saves
COMMIT_EVERY = 5000  # most files per commit, so an interrupted build keeps its work
MIN_COMMIT = 500  # fewest files per commit before the last; each commit adds a segment
PREFETCH = 300  # files in flight to the workers; their results wait in memory
# The writer's memory for postings before it sorts them into a run on disk. Whoosh
# counts ~180 bytes a posting, about what the objects take: at 256, a 5,000-file
# batch held ~300 MB of postings until its commit.
POOL_MB = 64
# A large update commits this many files first, so that a first build is searchable
# within seconds (about 200 files' extraction), then follows the halving batches.
FIRST_COMMIT = 200

Progress = Callable[[int, int, str], None]
# The articles of one file just extracted, before they are committed (listed, not searchable).
ArticlesFound = Callable[[list[ArticleSummary]], None]
# After each commit: (files of this update now searchable, files in this update).
Committed = Callable[[int, int], None]


def recorded_snapshot(manifest: Manifest) -> dict[str, Any] | None:
    """The index files as the last commit left them (`storage.snapshot`), kept in the manifest."""
    raw = manifest.get("snapshot")
    return json.loads(raw) if raw else None


class Updater:
    """Finds what changed in the corpus folder, extracts it and commits it."""

    def __init__(
        self,
        corpus_root: Path,
        manifest: Manifest,
        loader: ModuleType | Any | None,
        annotate: Annotator | None,
        extractor_version: str | None,
    ) -> None:
        self.corpus_root = corpus_root
        self._root_prefix = os.path.join(str(corpus_root), "")
        self._manifest = manifest
        self._loader = loader
        self._custom_loader = loader is not None
        self._annotate = annotate
        self._extractor_version = extractor_version
        # Stored data of articles added but not yet committed, by id, while an update
        # that lists them early (`on_articles`) runs: `Library.article()` opens them from here.
        self.pending: dict[str, str] = {}

    def loader_module(self) -> Any:
        if self._loader is None:
            from reader.corpus import loader

            self._loader = loader
        return self._loader

    def extractor_version(self) -> str:
        if self._extractor_version is None:
            # reader.extract.version works it out without importing the extractors.
            from reader.extract.version import extractor_version

            self._extractor_version = extractor_version()
        return self._extractor_version

    def scan(
        self, known: dict[str, FileRecord]
    ) -> tuple[list[FileJob], list[str], int, list[tuple[str, str]]]:
        """Jobs for new and changed files, removed paths, unchanged count, and the
        files the walk refused unread (special files, undecodable names) with reasons.

        This is all a no-change update does, so it stays on plain strings:
        os.path.relpath and Path joins cost more than the stat calls at 20,000 files.
        """
        loader = self.loader_module()
        jobs: list[FileJob] = []
        unchanged = 0
        seen: list[str] = []
        # A stand-in loader (tests) may only list files; the corpus loader also says
        # what it refused, which is not kept in the manifest: the next walk finds it again.
        scan = getattr(loader, "scan_files", None)
        paths, refused = (
            scan(self.corpus_root) if scan else (loader.list_files(self.corpus_root), [])
        )
        skipped = [(shown(self._relative(item.path)), item.reason) for item in refused]
        for path in paths:
            # Not resolved: a link may point outside the root, or into a loop.
            text = os.fspath(path)
            rel = self._relative(text)
            if not is_decodable(rel):  # nothing can store it; the corpus walk never lists one
                skipped.append((shown(rel), "file name is not valid UTF-8: rename it to index it"))
                continue
            seen.append(rel)
            old = known.get(rel)
            try:
                st = os.stat(text)
            except OSError:
                # Listed but cannot be looked at (a link loop, just deleted): reading it
                # fails with the reason to report. Size -1 marks it, so it is tried once.
                if old is not None and old.size == -1:
                    unchanged += 1
                else:
                    jobs.append(_job(rel, -1, -1, None))
                continue
            if old is not None and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                unchanged += 1
                continue
            jobs.append(_job(rel, st.st_size, st.st_mtime_ns, old.hash if old else None))
        present = set(seen)
        removed = [rel for rel in known if rel not in present]
        return jobs, removed, unchanged, skipped

    def _relative(self, path: str | Path) -> str:
        """`path` relative to the corpus root, POSIX style, as the manifest keys files."""
        text = os.fspath(path)
        prefix = self._root_prefix
        if text.startswith(prefix):
            rel = text[len(prefix) :]
        else:
            rel = os.path.relpath(text, self.corpus_root)
        return rel.replace(os.sep, "/") if os.sep != "/" else rel

    def _outcomes(self, jobs: list[FileJob]) -> Iterator[FileOutcome]:
        if not jobs:
            return  # nothing changed: the extractors are not even imported
        from reader.index import extraction

        if len(jobs) < POOL_THRESHOLD or (os.cpu_count() or 1) < 2:
            load = self._loader.load_file if self._custom_loader else extraction.default_loader()
            annotate = self._annotate or extraction.default_annotator()
            for job in jobs:
                yield _safe(job, lambda j: extraction.process(j, self.corpus_root, load, annotate))
            return
        yield from self._pooled(jobs)

    def _pooled(self, jobs: list[FileJob]) -> Iterator[FileOutcome]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from reader.index import extraction

        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        workers = min(2, os.cpu_count() or 1)
        load = self._loader.load_file if self._custom_loader else None
        with ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=extraction.init_worker,
            initargs=(self.corpus_root, load, self._annotate),
        ) as pool:
            it = iter(jobs)
            pending: deque[tuple[FileJob, Any]] = deque()
            for job in it:
                pending.append((job, pool.submit(extraction.work, job)))
                if len(pending) >= PREFETCH:
                    break
            try:
                while pending:
                    job, future = pending.popleft()
                    yield _safe(job, lambda _j, f=future: f.result())
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.append((nxt, pool.submit(extraction.work, nxt)))
            finally:
                # Stopped early (the app closing mid-build): drop the files not started,
                # rather than extract up to PREFETCH of them for nothing.
                pool.shutdown(wait=True, cancel_futures=True)

    def update(
        self,
        ix: FileIndex,
        progress: Progress | None,
        started: float,
        on_articles: ArticlesFound | None,
        on_commit: Committed | None,
        after_commit: Callable[[], None],
        after_update: Callable[[], None],
    ) -> IndexReport:
        """Index what changed since the last update; `started` is when it was asked for.

        `after_commit` runs after each commit (caches read from the manifest are
        then out of date), `after_update` once at the end if anything was committed.
        """
        known = self._manifest.files()
        jobs, removed, unchanged, refused = self.scan(known)
        total = len(jobs)
        added = changed = 0
        if progress:
            progress(0, total, "")
        writer = None
        records: list[FileRecord] = []
        rows: list[Any] = []
        words: set[str] = set()  # the batch's distinct words, for the vocabulary
        touched: list[FileRecord] = []
        pending_removed = list(removed)

        def new_writer() -> Any:
            try:
                return open_writer(ix, limitmb=POOL_MB, timeout=5.0)
            except LockError as exc:
                raise LibraryError("another process is writing this index; try again") from exc

        committed = False

        def commit() -> None:
            nonlocal writer, records, rows, words, pending_removed, committed
            committed = True
            if writer is not None:
                writer.commit()
                writer = None
            meta = {
                "schema": SCHEMA_VERSION,
                "extractor": self.extractor_version(),
                "root": shown(self.corpus_root),
                "snapshot": json.dumps(storage.snapshot(ix, recorded_snapshot(self._manifest))),
            }
            self._manifest.apply(records, rows, pending_removed, meta, words)
            records, rows, words, pending_removed = [], [], set(), []
            # The Library's own searcher sees the commit at its next refresh (`Library._s`);
            # the summaries cached from the manifest are re-read with it.
            after_commit()
            self.pending = {}

        next_commit = _first_commit(total)
        try:
            if removed:
                writer = new_writer()
                for rel in removed:
                    writer.delete_by_term("path", rel)
            for done, outcome in enumerate(self._outcomes(jobs), start=1):
                rel = outcome.record.path
                if outcome.unchanged:
                    touched.append(outcome.record)
                else:
                    if writer is None:
                        writer = new_writer()
                    if rel in known:
                        writer.delete_by_term("path", rel)
                        changed += 1
                    else:
                        added += 1
                    for doc in outcome.docs:
                        writer.add_document(**doc)
                    records.append(outcome.record)
                    rows.extend(outcome.rows)
                    words.update(outcome.words)
                    if on_articles is not None and outcome.rows:
                        for doc in outcome.docs:
                            self.pending[doc["id"]] = doc["data"]
                        mtime_ns = outcome.record.mtime_ns
                        on_articles([summary_of(row, mtime_ns) for row in outcome.rows])
                if progress:
                    progress(done, total, rel)
                if done == next_commit < total:  # the last commit waits for the pool to close
                    if writer is not None:
                        commit()
                        if on_commit:
                            on_commit(done, total)
                    next_commit = done + _batch(total - done)
            if writer is not None or records or pending_removed:
                commit()
                if on_commit:
                    on_commit(total, total)
            elif self._manifest.get("schema") is None:
                commit()  # an empty corpus: still record the versions
        finally:
            if writer is not None:
                writer.cancel()
        if touched:
            self._manifest.touch(touched)
        if committed:
            self._regroup()
            # Not on a no-change update: reopening the searcher costs ~100 ms at 20,000 articles.
            after_update()
        articles, entities, figures = self._manifest.totals()
        groups, copies = self._manifest.copy_totals()
        return IndexReport(
            duplicate_groups=groups,
            duplicate_articles=copies,
            added=added,
            changed=changed,
            removed=len(removed),
            unchanged=unchanged + len(touched),
            articles=articles,
            entities=entities,
            figures=figures,
            skipped=tuple(sorted([*self._manifest.skipped(), *refused], key=lambda s: s[0])),
            seconds=time.perf_counter() - started,
        )

    def _regroup(self) -> None:
        """Group the copies anew from the stored fingerprints (no file is read):
        0.5 s at 20,000 articles (benchmarks/duplicates_bench.py), once per update
        that changed something, so opening the app only reads the groups."""
        from reader.index import duplicates

        self._manifest.set_copies(duplicates.groups(self._manifest.fingerprints()))


def _batch(remaining: int) -> int:
    """Files to index before the next commit.

    Halving batches keep the workers extracting while the main process commits
    (Whoosh's commit is about half its work) and leave only a small last commit
    that nothing overlaps, in a few segments: 2,000 files -> 1,000 + 500 + 500.
    """
    batch = min(COMMIT_EVERY, max(MIN_COMMIT, remaining // 2))
    return remaining if remaining - batch < min(MIN_COMMIT, COMMIT_EVERY) else batch


def _first_commit(total: int) -> int:
    """Files to index before the first commit: a small batch when the update is
    large enough for the next ones to stay at least MIN_COMMIT (see `_batch`)."""
    return FIRST_COMMIT if total >= FIRST_COMMIT + 2 * MIN_COMMIT else _batch(total)


def _job(rel: str, size: int, mtime_ns: int, old_hash: str | None) -> FileJob:
    """A new or changed file to extract (the first one imports `extraction`)."""
    from reader.index.extraction import FileJob

    return FileJob(rel, size, mtime_ns, old_hash)


def _safe(job: FileJob, fn: Callable[[FileJob], FileOutcome]) -> FileOutcome:
    """A file whose extraction fails is reported as skipped, not raised."""
    try:
        return fn(job)
    except Exception as exc:
        from reader.index import extraction

        reason = extraction.printable(f"could not be read ({storage.describe(exc)})")
        return extraction.FileOutcome(FileRecord(job.rel, job.size, job.mtime_ns, "", reason))
