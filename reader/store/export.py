"""Bookmarks out of reader: Markdown to read or paste, JSON to keep or process.

Both carry enough to cite each quote (title, source, date, file) and mark
detached ones, so an export is useful even after the articles are gone.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from reader.store.bookmarks import Bookmark
from reader.store.database import now_iso

FORMATS = ("md", "json")


def to_json(bookmarks: Sequence[Bookmark]) -> str:
    """A JSON list with every field of every bookmark."""
    return json.dumps([b.to_dict() for b in bookmarks], ensure_ascii=False, indent=2) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def citation(bookmark: Bookmark) -> str:
    """Speaker (for a quote), title, source, date and file on one line: where a quote
    came from."""
    parts = [f"“{_one_line(bookmark.title) or bookmark.article_id}”"]
    if bookmark.speaker:
        parts[0] = f"{_one_line(bookmark.speaker)}, in {parts[0]}"
    if bookmark.source:
        parts.append(_one_line(bookmark.source))
    if bookmark.published:
        parts.append(bookmark.published)
    return f"{', '.join(parts)}. File: {bookmark.file} (paragraph {bookmark.paragraph + 1})"


def to_markdown(bookmarks: Sequence[Bookmark], *, exported_at: str | None = None) -> str:
    """Each quote as a block quote with its note, tags and citation."""
    stamp = exported_at or now_iso()
    count = f"{len(bookmarks)} bookmark{'s' if len(bookmarks) != 1 else ''}"
    lines = ["# Bookmarks", "", f"{count}, exported {stamp}.", ""]
    if not bookmarks:
        lines += ["No bookmarks yet.", ""]
    for b in bookmarks:
        lines += [f"## {_one_line(b.title) or b.article_id}", ""]
        lines += [f"> {line}" if line else ">" for line in b.quote.split("\n")]
        lines.append("")
        if b.detached:
            lines += [
                "**Detached:** this passage is no longer in the article; "
                "the quote is as it was saved.",
                "",
            ]
        if b.note:
            lines += [b.note, ""]
        if b.tags:
            lines += [f"Tags: {', '.join(b.tags)}", ""]
        lines += [f"— {citation(b)}", "", f"<sub>Bookmark #{b.id}, saved {b.created}</sub>", ""]
    return "\n".join(lines)


def render(bookmarks: Sequence[Bookmark], fmt: str) -> str:
    if fmt == "json":
        return to_json(bookmarks)
    if fmt == "md":
        return to_markdown(bookmarks)
    raise ValueError(f"Unknown export format {fmt!r} (use one of: {', '.join(FORMATS)})")


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that it is either the old one or the whole new one, never half."""
    path = Path(path).expanduser()
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
