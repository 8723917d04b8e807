"""Remove page chrome that scrapers leave in article text, and decode what they
left encoded (HTML character references, in any format).

General rules that hold on any news site: navigation breadcrumbs, bare
timestamps, "SEE ALSO"/"Read more" link lines, interface words ("Share",
"Advertisement"), copyright footers, promotional paragraphs and image-markup
debris. Timestamps are kept aside: they are the best evidence of the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reader.corpus.captions import strip_image_remnants
from reader.corpus.dates import is_timestamp_line
from reader.corpus.document import Block
from reader.corpus.entities import decode_references
from reader.corpus.model import ParagraphKind
from reader.corpus.promo import is_promo

_SHORT = 200  # chrome lines are short; longer paragraphs only face the promo test

# Section names that make up site navigation, not places or topics of a story.
_NAV_WORDS = frozenset(
    [
        "home",
        "homepage",
        "main",
        "start",
        "news",
        "latest",
        "world",
        "business",
        "sport",
        "sports",
        "politics",
        "opinion",
        "opinions",
        "culture",
        "tech",
        "technology",
        "science",
        "health",
        "entertainment",
        "lifestyle",
        "life",
        "style",
        "travel",
        "video",
        "videos",
        "podcasts",
        "photos",
        "gallery",
        "live",
        "economy",
        "markets",
        "finance",
        "money",
        "local",
        "national",
        "international",
        "region",
        "regions",
        "menu",
        "search",
        "more",
        "top",
        "index",
        "archive",
        "topics",
        "sections",
        "features",
        "analysis",
        "comment",
    ]
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>?|»|›|→|/|\|)\s*")
_STRONG_SEPARATOR = re.compile(r">|»|›|→")
_BULLET_ITEM = re.compile(r"^[-*•·–]\s*(.+)$")
_YOU_ARE_HERE = re.compile(r"^you are here\s*:?\s*", re.I)

_RELATED = re.compile(
    r"^(?:see also|also see|also read|read also|read more|more reading|further reading|"
    r"related(?: articles?| stories| content| news| coverage| reading| links?| topics)?|"
    r"recommended(?: reading| stories)?|you may also like|you might also like|"
    r"more from [\w .'-]{1,40}|more on this(?: story)?|more stories|top stories|"
    r"editor'?s picks?|trending|most read|most popular|watch|listen)"
    r"(?P<tail>\s*[:|>»–—-]+\s*.*|\s*)$",
    re.I,
)
_UPPER_LABEL = re.compile(r"^(?:SEE ALSO|ALSO READ|READ MORE|READ ALSO|RELATED)\b")

_UI_LINE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|promoted|"
    r"share(?: this)?(?: article| story| page)?(?: on \w+)?|print(?: this)?(?: article)?|"
    r"e-?mail(?: this)?(?: article)?|tweet|comments?|\d+ comments?|back to top|"
    r"skip to (?:main )?content|close|loading\.*|click to expand|"
    r"listen to (?:this )?(?:article|story)|\d+\s*min(?:ute)?s?\s+read|"
    r"scroll (?:down )?to continue(?: reading)?|continue reading|story continues(?: below)?|"
    r"image|photo|video|getty images|toggle navigation|subscribe now|log ?in|sign in)[.!]?$",
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.I)


@dataclass(slots=True)
class Cleaned:
    blocks: list[Block]
    timestamps: list[str] = field(default_factory=list)  # removed timestamp lines, in order


def is_breadcrumb(text: str) -> bool:
    """'Home > World > Asia', 'News | Business', '- Home'."""
    if len(text) > 120 or text.endswith((".", "?", "!")):
        return False
    text = _YOU_ARE_HERE.sub("", text)
    bullet = _BULLET_ITEM.match(text)
    if bullet:
        return bullet.group(1).strip().lower() in _NAV_WORDS
    parts = [p for p in _CRUMB_SEPARATOR.split(text) if p]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return False
    if parts[0].lower() in _NAV_WORDS:
        return True
    # Without a section name up front, only arrow separators between
    # capitalised items say "navigation".
    return bool(_STRONG_SEPARATOR.search(text)) and all(p[0].isupper() for p in parts)


def is_related_link(text: str) -> bool:
    """'SEE ALSO: ...', 'Read more: ...', 'Related' lines pointing at other articles."""
    if len(text) > 250:
        return False
    match = _RELATED.match(text)
    if match:
        tail = match.group("tail")
        # "Watch" or "Related" alone, or a label with a separator; not a sentence
        # that happens to start with "Watch the ..."
        if not tail.strip() or tail.lstrip()[0] in ":|>»–—-":
            return True
    return bool(_UPPER_LABEL.match(text))


def is_interface_line(text: str) -> bool:
    if len(text) > 160:
        return False
    return bool(_UI_LINE.match(text) or _COPYRIGHT.search(text))


def clean(blocks: list[Block]) -> Cleaned:
    out = Cleaned(blocks=[])
    previous: Block | None = None
    for block in blocks:
        decoded = decode_references(block.text)
        if decoded != block.text:
            # No longer the file's characters: the raw view cannot point into it.
            block = replace(block, text=decoded.strip(), raw_start=None)
        text, shift = strip_image_remnants(block.text)
        if not text:
            continue
        if text != block.text:
            raw_start = None
            if block.raw_start is not None and shift is not None:
                raw_start = block.raw_start + shift
            block = replace(block, text=text, raw_start=raw_start)
        short = len(text) <= _SHORT
        if short and block.kind is not ParagraphKind.QUOTE:
            if is_timestamp_line(text):
                out.timestamps.append(text)
                continue
            if is_breadcrumb(text) or is_related_link(text) or is_interface_line(text):
                continue
        if block.kind is not ParagraphKind.HEADING and is_promo(text):
            continue
        if previous is not None and text == previous.text:
            continue  # a repeated caption or a doubled line
        out.blocks.append(block)
        previous = block
    return out
