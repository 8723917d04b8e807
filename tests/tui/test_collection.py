"""A foldered corpus in the app: sources from folders, undated rows, sorting, the
folder tree and its filter (the corpus: tests/data/collection)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.tui.app import ReaderApp
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.side_panel import FolderList

from .conftest import copy_collection, settle

SIZE = (120, 40)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return copy_collection(tmp_path)


def notifications(app: ReaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def row_text(article_list: ArticleList, index: int) -> list[str]:
    height = article_list.row_height
    top = index * height - int(article_list.scroll_y)
    return [article_list.render_line(top + part).text.strip() for part in range(height)]


async def search(pilot: Pilot, query: str) -> None:
    await pilot.press("slash")
    for key in query:
        await pilot.press(key)
    await pilot.press("enter")
    await settle(pilot)


async def test_rows_show_the_folder_as_source_and_no_undated_line(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.main.article_list
        rows = {row.id: i for i, row in enumerate(article_list.rows)}
        election = row_text(article_list, rows["politics/uk/election.txt"])
        assert election[1] == "politics/uk"
        phones = row_text(article_list, rows["tech/phones.md"])
        assert phones[1] == "2024-05-02 · Tech Weekly"  # a stated source wins over the folder
        everything = " ".join(" ".join(row_text(article_list, i)) for i in range(len(rows)))
        assert "undated" not in everything


async def test_source_and_folder_fields_find_a_folders_articles(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "source:sport")
        found = {row.id for row in app.main.article_list.rows}
        assert found == {"sport/final.txt", "sport/final-copy.txt", "sport/marathon.txt"}
        await pilot.press("escape")
        await search(pilot, "folder:politics")
        found = {row.id for row in app.main.article_list.rows}
        assert found == {
            "politics/uk/election.txt",
            "politics/uk/budget.txt",
            "politics/eu/summit.txt",
        }
        await pilot.press("escape")
        await search(pilot, "folder:politics/uk AND schools")
        assert [row.id for row in app.main.article_list.rows] == ["politics/uk/budget.txt"]


async def test_o_sorts_the_list_by_date_falling_back_to_file_time_then_source(
    collection: Path,
) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.main.article_list
        newest = [row.id for row in article_list.rows]
        # File times fall a day apart in path order (conftest); the dated article
        # (2024-05-02) is older than every file time.
        assert newest[0] == "politics/eu/summit.txt" and newest[-1] == "tech/phones.md"
        days = [row.day for row in article_list.rows]
        assert days == sorted(days, reverse=True)
        await pilot.press("o")
        oldest = [row.id for row in article_list.rows]
        assert oldest == newest[::-1]
        assert any(
            "oldest first (8 of 9 have no date: file time, then title" in n
            for n in notifications(app)
        )
        await pilot.press("o")
        sources = [row.source for row in article_list.rows]
        assert sources == sorted(sources, key=str.casefold)
        assert sources[0] == "politics/eu" and sources[-1] == "Tech Weekly"
        assert any("by source" in n for n in notifications(app))
        await pilot.press("o")
        assert [row.id for row in article_list.rows] == newest


async def test_folder_tree_filters_the_list_and_esc_clears_it(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await pilot.pause()
        folders = app.main.query_one(FolderList)
        assert app.focused is folders
        assert [(f.path, f.articles) for f in folders.folders] == [
            ("politics", 3),
            ("politics/eu", 1),
            ("politics/uk", 2),
            ("sport", 3),
            ("tech", 3),
        ]
        await pilot.press("j", "enter")  # politics, with the folders below it
        await pilot.pause()
        listed = {row.id for row in app.main.article_list.rows}
        assert listed == {
            "politics/uk/election.txt",
            "politics/uk/budget.txt",
            "politics/eu/summit.txt",
        }
        header = app.main.header.render_state().plain
        assert "3 of 9 articles" in header and "folder: politics" in header
        await pilot.press("j", "j", "enter")  # politics/uk alone
        await pilot.pause()
        assert {row.id for row in app.main.article_list.rows} == {
            "politics/uk/election.txt",
            "politics/uk/budget.txt",
        }
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.main.article_list.rows) == 9
        await pilot.press("6", "g", "j", "enter", "g", "enter")  # All articles clears too
        await pilot.pause()
        assert len(app.main.article_list.rows) == 9
        assert app.main.filter_label is None


async def test_html_references_and_a_repeated_headline_read_clean(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        main.open_article("politics/uk/budget.txt")
        await settle(pilot)
        text = main.view.article.text
        assert "£1.8bn" in text and "&#" not in text
        assert text.count("Chancellor Sets Out £1.8bn Plan For Schools") == 1
        await search(pilot, "cafés")
        assert [row.id for row in main.article_list.rows] == ["sport/marathon.txt"]


def test_folders_tab_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("6", "j", "enter")
        await settle(pilot)

    app = ReaderApp(copy_collection(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
