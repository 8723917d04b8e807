"""Where the index of a corpus folder lives.

Apart from the index code so that the app can find the manifest, and list
the articles from it, without importing Whoosh before its first frame.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader import paths

ENV_INDEX_DIR = "READER_INDEX_DIR"
MANIFEST_NAME = "manifest.sqlite"


def default_index_dir(corpus_root: Path) -> Path:
    base = os.environ.get(ENV_INDEX_DIR)
    root = Path(base).expanduser() if base else paths.cache_dir() / "index"
    return root / paths.corpus_key(corpus_root)
