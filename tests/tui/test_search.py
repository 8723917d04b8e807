"""Keyboard search in the app, driven by key presses on the seeds corpus."""

from __future__ import annotations

import threading

import pytest
from textual.pilot import Pilot

from reader.extract.model import EntityType
from reader.index.library import Library, QueryError, entity_query
from reader.index.model import Passage, SortOrder
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_list import passage_window
from reader.tui.widgets.side_panel import EntityList

from .conftest import SEEDS, settle

SIZE = (120, 40)


async def type_query(pilot: Pilot, query: str) -> None:
    """Open the bar (or focus it), replace its text, and wait for the results."""
    await pilot.press("slash", "ctrl+u", *query)
    await pilot.pause(0.3)  # past the debounce
    await settle(pilot)


def header_text(app: ReaderApp) -> str:
    return app.main.header.render_state().plain


def status(app: ReaderApp) -> str:
    return str(app.main.search_bar.query_one("#search-status").content)


def current_id(app: ReaderApp) -> str:
    return app.main.view.article.summary.id


async def test_typing_narrows_the_list_to_ranked_results_with_passages() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.main.article_list
        total = len(article_list.rows)
        await type_query(pilot, "phone")
        expected = app.main.library.search("phone")
        assert 0 < expected.total < total
        assert [r.id for r in article_list.rows] == [h.summary.id for h in expected.hits]
        assert article_list.hits is not None
        assert f"{expected.total} of {total} articles" in header_text(app)
        assert "/phone" in header_text(app)
        assert f"{expected.total} articles" in app.main.search_bar.message
        # The passage line of a row with a marked term shows that term.
        row = next(i for i, h in enumerate(article_list.hits) if h.passage and h.passage.marks)
        top, height = article_list.row_lines(row)
        line = article_list.render_line(top + height - 1 - int(article_list.scroll_y)).text
        assert "phone" in line.lower()


async def test_enter_opens_the_first_result_on_its_first_match() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "xiaomi")
        await pilot.press("enter")
        await settle(pilot)
        main = app.main
        assert app.focused is main.article_list
        first = main.search_result.hits[0].summary.id
        assert current_id(app) == first
        matches = main.library.match_offsets(first, "xiaomi")
        view = main.view
        assert view.match_count == len(matches) > 1
        assert view.current_match == 0
        line = view.line_of_offset(matches[0][0])
        assert int(view.scroll_y) <= line < int(view.scroll_y) + view.size.height
        assert status(app).startswith(f"match 1 of {len(matches)} · result 1 of")


async def test_n_and_shift_n_walk_every_match_across_articles() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "phone")
        await pilot.press("enter")
        await settle(pilot)
        main = app.main
        library = main.library
        ids = [h.summary.id for h in main.search_result.hits]
        expected = [(i, m) for i in ids for m in range(len(library.match_offsets(i, "phone")))]
        assert len(ids) >= 2 and len(expected) > len(ids)
        seen = [(current_id(app), main.view.current_match)]
        for _ in range(len(expected) - 1):
            await pilot.press("n")
            await settle(pilot)
            seen.append((current_id(app), main.view.current_match))
        assert seen == expected
        assert main.article_list.current.id == ids[-1]
        # Back across the article boundary lands on the previous article's last match.
        steps_back = expected.index((ids[-1], 0)) + 1
        await pilot.press("2")  # from the article text too
        for _ in range(len(expected) - steps_back + 1):
            await pilot.press("N")
            await settle(pilot)
        assert (current_id(app), main.view.current_match) == expected[steps_back - 2]
        # Past the last match of the last result, n wraps to the first.
        for _ in range(len(expected) - steps_back + 2):
            await pilot.press("n")
            await settle(pilot)
        assert (current_id(app), main.view.current_match) == expected[0]


async def test_a_malformed_query_is_told_under_the_bar_and_keeps_the_results() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "xiaomi")
        rows = list(app.main.article_list.rows)
        with pytest.raises(QueryError) as raised:
            app.main.library.search("xiaomi AND")
        # In one edit (a paste): typed key by key on a busy machine, the short debounce
        # would search "xiaomi AN" on the way, a valid query with its own results.
        app.main.search_bar.input.insert_text_at_cursor(" AND")
        await pilot.pause(0.3)
        await settle(pilot)
        bar = app.main.search_bar
        assert bar.message == raised.value.message
        assert bar.query_one("#search-message").has_class("error")
        assert app.main.article_list.rows == rows
        assert app.main.search_query == "xiaomi"
        assert not app._notifications  # told in place, not as a toast


async def test_did_you_mean_is_accepted_with_tab() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        suggestion = app.main.library.suggest("innovaton")
        assert suggestion and suggestion != "innovaton"
        await type_query(pilot, "innovaton")
        bar = app.main.search_bar
        assert not app.main.article_list.rows
        assert f"Did you mean: {suggestion}" in bar.message
        await pilot.press("tab")
        await pilot.pause(0.3)
        await settle(pilot)
        assert bar.value == suggestion
        assert app.main.search_query == suggestion
        assert app.main.article_list.rows
        await pilot.press("tab")  # no suggestion now: tab moves on to the results
        assert app.focused is app.main.article_list


async def test_did_you_mean_only_when_nothing_matches() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.main.search_bar
        # One article matches: a misspelt word in the query is not corrected.
        query = 'person:"Ren Zhengfei" OR smartphnoe'
        assert app.main.library.suggest(query)  # there would be one to offer
        await type_query(pilot, query)
        assert len(app.main.article_list.rows) == 1
        assert "Did you mean" not in bar.message and bar.suggestion is None
        assert bar.message.startswith("1 article")
        # Nothing matches: offered.
        await type_query(pilot, "smartphnoe")
        assert not app.main.article_list.rows
        assert "Did you mean: smartphone" in bar.message


async def test_ctrl_s_asks_for_a_spelling_when_the_query_matches() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.main.search_bar
        query = 'person:"Ren Zhengfei" OR smartphnoe'
        await type_query(pilot, query)
        assert len(app.main.article_list.rows) == 1 and bar.suggestion is None
        await pilot.press("ctrl+s")
        await settle(pilot)
        # The count stays in view, the spelling after it; tab takes it and searches.
        assert bar.message.startswith("1 article")
        assert "Did you mean: " in bar.message and "smartphone" in bar.message
        await pilot.press("tab")
        await pilot.pause(0.3)
        await settle(pilot)
        assert bar.value == 'person:"Ren Zhengfei" OR smartphone'
        assert app.main.search_query == bar.value
        assert len(app.main.article_list.rows) > 1


async def test_ctrl_s_says_so_when_every_word_is_in_the_corpus() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.main.search_bar
        await type_query(pilot, "xiaomi")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert bar.suggestion is None
        assert bar.message.startswith("5 articles")
        assert "No other spelling" in bar.message
        await pilot.press("tab")  # nothing to accept: tab moves on to the results
        assert app.focused is app.main.article_list


async def test_ctrl_s_on_an_empty_bar_asks_for_a_query() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", "ctrl+s")
        await settle(pilot)
        assert "Type a query first" in app.main.search_bar.message


async def test_history_recalls_earlier_queries_after_a_restart() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "xiaomi")
        await pilot.press("enter")
        await settle(pilot)
        await type_query(pilot, "phone")  # typed only: not kept
        await type_query(pilot, "innovation")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("q")
    again = ReaderApp(SEEDS)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lei")
        bar = again.main.search_bar
        await pilot.press("up")
        assert bar.value == "innovation"
        await pilot.press("up")
        assert bar.value == "xiaomi"
        await pilot.press("up")  # nothing older
        assert bar.value == "xiaomi"
        await pilot.press("down", "down")
        assert bar.value == "lei"  # back to what was typed
        await pilot.pause(0.3)
        await settle(pilot)
        assert again.main.search_query == "lei"


async def test_a_slow_older_search_never_replaces_a_newer_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = Library.search
    release = threading.Event()

    def search(self, query, **kwargs):  # type: ignore[no-untyped-def]
        if query == "phone":
            release.wait(5)  # the first query is slow...
        return original(self, query, **kwargs)

    monkeypatch.setattr(Library, "search", search)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"phone")
        await pilot.pause(0.3)  # its search is running now
        await pilot.press("ctrl+u", *"xiaomi")
        await pilot.pause(0.3)
        for _ in range(20):  # ...the second is shown first
            await pilot.pause(0.05)
            if app.main.search_query == "xiaomi":
                break
        release.set()
        await settle(pilot)
        expected = [h.summary.id for h in original(app.main.library, "xiaomi").hits]
        assert app.main.search_query == "xiaomi"
        assert [r.id for r in app.main.article_list.rows] == expected


async def test_sort_cycles_and_reruns_the_search() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "xiaomi")
        bar = app.main.search_bar
        assert "relevance" in str(bar.query_one("#search-sort").content)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.main.search_sort is SortOrder.NEWEST
        assert "newest" in str(bar.query_one("#search-sort").content)
        newest = app.main.library.search("xiaomi", sort=SortOrder.NEWEST)
        assert [r.id for r in app.main.article_list.rows] == [h.summary.id for h in newest.hits]
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("o")  # from the list, a letter does it
        await settle(pilot)
        assert app.main.search_sort is SortOrder.OLDEST
        oldest = app.main.library.search("xiaomi", sort=SortOrder.OLDEST)
        assert [r.id for r in app.main.article_list.rows] == [h.summary.id for h in oldest.hits]


async def test_s_in_the_entities_tab_searches_for_that_entity() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        entities = app.main.query_one(EntityList)
        kind, _, name = entities.highlighted_option.id.partition(":")
        await pilot.press("s")
        await settle(pilot)
        query = entity_query(EntityType(kind), name)
        assert app.main.search_bar.value == query
        assert app.main.search_query == query
        rows = app.main.article_list.rows
        assert rows
        for row in rows:
            stored = app.main.library.article(row.id)
            assert any(e.canonical == name for e in stored.entities)


async def test_s_in_the_article_searches_the_passage_entities_in_turn() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.main.view
        await pilot.press("2")
        article = view.article
        # The first passage naming two different entities (dates aside).
        for _ in range(len(article.paragraphs)):
            para = article.paragraphs[view.paragraph]
            names = []
            for e in article.entities:
                inside = para.start <= e.start < para.start + len(para.text)
                if inside and e.type != EntityType.DATE and (e.type, e.canonical) not in names:
                    names.append((e.type, e.canonical))
            if len(names) >= 2:
                break
            await pilot.press("j")
        assert len(names) >= 2, "some seed passage names two entities"
        await pilot.press("s")
        await settle(pilot)
        assert app.main.search_query == entity_query(*names[0])
        await pilot.press("2", "s")
        await settle(pilot)
        assert app.main.search_query == entity_query(*names[1])


async def test_escape_clears_the_query_and_restores_the_corpus() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        total = len(app.main.article_list.rows)
        await type_query(pilot, "phone")
        assert len(app.main.article_list.rows) < total
        await pilot.press("escape")
        await settle(pilot)
        bar = app.main.search_bar
        assert not bar.display and bar.value == ""
        assert len(app.main.article_list.rows) == total
        assert app.main.article_list.hits is None
        assert "filter" not in header_text(app)
        assert app.main.view.match_count == 0
        # From the list, too, once results were entered.
        await type_query(pilot, "phone")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.main.article_list.rows) == total and not bar.display


async def test_n_without_a_search_says_how_to_search() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = current_id(app)
        await pilot.press("n")
        assert current_id(app) == before
        assert any("press /" in n.message for n in app._notifications)


async def test_search_keys_are_in_help_and_palette() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = app.binding_ids()
        for binding_id in ("reader.search.open", "reader.search.next_match",
                           "reader.search.prev_match", "reader.search.sort",
                           "reader.search.entity", "reader.search.history_older",
                           "reader.search.accept", "reader.search.close"):
            assert binding_id in ids
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Search", "Next match", "Previous match", "Sort the list or results",
                "Search bar: Earlier query"} <= titles


async def test_a_remapped_search_key() -> None:
    from reader import paths

    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text('[keys]\n"reader.search.open" = "ctrl+f"\n')
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        assert app.main.search_bar.display
        assert app.focused is app.main.search_bar.input


def test_passage_window_keeps_the_first_match_in_view() -> None:
    text = "word " * 40 + "needle and more words after it"
    start = text.index("needle")
    piece, marks = passage_window(Passage(text, ((start, start + 6),)), 30)
    assert piece.startswith("…") and len(piece) <= 30
    assert [piece[a:b] for a, b in marks] == ["needle"]
    short, marks = passage_window(Passage("needle first", ((0, 6),)), 30)
    assert short == "needle first" and marks == [(0, 6)]


async def test_keys_typed_in_one_burst_after_slash_reach_the_bar() -> None:
    from textual import events

    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # As a terminal delivers a fast typist's keys: all queued before any is handled.
        app.post_message(events.Key("slash", "/"))
        for char in "xiaomi 24/7":
            key = {"/": "slash", " ": "space"}.get(char, char)
            app.post_message(events.Key(key, char))
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.main.search_bar.value == "xiaomi 24/7"  # a second / is text
        assert app.main.search_sort is SortOrder.RELEVANCE  # the "o" was not a command


async def test_passages_come_for_the_rows_scrolled_to_however_deep(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "harbours"
    corpus.mkdir()
    for n in range(120):
        (corpus / f"h{n:03d}.txt").write_text(
            f"Harbour report number {n}\n\nShips waited outside the harbour for {n} days.\n\n"
            "Dock workers said the queue was the longest this year.",
            encoding="utf-8",
        )
    app = ReaderApp(corpus)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await type_query(pilot, "harbour")
        await pilot.press("enter")
        await settle(pilot)
        article_list = app.main.article_list
        hits = article_list.hits
        assert hits is not None and len(hits) == 120
        # Only the leading results came with their passage.
        assert hits[0].passage is not None and hits[-1].passage is None
        await pilot.press("G")
        await settle(pilot)
        hits = article_list.hits
        last = hits[-1].passage if hits is not None else None
        assert last is not None
        assert any("harbour" in last.text[s:e].lower() for s, e in last.marks)
        # The rows in between were never drawn, so never fetched.
        assert hits is not None and hits[60].passage is None
        line = article_list.render_line(article_list.size.height - 1).text
        assert "harbour" in line.lower()
