"""Quotes in the app: the Quotes tab, quotes in the text, bookmarking one, and a person's
quotes across the corpus — driven by key presses."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from reader.store.bookmarks import BookmarkStore
from reader.tui.app import ReaderApp
from reader.tui.screens.main import MainScreen
from reader.tui.screens.quotes import QuotesScreen
from reader.tui.widgets import article_view
from reader.tui.widgets.article_view import speaker_class
from reader.tui.widgets.bookmark_dialog import BookmarkDialog
from reader.tui.widgets.side_panel import EntityList, QuoteList

from .conftest import SEEDS, drawn_with, flashed, on_screen, settle, words

SIZE = (120, 40)


async def open_article_with_quotes(pilot, app: ReaderApp) -> None:  # type: ignore[no-untyped-def]
    """Step through the list to the first article that quotes someone."""
    await settle(pilot)
    for _ in range(len(app.main.summaries)):
        if app.main.view.article is not None and app.main.view.article.quotes:
            return
        await pilot.press("J")
        await settle(pilot)
    raise AssertionError("no article of the seeds has quotes")


async def test_the_quotes_tab_lists_who_said_what_and_enter_flashes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(article_view, "FLASH_SECONDS", 600)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_article_with_quotes(pilot, app)
        view = app.main.view
        quotes = view.article.quotes
        await pilot.press("5")
        await pilot.pause()
        panel = app.main.query_one(QuoteList)
        assert app.focused is panel and panel.quotes == quotes
        first = panel.row_lines(0, 40)
        assert first[0].plain.startswith(quotes[0].speaker or "unattributed")
        assert quotes[0].text.split()[0] in first[1].plain
        await pilot.press("G", "enter")
        await pilot.pause()
        last = quotes[-1]
        assert on_screen(view, last.start)
        assert flashed(view) == words(view.article.text[last.start : last.end])


async def test_quotes_are_tinted_by_speaker_in_the_text() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_article_with_quotes(pilot, app)
        view = app.main.view
        quote = next(q for q in view.article.quotes if q.speaker)
        tint = speaker_class(quote.speaker)
        style = view.get_component_rich_style(tint)
        assert style.italic and style.bgcolor is not None
        assert tint == speaker_class(quote.speaker.upper())
        assert speaker_class(None) == "speaker--none"
        view.scroll_to_offset(quote.start)
        await pilot.pause()
        # Drawn in the speaker's tint (names in it keep their entity colours instead).
        names = {view.article.text[e.start : e.end] for e in view.article.entities}
        tinted = drawn_with(view, tint)
        quoted = words(view.article.text[quote.start : quote.end])
        for name in names:
            quoted = quoted.replace(name, " ")
        assert words(quoted) in words(tinted)


async def test_b_on_a_quote_bookmarks_it_with_speaker_and_article() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_article_with_quotes(pilot, app)
        article = app.main.view.article
        quote = next(q for q in article.quotes if q.speaker)
        index = article.quotes.index(quote)
        await pilot.press("5", *["j"] * index, "b")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        assert dialog.query_one("#bookmark-note", Input).value == ""  # the note is the user's
        assert quote.speaker in dialog.heading
        await pilot.press(*"key claim", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.db is not None
        [saved] = BookmarkStore(app.db).list(SEEDS)
        assert (saved.start, saved.end) == (quote.start, quote.end)
        assert saved.quote == quote.text and saved.note == "key claim"
        assert saved.speaker == quote.speaker
        await pilot.press("B")
        await settle(pilot)
        listed = app.screen.query_one(OptionList).get_option_at_index(0).prompt
        assert f"— {quote.speaker}" in listed.plain and "key claim" in listed.plain


async def test_w_on_a_person_lists_their_quotes_across_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(article_view, "FLASH_SECONDS", 600)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await pilot.pause()
        entities = app.main.query_one(EntityList)
        # Down to Lei Jun, who speaks in most of the seeds.
        for _ in range(len(entities.rows)):
            row = entities.highlighted_option
            if row is not None and row.id == "PERSON:Lei Jun":
                break
            await pilot.press("j")
        else:
            raise AssertionError("Lei Jun is not in the first article's entities")
        await pilot.press("w")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.person == "Lei Jun"
        assert screen.items and {i.quote.speaker for i in screen.items} == {"Lei Jun"}
        assert len({i.article.id for i in screen.items}) >= 3
        dates = [i.article.published for i in screen.items if i.article.published]
        assert dates == sorted(dates, reverse=True)
        assert screen.query_one(OptionList).option_count == len(screen.items)
        await pilot.press("j", "enter")
        await settle(pilot)
        chosen = screen.items[1]
        assert isinstance(app.screen, MainScreen)
        view = app.main.view
        assert view.article.summary.id == chosen.article.id
        assert flashed(view) == words(chosen.quote.text)


async def test_words_typed_after_a_note_being_edited_are_kept_apart_from_it() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_article_with_quotes(pilot, app)
        article = app.main.view.article
        quote = next(q for q in article.quotes if q.speaker)
        await pilot.press("5", *["j"] * article.quotes.index(quote), "b")
        await pilot.pause()
        await pilot.press(*"first", "enter")
        await settle(pilot)
        await pilot.press("b")  # the same quote again: its bookmark, to edit
        await pilot.pause()
        assert app.screen.query_one("#bookmark-note", Input).value == "first"
        await pilot.press(*"check", "enter")
        await settle(pilot)
        assert app.db is not None
        [saved] = BookmarkStore(app.db).list(SEEDS)
        assert saved.note == "first check" and saved.speaker == quote.speaker
