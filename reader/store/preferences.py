"""Small choices the app remembers between runs, such as the list's width.

They belong to the user, not to a corpus: a layout set on one folder is the
one wanted on the next. Values are short strings; callers parse their own.
"""

from __future__ import annotations

from reader.store.database import Database, now_iso


class Preferences:
    """Named values in the user database. Reads never raise for a missing name;
    writes may raise StoreError (saving off, a damaged file)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, name: str) -> str | None:
        rows = self.db.query("SELECT value FROM preferences WHERE name = ?", (name,))
        return rows[0][0] if rows else None

    def set(self, name: str, value: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO preferences (name, value, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value,"
                " updated = excluded.updated",
                (name, value, now_iso()),
            )
