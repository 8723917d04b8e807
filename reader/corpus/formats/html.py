"""HTML pages: the main text only, found by trafilatura, never fetched.

trafilatura separates the article from navigation, scripts and footers and
reads the page's metadata; its result is walked so headings, quotes and list
items keep their kind. When it finds nothing (tiny or odd pages), the visible
text of <body> is used instead, minus scripts, styles and navigation.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from reader.corpus.dates import parse_date
from reader.corpus.document import BadPart, Block, Document, FormatError, Metadata
from reader.corpus.model import ParagraphKind
from reader.corpus.paragraphs import split_text

for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    # Library warnings about odd pages must not reach the terminal of a TUI.
    logging.getLogger(_name).addHandler(logging.NullHandler())

_SEARCH_WINDOW = 256 * 1024  # how far ahead to look for a paragraph's raw offset
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "button", "svg", "iframe", "select", "menu",
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
        "figure",
        "figcaption",
        "pre",
        "dd",
        "dt",
        "dl",
        "hr",
        "main",
        "address",
    ]
)

_FLAT_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_KEEP_WHEN_FLAT = frozenset(
    ["html", "head", "body", "title", "meta", "p", "h1", "h2", "h3", "h4", "h5", "h6", "br",
     "pre", *_DROP_TAGS]
)  # fmt: skip


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _walk(body: Any) -> list[tuple[ParagraphKind, str, int]]:
    """(kind, text, heading level) for each block of trafilatura's output tree."""
    out: list[tuple[ParagraphKind, str, int]] = []
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            rend = element.get("rend") or "h2"
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
            out.append((ParagraphKind.HEADING, _text(element), level))
        elif tag == "quote":
            out.append((ParagraphKind.QUOTE, _text(element), 0))
        elif tag == "list":
            out.extend((ParagraphKind.BODY, _text(item), 0) for item in element.iter("item"))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                out.append((ParagraphKind.BODY, " | ".join(c for c in cells if c), 0))
        elif tag in ("p", "code", "div", "hi"):
            out.append((ParagraphKind.BODY, _text(element), 0))
    return [(kind, text, level) for kind, text, level in out if text]


def _locate(raw: str, items: list[tuple[ParagraphKind, str, int]]) -> list[Block]:
    """Blocks with raw offsets where the text appears verbatim in the page source, in order."""
    blocks: list[Block] = []
    cursor = 0
    for kind, text, level in items:
        found = raw.find(text, cursor, cursor + _SEARCH_WINDOW + len(text))
        raw_start = found if found >= 0 else None
        if found >= 0:
            cursor = found + len(text)
        blocks.append(Block(text, raw_start, kind, gap_after=True, level=level))
    return blocks


def _extract(text: str) -> Any:
    import trafilatura  # slow to import; only HTML needs it

    return trafilatura.bare_extraction(
        text,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _parse(text: str) -> Any:
    parser = lxml_html.HTMLParser()
    tree = lxml_html.document_fromstring(text, parser=parser)
    if any("excessive depth" in e.message.lower() for e in parser.error_log):
        # libxml2 drops whatever is nested deeper than 256 elements. Parse again
        # without the tags that only nest (div, span, ...), so no text is lost.
        tree = lxml_html.document_fromstring(_FLAT_TAG.sub(_flatten, text))
    return tree


def _flatten(match: re.Match[str]) -> str:
    name = match.group(1).lower()
    if name in _KEEP_WHEN_FLAT:
        return match.group(0)
    return "<br>" if name in _BLOCK_TAGS else ""


def visible_body_text(text: str) -> str:
    """The visible text of <body> with one line per block element."""
    try:
        tree = _parse(text)
    except (etree.ParserError, ValueError) as exc:
        raise FormatError(f"unreadable HTML ({exc})") from exc
    doomed = [*tree.iter(*_DROP_TAGS), *tree.iter(etree.Comment)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag != "br":
                element.text = "\n" + (element.text or "")
    body = tree.find("body")
    return (body if body is not None else tree).text_content()


def read(text: str) -> list[Document | BadPart]:
    if not text.strip():
        return []
    try:
        result = _extract(text)
    except (ValueError, TypeError, etree.LxmlError):
        result = None
    meta = Metadata()
    blocks: list[Block] = []
    if result is not None:
        meta = Metadata(
            title=" ".join((result.title or "").split()) or None,
            published=parse_date(result.date) if result.date else None,
            source=result.sitename or None,
            author=result.author or None,
            url=result.url or None,
        )
        if result.body is not None:
            blocks = _locate(text, _walk(result.body))
    if not blocks:
        plain = visible_body_text(text)
        blocks = [
            Block(" ".join(b.text.split()), None, b.kind, b.gap_after) for b in split_text(plain)
        ]
        blocks = _locate(text, [(b.kind, b.text, 0) for b in blocks if b.text])
    return [Document(raw=text, blocks=blocks, meta=meta)]
