"""Bookmarking in the app, driven by key presses (and the mouse for a selection)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader import paths
from reader.store.bookmarks import BookmarkStore
from reader.store.database import StoreError
from reader.tui.app import ReaderApp
from reader.tui.screens.bookmarks import BookmarksScreen, bookmark_prompt
from reader.tui.screens.main import MainScreen
from reader.tui.widgets import article_view
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.bookmark_dialog import (
    BookmarkDialog,
    ExportDialog,
    default_export_path,
    parse_tags,
)

from .conftest import SEEDS, drawn_with, flashed, settle, words

SIZE = (120, 40)


def notifications(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


def store(app: ReaderApp) -> BookmarkStore:
    assert app.db is not None
    return BookmarkStore(app.db)


def gutter(view: ArticleView, offset: int) -> str:
    """The two gutter cells drawn beside the line that shows `offset`."""
    line = view.line_of_offset(offset)
    assert line is not None
    view.scroll_to(y=max(0, line - 2), animate=False)
    return view.render_line(line - int(view.scroll_y)).text[:2]


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*text)


async def bookmark_current_passage(pilot: Pilot, note: str, tags: str) -> None:
    await pilot.press("b")
    await pilot.pause()
    assert isinstance(pilot.app.screen, BookmarkDialog)
    await type_text(pilot, note)
    await pilot.press("tab")
    await type_text(pilot, tags)
    await pilot.press("enter")
    await settle(pilot)


async def open_bookmarks(pilot: Pilot) -> BookmarksScreen:
    await pilot.press("B")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, BookmarksScreen)
    return screen


async def test_bookmark_a_passage_with_a_note_and_see_its_marker() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.main.view
        await pilot.press("2", "j", "j")
        paragraph = view.article.paragraphs[view.paragraph]
        await bookmark_current_passage(pilot, "check the figures", "energy, follow up")
        assert isinstance(app.screen, MainScreen)
        [saved] = store(app).list(SEEDS)
        assert saved.quote == paragraph.text
        assert (saved.start, saved.end, saved.paragraph) == (paragraph.start, paragraph.end, 2)
        assert saved.note == "check the figures"
        assert saved.tags == ["energy", "follow up"]
        assert saved.article_id == view.article.summary.id
        assert any("Bookmark saved" in n for n in notifications(app))
        await pilot.press("j")  # off the passage, so the cursor does not cover the marker
        assert gutter(view, paragraph.start) == "┃ "
        assert gutter(view, paragraph.end + 2) != "┃ "  # the next paragraph is not marked


async def test_b_on_a_bookmarked_passage_edits_it_and_escape_cancels() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "j")
        await bookmark_current_passage(pilot, "first", "")
        await pilot.press("b")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        assert dialog.query_one("#bookmark-note", Input).value == "first"
        await type_text(pilot, " and more")
        await pilot.press("enter")
        await settle(pilot)
        [saved] = store(app).list(SEEDS)
        assert saved.note == "first and more"
        await pilot.press("j", "b")
        await pilot.pause()
        await type_text(pilot, "never saved")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert store(app).count(SEEDS) == 1


async def test_the_bookmarks_view_filters_jumps_edits_deletes_undoes_and_exports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_view, "FLASH_SECONDS", 600)  # so the flash can be checked
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        await pilot.press("2", "j")
        first_article = main.view.article.summary.id
        await bookmark_current_passage(pilot, "growth plans", "strategy")
        await pilot.press("J")
        await settle(pilot)
        await pilot.press("2", "j", "j", "j")
        target = main.view.article.paragraphs[3]
        await bookmark_current_passage(pilot, "surprising number", "check")

        screen = await open_bookmarks(pilot)
        assert [b.note for b in screen.bookmarks] == ["surprising number", "growth plans"]

        # Filter on the note, then jump from the list back into the article.
        await pilot.press("slash")
        await type_text(pilot, "growth")
        await settle(pilot)
        assert [b.note for b in screen.bookmarks] == ["growth plans"]
        await pilot.press("enter")  # leaves the filter box for the list
        assert screen.focused is screen.option_list
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        view = main.view
        assert view.article.summary.id == first_article
        assert view.paragraph == 1
        first_paragraph = view.article.paragraphs[1]
        assert flashed(view) == words(first_paragraph.text)
        assert app.focused is view

        # Edit the other one's note and tags.
        screen = await open_bookmarks(pilot)
        assert screen.filter_text == ""
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        assert dialog.query_one("#bookmark-tags", Input).value == "check"
        dialog.query_one("#bookmark-note", Input).value = "a much better note"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.bookmarks[0].note == "a much better note"
        assert screen.bookmarks[0].quote == target.text

        # Delete and undo.
        await pilot.press("d")
        await settle(pilot)
        assert [b.note for b in screen.bookmarks] == ["growth plans"]
        assert store(app).count(SEEDS) == 1
        await pilot.press("u")
        await settle(pilot)
        assert [b.note for b in screen.bookmarks] == ["a much better note", "growth plans"]
        assert screen.option_list.highlighted == 0

        # Export as Markdown to a chosen file.
        out = tmp_path / "notes.md"
        await pilot.press("x")
        await pilot.pause()
        export = app.screen
        assert isinstance(export, ExportDialog)
        export.query_one("#export-path", Input).value = str(out)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        written = out.read_text(encoding="utf-8")
        assert " ".join(target.text.split()) in " ".join(written.split())
        assert "a much better note" in written and "growth plans" in written
        assert f"File: {SEEDS / first_article}" in written
        assert any(str(out) in n and "Exported 2 bookmarks" in n for n in notifications(app))

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)

    # A second run with the same folders finds everything again.
    again = ReaderApp(SEEDS)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_bookmarks(pilot)
        assert [b.note for b in screen.bookmarks] == ["a much better note", "growth plans"]
        assert screen.bookmarks[1].tags == ["strategy"]
        await pilot.press("j", "enter")
        await settle(pilot)
        view = again.main.view
        assert view.article.summary.id == first_article
        first_paragraph = view.article.paragraphs[1]
        await pilot.press("j")  # off the passage, so the cursor does not cover the marker
        assert gutter(view, first_paragraph.start) == "┃ "
        assert gutter(view, first_paragraph.end + 2) != "┃ "


async def test_export_as_json_refuses_a_missing_folder_and_asks_before_replacing(
    tmp_path: Path,
) -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await bookmark_current_passage(pilot, "keep", "")
        await open_bookmarks(pilot)
        await pilot.press("x")
        await pilot.pause()
        export = app.screen
        assert isinstance(export, ExportDialog)
        box = export.query_one("#export-path", Input)
        assert box.value == default_export_path("md")
        export.query_one("#export-format").query("RadioButton").last().value = True
        await pilot.pause()
        assert box.value == default_export_path("json")

        box.value = str(tmp_path / "no such folder" / "out.json")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is export
        assert "does not exist" in str(export.query_one(".dialog-error").render())

        existing = tmp_path / "out.json"
        existing.write_text("the user's own file")
        box.value = str(existing)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is export and existing.read_text() == "the user's own file"
        await pilot.press("enter")  # yes, replace it
        await settle(pilot)
        assert app.screen is not export
        assert '"note": "keep"' in existing.read_text()


async def test_a_failed_save_keeps_the_dialog_and_the_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(self, bookmark):  # type: ignore[no-untyped-def]
        raise StoreError("Could not save (the disk is full); nothing saved before is lost.")

    monkeypatch.setattr(BookmarkStore, "add", full_disk)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "b")
        await pilot.pause()
        await type_text(pilot, "my precious note")
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        assert dialog.query_one("#bookmark-note", Input).value == "my precious note"
        assert "the disk is full" in str(dialog.query_one(".dialog-error").render())


async def test_read_only_store_says_saving_is_off_and_still_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv(paths.ENV_DATA, str(blocker / "data"))
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.db is not None and not app.db.writable
        await pilot.press("2", "b")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("Saving is off, so bookmarks cannot be kept" in n for n in notifications(app))
        screen = await open_bookmarks(pilot)
        assert screen.bookmarks == []
        assert "saving off" in str(screen.query_one("#bookmarks-header").render())
        await pilot.press("d", "u", "e", "x")
        await settle(pilot)
        assert app.screen is screen


async def test_a_mouse_selection_is_what_b_bookmarks() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.main.view
        paragraph = view.article.paragraphs[1]
        line = view.line_of_offset(paragraph.start)
        y = line - int(view.scroll_y) + view.gutter.top  # rows inside the widget
        x = article_view.GUTTER + view.gutter.left
        await pilot.mouse_down(ArticleView, offset=(x + 4, y))
        await pilot.hover(ArticleView, offset=(x + 20, y))
        await pilot.mouse_up(ArticleView, offset=(x + 20, y))
        await pilot.pause()
        span = view.selected_span()
        assert span is not None
        selected = view.article.text[span[0] : span[1]]
        assert selected and selected in paragraph.text and selected != paragraph.text
        assert app.screen.get_selected_text().strip() == selected
        await bookmark_current_passage(pilot, "just these words", "")
        [saved] = store(app).list(SEEDS)
        assert saved.quote == selected
        assert view.selected_span() is None  # saving clears the selection


async def test_a_detached_bookmark_is_listed_with_its_quote_and_says_so_on_enter() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "j")
        await bookmark_current_passage(pilot, "", "")
        [saved] = store(app).list(SEEDS)
        app.db.query(
            "UPDATE bookmarks SET quote = ?, context_before = '', context_after = '' WHERE id = ?",
            ("A sentence this article never contained, about nothing at all.", saved.id),
        )
        await pilot.press("J")
        await settle(pilot)
        await pilot.press("K")  # reopening re-anchors: the passage is gone
        await settle(pilot)
        view = app.main.view
        assert view.paragraph == 0  # so the gutter shows a marker on any other passage
        assert all(gutter(view, p.start) == "  " for p in view.article.paragraphs[1:])
        assert drawn_with(view, "article-view--bookmark") == ""
        screen = await open_bookmarks(pilot)
        [shown] = screen.bookmarks
        assert shown.detached
        assert bookmark_prompt(shown).plain.startswith(" detached ")
        await pilot.press("enter")
        await settle(pilot)
        assert any("no longer in the article" in n for n in notifications(app))


async def test_help_and_palette_list_the_bookmark_actions() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = set(app.binding_ids())
        assert {"reader.bookmark.add", "reader.bookmarks.open", "reader.bookmarks.delete",
                "reader.bookmarks.undo", "reader.bookmarks.export",
                "reader.bookmarks.edit"} <= ids
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Bookmark passage", "Bookmarks"} <= titles
        screen = await open_bookmarks(pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        assert {"Bookmarks: Delete", "Bookmarks: Export"} <= titles


async def test_bookmark_keys_can_be_remapped() -> None:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text('[keys]\n"reader.bookmark.add" = "m"\n')
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "m")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkDialog)


@pytest.mark.parametrize(
    ("typed", "tags"),
    [
        ("energy markets", ["energy", "markets"]),
        ("climate policy, energy", ["climate policy", "energy"]),
        ("a, a ,, b", ["a", "b"]),
        ("   ", []),
    ],
)
def test_tags_split_on_commas_when_there_are_any_else_on_spaces(
    typed: str, tags: list[str]
) -> None:
    assert parse_tags(typed) == tags
