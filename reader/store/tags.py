"""Tags on whole articles, per corpus (`t` in the app; `tag:` in searches).

Bookmarks keep their own tags with the passage; these belong to the article,
so a story can be filed under "follow up" without marking any passage.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.store.bookmarks import corpus_id, normalize_tags, tag_key
from reader.store.database import Database, now_iso


class ArticleTags:
    """One corpus's article tags. Safe from any thread; writes may raise StoreError."""

    def __init__(self, db: Database, corpus_root: Path | str) -> None:
        self.db = db
        self.corpus = corpus_id(corpus_root)

    def of(self, article_id: str) -> list[str]:
        rows = self.db.query(
            "SELECT tag FROM article_tags WHERE corpus = ? AND article_id = ? ORDER BY position",
            (self.corpus, article_id),
        )
        return [row[0] for row in rows]

    def set(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Replace an article's tags (none removes them all); returns what was kept."""
        kept: list[str] = []
        seen: set[str] = set()
        for tag in normalize_tags(" ".join(t.split()) for t in tags):
            if tag_key(tag) not in seen:
                seen.add(tag_key(tag))
                kept.append(tag)
        stamp = now_iso()
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM article_tags WHERE corpus = ? AND article_id = ?",
                (self.corpus, article_id),
            )
            conn.executemany(
                "INSERT INTO article_tags (corpus, article_id, tag, position, added)"
                " VALUES (?, ?, ?, ?, ?)",
                [(self.corpus, article_id, tag, i, stamp) for i, tag in enumerate(kept)],
            )
        return kept

    def all(self) -> dict[str, tuple[str, ...]]:
        """Every tagged article's tags, in the order they were given."""
        rows = self.db.query(
            "SELECT article_id, tag FROM article_tags WHERE corpus = ?"
            " ORDER BY article_id, position",
            (self.corpus,),
        )
        out: dict[str, list[str]] = {}
        for article_id, tag in rows:
            out.setdefault(article_id, []).append(tag)
        return {article_id: tuple(tags) for article_id, tags in out.items()}


def by_tag(tagged: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The articles under each tag (by `tag_key`): what a `tag:` query looks up."""
    out: dict[str, set[str]] = {}
    for article_id, tags in tagged.items():
        for tag in tags:
            out.setdefault(tag_key(tag), set()).add(article_id)
    return {key: frozenset(ids) for key, ids in out.items()}
