"""Social-media handles ("@BBCWorld", "@chriskkenny") as the people and bodies they name.

Posts quoted in the news, live blogs and news accounts' feeds name people and bodies
by handle, where the words run together and the capitals are optional, so the rules
for capitalised names never see them. A handle is typed by what the article calls the
same letters ("Qantas" and "@Qantas"), then by its own letters: a listed company or a
place, a word that bodies' handles carry ("news", "radio", "fc", "police"), a short
acronym, or capitalised everyday words run together ("HappyHeartsFund"). Anything else,
and a handle written just after its author's name ("Met Éireann (@MetEireann)") when its
letters say nothing, is what that name is; the rest are people:
most handles in the news are reporters' and public figures' (in the Broad Twitter
Corpus's sections a, b, e, f and h, 2,417 of 3,244 annotated handles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from reader.extract.entities.companies import companies
from reader.extract.entities.gazetteer import places
from reader.extract.entities.lexicon import words
from reader.extract.entities.wordlists import fold, is_word, name_strength
from reader.extract.model import Entity, EntityType

# Not after a word ("mail@example") nor inside a link ("?via=@Reuters"); a letter in it
# ("@2020" is not a handle); all its letters ("@JoséMourinho", not "@Jos").
_HANDLE = re.compile(r"(?<![\w@.&/=?#:])@(?=\w*[A-Za-z])(\w{2,30})(?!\w)(?![@.]\w)")
_SEPARATORS = re.compile(r"[_\d]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

# Words that bodies' handles carry (news outlets, broadcasters, clubs, services),
# whole after splitting at capitals, or at either end of an all-lower-case handle.
_BODY_WORDS = words(
    """news times tv radio fm online daily post herald mail press media gov police fc
    club labour labor party council sport sports weather live hq org inc mag magazine
    records studio studios channel network abc bbc cnn sky itv rte journal tribune
    gazette examiner telegraph guardian reuters afp insider official music band uk au
    nz usa team world global group foundation trust society union museum library uni
    college school festival fest awards updates info games health"""
)
_BODY_AFFIXES = tuple(w for w in _BODY_WORDS if len(w) >= 4)

_NAMED_TYPES = frozenset({EntityType.PERSON, EntityType.ORG, EntityType.GPE})


def _letters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalpha())


def _person_words(words: list[str]) -> bool:
    """A given name and then a surname or an initial, after a body's word or none
    ("ReutersJamieF", "SarahKeane_"): a reporter's handle names the reporter, while
    "TrentValleyPolice" is a body's."""
    for i, (given, last) in enumerate(pairwise(words)):
        if given in _BODY_WORDS or last in _BODY_WORDS or name_strength(given)[0] < 2:
            continue
        if any(w in _BODY_WORDS for w in words[i + 2 :]):
            return False
        if given + last in _place_letters():  # "AliceSpringsNews"
            continue
        if len(last) == 1 or name_strength(last)[1] > 0:
            return True
    return False


def _handle_words(handle: str) -> list[str]:
    return [w.lower() for w in _CAMEL.sub(" ", _SEPARATORS.sub(" ", handle)).split()]


def _body_affix(letters: str) -> bool:
    """A body's word at either end of a handle in lower case ("abcnews", "irishtimes"),
    when the handle is no name itself ("livesey") and leaves three letters or more that
    are no common given name ("ismail", "olive", "laborde" are people)."""
    if name_strength(letters) != (0, 0):
        return False
    for affix in _BODY_AFFIXES:
        if letters.endswith(affix):
            rest = letters[: -len(affix)]
        elif letters.startswith(affix):
            rest = letters[len(affix) :]
        else:
            continue
        if len(rest) >= 3 and name_strength(rest)[0] < 2:
            return True
    return False


def handle_type(handle: str, named: dict[str, EntityType] | None = None) -> EntityType:
    """The type of the body or person `handle` (without its "@") names; `named` maps the
    letters of the article's other names ("tonyabbott") to their types."""
    return _typed(handle, named)[0]


def _typed(handle: str, named: dict[str, EntityType] | None) -> tuple[EntityType, bool]:
    """The handle's type, and whether anything said so (False: a person by default)."""
    letters = _letters(handle)
    if named and letters in named:
        return named[letters], True
    if letters in _company_letters():
        return EntityType.ORG, True
    if letters in _place_letters():
        return EntityType.GPE, True
    words = _handle_words(handle)
    if _person_words(words):
        return EntityType.PERSON, True
    if any(w in _BODY_WORDS for w in words) or (handle.islower() and _body_affix(letters)):
        return EntityType.ORG, True
    core = _SEPARATORS.sub("", handle)
    if core.isupper() and 2 <= len(core) <= 5:
        return EntityType.ORG, True
    if len(words) >= 2 and all(is_word(w) and name_strength(w) == (0, 0) for w in words):
        return EntityType.ORG, True
    return EntityType.PERSON, False


def handle_spans(text: str) -> list[tuple[int, int]]:
    """Where the handles are, "@" included: other rules leave these spans alone."""
    return [m.span() for m in _HANDLE.finditer(text)] if "@" in text else []


def typed_handles(
    text: str, spans: list[tuple[int, int]], named: Iterable[Entity] = ()
) -> list[Entity]:
    """The handles at `spans` as entities; `named` are the article's other entities."""
    if not spans:
        return []
    named = list(named)
    types: dict[str, EntityType] = {}
    for entity in named:
        if entity.type in _NAMED_TYPES:
            types.setdefault(_letters(entity.text), entity.type)
    # "Met Éireann (@MetEireann)": an embedded post's author, named just before, when
    # the handle's own letters say nothing ("John Smith (@BBCNews)" is the BBC's).
    authors = {e.end: e.type for e in named if e.type in (EntityType.PERSON, EntityType.ORG)}
    out = []
    for start, end in spans:
        surface = text[start:end]
        kind, said = _typed(surface[1:], types)
        if not said and text[start - 2 : start] == " (" and start - 2 in authors:
            kind = authors[start - 2]
        out.append(Entity(start, end, surface, kind, surface))
    return out


@cache
def _company_letters() -> frozenset[str]:
    return frozenset(_letters(name) for name in companies() if len(name) >= 4)


@cache
def _place_letters() -> frozenset[str]:
    return frozenset(
        _letters(name)
        for name, place in places().items()
        if not place.common_word and len(name) >= 4
    )
