"""SVG snapshots of search on the seeds at 120x40 (regenerate with --snapshot-update)."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.tui.app import ReaderApp

from .conftest import SEEDS, settle

SIZE = (120, 40)


async def search(pilot: Pilot, query: str) -> None:
    await settle(pilot)
    await pilot.press("slash", *query)
    pilot.app.main.search_bar.input.cursor_blink = False  # a blinking cursor is not stable
    await pilot.pause(0.3)
    await settle(pilot)


def test_search_results(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await search(pilot, "xiaomi")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)


def test_search_error(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await search(pilot, "xiaomi")
        await pilot.press(*' "lei jun')
        await pilot.pause(0.3)
        await settle(pilot)

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)
