"""Time from launching reader to its first drawn screen, measured from outside.

Each run starts the program in a fresh tmux session and polls the pane until
markers appear (for reader: the article count in the header, drawn once the
article list is filled, and the key footer's last key: the whole first screen).
An empty Textual app is measured the same way in the same run, as the floor no
Textual program can beat.

    python benchmarks/startup_bench.py [--corpus DIR] [--runs 5]

Needs tmux. The index should already be up to date (run `reader index DIR`),
otherwise the first run includes indexing. The unmeasured first run of each
program writes its bytecode caches (PYTHONDONTWRITEBYTECODE is unset for the
programs, also when the tmux server has it), as on an installed copy: otherwise
every run would compile reader's modules again (about 35 ms).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EMPTY_APP = """
from textual.app import App
from textual.widgets import Static

class Empty(App):
    def compose(self):
        yield Static("EMPTY-APP-READY")

Empty().run()
"""


def time_until(
    command: str, markers: tuple[str, ...], env: dict[str, str], timeout: float = 60.0
) -> list[float]:
    """Seconds from launch until each of `markers` is on the screen."""
    session = f"bench{os.getpid()}{time.monotonic_ns() % 100000}"
    env_prefix = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    start = time.perf_counter()
    subprocess.run(
        [
            "tmux",
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "160",
            "-y",
            "45",
            f"env -u PYTHONDONTWRITEBYTECODE {env_prefix} {command}",
        ],
        check=True,
    )
    seen: dict[str, float] = {}
    try:
        while time.perf_counter() - start < timeout:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            now = time.perf_counter() - start
            for marker in markers:
                if marker in pane:
                    seen.setdefault(marker, now)
            if len(seen) == len(markers):
                return [seen[m] for m in markers]
            time.sleep(0.005)
        missing = [m for m in markers if m not in seen]
        raise TimeoutError(f"{missing!r} did not appear within {timeout} s")
    finally:
        subprocess.run(
            ["tmux", "kill-session", "-t", session], check=False, stderr=subprocess.DEVNULL
        )


LIST_MARKER = "articles"  # the article count in the header: the list is drawn
FOOTER_MARKER = "^p palette"  # the key footer's last key: the whole first screen is drawn


def measure(
    corpus: Path | None, runs: int = 5, markers: tuple[str, ...] = (LIST_MARKER, FOOTER_MARKER)
) -> tuple[float, list[float]]:
    """Median seconds to first screen: the empty Textual app's, and reader's on `corpus`
    until each of `markers` is drawn."""
    env = {k: v for k, v in os.environ.items() if k.startswith("READER_")}
    reader = shutil.which("reader") or str(Path(sys.executable).with_name("reader"))
    reader_cmd = " ".join(shlex.quote(x) for x in [reader, *([str(corpus)] if corpus else [])])
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(EMPTY_APP)
        empty_cmd = f"{shlex.quote(sys.executable)} {shlex.quote(handle.name)}"
    # A session that outlives the measured ones: otherwise tmux's server exits with
    # each killed session and the next new-session can race its exit and fail.
    keeper = f"bench-keeper{os.getpid()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 86400"], check=True)
    try:
        # One unmeasured run each warms the page cache and (for reader) the index.
        time_until(empty_cmd, ("EMPTY-APP-READY",), env)
        time_until(reader_cmd, markers, env, timeout=3600)
        # Alternated, so a burst of load on the machine hits both alike.
        empty: list[float] = []
        full: list[list[float]] = []
        for _ in range(runs):
            empty += time_until(empty_cmd, ("EMPTY-APP-READY",), env)
            full.append(time_until(reader_cmd, markers, env))
    finally:
        os.unlink(handle.name)
        subprocess.run(["tmux", "kill-session", "-t", keeper], check=False)
    return statistics.median(empty), [statistics.median(times) for times in zip(*full, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="default: the sample corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--marker",
        action="append",
        help="text whose appearance is timed (repeatable); default: the header's article"
        f" count ({LIST_MARKER!r}) and the key footer's last key ({FOOTER_MARKER!r})",
    )
    args = parser.parse_args()
    if not shutil.which("tmux"):
        print("startup_bench needs tmux (apt-get install tmux)", file=sys.stderr)
        return 2
    markers = tuple(args.marker or (LIST_MARKER, FOOTER_MARKER))
    floor, ours = measure(args.corpus, args.runs, markers)
    print(f"corpus: {args.corpus or 'sample corpus'}; {args.runs} runs each, median")
    print(f"empty Textual app to first screen: {floor * 1000:7.0f} ms")
    for marker, seconds in zip(markers, ours, strict=True):
        print(
            f"reader until {marker!r} is drawn: {seconds * 1000:7.0f} ms"
            f"  ({seconds / floor:.2f}x the floor)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
