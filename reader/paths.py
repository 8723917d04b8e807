"""Where reader keeps its files.

Derived data (indexes) is disposable and goes to the cache dir; what the user
wrote (bookmarks, reading state, search history) goes to the data dir; settings
to the config dir; logs to the state dir. Each can be overridden by an
environment variable so that tests and scripts never touch a real home.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "reader"

ENV_CACHE = "READER_CACHE_DIR"
ENV_DATA = "READER_DATA_DIR"
ENV_CONFIG = "READER_CONFIG_DIR"
ENV_STATE = "READER_STATE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _dir(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value).expanduser() if value else Path(default)


def cache_dir() -> Path:
    return _dir(ENV_CACHE, platformdirs.user_cache_dir(APP_NAME))


def data_dir() -> Path:
    return _dir(ENV_DATA, platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    return _dir(ENV_CONFIG, platformdirs.user_config_dir(APP_NAME))


def state_dir() -> Path:
    return _dir(ENV_STATE, platformdirs.user_state_dir(APP_NAME))


def corpus_key(root: Path) -> str:
    """A short stable name for a corpus folder, used to keep per-corpus data apart."""
    resolved = str(Path(root).expanduser().resolve())
    # surrogateescape: a folder name that is not UTF-8 hashes as its bytes.
    digest = hashlib.sha1(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(resolved).name)[:40]
    return f"{name or 'root'}-{digest}"


def _bundled(name: str) -> Path:
    """A file shipped in the wheel under reader/_bundled, or the repository's copy."""
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.exists():
        return installed
    return _PACKAGE_DIR.parent / name


def sample_corpus_dir() -> Path:
    return _bundled("seeds")


def stylesheet_path() -> Path:
    return _bundled("styles.tcss")
