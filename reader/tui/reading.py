"""The app's view of the reading state: forgiving, and quiet about it.

Saving can be off (a read-only data dir, a damaged file); the app must still
work, so every store call here turns a `StoreError` into "saving is off"
instead of an error the reader has to deal with.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from reader.store.database import Database, StoreError
from reader.store.reading import ReadingState


class ReadingMemory:
    """Last article and passage, and read marks, for one corpus."""

    def __init__(self, db: Database, corpus_root: Path) -> None:
        self.db = db
        self.state = ReadingState(db, corpus_root)
        self._pending: tuple[str, int] | None = None

    @property
    def writable(self) -> bool:
        return self.db.writable

    @property
    def reason(self) -> str | None:
        return self.db.reason

    def last(self) -> tuple[str, int] | None:
        try:
            position = self.state.position()
        except StoreError:
            return None
        return (position.article_id, position.paragraph) if position else None

    def read_ids(self) -> set[str]:
        try:
            return self.state.read_ids()
        except StoreError:
            return set()

    def opened(self, article_id: str, paragraph: int) -> None:
        """An article was opened: it is read, and it is where the user is."""
        self._pending = None
        self._write(lambda: self.state.mark_read(article_id))
        self._write(lambda: self.state.set_position(article_id, paragraph))

    def moved(self, article_id: str, paragraph: int) -> None:
        """The passage cursor moved; saved by `flush` (cursor keys repeat fast)."""
        self._pending = (article_id, paragraph)

    def flush(self) -> None:
        if self._pending is not None:
            article_id, paragraph = self._pending
            self._pending = None
            self._write(lambda: self.state.set_position(article_id, paragraph))

    def _write(self, write: Callable[[], None]) -> None:
        if not self.db.writable:
            return
        # On failure the Database turns writable off and says why; the header shows it.
        with suppress(StoreError):
            write()
