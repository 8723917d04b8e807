"""Wall-clock time of short CLI commands against a bare `python -c pass`, from outside.

Each command runs as a fresh process, alternating with the others so that a burst
of load hits them all alike; the medians and their ratios to `python -c pass` are
printed, with the targets of issue #20 (`--help` within 3x, `search` within 5x).

    python benchmarks/cli_startup_bench.py [--corpus DIR] [--query TEXT] [--runs 15] [--code DIR]

What runs, from the repository root with PYTHONPATH set to it (so that an installed
`reader` script runs this checkout's code, not the copy it was installed from):

    python -c pass
    python -m reader --help
    reader --help                                   (the console script, when found)
    python -m reader search QUERY --corpus DIR      (default: xiaomi on seeds/)
    reader search QUERY --corpus DIR
    reader search QUERY --corpus DIR --json
    python -c "import whoosh.index, whoosh.searching"               (floors: what a
    python -c "import whoosh.index, whoosh.searching, rich.console" search cannot avoid,
    python -c "import reader.index, whoosh.index, whoosh.searching" and Whoosh's lean
                                                                    import by reader.index)
    python -m reader search QUERY --corpus DIR, with DIR's code     (--code DIR: another
                                                                    checkout, alternated)

READER_CACHE_DIR, READER_DATA_DIR, READER_CONFIG_DIR and READER_STATE_DIR point to a
temporary folder, where `reader index DIR` builds the index before any timing, so a
search only checks that the index is current. One unmeasured run of each command
first writes the bytecode caches (PYTHONDONTWRITEBYTECODE is cleared for the children),
as on an installed copy: otherwise every run would compile reader's modules again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"--help": 3.0, "search": 5.0}  # most times `python -c pass`, from the issue


def run_once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - start
    # `reader search` exits 1 when nothing matches: still a complete run.
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr!r}")
    return elapsed


def commands(corpus: Path, query: str, code: Path | None = None) -> dict[str, list[str]]:
    python = sys.executable
    found: dict[str, list[str]] = {
        "python -c pass": [python, "-c", "pass"],
        "python -m reader --help": [python, "-m", "reader", "--help"],
    }
    script = Path(python).with_name("reader")
    if script.exists():
        found["reader --help"] = [str(script), "--help"]
    search = ["search", query, "--corpus", str(corpus)]
    found[f"python -m reader search {query}"] = [python, "-m", "reader", *search]
    if script.exists():
        found[f"reader search {query}"] = [str(script), *search]
        found[f"reader search {query} --json"] = [str(script), *search, "--json"]
    if code is not None:
        run_there = (
            f"import runpy, sys; sys.path.insert(0, {str(code)!r}); "
            "runpy.run_module('reader', run_name='__main__', alter_sys=True)"
        )
        found[_other_label(query, code)] = [python, "-c", run_there, *search]
    whoosh = "import whoosh.index, whoosh.searching"
    found["floor: import whoosh"] = [python, "-c", whoosh]
    found["floor: import whoosh, rich.console"] = [python, "-c", f"{whoosh}, rich.console"]
    found["floor: import whoosh as reader.index"] = [python, "-c", f"import reader.index; {whoosh}"]
    return found


def _other_label(query: str, code: Path) -> str:
    return f"python -m reader search {query} ({code.name})"


def _environment(folder: Path, code: Path) -> dict[str, str]:
    """The children's environment: `code` first on the path, reader's folders in `folder`."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), env.get("PYTHONPATH")]))
    for name in ("CACHE", "DATA", "CONFIG", "STATE"):
        env[f"READER_{name}_DIR"] = str(folder / name.lower())
    return env


def measure(corpus: Path, query: str, runs: int, code: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="cli-bench-") as tmp:
        env = _environment(Path(tmp) / "here", ROOT)
        # The other checkout keeps an index of its own: another extraction version would
        # find this one stale, and each search would rebuild it.
        other = _environment(Path(tmp) / "other", code) if code is not None else env
        for checkout, its_env in ((ROOT, env), (code, other)):
            if checkout is None:
                continue
            subprocess.run(
                [sys.executable, "-m", "reader", "index", str(corpus)],
                cwd=checkout,
                env=its_env,
                stdout=subprocess.DEVNULL,
                check=True,
            )
        todo = commands(corpus, query, code)
        others = {_other_label(query, code)} if code is not None else set()
        envs = {label: other if label in others else env for label in todo}
        for label, command in todo.items():  # bytecode caches, page cache
            run_once(command, envs[label])
        times: dict[str, list[float]] = {label: [] for label in todo}
        for _ in range(runs):
            for label, command in todo.items():
                times[label].append(run_once(command, envs[label]))
    return {label: statistics.median(values) for label, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds", help="default: seeds/")
    parser.add_argument("--query", default="xiaomi", help="default: xiaomi")
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument(
        "--code", type=Path, help="also `reader search` with the code of this checkout, alternated"
    )
    args = parser.parse_args()
    code = args.code.resolve() if args.code else None
    medians = measure(args.corpus.resolve(), args.query, args.runs, code)
    floor = medians["python -c pass"]
    print(f"{args.runs} runs each, median wall clock; ratio to `python -c pass`")
    for label, seconds in medians.items():
        ratio = seconds / floor
        target = next(
            (t for key, t in TARGETS.items() if key in label and "floor" not in label), None
        )
        verdict = ""
        if target is not None:
            verdict = f"  target {target:.0f}x: {'met' if ratio <= target else 'NOT met'}"
        print(f"{label:<40} {seconds * 1000:7.1f} ms  {ratio:5.2f}x{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
