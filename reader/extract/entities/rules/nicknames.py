"""A nickname in quotes inside a person's name (Patrick "Packy" Donnelly)."""

from __future__ import annotations

import re

from reader.extract.entities.rules.span import P
from reader.extract.model import Entity, EntityType

# Between a given name and a surname: a nickname in quotes (Patrick "Packy" Donnelly).
_NICKNAME = re.compile(r"\s+[\"“]([A-Z][^\"”\n]{0,24})[\"”]\s+")


_SURNAME_AT = re.compile(r"[A-Z][a-z][\w'’-]*(?![\w'’-])")


def nicknamed(text: str, entities: list[Entity]) -> list[Entity]:
    """Patrick "Packy" Donnelly is one person, Patrick Donnelly, and so is a later
    "Donnelly" the article names no other way."""
    if '"' not in text and "“" not in text:
        return entities
    out: list[Entity] = []
    merged: dict[str, str] = {}
    i = 0
    while i < len(entities):
        first = entities[i]
        match = _NICKNAME.match(text, first.end) if first.type is P else None
        if match is not None:
            j = i + 1
            while j < len(entities) and entities[j].end <= match.end():
                j += 1  # the nickname itself, if it was taken for a name
            last = entities[j] if j < len(entities) else None
            # The surname may have been typed otherwise alone (Samuel "Sonny" Vickers).
            if (
                last is not None
                and last.start == match.end()
                and (last.type is P or " " not in last.text)
                and last.type is not EntityType.DATE
            ):
                canonical = f"{first.canonical} {last.canonical}"
                merged[last.canonical] = canonical
                whole = text[first.start : last.end]
                out.append(Entity(first.start, last.end, whole, P, canonical))
                i = j + 1
                continue
            surname = _SURNAME_AT.match(text, match.end())
            if surname is not None and (last is None or last.start >= surname.end()):
                # The surname the quote mark left to open a "sentence" of its own.
                canonical = f"{first.canonical} {surname.group()}"
                merged[surname.group()] = canonical
                whole = text[first.start : surname.end()]
                out.append(Entity(first.start, surname.end(), whole, P, canonical))
                i = j
                continue
        out.append(first)
        i += 1
    if merged:
        out = [
            Entity(e.start, e.end, e.text, P, merged[e.canonical])
            if e.type is P and e.canonical in merged
            else e
            for e in out
        ]
    return out
