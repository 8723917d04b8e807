"""Across the corpus in the app: the entity browser (`E`), who appears with whom,
mentions over time, and an entity's figure ledger — driven by key presses."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from textual.widgets import Input

from reader.extract.model import EntityType
from reader.index.schema import ENTITY_FIELDS
from reader.tui.app import ReaderApp
from reader.tui.screens.entities import EntityBrowser
from reader.tui.screens.ledger import LedgerScreen
from reader.tui.screens.main import MainScreen
from reader.tui.widgets import article_view
from reader.tui.widgets.bookmark_dialog import ExportDialog
from reader.tui.widgets.timeline import bar_lines

from .conftest import SEEDS, flashed, settle, words

SIZE = (120, 40)


async def open_browser(pilot) -> EntityBrowser:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("E")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, EntityBrowser)
    return screen


async def test_every_entity_with_its_articles_filtered_as_you_type() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        browser = await open_browser(pilot)
        rows = browser.entity_rows
        first = rows.entities[0]
        assert (first.name, first.type, first.articles) == ("Xiaomi Group", EntityType.ORG, 5)
        assert rows.row_lines(0, 60)[0].plain.rstrip().endswith("5")
        everything = len(rows.entities)
        await pilot.press("l", "e", "i")
        await pilot.pause()
        assert [e.name for e in rows.entities] == ["Lei Jun"]
        header = str(browser.query_one("#browser-header").render())
        assert f"1 of {everything} in the corpus" in header
        await pilot.press("backspace", "backspace", "backspace", "ctrl+t")
        await pilot.pause()
        assert {e.type for e in rows.entities} == {EntityType.PERSON}
        assert "people only" in str(browser.query_one("#browser-header").render())


async def test_the_highlighted_entity_shows_its_company_and_its_months() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        browser = await open_browser(pilot)
        await pilot.press("l", "e", "i", " ", "j", "u", "n")
        await settle(pilot)
        companions = browser.companion_rows.companions
        # "Xiaomi" alone counts as Xiaomi Group, as in the entity list.
        assert (companions[0].name, companions[0].articles) == ("Xiaomi Group", 5)
        assert all(c.name != "Xiaomi" for c in companions)
        chart = browser.query_one("#browser-timeline")
        assert chart.timeline is not None and chart.timeline.undated == 4
        assert sum(n for _, n in chart.timeline.periods) == 1


async def test_enter_narrows_the_list_and_a_second_choice_narrows_further() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot)
        await pilot.press("enter")  # Xiaomi Group: every seed
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert [f.label for f in main.filters] == ["org: Xiaomi Group"]
        browser = await open_browser(pilot)
        assert browser.scope_label == "the 5 listed articles"
        await pilot.press("r", "e", "n", " ", "z")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert [f.label for f in main.filters] == ["org: Xiaomi Group", "person: Ren Zhengfei"]
        assert [row.id for row in main.article_list.rows] == [
            row.id for row in main.summaries if row.id.startswith("001_")]


async def test_tab_moves_to_who_appears_with_it_and_enter_narrows_to_them() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        browser = await open_browser(pilot)
        await pilot.press("l", "e", "i", " ", "j", "u", "n")
        await settle(pilot)
        await pilot.press("tab", "down")
        second = browser.companion_rows.companions[1]
        await pilot.press("enter")
        await settle(pilot)
        label = f"{ENTITY_FIELDS[second.type]}: {second.name}"
        assert [f.label.lower() for f in app.main.filters] == [label.lower()]


async def test_esc_clears_the_filter_then_closes() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        browser = await open_browser(pilot)
        await pilot.press("x", "x")
        await pilot.press("escape")
        assert browser.query_one(Input).value == ""
        assert app.screen is browser
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and not app.main.filters


async def test_the_ledger_sorts_and_opens_the_article_at_a_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(article_view, "FLASH_SECONDS", 600)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot)
        await pilot.press("ctrl+l")  # Xiaomi Group's
        await settle(pilot)
        ledger = app.screen
        assert isinstance(ledger, LedgerScreen)
        rows = ledger.query_one("#ledger-rows")
        shown = [row.shown for row in rows.items]
        assert {"¥100 bn", "¥105 bn"} <= set(shown)
        flagged = next(row for row in rows.items if row.shown == "¥105 bn")
        assert "¥100 bn" in (flagged.conflict or "")
        header = str(ledger.query_one("#ledger-header").render())
        assert "stated with other values (≠)" in header and "sorted by date" in header
        await pilot.press("s")  # by value: largest first within a kind and unit
        await pilot.pause()
        money = [row.value for row in rows.items if row.kind == "money" and row.unit == "CNY"]
        assert money == sorted(money, reverse=True)
        await pilot.press("r")
        await pilot.pause()
        money = [row.value for row in rows.items if row.kind == "money" and row.unit == "CNY"]
        assert money == sorted(money)
        target = rows.current  # the cursor stays on its row through the sorts
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        view = app.main.view
        assert view.article.summary.id == target.article.id
        assert flashed(view) == words(view.article.text[target.start : target.end])


async def test_the_ledger_exports_what_it_lists_as_csv(tmp_path: Path) -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        listed = len(app.screen.query_one("#ledger-rows").items)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        target = tmp_path / "xiaomi.csv"
        box = dialog.query_one("#export-path", Input)
        box.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LedgerScreen)
        rows = list(csv.DictReader(target.open(encoding="utf-8")))
        assert len(rows) == listed and rows[0]["kind"] and rows[0]["article_id"]


async def test_l_on_the_entities_tab_opens_that_entitys_ledger() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        for _ in range(12):
            row = app.main.query_one("#entities").highlighted_option
            if row is not None and row.id == "PERSON:Lei Jun":
                break
            await pilot.press("j")
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LedgerScreen)
        assert app.screen.entity.name == "Lei Jun"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


def test_bars_count_from_zero_and_never_hide_a_period_with_articles() -> None:
    lines = bar_lines([0, 1, 8], width=3, height=1)
    assert lines == [" ▁█"]
    assert bar_lines([2, 2], width=10, height=2) == ["████████", "████████"]
    # More periods than columns: neighbours add up.
    assert bar_lines([1, 1, 1, 1, 0, 0], width=3, height=1) == ["██ "]


def test_names_starting_with_what_is_typed_come_first() -> None:
    from reader.index.corpus_entities import CorpusEntity
    from reader.tui.screens.entities import matching

    def entity(name: str, kind: EntityType = EntityType.ORG) -> CorpusEntity:
        return CorpusEntity(kind, name, (name.lower(),), 1, 1)

    names = [entity("Hong Kong Stock Exchange"), entity("China", EntityType.GPE),
             entity("Chew Shou Zi", EntityType.PERSON), entity("Apple")]
    assert [e.name for e in matching(names, "ch", None)] == [
        "China", "Chew Shou Zi", "Hong Kong Stock Exchange"]
    assert [e.name for e in matching(names, "shou ch", None)] == ["Chew Shou Zi"]
    assert [e.name for e in matching(names, "ch", EntityType.GPE)] == ["China"]
    assert matching(names, "", None) == names


async def test_an_unreadable_index_is_said_not_shown_as_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    from reader.index.library import Library

    def broken(self, article_ids=None):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database is locked")

    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(Library, "corpus_entities", broken)
        await pilot.press("E")
        await settle(pilot)
        browser = app.screen
        assert isinstance(browser, EntityBrowser)
        assert "could not be read" in str(browser.query_one("#browser-header").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


def test_a_timeline_without_dated_articles_says_so() -> None:
    from datetime import date

    from reader.index.corpus_entities import timeline
    from reader.tui.widgets.timeline import chart_text

    span = (date(2024, 1, 1), date(2024, 6, 1))
    text = chart_text("Articles naming X", timeline([None, None], span), 40, 3).plain
    assert "no stated dates" in text and "2 undated" in text and "█" not in text
    dated = chart_text("All", timeline([date(2024, 1, 5), None], span), 40, 1).plain
    # Six months, four columns each; the empty ones blank.
    assert dated.splitlines() == ["All  1 dated, at most 1 a month", "████" + " " * 20,
                                  "Jan 2024" + " " * 8 + "Jun 2024", "1 undated"]


async def test_with_nothing_listed_e_says_how_to_see_the_corpus_instead() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"qqqzzzxx")
        await settle(pilot)
        await pilot.press("enter", "E")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("Nothing is listed" in str(n.message) for n in app._notifications)


def test_a_name_is_found_without_typing_its_accents() -> None:
    from reader.index.corpus_entities import CorpusEntity
    from reader.tui.screens.entities import matching

    def entity(name: str, kind: EntityType = EntityType.PERSON) -> CorpusEntity:
        return CorpusEntity(kind, name, (name.lower(),), 1, 1)

    names = [entity("Kościuszko Squadron", EntityType.ORG), entity("Zdzisław Krasnodębski"),
             entity("São Paulo", EntityType.GPE), entity("Søren Kierkegaard")]
    assert [e.name for e in matching(names, "kos", None)] == ["Kościuszko Squadron"]
    assert [e.name for e in matching(names, "zdzislaw", None)] == ["Zdzisław Krasnodębski"]
    assert [e.name for e in matching(names, "sao pa", None)] == ["São Paulo"]
    assert [e.name for e in matching(names, "soren", None)] == ["Søren Kierkegaard"]
    assert [e.name for e in matching(names, "São", None)] == ["São Paulo"]
