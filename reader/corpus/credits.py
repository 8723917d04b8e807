"""Who wrote and who published: bylines, "Source:" lines and wire datelines.

A byline ("By Jane Doe | March 5, 2025") or a "Source: X" line is metadata,
not story text: it is lifted out of the paragraphs into Article.author /
Article.source. A dateline ("BEIJING, March 5 (Reuters) -") stays in the
text, where it belongs, and is only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.corpus.document import Block

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|der|bin|al|la|le))*"
_BYLINE = re.compile(
    rf"^(?:By|BY|by)\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*(?:[|•·–—]|\s-\s|,)\s*(?P<rest>.*))?$"
)
_SOURCE_LINE = re.compile(r"^(?:source|sources|via|published by)\s*:\s*(?P<source>.{2,80})$", re.I)
_EDGE = 4  # bylines and source lines sit at the top or bottom of an article

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,40})?)"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}"
    r"(?:\s+\d{4})?|\d{4}-\d\d-\d\d))?"
    r"\s*(?:\((?P<agency>[A-Z][\w&.' -]{1,30})\))?\s*(?:(?:[-–—]+|:)\s|$)"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    when: str | None  # the date as written, often without a year
    agency: str | None
    end: int  # where the story text after the dateline starts


@dataclass(slots=True)
class Credits:
    blocks: list[Block]
    author: str | None = None
    source: str | None = None
    dated: list[str] = field(default_factory=list)  # date text found beside a byline


def parse_dateline(text: str) -> Dateline | None:
    """The wire-style dateline opening a paragraph, if any."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group("place").strip()
    agency = match.group("agency")
    # A bare capitalised word before a dash ("WASHINGTON -") is a dateline only
    # when it is written in capitals.
    if not agency and not place.split(",")[0].isupper():
        return None
    return Dateline(place, match.group("when"), agency.strip() if agency else None, match.end())


def pull_credits(blocks: list[Block]) -> Credits:
    """Lift byline and source lines near the edges of the text into metadata."""
    out = Credits(blocks=[])
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        near_edge = i < _EDGE or last - i < _EDGE
        text = block.text
        if near_edge and len(text) <= 160 and len(blocks) > 1:
            byline = _BYLINE.match(text)
            if byline and out.author is None and 2 <= len(byline.group("names").split()) <= 12:
                out.author = byline.group("names").strip()
                if byline.group("rest"):
                    out.dated.append(byline.group("rest"))
                continue
            source = _SOURCE_LINE.match(text)
            if source and out.source is None:
                out.source = source.group("source").strip().rstrip(".")
                continue
        out.blocks.append(block)
    return out
