"""Opening the store: schema, migrations, damaged files, folders that cannot be written."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from reader.store import database as database_module
from reader.store.bookmarks import BookmarkStore
from reader.store.database import SCHEMA_VERSION, Database, StoreError, default_path
from reader.store.history import SearchHistory
from reader.store.reading import ReadingState


def test_default_path_is_in_the_data_dir_and_can_be_overridden(
    isolated_user_dirs: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert default_path() == isolated_user_dirs / "data" / "reader.db"
    monkeypatch.setenv("READER_DB", str(tmp_path / "elsewhere.db"))
    assert default_path() == tmp_path / "elsewhere.db"
    with Database.open() as db:
        assert db.path == tmp_path / "elsewhere.db" and db.writable
    assert (tmp_path / "elsewhere.db").is_file()


def test_new_file_is_current_wal_and_waits_when_busy(db: Database, db_path: Path) -> None:
    assert db.writable and db.reason is None and db.notice is None
    assert db.schema_version() == SCHEMA_VERSION
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA busy_timeout")[0][0] >= 1000
    assert db_path.is_file()


def _garbage_db(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not a database at all \x00\x01\x02" * 500
    path.write_bytes(garbage)
    path.with_name(path.name + "-wal").write_bytes(b"stale wal")
    return garbage


def test_garbage_file_is_moved_aside_not_deleted(db_path: Path, make) -> None:
    garbage = _garbage_db(db_path)
    with Database.open(db_path) as db:
        assert db.writable
        moved = db.moved_aside
        assert moved is not None and moved.parent == db_path.parent
        assert moved.name.startswith("reader.db.corrupt-")
        assert moved.read_bytes() == garbage
        assert moved.with_name(moved.name + "-wal").read_bytes() == b"stale wal"
        assert str(moved) in db.notice
        store = BookmarkStore(db)
        saved = store.add(make())
        assert store.list() == [saved]
    with Database.open(db_path) as again:  # the new file is healthy
        assert again.notice is None
        assert BookmarkStore(again).list() == [saved]


def test_damaged_pages_are_detected_and_moved_aside(db_path: Path, make) -> None:
    with Database.open(db_path) as db:
        store = BookmarkStore(db)
        for i in range(60):
            store.add(make(note=f"note {i} " + "x" * 2000))
    data = bytearray(db_path.read_bytes())
    data[8192 : 8192 + 6000] = os.urandom(6000)
    db_path.write_bytes(bytes(data))
    with Database.open(db_path) as db:
        assert db.moved_aside is not None and db.moved_aside.exists()
        assert "damaged" in db.notice
        assert BookmarkStore(db).list() == []


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(db_path: Path) -> None:
    _garbage_db(db_path)
    first = Database.open(db_path)
    first.close()
    _garbage_db(db_path)
    second = Database.open(db_path)
    second.close()
    assert first.moved_aside != second.moved_aside
    assert first.moved_aside.exists() and second.moved_aside.exists()


def test_data_dir_that_cannot_be_created_opens_empty_and_read_only(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with Database.open(blocker / "data" / "reader.db") as db:
        assert not db.writable
        assert "cannot create" in db.reason and "\n" not in db.reason
        store = BookmarkStore(db)
        assert store.list() == []
        with pytest.raises(StoreError, match="Saving is off"):
            store.update(1, note="x")
        with pytest.raises(StoreError):
            SearchHistory(db, tmp_path).add("ferries")
        assert SearchHistory(db, tmp_path).list() == []
        assert ReadingState(db, tmp_path).position() is None


def test_unwritable_file_keeps_what_was_saved_readable(
    db_path: Path, make, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(db_path) as db:
        saved = BookmarkStore(db).add(make(note="precious"))
    before = db_path.read_bytes()

    def refuse(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(database_module, "_open_rw", refuse)
    with Database.open(db_path) as db:
        assert not db.writable
        assert db.reason == f"cannot write {db_path}: the database is read-only"
        store = BookmarkStore(db)
        assert store.list() == [saved]
        with pytest.raises(StoreError) as raised:
            store.add(make("electric ferries"))
        assert "Saving is off" in raised.value.message
        # Re-anchoring still works for display; it just is not saved.
        assert store.reanchor(saved, "other text entirely").detached
    assert db_path.read_bytes() == before


def test_write_refused_midway_switches_saving_off(db: Database, make) -> None:
    store = BookmarkStore(db)
    saved = store.add(make())
    db.query("PRAGMA query_only = ON")  # the file turning read-only under us
    with pytest.raises(StoreError, match="nothing saved before is lost"):
        store.add(make("electric ferries"))
    assert not db.writable and "read-only" in db.reason
    assert store.list() == [saved]


def test_full_disk_fails_the_write_cleanly_and_keeps_data(db: Database, make) -> None:
    store = BookmarkStore(db)
    saved = store.add(make())
    pages = db.query("PRAGMA page_count")[0][0]
    db.query(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="disk is full"):
        store.add(make(note="y" * 200_000))
    assert store.list() == [saved]
    assert db.writable  # space may come back: the next write tries again


def test_file_from_a_newer_reader_is_read_but_not_changed(db_path: Path, make) -> None:
    with Database.open(db_path) as db:
        saved = BookmarkStore(db).add(make())
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with Database.open(db_path) as db:
        assert not db.writable and "newer version" in db.reason
        assert BookmarkStore(db).list() == [saved]


V1_SCHEMA = """
CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    corpus TEXT NOT NULL, article_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    source TEXT, published TEXT, path TEXT NOT NULL DEFAULT '',
    paragraph INTEGER NOT NULL DEFAULT 0,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, quote TEXT NOT NULL,
    context_before TEXT NOT NULL DEFAULT '', context_after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE INDEX bookmarks_by_article ON bookmarks (corpus, article_id);
PRAGMA user_version = 1;
"""


def test_version_1_file_is_upgraded_with_its_data(db_path: Path, tmp_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO bookmarks (corpus, article_id, title, source, published, path, paragraph, "
        "start_offset, end_offset, quote, context_before, context_after, note, tags, created, "
        "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(tmp_path), "a.txt", "Old title", "Old source", "2020-01-01", "a.txt", 1,
            10, 20, "old quote", "b", "a", "old note", json.dumps(["t1", "t2"]),
            "2020-01-02T00:00:00+00:00", "2020-01-03T00:00:00+00:00",
        ),
    )  # fmt: skip
    conn.commit()
    conn.close()
    with Database.open(db_path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        (b,) = BookmarkStore(db).list()
        assert (b.id, b.title, b.quote, b.note, b.tags) == (
            1, "Old title", "old quote", "old note", ["t1", "t2"],
        )  # fmt: skip
        assert (b.start, b.end, b.paragraph, b.detached) == (10, 20, 1, False)
        assert b.created == "2020-01-02T00:00:00+00:00"
        ReadingState(db, tmp_path).set_position("a.txt", 3)
        SearchHistory(db, tmp_path).add("ferry")
    with Database.open(db_path) as db:
        assert ReadingState(db, tmp_path).position().paragraph == 3
        assert SearchHistory(db, tmp_path).list() == ["ferry"]
