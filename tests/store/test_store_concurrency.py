"""Several writers on one file at once: nothing lost, nobody sees "database is locked"."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from reader.store.bookmarks import BookmarkStore, new_bookmark
from reader.store.database import Database
from reader.store.history import SearchHistory
from reader.store.reading import ReadingState

TEXT = "First paragraph of the piece.\n\nA second paragraph with the quoted words in it."
PER_WRITER = 40


def _write_many(db_path: str, corpus: str, label: str) -> None:
    """Add bookmarks and state through a Database of its own (runs in a child process too)."""
    with Database.open(Path(db_path)) as db:
        store = BookmarkStore(db)
        reading = ReadingState(db, corpus)
        history = SearchHistory(db, corpus)
        start = TEXT.index("quoted")
        for i in range(PER_WRITER):
            store.add(
                new_bookmark(
                    corpus, "a.txt", TEXT, start, start + 6, title="A", note=f"{label}-{i}"
                )
            )
            reading.mark_read(f"{label}-{i}")
            history.add(f"{label} query {i}")


def _notes(db_path: Path) -> set[str]:
    with Database.open(db_path) as db:
        return {b.note for b in BookmarkStore(db).list()}


def _expected(*labels: str) -> set[str]:
    return {f"{label}-{i}" for label in labels for i in range(PER_WRITER)}


def test_two_store_objects_on_one_file(db_path: Path, tmp_path: Path) -> None:
    with Database.open(db_path) as first, Database.open(db_path) as second:
        a, b = BookmarkStore(first), BookmarkStore(second)
        start = TEXT.index("quoted")
        saved = a.add(new_bookmark(tmp_path, "a.txt", TEXT, start, start + 6, title="A"))
        assert b.get(saved.id) == saved  # seen at once by the other
        b.update(saved.id, note="from the second")
        assert a.get(saved.id).note == "from the second"
        assert a.delete(saved.id) is not None
        assert b.list() == []


def test_threads_sharing_one_database(db: Database, db_path: Path, tmp_path: Path) -> None:
    store = BookmarkStore(db)
    start = TEXT.index("quoted")
    errors: list[BaseException] = []

    def work(label: str) -> None:
        try:
            for i in range(PER_WRITER):
                store.add(
                    new_bookmark(
                        tmp_path, "a.txt", TEXT, start, start + 6, title="A", note=f"{label}-{i}"
                    )
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"t{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {b.note for b in store.list()} == _expected("t0", "t1", "t2", "t3")


def test_threads_with_a_database_each(db_path: Path, tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def work(label: str) -> None:
        try:
            _write_many(str(db_path), str(tmp_path), label)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _notes(db_path) == _expected("w0", "w1", "w2")


def test_other_processes_writing_at_the_same_time(db_path: Path, tmp_path: Path) -> None:
    Database.open(db_path).close()
    ctx = multiprocessing.get_context("spawn")
    children = [
        ctx.Process(target=_write_many, args=(str(db_path), str(tmp_path), f"p{n}"))
        for n in range(2)
    ]
    for child in children:
        child.start()
    _write_many(str(db_path), str(tmp_path), "parent")
    for child in children:
        child.join(timeout=120)
    assert [child.exitcode for child in children] == [0, 0]
    assert _notes(db_path) == _expected("parent", "p0", "p1")
    with Database.open(db_path) as db:
        read = ReadingState(db, tmp_path).read_ids()
        assert read == _expected("parent", "p0", "p1")
        assert len(SearchHistory(db, tmp_path).list()) == 3 * PER_WRITER


def test_processes_opening_a_new_file_together(tmp_path: Path) -> None:
    db_path = tmp_path / "fresh" / "reader.db"
    ctx = multiprocessing.get_context("spawn")
    children = [
        ctx.Process(target=_write_many, args=(str(db_path), str(tmp_path), f"n{n}"))
        for n in range(2)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
    assert [child.exitcode for child in children] == [0, 0]
    assert _notes(db_path) == _expected("n0", "n1")
