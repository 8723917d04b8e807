"""Worker processes started from inside a running Textual app."""

from __future__ import annotations

import contextlib
import sys


def prepare_subprocesses() -> None:
    """Start multiprocessing's resource tracker with the terminal's stderr.

    Indexing a large corpus uses a process pool. The tracker process is spawned
    on first use with `sys.stderr.fileno()`; inside a running Textual app stderr
    is a capture object without a usable descriptor, and the spawn fails with
    "bad value(s) in fds_to_keep". So the real stderr stands in for the moment
    of the spawn. The main screen calls this after its first frame: the spawn
    starts a second Python, which slowed the first frame by ~100 ms on 2 cores.
    """
    from multiprocessing import resource_tracker

    captured = sys.stderr
    try:
        if sys.__stderr__ is not None:
            sys.stderr = sys.__stderr__
        with contextlib.suppress(OSError, ValueError):
            resource_tracker.ensure_running()
    finally:
        sys.stderr = captured
