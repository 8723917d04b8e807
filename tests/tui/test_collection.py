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
    top, height = article_list.row_lines(index)
    top -= int(article_list.scroll_y)
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
        assert election[-1] == "politics/uk"
        phones = row_text(article_list, rows["tech/phones.md"])
        assert phones[-1] == "2024-05-02 · Tech Weekly"  # a stated source wins over the folder
        everything = " ".join(" ".join(row_text(article_list, i)) for i in range(len(rows)))
        assert "undated" not in everything


async def test_source_and_folder_fields_find_a_folders_articles(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "source:sport")
        found = {row.id for row in app.main.article_list.rows}
        # final.txt and its byte-identical copy are one result (either may stand for it).
        assert len(found) == 2 and "sport/marathon.txt" in found
        assert found & {"sport/final.txt", "sport/final-copy.txt"}
        assert "2 of 7 articles" in app.main.header.render_state().plain
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
        assert "3 of 7 articles" in header and "folder: politics" in header
        await pilot.press("j", "j", "enter")  # politics/uk alone
        await pilot.pause()
        assert {row.id for row in app.main.article_list.rows} == {
            "politics/uk/election.txt",
            "politics/uk/budget.txt",
        }
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.main.article_list.rows) == 7  # two pairs of copies, a row each
        await pilot.press("6", "g", "j", "enter", "g", "enter")  # All articles clears too
        await pilot.pause()
        assert len(app.main.article_list.rows) == 7  # two pairs of copies, a row each
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


async def test_reading_marks_read_after_a_while_or_a_scroll_and_u_toggles(
    collection: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.tui import marking

    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        article_list = main.article_list
        assert "7 articles, 7 unread" in main.header.render_state().plain
        first = article_list.rows[0].id
        await pilot.press("j", "j")  # passing over articles reads nothing
        await settle(pilot)
        assert not main.read_ids
        monkeypatch.setattr(marking, "READ_AFTER_SECONDS", 0.3)
        await pilot.press("j")
        await settle(pilot)
        fourth = main.article.summary.id
        await pilot.pause(0.6)  # open long enough
        assert main.read_ids == {fourth}
        assert "7 articles, 6 unread" in main.header.render_state().plain
        await pilot.press("u")  # unread again by hand, and it stays so while open
        await pilot.pause(0.5)
        assert main.read_ids == set()
        await pilot.press("g", "2", "j")  # the first article, scrolled at once
        await settle(pilot)
        assert main.read_ids == {first}
        await pilot.press("1", "u")
        assert main.read_ids == set()
        await pilot.press("u")
        assert main.read_ids == {first}
    again = ReaderApp(collection)  # kept in the user's database
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.main.read_ids == {first}
        assert "7 articles, 6 unread" in again.main.header.render_state().plain


async def test_unread_only_and_counts_per_folder(
    collection: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The counts below are of what the test marks: no article read by its timer.
    monkeypatch.setattr("reader.tui.marking.READ_AFTER_SECONDS", 600.0)
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        for article_id in ("sport/final.txt", "sport/marathon.txt", "tech/chips.txt"):
            main.set_read(article_id, True)
        await pilot.press("U")
        await pilot.pause()
        listed = {row.id for row in main.article_list.rows}
        assert len(listed) == 6 and "sport/final.txt" not in listed
        assert "6 of 7 articles, 6 unread" in main.header.render_state().plain
        assert "filter: unread" in main.header.render_state().plain
        await pilot.press("6")
        await pilot.pause()
        folders = main.folder_list
        lines = [folders.row_lines(i, 40)[0].plain for i in range(len(folders.rows))]
        assert lines[0] == "All articles  9 · 6 unread"
        assert "    uk/  2 · 2 unread" in lines
        assert "  sport/  3 · 1 unread" in lines
        await pilot.press("U")  # again: every article
        await pilot.pause()
        assert len(main.article_list.rows) == 7


async def test_t_tags_an_article_shown_in_its_row_and_searchable(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        main.article_list.select("tech/chips.txt")
        main.open_article("tech/chips.txt")
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()
        for key in "follow up, chips":
            await pilot.press("space" if key == " " else "comma" if key == "," else key)
        await pilot.press("enter")
        await settle(pilot)
        assert main.tagged == {"tech/chips.txt": ("follow up", "chips")}
        index = main.article_list.index_of("tech/chips.txt")
        assert "#follow up #chips" in row_text(main.article_list, index)[-1]
        await search(pilot, "tag:follow-up")
        assert [row.id for row in main.article_list.rows] == ["tech/chips.txt"]
        await pilot.press("escape")
        await search(pilot, "shares AND NOT tag:chips")
        assert [row.id for row in main.article_list.rows] == ["tech/chips-syndicated.txt"]
    again = ReaderApp(collection)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.main.tagged == {"tech/chips.txt": ("follow up", "chips")}
        await search(pilot, "tag:chips")
        assert [row.id for row in again.main.article_list.rows] == ["tech/chips.txt"]


async def test_bookmarks_view_filters_by_an_articles_tag(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        main.open_article("sport/marathon.txt")
        await settle(pilot)
        await pilot.press("2", "j", "b", "enter")  # bookmark a passage, no note
        await settle(pilot)
        main.open_article("tech/chips.txt")
        await settle(pilot)
        await pilot.press("2", "j", "b", "enter")
        await settle(pilot)
        main.reading.set_tags("sport/marathon.txt", ["running"])
        await pilot.press("B")
        await settle(pilot)
        screen = app.screen
        assert len(screen.bookmarks) == 2
        await pilot.press("slash")
        for key in "tag:running":
            await pilot.press("colon" if key == ":" else key)
        await settle(pilot)
        assert [b.article_id for b in screen.bookmarks] == ["sport/marathon.txt"]


def test_unread_filter_and_tags_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        main = pilot.app.main
        main.set_read("sport/final.txt", True)
        main.reading.set_tags("tech/chips.txt", ["follow up", "chips"])
        main.tagged.update({"tech/chips.txt": ("follow up", "chips")})
        await pilot.press("U")
        await settle(pilot)

    app = ReaderApp(copy_collection(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
