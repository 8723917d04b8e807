"""Search on the main screen: live results, match navigation, history, did-you-mean.

A mixin for `MainScreen`, so the search keys work from every pane and reuse
the screen's list, article view and `open_article`. The rules it keeps:

- typing searches after a short pause, in a thread; each request carries a
  sequence number and a result older than the one on screen is dropped, so a
  slow search never paints over a newer one;
- a malformed query is told under the bar and the previous results stay;
- `n`/`N` walk the matches of the open article and carry on into the next
  (previous) result, so a whole result set reads as one sequence.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, replace
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
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.side_panel import EntityList

if TYPE_CHECKING:
    from reader.tui.widgets.article_view import ArticleView

DEBOUNCE_SECONDS = 0.05  # keys closer than this, or while a search runs, wait for a pause
SEARCHING_NOTICE_SECONDS = 0.2
PASSAGE_PAGES = 1  # passages looked up with the results: this many screens of rows;
# the list asks for more as rows without one scroll into view
SORTS = (SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.OLDEST, SortOrder.SOURCE)
LIST_SORTS = SORTS[1:]  # without a query there is no relevance
HISTORY_LOADED = 200


def plural(count: int, word: str) -> str:
    ending = "es" if word.endswith(("ch", "sh", "s", "x")) else "s"
    return f"{count:,} {word}{'' if count == 1 else ending}"


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


def result_summary(result: SearchResult) -> str:
    """'5 articles · 43 hits': what a result holds, in one line."""
    hits = sum(hit.hit_count for hit in result.hits)
    parts = [plural(result.total, "article")]
    if result.total > len(result.hits):
        parts.append(f"first {len(result.hits):,} listed")
    parts.append(plural(hits, "hit"))
    return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class Indexing:
    """An update of the index under way: what a search made meanwhile ran over."""

    committed: int  # files of this update that searches see
    total: int  # files the update indexes; 0 while it is still looking for them
    first: bool  # the index held nothing before (a first build)

    def describe(self) -> str:
        """'partial: 1,200 of 2,225 files indexed so far'."""
        if not self.total:
            return "partial: looking for the files to index"
        what = "files" if self.first else "new or changed files"
        return f"partial: {self.committed:,} of {self.total:,} {what} indexed so far"


class SearchMixin:
    """The search half of MainScreen (state, workers, actions, bar messages)."""

    # Provided by MainScreen.
    if TYPE_CHECKING:
        library: Any
        summaries: list
        corpus_listed: int
        article: Any
        filter_label: str | None
        corpus_root: Any
        reading: Any
        article_list: Any
        view: ArticleView
        header: Any
        app: Any
        focused: Any

        def query_one(self, *args: Any) -> Any: ...
        def set_timer(self, *args: Any, **kwargs: Any) -> Timer: ...
        def notify(self, *args: Any, **kwargs: Any) -> None: ...
        def open_article(self, article_id: str, **kwargs: Any) -> None: ...
        def opened_library(self) -> Any: ...
        def show_filtered(self) -> None: ...
        filters: list
        list_order: SortOrder
        tagged: dict[str, tuple[str, ...]]
        indexing: Indexing | None

        def listed(self) -> None: ...

        def set_list_order(self, order: SortOrder) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.search_query = ""  # the query whose results the list shows; "" = none
        self.search_result: SearchResult | None = None
        self.search_sort = SortOrder.RELEVANCE
        self._result_index: dict[str, int] = {}
        self._requested = 0  # sequence number of the latest search asked for
        self._shown = 0  # sequence number of the search on screen
        self._asked: tuple[str, SortOrder] | None = None
        self._debounce: Timer | None = None
        self._open_first_result = False  # Enter came before the results
        self._matches_for: str | None = None  # the article whose matches the view marks
        self._entity_pick: tuple[str, int, int] | None = None
        self._history: SearchHistory | None = None
        self._last_change = 0.0  # monotonic time of the last edit of the query
        self._searching: Timer | None = None

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def search_active(self) -> bool:
        return bool(self.search_query)

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
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        query = message.query
        now = time.monotonic()
        burst = now - self._last_change < DEBOUNCE_SECONDS
        self._last_change = now
        if not burst and self._shown == self._requested:
            self._start_search(query)
        else:
            self._debounce = self.set_timer(DEBOUNCE_SECONDS, lambda: self._start_search(query))

    def _start_search(self, query: str, *, force: bool = False) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        query = query.strip()
        asked = (query, self.search_sort)
        if asked == self._asked and not force:
            return  # already on screen or on its way
        self._asked = asked
        self._requested += 1
        if not query:
            self._shown = self._requested
            self._drop_results()
            self.search_bar.show_message("")
            return
        # Said only when the search is slow to come back: for a quick one the extra
        # layout pass costs more than the word is worth.
        if self._searching is not None:
            self._searching.stop()
        self._searching = self.set_timer(SEARCHING_NOTICE_SECONDS, self._say_searching)
        passages = PASSAGE_PAGES * self.article_list.visible_rows()
        # The filters in force narrow the results (in the worker: 20,000 for a broad word).
        narrowing = (tuple(self.filters), set(self.read_ids)) if self.filters else None
        self._run_search(self._requested, query, self.search_sort, passages, dict(self.tagged),
                         narrowing)

    def _say_searching(self) -> None:
        if self._shown != self._requested:
            self.search_bar.set_status("searching…")

    @work(thread=True, exclusive=True, group="search", exit_on_error=False,
          description="Searching the index.")
    def _run_search(self, seq: int, query: str, sort: SortOrder, passages: int,
                    tagged: dict[str, tuple[str, ...]],
                    narrowing: tuple[tuple[ListFilter, ...], set[str]] | None) -> None:
        library = self.opened_library()
        # Read before searching: a commit landing meanwhile only adds to what is said.
        indexing = self.indexing
        result: SearchResult | None = None
        index: dict[str, int] = {}
        error: str | None = None
        if library is None:
            error = "The index could not be opened."
        else:
            from reader.index.querylang import QueryError

            try:
                result = library.search(query, sort=sort, limit=None, passages=passages,
                                        tagged=tagged)
                if narrowing is not None:
                    filters, read = narrowing
                    kept = tuple(hit for hit in result.hits
                                 if all(f.allows(hit.summary, read) for f in filters))
                    result = replace(result, hits=kept, total=len(kept))
                result = grouped(result)  # after the filters: a copy they keep may stand
                # Here, not on the UI thread: 20,000 results for a broad word.
                index = {hit.summary.id: i for i, hit in enumerate(result.hits)}
            except QueryError as exc:
                error = exc.message
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._search_done, seq, query, result, index, error, indexing)

    def on_passages_wanted(self, message: PassagesWanted) -> None:
        """Rows without their passage scrolled into view (anywhere in the results)."""
        if not self.search_active or self.search_result is None:
            return
        self._fetch_passages(self._shown, self.search_query, message.article_ids)

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
        if seq != self._shown or self.search_result is None:
            return  # another search is on screen now
        self.article_list.add_passages(passages)

    def _search_done(self, seq: int, query: str, result: SearchResult | None,
                     index: dict[str, int], error: str | None,
                     indexing: Indexing | None = None) -> None:
        if seq <= self._shown:
            return  # a newer search is already on screen
        self._shown = seq
        bar = self.search_bar
        if result is None:
            # Keep the previous results: the user is probably mid-edit.
            self._asked = None
            bar.show_message(error or "The search failed.", "error")
            self._open_first_result = False
            self._update_status()
            return
        self._show_results(query, result, index, indexing)

    def _show_results(self, query: str, result: SearchResult, index: dict[str, int],
                      indexing: Indexing | None = None) -> None:
        """`index`: each result's position by article id, made with the result;
        `indexing`: the update that was under way, when the result is partial."""
        self.search_query = query
        self.search_result = result
        self._result_index = index
        current = self.article.summary.id if self.article else None
        self.article_list.set_hits(result.hits, keep=current)
        self.header.change(count=result.total, total=self.corpus_listed,
                           filter=self.filter_label)
        self.listed()
        bar = self.search_bar
        summary = result_summary(result) if result.total else "Nothing matches"
        if indexing is not None:
            # Never final while articles are still being indexed: it runs again after
            # each commit and once indexing is done (`rerun_search`).
            if result.total:
                bar.show_message(f"{summary} · {indexing.describe()}")
            else:
                bar.show_message(f"Nothing matches yet · {indexing.describe()}", "warning")
        elif result.suggestion and result.suggestion.strip() != query:
            bar.show_suggestion(result.suggestion, f"{summary} · ")
        elif result.partial:
            bar.show_message(f"{summary} so far: the search stopped at its time limit; "
                             "a narrower query finds them all", "warning")
        elif not result.hits:
            bar.show_message("Nothing matches.", "warning")
        else:
            bar.show_message(summary)
        self._matches_for = None
        if current is not None and current in self._result_index:
            self._load_matches(current, query, None)
        else:
            self.view.set_matches([])
        self._update_status()
        if self._open_first_result:
            self._open_first_result = False
            self._enter_results()

    def _drop_results(self) -> None:
        """Back to the whole corpus (the bar may stay open)."""
        had = self.search_query
        self.search_query = ""
        self.search_result = None
        self._result_index = {}
        self._matches_for = None
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
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        self._requested += 1
        self._shown = self._requested  # anything still running is now stale
        self._asked = None
        self._open_first_result = False
        self.search_query = ""
        self.search_result = None
        self._result_index = {}
        self._matches_for = None
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

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        query = message.query.strip()
        if not query:
            self.article_list.focus()
            return
        self.remember_query(query)
        if (query, self.search_sort) == self._asked and self._shown == self._requested:
            self._enter_results()
            return
        # Enter came before the results: open the first one when they arrive.
        self._open_first_result = True
        self._start_search(query)

    def _enter_results(self) -> None:
        """Enter: the results list takes focus, on the best result at its first match."""
        self.article_list.focus()
        if not self.search_result or not self.search_result.hits:
            return
        first = self.search_result.hits[0].summary.id
        current = self.article.summary.id if self.article else None
        if current != first:
            self._open_result(0, last=False)
        elif self._matches_for != current:
            self._load_matches(current, self.search_query, "first")
        elif self.view.match_count:
            self.view.go_to_match(0)
            self._update_status()

    # -- sort --------------------------------------------------------------------------

    def action_search_sort(self) -> None:
        """`o`: the next order of the search results, or of the list when there is no
        query (newest, oldest, by source): undated articles by their file's time."""
        bar = self.search_bar
        if self.search_active or (bar.display and bar.value.strip()):
            self.search_sort = SORTS[(SORTS.index(self.search_sort) + 1) % len(SORTS)]
            bar.set_sort(self.search_sort.value)
            self._start_search(bar.value if bar.display else self.search_query)
            if self.search_sort is not SortOrder.RELEVANCE:
                self._say_order(self.search_sort)
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
        if not self.search_active or article_id not in self._result_index:
            return None
        query = self.search_query
        self.remember_query(query)
        return lambda _view: self._load_matches(article_id, query, "last" if last else "first")

    def _open_result(self, position: int, *, last: bool) -> None:
        assert self.search_result is not None
        article_id = self.search_result.hits[position].summary.id
        self.open_article(article_id, then=self.search_landing(article_id, last=last))

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
        if query != self.search_query or view.article is None:
            return
        if view.article.summary.id != article_id:
            return
        self._matches_for = article_id
        current = None
        if land is not None and matches:
            current = 0 if land == "first" else len(matches) - 1
        view.set_matches(matches, current=current)
        self._update_status()

    def _update_status(self) -> None:
        bar = self.search_bar
        view = self.view
        if not self.search_active or view.article is None:
            bar.set_status("")
            return
        position = self._result_index.get(view.article.summary.id)
        if position is None:
            bar.set_status("")
            return
        results = f"result {position + 1} of {len(self._result_index)}"
        if self._matches_for != view.article.summary.id:
            bar.set_status(results)
        elif not view.match_count:
            bar.set_status(f"no match in the text · {results}")
        elif view.current_match is None:
            bar.set_status(f"{plural(view.match_count, 'match')} · {results}")
        else:
            bar.set_status(f"match {view.current_match + 1} of {view.match_count} · {results}")

    def action_next_match(self) -> None:
        self._step_match(+1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if not self.search_active or self.search_result is None:
            self.notify("No search yet: press / to search.", timeout=2)
            return
        count_results = len(self.search_result.hits)
        if not count_results:
            self.notify("Nothing matches this search.", timeout=2)
            return
        view = self.view
        current = view.article.summary.id if view.article else None
        position = self._result_index.get(current) if current else None
        if position is None:
            self._open_result(0 if step > 0 else count_results - 1, last=step < 0)
            return
        if self._matches_for == current and view.match_count:
            at = view.current_match
            target = (0 if step > 0 else view.match_count - 1) if at is None else at + step
            if 0 <= target < view.match_count:
                view.go_to_match(target)
                self._update_status()
                return
        target = position + step
        if not 0 <= target < count_results:
            target %= count_results
            where = "first" if step > 0 else "last"
            self.notify(f"Search wrapped around to the {where} result.", timeout=2)
        self._open_result(target, last=step < 0)

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
