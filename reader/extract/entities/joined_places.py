"""Places or peoples a hyphen joins, each a name of its own: "the Dover-Calais route"."""

from __future__ import annotations

import re

from reader.extract.entities.gazetteer import known_place, places
from reader.extract.entities.lexicon import DEMONYMS, words

# What two places or peoples joined by a hyphen name together, each a name of its own:
# "the Dover-Calais route", "the India-Pakistan border", "Asia-Europe trade", "a
# Swedish-Japanese joint venture"; not a race or a town ("Paris-Roubaix", "Fargo-Moorhead").
_JOINED_BY = words(
    "route routes line lines border borders frontier boundary service services trade road "
    "roads highway motorway expressway railway rail shuttle loop loops corridor link links "
    "lane lanes leg flight flights ferry crossing bus train trains spot freight container "
    "relations ties talks summit war conflict crisis alliance deal agreement accord "
    "treaty partnership consortium joint"
)
# Of those, what a firm or a person of two names also makes ("the Jackson-Madison
# partnership", "the Irish-American deal maker"): for places only, or peoples only.
_PLACES_ONLY = words("deal")
_PEOPLES_ONLY = words("partnership")
# A people's last word that makes one identity or community of the pair ("Irish-American",
# "Turkish-Cypriot"), and oceans that make one region with a continent ("Asia-Pacific").
_HYPHENATED_IDENTITIES = words("American Canadian Australian Cypriot")
_OCEANS = words("Pacific Atlantic Arctic Indian Caribbean Mediterranean")
# not "a line of handbags", "the Paris-Nice leg winner"
_NEXT_LOWER = re.compile(r"((?: [A-Z][a-z]+){0,2}) ([a-z]+)(?! (?:of|winner|win|victory)\b)")


def joined_places(
    word: str, start: int, text: str, end: int, before: str
) -> list[tuple[int, str]] | None:
    """The (start, word) of each place or people in the hyphened `word` at text[start:end]
    when it joins them before a noun of what links them, else None; `before` is the word
    before it on its line ("Da" of "Da Nang-Darwin")."""
    parts = word.split("-")
    if len(parts) < 2 or len(set(parts)) < len(parts) or known_place(word):
        return None
    follow = _NEXT_LOWER.match(text, end)
    if follow is None or follow.group(2) not in _JOINED_BY:
        return None
    if follow.group(1) and parts[-1] + follow.group(1) not in places():
        return None  # "the Asia-Pacific Economic Cooperation summit"; not "Madrid-Mexico City"
    for index, part in enumerate(parts):
        if not part[:1].isupper():
            return None
        # "Dover" alone may be a word; before "-Calais route" it is the town
        if part in DEMONYMS or part in places():
            continue
        if not (index == 0 and before[:1].isupper() and known_place(f"{before} {part}")):
            return None  # "Da Nang-Darwin" is a place and another
    if not any(known_place(part) or part in DEMONYMS for part in parts):
        return None
    peoples = all(part in DEMONYMS for part in parts)
    if peoples and parts[-1] in _HYPHENATED_IDENTITIES:
        return None  # "African-American freight workers", "the Greek-Cypriot talks"
    if any(part in _OCEANS for part in parts):
        return None  # "the Asia-Pacific trade corridor": one region
    noun = follow.group(2)
    if (noun in _PLACES_ONLY and peoples) or (noun in _PEOPLES_ONLY and not peoples):
        return None
    out = []
    for part in parts:
        out.append((start, part))
        start += len(part) + 1
    return out
