"""Search on the main screen: the bar, the search threads, and the keys that step
through results.

A mixin for the main screen (typed against `MainScreenProtocol`), so the search
keys work from every pane and reuse the screen's list, article view and
`open_article`. What a search is at (the
query on screen, stale results, the open article's hits, where `n`/`N` go) is a
`SearchSession` (`reader.tui.search_session`); this module runs what it asks
for and shows what it says:

- typing searches after a short pause, in a thread; a result older than the one
  on screen is dropped, so a slow search never paints over a newer one;
- a broad query lists a first page of its results (the top of them, a screenful
  or two) before all of them: ranking and listing 18,000 results of a common word
  costs more than the keystroke-to-list budget;
- a malformed query is told under the bar and the previous results stay;
- `n`/`N` walk the matches of the open article and carry on into the next
  (previous) result, so a whole result set reads as one sequence.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.timer import Timer
from textual.worker import get_current_worker

from reader.extract.model import EntityType
from reader.index.model import Passage, SearchResult, SortOrder
from reader.store.database import StoreError
from reader.store.history import SearchHistory
from reader.tui.filters import ListFilter
from reader.tui.messages import PassagesWanted
from reader.tui.screen_protocol import ScreenMixin
from reader.tui.search_session import (
    DEBOUNCE_SECONDS,
    LIST_SORTS,
    CannotStep,
    FindHits,
    GoToHit,
    Indexing,
    OpenResult,
    Request,
    SearchSession,
    Step,
    describe_result,
    result_summary,
)
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.side_panel import EntityList

if TYPE_CHECKING:
    from reader.tui.widgets.article_view import ArticleView

SEARCHING_NOTICE_SECONDS = 0.2
PASSAGE_PAGES = 1  # passages looked up with the results: this many screens of rows;
# the list asks for more as rows without one scroll into view
PAGE_DRAWN_WAIT_SECONDS = 0.3  # at most, before listing the rest anyway
FIRST_PAGE_SCREENS = 2  # a first page of results, listed before all of them: this many
# screens of rows, so that one is left once filters and copies have taken theirs
HISTORY_LOADED = 200

_SUMMARY = attrgetter("summary")


def grouped(result: SearchResult) -> SearchResult:
    """The results with each group of copies once: its best-ranked (or first sorted)
    member stands for it, so the copies are searched, counted and stepped through once."""
    from reader.index.collection import collapse

    hits = result.hits
    kept = collapse(list(map(_SUMMARY, hits)), lead_first=False)
    if len(kept) == len(hits):
        return result
    return replace(result, hits=tuple(map(hits.__getitem__, kept)),
                   total=result.total - (len(hits) - len(kept)))


def listed(result: SearchResult,
           narrowing: tuple[tuple[ListFilter, ...], set[str]] | None) -> SearchResult:
    """The results as the list shows them: within the filters (with the read articles),
    then each group of copies once (after the filters: a copy they keep may stand)."""
    if narrowing is not None:
        filters, read = narrowing
        kept = tuple(hit for hit in result.hits
                     if all(f.allows(hit.summary, read) for f in filters))
        result = replace(result, hits=kept, total=len(kept))
    return grouped(result)


def with_passages(result: SearchResult, page: SearchResult) -> SearchResult:
    """`result` with the passages its first page came with (the page is its top), and
    the time both searches took."""
    found = {hit.summary.id: hit.passage for hit in page.hits if hit.passage is not None}
    top = len(page.hits)
    hits = [replace(hit, passage=found.get(hit.summary.id)) if hit.passage is None else hit
            for hit in result.hits[:top]]
    return replace(result, hits=(*hits, *result.hits[top:]),
                   elapsed_ms=page.elapsed_ms + result.elapsed_ms)


class SearchMixin(ScreenMixin):
    """The search half of MainScreen: workers, actions and the bar; what the search is
    at is `self.search_session`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.search_session = SearchSession()
        self._debounce: Timer | None = None
        self._entity_pick: tuple[str, int, int] | None = None
        self._history: SearchHistory | None = None
        self._searching: Timer | None = None

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def search_active(self) -> bool:
        """A query's results are listed."""
        return self.search_session.active

    @property
    def search_query(self) -> str:
        """The query whose results the list shows; "" for none."""
        return self.search_session.query

    @property
    def search_result(self) -> SearchResult | None:
        return self.search_session.result

    @property
    def search_sort(self) -> SortOrder:
        return self.search_session.sort

    # -- history -----------------------------------------------------------------------

    def _history_store(self) -> SearchHistory:
        if self._history is None:
            self._history = SearchHistory(self.reading.db, self.corpus_root)
        return self._history

    def _past_queries(self) -> list[str]:
        try:
            return self._history_store().list(HISTORY_LOADED)
        except StoreError:
            return []

    def remember_query(self, query: str) -> None:
        """Keep a query the user acted on (Enter, opening a result), never keystrokes."""
        query = query.strip()
        if not query:
            return
        self.search_bar.remember(query)
        if self.reading.db.writable:
            with suppress(StoreError):  # saving off is shown in the header already
                self._history_store().add(query)

    # -- running searches --------------------------------------------------------------

    def action_search_open(self) -> None:
        bar = self.search_bar
        if self.focused is bar.input:
            # The key is a priority binding, so the input never saw it: give it back,
            # behind the keys already queued there, so "24/7" types as it should.
            bar.input.post_message(events.Key("slash", "/"))
            return
        bar.set_sort(self.search_sort.value)
        if bar.display:
            bar.focus_input()
        else:
            bar.open(self._past_queries())

    def search_for(self, query: str) -> None:
        """Fill the bar with `query` and run it now (entity searches)."""
        bar = self.search_bar
        bar.set_sort(self.search_sort.value)
        bar.open(self._past_queries(), query)
        self.remember_query(query)
        self._start_search(query)
        self.article_list.focus()

    def on_search_bar_changed(self, message: SearchBar.Changed) -> None:
        """Search at once after a pause in typing; within a burst of keys, or while
        a search is still on its way, wait for the next pause (the debounce)."""
        self._stop_debounce()
        query = message.query
        if self.search_session.typed(time.monotonic()):
            self._start_search(query)
        else:
            self._debounce = self.set_timer(DEBOUNCE_SECONDS, lambda: self._start_search(query))

    def _stop_debounce(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None

    def _start_search(self, query: str, *, force: bool = False) -> None:
        self._stop_debounce()
        had = self.search_active
        request = self.search_session.ask(query, force=force)
        if request is not None:
            self._run(request, had)

    def _run(self, request: Request, had: bool) -> None:
        """Start the search the session asked for (`had`: results were listed before)."""
        if not request.query:
            self._results_dropped(had)
            self.search_bar.show_message("")
            return
        # Said only when the search is slow to come back: for a quick one the extra
        # layout pass costs more than the word is worth.
        if self._searching is not None:
            self._searching.stop()
        self._searching = self.set_timer(SEARCHING_NOTICE_SECONDS, self._say_searching)
        rows = self.article_list.visible_results()
        # The filters in force narrow the results (in the worker: 20,000 for a broad word).
        narrowing = (tuple(self.filters), set(self.read_ids)) if self.filters else None
        self._run_search(request.seq, request.query, request.sort, PASSAGE_PAGES * rows,
                         rows, dict(self.tagged), narrowing)

    def _say_searching(self) -> None:
        if self.search_session.busy:
            self.search_bar.set_status("searching…")

    @work(thread=True, exclusive=True, group="search", exit_on_error=False,
          description="Searching the index.")
    def _run_search(self, seq: int, query: str, sort: SortOrder, passages: int, rows: int,
                    tagged: dict[str, tuple[str, ...]],
                    narrowing: tuple[tuple[ListFilter, ...], set[str]] | None) -> None:
        """Search in a thread: a first page of results when there are more (`rows`: the
        rows the list shows), posted as soon as it is known, then all of them."""
        library = self.opened_library()
        # Read before searching: a commit landing meanwhile only adds to what is said.
        indexing = self.indexing
        result: SearchResult | None = None
        index: dict[str, int] = {}
        error: str | None = None
        worker = get_current_worker()
        if library is None:
            error = "The index could not be opened."
        else:
            from reader.index.querylang import QueryError

            try:
                page = library.search(query, sort=sort, limit=FIRST_PAGE_SCREENS * rows,
                                      passages=passages, tagged=tagged)
                result = page
                if page.total > len(page.hits):
                    shown = listed(page, narrowing)
                    if len(shown.hits) >= rows and not worker.is_cancelled:
                        # The top of the results: rows the full list starts with. The
                        # rest waits for the page to be drawn, which it would slow down.
                        drawn = threading.Event()
                        self.app.call_from_thread(
                            self._page_done, seq, query, shown,
                            {hit.summary.id: i for i, hit in enumerate(shown.hits)}, drawn)
                        drawn.wait(PAGE_DRAWN_WAIT_SECONDS)
                    # The query's evaluation is kept from the page: this lists the rest.
                    result = with_passages(
                        library.search(query, sort=sort, limit=None, passages=0,
                                       tagged=tagged, suggest=False), page)
                result = listed(result, narrowing)
                # Here, not on the UI thread: 20,000 results for a broad word.
                index = {hit.summary.id: i for i, hit in enumerate(result.hits)}
            except QueryError as exc:
                error = exc.message
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self._search_done, seq, query, result, index, error, indexing)

    def _page_done(self, seq: int, query: str, page: SearchResult,
                   index: dict[str, int], drawn: threading.Event) -> None:
        """The first page of a search's results: listed at once; the header, the bar's
        line and the count wait for all of them (`_search_done`). `drawn` is set once
        the page is on screen."""
        session = self.search_session
        if not session.page_arrived(seq, query, page, index):
            drawn.set()
            return
        self.call_after_refresh(drawn.set)
        self._list_hits(query, page, matched=False)
        if session.take_open_first():
            self._enter_results()

    def on_passages_wanted(self, message: PassagesWanted) -> None:
        """Rows without their passage scrolled into view (anywhere in the results)."""
        session = self.search_session
        if not session.active or session.result is None:
            return
        self._fetch_passages(session.shown_seq, session.query, message.article_ids)

    @work(thread=True, exit_on_error=False, group="passages",
          description="Finding the passages of more results.")
    def _fetch_passages(self, seq: int, query: str, article_ids: tuple[str, ...]) -> None:
        from reader.index.querylang import QueryError

        library = self.opened_library()
        if library is None:
            return
        try:
            passages = library.passages(query, article_ids)
        except QueryError:
            return
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._passages_done, seq, passages)

    def _passages_done(self, seq: int, passages: dict[str, Passage]) -> None:
        if self.search_session.is_on_screen(seq):  # else another search is on screen now
            self.article_list.add_passages(passages)

    def _search_done(self, seq: int, query: str, result: SearchResult | None,
                     index: dict[str, int], error: str | None,
                     indexing: Indexing | None = None) -> None:
        session = self.search_session
        if result is None:
            if session.failed(seq):
                # Keep the previous results: the user is probably mid-edit.
                self.search_bar.show_message(error or "The search failed.", "error")
                self._update_status()
            return
        current = self.article.summary.id if self.article else None
        # Its first page listed the open article: its matches are found (or landed on).
        matched = session.is_on_screen(seq) and current is not None \
            and session.position(current) is not None
        if session.arrived(seq, query, result, index):
            self._show_results(query, result, indexing, matched=matched)

    def _show_results(self, query: str, result: SearchResult,
                      indexing: Indexing | None = None, *, matched: bool = False) -> None:
        """`indexing`: the update that was under way, when the result is partial;
        `matched`: the open article's matches were asked for with the first page."""
        self._list_hits(query, result, matched=matched)
        self.header.change(count=result.total, total=self.corpus_listed,
                           filter=self.filter_label)
        self.listed()
        bar = self.search_bar
        line = describe_result(query, result, indexing)
        if line.suggestion is not None:
            bar.show_suggestion(line.suggestion, line.text)
        else:
            bar.show_message(line.text, line.kind)
        self._update_status()
        if self.search_session.take_open_first():
            self._enter_results()

    def _list_hits(self, query: str, result: SearchResult, *, matched: bool) -> None:
        """The results into the list, the open article kept; its matches marked unless
        `matched` (asked for already), or cleared when it is not among the results."""
        current = self.article.summary.id if self.article else None
        self.article_list.set_hits(result.hits, keep=current)
        if current is None or self.search_session.position(current) is None:
            self.view.set_matches([])
        elif not matched:
            self._load_matches(current, query, None)

    def _results_dropped(self, had: bool) -> None:
        """Back to the whole corpus (the bar may stay open)."""
        self.view.set_matches([])
        self.search_bar.set_status("")
        if had:
            self.show_filtered()

    def rerun_search(self) -> None:
        """The index changed (a batch was committed, an update finished): refresh
        the results."""
        if self.search_active:
            self._start_search(self.search_query, force=True)

    def end_search(self) -> None:
        """Close the bar and forget the query; the caller decides what the list shows."""
        self._stop_debounce()
        self.search_session.end()
        self.view.set_matches([])
        self.search_bar.close()

    def on_search_bar_closed(self, _message: SearchBar.Closed) -> None:
        self.close_search()

    def close_search(self) -> None:
        """Escape: drop the query, hide the bar, list the whole corpus again."""
        had = self.search_active
        self.end_search()
        if had:
            self.show_filtered()
        self.article_list.focus()

    def on_search_bar_suggestion_wanted(self, message: SearchBar.SuggestionWanted) -> None:
        query = message.query.strip()
        if not query:
            self.search_bar.show_message("Type a query first: ctrl+s suggests its spelling.",
                                         "warning")
            return
        self._find_suggestion(query)

    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False,
          description="Looking for a spelling in the corpus.")
    def _find_suggestion(self, query: str) -> None:
        """Asked for: the corpus's words nearest each of the query's it lacks (a few
        dictionary look-ups per word, but not worth paying on every keystroke)."""
        library = self.opened_library()
        suggestion = library.suggest(query) if library is not None else None
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._suggestion_found, query, suggestion)

    def _suggestion_found(self, query: str, suggestion: str | None) -> None:
        bar = self.search_bar
        if not bar.display or bar.value.strip() != query:
            return  # typed on meanwhile: the answer is for a query no longer there
        session = self.search_session
        lead = ""
        if session.query == query and session.result is not None:
            result = session.result
            lead = f"{result_summary(result) if result.total else 'Nothing matches'} · "
        if suggestion and suggestion.strip() != query:
            bar.show_suggestion(suggestion, lead)
        else:
            bar.show_message(f"{lead}No other spelling: the corpus has every word of the query"
                             " or nothing close to it.")

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        query = message.query.strip()
        if not query:
            self.article_list.focus()
            return
        self.remember_query(query)
        if self.search_session.submit(query):
            self._enter_results()
        else:  # Enter came before the results: the first opens when they arrive
            self._start_search(query)

    def _enter_results(self) -> None:
        """Enter: the results list takes focus, on the best result at its first match."""
        self.article_list.focus()
        current = self.article.summary.id if self.article else None
        self._take_step(self.search_session.enter(current))

    # -- sort --------------------------------------------------------------------------

    def action_search_sort(self) -> None:
        """`o`: the next order of the search results, or of the list when there is no
        query (newest, oldest, by source): undated articles by their file's time."""
        bar = self.search_bar
        if self.search_active or (bar.display and bar.value.strip()):
            sort = self.search_session.next_sort()
            bar.set_sort(sort.value)
            self._start_search(bar.value if bar.display else self.search_query)
            if sort is not SortOrder.RELEVANCE:
                self._say_order(sort)
            return
        current = self.list_order
        order = LIST_SORTS[(LIST_SORTS.index(current) + 1) % len(LIST_SORTS)]
        self.set_list_order(order)
        self._say_order(order)

    def _say_order(self, order: SortOrder) -> None:
        from reader.index.collection import describe_order, undated_count

        text = describe_order(order, undated_count(self.summaries), len(self.summaries))
        self.notify(f"Sorted {text}", timeout=3, markup=False)

    # -- matches -----------------------------------------------------------------------

    def search_landing(self, article_id: str, *, last: bool = False
                       ) -> Callable[[ArticleView], None] | None:
        """What to do once a result the user opened is drawn: go to its first match.

        None when no search is active or the article is not a result.
        """
        if self.search_session.position(article_id) is None:
            return None
        query = self.search_query
        self.remember_query(query)

        def land(_view: ArticleView) -> None:
            self._load_matches(article_id, query, "last" if last else "first")

        return land

    @work(thread=True, exclusive=True, group="matches", exit_on_error=False,
          description="Finding the matches in the article.")
    def _load_matches(self, article_id: str, query: str, land: str | None) -> None:
        from reader.index.querylang import QueryError

        library = self.opened_library()
        if library is None:
            return
        try:
            matches = library.match_offsets(article_id, query)
        except QueryError:
            matches = []
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show_matches, article_id, query, matches, land)

    def _show_matches(self, article_id: str, query: str, matches: list[tuple[int, int]],
                      land: str | None) -> None:
        view = self.view
        if view.article is None or view.article.summary.id != article_id:
            return
        session = self.search_session
        if session.found_hits(article_id, query, matches, land):
            view.set_matches(session.hits, current=session.current_hit)
            self._update_status()

    def _update_status(self) -> None:
        article = self.view.article
        self.search_bar.set_status(
            self.search_session.status(article.summary.id if article is not None else None))

    def action_next_match(self) -> None:
        self._step_match(+1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        article = self.view.article
        self._take_step(self.search_session.step(
            article.summary.id if article is not None else None, step))

    def _take_step(self, step: Step | None) -> None:
        """Carry out what the session worked out for n, N or Enter."""
        match step:
            case CannotStep(reason):
                self.notify(reason, timeout=2)
            case GoToHit(index):
                self.view.go_to_match(index)
                self._update_status()
            case FindHits(article_id):
                self._load_matches(article_id, self.search_query, "first")
            case OpenResult(_, article_id, last, wrapped):
                if wrapped:
                    where = "last" if last else "first"
                    self.notify(f"Search wrapped around to the {where} result.", timeout=2)
                self.open_article(article_id, then=self.search_landing(article_id, last=last))

    # -- entity searches ---------------------------------------------------------------

    def action_search_entity(self) -> None:
        """`s`: search for the entity highlighted in the Entities tab, or the next
        entity in the passage under the cursor (press again for the one after)."""
        from reader.index.library import entity_query

        focused = self.focused
        if isinstance(focused, EntityList):
            option = focused.highlighted_option
            kind, _, name = (option.id or "").partition(":") if option else ("", "", "")
            if not name:
                self.notify("Highlight an entity first.", timeout=2)
                return
            self.search_for(entity_query(EntityType(kind), name))
            return
        picked = self._entity_in_passage()
        if picked is None:
            self.notify("No named entity in this passage.", timeout=2)
            return
        self.search_for(entity_query(*picked))

    def _entity_in_passage(self) -> tuple[EntityType, str] | None:
        view = self.view
        article, paragraph = view.article, view.paragraph
        if article is None or paragraph is None:
            return None
        para = article.paragraphs[paragraph]
        end = para.start + len(para.text)
        names: list[tuple[EntityType, str]] = []
        for entity in article.entities:
            if para.start <= entity.start < end and entity.type != EntityType.DATE:
                key = (entity.type, entity.canonical or entity.text)
                if key not in names:
                    names.append(key)
        if not names:
            return None
        article_id = article.summary.id
        last = self._entity_pick
        turn = 0
        if last is not None and last[:2] == (article_id, paragraph):
            turn = (last[2] + 1) % len(names)
        self._entity_pick = (article_id, paragraph, turn)
        return names[turn]
