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
from reader.store.tags import ArticleTags


class ReadingMemory:
    """Last article and passage, read marks and article tags, for one corpus."""

    def __init__(self, db: Database, corpus_root: Path) -> None:
        self.db = db
        self.state = ReadingState(db, corpus_root)
        self.article_tags = ArticleTags(db, corpus_root)
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

    def tags(self) -> dict[str, tuple[str, ...]]:
        try:
            return self.article_tags.all()
        except StoreError:
            return {}

    def set_tags(self, article_id: str, tags: list[str]) -> list[str]:
        """Save an article's tags; raises StoreError (the tag dialog shows it)."""
        return self.article_tags.set(article_id, tags)

    def opened(self, article_id: str, paragraph: int) -> None:
        """An article was opened: it is where the user is (not yet read: see `read`)."""
        self._pending = None
        self._write(lambda: self.state.set_position(article_id, paragraph))

    def read(self, article_id: str, read: bool = True) -> None:
        """Mark an article read (it was open a while, or scrolled) or unread (`u`)."""
        if read:
            self._write(lambda: self.state.mark_read(article_id))
        else:
            self._write(lambda: self.state.mark_unread(article_id))

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
