"""Open the library while Textual is still starting.

Importing Textual and drawing the first frame take a few hundred
milliseconds; opening the index and reading 20,000 summaries take about as
long and are mostly file and SQLite work. Started before the app, in a plain
thread, the two overlap and the article list appears sooner. No Textual here:
`reader open` starts this before it imports the app.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.index.library import Library
from reader.index.model import ArticleSummary


class LibraryPrefetch:
    """`Library.open` + `summaries()` in a background thread; `result()` waits for it."""

    def __init__(self, corpus_root: Path) -> None:
        self.corpus_root = corpus_root
        self._done = threading.Event()
        self._library: Library | None = None
        self._summaries: list[ArticleSummary] = []
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, corpus_root: Path) -> LibraryPrefetch:
        prefetch = cls(corpus_root)
        prefetch._thread = threading.Thread(
            target=prefetch._run, name="reader-prefetch", daemon=True
        )
        prefetch._thread.start()
        return prefetch

    def _run(self) -> None:
        try:
            self._library = Library.open(self.corpus_root)
            self._summaries = self._library.summaries()
        except BaseException as error:  # handed to the caller of result()
            self._error = error
        finally:
            self._done.set()

    def ready(self, timeout: float = 0.0) -> bool:
        """True once opening has finished (well or not), waiting at most `timeout`."""
        return self._thread is not None and self._done.wait(timeout)

    @property
    def error(self) -> BaseException | None:
        return self._error

    def result(self) -> tuple[Library, list[ArticleSummary]]:
        """The open library and its summaries; raises what opening raised."""
        if self._thread is None:
            self._run()  # never started: do the work in the caller's thread
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._library is not None
        return self._library, self._summaries
