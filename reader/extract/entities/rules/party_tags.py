"""US politicians' party tags ("R-Texas", "(D-Calif.)"): the letter is the party."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.rules.span import ORG
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
