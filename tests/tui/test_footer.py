"""The key footer: what it shows, and that its keys work when clicked."""

from __future__ import annotations

from reader.tui.app import ReaderApp
from reader.tui.screens.bookmarks import BookmarksScreen
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.search_bar import SearchBar

from .conftest import SEEDS, settle

SIZE = (160, 40)


def x_of(footer: ReaderFooter, label: str) -> int:
    """The cell where `label` ("B Bookmarks") starts in the footer as drawn."""
    plain = footer.render().plain
    at = plain.index(f" {label} ")
    return at + 1


async def test_an_action_with_several_keys_shows_its_first_and_the_palette_sits_right() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.main.query_one(ReaderFooter)
        shown = footer.shown()
        # J and ] both move to the next article: one entry, the first key's.
        assert "J Next article" in shown and "] Next article" not in shown
        line = footer.render().plain
        assert len(line) == SIZE[0] and line.endswith("▏^p palette ")


async def test_clicking_a_key_presses_it() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.main.query_one(ReaderFooter)
        await pilot.click(ReaderFooter, offset=(x_of(footer, "/ Search"), 0))
        await settle(pilot)
        bar = app.main.query_one(SearchBar)
        assert bar.display and app.focused is not None and bar in app.focused.ancestors_with_self
        await pilot.press("escape")
        await settle(pilot)
        await pilot.click(ReaderFooter, offset=(x_of(footer, "B Bookmarks"), 0))
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)


async def test_hovering_a_key_shows_its_tooltip_and_clicking_between_keys_does_nothing() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.main.query_one(ReaderFooter)
        screen = app.screen
        # Past the last key, before the palette: no key there.
        await pilot.click(ReaderFooter, offset=(footer.render().plain.index("▏") - 1, 0))
        await settle(pilot)
        assert app.screen is screen
        await pilot.hover(ReaderFooter, offset=(x_of(footer, "J Next article"), 0))
        await settle(pilot)
        assert footer.tooltip and "article" in str(footer.tooltip).lower()
