"""Bookmarks and reading state: a full disk, a read-only or damaged file, a killed writer.

Nothing already saved is lost, and the message is one line. Store-level unit
tests for the same faults are in tests/store/test_store_database.py.
"""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest

from reader.store import database as database_module
from reader.store.bookmarks import BookmarkStore, new_bookmark
from reader.store.database import Database, StoreError
from reader.store.history import SearchHistory
from reader.store.reading import ReadingState

from .conftest import start_child

TEXT = "First paragraph of the piece.\n\nA second paragraph with the quoted words in it."


def bookmark(corpus: Path, note: str = ""):  # type: ignore[no-untyped-def]
    start = TEXT.index("quoted")
    return new_bookmark(corpus, "a.txt", TEXT, start, start + 12, title="A piece", note=note)


def test_store_full_disk_refuses_each_write_in_one_line_and_keeps_what_was_saved(
    tmp_path: Path,
) -> None:
    with Database.open(tmp_path / "reader.db") as db:
        store, reading, history = (
            BookmarkStore(db),
            ReadingState(db, tmp_path),
            SearchHistory(db, tmp_path),
        )
        saved = store.add(bookmark(tmp_path, "precious"))
        reading.set_position("a.txt", 1)
        history.add("harbour")
        pages = db.query("PRAGMA page_count")[0][0]
        db.query(f"PRAGMA max_page_count = {pages}")
        writes = [
            lambda: store.add(bookmark(tmp_path, "x" * 300_000)),
            lambda: reading.mark_read([f"id-{i}-{'y' * 200}" for i in range(2000)]),
            lambda: history.add("q" * 300_000),
        ]
        for write in writes:
            with pytest.raises(StoreError) as raised:
                write()
            assert "disk is full" in raised.value.message and "\n" not in raised.value.message
        assert store.list() == [saved]
        assert reading.position().article_id == "a.txt"
        assert history.list() == ["harbour"]
        db.query(f"PRAGMA max_page_count = {pages * 100}")  # space freed: saving resumes
        store.add(bookmark(tmp_path, "after"))
        assert {b.note for b in store.list()} == {"precious", "after"}


def test_store_read_only_file_opens_says_saving_is_off_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reader.db"
    with Database.open(path) as db:
        saved = BookmarkStore(db).add(bookmark(tmp_path, "keep me"))
        ReadingState(db, tmp_path).mark_read("a.txt")
    before = path.read_bytes()

    def read_only(target: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(database_module, "_open_rw", read_only)  # root ignores chmod
    with Database.open(path) as db:
        assert not db.writable and "read-only" in db.reason and "\n" not in db.reason
        assert BookmarkStore(db).list() == [saved]
        assert ReadingState(db, tmp_path).read_ids() == {"a.txt"}
        for write in (
            lambda: BookmarkStore(db).add(bookmark(tmp_path)),
            lambda: ReadingState(db, tmp_path).set_position("b.txt"),
            lambda: SearchHistory(db, tmp_path).add("ferry"),
        ):
            with pytest.raises(StoreError, match="Saving is off"):
                write()
    assert path.read_bytes() == before


def test_store_corrupt_database_is_moved_aside_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "reader.db"
    path.write_bytes(b"this is not sqlite at all " * 200)
    original = path.read_bytes()
    with Database.open(path) as db:
        assert db.writable and db.notice and "\n" not in db.notice
        assert db.moved_aside is not None and db.moved_aside.read_bytes() == original
        assert str(db.moved_aside) in db.notice
        BookmarkStore(db).add(bookmark(tmp_path))


CHILD_WRITER = """
from pathlib import Path
from reader.store.bookmarks import BookmarkStore, new_bookmark
from reader.store.database import Database
TEXT = {text!r}
db = Database.open(Path({path!r}))
store = BookmarkStore(db)
start = TEXT.index("quoted")
for i in range(100_000):
    saved = store.add(new_bookmark({corpus!r}, "a.txt", TEXT, start, start + 12,
                                   title="A piece", note=f"note {{i}}"))
    print(saved.id, saved.note, flush=True)
"""


def test_store_killed_mid_write_keeps_every_committed_bookmark(
    tmp_path: Path, isolated_user_dirs: Path
) -> None:
    path = tmp_path / "reader.db"
    code = CHILD_WRITER.format(text=TEXT, path=str(path), corpus=str(tmp_path))
    child = start_child(code, isolated_user_dirs)
    committed: dict[int, str] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            number, note = line.rstrip("\n").split(" ", 1)
            committed[int(number)] = note
            if len(committed) >= 150:
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with Database.open(path) as db:
        assert db.writable and db.notice is None
        assert db.query("PRAGMA integrity_check")[0][0] == "ok"
        found = {b.id: b.note for b in BookmarkStore(db).list()}
        assert committed.items() <= found.items()
        BookmarkStore(db).add(bookmark(tmp_path, "after the crash"))
