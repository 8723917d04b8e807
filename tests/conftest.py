"""Every test runs with its own cache, data, config and state folders.

No test may read or write the real user's reader folders, so the environment
overrides from `reader.paths` point into the test's tmp_path by default.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import paths

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "seeds"
GOLD_FILE = REPO_ROOT.parent / "shared" / "gold" / "seeds.gold.json"


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
