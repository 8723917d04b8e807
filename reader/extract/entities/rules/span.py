"""A candidate name and the short names of the types its evidence is kept by."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.extract.entities.lexicon import LEGAL_ABBREVIATIONS
from reader.extract.model import EntityType

P, ORG, G, PR, E, N = (
    EntityType.PERSON,
    EntityType.ORG,
    EntityType.GPE,
    EntityType.PRODUCT,
    EntityType.EVENT,
    EntityType.NORP,
)


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str
    words: list[str]
    sent_start: bool = False
    headline: bool = False
    evidence: dict[EntityType, float] = field(default_factory=dict)
    after_title: bool = False
    quoted: bool = False  # named as a quotation's speaker: "“I'm delighted,” said Agassi"

    def add(self, kind: EntityType, score: float) -> None:
        self.evidence[kind] = self.evidence.get(kind, 0.0) + score


# A firm's legal form with its stop: "Hoshino Motor Corp." is the name "Hoshino Motor Corp"
# (the article writes the stop mid-sentence and drops it at a sentence's end).
_LEGAL_STOP = tuple(f" {form}." for form in LEGAL_ABBREVIATIONS)


def name_key(text: str) -> str:
    """The name a mention's text stands for, whichever way the article writes it."""
    if text.endswith(_LEGAL_STOP):
        text = text[:-1]
    return text.replace("’", "'")


@dataclass(frozen=True, slots=True)
class KnownNames:
    """What the body settled about its names, for the mentions that only point at them
    (surnames, acronyms, short forms, headlines)."""

    names: dict[str, tuple[EntityType, str]]  # each body name: its type and canonical name
    persons: dict[str, list[str]]  # a word of a person's full name: the full names
    acronyms: dict[str, tuple[EntityType, str]]  # letters: what they stand for
    orgs: dict[str, str]  # a first or last word that stands for an organisation
    storms: dict[str, str] = field(default_factory=dict)  # "Delphine": "Hurricane Delphine"
