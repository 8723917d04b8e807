"""HTML character references left in text: `&#163;1.8m`, `caf&#233;`, `AT&amp;T`.

Scrapers often save text that passed through HTML once without being decoded,
whatever the file's own format, so every format is decoded here. Only complete
references (ending in `;`) are decoded: HTML5 also accepts some legacy names
without one, and "this&notice" would otherwise read as "this¬ice".
"""

from __future__ import annotations

import html
import re

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """`text` with its HTML character references decoded; unknown names stay as written,
    and a reference to no character (`&#0;`) becomes what HTML makes of it (U+FFFD)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda match: html.unescape(match.group(0)), text)
