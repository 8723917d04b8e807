"""How fast the corpus views answer: the entity browser, its details, the figure ledger.

Two parts, on a corpus whose index is up to date:

- the index alone (`Library`): every entity with its counts (from a freshly
  opened library, then cached), who appears with the most common entities,
  their articles per month, and their figure ledgers;
- the app, headless (Textual's Pilot): from pressing `E` until the browser
  draws its list of entities, from each key typed in its filter until the list
  draws the entities matching it, and from ctrl+l until the ledger draws its
  rows (the first line drawn after the rows changed).

    python benchmarks/corpus_views_bench.py [--corpus DIR] [--runs 3] [--common 5]

Index the corpus first (`reader index DIR`) with the same READER_CACHE_DIR.
Targets at 20,000 articles (issue "Across the corpus"): the browser open in
under 300 ms, under 100 ms a key, a common entity's ledger under 500 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from textual.worker import WorkerCancelled, WorkerFailed

from reader.index.library import Library
from reader.paths import sample_corpus_dir
from reader.tui.app import ReaderApp
from reader.tui.screens.entities import EntityBrowser, EntityRows
from reader.tui.screens.ledger import LedgerRows, LedgerScreen

T = TypeVar("T")
POLL_SECONDS = 0.002
TIMEOUT_SECONDS = 30.0


def timed(call: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def spread(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms  (n={len(values)})"


def core(corpus: Path, runs: int, common: int) -> None:
    cold: list[float] = []
    for _ in range(runs):
        with Library.open(corpus) as library:
            ms, entities = timed(library.corpus_entities)
            cold.append(ms)
    with Library.open(corpus) as library:
        entities = library.corpus_entities()
        warm = [timed(library.corpus_entities)[0] for _ in range(runs)]
        print(f"articles {len(library.summaries()):,}, entities {len(entities):,}")
        print(f"  every entity, freshly opened index   {spread(cold)}")
        print(f"  every entity, again (cached)         {spread(warm)}")
        companions, months, ledgers, rows = [], [], [], []
        for entity in entities[:common]:
            companions.append(timed(lambda e=entity: library.companions(e))[0])
            months.append(timed(lambda e=entity: library.entity_timeline(e))[0])
            ms, found = timed(lambda e=entity: library.ledger(e))
            ledgers.append(ms)
            rows.append(len(found))
        print(f"  who appears with (top {common})          {spread(companions)}")
        print(f"  articles per month (top {common})        {spread(months)}")
        print(f"  figure ledger (top {common})             {spread(ledgers)}"
              f"  rows {min(rows, default=0):,}-{max(rows, default=0):,}")


async def settle(app: ReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()


async def wait_until(check: Callable[[], bool]) -> None:
    started = time.perf_counter()
    while not check():
        if time.perf_counter() - started > TIMEOUT_SECONDS:
            raise TimeoutError("the app did not answer in time")
        await asyncio.sleep(POLL_SECONDS)


class Drawn:
    """When a list first draws a line after it was given new rows (`show`)."""

    def __init__(self, *classes: type) -> None:
        self.at: float | None = None
        self._waiting = False
        self._originals = [(cls, cls.show, cls.render_line) for cls in classes]
        for cls, show, render_line in self._originals:
            def on_show(widget, *args, _show=show, **kwargs):  # type: ignore[no-untyped-def]
                self._waiting = True
                return _show(widget, *args, **kwargs)

            def on_render_line(widget, y, _render=render_line):  # type: ignore[no-untyped-def]
                if self._waiting:
                    self._waiting = False
                    self.at = time.perf_counter()
                return _render(widget, y)

            cls.show = on_show
            cls.render_line = on_render_line

    def reset(self) -> None:
        self.at, self._waiting = None, False

    def since(self, started: float) -> float:
        return ((self.at or time.perf_counter()) - started) * 1000

    def close(self) -> None:
        for cls, show, render_line in self._originals:
            cls.show, cls.render_line = show, render_line


async def in_app(corpus: Path, runs: int, typed: str) -> None:
    probe = Drawn(EntityRows, LedgerRows)
    try:
        await _in_app(corpus, runs, typed, probe)
    finally:
        probe.close()


async def _in_app(corpus: Path, runs: int, typed: str, probe: Drawn) -> None:
    app = ReaderApp(corpus)
    opened: list[float] = []
    keys: list[float] = []
    ledgers: list[float] = []
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        articles = len(app.main.summaries)
        for _ in range(runs):
            probe.reset()
            started = time.perf_counter()
            await pilot.press("E")
            await wait_until(lambda: isinstance(app.screen, EntityBrowser)
                             and app.screen.entities is not None)
            await pilot.pause()  # the list drawn
            opened.append(probe.since(started))
            browser = app.screen
            assert isinstance(browser, EntityBrowser)
            rows = browser.entity_rows
            for char in typed:
                before = rows.entities
                probe.reset()
                started = time.perf_counter()
                await pilot.press(char)
                await wait_until(lambda rows=rows, before=before: rows.entities is not before)
                await pilot.pause()  # the filtered list drawn
                keys.append(probe.since(started))
            await pilot.press(*["backspace"] * len(typed))
            await settle(app, pilot)
            probe.reset()
            started = time.perf_counter()
            await pilot.press("ctrl+l")
            await wait_until(lambda: isinstance(app.screen, LedgerScreen)
                             and bool(app.screen.rows or app.screen.query_one("#ledger-rows")
                                      .empty))
            await pilot.pause()
            ledgers.append(probe.since(started))
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape", "escape")
            await settle(app, pilot)
    print(f"in the app ({articles:,} articles):")
    print(f"  E until the entities are listed        {spread(opened)}")
    print(f"  a key typed until the list follows     {spread(keys)}")
    print(f"  ctrl+l until the ledger is listed      {spread(ledgers)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=sample_corpus_dir())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--common", type=int, default=5, help="how many top entities to time")
    parser.add_argument("--typed", default="chin", help="what to type in the browser's filter")
    args = parser.parse_args()
    core(args.corpus, args.runs, args.common)
    asyncio.run(in_app(args.corpus, args.runs, args.typed))


if __name__ == "__main__":
    main()
