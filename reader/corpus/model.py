"""The domain model of a corpus: articles made from files, and files skipped.

All offsets live in one coordinate system, `Article.text`: the cleaned
paragraphs joined by blank lines. Entities, figures, search matches and
bookmarks all point into it; `Article.to_raw` maps back to the file's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

PARAGRAPH_SEPARATOR = "\n\n"


class ParagraphKind(StrEnum):
    TITLE = "title"  # the headline, when the file states one (not when derived)
    HEADING = "heading"
    BODY = "body"
    CAPTION = "caption"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Paragraph:
    kind: ParagraphKind
    text: str
    start: int  # offset of text[0] in Article.text
    raw_start: int | None = None  # offset of text[0] in Article.raw when copied verbatim

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def folder_of(article_id: str) -> str | None:
    """The folder an article's file is in, relative to the corpus root ("politics/uk"),
    or None at the root. `article_id` is the file's relative path, maybe with "#N"."""
    folder = article_id.partition("#")[0].rpartition("/")[0]
    return folder or None


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # path relative to the corpus root, POSIX style; "#N" appended for rows of a JSON file
    path: Path  # the file it came from
    title: str
    title_derived: bool  # True when no headline was found and the title was made from the text
    source: str | None  # the file's stated source, else a credited one, else its folder
    published: date | None
    author: str | None
    url: str | None
    paragraphs: tuple[Paragraph, ...]
    raw: str  # the file's text as decoded, newlines normalised to "\n"
    format: str  # txt, md, html, json, jsonl
    encoding: str  # how the bytes were decoded
    text: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if not self.text and self.paragraphs:
            object.__setattr__(
                self, "text", PARAGRAPH_SEPARATOR.join(p.text for p in self.paragraphs)
            )

    def paragraph_at(self, offset: int) -> int | None:
        """Index of the paragraph holding `offset` in `text`, or None in a separator."""
        lo, hi = 0, len(self.paragraphs) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            p = self.paragraphs[mid]
            if offset < p.start:
                hi = mid - 1
            elif offset >= p.end:
                lo = mid + 1
            else:
                return mid
        return None

    def to_raw(self, offset: int) -> int | None:
        """Map an offset in `text` to the raw file text, when that paragraph was copied verbatim."""
        index = self.paragraph_at(offset)
        if index is None:
            # An end offset lands just past its paragraph.
            index = self.paragraph_at(offset - 1)
            if index is None:
                return None
        p = self.paragraphs[index]
        if p.raw_start is None:
            return None
        return p.raw_start + (offset - p.start)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def build_paragraphs(
    items: list[tuple[ParagraphKind, str, int | None]],
) -> tuple[Paragraph, ...]:
    """Lay out (kind, text, raw_start) items in `Article.text` coordinates."""
    out: list[Paragraph] = []
    offset = 0
    for kind, text, raw_start in items:
        out.append(Paragraph(kind, text, offset, raw_start))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SkippedFile:
    path: Path
    reason: str  # one line a user can act on: "empty file", "binary file (PNG image)", ...
