"""Tags on whole articles, the upgrade that adds them, and bookmarks found by tag."""

from __future__ import annotations

from pathlib import Path

from reader.store.bookmarks import BookmarkStore
from reader.store.database import SCHEMA_VERSION, Database
from reader.store.reading import ReadingState
from reader.store.tags import ArticleTags, by_tag

from .conftest import file_at_version


def test_tags_are_set_replaced_and_kept_per_corpus(db: Database, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    tags = ArticleTags(db, a)
    assert tags.set("x.txt", ["follow up", " Energy ", "energy", "", "FOLLOW  up"]) == [
        "follow up", "Energy",
    ]  # fmt: skip
    tags.set("y.txt", ["energy"])
    assert tags.of("x.txt") == ["follow up", "Energy"]
    assert tags.all() == {"x.txt": ("follow up", "Energy"), "y.txt": ("energy",)}
    assert by_tag(tags.all()) == {
        "follow up": frozenset({"x.txt"}), "energy": frozenset({"x.txt", "y.txt"}),
    }  # fmt: skip
    assert ArticleTags(db, b).all() == {}
    tags.set("x.txt", [])
    assert tags.of("x.txt") == [] and list(tags.all()) == ["y.txt"]


def test_a_version_2_file_gains_article_tags_and_keeps_everything(
    db_path: Path, tmp_path: Path
) -> None:
    conn = file_at_version(db_path, 2)
    conn.execute(
        "INSERT INTO read_articles VALUES (?, ?, ?)", (str(tmp_path), "a.txt", "2024-01-01")
    )
    conn.commit()
    conn.close()
    with Database.open(db_path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert ReadingState(db, tmp_path).read_ids() == {"a.txt"}
        ArticleTags(db, tmp_path).set("a.txt", ["kept"])
    with Database.open(db_path) as db:
        assert ArticleTags(db, tmp_path).of("a.txt") == ["kept"]


def test_bookmarks_filter_by_their_tags_or_their_articles(
    db: Database, store: BookmarkStore, make, corpus: Path
) -> None:
    own = store.add(make(tags=["ferries", "follow up"]))
    other = store.add(make("Residents near the quay", article_id="news/quay.txt"))
    ArticleTags(db, corpus).set("news/quay.txt", ["Local"])

    def found(text: str) -> list[int | None]:
        return [b.id for b in store.list(corpus, text)]

    assert found("tag:ferries") == [own.id]
    assert found("tag:follow-up") == [own.id]  # spaces typed as hyphens
    assert found("tag:local") == [other.id]  # the article's tag, any case
    assert found("tag:local quay") == [other.id]
    assert found("tag:local budget") == []  # and every other word too
    assert found("tag:ferr") == []  # a whole tag, not a piece of one
    assert found("ferries") == [own.id]  # a plain word still looks at the tags too
