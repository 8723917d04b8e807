"""Reading state and search history, kept per corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store.database import Database
from reader.store.history import SearchHistory
from reader.store.reading import ReadingState


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    return a, b


def test_position_is_remembered_per_corpus(db: Database, corpora) -> None:
    a, b = corpora
    state = ReadingState(db, a)
    assert state.position() is None
    state.set_position("x.txt", 4)
    state.set_position("y.txt", 2)
    assert (state.position().article_id, state.position().paragraph) == ("y.txt", 2)
    assert ReadingState(db, b).position() is None
    assert ReadingState(db, str(a) + "/../a").position().article_id == "y.txt"


def test_read_marks(db: Database, corpora) -> None:
    a, b = corpora
    state = ReadingState(db, a)
    state.mark_read("one")
    state.mark_read(["two", "three", "one"])
    assert state.read_ids() == {"one", "two", "three"}
    assert state.is_read("two") and not state.is_read("four")
    state.mark_unread("two")
    assert state.read_ids() == {"one", "three"}
    assert state.toggle_read("two") is True
    assert state.toggle_read("one") is False
    assert state.read_ids() == {"two", "three"}
    assert ReadingState(db, b).read_ids() == set()


def test_twenty_thousand_read_marks_round_trip(db: Database, corpora) -> None:
    state = ReadingState(db, corpora[0])
    ids = [f"folder/article-{i}.txt" for i in range(20_000)]
    state.mark_read(ids)
    assert state.read_ids() == set(ids)


def test_history_most_recent_first_without_repeats(db: Database, corpora) -> None:
    a, b = corpora
    history = SearchHistory(db, a)
    for q in ["ferry", "ferry", "budget", "  ferry  ", "", "   ", "quay"]:
        history.add(q)
    assert history.list() == ["quay", "ferry", "budget"]
    assert history.list(limit=2) == ["quay", "ferry"]
    assert SearchHistory(db, b).list() == []
    history.remove("ferry")
    assert history.list() == ["quay", "budget"]
    history.clear()
    assert history.list() == []


def test_history_is_capped(db: Database, corpora) -> None:
    history = SearchHistory(db, corpora[0], cap=5)
    other = SearchHistory(db, corpora[1], cap=5)
    other.add("kept elsewhere")
    for i in range(12):
        history.add(f"q{i}")
    assert history.list() == ["q11", "q10", "q9", "q8", "q7"]
    assert other.list() == ["kept elsewhere"]
