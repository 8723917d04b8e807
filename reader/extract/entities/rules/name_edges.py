"""A name's own edges, once it is typed: what sits against it and belongs to it, which
the rules read as punctuation or a sentence's word ("Moody's", "Disney+", "The
Brutalist" in quotation marks)."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.companies import companies
from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.rules.span import ORG, PR
from reader.extract.model import Entity, EntityType


def with_their_own_edges(text: str, entities: list[Entity]) -> list[Entity]:
    """The entities, each widened to the marks that are its name's."""
    return _titles_with_the(text, _names_with_their_s(text, _services_with_plus(text, entities)))


def _widened(text: str, e: Entity, start: int, end: int) -> Entity:
    """`e` over text[start:end]; its canonical name too when that was its surface."""
    named = text[start:end]
    return Entity(start, end, named, e.type, named if e.canonical == e.text else e.canonical)


# Saints that churches, schools and hospitals are named after ("St Mary's", "St John's"),
# not the towns, islands and clubs named after others ("St Lucia's", "St Pauli's").
_INSTITUTION_SAINTS = frozenset({
    "Mary", "John", "George", "Paul", "Peter", "Patrick", "Thomas", "James", "Andrew",
    "Michael", "Joseph", "Anne", "Ann", "Margaret", "Bartholomew", "Luke", "Mark", "Matthew",
    "Stephen", "Martin", "Catherine", "Bride", "Brigid", "Columba", "Aidan", "Cuthbert",
    "Edmund", "Edward", "Bede", "Hilda", "Chad", "Aldhelm", "Anselm", "Benedict", "Francis",
    "Gregory", "Ignatius", "Jude", "Teresa", "Agnes", "Finbarr", "Kevin", "Brendan",
    "Mungo", "Ninian", "Oswald", "Wilfrid", "Winifred", "Dominic", "Clement", "Leonard",
    "Giles", "Nicholas", "Lawrence", "Agatha", "Bernard", "Anthony", "Augustine", "Philip",
    "Barnabas", "Hugh", "Richard", "Joan", "Elizabeth", "Saviour", "Gabriel", "Raphael",
    "Helen", "David", "Illtyd", "Teilo", "Fagan",
})  # fmt: skip


def _names_with_their_s(text: str, entities: list[Entity]) -> list[Entity]:
    """A body's or a place's "'s" that is its name's, not a possessive: a firm's that
    the list of companies spells so ("Moody's said", "at Sainsbury's"), a saint's
    church, school or hospital ("treated at St Mary's"). Decided once typed: "Kohl's
    coalition" is a chancellor's, "Carter's father" a drummer's."""
    out = []
    for e in entities:
        if (
            e.type in (ORG, EntityType.GPE)
            and text[e.end : e.end + 2] in ("'s", "’s")
            and not text[e.end + 2 : e.end + 3].isalnum()
        ):
            words = e.text.split()
            if (e.text + "'s") in companies() or (
                len(words) == 2
                and words[0] in lx.SAINTS
                and words[1] in _INSTITUTION_SAINTS
                # "St Paul's" in Minnesota: the city's
                and not (e.type is EntityType.GPE and known_place(e.text))
            ):
                e = _widened(text, e, e.start, e.end + 2)
        out.append(e)
    return out


_OPENING_MARKS = frozenset("\"“‘'")
_CLOSING_MARKS = frozenset("\"”’'")


_CREDIT_GRADE = re.compile(r"[ABC]{1,3}[a-z]?\d?")


def _services_with_plus(text: str, entities: list[Entity]) -> list[Entity]:
    """A streaming service's or channel's "+" is its name's: "Disney+", "Apple TV+",
    "Canal+" (a name of two letters or more, the "+" alone after it)."""
    out = []
    for e in entities:
        if (
            e.type in (ORG, PR)
            and len(e.text) > 2
            and not _CREDIT_GRADE.fullmatch(e.text)  # "BBB+", a rating
            and text[e.end : e.end + 1] == "+"
            and not text[e.end + 1 : e.end + 2].isalnum()
            and text[e.end + 1 : e.end + 2] != "+"
        ):
            e = _widened(text, e, e.start, e.end + 1)
        out.append(e)
    return out


def _closes_title(text: str, opening: int, end: int) -> bool:
    """Whether the marks opened at `opening` close at `end`, right after the name, or
    after a comma or stop inside them in running text ('for "The Brutalist,"'; not
    '"The Model Y," Mr Musk said', speech opening with a product)."""
    if text[end : end + 1] in _CLOSING_MARKS:
        return True
    before = text[:opening].rstrip()
    return (
        text[end : end + 1] in (",", ".")
        and text[end + 1 : end + 2] in _CLOSING_MARKS
        and before[-1:].isalpha()
    )


def _titles_with_the(text: str, entities: list[Entity]) -> list[Entity]:
    """A work's title in quotation marks keeps the "The" it opens with ('starred in "The
    Brutalist"'): inside the marks it is the title's word, not the sentence's."""
    out = []
    for e in entities:
        if (
            e.type is PR
            and e.start >= 5
            and text[e.start - 4 : e.start] == "The "
            and text[e.start - 5] in _OPENING_MARKS
            and _closes_title(text, e.start - 5, e.end)
        ):
            e = _widened(text, e, e.start - 4, e.end)
        out.append(e)
    return out
