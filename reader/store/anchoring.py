"""Finding a bookmarked passage again after the article's text has changed.

Articles get re-extracted (a better cleaner, an edited file), so stored offsets
go stale. We try, cheapest first: the old offsets; the exact quote (several
hits: the one whose surrounding text matches the saved context, then the one
nearest the old place); a fuzzy match in a few candidate windows. Windows come
from the quote's rarest words, so a 1 MB article costs a handful of
`str.count`/`str.find` calls and a few small `SequenceMatcher` runs, never a
scan of the whole text with difflib.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

MIN_SIMILARITY = 0.8  # quote vs. candidate passage, SequenceMatcher.ratio()
SHORT_QUOTE = 16  # below this many characters a fuzzy match must also match the context
_MAX_EXACT_HITS = 5000
_MAX_WORD_HITS = 200  # a word this common says nothing about where the passage is
_ANCHOR_WORDS = 6
_MAX_WINDOWS = 8
_WORD = re.compile(r"\w{4,}")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a passage is in the current text."""

    start: int
    end: int
    paragraph: int
    method: str  # "offsets", "exact" or "fuzzy"
    similarity: float = 1.0


def paragraph_starts(text: str, separator: str = "\n\n") -> list[int]:
    """Paragraph starts of a text laid out like `Article.text`, when none were given."""
    starts = [0]
    i = text.find(separator)
    while i != -1:
        starts.append(i + len(separator))
        i = text.find(separator, i + len(separator))
    return starts


def paragraph_of(starts: Sequence[int], offset: int) -> int:
    """Index of the paragraph that holds `offset` (the last one starting at or before it)."""
    return max(0, bisect_right(starts, offset) - 1)


def context_score(text: str, start: int, end: int, before: str, after: str) -> int:
    """How many characters of saved context agree with the text around [start, end)."""
    score = 0
    window = text[max(0, start - len(before)) : start]
    for a, b in zip(reversed(window), reversed(before), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(text[end : end + len(after)], after, strict=False):
        if a != b:
            break
        score += 1
    return score


def locate(
    text: str,
    quote: str,
    start: int,
    end: int,
    before: str = "",
    after: str = "",
    starts: Sequence[int] | None = None,
    *,
    min_similarity: float = MIN_SIMILARITY,
) -> Anchor | None:
    """The passage's place in `text`, or None when it is gone (the bookmark is detached)."""
    if not quote:
        return None
    if starts is None:
        starts = paragraph_starts(text)

    def anchor(s: int, e: int, method: str, similarity: float = 1.0) -> Anchor:
        return Anchor(s, e, paragraph_of(starts, s), method, similarity)

    if 0 <= start <= end <= len(text) and text[start:end] == quote:
        return anchor(start, end, "offsets")
    hits = _exact_hits(text, quote)
    if hits:
        best = max(
            hits,
            key=lambda s: (context_score(text, s, s + len(quote), before, after), -abs(s - start)),
        )
        return anchor(best, best + len(quote), "exact")
    found = _fuzzy(text, quote, start, before, after, min_similarity)
    if found is None:
        return None
    s, e, similarity = found
    return anchor(s, e, "fuzzy", similarity)


def _exact_hits(text: str, quote: str) -> list[int]:
    hits: list[int] = []
    i = text.find(quote)
    while i != -1 and len(hits) < _MAX_EXACT_HITS:
        hits.append(i)
        i = text.find(quote, i + 1)
    return hits


def _candidate_starts(text: str, quote: str, old_start: int) -> list[int]:
    """Likely starts of the reworded passage: where its rarest words now are."""
    seen: dict[str, int] = {}
    for m in _WORD.finditer(quote):
        seen.setdefault(m.group(), m.start())
    counted = []
    for word, offset in seen.items():
        n = text.count(word)
        if 0 < n <= _MAX_WORD_HITS:
            counted.append((n, -len(word), word, offset))
    counted.sort()
    votes: dict[int, int] = {}
    bucket = max(16, len(quote) // 4)
    for _n, _len, word, offset in counted[:_ANCHOR_WORDS]:
        i = text.find(word)
        while i != -1:
            key = (i - offset) // bucket
            votes[key] = votes.get(key, 0) + 1
            i = text.find(word, i + 1)
    ranked = sorted(votes, key=lambda k: (-votes[k], abs(k * bucket - old_start)))
    candidates = [k * bucket for k in ranked[:_MAX_WINDOWS]]
    if 0 <= old_start <= len(text):
        candidates.append(old_start)
    return candidates


def _align(window: str, quote: str) -> tuple[int, int] | None:
    """The stretch of `window` that lines up with `quote`, from their common blocks."""
    matcher = SequenceMatcher(None, window, quote, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    # Stray one- or two-letter matches at the ends would stretch the span.
    solid = [b for b in blocks if b.size >= 3] or blocks
    first, last = solid[0], solid[-1]
    s = max(0, first.a - first.b)
    e = min(len(window), last.a + last.size + (len(quote) - last.b - last.size))
    return (s, e) if e > s else None


def _fuzzy(
    text: str, quote: str, old_start: int, before: str, after: str, min_similarity: float
) -> tuple[int, int, float] | None:
    slack = max(24, len(quote) // 3)
    best: tuple[float, int, int, int, float] | None = None  # key parts, then similarity
    tried: set[tuple[int, int]] = set()
    for candidate in _candidate_starts(text, quote, old_start):
        lo = max(0, candidate - slack)
        hi = min(len(text), candidate + len(quote) + slack)
        span = _align(text[lo:hi], quote)
        if span is None:
            continue
        s, e = _snap(text, lo + span[0], lo + span[1], quote, before, after)
        if (s, e) in tried:
            continue
        tried.add((s, e))
        similarity = SequenceMatcher(None, text[s:e], quote, autojunk=False).ratio()
        if similarity < min_similarity:
            continue
        context = _context_similarity(text, s, e, before, after)
        if len(quote) < SHORT_QUOTE and context < min_similarity:
            continue
        key = (similarity + 0.1 * context, -abs(s - old_start), s, e, similarity)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    return best[2], best[3], best[4]


def _snap(text: str, s: int, e: int, quote: str, before: str, after: str) -> tuple[int, int]:
    """Keep whole words at the ends when the saved quote began/ended on a word edge."""
    if quote[:1].isalnum() and not before[-1:].isalnum():
        while s > 0 and text[s - 1].isalnum() and text[s].isalnum():
            s -= 1
    if quote[-1:].isalnum() and not after[:1].isalnum():
        while e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
            e += 1
    return s, e


def _context_similarity(text: str, s: int, e: int, before: str, after: str) -> float:
    if not before and not after:
        return 1.0
    around = text[max(0, s - len(before)) : s] + "\x00" + text[e : e + len(after)]
    return SequenceMatcher(None, around, before + "\x00" + after, autojunk=False).ratio()
