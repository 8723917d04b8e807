"""Regenerate the README screenshots (SVG) from the real app on the sample corpus,
and on the foldered test corpus (tests/data/collection: folders, copies).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs headless with throwaway user folders, so your own reading state,
bookmarks and settings never show up in the pictures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from reader import paths

REPO = Path(__file__).resolve().parents[1]
SIZE = (120, 40)
NARROW = (80, 24)
COLLECTION = REPO / "tests" / "data" / "collection"


async def settle(pilot: Pilot) -> None:
    for _ in range(6):
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(pilot)


SHOTS: dict[str, Callable[[Pilot], Awaitable[None]]] = {
    "main": lambda pilot: press(pilot),
    "passage": lambda pilot: press(pilot, "J", "2", "j", "j", "j"),
    "figures": lambda pilot: press(pilot, "3", "j", "j", "enter"),
    "entities": lambda pilot: press(pilot, "4"),
    "entity-filter": lambda pilot: press(pilot, "4", "enter"),
    "raw": lambda pilot: press(pilot, "r"),
    "help": lambda pilot: press(pilot, "question_mark"),
    "entity-browser": lambda pilot: press(pilot, "E", "l", "e", "i"),
    "ledger": lambda pilot: press(pilot, "E", "ctrl+l"),
}

# On the foldered corpus: (keys, terminal size).
COLLECTION_SHOTS: dict[str, tuple[Callable[[Pilot], Awaitable[None]], tuple[int, int]]] = {
    "folders": (lambda pilot: press(pilot, "6", "j", "enter", "U"), SIZE),
    "copies": (lambda pilot: press(pilot, "j", "c"), SIZE),
    "narrow": (lambda pilot: press(pilot), NARROW),
    "narrow-side": (lambda pilot: press(pilot, "6"), NARROW),
}


async def shoot(name: str, out: Path, corpus: Path,
                keys: Callable[[Pilot], Awaitable[None]], size: tuple[int, int]) -> None:
    from reader.tui.app import ReaderApp

    app = ReaderApp(corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await keys(pilot)
        app.save_screenshot(f"{name}.svg", str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--corpus", type=Path, default=paths.sample_corpus_dir())
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reader-shots-") as home:
        for env in (paths.ENV_CACHE, paths.ENV_DATA, paths.ENV_CONFIG, paths.ENV_STATE):
            os.environ[env] = str(Path(home) / env.lower())
        for name, keys in SHOTS.items():
            asyncio.run(shoot(name, args.out, args.corpus, keys, SIZE))
            print(args.out / f"{name}.svg")
        for name, (keys, size) in COLLECTION_SHOTS.items():
            asyncio.run(shoot(name, args.out, COLLECTION, keys, size))
            print(args.out / f"{name}.svg")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
