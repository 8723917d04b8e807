"""Query latency on an existing index, query by query.

    READER_CACHE_DIR=... python benchmarks/query_bench.py benchmarks/out/corpus-20000

The same fixed mixed query set as `index_bench.py` (20 results with passages),
without rebuilding the index first: for profiling a change to search alone.
Index the corpus first (`reader index DIR`) with the same READER_CACHE_DIR.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from index_bench import percentile, query_latency

from reader.index.library import Library


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    t = time.perf_counter()
    lib = Library.open(args.corpus)
    lib.summaries()
    opened = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    first = lib.search("investors", limit=20, passages=20)
    first_ms = (time.perf_counter() - t) * 1000
    print(f"open + summaries {opened:.0f} ms; first query {first_ms:.0f} ms ({first.total} hits)")
    per_query = query_latency(lib, args.runs)
    for query, timings in per_query.items():
        print(f"  {statistics.median(timings):7.1f} ms  max {max(timings):7.1f}  {query}")
    timings = sorted(t for ts in per_query.values() for t in ts)
    print(
        f"query median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms "
        f"({len(timings)} runs, 20 passages)"
    )
    lib.close()


if __name__ == "__main__":
    main()
