"""Delay from a keystroke in the search bar to the article list showing its results.

Runs the app headless (Textual's Pilot) on a corpus whose index is up to date,
types each query, then presses one more key (the query's last character) and
reports two figures:

- drawn: until the article list has drawn its first line of the new results
  (the moment they are on screen): the debounce, the search in its thread,
  handing the results to the list and the list's redraw;
- idle: until every result is listed (a broad query lists a first page of them
  first: `drawn` is then the page) and Pilot finds the whole app idle again,
  which also counts the work that follows (marking the open article's matches,
  the header, the status line) and Pilot's own polling: an upper bound.

"Library.search" is the index's time for the keystroke (the first page's and
the rest's, when there was a first page).

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
from reader.tui.widgets.article_list import ArticleList

# Plain words of news text, one rare, phrases and fields: the query kinds people type.
DEFAULT_QUERIES = (
    "market",
    "growth",
    "government",
    "energy",
    "company",
    "percent",
    "technology",
    "election",
    "bank",
    '"interest rates"',
    "title:report",
    "climate OR weather",
    "oil -price",
    "investment",
)
POLL_SECONDS = 0.002
TIMEOUT_SECONDS = 20.0


async def settle(app: ReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()


class _ListDrawn:
    """Notes when the article list first draws a line after being given new results
    (a first page of them, when the app lists one before the rest)."""

    def __init__(self) -> None:
        self.at: float | None = None
        self._waiting = False
        set_hits, render_line = ArticleList.set_hits, ArticleList.render_line

        def on_set_hits(widget, *args, **kwargs):  # type: ignore[no-untyped-def]
            self._waiting = True
            return set_hits(widget, *args, **kwargs)

        def on_render_line(widget, y):  # type: ignore[no-untyped-def]
            if self._waiting and self.at is None:  # a first page's draw, not the full list's
                self._waiting = False
                self.at = time.perf_counter()
            return render_line(widget, y)

        ArticleList.set_hits = on_set_hits  # type: ignore[method-assign]
        ArticleList.render_line = on_render_line  # type: ignore[method-assign]
        self._originals = (set_hits, render_line)

    def reset(self) -> None:
        self.at, self._waiting = None, False

    def close(self) -> None:
        ArticleList.set_hits, ArticleList.render_line = self._originals  # type: ignore[method-assign]


async def measure(
    corpus: Path, queries: list[str], runs: int
) -> tuple[list[float], list[float], list[float], int]:
    """Milliseconds per keystroke until drawn and until idle, Library.search's, articles."""
    app = ReaderApp(corpus)
    drawn: list[float] = []
    delays: list[float] = []
    searches: list[float] = []  # the index's own share, for reading the figure
    probe = _ListDrawn()
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            await _type_queries(app, pilot, queries, runs, probe, drawn, delays, searches)
            articles = len(app.main.summaries)
    finally:
        probe.close()
    return drawn, delays, searches, articles


async def _type_queries(  # type: ignore[no-untyped-def]
    app, pilot, queries, runs, probe, drawn, delays, searches
) -> None:
    await settle(app, pilot)
    for _ in range(runs):
        for query in queries:
            main = app.main
            await pilot.press("slash", "ctrl+u", *query[:-1])
            await pilot.pause(0.4)
            await settle(app, pilot)
            probe.reset()
            started = time.perf_counter()
            await pilot.press(query[-1])
            while (
                main.search_query != query
                or main.search_bar.value != query
                or main.search_session.busy  # only a first page is listed yet
            ):
                if time.perf_counter() - started > TIMEOUT_SECONDS:
                    break
                await asyncio.sleep(POLL_SECONDS)
            await pilot.pause()  # the list's repaint after the rows changed
            delays.append((time.perf_counter() - started) * 1000)
            if probe.at is not None:
                drawn.append((probe.at - started) * 1000)
            if main.search_result is not None:
                searches.append(main.search_result.elapsed_ms)
            if main.search_query != query:
                print(
                    f"  {query!r}: no results shown within {TIMEOUT_SECONDS:.0f} s "
                    f"({main.search_bar.message})"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=sample_corpus_dir())
    parser.add_argument("--queries", help="comma-separated; default: a mixed set")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-query", action="store_true", help="a line for each keystroke")
    args = parser.parse_args()
    queries = args.queries.split(",") if args.queries else list(DEFAULT_QUERIES)
    drawn, delays, searches, articles = asyncio.run(measure(args.corpus, queries, args.runs))
    if args.per_query and len(drawn) == len(delays) == len(searches):
        for query, d, i, s in zip(queries * args.runs, drawn, delays, searches, strict=True):
            print(f"  {query:24} drawn {d:5.0f} ms  idle {i:5.0f} ms  Library.search {s:5.0f} ms")
    print(
        f"{args.corpus.name}: {articles} articles, {len(delays)} keystrokes; "
        f"keystroke -> list drawn: {summary(drawn)}; until idle: {summary(delays)}; "
        f"Library.search median {statistics.median(searches):.0f} ms"
    )


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms, max {ordered[-1]:.0f} ms"


if __name__ == "__main__":
    main()
