"""The main screen: composes the panes and routes what they ask for.

Panes post messages (`reader.tui.messages`); every reader action and every
piece of slow work (index, article reads, filters) lives here, so features
added later (search, bookmarks) hook in at one place:

- `add_filter(f)` narrows the list (filters combine, `reader.tui.filters`) and
  `show_filtered()` lists the corpus through them when no search is on;
- `open_article(article_id, passage=..., then=...)` opens an article and runs
  `then(view)` once it is drawn (scroll to a match, a bookmark);
- `self.view` is the ArticleView: `set_matches`, `go_to_match`, `scroll_to_offset`.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.worker import Worker, get_current_worker

from reader.extract.model import EntityType
from reader.index.collection import listed_count, sort_summaries
from reader.index.errors import LibraryError
from reader.index.manifest import newest_first
from reader.index.model import (
    ArticleSummary,
    IndexHolder,
    IndexReport,
    QuotedBy,
    SortOrder,
    StoredArticle,
)
from reader.store.database import Database
from reader.tui import keymap
from reader.tui.bookmarking import Bookmarking
from reader.tui.filters import FilterKind, ListFilter, combined, describe, narrowed
from reader.tui.first_look import FirstLook
from reader.tui.marking import Marking
from reader.tui.messages import (
    ArticleChosen,
    EntityChosen,
    FigureChosen,
    FolderChosen,
    LedgerWanted,
    PassageMoved,
    QuoteChosen,
    QuotesWanted,
)
from reader.tui.panes import Panes
from reader.tui.reading import ReadingMemory
from reader.tui.search import SearchMixin
from reader.tui.search_session import Indexing
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView, EntityLegend
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.header import FilterChips, IndexProgress, ReaderHeader
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.side_panel import (
    EntityList,
    FigureList,
    FolderList,
    QuoteList,
    SidePanel,
)

if TYPE_CHECKING:
    from reader.index.ledger import LedgerRow

    # Imported where used: the index code imports Whoosh, which the first frame
    # does without (see `first_look.py`).
    from reader.index.library import Library
    from reader.tui.screens.entities import BrowserResult

SUMMARY_REFRESH_SECONDS = 1.5  # while indexing, list newly extracted articles this often
PROGRESS_SECONDS = 0.1
FIRST_PAINT_WAIT_SECONDS = 1.0
FIRST_LOOK_WAIT_SECONDS = 0.5  # how long the first frame may wait for the list from the manifest


class IndexingStopped(Exception):
    """Raised from the update's callbacks when the app closes: the update stops at
    the next file, keeping what it committed, instead of holding up the exit."""


class MainScreen(SearchMixin, Bookmarking, Marking, Panes, Screen[None]):
    BINDINGS = (keymap.MAIN + keymap.BOOKMARKING + keymap.MARKING + keymap.PANES
                + keymap.CORPUS)

    def __init__(self, corpus_root: Path, db: Database, *, corpus_label: str | None = None,
                 first_look: FirstLook | None = None) -> None:
        super().__init__()
        self.corpus_root = corpus_root
        self.first_look = first_look
        self.corpus_label = corpus_label or corpus_root.name
        self.library: Library | None = None
        # Set once opening the index has finished, well or not: workers asked for
        # something before that (the first article, an early search) wait for it.
        self.library_opened = threading.Event()
        self._subprocesses_ready = threading.Event()  # see `_prepare_subprocesses`
        self.reading = ReadingMemory(db, corpus_root)
        self.read_ids: set[str] = set()  # the list and the counts share this set
        self.tagged: dict[str, tuple[str, ...]] = {}  # the user's article tags
        self.summaries: list[ArticleSummary] = []  # newest first, as the library lists them
        self.corpus_listed = 0  # rows the whole corpus makes, a group of copies being one
        self.list_order = SortOrder.NEWEST  # `o` without a query
        self.filters: list[ListFilter] = []
        self.article: StoredArticle | None = None
        self._pending_passage: tuple[str, int] | None = None
        # While this process updates the index: how far searches see (read by the
        # search worker, so only ever replaced, never changed in place).
        self.indexing: Indexing | None = None
        # The open article is the one the app landed on, not one the user chose or
        # read on: once a first build has listed everything, it lands again (newest).
        self._landed_by_itself = False
        self._resume: tuple[str, int] | None = None  # where the last session was, read at mount

    # -- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ReaderHeader(id="header")
        yield FilterChips(id="chips")
        yield SearchBar(id="search-bar")
        yield IndexProgress(id="progress")
        with Horizontal(id="panes"):
            yield ArticleList(id="article-list")
            with Vertical(id="article-pane"):
                yield ArticleView(id="article")
                yield EntityLegend(id="legend")
            yield SidePanel(id="side")
        yield ReaderFooter()

    @property
    def header(self) -> ReaderHeader:
        return self.query_one(ReaderHeader)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def folder_list(self) -> FolderList:
        return self.query_one(FolderList)

    def on_mount(self) -> None:
        self.query_one(IndexProgress).display = False
        self.query_one(FilterChips).display = False
        self.header.change(corpus=self.corpus_label, saving_off=not self.reading.writable)
        self.view.show_notice("Opening the library…")
        self.restore_layout()
        self.article_list.focus()
        self.set_interval(1.0, self.reading.flush)
        self.tagged = self.reading.tags()
        self._resume = self.reading.last()  # before this session's first article replaces it
        self.article_list.set_tags(self.tagged)
        listed = False
        if self.first_look is not None:
            # Read from the manifest while Textual started: the index opens after this frame.
            recorded = self.first_look.summaries(FIRST_LOOK_WAIT_SECONDS)
            if recorded:
                self._show_summaries(recorded, self.reading.read_ids(), False, False)
                listed = True
        self.load_library(listed)  # also where a failed open is reported
        self.call_after_refresh(self._first_frame)

    def _first_frame(self) -> None:
        """After the first frame, on this thread: what start-up put off."""
        # `reader open` starts with the garbage collector off; what start-up made lives
        # as long as the app, so it is frozen out of the collector's passes.
        gc.freeze()
        gc.enable()
        self._prepare_subprocesses()

    def _prepare_subprocesses(self) -> None:
        """After the first frame, on this thread: indexing may need a process pool."""
        from reader.tui.subprocesses import prepare_subprocesses

        try:
            prepare_subprocesses()
        finally:
            self._subprocesses_ready.set()

    def on_unmount(self) -> None:
        self.reading.flush()
        gc.unfreeze()  # what froze with this screen may be collected again

    # -- loading ---------------------------------------------------------------------

    def opened_library(self) -> Library | None:
        """The index, waiting (in a worker thread) while it is still being opened."""
        self.library_opened.wait()
        return self.library

    @work(thread=True, exclusive=True, group="library", exit_on_error=False,
          description="Opening and updating the index.")
    def load_library(self, listed: bool = False) -> None:
        """Show what the index holds (unless `listed` already), then update it.

        Opening the index and scanning the corpus compete with the first paint
        for the GIL, so when the list is already on screen they wait for it.
        """
        painted = threading.Event()
        self.app.call_from_thread(self.call_after_refresh, painted.set)
        if listed:
            painted.wait(FIRST_PAINT_WAIT_SECONDS)
        try:
            library = self.library or self._open_library()
        finally:
            self.library_opened.set()
        summaries = library.summaries()
        # Read-only, update() only reports who writes the index (from its note).
        holder = library.update().holder if library.read_only else None
        if not listed or library.read_only:
            read = self.reading.read_ids() if not listed else None
            # While another process builds the index, an empty list is not the answer.
            final = library.read_only and not (holder is not None and holder.indexing)
            self.app.call_from_thread(
                self._show_summaries, summaries, read, final, library.read_only
            )
        if library.read_only:
            if holder is not None and holder.indexing:
                self.app.call_from_thread(self._held_elsewhere, holder)
            return
        painted.wait(FIRST_PAINT_WAIT_SECONDS)
        self._subprocesses_ready.wait(FIRST_PAINT_WAIT_SECONDS)
        first = not summaries
        self.indexing = Indexing(0, 0, first)
        worker = get_current_worker()
        last_refresh = last_progress = time.monotonic()
        # Articles extracted and not yet in the list, and the list they join, by id:
        # the list grows from what the update hands over, never re-read from the manifest.
        found: list[ArticleSummary] = []
        listed_by_id = {summary.id: summary for summary in summaries}

        def flush() -> None:
            nonlocal last_refresh
            last_refresh = time.monotonic()
            listed_by_id.update((summary.id, summary) for summary in found)
            found.clear()
            rows = newest_first(listed_by_id.values())  # here, not on the UI thread
            self.app.call_from_thread(self._show_summaries, rows, None, False, False)

        def on_articles(new: list[ArticleSummary]) -> None:
            if worker.is_cancelled:
                raise IndexingStopped
            found.extend(new)
            if not listed_by_id:
                flush()  # the first rows of an empty list: at once

        def progress(done: int, total: int, current: str) -> None:
            nonlocal last_progress
            if worker.is_cancelled:
                raise IndexingStopped
            if done == 0 and total:
                self.app.call_from_thread(self._indexing_started, Indexing(0, total, first))
            now = time.monotonic()
            if now - last_progress < PROGRESS_SECONDS and done < total:
                return  # one call per file: redraw a few times a second, not 20,000 times
            last_progress = now
            self.app.call_from_thread(self._progress, done, total, current)
            if found and now - last_refresh > SUMMARY_REFRESH_SECONDS:
                flush()

        def on_commit(done: int, total: int) -> None:
            if found:
                flush()  # everything a search can now find is listed
            if done < total:  # the last commit is told by `_indexed`
                self.app.call_from_thread(self._committed, Indexing(done, total, first))

        try:
            report = library.update(progress=progress, on_articles=on_articles,
                                    on_commit=on_commit)
        except IndexingStopped:
            return
        summaries = library.summaries()
        self.app.call_from_thread(self._indexed, report, summaries)
        # The entity browser's list, counted now (mostly in SQLite, off the GIL) so
        # that `E` opens at once; a failure here shows when the browser asks again.
        with suppress(LibraryError, sqlite3.Error):
            library.corpus_entities()

    def _open_library(self) -> Library:
        from reader.index.library import Library

        library = Library.open(self.corpus_root)
        self.library = library
        return library

    def _indexing_started(self, indexing: Indexing) -> None:
        self.indexing = indexing

    def _progress(self, done: int, total: int, current: str) -> None:
        if done < total:
            searchable = self.indexing.committed if self.indexing is not None else 0
            self.query_one(IndexProgress).report(done, total, current, searchable)

    def _committed(self, indexing: Indexing) -> None:
        """A batch is searchable: say so, and run the search on screen over it."""
        self.indexing = indexing
        self.query_one(IndexProgress).report(indexing.committed, indexing.total, "",
                                             indexing.committed)
        self.rerun_search()

    def _indexed(self, report: IndexReport, summaries: list[ArticleSummary]) -> None:
        self.indexing = None
        self.query_one(IndexProgress).display = False
        self._show_summaries(summaries, None, True, report.read_only)
        # What exists now (modules, widgets, 20,000 list rows) lives as long as the app:
        # kept out of the garbage collector's full passes, which a search's
        # temporary objects set off, it no longer makes each of them longer.
        gc.freeze()
        self.rerun_search()
        if report.skipped:
            self.notify(f"{len(report.skipped)} file(s) skipped; `reader index` lists them",
                        severity="warning")

    def _held_elsewhere(self, holder: IndexHolder) -> None:
        """A list still being filled by another process must not read as the whole
        folder (or an empty one)."""
        self.notify(f"{holder.describe().capitalize()}: the list shows what it has indexed"
                    " so far; open the folder again once it has finished.", severity="warning")

    def _show_summaries(self, summaries: list[ArticleSummary], read: set[str] | None,
                        final: bool, read_only: bool) -> None:
        """Fill the list; `final` once the index is known to be up to date."""
        self.summaries = summaries
        if read is not None:
            self.read_ids = read
            self.article_list.set_read(read)
        self.header.change(read_only=read_only)
        self.query_one(FolderList).show_corpus(summaries)
        self.article_list.set_groups(summaries)
        self.corpus_listed = listed_count(summaries)
        if not summaries and not final:
            self.view.show_notice("Indexing the corpus…")
            return
        if not self.search_active:
            self.show_filtered()
        if not summaries:
            self.view.show_notice("No articles in this folder.")
        elif self.article is None and self._pending_passage is None:
            self._open_first(self.article_list.rows or summaries)
        elif final and self._landed_by_itself and self.filter_label is None:
            # Landed while the list was still growing: the newest (or last read) may
            # have been listed since.
            target = self._first_target(self.article_list.rows)
            if target[0] != self._current_id():
                self._open_first(self.article_list.rows)

    def _current_id(self) -> str | None:
        """The article open, or on its way (the list keeps its cursor there)."""
        if self.article is not None:
            return self.article.summary.id
        return self._pending_passage[0] if self._pending_passage else None

    def _open_first(self, summaries: list[ArticleSummary]) -> None:
        """Land on the article last read (and its passage), else the newest."""
        article_id, passage = self._first_target(summaries)
        self.open_article(article_id, passage=passage)
        self._landed_by_itself = True

    def _first_target(self, summaries: list[ArticleSummary]) -> tuple[str, int]:
        last = self._resume
        if last is not None and any(summary.id == last[0] for summary in summaries):
            return last
        return summaries[0].id, 0

    # -- opening articles ------------------------------------------------------------

    def open_article(self, article_id: str, *, passage: int = 0,
                     then: Callable[[ArticleView], None] | None = None) -> None:
        self._landed_by_itself = False
        self._pending_passage = (article_id, passage)
        self.article_list.select(article_id)
        self._fetch_article(article_id, passage, then)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False,
          description="Reading an article from the index.")
    def _fetch_article(self, article_id: str, passage: int,
                       then: Callable[[ArticleView], None] | None) -> None:
        library = self.opened_library()
        if library is None:
            return
        article = library.article(article_id)
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show_article, article_id, article, passage, then)

    def _show_article(self, article_id: str, article: StoredArticle | None, passage: int,
                      then: Callable[[ArticleView], None] | None) -> None:
        self._pending_passage = None
        self.article = article
        self.search_session.drop_hits()  # the view marks none in what it shows next
        view = self.view
        if article is None and self.indexing is not None:
            view.show_notice("This article is still being indexed: open it again in a moment.")
        elif article is None:
            view.show_notice("This article is no longer in the index.")
        else:
            view.show_article(article, passage=passage)
            self.show_bookmark_markers(article)
            self.reading.opened(article_id, passage)
            self.article_shown(article_id, passage)
            self.header.change(saving_off=not self.reading.writable)
        self.query_one(SidePanel).show_article(article)
        self.query_one(EntityLegend).show_for(view)
        self.refresh_bindings()  # `c` (copies) is offered on some articles only
        if then is not None and article is not None:
            then(view)

    @on(ArticleChosen)
    def _article_chosen(self, message: ArticleChosen) -> None:
        self.open_article(message.article_id, then=self.search_landing(message.article_id))

    @on(PassageMoved)
    def _passage_moved(self, message: PassageMoved) -> None:
        if self.article is not None:
            self._landed_by_itself = False
            self.reading.moved(self.article.summary.id, message.paragraph)
            self.passage_moved(self.article.summary.id, message.paragraph)

    @on(FigureChosen)
    @on(QuoteChosen)
    def _span_chosen(self, message: FigureChosen | QuoteChosen) -> None:
        if self.view.raw_mode:
            self.view.set_raw(False)
            self.query_one(EntityLegend).show_for(self.view)
        self.view.flash(message.start, message.end)

    @on(QuotesWanted)
    def _quotes_wanted(self, message: QuotesWanted) -> None:
        from reader.tui.screens.quotes import QuotesScreen

        library = self.opened_library()
        if library is None:
            self.notify("The index is not ready yet.", timeout=3)
            return
        self.app.push_screen(QuotesScreen(message.person, library.quotes), self._quote_opened)

    def _quote_opened(self, chosen: QuotedBy | None) -> None:
        if chosen is None:
            return
        quote = chosen.quote
        self.open_article(
            chosen.article.id, then=lambda view: view.flash(quote.start, quote.end)
        )

    # -- across the corpus: the entity browser and the figure ledger -------------------

    def action_entity_browser(self) -> None:
        """`E`: every entity of the listed articles (the corpus, unless narrowed)."""
        from reader.tui.screens.entities import EntityBrowser

        library = self.library if self.library_opened.is_set() else None
        if library is None:
            self.notify("The index is not ready yet.", timeout=3)
            return
        narrowed = bool(self.filters) or self.search_active
        rows = self.article_list.given_rows if narrowed else self.summaries
        if narrowed and not rows:
            self.notify("Nothing is listed: Esc clears the search and filters, then E "
                        "shows every entity of the corpus.", timeout=5)
            return
        if narrowed:
            noun = "article" if len(rows) == 1 else "articles"
            label = f"the {len(rows):,} listed {noun}"
        else:
            label = "the corpus"
        browser = EntityBrowser(
            library,
            scope_ids=[row.id for row in rows] if narrowed else None,
            scope_label=label,
            scope_days=[row.published for row in rows],
        )
        self.app.push_screen(browser, self._browsed)

    def _browsed(self, result: BrowserResult | None) -> None:
        if result is None:
            return
        if result.entity is not None:
            self._filter_by_entity(*result.entity)
        elif result.figure is not None:
            self._figure_opened(result.figure)

    @on(LedgerWanted)
    def _ledger_wanted(self, message: LedgerWanted) -> None:
        from reader.tui.screens.ledger import LedgerScreen

        library = self.library if self.library_opened.is_set() else None
        if library is None:
            self.notify("The index is not ready yet.", timeout=3)
            return
        self.app.push_screen(LedgerScreen(library, message.type, message.canonical),
                             self._figure_opened)

    def _figure_opened(self, row: LedgerRow | None) -> None:
        if row is not None:
            self.open_article(row.article.id,
                              then=lambda view: view.flash(row.start, row.end))

    # -- filters ---------------------------------------------------------------------

    @property
    def filter_label(self) -> str | None:
        """What narrows the list (filters, the search), as the header says it; None when
        the list is the whole corpus."""
        return describe(self.filters, self.search_query or None)

    def add_filter(self, new: ListFilter) -> None:
        """Narrow the list (a search, if one is on, runs again within the filters)."""
        self.filters = combined(self.filters, new)
        self._filters_changed()

    def drop_filters(self, kind: FilterKind) -> bool:
        """Remove the filters of one kind (unread, folder); False when there was none."""
        kept = [f for f in self.filters if f.kind is not kind]
        if len(kept) == len(self.filters):
            return False
        self.filters = kept
        self._filters_changed()
        return True

    def action_remove_filter(self, index: int | None = None) -> None:
        """A chip's ✕ (or Esc: the last one)."""
        if not self.filters:
            return
        self.filters.pop(len(self.filters) - 1 if index is None else index)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.query_one(FilterChips).show_filters([f.label for f in self.filters])
        if self.search_active:
            self.rerun_search()
            return
        self.show_filtered()
        keep = self._current_id()
        rows = self.article_list.rows
        if rows and (keep is None or self.article_list.index_of(keep) is None):
            self.article_list.move_to(0)

    def show_filtered(self) -> None:
        """The corpus through the filters, in the list's order (no search); the
        header counts rows, a group of copies being one."""
        rows = narrowed(self.summaries, self.filters, self.read_ids)
        self.article_list.set_rows(self.in_list_order(rows), keep=self._current_id())
        total = self.corpus_listed if self.filters else None
        self.header.change(count=self.article_list.listed, total=total,
                           filter=self.filter_label)
        self.listed()

    def in_list_order(self, rows: list[ArticleSummary]) -> list[ArticleSummary]:
        """`rows` (newest first) in the order the user chose with `o`."""
        return sort_summaries(rows, self.list_order) if self.list_order is not SortOrder.NEWEST \
            else rows

    def set_list_order(self, order: SortOrder) -> None:
        """Sort the list (not search results) and keep the cursor on the open article."""
        self.list_order = order
        if self.search_active:
            return
        self.show_filtered()

    @on(FolderChosen)
    def _folder_chosen(self, message: FolderChosen) -> None:
        """The folder's articles and its subfolders'; in memory, so it works while the
        index is still being built. "All articles" drops the folder filter."""
        if message.folder is None:
            self.drop_filters(FilterKind.FOLDER)
            return
        folder = message.folder
        self.add_filter(ListFilter(FilterKind.FOLDER, f"folder: {folder}", folder=folder))

    @on(EntityChosen)
    def _entity_chosen(self, message: EntityChosen) -> None:
        self._filter_by_entity(message.type, message.canonical)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False,
          description="Finding the articles that mention an entity.")
    def _filter_by_entity(self, kind: EntityType, canonical: str) -> None:
        from reader.index.library import entity_query
        from reader.index.schema import ENTITY_FIELDS

        library = self.opened_library()
        if library is None:
            return
        query = entity_query(kind, canonical)
        result = library.search(query, limit=None, passages=0)
        if get_current_worker().is_cancelled:
            return
        ids = frozenset(hit.summary.id for hit in result.hits)
        # Named as the search syntax names it ("place:", not the tag "GPE").
        label = f"{ENTITY_FIELDS.get(kind, kind.value.lower())}: {canonical}"
        self.app.call_from_thread(self.add_filter, ListFilter(FilterKind.ENTITY, label, ids=ids))

    # -- actions ---------------------------------------------------------------------

    def action_next_article(self) -> None:
        self._step_article(+1)

    def action_prev_article(self) -> None:
        self._step_article(-1)

    def _step_article(self, step: int) -> None:
        article_list = self.article_list
        if not article_list.rows:
            return
        if article_list.cursor is None:
            article_list.move_to(0)
        else:
            article_list.move_to(article_list.cursor + step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`c` is offered (in the footer too) only on an article with copies."""
        if action == "toggle_copies":
            article_list = self.article_list
            target = article_list.current or (self.article.summary if self.article else None)
            return target is not None and bool(article_list.copies_of(target))
        return True

    def action_toggle_copies(self) -> None:
        """`c`: list the copies of the article under the cursor below its row, or fold
        them away again (the cursor goes back to the group's row and opens it)."""
        article_list = self.article_list
        target = article_list.current or (self.article.summary if self.article else None)
        if target is None:
            return
        shown = article_list.toggle_copies(target.id)
        if shown is None:
            self.notify("This article has no copies.", timeout=2)
            return
        if shown:
            count = len(article_list.copies_of(target)) - 1
            self.notify(f"{count} cop{'ies' if count != 1 else 'y'} of it listed under it"
                        " (↳): j and Enter open one, c folds them away", timeout=3)
        current = article_list.current
        if current is not None and (self.article is None or self.article.summary.id != current.id):
            self.open_article(current.id)
        self.listed()

    def action_toggle_entities(self) -> None:
        view = self.view
        view.set_show_entities(not view.show_entities)
        self.query_one(EntityLegend).show_for(view)
        self.notify(f"Entity colours {'on' if view.show_entities else 'off'}", timeout=1.5)

    def action_toggle_raw(self) -> None:
        view = self.view
        if view.article is None:
            return
        if view.raw_mode:
            view.set_raw(False)
            self.query_one(EntityLegend).show_for(view)
        elif view.raw_text is not None:
            view.set_raw(True)
            self.query_one(EntityLegend).show_for(view)
        else:
            self._fetch_raw(view.article.summary.id)

    @work(thread=True, exclusive=True, group="raw", exit_on_error=False,
          description="Reading the article's file.")
    def _fetch_raw(self, article_id: str) -> None:
        library = self.opened_library()
        if library is None:
            return
        raw = library.raw_text(article_id)
        self.app.call_from_thread(self._show_raw, article_id, raw)

    def _show_raw(self, article_id: str, raw: str | None) -> None:
        view = self.view
        if view.article is None or view.article.summary.id != article_id:
            return
        if raw is None:
            self.notify("The article's file can no longer be read.", severity="warning")
            return
        view.set_raw(True, raw)
        self.query_one(EntityLegend).show_for(view)

    def action_clear_filter(self) -> None:
        """Esc: the search first, then the filters, the last added first."""
        if self.search_bar.display or self.search_active:
            self.close_search()
        elif self.filters:
            self.action_remove_filter()

    def action_focus_pane(self, pane: str) -> None:
        panels = {"figures": FigureList, "entities": EntityList, "quotes": QuoteList,
                  "folders": FolderList}
        if pane in panels:
            self.query_one(SidePanel).show_tab(pane)
            self.show_side(True)
            target = self.query_one(panels[pane])
        else:
            target = self.article_list if pane == "list" else self.view
            if pane == "list":
                self.show_side(False)
        target.focus()

    # -- failures (the app logs and reports them; the screen tidies up) --------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The app holds the one error handler; Worker.StateChanged does not bubble.
        self.app.worker_state_changed(event.worker, event.state)  # type: ignore[attr-defined]

    def worker_failed(self, worker: Worker) -> None:
        if worker.group == "library":
            self.indexing = None
            self.query_one(IndexProgress).display = False
            if not self.summaries:
                self.header.change(count=0)
            if self.library is None:
                # The list may come from the manifest, but no article can be read.
                self.view.show_notice("The index could not be opened.")
            elif not self.summaries:
                self.view.show_notice("Indexing stopped before any article was ready.")
        elif worker.group == "article":
            self._pending_passage = None
            self.view.show_notice("This article could not be read.")
