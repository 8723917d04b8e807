"""Fixtures for app tests: the seeds corpus and a way to let workers finish."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
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


COLLECTION = Path(__file__).resolve().parents[1] / "data" / "collection"
# Undated files sort by their modification time: fixed here, so orders and
# snapshots do not depend on when the repository was checked out.
FILED = datetime(2024, 6, 1, 12, 0)


def copy_collection(target: Path) -> Path:
    """The foldered test corpus (topic folders, undated files, a copy, a syndicated
    edit, HTML references), copied under `target` with file times a day apart in
    path order."""
    root = target / "collection"
    shutil.copytree(COLLECTION, root)
    for i, path in enumerate(sorted(p for p in root.rglob("*") if p.is_file())):
        stamp = (FILED - timedelta(days=i)).timestamp()
        os.utime(path, (stamp, stamp))
    return root


@pytest.fixture(autouse=True)
def _snapshots_do_not_wait_for_the_read_mark(request: pytest.FixtureRequest,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An article opened 3 s becomes read: a snapshot must not depend on whether the
    test took that long (a first run on a fresh clone does)."""
    if "snap_compare" in request.fixturenames:
        from reader.tui import marking

        monkeypatch.setattr(marking, "READ_AFTER_SECONDS", 600.0)
