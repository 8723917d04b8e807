"""Preferences: kept across opens, replaced in place, and added to older files."""

from __future__ import annotations

from pathlib import Path

from reader.store.bookmarks import BookmarkStore
from reader.store.database import SCHEMA_VERSION, Database
from reader.store.preferences import Preferences
from reader.store.tags import ArticleTags

from .conftest import file_at_version


def test_a_preference_is_kept_and_replaced(db_path: Path) -> None:
    with Database.open(db_path) as db:
        prefs = Preferences(db)
        assert prefs.get("list_width") is None
        prefs.set("list_width", "40")
        prefs.set("list_width", "44")
    with Database.open(db_path) as db:
        assert Preferences(db).get("list_width") == "44"
        rows = db.query("SELECT COUNT(*) FROM preferences")
        assert rows[0][0] == 1


def test_a_version_3_file_gains_preferences_and_keeps_its_tags(
    db_path: Path, tmp_path: Path
) -> None:
    conn = file_at_version(db_path, 3)
    conn.execute("INSERT INTO article_tags VALUES (?, ?, ?, ?, ?)",
                 (str(tmp_path), "a.txt", "kept", 0, "2024-01-01"))
    conn.commit()
    conn.close()
    with Database.open(db_path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert ArticleTags(db, tmp_path).of("a.txt") == ["kept"]
        Preferences(db).set("list_width", "36")


def test_a_version_4_file_moves_quote_citations_out_of_notes(db_path: Path, tmp_path: Path) -> None:
    """Before version 5 a quote's speaker and article were typed into its note."""
    conn = file_at_version(db_path, 4)
    notes = {
        1: "— Lei Jun, in “Xiaomi profits” (2025-03-05)",
        2: "— Lei Jun, in “Xiaomi profits” (2025-03-05) ask about margins",
        3: "— unattributed, in “Xiaomi profits” (2025-03-05)",
        4: "— Lei Jun, in “Another title” (2025-03-05) kept",  # not this article's citation
        5: "my own note",
    }
    for row_id, note in notes.items():
        conn.execute(
            "INSERT INTO bookmarks (id, corpus, article_id, title, published, start_offset, "
            "end_offset, quote, note, created, updated) VALUES (?, ?, 'a.txt', ?, ?, 0, 5, "
            "'Quote', ?, '2025-01-01', '2025-01-01')",
            (row_id, str(tmp_path), "Xiaomi \n profits", "2025-03-05", note),
        )
    conn.commit()
    conn.close()
    with Database.open(db_path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        got = {b.id: (b.speaker, b.note) for b in BookmarkStore(db).list()}
    assert got == {
        1: ("Lei Jun", ""),
        2: ("Lei Jun", "ask about margins"),
        3: ("", ""),
        4: ("", notes[4]),
        5: ("", "my own note"),
    }
