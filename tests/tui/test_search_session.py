"""Search sequencing and stepping through hits: plain unit tests, no app."""

from __future__ import annotations

from reader.index.model import ArticleSummary, Hit, SearchResult, SortOrder
from reader.tui.search_session import (
    DEBOUNCE_SECONDS,
    BarLine,
    CannotStep,
    FindHits,
    GoToHit,
    Indexing,
    OpenResult,
    Request,
    SearchSession,
    describe_result,
    result_summary,
)


def result(*ids: str, query: str = "q", total: int | None = None, **fields) -> SearchResult:  # type: ignore[no-untyped-def]
    hits = tuple(Hit(ArticleSummary(i, f"Title {i}", None, None, i), 1.0, hit_count=2) for i in ids)
    return SearchResult(query, hits, len(hits) if total is None else total, **fields)


def positions(found: SearchResult) -> dict[str, int]:
    return {hit.summary.id: i for i, hit in enumerate(found.hits)}


def showing(query: str, *ids: str) -> SearchSession:
    """A session with the results of `query` (articles `ids`) on screen."""
    session = SearchSession()
    request = session.ask(query)
    assert request is not None
    found = result(*ids, query=query)
    assert session.arrived(request.seq, query, found, positions(found))
    return session


# -- sequencing -----------------------------------------------------------------------------


def test_a_slow_older_search_never_replaces_a_newer_one() -> None:
    session = SearchSession()
    first = session.ask("phone")
    second = session.ask("xiaomi")
    assert first == Request(1, "phone", SortOrder.RELEVANCE)
    assert second == Request(2, "xiaomi", SortOrder.RELEVANCE)
    newer = result("a", query="xiaomi")
    assert session.arrived(second.seq, "xiaomi", newer, positions(newer))
    older = result("b", "c", query="phone")
    assert not session.arrived(first.seq, "phone", older, positions(older))
    assert session.query == "xiaomi" and session.result is newer
    assert not session.failed(first.seq)  # a stale failure is no news either
    assert session.query == "xiaomi"


def test_the_search_on_screen_or_on_its_way_is_not_asked_for_twice() -> None:
    session = SearchSession()
    request = session.ask("phone ")
    assert request is not None and request.query == "phone"  # stripped
    assert session.ask("phone") is None  # on its way
    assert session.busy
    found = result("a")
    session.arrived(request.seq, "phone", found, positions(found))
    assert not session.busy
    assert session.ask(" phone") is None  # on screen
    again = session.ask("phone", force=True)  # the index changed
    assert again is not None and again.seq == request.seq + 1


def test_another_order_is_another_search() -> None:
    session = showing("phone", "a", "b")
    assert session.next_sort() is SortOrder.NEWEST
    request = session.ask("phone")
    assert request == Request(2, "phone", SortOrder.NEWEST)
    for expected in (SortOrder.OLDEST, SortOrder.SOURCE, SortOrder.RELEVANCE):
        assert session.next_sort() is expected


def test_an_empty_query_drops_the_results_at_once() -> None:
    session = showing("phone", "a")
    request = session.ask("  ")
    assert request is not None and request.query == ""
    assert not session.active and session.result is None and not session.busy
    assert session.position("a") is None
    assert session.ask("") is None  # nothing new to drop


def test_a_failed_search_keeps_the_results_and_may_be_asked_again() -> None:
    session = showing("xiaomi", "a", "b")
    broken = session.ask("xiaomi AND")
    assert broken is not None
    assert session.failed(broken.seq)
    assert session.query == "xiaomi" and session.position("b") == 1
    assert not session.busy
    assert session.ask("xiaomi AND") is not None  # not "already asked"


def test_ending_makes_whatever_is_still_running_stale() -> None:
    session = SearchSession()
    request = session.ask("phone")
    assert request is not None
    session.end()
    assert not session.busy and not session.active
    found = result("a")
    assert not session.arrived(request.seq, "phone", found, positions(found))
    assert session.ask("phone") is not None  # asked afresh after the end


def test_passages_belong_only_to_the_search_they_were_found_for() -> None:
    session = showing("phone", "a")
    on_screen = session.shown_seq
    assert session.is_on_screen(on_screen)
    session.ask("phones")
    assert session.is_on_screen(on_screen)  # still what the list shows
    session.ask("")
    assert not session.is_on_screen(on_screen)


def test_a_first_page_then_all_the_results_of_the_same_search() -> None:
    session = SearchSession()
    request = session.ask("market")
    assert request is not None
    page = result("a", "b", query="market", total=40)
    assert session.page_arrived(request.seq, "market", page, positions(page))
    assert session.query == "market" and session.position("b") == 1
    assert session.busy  # the rest is on its way: keys debounce
    assert session.submit("market")  # but Enter enters the page at once
    assert not session.take_open_first()
    session.found_hits("a", "market", [(3, 9)], "first")
    assert session.status("a") == "match 1 of 1 · result 1"  # the count is not known yet
    full = result("a", "b", "c", query="market")
    assert session.arrived(request.seq, "market", full, positions(full))
    assert not session.busy and session.result is full
    assert session.hits == [(3, 9)]  # the same query's hits stay
    assert session.status("a") == "match 1 of 1 · result 1 of 3"
    assert not session.arrived(request.seq, "market", full, positions(full))  # once


def test_a_first_page_never_replaces_a_newer_search() -> None:
    session = SearchSession()
    first, second = session.ask("mark"), session.ask("market")
    assert first is not None and second is not None
    found = result("c", query="market")
    assert session.arrived(second.seq, "market", found, positions(found))
    page = result("a", query="mark", total=9)
    assert not session.page_arrived(first.seq, "mark", page, positions(page))
    assert not session.page_arrived(second.seq, "market", found, positions(found))
    assert session.query == "market" and not session.busy


def test_on_a_first_page_n_does_not_step_past_it() -> None:
    session = SearchSession()
    request = session.ask("market")
    assert request is not None
    page = result("a", "b", query="market", total=40)
    session.page_arrived(request.seq, "market", page, positions(page))
    assert session.step(None, 1) == OpenResult(0, "a")
    assert session.step("a", 1) == OpenResult(1, "b")
    # The last result, or the one after the page, is not known yet.
    assert isinstance(session.step(None, -1), CannotStep)
    assert isinstance(session.step("b", 1), CannotStep)
    assert isinstance(session.step("a", -1), CannotStep)


def test_keys_in_a_burst_or_while_a_search_runs_wait_for_a_pause() -> None:
    session = SearchSession()
    assert session.typed(100.0)  # the first key searches at once
    session.ask("p")
    assert not session.typed(100.0 + DEBOUNCE_SECONDS / 2)  # a burst
    assert not session.typed(101.0)  # a pause, but "p" has not come back
    found = result("a")
    session.arrived(1, "p", found, positions(found))
    assert session.typed(102.0)
    assert not session.typed(102.01)


def test_enter_before_the_results_opens_the_first_when_they_come() -> None:
    session = SearchSession()
    request = session.ask("phone")
    assert request is not None
    assert not session.submit("phone")  # not there yet
    found = result("a", "b")
    session.arrived(request.seq, "phone", found, positions(found))
    assert session.take_open_first()
    assert not session.take_open_first()  # once
    assert session.submit("phone ")  # on screen now: enter them at once
    assert not session.take_open_first()


def test_a_failure_forgets_an_enter_that_waited_for_it() -> None:
    session = SearchSession()
    request = session.ask("x AND")
    assert request is not None and not session.submit("x AND")
    session.failed(request.seq)
    assert not session.take_open_first()


# -- the open article's hits and n/N --------------------------------------------------------


def test_hits_of_another_query_are_dropped_and_landing_picks_first_or_last() -> None:
    session = showing("phone", "a", "b")
    assert not session.found_hits("a", "phones", [(1, 2)], "first")
    assert session.hits_for is None
    assert session.found_hits("a", "phone", [(30, 35), (5, 10), (50, 55)], "last")
    assert session.hits == [(5, 10), (30, 35), (50, 55)]  # in the text's order
    assert session.current_hit == 2
    assert session.found_hits("a", "phone", [(5, 10)], None)
    assert session.current_hit is None


def test_the_status_says_where_in_the_hits_and_the_results() -> None:
    session = showing("phone", "a", "b", "c")
    assert session.status(None) == ""
    assert session.status("elsewhere") == ""  # not a result
    assert session.status("b") == "result 2 of 3"  # hits not known yet
    session.found_hits("b", "phone", [], None)
    assert session.status("b") == "no match in the text · result 2 of 3"
    session.found_hits("b", "phone", [(1, 2), (5, 6)], None)
    assert session.status("b") == "2 matches · result 2 of 3"
    session.found_hits("b", "phone", [(1, 2), (5, 6)], "last")
    assert session.status("b") == "match 2 of 2 · result 2 of 3"
    session.end()
    assert session.status("b") == ""


def test_n_without_results_says_why() -> None:
    assert SearchSession().step("a", 1) == CannotStep("No search yet: press / to search.")
    session = SearchSession()
    request = session.ask("zzz")
    assert request is not None
    session.arrived(request.seq, "zzz", result(query="zzz"), {})
    assert session.step("a", 1) == CannotStep("Nothing matches this search.")


def test_from_an_article_that_is_no_result_n_opens_the_first_and_shift_n_the_last() -> None:
    session = showing("phone", "a", "b", "c")
    assert session.step("elsewhere", 1) == OpenResult(0, "a", last=False)
    assert session.step(None, -1) == OpenResult(2, "c", last=True)


def test_n_and_shift_n_walk_every_hit_of_every_result_as_one_sequence() -> None:
    hits = {"a": [(0, 3), (10, 13)], "b": [(4, 7)], "c": [(1, 2), (8, 9), (20, 21)]}
    session = showing("phone", *hits)
    open_id: str | None = None
    wrapped: list[bool] = []

    def press(step: int) -> tuple[str | None, int | None]:
        nonlocal open_id
        move = session.step(open_id, step)
        if isinstance(move, OpenResult):
            wrapped.append(move.wrapped)
            # What the screen does: open it (no hits marked), find its hits, land.
            open_id = move.article_id
            session.drop_hits()
            session.found_hits(open_id, "phone", hits[open_id], "last" if move.last else "first")
        else:
            assert isinstance(move, GoToHit) and move.index == session.current_hit
        return open_id, session.current_hit

    every = [(i, n) for i in hits for n in range(len(hits[i]))]
    assert [press(1) for _ in every] == every
    assert wrapped == [False, False, False]
    assert press(1) == every[0] and wrapped[-1]  # past the last hit: round to the first
    assert press(-1) == every[-1] and wrapped[-1]  # and back round to the last
    assert [press(-1) for _ in every[:-1]] == every[-2::-1]
    assert wrapped[-1] is False


def test_hits_marked_without_a_current_one_are_entered_from_either_end() -> None:
    # New results while a result is open: its hits are marked, none is current.
    session = showing("phone", "a", "b")
    session.found_hits("a", "phone", [(0, 1), (5, 6), (9, 10)], None)
    assert session.step("a", -1) == GoToHit(2)
    session.found_hits("a", "phone", [(0, 1), (5, 6), (9, 10)], None)
    assert session.step("a", 1) == GoToHit(0)


def test_n_after_the_article_was_shown_again_goes_on_to_the_next_result() -> None:
    session = showing("phone", "a", "b")
    session.found_hits("a", "phone", [(0, 1), (5, 6)], "first")
    session.drop_hits()  # the same article drawn afresh: no hit marked
    assert session.step("a", 1) == OpenResult(1, "b", last=False)


def test_enter_lands_on_the_best_result_at_its_first_hit() -> None:
    session = showing("phone", "a", "b")
    assert session.enter("b") == OpenResult(0, "a")
    assert session.enter(None) == OpenResult(0, "a")
    assert session.enter("a") == FindHits("a")  # open, hits not known yet
    session.found_hits("a", "phone", [(0, 1), (5, 6)], None)
    session.step("a", 1)
    session.step("a", 1)
    assert session.enter("a") == GoToHit(0) and session.current_hit == 0
    session.found_hits("a", "phone", [], None)
    assert session.enter("a") is None
    nothing = SearchSession()
    assert nothing.enter("a") is None


# -- what the bar says ----------------------------------------------------------------------


def test_the_bar_says_what_a_result_holds() -> None:
    assert describe_result("q", result("a", "b"), None) == BarLine("2 articles · 4 hits")
    many = result("a", total=300)
    assert result_summary(many) == "300 articles · first 1 listed · 2 hits"
    assert describe_result("q", result(), None) == BarLine("Nothing matches.", "warning")


def test_the_bar_offers_a_suggestion_unless_it_is_the_query() -> None:
    offered = describe_result("innovaton", result(suggestion="innovation"), None)
    assert offered == BarLine("Nothing matches · ", "suggestion", "innovation")
    same = describe_result("innovation", result("a", suggestion="innovation "), None)
    assert same.suggestion is None


def test_the_bar_says_a_result_is_partial() -> None:
    cut = describe_result("q", result("a", partial=True), None)
    assert cut.kind == "warning" and "stopped at its time limit" in cut.text
    building = Indexing(1200, 2225, first=True)
    assert describe_result("q", result("a"), building) == BarLine(
        "1 article · 2 hits · partial: 1,200 of 2,225 files indexed so far"
    )
    update = Indexing(0, 0, first=False)
    assert describe_result("q", result(), update) == BarLine(
        "Nothing matches yet · partial: looking for the files to index", "warning"
    )
    assert (
        Indexing(3, 9, first=False)
        .describe()
        .endswith("3 of 9 new or changed files indexed so far")
    )


def test_enter_waits_for_its_own_query_not_an_earlier_one_landing_first() -> None:
    session = SearchSession()
    early = session.ask("s")  # the first key searched at once
    late = session.ask("shares")
    assert early is not None and late is not None
    assert not session.submit("shares")
    found = result("x", query="s")
    assert session.arrived(early.seq, "s", found, positions(found))  # shown meanwhile
    assert not session.take_open_first()  # but "s" is not what Enter was for
    shares = result("b", query="shares")
    assert session.arrived(late.seq, "shares", shares, positions(shares))
    assert session.take_open_first()


def test_an_earlier_querys_failure_neither_shows_nor_cancels_enter() -> None:
    session = SearchSession()
    early = session.ask("x")  # the first key searched at once: too common a word
    late = session.ask("xiaomi")
    assert early is not None and late is not None
    assert not session.submit("xiaomi")
    assert not session.failed(early.seq)  # a newer search is on its way
    found = result("a", query="xiaomi")
    assert session.arrived(late.seq, "xiaomi", found, positions(found))
    assert session.take_open_first()
