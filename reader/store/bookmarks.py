"""Bookmarks: passages the user marked, with their notes and tags.

A bookmark keeps its own copy of the quote, some context and the article's
citation (title, source, date, file), so it stays meaningful after the article
changes or disappears. Offsets point into `Article.text`. When the passage can
no longer be found the bookmark is shown as detached; it is never dropped.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from reader.store.anchoring import locate, paragraph_of, paragraph_starts
from reader.store.database import Database, StoreError, now_iso

CONTEXT_CHARS = 40


def corpus_id(root: Path | str) -> str:
    """The key a corpus is stored under: its resolved folder path."""
    return str(Path(root).expanduser().resolve())


def normalize_tags(tags: Iterable[str]) -> list[str]:
    """Tags as the user means them: trimmed, no empties, no repeats, order kept."""
    out: list[str] = []
    for tag in tags:
        tag = tag.strip()
        if tag and tag not in out:
            out.append(tag)
    return out


@dataclass(slots=True)
class Bookmark:
    corpus: str  # resolved corpus root
    article_id: str
    title: str
    source: str | None
    published: str | None  # ISO date, as the article stated it
    path: str  # the file, relative to the corpus root
    paragraph: int
    start: int  # offsets of the quote in the article's text
    end: int
    quote: str  # exactly as it read when bookmarked (never rewritten)
    before: str = ""  # up to CONTEXT_CHARS of text before the quote
    after: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    speaker: str = ""  # who said it, for a quote bookmarked from the Quotes tab
    id: int | None = None  # set by BookmarkStore.add
    created: str = ""  # UTC ISO times
    updated: str = ""
    # Whether the passage could not be found the last time it was looked for.
    # Recomputed by BookmarkStore.reanchor / for_article(text=...); never a reason to drop.
    detached: bool = False

    @property
    def file(self) -> str:
        """The article's file as a full path, for citations."""
        return str(Path(self.corpus) / self.path) if self.path else self.corpus

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "corpus": self.corpus,
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "path": self.path,
            "file": self.file,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "before": self.before,
            "after": self.after,
            "note": self.note,
            "tags": list(self.tags),
            "speaker": self.speaker,
            "created": self.created,
            "updated": self.updated,
            "detached": self.detached,
        }


def new_bookmark(
    corpus: Path | str,
    article_id: str,
    text: str,
    start: int,
    end: int,
    *,
    title: str,
    source: str | None = None,
    published: date | str | None = None,
    path: str = "",
    starts: Sequence[int] | None = None,
    note: str = "",
    tags: Iterable[str] = (),
    speaker: str = "",
) -> Bookmark:
    """A bookmark for text[start:end] of an article (not saved yet: pass it to `add`).

    `starts` are the paragraph starts (`[p.start for p in article.paragraphs]`);
    without them they are found from the blank lines between paragraphs.
    """
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"Cannot bookmark [{start}, {end}) in a text of {len(text)} characters")
    if starts is None:
        starts = paragraph_starts(text)
    return Bookmark(
        corpus=corpus_id(corpus),
        article_id=article_id,
        title=title,
        source=source,
        published=published.isoformat() if isinstance(published, date) else published,
        path=path,
        paragraph=paragraph_of(starts, start),
        start=start,
        end=end,
        quote=text[start:end],
        before=text[max(0, start - CONTEXT_CHARS) : start],
        after=text[end : end + CONTEXT_CHARS],
        note=note,
        tags=normalize_tags(tags),
        speaker=speaker,
    )


_COLUMNS = (
    "id, corpus, article_id, title, source, published, path, paragraph, start_offset, "
    "end_offset, quote, context_before, context_after, note, tags, created, updated, detached, "
    "speaker"
)


def _row_to_bookmark(row) -> Bookmark:
    return Bookmark(
        id=row["id"],
        corpus=row["corpus"],
        article_id=row["article_id"],
        title=row["title"],
        source=row["source"],
        published=row["published"],
        path=row["path"],
        paragraph=row["paragraph"],
        start=row["start_offset"],
        end=row["end_offset"],
        quote=row["quote"],
        before=row["context_before"],
        after=row["context_after"],
        note=row["note"],
        tags=_load_tags(row["tags"]),
        created=row["created"],
        updated=row["updated"],
        detached=bool(row["detached"]),
        speaker=row["speaker"],
    )


def _load_tags(raw: str) -> list[str]:
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return [raw] if raw else []  # keep whatever is there rather than lose it
    return [str(t) for t in value] if isinstance(value, list) else [str(value)]


def _values(b: Bookmark) -> tuple:
    return (
        b.id,
        b.corpus,
        b.article_id,
        b.title,
        b.source,
        b.published,
        b.path,
        b.paragraph,
        b.start,
        b.end,
        b.quote,
        b.before,
        b.after,
        b.note,
        json.dumps(list(b.tags), ensure_ascii=False),
        b.created,
        b.updated,
        int(b.detached),
        b.speaker,
    )


TAG_PREFIX = "tag:"


def tag_key(tag: str) -> str:
    """How tags compare: case and spacing do not make a different tag."""
    return " ".join(tag.split()).casefold()


def matches(bookmark: Bookmark, text: str, article_tags: Iterable[str] = ()) -> bool:
    """Every word of `text` occurs (case-insensitively) in the quote, note, speaker, tags or
    title; a word `tag:NAME` asks for that tag on the bookmark or on its article."""
    haystack = "\n".join(
        [bookmark.quote, bookmark.note, bookmark.speaker, bookmark.title, *bookmark.tags]
    ).casefold()
    words = text.casefold().split()
    wanted = {word[len(TAG_PREFIX) :] for word in words if word.startswith(TAG_PREFIX)}
    wanted.discard("")
    if wanted:
        tags = {tag_key(tag) for tag in (*bookmark.tags, *article_tags)}
        # A tag with spaces is typed with hyphens or as its first word: tag:follow-up.
        tags |= {tag.replace(" ", "-") for tag in tags}
        if not wanted <= tags:
            return False
    return all(word in haystack for word in words if not word.startswith(TAG_PREFIX))


class BookmarkStore:
    """Bookmarks in the shared store. Every method is safe from any thread.

    Writes raise `StoreError` (saving off, disk full, ...) with a message for the user.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several calls so that they all happen or none does."""
        with self.db.transaction():
            yield

    def add(self, bookmark: Bookmark) -> Bookmark:
        """Save a new bookmark; returns it with its id and times."""
        if not bookmark.quote:
            raise ValueError("A bookmark needs a quote")
        if not (0 <= bookmark.start <= bookmark.end):
            raise ValueError(f"Bad bookmark offsets [{bookmark.start}, {bookmark.end})")
        stamp = now_iso()
        saved = replace(
            bookmark,
            id=None,
            tags=normalize_tags(bookmark.tags),
            created=stamp,
            updated=stamp,
            detached=False,
        )
        with self.db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO bookmarks ({_COLUMNS}) VALUES ({_placeholders()})", _values(saved)
            )
            saved.id = cursor.lastrowid
        return saved

    def get(self, bookmark_id: int) -> Bookmark | None:
        rows = self.db.query(f"SELECT {_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,))
        return _row_to_bookmark(rows[0]) if rows else None

    def update(
        self, bookmark_id: int, *, note: str | None = None, tags: Iterable[str] | None = None
    ) -> Bookmark:
        """Change the note and/or tags; raises StoreError when there is no such bookmark."""
        with self.db.transaction():
            current = self.get(bookmark_id)
            if current is None:
                raise StoreError(f"There is no bookmark #{bookmark_id}")
            changed = replace(
                current,
                note=current.note if note is None else note,
                tags=current.tags if tags is None else normalize_tags(tags),
                updated=now_iso(),
            )
            self.db.query(
                "UPDATE bookmarks SET note = ?, tags = ?, updated = ? WHERE id = ?",
                (
                    changed.note,
                    json.dumps(changed.tags, ensure_ascii=False),
                    changed.updated,
                    bookmark_id,
                ),
            )
        return changed

    def delete(self, bookmark_id: int) -> Bookmark | None:
        """Remove a bookmark; returns it (for `restore`, i.e. undo), or None if absent."""
        with self.db.transaction():
            current = self.get(bookmark_id)
            if current is not None:
                self.db.query("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return current

    def restore(self, bookmark: Bookmark) -> Bookmark:
        """Undo a delete: put the bookmark back with the same id and times."""
        if bookmark.id is None:
            raise ValueError("Only a saved (deleted) bookmark can be restored; use add()")
        with self.db.transaction():
            # Ids are never reused (AUTOINCREMENT), so a row with this id is this bookmark.
            self.db.query(
                f"INSERT OR REPLACE INTO bookmarks ({_COLUMNS}) VALUES ({_placeholders()})",
                _values(bookmark),
            )
        return bookmark

    def list(
        self, corpus: Path | str | None = None, text: str | None = None
    ) -> builtins.list[Bookmark]:
        """Newest first; optionally one corpus, optionally matching `text` (see `matches`)."""
        if corpus is None:
            rows = self.db.query(f"SELECT {_COLUMNS} FROM bookmarks ORDER BY created DESC, id DESC")
        else:
            rows = self.db.query(
                f"SELECT {_COLUMNS} FROM bookmarks WHERE corpus = ? ORDER BY created DESC, id DESC",
                (corpus_id(corpus),),
            )
        found = [_row_to_bookmark(r) for r in rows]
        if text and text.strip():
            tagged = self._article_tags() if TAG_PREFIX in text.casefold() else {}
            found = [
                b for b in found if matches(b, text, tagged.get((b.corpus, b.article_id), ()))
            ]
        return found

    def _article_tags(self) -> dict[tuple[str, str], list[str]]:
        """Each tagged article's tags (`t` in the app), for `tag:` in a filter."""
        out: dict[tuple[str, str], list[str]] = {}
        for corpus, article_id, tag in self.db.query(
            "SELECT corpus, article_id, tag FROM article_tags"
        ):
            out.setdefault((corpus, article_id), []).append(tag)
        return out

    def count(self, corpus: Path | str | None = None) -> int:
        if corpus is None:
            return int(self.db.query("SELECT count(*) FROM bookmarks")[0][0])
        return int(
            self.db.query("SELECT count(*) FROM bookmarks WHERE corpus = ?", (corpus_id(corpus),))[
                0
            ][0]
        )

    def for_article(
        self,
        corpus: Path | str,
        article_id: str,
        text: str | None = None,
        starts: Sequence[int] | None = None,
        *,
        persist: bool = True,
    ) -> builtins.list[Bookmark]:
        """An article's bookmarks in reading order.

        With the article's current `text` (and paragraph `starts`) each one is
        re-anchored first: offsets follow the passage, `detached` says if it is gone.
        """
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM bookmarks WHERE corpus = ? AND article_id = ?",
            (corpus_id(corpus), article_id),
        )
        found = [_row_to_bookmark(r) for r in rows]
        if text is not None:
            if starts is None:
                starts = paragraph_starts(text)
            found = [self.reanchor(b, text, starts, persist=persist) for b in found]
        found.sort(key=lambda b: (b.detached, b.start, b.end, b.id or 0))
        return found

    def reanchor(
        self,
        bookmark: Bookmark,
        text: str,
        starts: Sequence[int] | None = None,
        *,
        persist: bool = True,
    ) -> Bookmark:
        """The bookmark placed in the article's current text, or marked detached.

        The quote, note and `updated` time are left alone (they are the user's);
        only offsets, paragraph and the detached flag follow the text. With
        `persist`, a change is saved when saving is possible.
        """
        anchor = locate(
            text, bookmark.quote, bookmark.start, bookmark.end, bookmark.before,
            bookmark.after, starts,
        )  # fmt: skip
        if anchor is None:
            moved = replace(bookmark, detached=True)
        else:
            moved = replace(
                bookmark,
                start=anchor.start,
                end=anchor.end,
                paragraph=anchor.paragraph,
                detached=False,
            )
        changed = (moved.start, moved.end, moved.paragraph, moved.detached) != (
            bookmark.start,
            bookmark.end,
            bookmark.paragraph,
            bookmark.detached,
        )
        if persist and changed and moved.id is not None and self.db.writable:
            try:
                with self.db.transaction():
                    self.db.query(
                        "UPDATE bookmarks SET start_offset = ?, end_offset = ?, paragraph = ?, "
                        "detached = ? WHERE id = ?",
                        (moved.start, moved.end, moved.paragraph, int(moved.detached), moved.id),
                    )
            except StoreError:
                pass  # a cache of where the passage is; the next look finds it again
        return moved


def _placeholders() -> str:
    return ", ".join("?" * len(_COLUMNS.split(",")))
