"""Every test runs with its own cache, data, config and state folders.

No test may read or write the real user's reader folders, so the environment
overrides from `reader.paths` point into the test's tmp_path by default.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import paths

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "seeds"
GOLD_FILE = REPO_ROOT.parent / "shared" / "gold" / "seeds.gold.json"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """Two workers per core for `-n auto`: the app tests spend about half their time in
    Textual's idle waits between key presses, so one worker per core left the cores
    idle (on 2 cores: 115 s at 0.9 cores busy; 81 s with 4 workers)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 2 * (cores or 1)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "reader-home"
    for env, name in (
        (paths.ENV_CACHE, "cache"),
        (paths.ENV_DATA, "data"),
        (paths.ENV_CONFIG, "config"),
        (paths.ENV_STATE, "state"),
    ):
        monkeypatch.setenv(env, str(home / name))
    monkeypatch.delenv("READER_INDEX_DIR", raising=False)
    monkeypatch.delenv("READER_DB", raising=False)
    return home


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS_DIR
