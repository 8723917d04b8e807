"""The app while its first index is being built: rows as they are extracted, search
over what is committed, said to be partial, and run again as batches land."""

from __future__ import annotations

import time

import pytest

from reader.index import ownership
from reader.index.library import Library
from reader.tui.app import ReaderApp
from reader.tui.screens import main as main_screen
from reader.tui.widgets.header import IndexProgress

from .conftest import SEEDS, settle
from .indexing import hold_indexing, until

# The subject is the first build of the index: each test starts without one.
pytestmark = pytest.mark.fresh_index

SIZE = (120, 40)


def bar_message(app: ReaderApp) -> str:
    return str(app.main.search_bar.query_one("#search-message").content)


async def test_a_search_during_the_first_build_is_partial_then_complete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = hold_indexing(monkeypatch, at=3)  # files 0-2 committed, 3 and 4 not yet read
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main
        await until(pilot, lambda: gate.reached.is_set() and main.indexing is not None
                    and main.indexing.committed == 3 and main.article is not None)
        assert len(main.article_list.rows) == 3  # listed before the build ends
        progress = main.query_one(IndexProgress)
        assert progress.display
        assert "3 of 5 files · 3 searchable" in str(progress.query_one("#index-label").content)
        await pilot.press("slash", *"xiaomi")
        await until(pilot, lambda: main.search_query == "xiaomi")
        partial = main.search_result
        assert "partial: 3 of 5 files indexed so far" in bar_message(app)
        assert 0 < partial.total < 5
        gate.release()
        await settle(pilot)
        assert main.indexing is None and not progress.display
        assert len(main.summaries) == 5
        # Run again once indexing is done, over every article, and no longer partial.
        assert main.search_result is not partial
        assert main.search_result.total > partial.total
        assert "partial" not in bar_message(app)


async def test_nothing_matches_is_not_final_while_indexing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = hold_indexing(monkeypatch, at=2)  # two files committed
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main
        await until(pilot, lambda: gate.reached.is_set() and main.indexing is not None
                    and main.indexing.committed == 2)
        await pilot.press("slash", *"android")  # only in files not read yet
        await until(pilot, lambda: main.search_query == "android")
        assert main.search_result.total == 0
        assert bar_message(app) == "Nothing matches yet · partial: 2 of 5 files indexed so far"
        gate.release()
        await until(pilot, lambda: main.indexing is None
                    and main.search_result is not None and main.search_result.total > 0)
        await settle(pilot)
        assert "partial" not in bar_message(app)


async def test_articles_are_listed_and_open_before_anything_is_committed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = hold_indexing(monkeypatch, at=2, batches=False)  # two files read, none committed
    # Every file listed as soon as it is read (a real build lists every 1.5 s).
    monkeypatch.setattr(main_screen, "PROGRESS_SECONDS", 0)
    monkeypatch.setattr(main_screen, "SUMMARY_REFRESH_SECONDS", 0)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main
        await until(pilot, lambda: gate.reached.is_set() and len(main.article_list.rows) == 2
                    and main.article is not None)
        assert main.library is not None and main.library.summaries() == []
        assert "  2 articles" in main.header.render_state().plain
        rows = main.article_list.rows
        first = main.article.summary.id
        other = next(row.id for row in rows if row.id != first)
        await pilot.press("J" if rows[0].id == first else "K")  # from what the update holds
        await until(pilot, lambda: main.article.summary.id == other)
        assert main.view.article is not None and main.view.article.summary.id == other
        await pilot.press("slash", *"xiaomi")
        await until(pilot, lambda: main.search_query == "xiaomi")
        assert bar_message(app) == "Nothing matches yet · partial: 0 of 5 files indexed so far"
        gate.release()
        await settle(pilot)
        assert main.search_result is not None and main.search_result.total >= 2


async def test_closing_mid_build_stops_at_the_next_file_and_keeps_the_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = hold_indexing(monkeypatch, at=3)  # files 0-2 committed
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main
        await until(pilot, lambda: gate.reached.is_set() and main.indexing is not None
                    and main.indexing.committed == 3)
        library = main.library
        assert library is not None
    # Closing cancelled the update's worker: it stops before adding the fourth file.
    deadline = time.monotonic() + 20
    while ownership.holder(library.index_dir).indexing:
        assert time.monotonic() < deadline, "the update never stopped"
        time.sleep(0.02)
    assert gate.loaded == 4
    library.close()
    with Library.open(SEEDS) as fresh:
        assert len(fresh.summaries()) == 3
        report = fresh.update()
        assert (report.added, report.unchanged, report.articles) == (2, 3, 5)
