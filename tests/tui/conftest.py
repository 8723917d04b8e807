"""Fixtures for app tests: the seeds corpus and a way to let workers finish."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def settle(pilot: Pilot) -> None:
    """Wait until the app has no work left: workers start workers (open -> read article).

    A failed worker is not an error here: the app reports it, and tests check how.
    """
    for _ in range(6):
        with contextlib.suppress(WorkerCancelled, WorkerFailed):  # failures are the app's to report
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def jump_to_last_figure(pilot: Pilot, view: Any) -> None:
    """Press 3 (figures), G (last), Enter, and check the text scrolled to that
    figure and flashed it: the last figure is the one most likely off screen."""
    figures = view.article.figures
    await pilot.press("3", "G", "enter")
    await pilot.pause()
    last = figures[-1]
    line = view.line_of_offset(last.start)
    top = int(view.scroll_y)
    assert top <= line < top + view.scrollable_content_region.height
    assert view._flash == (last.start, last.end)
