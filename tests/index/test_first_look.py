"""Listing the articles from the manifest alone, as the app's first frame does."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from reader.index.location import MANIFEST_NAME
from reader.index.manifest import read_summaries, summaries_from_rows
from reader.index.model import ArticleSummary


def test_the_manifest_lists_what_the_library_lists(library, tmp_path: Path) -> None:
    recorded = read_summaries(tmp_path / "index" / MANIFEST_NAME)
    assert recorded is not None and len(recorded) == 3
    assert recorded == library.summaries()


def _ns(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, 12).timestamp() * 1e9)


def test_newest_first_by_date_or_file_day_then_title_without_case_then_id() -> None:
    rows = [
        ("b#1", "b", "beta", "2024-01-02", None, None),
        ("u#1", "u", "Undated", None, None, None),  # no file time either: last
        ("a#2", "a", "Zeta", "2024-01-02", "Wire", None),
        ("a#1", "a", "alpha", "2024-01-02", None, None),
        ("c#1", "c", "Éclair", "2024-01-02", None, None),
        ("d#1", "d", "older", "2023-12-31", None, None),
        ("e#1", "e", "alpha", "2024-01-02", None, None),
        ("f#1", "f", "Filed between", None, None, _ns(date(2024, 1, 1))),
        ("g#1", "g", "filed the same day", None, None, _ns(date(2024, 1, 2))),
    ]

    def by_composite_key(row: ArticleSummary) -> tuple:
        return (row.day is None, -(row.day.toordinal() if row.day else 0),
                row.title.lower(), row.id)

    got = summaries_from_rows([(*row, None) for row in rows])
    assert [s.id for s in got] == [s.id for s in sorted(got, key=by_composite_key)]
    assert [s.id for s in got] == [
        "a#1", "e#1", "b#1", "g#1", "a#2", "c#1", "f#1", "d#1", "u#1"
    ]
    assert got[0].published == date(2024, 1, 2) and got[-1].published is None
    assert got[3].published is None and got[3].filed == date(2024, 1, 2)
    assert got[4].source == "Wire" and got[4].path == "a" and got[4].filed is None


def test_no_manifest_reads_as_none_and_creates_nothing(tmp_path: Path) -> None:
    assert read_summaries(tmp_path / "index" / MANIFEST_NAME) is None
    assert not (tmp_path / "index").exists()


def test_an_unreadable_or_unbuilt_manifest_reads_as_none(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database " * 100)
    assert read_summaries(garbage) is None
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).execute("CREATE TABLE meta (key TEXT, value TEXT)").connection.close()
    assert read_summaries(empty) is None  # tables of an earlier layout, no build recorded
