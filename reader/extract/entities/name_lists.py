"""Organisation names with a list inside: "Competition and Markets Authority",
"Department for Environment, Food and Rural Affairs".

The chunker ends a name at a comma, and joins across "and" only in a few
shapes, so such names came out as two or three organisations ("Competition",
"Markets Authority"). Two shapes make one name of the list:

- a body "of" or "for" a list of subjects: "Ministry of Housing, Communities and
  Local Government", "Norwegian University of Science and Technology";
- a list of subjects before the body: "Securities and Exchange Commission",
  "Media, Entertainment and Arts Alliance".

The subjects must be words English mostly writes in lower case (housing,
markets, science), so that lists of names are never joined: "Barclays and Lloyds
Bank", "Ministry of Defence and Foreign Office", "Apple and Google Cloud".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.extract.entities import lexicon as lx
from reader.extract.entities.gazetteer import places
from reader.extract.entities.wordlists import mostly_lower_case

_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_ITEM = rf"{_WORD}(?: {_WORD}){{0,3}}"
_LIST = rf"{_ITEM}(?:, {_ITEM})*,? and {_ITEM}"
_BODY_OF = re.compile(rf"\b({_WORD}) (?:of|for) (?:the )?({_LIST})\b(?! [A-Z])")
_LIST_BEFORE_BODY = re.compile(rf"\b(?:The )?({_LIST})\b(?! [A-Z])")
# A list after a name, or after a name's "of", is not inside one ("HSBC Bank and
# Standard Chartered Bank", "Ministry of Defence and Foreign Office"); after a country's
# letters it may be ("US Food and Drug Administration").
_NAME_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:US|UK|EU|UN|U\.S\.|U\.K\.) )(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w&'-]*)"
    r"(?: (?:of|for|the))* $"
)
_SEPARATOR = re.compile(r",? and |, ")
_SHAPES = (_BODY_OF, _LIST_BEFORE_BODY)
_ANCHOR = re.compile(r"[a-z],? and [A-Z]")  # in every list the shapes match
_REACH = 160  # characters either side of an anchor: lists of up to about eight items
_NEXT_CAPITAL = frozenset(f" {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# A body that would stand on its own after "and": a second organisation, not a subject
# ("Ministry of Defence and Foreign Office"). "Local Government" is a subject.
_SECOND_BODY = lx.BODIES - {"Government"}


@dataclass(frozen=True, slots=True)
class ListJoins:
    """Where the chunker must keep a name going across a list's commas and "and"."""

    items: frozenset[int]  # start of each list item after the first
    connectors: frozenset[int]  # start of each "and" between items


# Fields of study English dictionaries have but news rarely writes ("Seismology").
_FIELD_ENDINGS = ("ology", "ography", "onomy", "ics")


def _items(listed: str) -> list[str] | None:
    """The list's items, or None when one after the first opens with "The": those are
    names, each with its article ("The Guardian and The Times")."""
    parts = _SEPARATOR.split(listed)
    return None if any(p.startswith("The ") for p in parts[1:]) else parts


def _subject(item: str) -> bool:
    return all(
        (mostly_lower_case(w) or w.endswith(_FIELD_ENDINGS)) and w not in lx.DEMONYMS
        for w in item.split()
    )


def _subject_or_body(item: str) -> bool:
    """Before a body, a subject may be a body itself: "University and College Union"."""
    return all(w in lx.ORG_MARKERS or _subject(w) for w in item.split())


def _place(name: str) -> bool:
    place = places().get(name)
    return place is not None and not place.common_word


def _places_before_body(parts: list[str], last_words: list[str], body: str) -> bool:
    """A public body of a list of places ("Avon and Somerset Police", "England and
    Wales Cricket Board"): each item a place, the last one perhaps with subjects after."""
    if body not in lx.BODIES or not all(map(_place, parts[:-1])):
        return False
    return any(
        _place(" ".join(last_words[:n])) and all(map(_subject_or_body, last_words[n:]))
        for n in range(len(last_words), 0, -1)
    )


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around each "and" between capitalised words, merged: the
    list patterns are run only there (over whole articles they cost 6 % of the
    entity recogniser's time)."""
    out: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text):
        lo, hi = max(0, anchor.start() - _REACH), anchor.end() + _REACH
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_list_joins(text: str) -> ListJoins:
    windows = _windows(text)
    if not windows:
        return ListJoins(frozenset(), frozenset())
    items: set[int] = set()
    connectors: set[int] = set()

    def join(list_start: int, listed: str) -> None:
        for sep in _SEPARATOR.finditer(listed):
            word = listed.find("and", sep.start(), sep.end())
            if word >= 0:
                connectors.add(list_start + word)
            items.add(list_start + sep.end())

    matches = [(m, rx) for lo, hi in windows for rx in _SHAPES for m in rx.finditer(text, lo, hi)]
    for match in (m for m, rx in matches if rx is _BODY_OF):
        if text[match.end() : match.end() + 2] in _NEXT_CAPITAL:
            continue  # the window cut a longer name
        if match.group(1) not in lx.ORG_MARKERS:
            continue
        listed = match.group(2)
        parts = _items(listed)
        if parts is None or parts[-1].split()[-1] in _SECOND_BODY or not all(map(_subject, parts)):
            continue
        join(match.start(2), listed)
    for match in (m for m, rx in matches if rx is _LIST_BEFORE_BODY):
        if text[match.end() : match.end() + 2] in _NEXT_CAPITAL:
            continue
        listed = match.group(1)
        if listed[listed.rfind(" ") + 1 :] not in lx.ORG_MARKERS:
            continue
        if _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "HSBC Bank and Standard Chartered Bank"
        parts = _items(listed)
        if parts is None:
            continue
        last_words = parts[-1].split()[:-1]
        if not last_words:
            continue
        # The first item may open with a place ("Pennsylvania Budget and Policy Center"),
        # but one that ends in a body is an organisation ("Lloyds Bank and Royal Bank").
        *opening, first_word = parts[0].split()
        if opening and first_word in lx.ORG_MARKERS:
            continue
        subjects = [first_word, *parts[1:-1], " ".join(last_words)]
        body = listed[listed.rfind(" ") + 1 :]
        if all(map(_subject_or_body, subjects)) or _places_before_body(parts, last_words, body):
            join(match.start(1), listed)
    return ListJoins(frozenset(items), frozenset(connectors))
