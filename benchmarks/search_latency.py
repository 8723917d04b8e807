"""Delay from a keystroke in the search bar to the article list showing its results.

Runs the app headless (Textual's Pilot) on a corpus whose index is up to date,
types each query, then presses one more key (the query's last character) and
polls until the list shows the results of the full query. The figure is the
whole delay the user waits: the debounce, the search in its thread and the
redraw. Nothing is subtracted.

    python benchmarks/search_latency.py [--corpus DIR] [--queries q1,q2,...] [--runs 3]

Index the corpus first (`reader index DIR`), with the same READER_CACHE_DIR.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import time
from pathlib import Path

from textual.worker import WorkerCancelled, WorkerFailed

from reader.paths import sample_corpus_dir
from reader.tui.app import ReaderApp

# Plain words of news text, one rare, phrases and fields: the query kinds people type.
DEFAULT_QUERIES = (
    "market", "growth", "government", "energy", "company", "percent", "technology",
    "election", "bank", '"interest rates"', "title:report", "climate OR weather",
    "oil -price", "investment",
)
POLL_SECONDS = 0.002
TIMEOUT_SECONDS = 20.0


async def settle(app: ReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()


async def measure(corpus: Path, queries: list[str],
                  runs: int) -> tuple[list[float], list[float], int]:
    app = ReaderApp(corpus)
    delays: list[float] = []
    searches: list[float] = []  # the index's own share, for reading the figure
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        articles = len(app.main.summaries)
        for _ in range(runs):
            for query in queries:
                main = app.main
                await pilot.press("slash", "ctrl+u", *query[:-1])
                await pilot.pause(0.4)
                await settle(app, pilot)
                started = time.perf_counter()
                await pilot.press(query[-1])
                while main.search_query != query or main.search_bar.value != query:
                    if time.perf_counter() - started > TIMEOUT_SECONDS:
                        break
                    await asyncio.sleep(POLL_SECONDS)
                await pilot.pause()  # the list's repaint after the rows changed
                delays.append((time.perf_counter() - started) * 1000)
                if main.search_result is not None:
                    searches.append(main.search_result.elapsed_ms)
                if main.search_query != query:
                    print(f"  {query!r}: no results shown within {TIMEOUT_SECONDS:.0f} s "
                          f"({main.search_bar.message})")
    return delays, searches, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=sample_corpus_dir())
    parser.add_argument("--queries", help="comma-separated; default: a mixed set")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    queries = args.queries.split(",") if args.queries else list(DEFAULT_QUERIES)
    delays, searches, articles = asyncio.run(measure(args.corpus, queries, args.runs))
    delays.sort()
    p95 = delays[min(len(delays) - 1, round(0.95 * (len(delays) - 1)))]
    print(f"{args.corpus.name}: {articles} articles, {len(delays)} keystrokes; "
          f"keystroke -> list: median {statistics.median(delays):.0f} ms, "
          f"p95 {p95:.0f} ms, max {delays[-1]:.0f} ms (debounce included); "
          f"of which Library.search median {statistics.median(searches):.0f} ms")


if __name__ == "__main__":
    main()
