"""Photo captions and the debris image markup leaves in scraped text.

Captions are part of the story and stay, marked CAPTION; the alt text that
repeats them (`... alt=Same caption>`) and stray `<img ...>` tags go.
"""

from __future__ import annotations

import re

# "... Photo: Xinhua", "(Photo: AFP)", "Picture by Jane Doe", "Credit: Reuters/Jane Doe"
_CREDIT_TAIL = re.compile(
    r"(?:^|[\s.(\[|–—-])(?:photo(?:graph)?s?|pictures?|pics?|images?|credit|photo credit|"
    r"file photo|video grab|screengrab)\s*(?:by\s+|:\s*|/\s*)"
    r"[\w\"“][^.!?]{0,80}?[)\]]?\.?$",
    re.I,
)
# Wire-photo credits: "REUTERS/Jane Doe", "AFP/Getty Images", "AP Photo/John Roe".
_SLASH_CREDIT = re.compile(
    r"(?:^|\s)(?:[A-Z]{2,}|AP Photo|Getty Images)\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}$"
)
_CREDIT_HEAD = re.compile(r"^[(\[]?(?:photo(?:graph)?|picture|image|credit|file photo)s?\s*:", re.I)
# Where people stand in a picture: "(second from left)", ", centre,", "(L-R)".
_POSITION = re.compile(
    r"\b(?:(?:second|third|fourth|far)\s+)?from\s+(?:left|right)\b"
    r"|[(,]\s*(?:left|right|centre|center|middle|top|bottom|front|back|L|R)\s*[),]"
    r"|\b(?:L-R|R-L|pictured|in this (?:photo|picture|image|file photo))\b",
    re.I,
)
_IMG_TAG = re.compile(r"<img\b[^>]*>?", re.I)
_ALT_TAIL = re.compile(r"\s*\balt\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^>]*)>?", re.I)
_MAX_CAPTION_WORDS = 70
_TAIL_CHARS = 140


def is_caption(text: str) -> bool:
    """True for a paragraph that describes or credits a picture."""
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return False
    # A credit closes the caption: only the tail needs searching.
    tail = text[-_TAIL_CHARS:]
    if _CREDIT_TAIL.search(tail) or _SLASH_CREDIT.search(tail) or _CREDIT_HEAD.match(text):
        return True
    whole_parenthesis = text.startswith("(") and text.rstrip(".").endswith(")")
    return whole_parenthesis and bool(_POSITION.search(text))


def strip_image_remnants(text: str) -> tuple[str, int | None]:
    """Remove `<img>` tags and `alt=...>` tails.

    Returns the new text and how far its first character moved in the original
    (0 when only the end was cut), or None when something was cut from the
    middle and the result is no longer a verbatim piece of the original.
    """
    if "<img" not in text.lower() and "alt" not in text.lower():
        return text, 0
    spans = [m.span() for pattern in (_IMG_TAG, _ALT_TAIL) for m in pattern.finditer(text)]
    spans = [(s, e) for s, e in spans if e > s]
    if not spans:
        return text, 0
    keep = []
    cursor = 0
    for start, end in sorted(spans):
        if start > cursor:
            keep.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        keep.append((cursor, len(text)))
    pieces = [(s, text[s:e]) for s, e in keep if text[s:e].strip()]
    if not pieces:
        return "", 0
    if len(pieces) == 1:
        start, piece = pieces[0]
        stripped = piece.strip()
        return stripped, start + len(piece) - len(piece.lstrip())
    return " ".join(" ".join(p.split()) for _, p in pieces), None
