"""Politicians' party tags: the US's ("R-Texas", "(D-Calif.)") and Malaysia's ("(PN-Machang)"),
the letters the party's, the rest a state or a seat."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.gazetteer import known_place, places
from reader.extract.entities.rules.span import ORG
from reader.extract.entities.tokens import Token
from reader.extract.model import Entity

PARTY_LETTER = re.compile(r"(?:(?<=, )|(?<=\())([RD])-(?=[A-Z]|\d{1,2}(?:st|nd|rd|th) )")
_PARTIES = {"R": "Republican Party", "D": "Democratic Party"}
# What the members' words name in an article that tags its politicians "R-Texas": the
# party, as the tags do (elsewhere "Democrats" may be another country's party).
US_PARTIES = {
    "Republican": _PARTIES["R"], "Republicans": _PARTIES["R"], "GOP": _PARTIES["R"],
    "Democrat": _PARTIES["D"], "Democrats": _PARTIES["D"], "Democratic": _PARTIES["D"],
}  # fmt: skip
_HOME_TOWN = re.compile(
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|\d{1,2}(?:st|nd|rd|th) (?:Ward|District))[,)]"
)
_STATE_AFTER = re.compile(r"([A-Z][\w.]*)(?: [A-Z][\w.]*)?")  # "Texas", "N.Y.", "New Mexico"


def party_letters(text: str, tags: list[re.Match[str]]) -> list[Entity]:
    """ "Sen. Ted Cruz, R-Texas", "(D-Calif.)": the letter is the member's party, when a
    state or place follows it."""
    out = []
    for match in tags:
        state = _STATE_AFTER.match(text, match.end())
        if (
            state is not None
            and any(
                known_place(name) or name in lx.US_STATE_ABBREVIATIONS
                for whole in (state.group(), state.group(1))
                for name in (whole, whole.rstrip("."))
            )
        ) or _HOME_TOWN.match(text, match.end()) is not None:  # "R-Spencer,", "D-5th Ward,"
            letter = match.group(1)
            out.append(Entity(match.start(), match.end(1), letter, ORG, _PARTIES[letter]))
    return out


# Two-letter country codes of sports results and schedules ("(NZ-Crusaders)", "(US-PGA)").
_COUNTRY_PAIRS = frozenset({
    "NZ", "AU", "GB", "US", "UK", "KR", "JP", "CN", "FR", "DE", "ES", "IT", "IE", "ZA", "IN",
    "KL",
})  # fmt: skip
# A party's letters and a seat in brackets after a member's name, as Malaysia's papers tag
# their MPs: "Farhan Aziz (PN-Machang)", "R. Sivakumar (PH-Batu Gajah)". Read only where an
# article tags two members or more: one such bracket is as often a party's own name
# ("(FORD-Kenya)") or a product's ("(GT-Line Long Range)"); a party's letters after a
# coalition's ("(PH-PKR)") are no seat.
_SEAT_TAG = re.compile(r"(?<=[\w.] )\(([A-Z]{2,4})-([A-Z][a-z][\w'’]*(?: [A-Z][\w'’]+){0,2})\)")


def seat_tags(text: str) -> list[re.Match[str]]:
    """The article's "(PN-Machang)" tags, when it has two or more."""
    if "-" not in text or "(" not in text:
        return []
    tags = [
        m
        for m in _SEAT_TAG.finditer(text)
        if _party_letters(m.group(1))
        # after a member's name: not "the pipeline (TAP-Italy)"
        and text[text.rfind(" ", 0, m.start() - 1) + 1 : m.start() - 1][:1].isupper()
        # a seat, not a country's, a region's or a club's name ("(ENG-Bayern)")
        and _seat(m.group(2))
    ]
    return tags if len(tags) >= 2 else []


def _party_letters(letters: str) -> bool:
    """A party's letters: not a country's ("ENG", "NZ"), nor the UN's ("UN-Habitat")."""
    return letters != "UN" and letters not in lx.COUNTRY_CODES and letters not in _COUNTRY_PAIRS


def _seat(name: str) -> bool:
    """A seat's name: no country's, region's or city's the gazetteer knows as more than a
    town ("Machang", "Batu Gajah", not "Madrid", "Bavaria", "Singapore")."""
    place = places().get(name)
    return place is None or place.kind == "town"


def split_seat_tags(tokens: list[Token], tags: list[re.Match[str]]) -> list[Token]:
    """The tokens with each tag's first word cut to the seat's ("PN-Pengkalan" ->
    "Pengkalan"), so that the seat is a name of its own."""
    firsts = {m.start(1): m.start(2) for m in tags}
    return [
        t._replace(start=firsts[t.start], word=t.word[firsts[t.start] - t.start :])
        if t.start in firsts
        else t
        for t in tokens
    ]


def seat_letters(tags: list[re.Match[str]]) -> list[Entity]:
    """Each tag's letters, the member's party."""
    return [Entity(m.start(1), m.end(1), m.group(1), ORG, m.group(1)) for m in tags]
