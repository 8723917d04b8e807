"""Markdown: front matter for metadata, markup reduced to the text a reader sees.

Headings become HEADING paragraphs, `>` blocks QUOTE, list items their own
paragraphs; links keep their text, images and reference definitions go.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.corpus.dates import parse_date
from reader.corpus.document import BadPart, Block, Document, Metadata
from reader.corpus.formats.frontmatter import split_front_matter
from reader.corpus.model import ParagraphKind
from reader.corpus.paragraphs import iter_lines, run_blocks

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>"), ""),  # inline HTML
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])"), r"\1"),  # escapes
)
_MARKUP_CHARS = frozenset("![]<>*_~`\\")


def strip_inline(text: str) -> str:
    if not _MARKUP_CHARS.intersection(text):
        return text
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _located(offset: int, source: str) -> tuple[int | None, str]:
    """The visible text of a line fragment and its raw offset when still verbatim."""
    stripped = source.strip()
    text = strip_inline(stripped)
    if not text:
        return None, ""
    found = source.find(text)
    return (offset + found if found >= 0 else None), text


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.run: list[tuple[int | None, str]] = []
        self.quote: list[tuple[int | None, str]] = []

    def flush(self, *, gap: bool) -> None:
        if self.run:
            self.blocks.extend(run_blocks(self.run, gap_after=gap))
            self.run = []
        if self.quote:
            quoted = run_blocks(self.quote, gap_after=gap)
            self.blocks.extend(b.with_kind(ParagraphKind.QUOTE) for b in quoted)
            self.quote = []

    def add(self, block: Block) -> None:
        self.flush(gap=False)
        self.blocks.append(block)


def _blocks(raw: str, start: int) -> list[Block]:
    b = _Builder()
    in_code = False
    for offset, line in iter_lines(raw[start:], start):
        if _FENCE.match(line):
            in_code = not in_code
            b.flush(gap=True)
            continue
        if in_code:
            if line.strip():
                b.run.append((offset + len(line) - len(line.lstrip()), line.strip()))
            else:
                b.flush(gap=True)
            continue
        if not line.strip():
            b.flush(gap=True)
            continue
        setext = _SETEXT.match(line)
        if setext and len(b.run) == 1 and not b.quote:
            raw_start, text = b.run.pop()
            level = 1 if setext.group(1)[0] == "=" else 2
            b.add(Block(text, raw_start, ParagraphKind.HEADING, gap_after=True, level=level))
            continue
        if _RULE.match(line) or _REFERENCE.match(line) or _TABLE_RULE.match(line):
            b.flush(gap=True)
            continue
        heading = _ATX.match(line)
        if heading:
            raw_start, text = _located(offset + heading.start(2), heading.group(2))
            if text:
                level = len(heading.group(1))
                b.add(Block(text, raw_start, ParagraphKind.HEADING, gap_after=True, level=level))
            continue
        quote = _QUOTE.match(line)
        if quote:
            if b.run:
                b.flush(gap=False)
            inner = line[quote.end() :]
            while (nested := _QUOTE.match(inner)) is not None:
                inner = inner[nested.end() :]
            raw_start, text = _located(offset + len(line) - len(inner), inner)
            if text:
                b.quote.append((raw_start, text))
            elif b.quote:
                b.flush(gap=True)
            continue
        if b.quote:
            b.flush(gap=False)
        item = _ITEM.match(line)
        if item:
            raw_start, text = _located(offset + item.end(), line[item.end() :])
            if text:
                b.add(Block(text, raw_start))
            continue
        raw_start, text = _located(offset, line)
        if text:
            b.run.append((raw_start, text))
    b.flush(gap=False)
    return b.blocks


def read(text: str) -> list[Document | BadPart]:
    fields, start = split_front_matter(text)
    meta = Metadata(
        title=" ".join(strip_inline(fields.get("title", "")).split()) or None,
        published=parse_date(fields.get("date") or fields.get("published") or ""),
        source=fields.get("source") or fields.get("publisher") or fields.get("site") or None,
        author=fields.get("author") or fields.get("authors") or None,
        url=fields.get("url") or fields.get("link") or None,
    )
    blocks = _blocks(text, start)
    if meta.title is None and blocks and blocks[0].kind is ParagraphKind.HEADING:
        # A leading top-level heading is the headline even when written as "##".
        blocks[0] = replace(blocks[0], level=1)
    return [Document(raw=text, blocks=blocks, meta=meta)]
