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
from collections.abc import Iterable
from dataclasses import dataclass

from reader.extract.entities import lexicon as lx
from reader.extract.entities.companies import companies
from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.wordlists import (
    case_log_probs,
    is_given_name,
    mostly_lower_case,
    name_strength,
)

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
# Where each shape can match, found cheaply: " of " or " for " after a body's word, or
# "and" then a few capitalised words and a body's word (a pattern that opens with a
# literal, which the regex engine scans for quickly).
_OF = re.compile(r" (?:of|for) ")
# What a list of subjects may stand before: a body's word, or a law's ("Trade Union and
# Labor Relations Adjustment Act", "Anti-Corruption and Economic Crimes Act").
_LIST_HEADS = lx.ORG_MARKERS | lx.words("Act Bill Code Directive Regulations")
_MARKERS = "|".join(sorted(w for w in _LIST_HEADS if re.fullmatch(r"[A-Z][a-z]+", w)))
_BEFORE_BODY_ANCHOR = re.compile(rf",? and (?:{_WORD} ){{0,3}}(?:{_MARKERS})\b")
_REACH = 160  # characters on the list's side of an anchor: up to about eight items
_NEXT_CAPITAL = frozenset(f" {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# A body that would stand on its own after "and": a second organisation, not a subject
# ("Ministry of Defence and Foreign Office"). "Local Government" is a subject.
_SECOND_BODY = lx.BODIES - {"Government"}


@dataclass(frozen=True, slots=True)
class ListJoins:
    """Where the chunker must keep a name going across a list's commas and "and"."""

    items: frozenset[int]  # start of each list item after the first
    connectors: frozenset[int]  # start of each "and" between items


# How words end that dictionaries have but news rarely writes in lower case: fields of
# study ("Seismology") and the adjectives of a subject ("National Oceanic and Atmospheric
# Administration"; not a faith's or a nation's: "the Islamic and Evangelical Alliance").
_SUBJECT_ENDINGS = ("ology", "ography", "onomy", "ics", "ic", "al")
_BODY_HEADS = lx.ORG_MARKERS | lx.OF_BODY_HEADS


def _items(listed: str) -> list[str] | None:
    """The list's items, or None when one after the first opens with "The": those are
    names, each with its article ("The Guardian and The Times")."""
    parts = _SEPARATOR.split(listed)
    return None if any(p.startswith("The ") for p in parts[1:]) else parts


def _subject(item: str) -> bool:
    return all(
        (
            _lower_case_word(w)
            or (w.endswith(_SUBJECT_ENDINGS) and not _named(w) and w not in lx.NORP_WORDS)
        )
        and w not in lx.DEMONYMS
        for w in item.split()
    )


def _lower_case_word(word: str) -> bool:
    """A word English writes in lower case at least as often as capitalised ("markets",
    "maritime"), or a hyphened one of such words ("Anti-Corruption", "Geo-Hazards")."""
    if mostly_lower_case(word):
        return True
    lower, capital = case_log_probs(word)
    # (an everyday word, not a rare one a firm may be named with: "Accel")
    if lower >= _EVERYDAY and lower >= capital and not _named(word) and word not in lx.TITLES:
        return True
    parts = word.lower().split("-")
    return len(parts) > 1 and all(
        p in _PREFIXES or mostly_lower_case(p) for p in parts
    )


# How often a word must be written in lower case to count as an everyday one (a log
# probability: "maritime" -14.6, "omnibus" -14.9; "accel" -15.3).
_EVERYDAY = -15.0
# Prefixes a hyphen joins to a subject ("Anti-Corruption", "Co-operation").
_PREFIXES = frozenset({"anti", "co", "geo", "inter", "multi", "non", "post", "pre", "re", "socio"})


def _named(word: str) -> bool:
    """A place's or a person's name, which no subject is ("Portugal", "Neal")."""
    return known_place(word) or is_given_name(word) or name_strength(word)[1] >= 2


def _subject_or_body(item: str) -> bool:
    """Before a body, a subject may be a body itself: "University and College Union"."""
    return all(w in lx.ORG_MARKERS or _subject(w) for w in item.split())


# Bodies named for the places they serve, so that places no list knows may name them
# too ("Strathardle and Blairgowrie Railway"; not "the Vanaz and Garware College metro
# stations", "Ardrew Park and Killybegs Court", "Oxfam and Wellcome Trust", "Hamas and
# Gaza Police", "Rangers and Celtic Board").
_PLACE_NAMED_BODIES = lx.words("Railway Railways Council Hospital Infirmary")
# Every head a body named for places may have ("Avon and Somerset Police" too): the
# linking rules keep such a name's first place from standing for the body.
PLACE_BODY_HEADS = lx.BODIES | _PLACE_NAMED_BODIES
# Between the last place and the body: "Perth Junction Railway", "Nene Valley District Council".
_AREA_WORDS = lx.words("District Junction County Regional Area")


def _unlisted_place(item: str) -> bool:
    """A place too small for the gazetteer ("Strathardle", "Nene Valley"), or the
    "District" of "Skipton and District": a word no list knows as a person's, a
    company's or an everyday one, perhaps with a kind of place after it."""
    first, *rest = item.split()
    if item == "District":
        return True
    if rest:  # "Nene Valley": a kind of place after the name makes it a place's
        return all(w in lx.LOC_MARKERS for w in rest) and not mostly_lower_case(first)
    return not (
        first in lx.ORG_MARKERS
        or first in lx.DEMONYMS
        or is_given_name(first)
        or name_strength(first)[1] >= 2  # a common surname: "Kowalski and Nowak Council"
        or first in companies()
        or mostly_lower_case(first)
    )


def _place(item: str) -> bool:
    return known_place(item) or _unlisted_place(item)


def _places_before_body(parts: list[str], last_words: list[str], body: str) -> bool:
    """A body of a list of places ("Avon and Somerset Police", "England and Wales
    Cricket Board", "Strathardle and Blairgowrie Railway", "Skipton and District Cottage
    Hospital"): each item a place, the last one perhaps with subjects after."""
    if body in _PLACE_NAMED_BODIES:
        place = _place
    elif body in lx.BODIES:
        place = known_place
    else:
        return False
    if not all(map(place, parts[:-1])):
        return False
    return any(
        place(" ".join(last_words[:n]))
        and all(w in _AREA_WORDS or _subject_or_body(w) for w in last_words[n:])
        for n in range(len(last_words), 0, -1)
    )


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _body_of_windows(text: str) -> list[tuple[int, int]]:
    """Stretches after each body's word followed by "of" or "for" ("Ministry of ...")."""
    starts = []
    for of in _OF.finditer(text):
        word_start = text.rfind(" ", 0, of.start()) + 1
        if text[word_start : of.start()] in _BODY_HEADS:
            starts.append(word_start)
    return _merged((start, start + _REACH) for start in starts)


def _before_body_windows(text: str) -> list[tuple[int, int]]:
    """Stretches before each "and ... <body's word>" ("Competition and Markets Authority")."""
    return _merged(
        (max(0, m.start() - _REACH), m.end()) for m in _BEFORE_BODY_ANCHOR.finditer(text)
    )


def find_list_joins(text: str) -> ListJoins:
    if " and " not in text:
        return ListJoins(frozenset(), frozenset())
    items: set[int] = set()
    connectors: set[int] = set()

    def join(list_start: int, listed: str) -> None:
        for sep in _SEPARATOR.finditer(listed):
            word = listed.find("and", sep.start(), sep.end())
            if word >= 0:
                connectors.add(list_start + word)
            items.add(list_start + sep.end())

    # The patterns run only where they can match: over whole articles they cost 5-7 %
    # of the entity recogniser's time, in these windows about 1 %.
    body_of = [m for lo, hi in _body_of_windows(text) for m in _BODY_OF.finditer(text, lo, hi)]
    before_body = [
        m for lo, hi in _before_body_windows(text) for m in _LIST_BEFORE_BODY.finditer(text, lo, hi)
    ]
    for match in body_of:
        if text[match.end() : match.end() + 2] in _NEXT_CAPITAL:
            continue  # the window cut a longer name
        if match.group(1) not in _BODY_HEADS:
            continue
        listed = match.group(2)
        parts = _items(listed)
        if parts is None or parts[-1].split()[-1] in _SECOND_BODY or not all(map(_subject, parts)):
            continue
        join(match.start(2), listed)
    for match in before_body:
        if text[match.end() : match.end() + 2] in _NEXT_CAPITAL:
            continue
        listed = match.group(1)
        if listed[listed.rfind(" ") + 1 :] not in _LIST_HEADS:
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
        if opening and first_word in _LIST_HEADS:
            continue  # ... and "Equality Act and Human Rights Act": two laws
        subjects = [first_word, *parts[1:-1], " ".join(last_words)]
        body = listed[listed.rfind(" ") + 1 :]
        if all(map(_subject_or_body, subjects)) or _places_before_body(parts, last_words, body):
            join(match.start(1), listed)
    return ListJoins(frozenset(items), frozenset(connectors))
