"""What extraction finds in an article's text: entity mentions and figures.

Offsets are into `Article.text` (end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    PRODUCT = "PRODUCT"
    EVENT = "EVENT"
    NORP = "NORP"
    DATE = "DATE"


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: EntityType
    # The full name the mention refers to ("Lei" -> "Lei Jun"); for DATE the
    # resolved value when it can be resolved ("last year" -> "2024").
    canonical: str


class QuoteKind(StrEnum):
    DIRECT = "direct"  # a sentence or more in quotation marks
    PARTIAL = "partial"  # a few quoted words inside the writer's sentence
    REPORTED = "reported"  # "X said that ...", "according to X, ..."


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone said: offsets of the quoted words (inside the marks) or of the
    reported clause. `speaker` is the full name the article gives them, None when
    the article does not say who spoke (never a guess)."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_type: EntityType | None  # PERSON or ORG
    verb: str | None  # "said", "told", "according to", ...


class FigureKind(StrEnum):
    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    AGE = "age"
    DURATION = "duration"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class DateParts:
    """The calendar parts a date figure states; a part the text leaves open stays None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # "the 1990s" -> 1990
    # "December 28 last year" -> -1: relative to the publication year, kept
    # even when `year` could be resolved so the reader can see where it came from.
    rel_year: int | None = None

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    kind: FigureKind
    value: float
    unit: str | None  # ISO currency, counted noun, "%", "year", ...
    qualifier: str | None  # "some", "more than", ... (kept out of the span)
    label: str  # a few words saying what the figure measures
    value_max: float | None = None  # the upper end of a range ("two to three years")
    # A parenthetical conversion ("4,000 yuan ($629)") links the two figures:
    # each holds the index of the other in the article's figure list.
    linked: int | None = None
    date_parts: DateParts | None = None  # for kind DATE: the parts behind `value`
    # Whose figure it is, when the text says: for an AGE, the person ("John Smith",
    # "the pianist" -> "pianist").
    subject: str | None = None
