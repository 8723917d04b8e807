"""Store fixtures: a fresh database file in the test's own data dir."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.store.bookmarks import Bookmark, BookmarkStore, new_bookmark
from reader.store.database import MIGRATIONS, Database

ARTICLE = (
    "Harbour authority approves a new ferry terminal\n\n"
    "The harbour authority voted on Tuesday to approve a terminal for electric ferries, "
    "ending two years of planning disputes.\n\n"
    "Construction is expected to cost 48 million euros and to take three years, "
    "according to the authority's budget papers.\n\n"
    "Residents near the quay said they welcomed the decision but worried about traffic."
)
QUOTE = "Construction is expected to cost 48 million euros"


@pytest.fixture
def db_path(isolated_user_dirs: Path) -> Path:
    return isolated_user_dirs / "data" / "reader.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> BookmarkStore:
    return BookmarkStore(db)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    return root


@pytest.fixture
def make(corpus: Path) -> Callable[..., Bookmark]:
    """A factory for unsaved bookmarks of a passage of ARTICLE (or of `text`)."""

    def build(quote: str = QUOTE, text: str = ARTICLE, **kw) -> Bookmark:
        start = text.index(quote)
        kw.setdefault("title", "Harbour authority approves a new ferry terminal")
        kw.setdefault("source", "Coast Gazette")
        kw.setdefault("published", "2024-03-05")
        kw.setdefault("path", "news/ferry.txt")
        article_id = kw.pop("article_id", "news/ferry.txt")
        root = kw.pop("corpus", corpus)
        return new_bookmark(root, article_id, text, start, start + len(quote), **kw)

    return build


@pytest.fixture
def article_text() -> str:
    return ARTICLE


@pytest.fixture
def quote() -> str:
    return QUOTE


def file_at_version(path: Path, version: int) -> sqlite3.Connection:
    """A database file as an older reader left it: the first `version` migrations only
    (all SQL), to fill and close before the app opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        for statement in step:
            assert isinstance(statement, str)
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn
