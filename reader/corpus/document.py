"""What a format reader hands to the article builder.

Every format (plain text, Markdown, HTML, JSON) is reduced to the same shape:
candidate paragraphs with their position in the raw text, plus whatever
metadata the file stated. Cleaning, titles and dates then run once, on that
shape, whatever the file looked like.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from reader.corpus.model import ParagraphKind


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph candidate."""

    text: str  # stripped, never empty
    raw_start: int | None  # offset of text[0] in the raw text when copied verbatim
    kind: ParagraphKind = ParagraphKind.BODY
    gap_after: bool = False  # a blank line (or a structural break) follows it
    level: int = 0  # heading level for HEADING blocks from markup (1 = top headline)

    def with_kind(self, kind: ParagraphKind) -> Block:
        return replace(self, kind=kind)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the file says about itself (front matter, JSON fields, HTML meta)."""

    title: str | None = None
    published: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article's worth of a file, before cleaning."""

    raw: str  # becomes Article.raw; Block.raw_start points into it
    blocks: list[Block]
    meta: Metadata = field(default_factory=Metadata)
    part: str = ""  # "#7" for the 7th row of a JSON/JSONL file, else ""


@dataclass(frozen=True, slots=True)
class BadPart:
    """A row of a multi-article file that could not be read."""

    part: str  # "#7"
    reason: str


class FormatError(Exception):
    """The whole file cannot be read as its format; the message is the user-facing reason."""
