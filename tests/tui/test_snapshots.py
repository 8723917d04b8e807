"""SVG snapshots of the app on the seeds at 120x40 (regenerate with --snapshot-update)."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.tui.app import ReaderApp

from .conftest import SEEDS, settle

SIZE = (120, 40)


def test_main_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=settle)


def test_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)


def test_entities_tab(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("4")
        await pilot.pause()

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)


def test_quotes_tab(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("5", "j")
        await pilot.pause()

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)


def test_a_persons_quotes_across_the_corpus(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("4")
        for _ in range(12):
            row = pilot.app.main.query_one("#entities").highlighted_option
            if row is not None and row.id == "PERSON:Lei Jun":
                break
            await pilot.press("j")
        await pilot.press("w")
        await settle(pilot)

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)


def test_entity_browser(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("l", "e", "i")
        await settle(pilot)

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)


def test_figure_ledger(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)
