"""How the panes share the screen: the list's width (`<`, `>`, remembered) and a
narrow terminal, where the article shares it with the list or the side panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.tui.app import ReaderApp
from reader.tui.panes import DEFAULT_PERCENT, MAX_PERCENT, STEP_PERCENT
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.side_panel import EntityList, SidePanel

from .conftest import copy_collection, settle

WIDE = (160, 40)
NARROW = (80, 24)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return copy_collection(tmp_path)


def list_columns(app: ReaderApp) -> int:
    return app.main.query_one(ArticleList).outer_size.width


async def test_angle_brackets_resize_the_list_and_the_width_is_remembered(
    collection: Path,
) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        before = list_columns(app)
        assert before == pytest.approx(WIDE[0] * DEFAULT_PERCENT / 100, abs=1)
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert list_columns(app) == pytest.approx(
            WIDE[0] * (DEFAULT_PERCENT + 2 * STEP_PERCENT) / 100, abs=1)
        # The article text reflows into what is left.
        assert app.main.view.outer_size.width < WIDE[0] - list_columns(app)
    again = ReaderApp(collection)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # The share, not the columns: it follows the terminal's size.
        assert list_columns(again) == pytest.approx(
            120 * (DEFAULT_PERCENT + 2 * STEP_PERCENT) / 100, abs=1)
        await pilot.press(*["greater_than_sign"] * 20)
        await pilot.pause()
        assert list_columns(again) == pytest.approx(120 * MAX_PERCENT / 100, abs=1)
        assert any("as wide as it goes" in str(n.message) for n in again._notifications)
        await pilot.press(*["less_than_sign"] * 3)
        await pilot.pause()
        assert list_columns(again) == pytest.approx(
            120 * (MAX_PERCENT - 3 * STEP_PERCENT) / 100, abs=1)


async def test_a_narrow_terminal_shows_the_article_with_the_list_or_the_side_panel(
    collection: Path,
) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        main = app.main
        side = main.query_one(SidePanel)
        assert main.article_list.display and not side.display
        assert main.view.outer_size.width >= 48  # the article stays readable
        await pilot.press("4")
        await pilot.pause()
        assert side.display and not main.article_list.display
        assert app.focused is main.query_one(EntityList)
        await pilot.press("1")
        await pilot.pause()
        assert main.article_list.display and not side.display
        assert app.focused is main.article_list
        # Wider again: all three panes.
        await pilot.press("4")
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert side.display and main.article_list.display


async def narrow_side(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("4")
    await settle(pilot)


def test_narrow_list_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = ReaderApp(copy_collection(tmp_path))
    assert snap_compare(app, terminal_size=NARROW, run_before=settle)


def test_narrow_side_panel_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = ReaderApp(copy_collection(tmp_path))
    assert snap_compare(app, terminal_size=NARROW, run_before=narrow_side)
