"""The corpus's unstemmed words: what prefix, wildcard, fuzzy and range queries
expand against, and where spelling suggestions come from.

The words are kept in the manifest, one row per distinct word, rather than as
postings of a field of their own: that field held as many postings as the body
and made Whoosh's writer, which indexing waits for, twice as slow. A word found
here is searched as its stem in the title and body, so `investo*` finds
"investors" and "investor" alike, as the plain word `investors` does.

Words of articles removed since stay listed: their stems are then in no
article and drop out of every expansion and suggestion.
"""

from __future__ import annotations

import re
import time
from typing import Protocol

from whoosh import query as wq
from whoosh.reading import IndexReader

from reader.index.analysis import stem_of
from reader.index.schema import TEXT_FIELDS
from reader.index.whoosh_ext.support import edit_distance

# Most words read for one expansion (`{a TO z}`, `co*`): they are ranked by
# frequency afterwards, and the expansion is marked partial when cut here.
SCAN_LIMIT = 20_000
SUGGEST_DISTANCE = 2


class WordSource(Protocol):
    """Where the words are kept (`Manifest`)."""

    def words_between(self, low: str, high: str | None, limit: int) -> list[str]: ...

    def words_sized(self, low: str, high: str | None, shortest: int, longest: int
                    ) -> list[str]: ...


def after(prefix: str) -> str | None:
    """The first string past every string that starts with `prefix` (None: none is)."""
    if not prefix:
        return None
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def matching(q: wq.Query, source: WordSource) -> tuple[list[str], bool]:
    """The words a vocabulary query (prefix, wildcard, fuzzy, range or word)
    reaches, and whether SCAN_LIMIT cut them short."""
    if isinstance(q, wq.FuzzyTerm):
        found = _near(q.text, int(q.maxdist), source, q.text[: q.prefixlength])
        return [word for word, _ in found], False
    if isinstance(q, wq.Prefix):
        words = source.words_between(q.text, after(q.text), SCAN_LIMIT)
        return words, len(words) >= SCAN_LIMIT
    if isinstance(q, wq.Wildcard):
        lead = re.split(r"[*?]", q.text, maxsplit=1)[0]
        pattern = re.compile(
            "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in q.text),
            re.DOTALL,
        )
        words = source.words_between(lead, after(lead), SCAN_LIMIT)
        return [w for w in words if pattern.fullmatch(w)], len(words) >= SCAN_LIMIT
    if isinstance(q, wq.TermRange):
        low, high = q.start or "", q.end
        # Whoosh's ranges are inclusive unless marked: a word w <= high is below high + NUL.
        end = None if high is None else (high if q.endexcl else high + "\x00")
        words = source.words_between(low, end, SCAN_LIMIT)
        cut = len(words) >= SCAN_LIMIT
        if q.startexcl:
            words = [w for w in words if w != low]
        return words, cut
    if isinstance(q, wq.Term):
        return [q.text], False
    return [], False


def near(word: str, maxdist: int, source: WordSource, prefix: str = "") -> list[str]:
    """Words within `maxdist` Damerau-Levenshtein edits of `word` that start with `prefix`."""
    return [candidate for candidate, _ in _near(word, maxdist, source, prefix)]


def _near(word: str, maxdist: int, source: WordSource, prefix: str) -> list[tuple[str, int]]:
    """(word, edits) for `near`."""
    want = letter_set(word)
    shortest, longest = max(1, len(word) - maxdist), len(word) + maxdist
    out = []
    for candidate in source.words_sized(prefix, after(prefix), shortest, longest):
        edits = within(candidate, letter_set(candidate), word, want, maxdist)
        if edits is not None:
            out.append((candidate, edits))
    return out


def within(term: str, letters: int, word: str, want: int, maxdist: int) -> int | None:
    """The edits from `word` to `term` (their `letter_set`s: `want`, `letters`), or
    None past `maxdist`. The letter sets are compared first, since an edit adds or
    removes at most one distinct letter: most terms are ruled out without a count."""
    if (want & ~letters).bit_count() > maxdist or (letters & ~want).bit_count() > maxdist:
        return None
    edits = edit_distance(term, word, limit=maxdist)
    return edits if edits <= maxdist else None


def stems(words: list[str], deadline: float | None = None) -> tuple[list[str], bool]:
    """The distinct stems the body and title index for `words`, in the words'
    order, and whether the deadline cut them short. Stop words have none."""
    out: dict[str, None] = {}
    for n, word in enumerate(words):
        if deadline is not None and n % 256 == 255 and time.perf_counter() > deadline:
            return list(out), True
        stem = stem_of(word)
        if stem is not None:
            out[stem] = None
    return list(out), False


def frequency(reader: IndexReader, stem: str) -> int:
    """Articles whose title or body holds `stem` (one holding both counts twice:
    a ranking, not a count)."""
    return sum(reader.doc_frequency(field, stem) for field in TEXT_FIELDS)


def suggestion(word: str, reader: IndexReader, source: WordSource) -> str | None:
    """The word of the corpus closest to `word` (fewest edits, then most frequent),
    sharing its first letter; None when `word` is known or nothing is close."""
    stem = stem_of(word)
    if stem is None or frequency(reader, stem):
        return None
    best: tuple[int, int, str] | None = None
    for candidate, edits in _near(word, SUGGEST_DISTANCE, source, word[:1]):
        found = stem_of(candidate)
        if candidate == word or found is None:
            continue
        count = frequency(reader, found)
        if not count:
            continue
        key = (edits, -count, candidate)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def letter_set(word: str) -> int:
    """The set of a word's letters, as bits (letters sharing a bit only loosen the bound)."""
    mask = 0
    for ch in word:
        mask |= 1 << (ord(ch) & 63)
    return mask
