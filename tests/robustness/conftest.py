"""Fixtures for the robustness tests: the seeds index, small generated corpora, a child Python."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.index.library import Library

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seeds_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The real pipeline's index of the seeds, built once for every query test."""
    lib = Library.open(SEEDS, index_dir=tmp_path_factory.mktemp("seeds-index"))
    lib.update()
    yield lib
    lib.close()


def small_corpus(root: Path, count: int) -> Path:
    """`count` short, distinct articles: enough files to interrupt, quick to index."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (root / f"story-{i:04d}.txt").write_text(
            f"Harbour report number {i}\n\n"
            f"The harbour board met for the {i}th time and approved berth {i}. "
            f"Officials said traffic rose {i % 40} percent in the quarter.\n",
            encoding="utf-8",
        )
    return root


def child_env(home: Path) -> dict[str, str]:
    """The environment for a child process: the test's own user folders."""
    env = dict(os.environ)
    for name in ("CACHE", "DATA", "CONFIG", "STATE"):
        env[f"READER_{name}_DIR"] = str(home / name.lower())
    env["PYTHONPATH"] = str(REPO)
    return env


def start_child(code: str, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env=child_env(home),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
