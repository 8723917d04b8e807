"""Where a search is at, without Textual: the query on screen, the hits of the open
article, and what `n`/`N` and Enter do next.

The main screen (`reader.tui.search`) runs the searches in threads, draws what
comes back and moves the article view; it asks a `SearchSession` what to do at
each step and tells it what happened. The rules kept here:

- each search asked for carries a sequence number, and a result older than the
  one on screen is dropped, so a slow search never paints over a newer one;
- asking again for the search on screen, or on its way, runs nothing;
- a search may first show a page of its results (the rows the list can show) and
  then all of them; until then it is still busy, and `n`/`N` do not step past
  the page (the rows shown are the top of the full result, so nothing moves);
- a malformed query keeps the previous results on screen;
- `n`/`N` walk the hits of the open article and carry on into the next
  (previous) result, round from the last result to the first, so a whole result
  set reads as one sequence.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.index.model import SearchResult, SortOrder

DEBOUNCE_SECONDS = 0.05  # keys closer than this, or while a search runs, wait for a pause
SORTS = (SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.OLDEST, SortOrder.SOURCE)
LIST_SORTS = SORTS[1:]  # without a query there is no relevance
STILL_LISTING = "Still listing the results: try again in a moment."

Span = tuple[int, int]


def plural(count: int, word: str) -> str:
    ending = "es" if word.endswith(("ch", "sh", "s", "x")) else "s"
    return f"{count:,} {word}{'' if count == 1 else ending}"


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


@dataclass(frozen=True, slots=True)
class BarLine:
    """What the line under the search bar says about a result."""

    text: str
    kind: str = "info"  # info, warning, error, or suggestion (then `suggestion` is set)
    suggestion: str | None = None


def describe_result(query: str, result: SearchResult, indexing: Indexing | None) -> BarLine:
    """The bar's line for `result` of `query`; `indexing`: the update that was under
    way when it ran (the result is then partial, whatever it holds)."""
    summary = result_summary(result) if result.total else "Nothing matches"
    if indexing is not None:
        # Never final while articles are still being indexed: the search runs again
        # after each commit and once indexing is done.
        if result.total:
            return BarLine(f"{summary} · {indexing.describe()}")
        return BarLine(f"Nothing matches yet · {indexing.describe()}", "warning")
    if result.suggestion and result.suggestion.strip() != query:
        return BarLine(f"{summary} · ", "suggestion", result.suggestion)
    if result.partial:
        return BarLine(
            f"{summary} so far: the search stopped at its time limit; "
            "a narrower query finds them all",
            "warning",
        )
    if not result.hits:
        return BarLine("Nothing matches.", "warning")
    return BarLine(summary)


@dataclass(frozen=True, slots=True)
class Request:
    """A search to run: the screen runs it and hands back `seq` with what it found."""

    seq: int
    query: str  # "" asks for no search: the results are dropped at once
    sort: SortOrder


# What a step through the hits (n, N, Enter) comes to; the screen carries it out.


@dataclass(frozen=True, slots=True)
class GoToHit:
    """Move to hit `index` of the open article (now the current hit)."""

    index: int


@dataclass(frozen=True, slots=True)
class OpenResult:
    """Open the result at `position`, on its last hit when `last`, else its first."""

    position: int
    article_id: str
    last: bool = False
    wrapped: bool = False  # stepped past either end of the results, round to the other


@dataclass(frozen=True, slots=True)
class FindHits:
    """The open article is the result to land on, but its hits are not known yet:
    find them and land on the first."""

    article_id: str


@dataclass(frozen=True, slots=True)
class CannotStep:
    """Nothing to step through; `reason` says why."""

    reason: str


Step = GoToHit | OpenResult | FindHits | CannotStep


class SearchSession:
    """The search on screen and the one asked for, and the open article's hits."""

    def __init__(self) -> None:
        self.sort = SortOrder.RELEVANCE
        self.query = ""  # the query whose results are on screen; "" = none
        self.result: SearchResult | None = None
        self._positions: dict[str, int] = {}  # each result's position, by article id
        self._requested = 0  # sequence number of the latest search asked for
        self._shown = 0  # sequence number of the search on screen
        self._asked: tuple[str, SortOrder] | None = None  # on screen or on its way
        self._open_first: str | None = None  # the query Enter came for before its results
        self.complete = True  # False while only a first page of the results is shown
        self._last_change = float("-inf")  # when the query was last edited
        # The hits of one article for `query` (sorted offsets), and the one on show.
        self.hits_for: str | None = None
        self.hits: list[Span] = []
        self.current_hit: int | None = None

    @property
    def active(self) -> bool:
        """A query's results are on screen."""
        return bool(self.query)

    @property
    def busy(self) -> bool:
        """A search asked for has not come back yet, or only its first page has."""
        return self._shown != self._requested or not self.complete

    @property
    def shown_seq(self) -> int:
        """The sequence number of the search on screen (for work done for it later)."""
        return self._shown

    # -- asking ------------------------------------------------------------------------

    def typed(self, now: float) -> bool:
        """The query was edited at `now` (monotonic seconds): True to search at once;
        False to wait for a pause, as within a burst of keys or while a search is on
        its way (the debounce)."""
        burst = now - self._last_change < DEBOUNCE_SECONDS
        self._last_change = now
        return not burst and not self.busy

    def ask(self, query: str, *, force: bool = False) -> Request | None:
        """The search to run for `query` in the current order; None when it is the
        one on screen or on its way (unless `force`: the index changed). An empty
        query drops the results at once and runs nothing (`Request.query == ""`)."""
        query = query.strip()
        asked = (query, self.sort)
        if asked == self._asked and not force:
            return None
        self._asked = asked
        self._requested += 1
        if not query:
            self._shown = self._requested
            self._drop()
        return Request(self._requested, query, self.sort)

    def next_sort(self) -> SortOrder:
        """`o` with a query: the next order of the results."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        return self.sort

    def submit(self, query: str) -> bool:
        """Enter on `query`: True when its results, or their first page, are on screen
        (enter them now); else False, and the first result opens when they come
        (`take_open_first`)."""
        # A first page is enough: its rows are the top of the full result, so the
        # results can be entered at once (and the keys after Enter reach the list).
        if (query.strip(), self.sort) == self._asked and self._shown == self._requested:
            return True
        self._open_first = query.strip()
        return False

    def take_open_first(self) -> bool:
        """Whether Enter is waiting for the results just shown (asked once). Results of
        an earlier query that land meanwhile do not take it: the first key of "shares"
        searched "s" at once, and Enter typed right after is for "shares"."""
        if self._open_first is None or self._open_first != self.query:
            return False
        self._open_first = None
        return True

    def end(self) -> None:
        """No search any more: anything still running is stale when it comes back."""
        self._requested += 1
        self._shown = self._requested
        self._asked = None
        self._open_first = None
        self._drop()

    def _drop(self) -> None:
        self.complete = True
        self.query = ""
        self.result = None
        self._positions = {}
        self.drop_hits()

    # -- what comes back ---------------------------------------------------------------

    def arrived(
        self, seq: int, query: str, result: SearchResult, positions: dict[str, int]
    ) -> bool:
        """Search `seq` found `result` (`positions`: each result's position by article
        id, made with it); False when a newer search is on screen already. After
        its first page (`page_arrived`) this completes it: the open article's hits,
        found for the same query, stay."""
        completing = seq == self._shown and not self.complete
        if seq <= self._shown and not completing:
            return False
        self._shown = seq
        self.query, self.result, self._positions = query, result, positions
        self.complete = True
        if not completing:
            self.drop_hits()
        return True

    def page_arrived(
        self, seq: int, query: str, page: SearchResult, positions: dict[str, int]
    ) -> bool:
        """The first page of search `seq`'s results (the top of them, in order), shown
        while the rest are listed; `arrived` with the same `seq` completes it. False
        when this or a newer search is on screen already."""
        if seq <= self._shown:
            return False
        self._shown = seq
        self.query, self.result, self._positions = query, page, positions
        self.complete = False
        self.drop_hits()
        return True

    def failed(self, seq: int) -> bool:
        """Search `seq` failed (a malformed query): the results on screen stay and the
        same query may be asked again. False when a newer search is on screen or on its
        way: the first key of "xiaomi" searched "x" at once, which fails (a word too
        common), and that must neither be told nor cancel an Enter for "xiaomi"."""
        if seq <= self._shown or seq != self._requested:
            return False
        self._shown = seq
        self._asked = None
        self._open_first = None
        return True

    def is_on_screen(self, seq: int) -> bool:
        """Whether work done for search `seq` (more passages) still belongs on screen."""
        return seq == self._shown and self.result is not None

    def position(self, article_id: str) -> int | None:
        """The article's place in the results on screen, or None."""
        return self._positions.get(article_id) if self.active else None

    # -- the open article's hits -------------------------------------------------------

    def found_hits(self, article_id: str, query: str, hits: list[Span], land: str | None) -> bool:
        """The hits of `query` in `article_id`; the current one is the first or the last
        (`land`), or none. False when the results on screen are another query's."""
        if query != self.query:
            return False
        self.hits_for = article_id
        self.hits = sorted(hits)
        self.current_hit = None
        if land is not None and self.hits:
            self.current_hit = 0 if land == "first" else len(self.hits) - 1
        return True

    def drop_hits(self) -> None:
        """The article's hits are no longer marked (another article, other results)."""
        self.hits_for = None
        self.hits = []
        self.current_hit = None

    def status(self, article_id: str | None) -> str:
        """'match 2 of 5 · result 1 of 3' for the open article ('' when it is no result)."""
        position = self.position(article_id) if article_id is not None else None
        if position is None:
            return ""
        # Of a first page the count is not known yet.
        of = f" of {len(self._positions)}" if self.complete else ""
        results = f"result {position + 1}{of}"
        if self.hits_for != article_id:
            return results
        if not self.hits:
            return f"no match in the text · {results}"
        if self.current_hit is None:
            return f"{plural(len(self.hits), 'match')} · {results}"
        return f"match {self.current_hit + 1} of {len(self.hits)} · {results}"

    # -- stepping ----------------------------------------------------------------------

    def step(self, article_id: str | None, step: int) -> Step:
        """`n` (step 1) or `N` (-1) with `article_id` open: the next hit in it, else the
        first hit of the next result (the last hit of the previous one)."""
        if not self.active or self.result is None:
            return CannotStep("No search yet: press / to search.")
        hits = self.result.hits
        if not hits:
            return CannotStep("Nothing matches this search.")
        backwards = step < 0
        position = self.position(article_id) if article_id is not None else None
        if position is None:
            if backwards and not self.complete:
                return CannotStep(STILL_LISTING)
            target = len(hits) - 1 if backwards else 0
            return OpenResult(target, hits[target].summary.id, last=backwards)
        if self.hits_for == article_id and self.hits:
            at = self.current_hit
            first = len(self.hits) - 1 if backwards else 0
            index = first if at is None else at + step
            if 0 <= index < len(self.hits):
                self.current_hit = index
                return GoToHit(index)
        target = position + step
        wrapped = not 0 <= target < len(hits)
        if wrapped and not self.complete:
            return CannotStep(STILL_LISTING)  # the last result is not known yet
        target %= len(hits)
        return OpenResult(target, hits[target].summary.id, last=backwards, wrapped=wrapped)

    def enter(self, article_id: str | None) -> Step | None:
        """Enter into the results: the best result, on its first hit (None: stay)."""
        if self.result is None or not self.result.hits:
            return None
        first = self.result.hits[0].summary.id
        if article_id != first:
            return OpenResult(0, first)
        if self.hits_for != article_id:
            return FindHits(first)
        if self.hits:
            self.current_hit = 0
            return GoToHit(0)
        return None
