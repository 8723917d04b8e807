"""Paragraphs that are entirely one quotation."""

from __future__ import annotations

_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"))
_TRAILING = ".,!?…"


def is_quotation(text: str) -> bool:
    """True when the paragraph opens a quote, closes it at its end and never closes it before.

    '"Growth is back," he said.' is reported speech, not a quotation paragraph.
    """
    if len(text) < 3:
        return False
    body = text.rstrip(_TRAILING) if text[-1] in _TRAILING and len(text) > 3 else text
    for opening, closing in _PAIRS:
        if text.startswith(opening) and body.endswith(closing):
            inner = body[len(opening) : -len(closing)]
            if opening == closing:
                return closing not in inner
            return closing not in inner and opening not in inner
    return False
