"""The article list as the index last recorded it, for the app's first frame.

Listing the articles needs only the manifest (SQLite); opening the index
needs Whoosh, which costs more to import than the whole first frame is
allowed. So the app draws from this, and the main screen opens the index
(and checks it, and brings it up to date) once the first frame is out.
No Textual and no Whoosh here: `reader open` starts it before importing either.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.index.location import MANIFEST_NAME, default_index_dir
from reader.index.manifest import read_summaries
from reader.index.model import ArticleSummary


class FirstLook:
    """`read_summaries` of the corpus's manifest, in a thread started at once."""

    def __init__(self, corpus_root: Path) -> None:
        self.corpus_root = corpus_root
        self._summaries: list[ArticleSummary] | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="reader-first-look", daemon=True)

    @classmethod
    def start(cls, corpus_root: Path) -> FirstLook:
        look = cls(corpus_root)
        look._thread.start()
        return look

    def _run(self) -> None:
        try:
            self._summaries = read_summaries(default_index_dir(self.corpus_root) / MANIFEST_NAME)
        except Exception:  # only a head start: the index code reports real problems
            self._summaries = None
        finally:
            self._done.set()

    def summaries(self, timeout: float) -> list[ArticleSummary] | None:
        """The recorded articles, or None (none recorded, unreadable, not ready in time)."""
        if not self._done.wait(timeout):
            return None
        return self._summaries
