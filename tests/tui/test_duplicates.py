"""Copies in the app: one row per group with its count, `c` lists the copies under
it and folds them away, search lists a group once (the corpus: tests/data/collection,
where sport/final-copy.txt is final.txt byte for byte and tech/chips-syndicated.txt
is chips.txt re-cased with a few words added)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.tui.app import ReaderApp
from reader.tui.widgets.footer import ReaderFooter

from .conftest import copy_collection, settle
from .test_collection import notifications, row_text, search

SIZE = (120, 40)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return copy_collection(tmp_path)


def footer_keys(app: ReaderApp) -> set[str]:
    return {binding.action for _, binding, enabled, _ in app.screen.active_bindings.values()
            if enabled}


async def test_a_group_is_one_row_with_its_count_and_c_lists_its_copies(
    collection: Path,
) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        article_list = main.article_list
        ids = [row.id for row in article_list.rows]
        # The group's lead (of undated copies, the oldest file) stands for it.
        assert "sport/final.txt" in ids and "sport/final-copy.txt" not in ids
        assert "tech/chips.txt" in ids and "tech/chips-syndicated.txt" not in ids
        assert len(ids) == 7
        final = article_list.index_of("sport/final-copy.txt")
        assert final is None
        at = ids.index("sport/final.txt")
        assert row_text(article_list, at)[-1] == "sport · +1 copy"
        assert row_text(article_list, ids.index("sport/marathon.txt"))[-1] == "sport"

        article_list.move_to(at)
        await settle(pilot)
        assert main.article.summary.id == "sport/final.txt"
        assert "toggle_copies" in footer_keys(app)
        await pilot.press("c")
        await settle(pilot)
        assert [row.id for row in article_list.rows][at : at + 2] == [
            "sport/final.txt", "sport/final-copy.txt"
        ]
        title, *_, meta = row_text(article_list, at + 1)
        assert title.startswith("↳ Late Goal Wins The Cup")
        assert meta == "sport/final-copy.txt"  # its file (the source was its folder)
        assert any("1 copy of it listed under it" in n for n in notifications(app))
        assert "7 articles, 7 unread" in main.header.render_state().plain  # copies not counted
        await pilot.press("j")  # onto the copy: it opens
        await settle(pilot)
        assert main.article.summary.id == "sport/final-copy.txt"
        await pilot.press("c")  # fold: back on the group's row, which opens
        await settle(pilot)
        assert len(article_list.rows) == 7
        assert article_list.current.id == "sport/final.txt"
        assert main.article.summary.id == "sport/final.txt"


async def test_c_is_not_offered_on_an_article_without_copies(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        main.article_list.move_to(main.article_list.index_of("sport/marathon.txt"))
        await settle(pilot)
        assert "toggle_copies" not in footer_keys(app)
        await pilot.press("c")
        await settle(pilot)
        assert len(main.article_list.rows) == 7 and not main.article_list.copy_rows


async def test_the_footer_shows_c_only_with_copies_and_keeps_its_keys_otherwise(
    collection: Path,
) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        article_list = main.article_list
        footer = main.query_one(ReaderFooter)

        async def open_(article_id: str) -> None:
            article_list.move_to(article_list.index_of(article_id))
            await settle(pilot)
            assert main.article.summary.id == article_id

        await open_("sport/marathon.txt")
        keys, without = footer.keys, footer.shown()
        assert without and not any("Copies" in key for key in without)
        # The same keys on the next article without copies: kept, so not redrawn.
        await open_("tech/phones.md")
        assert footer.keys is keys
        await open_("sport/final.txt")
        assert any("Copies" in key for key in footer.shown())
        await open_("sport/marathon.txt")
        assert footer.shown() == without


async def test_opening_a_folded_copy_lists_its_group(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        main.open_article("tech/chips-syndicated.txt")
        await settle(pilot)
        article_list = main.article_list
        assert article_list.current.id == "tech/chips-syndicated.txt"
        lead = article_list.index_of("tech/chips.txt")
        assert article_list.cursor == lead + 1 and article_list.copy_rows == {lead + 1}


async def test_search_lists_a_group_once_and_steps_through_it_once(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        await search(pilot, "record profits")
        article_list = main.article_list
        assert len(article_list.rows) == 1  # chips.txt and its syndicated copy
        assert article_list.rows[0].id in {"tech/chips.txt", "tech/chips-syndicated.txt"}
        assert "+1 copy" in row_text(article_list, 0)[-2]  # the passage goes under it
        assert "1 of 7 articles" in main.header.render_state().plain
        assert str(main.search_bar.query_one("#search-status").content).endswith("result 1 of 1")
        await pilot.press("c")
        await settle(pilot)
        assert len(article_list.rows) == 2 and article_list.copy_rows == {1}
        assert "1 of 7 articles" in main.header.render_state().plain


def test_copies_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        main = pilot.app.main
        main.article_list.move_to(main.article_list.index_of("sport/final.txt"))
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    app = ReaderApp(copy_collection(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
