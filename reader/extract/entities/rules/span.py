"""A candidate name and the short names of the types its evidence is kept by."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def name_key(text: str) -> str:
    return text.replace("’", "'")
