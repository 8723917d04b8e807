"""What the entity model sees of one candidate name: its words, its neighbours, the lists.

`name_features` is what the name says by itself, `context_features` what one
mention of it says where it stands; a mention's features are both.

Each feature is a string with a weight (1.0 unless it carries a score, such as
the rule engine's evidence). The same function serves training
(scripts/train_entity_model.py) and use, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from reader.extract.entities import lexicon as lx
from reader.extract.entities.companies import companies
from reader.extract.entities.gazetteer import Place
from reader.extract.entities.wordlists import (
    UNSEEN,
    case_log_probs,
    cluster_path,
    is_word,
    name_strength,
)
from reader.extract.model import EntityType

Feature = tuple[str, float]

_PUNCT = "\"'’“”‘()[],.;:!?"
_RESULT_AFTER = re.compile(r"^\s*\(([A-Z][\w .-]{1,30})\)")
_DIGIT = re.compile(r"\d")
# "Gwenllian Prydderch, geologist, born 2 June 1940": a bare noun between commas, and a
# birth, say what an obituary's subject is.
_BARE_APPOSITION = re.compile(r"^,\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s*[,;]")
_BORN = re.compile(r",?\s+(?:born|née|nee)\b")
CLUSTER_PREFIXES = (4, 6, 10, 20)  # Brown cluster path prefixes: coarse to fine
_N = {n: f"n={n}" for n in range(1, 5)}
_EVIDENCE = {kind: f"ev={kind.value}" for kind in EntityType}  # made once, read per mention
# The words after the noun a definition ends with ("a commune in", "a maker of").
DEFINED_NOUN_NEXT = "of|in|on|at|for|from|based|located|that|which|who|with|by|and|near"
# "X is a commune in ...", "X, a Brazilian maker of ...": the noun a name is defined as.
DEFINED_AS = re.compile(
    r"^(?:\s*\([^)]*\))?(?:,\s+|\s+(?:is|was|are|were)\s+(?:also\s+)?)"
    r"(?:a|an|the|one\s+of\s+the)\s+((?:[\w'’-]+\s+){0,3}?[a-z][a-z-]+)"
    rf"(?=\s+(?:{DEFINED_NOUN_NEXT})\b|[,.;:(])"
)


def _shape(word: str) -> str:
    if word.isupper():
        return "A" if len(word) > 1 else "I"
    if word[:1].isupper():
        if any(c.isupper() for c in word[1:]):
            return "Xm"  # McDonald, O'Brien, PayPal
        head, _, tail = word.partition("-")
        if tail.isalpha() and tail.islower() and head[1:].islower():
            return "Xh"  # Jae-won, Ji-yeon: a Korean given name's syllables
        return "X"
    if word[:1].islower():
        return "xM" if any(c.isupper() for c in word) else "x"
    return "d" if word[:1].isdigit() else "o"


class _Word(NamedTuple):
    """What a word contributes, worked out once per distinct word (most recur)."""

    shape: str
    given: int
    surname: int
    common: bool
    as_first: tuple[Feature, ...]
    as_last: tuple[Feature, ...]
    as_mid: tuple[Feature, ...]


def _case(word: str) -> str:
    """How much more often English capitalises `word` than not, in coarse steps; apart
    for acronyms, whose lower-case counts come from web addresses ("cnn.com")."""
    if word.isupper() and len(word) > 1:
        lowered = word.lower()
        # Some letters have no lower case ("𝞒" stays upper): no second step for them.
        return "A" + (_case(lowered) if not lowered.isupper() else "unseen")
    lower, capital = case_log_probs(word)
    if lower <= UNSEEN and capital <= UNSEEN:
        return "unseen"
    if lower <= UNSEEN:
        return "capital-only"
    if capital <= UNSEEN:
        return "lower-only"
    return str(max(-4, min(4, round(capital - lower))))


@lru_cache(maxsize=1 << 16)
def _near(word: str) -> tuple[str, ...]:
    """A neighbouring word's coarse Brown clusters (how it is used, not what it is)."""
    path = cluster_path(word)
    return tuple(path[:n] for n in (4, 8) if len(path) >= n) or ("none",)


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> _Word:
    low = word.lower()
    given, surname = name_strength(word)
    case = _case(word)
    path = cluster_path(word)
    clusters = [f"bc{n}={path[:n]}" for n in CLUSTER_PREFIXES if len(path) >= n] or ["bc=none"]
    first: list[Feature] = [(f"first={low}", 1.0), (f"first:case={case}", 1.0)]
    last: list[Feature] = [(f"last={low}", 1.0), (f"last:case={case}", 1.0)]
    first += [(f"first:{c}", 1.0) for c in clusters]
    last += [(f"last:{c}", 1.0) for c in clusters]
    if len(low) > 3:
        first.append((f"pre3={low[:3]}", 1.0))
        last += [(f"suf3={low[-3:]}", 1.0), (f"suf2={low[-2:]}", 1.0)]
    return _Word(
        _shape(word),
        given,
        surname,
        is_word(word),
        tuple(first),
        tuple(last),
        ((f"mid={low}", 1.0),),
    )


_TOWNS = frozenset({"city", "town", "region", "area"})  # places a club is named after

# Last words that say what a name is even after "of" ("City of London Police").
_NAMED_BY_LAST = lx.ORG_MARKERS | lx.EVENT_MARKERS


def name_features(words: list[str], surface: str) -> list[Feature]:
    """What the name says by itself, the same wherever it stands (so scores of it can
    be kept per name)."""
    n = len(words)
    infos = [_word(w) for w in words]
    # "Treaty of Rome", "Gulf of Mexico": the word before "of" is what the name is,
    # not the place after it; "City of London Police" ends in what it is.
    last = n - 1
    if "of" in words[1:] and words[-1] not in _NAMED_BY_LAST:
        last = words.index("of", 1) - 1
    elif lx.foreign_body(words):
        last = 0  # "Banco do Brasil" is a bank, "Caixa Geral de Depósitos" a savings bank
    head, tail = infos[0], infos[last]
    out: list[Feature] = [("bias", 1.0), (_N[min(n, 4)], 1.0)]
    add = out.append
    add(("span=" + " ".join(words).lower(), 1.0))
    out.extend(head.as_first)
    out.extend(tail.as_last)
    for info in infos[1:-1]:
        out.extend(info.as_mid)
    add(("shape=" + " ".join(i.shape for i in infos[:4]), 1.0))

    # Name lists: how often each word is a given name or a surname.
    given0, sur0, common0 = head.given, head.surname, head.common
    if n == 1:
        add((f"one:g{given0}s{sur0}", 1.0))
        add((f"one:g{given0}s{sur0}w{int(common0)}", 1.0))
    else:
        sur1 = tail.surname
        add((f"first:g{given0}", 1.0))
        add((f"last:s{sur1}", 1.0))
        add((f"full:g{min(given0, 2)}s{min(sur1, 2)}", 1.0))
        if words[0] in lx.GIVEN_NAMES:
            add(("first:lexgiven", 1.0))
        if all(i.shape[0] in "XAI" for i in infos):
            commons = sum(i.common for i in infos)
            add((f"words:common{min(commons, 3)}of{min(n, 4)}", 1.0))
    if words[-1] in lx.SURNAMES:
        add(("last:lexsurname", 1.0))
    if common0:
        add(("first:word", 1.0))

    # Closed word classes.
    what = words[last]
    if what in lx.ORG_MARKERS or (what in lx.FOREIGN_ORG_HEADS and last < n - 1):
        add(("last:org-marker", 1.0))
    if what in lx.EVENT_MARKERS:
        add(("last:event-marker", 1.0))
    if what in lx.LOC_MARKERS or (what in lx.PLACES_OF and last < n - 1):
        add(("last:loc-marker", 1.0))
    if what in lx.FACILITY_MARKERS and n > 1:
        add(("last:facility", 1.0))
    if what in lx.LAW_WORDS and n > 1:
        add(("head:law", 1.0))  # "Paris Agreement", "Treaty of Rome"
    if words[-1] in lx.PARTY_WORDS:
        add(("party", 1.0))
    elif words[0] in lx.DEMONYMS or words[-1] in lx.DEMONYMS:
        add(("demonym", 1.0))
    elif n == 1 and words[0] in lx.NORP_WORDS:
        add(("norp-word", 1.0))
    if surface in companies():
        # Apart, so that each gets its own weight: a listed name that is also a word
        # ("Next", "Shell") or a surname ("Williams", "Ford") is a company less often.
        if n == 1 and common0:
            add(("company:word", 1.0))
        elif n == 1 and sur0:
            add(("company:surname", 1.0))
        else:
            add(("company", 1.0))
    if lx.club_marked(words):
        add(("club-marker", 1.0))
    if _DIGIT.search(surface):
        add(("digit", 1.0))
    if "&" in surface:
        add(("ampersand", 1.0))
    if words[-1] in lx.ROMAN_NUMERALS and n > 1:
        add(("roman", 1.0))
    return out


def context_features(
    words: list[str],
    text: str,
    start: int,
    end: int,
    *,
    sent_start: bool,
    after_title: bool,
    evidence: Mapping[EntityType, float],
    place: Place | None,
    lower_in_text: bool,
    sport: bool = False,
) -> list[Feature]:
    """What this mention's place in the text says: its neighbours, the rules' cues."""
    out: list[Feature] = []
    add = out.append
    n = len(words)
    if n == 1 and lower_in_text:
        add(("one:lower-in-text", 1.0))
    if sent_start:
        add(("sent-start", 1.0))
        if n == 1:
            add((f"sent-start:one:w{int(_word(words[0]).common)}", 1.0))
    if after_title:
        add(("after-title", 1.0))
    if place is not None:
        add((f"place={place.kind}", 1.0))
        if place.common_word:
            add(("place:common", 1.0))
    # In a sports report a town is mostly a club; its neighbours say which ("beat X").
    town = sport and place is not None and place.kind in _TOWNS
    if sport:
        add(("sport", 1.0))
        if town:
            add(("sport:town", 1.0))

    # The rule engine's evidence, as measured weights rather than fixed ones.
    for kind, score in evidence.items():
        add((_EVIDENCE[kind], min(score, 6.0) / 3.0))

    # Neighbours: the word or punctuation on each side.
    tail = text[max(0, start - 50) : start].rstrip()
    after = text[end : end + 50]
    head = after.lstrip()
    if not tail:
        add(("prev:none", 1.0))
    elif not tail[-1].isalnum():
        add((f"prevp={tail[-1]}", 1.0))
    else:
        previous = tail.split()[-2:]
        w1 = previous[-1].strip(_PUNCT)
        w2 = previous[0].strip(_PUNCT).lower() if len(previous) > 1 else ""
        add((f"prev={w1.lower()}", 1.0))
        add((f"prev2={w2} {w1.lower()}", 1.0))
        if town:
            add((f"sport:town:prev={w1.lower()}", 1.0))
        if w1:
            for c in _near(w1):
                add((f"prev:bc={c}", 1.0))
        if w1[:1].isupper():
            add(("prev:cap", 1.0))
            if w1.endswith(("'s", "’s")):
                add(("prev:cap's", 1.0))  # "Nintendo's DS", "Boeing's 787", "Arsenal's Henry"
    if not head:
        add(("next:none", 1.0))
    elif head[0] in "'’" and head[1:2] in ("s", " ", ""):
        add(("possessive", 1.0))
        # What the possessive owns: a noun ("Macy's store") or nothing at all
        # ("at Miller's, the bar", "Dillard's was added"), which names a business.
        owned = head[2:].lstrip() if head[1:2] == "s" else head[1:].lstrip()
        if not owned or not owned[0].isalnum():
            add((f"poss:nextp={owned[:1]}", 1.0))
        else:
            word = owned.split()[0].strip(_PUNCT)
            add((f"poss:next={word.lower()}", 1.0))
            for c in _near(word):
                add((f"poss:next:bc={c}", 1.0))
    elif not head[0].isalnum():
        add((f"nextp={head[0]}", 1.0))
    else:
        following = head.split()[:2]
        w1 = following[0].strip(_PUNCT).lower()
        w2 = following[1].strip(_PUNCT).lower() if len(following) > 1 else ""
        add((f"next={w1}", 1.0))
        add((f"next2={w1} {w2}", 1.0))
        if town:
            add((f"sport:town:next={w1}", 1.0))
        if w1:
            for c in _near(following[0].strip(_PUNCT)):
                add((f"next:bc={c}", 1.0))
    if _RESULT_AFTER.match(after):
        add(("next:(Name)", 1.0))
    if defined := DEFINED_AS.match(after):
        noun = defined.group(1).split()[-1].lower()
        add((f"isa={noun}", 1.0))
        for c in _near(noun):
            add((f"isa:bc={c}", 1.0))
    elif (bare := _BARE_APPOSITION.match(after)) and bare.group(1) not in lx.FUNCTION_WORDS:
        noun = bare.group(1).split()[-1]
        add((f"appos={noun}", 1.0))
        for c in _near(noun):
            add((f"appos:bc={c}", 1.0))
        if _BORN.match(after, bare.end() - 1):
            add(("appos:born", 1.0))
    if _BORN.match(after):
        add(("next:born", 1.0))
    return out
