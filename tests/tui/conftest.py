"""Fixtures for app tests: the seeds corpus, its index built once, and a way to let
workers finish."""

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

from reader import paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fresh_index: the test starts with no index of the seeds (the app builds it), "
        "not with a copy of the one built once per test process",
    )


@pytest.fixture(scope="session")
def _seeds_index_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' index, built once per test process by the real pipeline with
    default settings (in a home of its own, never the user's)."""
    from reader.index.library import Library

    home = tmp_path_factory.mktemp("seeds-index-home")
    folder = tmp_path_factory.mktemp("seeds-index")
    with pytest.MonkeyPatch.context() as patch:
        for env in (paths.ENV_CACHE, paths.ENV_DATA, paths.ENV_CONFIG, paths.ENV_STATE):
            patch.setenv(env, str(home / env.lower()))
        patch.delenv("READER_INDEX_DIR", raising=False)
        with Library.open(SEEDS, index_dir=folder / "index") as library:
            library.update()
    return folder / "index"


@pytest.fixture(autouse=True)
def _seeds_already_indexed(request: pytest.FixtureRequest, isolated_user_dirs: Path) -> None:
    """Each test finds the seeds indexed in its own cache, as on a second start, unless
    marked `fresh_index`: a copy of the index built once, where every test used to
    build its own (the same files, so the same index). Tests on other corpora are
    unaffected (their index lives under another key)."""
    if request.node.get_closest_marker("fresh_index"):
        return
    from reader.index.location import default_index_dir

    # copytree keeps the files' times: the manifest's snapshot of the Whoosh files
    # (size, time) matches, so the copy opens as up to date.
    shutil.copytree(request.getfixturevalue("_seeds_index_once"), default_index_dir(SEEDS))


QUIET_ROUNDS = 2
MOST_ROUNDS = 12


async def settle(pilot: Pilot) -> None:
    """Wait until the app has no work left: workers start workers (open -> read article).

    In rounds: wait for the running workers, then pause (the queued messages
    handled, the screen drawn, the process idle). Done after QUIET_ROUNDS rounds
    in a row that had no worker when they started or ended (a worker's result
    handled in one round can start the next worker), or after MOST_ROUNDS. A
    fixed six rounds used to end every wait, however quiet the app was: most of
    them paused an app with nothing left to do. The app's own timers (a debounce,
    a delay before details) are not waited for here: a test that needs one fired
    pauses for it.

    A failed worker is not an error here: the app reports it, and tests check how.
    """
    app = pilot.app
    quiet = 0
    for _ in range(MOST_ROUNDS):
        busy = bool(app.workers)
        with contextlib.suppress(WorkerCancelled, WorkerFailed):  # failures are the app's to report
            await app.workers.wait_for_complete()
        await pilot.pause()
        quiet = 0 if busy or app.workers else quiet + 1
        if quiet == QUIET_ROUNDS:
            return


def drawn_with(view: Any, component: str) -> str:
    """The text the article view draws on screen with a component class's background
    (the flash, a quote's tint, a bookmark's): what a reader sees highlighted, the
    pieces on successive lines joined by a space."""
    background = view.get_component_rich_style(component).bgcolor
    pieces = []
    for y in range(view.scrollable_content_region.height):
        strip = view.render_line(y)
        piece = "".join(s.text for s in strip if s.style is not None
                        and s.style.bgcolor == background)
        if piece.strip():
            pieces.append(piece.strip())
    return " ".join(pieces)


def flashed(view: Any) -> str:
    """The text shown flashed (a figure, quote or bookmark the reader jumped to)."""
    return drawn_with(view, "article-view--flash")


def words(text: str) -> str:
    """`text` with its runs of whitespace as single spaces (as lines wrap it)."""
    return " ".join(text.split())


def on_screen(view: Any, offset: int) -> bool:
    line = view.line_of_offset(offset)
    top = int(view.scroll_y)
    return line is not None and top <= line < top + view.scrollable_content_region.height


async def jump_to_last_figure(pilot: Pilot, view: Any) -> None:
    """Press 3 (figures), G (last), Enter, and check the text scrolled to that
    figure, off screen before, and flashed it."""
    article = view.article
    last = article.figures[-1]
    assert not on_screen(view, last.start), "the last figure starts off screen"
    await pilot.press("3", "G", "enter")
    await pilot.pause()
    assert on_screen(view, last.start)
    assert flashed(view) == words(article.text[last.start : last.end])


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
