"""A nationality word just before an organisation is part of its name: "American Red
Cross", "Saudi Aramco", "Scottish Labour", "the Scottish Executive".

Annotated news writes it so 357 times to 6 ("Welsh NHS"); the name finder splits a
nationality off a following name because "Kenyan Daniel Rono" is a nationality and
a person, and "Red" of "Red Cross" or "Aramco" look like such a name. Only a company
the listed-company data knows by its own name stays apart ("German Siemens"); one it
does not know ("Chinese Xiaomi") cannot be told from "Saudi Aramco".
"""

from __future__ import annotations

import re

from reader.extract.entities.companies import companies
from reader.extract.entities.lexicon import DEMONYMS, FORCES_UNITS, UNIT_NUMBER
from reader.extract.model import Entity, EntityType


def join_demonym_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` (in text order, none overlapping) with each nationality word that a
    single space joins to an organisation merged into it."""
    out: list[Entity] = []
    i = 0
    while i < len(entities):
        e = entities[i]
        nxt = entities[i + 1] if i + 1 < len(entities) else None
        if (
            nxt is not None
            and e.type is EntityType.NORP
            and e.text in DEMONYMS
            and nxt.type is EntityType.ORG
            and text[e.end : nxt.start] == " "
            # "the German 30th Infantry Division": a nation's unit, by its number
            and not nxt.text[:1].isdigit()
            # A listed company stands by its own name: "German Siemens".
            and (nxt.text not in companies() or f"{e.text} {nxt.text}" in companies())
        ):
            start = e.start
            if (
                nxt.text.split()[-1] in FORCES_UNITS
                and (number := UNIT_NUMBER.search(text, max(0, start - 12), start))
                and not (out and out[-1].end > number.start())
            ):
                start = number.start()  # "No. 303 Polish Fighter Squadron": its number too
            surface = text[start : nxt.end]
            out.append(Entity(start, nxt.end, surface, EntityType.ORG, surface))
            i += 2
            continue
        if (
            e.type is EntityType.NORP
            and e.text in DEMONYMS
            and (m := _EXECUTIVE.match(text, e.end)) is not None
            and (nxt is None or nxt.start >= m.end())
        ):
            # "The Scottish Executive said": the devolved government, not a title
            # ("chief executive" names a person after it).
            surface = text[e.start : m.end()]
            out.append(Entity(e.start, m.end(), surface, EntityType.ORG, surface))
            i += 1
            continue
        out.append(e)
        i += 1
    return out


_EXECUTIVE = re.compile(r" Executive\b(?!\s+[A-Z])")
