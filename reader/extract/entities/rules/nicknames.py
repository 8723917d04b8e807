"""A nickname in quotes inside a person's name (Patrick "Packy" Donnelly)."""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.extract.entities.rules.span import P
from reader.extract.entities.wordlists import is_word
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
                if " " in last.canonical and last.canonical.startswith(f"{first.text} "):
                    # Both already linked to the full name the article gives later
                    # ("Seán “Bomber” Walsh" ... "Seán Walsh"): that name, not twice.
                    canonical = last.canonical
                elif last.canonical.startswith(f"{match.group(1)} "):
                    # The surname linked to the nickname and surname a headline gives
                    # ("Sonny Abernathy dies", then Eustace "Sonny" Abernathy): his name.
                    canonical = f"{first.canonical} {last.canonical.split(' ', 1)[1]}"
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
        out = _later_surnames(text, out, merged)
    return out


def _later_surnames(text: str, entities: list[Entity], merged: dict[str, str]) -> list[Entity]:
    """The surname alone after the nicknamed name ("Donnelly said ..."), where no other
    entity stands: the quote marks left it to open a "sentence" of its own, so the rules
    saw it nowhere inside one and took it for a capitalised word. Not a surname that is
    an everyday word ("Marcus “Bull” Power ... Power cuts hit the town")."""
    first_seen = {c: min(e.start for e in entities if e.canonical == c) for c in merged.values()}
    starts = [e.start for e in entities]  # in order, as `nicknamed` keeps them
    added: list[Entity] = []
    for surname, canonical in merged.items():
        if " " in surname or surname not in text or is_word(surname):
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
            i = bisect_right(starts, m.start())
            inside = (i > 0 and entities[i - 1].end > m.start()) or (
                i < len(entities) and entities[i].start < m.end()
            )
            if m.start() > first_seen[canonical] and not inside:
                added.append(Entity(m.start(), m.end(), surname, P, canonical))
    return sorted([*entities, *added], key=lambda e: e.start) if added else entities
