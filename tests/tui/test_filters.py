"""Filters that combine: entities narrow each other, a folder and unread join them,
a search runs within them, chips show them and Esc removes the last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.extract.model import EntityType
from reader.index.model import ArticleSummary
from reader.index.schema import ENTITY_FIELDS
from reader.tui.app import ReaderApp
from reader.tui.filters import FilterKind, ListFilter, combined, describe, narrowed
from reader.tui.widgets.header import FilterChips
from reader.tui.widgets.side_panel import EntityList

from .conftest import SEEDS, copy_collection, settle

SIZE = (120, 40)


def summary(article_id: str) -> ArticleSummary:
    return ArticleSummary(id=article_id, title=article_id.title(),
                          published=date(2024, 1, 1), source=None, path=article_id)


def entity(label: str, *ids: str) -> ListFilter:
    return ListFilter(FilterKind.ENTITY, label, ids=frozenset(ids))


# -- the filter model -------------------------------------------------------------------


def test_entities_narrow_each_other_and_a_folder_replaces_a_folder() -> None:
    rows = [summary(i) for i in ("politics/a", "politics/b", "sport/c")]
    filters = combined([], entity("person: Ann", "politics/a", "politics/b", "sport/c"))
    filters = combined(filters, entity("org: Acme", "politics/b", "sport/c"))
    assert [row.id for row in narrowed(rows, filters, set())] == ["politics/b", "sport/c"]
    filters = combined(filters, ListFilter(FilterKind.FOLDER, "folder: sport", folder="sport"))
    filters = combined(filters, ListFilter(FilterKind.FOLDER, "folder: politics",
                                           folder="politics"))
    assert [f.label for f in filters] == ["person: Ann", "org: Acme", "folder: politics"]
    assert [row.id for row in narrowed(rows, filters, set())] == ["politics/b"]
    unread = combined(filters, ListFilter(FilterKind.UNREAD, "unread"))
    assert narrowed(rows, unread, {"politics/b"}) == []


def test_the_same_entity_twice_is_one_filter_and_moves_last() -> None:
    ann, acme = entity("person: Ann", "a"), entity("org: Acme", "a")
    assert combined(combined([ann, acme], ann), ann) == [acme, ann]


def test_the_header_names_every_filter_and_the_query() -> None:
    filters = [entity("person: Ann", "a"), ListFilter(FilterKind.UNREAD, "unread")]
    assert describe(filters, "budget") == "person: Ann + unread + /budget"
    assert describe([], None) is None


# -- in the app ---------------------------------------------------------------------------


def chips(app: ReaderApp) -> str:
    widget = app.main.query_one(FilterChips)
    return str(widget.render()) if widget.display else ""


async def choose_entity(pilot: Pilot, app: ReaderApp, steps: int = 0) -> tuple[EntityType, str]:
    """Enter on an entity of the open article, `steps` below the first."""
    await pilot.press("4", *(["j"] * steps))
    row = app.main.query_one(EntityList).highlighted_option
    assert row is not None and row.id is not None
    kind, _, name = row.id.partition(":")  # as the list names its rows: "PERSON:Lei Jun"
    chosen = (EntityType(kind), name)
    await pilot.press("enter")
    await settle(pilot)
    return chosen


def mentions(app: ReaderApp, article_id: str, chosen: tuple[EntityType, str]) -> bool:
    stored = app.main.library.article(article_id)
    return any((e.type, e.canonical) == chosen for e in stored.entities)


async def test_a_second_entity_narrows_to_articles_with_both_and_esc_removes_it() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.main.article_list
        total = len(article_list.rows)
        first = await choose_entity(pilot, app)
        with_first = [row.id for row in article_list.rows]
        assert all(mentions(app, i, first) for i in with_first)
        # A second entity of an article that has the first: the list keeps only both.
        second = first
        for steps in range(1, 12):
            second = await choose_entity(pilot, app, steps)
            if second != first:
                break
            await pilot.press("escape")  # chosen twice: that was the same filter again
            await settle(pilot)
        assert second != first
        both = [row.id for row in article_list.rows]
        assert both and set(both) <= set(with_first)
        assert all(mentions(app, i, first) and mentions(app, i, second) for i in both)
        shown = chips(app)
        assert f"{ENTITY_FIELDS[first[0]]}: {first[1]}" in shown
        assert f"{ENTITY_FIELDS[second[0]]}: {second[1]}" in shown
        header = app.main.header.render_state().plain
        assert f"{len(both)} of {total} articles" in header and " + " in header
        await pilot.press("escape")
        await settle(pilot)
        assert [row.id for row in article_list.rows] == with_first
        assert [f.label for f in app.main.filters] == [f"{ENTITY_FIELDS[first[0]]}: {first[1]}"]
        await pilot.press("escape")
        await settle(pilot)
        assert len(article_list.rows) == total
        assert not app.main.query_one(FilterChips).display


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return copy_collection(tmp_path)


async def test_unread_and_a_folder_combine_and_a_search_runs_within_them(
    collection: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only `u` reads here: a slow run must not read the open article by its timer.
    monkeypatch.setattr("reader.tui.marking.READ_AFTER_SECONDS", 600.0)
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.main.article_list
        article_list.move_to(article_list.index_of("politics/uk/budget.txt"))
        await settle(pilot)
        await pilot.press("u")  # read, by hand
        await pilot.press("U", "6", "j", "enter")  # unread, then the politics folder
        await settle(pilot)
        listed = {row.id for row in article_list.rows}
        assert listed == {"politics/uk/election.txt", "politics/eu/summit.txt"}
        assert "unread" in chips(app) and "folder: politics" in chips(app)
        await pilot.press("slash", *"election", "enter")
        await settle(pilot)
        assert [row.id for row in article_list.rows] == ["politics/uk/election.txt"]
        assert "unread + folder: politics + /election" in app.main.header.render_state().plain
        await pilot.press("escape")  # the search goes first
        await settle(pilot)
        assert {row.id for row in article_list.rows} == listed
        await pilot.press("escape")  # then the folder, the last filter added
        await settle(pilot)
        assert "folder" not in chips(app) and "unread" in chips(app)
        assert "politics/uk/budget.txt" not in {row.id for row in article_list.rows}
        assert "sport/marathon.txt" in {row.id for row in article_list.rows}


async def test_a_click_on_a_chips_cross_removes_that_filter(collection: Path) -> None:
    app = ReaderApp(collection)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6", "j", "enter", "U")  # folder: politics, then unread
        await settle(pilot)
        widget = app.main.query_one(FilterChips)
        text = str(widget.render())
        cross = text.index("✕")  # the first chip's: the folder
        await pilot.click(FilterChips, offset=(widget.styles.padding.left + cross, 0))
        await settle(pilot)
        assert [f.kind for f in app.main.filters] == [FilterKind.UNREAD]
        assert "sport/marathon.txt" in {row.id for row in app.main.article_list.rows}


def test_filter_chips_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("6", "j", "enter", "U")
        await settle(pilot)

    app = ReaderApp(copy_collection(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
