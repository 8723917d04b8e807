"""A first build of the seeds' index held at a chosen file, so a test sees the app
mid-index deterministically (no timing): the batches are made small enough that
the seeds' five files commit as 2 + 1 + 1 + 1 + 1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.worker import get_current_worker

from reader.index import extraction, updating


class Gate:
    """The corpus loader, stopping before the file numbered `at` (from 0) until
    `release()`, or until the app closes (its worker is cancelled)."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.loaded = 0
        self.reached = threading.Event()
        self._go = threading.Event()
        self._load = extraction.default_loader()

    def __call__(self, path: Path, root: Path) -> Any:
        if self.loaded == self.at:
            self.reached.set()
            worker = get_current_worker()
            while not self._go.wait(0.02) and not worker.is_cancelled:
                pass
        self.loaded += 1
        return self._load(path, root)

    def release(self) -> None:
        self._go.set()


def hold_indexing(monkeypatch: pytest.MonkeyPatch, at: int, *, batches: bool = True) -> Gate:
    """Hold the first build at file `at`; without `batches`, the seeds commit at once."""
    if batches:
        monkeypatch.setattr(updating, "FIRST_COMMIT", 2)
        monkeypatch.setattr(updating, "MIN_COMMIT", 1)
    gate = Gate(at)
    monkeypatch.setattr(extraction, "default_loader", lambda: gate)
    return gate


async def until(pilot: Pilot, condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let the app run until `condition` holds (a deadline only against hanging)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await pilot.pause(0.02)
