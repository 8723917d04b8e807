"""Indexing and query speed of the index layer on synthetic corpora.

    python benchmarks/index_bench.py [--sizes 2000,20000] [--no-pool] [--keep]

For each size: generates (once) a corpus under benchmarks/out/, then reports
the pipeline rate (load + extract + index) beside a plain Whoosh index of the
same files built in the same run (what a user might script instead: title and
stemmed body, stock Whoosh, one process), each built in a child process so
that its peak memory is its own, with both indexes' sizes; then Whoosh's rate
on reader's own documents without extraction, query latency (median, p95)
over a fixed mixed query set with passages for 20 results, and the
time of an incremental update after 10 files changed (their text is restored
afterwards, so the generated corpus stays as generated) and of one with no change.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate

from reader.corpus.loader import list_files, load_file
from reader.index import storage, updating
from reader.index.extraction import document
from reader.index.library import Library, default_index_dir
from reader.index.model import SortOrder

OUT = Path(__file__).resolve().parent / "out"


def queries(lib: Library) -> list[tuple[str, SortOrder]]:
    people = [f.name for f in lib.facets(per_type=3) if f.type == "PERSON"]
    orgs = [f.name for f in lib.facets(per_type=3) if f.type == "ORG"]
    person = people[0] if people else "nobody"
    org = orgs[0] if orgs else "nothing"
    r, n = SortOrder.RELEVANCE, SortOrder.NEWEST
    return [
        ("investors", r),
        ("solar AND grid", r),
        ('"electric vehicle"', r),
        ('"clinical trial" OR vaccine', r),
        (f'person:"{person}"', r),
        (f'org:"{org}" AND date:2023', r),
        ("shares AND date:[2023-01 to 2023-06]", n),
        ("title:refinery", n),
        ("invest*", r),
        ("semicond*", r),
        ("invstors~", r),
        ("elecrticity~2", r),
        ("railway NOT freight", r),
        ("(oil OR gas) AND emissions", r),
        ("date:2024 AND hospital", n),
        ("budget reform opposition", r),
    ]


def query_latency(lib: Library, runs: int = 5) -> dict[str, list[float]]:
    """Milliseconds of each run of each query, 20 results with passages, after a warm-up."""
    out: dict[str, list[float]] = {}
    for query, sort in queries(lib):
        lib.search(query, sort=sort, limit=20, passages=20)  # warm
        timings = out.setdefault(query, [])
        for _ in range(runs):
            t = time.perf_counter()
            lib.search(query, sort=sort, limit=20, passages=20)
            timings.append((time.perf_counter() - t) * 1000)
    return out


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[max(0, int(len(sorted_values) * q) - 1)]


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def incremental(lib: Library, corpus: Path, changed: int = 10) -> tuple[float, int, float]:
    """Seconds for update() after `changed` files were edited, files re-indexed,
    and seconds for an update that finds nothing to do."""
    files = list_files(corpus)
    step = max(1, len(files) // changed)
    picked = files[::step][:changed]
    originals = {path: path.read_bytes() for path in picked}
    try:
        for path, data in originals.items():
            path.write_bytes(data + b"\n\nAnalysts said the change added 12 percent to costs.\n")
        t = time.perf_counter()
        report = lib.update()
        changed_seconds = time.perf_counter() - t
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    lib.update()  # index the restored text again
    t = time.perf_counter()
    lib.update()
    return changed_seconds, report.changed, time.perf_counter() - t


def plain_whoosh(corpus: Path, out: Path) -> tuple[float, float, float]:
    """Files per second, size in MB and peak MB of a stock Whoosh index of `corpus`,
    built in a child process so that its memory is measured apart."""
    code = f"""
import resource, sys, time
from pathlib import Path
from whoosh import fields, index
from whoosh.analysis import StemmingAnalyzer
root, out = Path({str(corpus)!r}), Path({str(out)!r})
started = time.perf_counter()
schema = fields.Schema(path=fields.ID(stored=True, unique=True), title=fields.TEXT(stored=True),
                       body=fields.TEXT(analyzer=StemmingAnalyzer()))
out.mkdir(parents=True)
ix = index.create_in(out, schema)
writer = ix.writer()
n = 0
for path in sorted(root.rglob("*.txt")):
    text = path.read_text(encoding="utf-8", errors="replace")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    writer.add_document(path=str(path.relative_to(root)), title=title, body=text)
    n += 1
writer.commit()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(n / (time.perf_counter() - started), peak)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    rate, peak = (float(v) for v in result.stdout.split())
    return rate, du(out) / 1e6, peak


def index_in_child(corpus: Path, index_dir: Path, no_pool: bool) -> tuple[float, float]:
    """Articles per second and peak MB of the main process of reader's own build
    from nothing, in a child process, as `reader index` runs it (the extraction
    workers, started by a fork server, are not its children and are not counted)."""
    code = f"""
import resource, time
from pathlib import Path
from reader.index import updating
from reader.index.library import Library
if {no_pool!r}:
    updating.POOL_THRESHOLD = 10**9
lib = Library.open(Path({str(corpus)!r}), index_dir=Path({str(index_dir)!r}))
started = time.perf_counter()
report = lib.update(rebuild=True)
rate = report.articles / (time.perf_counter() - started)
lib.close()
print(rate, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    rate, peak = (float(v) for v in result.stdout.split())
    return rate, peak


def bench(size: int, no_pool: bool, keep: bool) -> None:
    corpus = OUT / f"corpus-{size}"
    if not corpus.exists():
        generate(corpus, size)
    work = Path(tempfile.mkdtemp(prefix="reader-bench-", dir=OUT))
    try:
        if no_pool:
            updating.POOL_THRESHOLD = 10**9
        index_dir = default_index_dir(corpus.resolve()) if keep else work / "index"
        pipeline, own_mb = index_in_child(corpus, index_dir, no_pool)
        plain_rate, plain_mb, plain_peak = plain_whoosh(corpus, work / "stock")
        index_mb = du(index_dir) / 1e6
        lib = Library.open(corpus, index_dir=index_dir)
        report = lib.update()

        docs = []
        for path in list_files(corpus):
            loaded = load_file(path, corpus)
            if isinstance(loaded, list):
                rel = path.relative_to(corpus).as_posix()
                docs.extend(document(a, rel, [], []) for a in loaded)
        started = time.perf_counter()
        storage.bulk_write(work / "plain", docs)
        whoosh_only = len(docs) / (time.perf_counter() - started)

        timings = sorted(t for ts in query_latency(lib).values() for t in ts)
        p95 = percentile(timings, 0.95)
        t = time.perf_counter()
        lib.summaries()
        summaries_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        lib.facets("investors")
        facets_ms = (time.perf_counter() - t) * 1000
        update_s, update_changed, noop_s = incremental(lib, corpus)
        lib.close()
        print(
            f"{size} articles ({'no pool' if no_pool else 'pool'}): "
            f"pipeline {pipeline:.0f} articles/s against stock Whoosh {plain_rate:.0f} files/s "
            f"(ratio {pipeline / plain_rate:.2f}); index {index_mb:.1f} MB against "
            f"{plain_mb:.1f} MB (ratio {index_mb / plain_mb:.2f}); peak memory of the build's "
            f"main process {own_mb:.0f} MB against {plain_peak:.0f} MB; "
            f"reader's writer alone on its documents {whoosh_only:.0f} docs/s "
            f"(pipeline ratio {pipeline / whoosh_only:.2f}); "
            f"query median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms "
            f"({len(timings)} runs, 20 passages); summaries {summaries_ms:.0f} ms, "
            f"facets {facets_ms:.0f} ms; {report.entities} entities, "
            f"{report.figures} figures; update after {update_changed} changed files "
            f"{update_s * 1000:.0f} ms, update with no change {noop_s * 1000:.0f} ms",
            flush=True,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300", help="comma-separated corpus sizes")
    parser.add_argument("--no-pool", action="store_true", help="extract in the main process")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="build where the app looks (under READER_CACHE_DIR) and keep it, for app_bench",
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        bench(size, args.no_pool, args.keep)


if __name__ == "__main__":
    main()
