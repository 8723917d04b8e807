"""The app's figures for the "Scale and speed" targets, in one run.

- start: launch to first drawn screen under tmux, beside an empty Textual app
  (the floor), median of `--runs` (see `startup_bench.py`);
- search: keystroke to updated list (see `search_latency.py`), with the
  index's own share (`Library.search`) reported apart;
- open: the open request to the view having drawn the article with its
  entities and the search matches marked, for typical articles and for one
  1 MB article (made by joining generated articles into one .txt file);
- memory: peak resident size of the app, headless, on a big corpus after
  opening articles and searching (a fresh process, so nothing else counts).

    READER_CACHE_DIR=... python benchmarks/app_bench.py --corpus benchmarks/out/corpus-2000 \\
        --big benchmarks/out/corpus-20000

Every corpus must already be indexed with the same READER_CACHE_DIR (the
open part indexes its own temporary corpus). Figures are wall-clock: on a
busy machine, compare runs made side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual.worker import WorkerCancelled, WorkerFailed

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_latency
import startup_bench

from reader.index.library import Library
from reader.paths import sample_corpus_dir
from reader.tui.app import ReaderApp

SIZE = (160, 45)
BIG_ARTICLE_BYTES = 1_000_000
TYPICAL_ARTICLES = 7
POLL = 0.001
MEMORY_QUERIES = ("market", "government", "energy OR oil", '"interest rates"', "bank")


async def settle(app: ReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()


# -- open ------------------------------------------------------------------------------


def make_open_corpus(source: Path, into: Path) -> tuple[list[str], str]:
    """Typical-sized articles from `source` plus one ~1 MB .txt; returns their ids."""
    files = sorted(p for p in source.rglob("*.txt") if not p.name.startswith("."))
    if not files:
        raise SystemExit(f"no .txt articles under {source}")
    by_size = sorted(files[:400], key=lambda p: p.stat().st_size)
    middle = len(by_size) // 2
    typical = by_size[middle - TYPICAL_ARTICLES // 2 : middle - TYPICAL_ARTICLES // 2
                      + TYPICAL_ARTICLES]
    into.mkdir(parents=True)
    for path in typical:
        shutil.copy(path, into / path.name)
    parts, size = [], 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        parts.append(text if not parts else text.split("\n", 1)[-1])  # one headline
        size += len(text.encode())
        if size >= BIG_ARTICLE_BYTES:
            break
    (into / "zz_one_megabyte.txt").write_text("\n\n".join(parts), encoding="utf-8")
    with Library.open(into) as library:
        library.update()
        ids = {s.path: s.id for s in library.summaries()}
    return [ids[p.name] for p in typical], ids["zz_one_megabyte.txt"]


def common_word(app: ReaderApp, article_id: str) -> str:
    """A plain word of the article's first body paragraph: the search whose matches get marked."""
    stored = app.main.library.article(article_id)
    words = [w.strip(".,;:\"'()").lower() for w in stored.paragraphs[-1].text.split()]
    return max((w for w in words if w.isalpha() and len(w) > 5), key=len, default="the")


async def time_open(app: ReaderApp, pilot, article_id: str) -> float:  # type: ignore[no-untyped-def]
    """Request to drawn: the article shown, its matches marked, the screen repainted."""
    main = app.main
    query = common_word(app, article_id)
    main.search_for(query)
    await settle(app, pilot)
    other = next(s.id for s in main.summaries if s.id != article_id)
    main.open_article(other)  # start from another article, as a reader would
    await settle(app, pilot)
    view = main.view
    started = time.perf_counter()
    main.open_article(article_id, then=main.search_landing(article_id))
    while not (view.article is not None and view.article.summary.id == article_id
               and main.search_session.hits_for == article_id):
        await asyncio.sleep(POLL)
    app.screen._on_timer_update()  # the repaint Textual would do on its next tick
    elapsed = time.perf_counter() - started
    main.close_search()
    await settle(app, pilot)
    return elapsed


async def measure_open(corpus: Path, typical: list[str], big: str,
                       runs: int) -> tuple[list[float], list[float], int, int]:
    app = ReaderApp(corpus)
    small_times: list[float] = []
    big_times: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for _ in range(runs):
            for article_id in typical:
                small_times.append(await time_open(app, pilot, article_id))
            big_times.append(await time_open(app, pilot, big))
        small_size = statistics.median(len(app.main.library.article(i).text) for i in typical)
        big_size = len(app.main.library.article(big).text)
    return small_times, big_times, int(small_size), big_size


# -- memory ----------------------------------------------------------------------------


async def exercise(corpus: Path) -> int:
    """Open articles and run searches as a reader would; returns the article count."""
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main
        for step in range(5):
            main.article_list.move_to(step * 97)
            await settle(app, pilot)
        for query in MEMORY_QUERIES:
            await pilot.press("slash", "ctrl+u", *query)
            await pilot.pause(0.2)
            await settle(app, pilot)
            await pilot.press("enter", "j", "j")
            await settle(app, pilot)
            await pilot.press("escape")
            await settle(app, pilot)
        return len(main.summaries)


def memory_child(corpus: Path, trace: bool) -> None:
    if trace:
        import tracemalloc

        tracemalloc.start(8)
    articles = asyncio.run(exercise(corpus))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{articles} {peak:.1f}")
    if trace:
        snapshot = tracemalloc.take_snapshot()
        for stat in snapshot.statistics("traceback")[:12]:
            print(f"# {stat.size / 2**20:7.1f} MiB {stat.count:8d} blocks", file=sys.stderr)
            for line in stat.traceback.format()[-6:]:
                print(f"#    {line}", file=sys.stderr)


def measure_memory(corpus: Path, trace: bool) -> tuple[int, float]:
    command = [sys.executable, __file__, "--memory-child", str(corpus)]
    if trace:
        command.append("--trace")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    if trace:
        print(done.stderr, file=sys.stderr)
    articles, peak = done.stdout.split()
    return int(articles), float(peak)


# -- report ----------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=sample_corpus_dir(),
                        help="the corpus for start and search (default: the sample corpus)")
    parser.add_argument("--big", type=Path, help="a large corpus (20,000 articles): start, "
                        "search and memory are measured on it too")
    parser.add_argument("--articles", type=Path, default=Path("benchmarks/out/corpus-2000"),
                        help="generated articles to build the open-article corpus from")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("start", "search", "open", "memory"), action="append")
    parser.add_argument("--trace", action="store_true", help="memory: tracemalloc top stats")
    parser.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.trace)
        return 0
    parts = args.only or ["start", "search", "open", "memory"]
    corpora = [args.corpus, *([args.big] if args.big else [])]

    if "start" in parts:
        for corpus in corpora:
            floor, ours = startup_bench.measure(corpus, args.runs)
            print(f"start  {corpus.name}: reader {ours * 1000:.0f} ms vs empty Textual app "
                  f"{floor * 1000:.0f} ms = {ours / floor:.2f}x the floor (target 1.5x); "
                  f"median of {args.runs}")
    if "search" in parts:
        for corpus in corpora:
            drawn, delays, searches, articles = asyncio.run(search_latency.measure(
                corpus, list(search_latency.DEFAULT_QUERIES), max(1, args.runs // 3)))
            print(f"search {corpus.name} ({articles:,} articles): keystroke -> list drawn "
                  f"{search_latency.summary(drawn)} (target 100 ms); until the app is idle "
                  f"{search_latency.summary(delays)}; Library.search median "
                  f"{statistics.median(searches):.0f} ms")
    if "open" in parts:
        with tempfile.TemporaryDirectory(prefix="reader-open-") as tmp:
            corpus = Path(tmp) / "corpus"
            typical, big = make_open_corpus(args.articles, corpus)
            small, large, small_size, big_size = asyncio.run(
                measure_open(corpus, typical, big, max(1, args.runs // 2)))
        print(f"open   typical article ({small_size:,} chars): median "
              f"{statistics.median(small) * 1000:.0f} ms, max {max(small) * 1000:.0f} ms "
              f"(target 50 ms)")
        print(f"open   1 MB article ({big_size:,} chars): median "
              f"{statistics.median(large) * 1000:.0f} ms, max {max(large) * 1000:.0f} ms "
              f"(target 1 s)")
    if "memory" in parts:
        corpus = args.big or args.corpus
        articles, peak = measure_memory(corpus, args.trace)
        print(f"memory {corpus.name} ({articles:,} articles): peak RSS {peak:.0f} MB "
              f"after opening articles and searching (target 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
