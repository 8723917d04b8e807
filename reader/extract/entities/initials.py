"""A name given by its initials ("H. Llewellyn") is the full name of the same
surname in the article ("Huw Llewellyn") whose given names those letters open.

Team sheets, results and captions shorten the people a report names in full;
without this the entity list and `person:` count them as two people, and a
surname alone goes to whichever form came last.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from reader.extract.entities.lexicon import NAME_PARTICLES
from reader.extract.model import EntityType

# "H.", "H", "H.J.", "J-P": a bare run of capitals ("AJ", "TJ") is a first name as
# often as initials, so two or more letters count only with a dot or a hyphen.
_INITIAL = re.compile(r"[A-Z]|(?:[A-Z][.-]){1,3}[A-Z]?")


def split_initials(name: str) -> tuple[str, list[str]] | None:
    """("HJ", ["Llewellyn"]) for "H.J. Llewellyn"; None for a name that is not
    initials then a surname in ordinary case ("A. de Villiers" too)."""
    words = name.split()
    letters = ""
    for i, word in enumerate(words):
        if _INITIAL.fullmatch(word):
            letters += "".join(c for c in word if c.isalpha())
        elif i == 0 or not (word[:1].isupper() or word in NAME_PARTICLES) or word.isupper():
            return None
        else:
            return letters, words[i:]
    return None


def link_initials(
    names: Mapping[str, tuple[EntityType, str]],
) -> dict[str, tuple[EntityType, str]]:
    """`names` with each person's initial form given the one full name it shortens."""
    full: dict[tuple[str, ...], list[tuple[list[str], str]]] = {}
    for name, (kind, canonical) in names.items():
        words = name.split()
        if kind is EntityType.PERSON and len(words) >= 2 and split_initials(name) is None:
            for cut in range(1, len(words)):
                full.setdefault(tuple(words[cut:]), []).append((words[:cut], canonical))
    out = dict(names)
    for name, (kind, _canonical) in names.items():
        if kind is not EntityType.PERSON or (parts := split_initials(name)) is None:
            continue
        letters, surname = parts
        matches = {
            target
            for given, target in full.get(tuple(surname), ())
            if _opens(letters, given)
        }
        if len(matches) == 1:
            out[name] = (kind, matches.pop())
    return out


def _opens(letters: str, given: list[str]) -> bool:
    """"H" opens "Huw", "HJ" opens "Huw John"; one letter is enough for the first of
    several given names ("J. Smith" is John Paul Smith)."""
    initials = "".join(w[0] for w in given if w[:1].isupper())
    if len(given) != len(initials):
        return False  # "Huw de" is no run of given names
    return initials.startswith(letters) if len(letters) > 1 else initials[:1] == letters
