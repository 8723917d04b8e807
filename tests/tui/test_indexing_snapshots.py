"""SVG snapshot of a search typed while the first index builds, at 80 columns
(regenerate with --snapshot-update)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from reader.tui import marking
from reader.tui.app import ReaderApp

from .conftest import SEEDS
from .indexing import hold_indexing, until

# The subject is the first build of the index: each test starts without one.
pytestmark = pytest.mark.fresh_index


def test_a_partial_search_while_indexing(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    gate = hold_indexing(monkeypatch, at=3)  # three of the five seeds searchable
    # Not read while the screenshot is made, however slow the machine (3 s open reads it).
    monkeypatch.setattr(marking, "READ_AFTER_SECONDS", 600)

    async def run_before(pilot: Pilot) -> None:
        main = pilot.app.main
        await until(pilot, lambda: gate.reached.is_set() and main.indexing is not None
                    and main.indexing.committed == 3 and main.article is not None)
        await pilot.press("slash", *"xiaomi")
        main.search_bar.input.cursor_blink = False  # a blinking cursor is not stable
        await until(pilot, lambda: main.search_query == "xiaomi")
        # Its matches and passages found: every worker done but the held indexing.
        await until(pilot, lambda: all(worker.is_finished for worker in pilot.app.workers
                                       if worker.group != "library"))

    assert snap_compare(ReaderApp(SEEDS), terminal_size=(80, 24), run_before=run_before)
