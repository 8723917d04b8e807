"""Search history per corpus: the queries the user ran, most recent first."""

from __future__ import annotations

import builtins
from pathlib import Path

from reader.store.bookmarks import corpus_id
from reader.store.database import Database, now_iso

HISTORY_CAP = 500


class SearchHistory:
    """One corpus's past queries, without repeats. Safe from any thread.

    Running a query again moves it to the top instead of adding a copy, so
    the list reads as "what I searched for lately".
    """

    def __init__(self, db: Database, corpus_root: Path | str, *, cap: int = HISTORY_CAP) -> None:
        self.db = db
        self.corpus = corpus_id(corpus_root)
        self.cap = cap

    def add(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM search_history WHERE corpus = ? AND query = ?", (self.corpus, query)
            )
            conn.execute(
                "INSERT INTO search_history (corpus, query, used_at) VALUES (?, ?, ?)",
                (self.corpus, query, now_iso()),
            )
            conn.execute(
                "DELETE FROM search_history WHERE corpus = ? AND id NOT IN "
                "(SELECT id FROM search_history WHERE corpus = ? ORDER BY id DESC LIMIT ?)",
                (self.corpus, self.corpus, self.cap),
            )

    def list(self, limit: int | None = None) -> builtins.list[str]:
        """Most recent first."""
        rows = self.db.query(
            "SELECT query FROM search_history WHERE corpus = ? ORDER BY id DESC LIMIT ?",
            (self.corpus, -1 if limit is None else max(0, limit)),
        )
        return [row[0] for row in rows]

    def remove(self, query: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM search_history WHERE corpus = ? AND query = ?",
                (self.corpus, query.strip()),
            )

    def clear(self) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM search_history WHERE corpus = ?", (self.corpus,))
