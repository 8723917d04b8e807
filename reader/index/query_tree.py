"""A user's query as a tree: what `querylang` reads a query into, without Whoosh.

The query string is parsed once, into these nodes; an engine turns the tree
into its own queries (`whoosh_query` for Whoosh, which the evaluator and
Whoosh's matchers then both run). The leaves hold the text as the user wrote
it: analysis (stemming body and title words, lowercasing keywords) is the
engine's, since it must match what the engine indexed.

A field of None is the default fields (an article's title and body). The
`words` field (`fieldnames.WORDS_FIELD`) is the corpus's unstemmed words,
which prefix, wildcard, fuzzy and range queries reach.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Word:
    """A word as typed (`harbour`, `title:Harbours`): the terms the field's
    analysis makes of it, all of them (`e-mail` is two)."""

    field: str | None
    text: str
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that follow each other (`"electric vehicle"`)."""

    field: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Key:
    """One whole keyword: an entity's name, a folder or a tag, already in the
    form it is indexed by (`fieldnames.entity_key` and its kin)."""

    field: str
    key: str
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Prefix:
    """The terms that start with `text` (`invest*`)."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Wildcard:
    """The terms `text` matches, with * for any letters and ? for one (`inv?st*`)."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Fuzzy:
    """The terms within `distance` edits of `text` (`innovaton~`)."""

    field: str
    text: str
    distance: int
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class TermRange:
    """The terms from `low` to `high` in order (`[a TO m]`); None leaves an end open."""

    field: str
    low: str | None
    high: str | None
    low_excluded: bool = False
    high_excluded: bool = False


@dataclass(frozen=True, slots=True)
class DateRange:
    """Dates from `low` to `high` inclusive, as YYYYMMDD numbers (an open end is
    0 or 99999999)."""

    field: str
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class And:
    """Every child (an empty And, from `()` with nothing searchable inside,
    constrains nothing)."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Any child; a boost scales the score of the whole."""

    children: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Not:
    """Not the child."""

    child: Node


Leaf = Word | Phrase | Key | Prefix | Wildcard | Fuzzy | TermRange | DateRange
Node = Leaf | And | Or | Not
