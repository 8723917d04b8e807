"""Regex matches found by trying a pattern only where a match can start.

The regex engine scans quickly for a pattern that opens with a literal or a
character class, but tries one that opens with \\b or a lookbehind at every
position of the text, which costs more than the matching itself in articles
where the pattern rarely matches. `finditer_at` gives the same matches as
`pattern.finditer(text)` while trying `pattern` only at given start positions,
found by a cheap pattern with `starts_of` (once per text, for several patterns).

The cheap pattern must match wherever `pattern` can start, and its matches
must not hide such a place: each is empty, one character long, or made of word
characters only while `pattern` cannot start right after a word character
(it opens with \\b before a word character, or a lookbehind that says as much).
`pattern` must not match the empty string.

`alternation` writes a list of words as a trie, which the engine rejects faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Where a run of digits starts after something that is not a word character:
# where every pattern that opens with \b and a digit can start.
DIGITS_START = re.compile(r"\d(?<!\w\d)")
_START = re.Match.start


@lru_cache(maxsize=32)
def starts_of(starts: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where the matches of `starts` begin. Cached: entities, dates, figures and
    guards read the same article, and several of them need the digit runs."""
    return tuple(map(_START, starts.finditer(text)))  # map: no Python frame per match


def finditer_at(pattern: re.Pattern[str], starts: Sequence[int], text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, trying `pattern` only at `starts` (ascending)."""
    out: list[re.Match[str]] = []
    pos = 0
    match = pattern.match
    for start in starts:
        if start < pos:
            continue
        found = match(text, start)
        if found is not None:
            out.append(found)
            pos = found.end()
    return out


def matches(
    pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str
) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where `starts` matches (all of it when None)."""
    if starts is None:
        return pattern.finditer(text)
    return finditer_at(pattern, starts_of(starts, text), text)


def alternation(words: Iterable[str]) -> str:
    """A regex for exactly the strings in `words`, written as a trie: "c(?:eo|hairman)"
    for "ceo|chairman". The regex engine tries a plain list's alternatives one by one at
    every position it tries (case-insensitive ones without even a first-letter check);
    the trie rejects most positions at their first letter, several times faster. For
    patterns whose match is only tested, not read: the trie may find another match
    than a list ordered longest first would, but it finds one wherever the list does."""
    rests: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if word:
            rests.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    if not rests:
        return ""
    branches = [re.escape(first) + alternation(rest) for first, rest in sorted(rests.items())]
    if len(branches) == 1 and not ends_here:
        return branches[0]  # "ceo", not "c(?:e(?:o))"
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")
