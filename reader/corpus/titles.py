"""Which line is the headline, and a title for articles that state none.

A headline is short, has no final period, and is Title Case or free of
sentence punctuation. Scraped pages put it first, or last (after the body,
among the page chrome); when neither line is one, the title is made from the
first sentence and flagged as derived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from reader.corpus.captions import is_caption
from reader.corpus.credits import parse_dateline
from reader.corpus.document import Block
from reader.corpus.model import ParagraphKind

_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 180
_DERIVED_LENGTH = 80
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+\S")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])")
# Closing lines that are short and unpunctuated but are credits, not headlines.
_SIGN_OFF = re.compile(
    r"\b(?:reporting|editing|writing|compiled|translated|contributed|contributing|"
    r"additional|produced|edited|written)\b|^[(\[—–-]|©|copyright",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TitleChoice:
    title: str
    derived: bool
    block: Block | None  # the headline block, removed from the body
    body: list[Block]


def is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.75 * len(words)


def looks_like_headline(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= _MAX_HEADLINE_WORDS or len(text) > _MAX_HEADLINE_CHARS:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'"):
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("...") and not (
        text.endswith(".") and _in_capitals(text)
    ):
        return False  # a sentence; but wires end headlines in capitals with a stop
    if _SIGN_OFF.search(text) or is_caption(text) or _is_bare_dateline(text):
        return False
    return is_title_case(text) or not _INNER_SENTENCE_END.search(text)


def _in_capitals(text: str) -> bool:
    """ "RUSSIA SAYS CHECHEN TRUCE HOLDING.", "POLAND - PRESS DIGEST - Aug 28.": most
    words in capitals."""
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text)]
    return len(words) >= 2 and sum(w.isupper() for w in words) >= 0.6 * len(words)


def _is_bare_dateline(text: str) -> bool:
    """'BEIJING, March 5 (Xinhua)' on a line of its own: a dateline, not a headline."""
    line = parse_dateline(text)
    if line is None or line.end < len(text):
        return False
    return line.when is not None or line.agency is not None


def _clearly_shorter(block: Block, others: list[Block]) -> bool:
    lengths = [len(b.text) for b in others if b.kind is ParagraphKind.BODY]
    return bool(lengths) and len(block.text) < 0.6 * median(lengths)


def derive_title(text: str) -> str:
    """The first sentence, cut to about 80 characters at a word boundary."""
    sentence = text
    for match in _SENTENCE_BREAK.finditer(text):
        if match.start() >= 20:
            sentence = text[: match.start()]
            break
    sentence = sentence.strip().rstrip(".")
    if len(sentence) <= _DERIVED_LENGTH:
        return sentence
    cut = sentence[: _DERIVED_LENGTH + 1]
    space = cut.rfind(" ")
    if space > _DERIVED_LENGTH // 2:
        cut = cut[:space]
    return cut[:_DERIVED_LENGTH].rstrip(" ,;:–—-") + "…"


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def choose_title(blocks: list[Block], stated: str | None) -> TitleChoice:
    """Pick the headline from metadata, the first line or the last line, else derive one."""
    if stated:
        if blocks and _same_text(blocks[0].text, stated):
            return TitleChoice(stated, False, blocks[0], blocks[1:])
        return TitleChoice(stated, False, None, blocks)
    if len(blocks) >= 2:
        first = blocks[0]
        marked = first.kind is ParagraphKind.HEADING and first.level <= 1
        plain = first.kind is ParagraphKind.BODY and looks_like_headline(first.text)
        if marked or (plain and (first.gap_after or _clearly_shorter(first, blocks[1:]))):
            return TitleChoice(first.text, False, first, blocks[1:])
    if len(blocks) >= 3:
        last = blocks[-1]
        if (
            last.kind is ParagraphKind.BODY
            and looks_like_headline(last.text)
            and _clearly_shorter(last, blocks[:-1])
        ):
            return TitleChoice(last.text, False, last, blocks[:-1])
    return TitleChoice(_derived(blocks), True, None, blocks)


def _derived(blocks: list[Block]) -> str:
    for kind in (ParagraphKind.BODY, ParagraphKind.QUOTE, ParagraphKind.HEADING):
        for block in blocks:
            if block.kind is not kind or _is_bare_dateline(block.text):
                continue
            dateline = parse_dateline(block.text)
            text = block.text[dateline.end :] if dateline else block.text
            return derive_title(text.strip() or block.text)
    return derive_title(blocks[0].text) if blocks else ""


def is_subheading(block: Block, following: Block | None) -> bool:
    """A short headline-like line inside the body, introducing a longer paragraph."""
    if block.kind is not ParagraphKind.BODY or following is None:
        return False
    text = block.text
    if len(text.split()) > 12 or text.endswith(("?", "!")):
        return False
    return looks_like_headline(text) and is_title_case(text) and len(following.text) > 2 * len(text)
