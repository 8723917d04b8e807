"""What a name looks like on its own, shared by the stages: person-shaped, a body's word,
a contraction, a nationality pair."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.gazetteer import places
from reader.extract.entities.wordlists import (
    UNSEEN,
    case_log_probs,
    is_given_name,
    mostly_lower_case,
    name_strength,
)

# Heads of a church body named "X of Y" ("Church of England", "Diocese of El Paso").
CHURCH_BODIES = frozenset({"Church", "Diocese", "Archdiocese", "Eparchy"})
# Words that stand for a body the article names in full, after "the", though not bodies
# on their own as "Senate" is (`lx.BODIES`): "the Bank", "the Executive", "the Party".
SHORT_BODIES = frozenset({"Bank", "Executive", "Party"})
COMPASS = lx.words("North South East West Northern Southern Eastern Western Central")


_CONTRACTION = re.compile(r"([a-z]+)'(?:m|s|re|ve|ll|d|t)")
# Honorifics before a surname; a title word after one is that surname ("Mr King").
SURNAME_HONORIFICS = lx.words("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr.")
HONORIFIC_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted({h.rstrip(".") for h in SURNAME_HONORIFICS})) + r")\.? \Z"
)
# Title words that are also common surnames: "Justin King", "Ollie Pope", "Mr Bishop".
SURNAME_TITLES = lx.words(
    # (not Mayor: "Gary Mayor", "Tyler Mayor" are towns' offices, whatever the given names)
    "King Pope Bishop Judge Marshal Sheriff Chancellor Prince Major Cardinal Alderman"
    " Sheikh Lord Sen Constable"
)


def is_contraction(low: str) -> bool:
    """ "i'm", "we've", "don't": a pronoun or verb with its clitic, never a name."""
    match = _CONTRACTION.fullmatch(low)
    return match is not None and (match.group(1) in lx.FUNCTION_WORDS or low.endswith("n't"))


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def named_person(words: list[str], *, town_surname: bool = False) -> bool:
    """A common given name followed by one or two words that can only be a surname, and
    maybe a middle initial ("Rosa I. Marrero"); `town_surname` where a surname may also
    be a town's name (a byline)."""
    initial = len(words) > 2 and _MIDDLE_INITIAL.fullmatch(words[1]) is not None
    if initial:
        words = [words[0], *words[2:]]  # the initial says a person's name, whatever its last
    if not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha() for w in words):
        return False
    words = [title_case(w) if len(w) > 1 and w.isupper() else w for w in words]  # "AS DUTCH"
    if words[0].lower() in lx.FUNCTION_WORDS:
        return False
    if name_strength(words[0])[0] < 2 and words[0] not in lx.GIVEN_NAMES:
        return False
    last = words[-1]
    return not (
        mostly_lower_case(last)
        or last in lx.ORG_MARKERS
        or last in lx.EVENT_MARKERS
        or last in lx.LOC_MARKERS
        or (last in places() and not initial and not town_surname)
        or any(mostly_lower_case(w) for w in words[1:-1])  # "ISRAEL APPROVES WEST"
    )


def institution(words: list[str]) -> bool:
    """ "Senate", "Parliament": one word that names a body on its own, not a title (nor
    a company suffix: "Group VP")."""
    return len(words) == 1 and words[0] in lx.BODIES and words[0] not in lx.TITLES


def title_case(surface: str) -> str:
    """ "NEW YORK" as "New York", "O'DRISCOLL" as "O'Driscoll", "MENSAH-LOWE" as
    "Mensah-Lowe", "MCCRONE" as "McCrone" (the first word's)."""
    titled = surface.title().replace("’S", "’s").replace("'S", "'s")
    if titled.startswith("Mc") and len(titled) > 3:
        titled = "Mc" + titled[2].upper() + titled[3:]
    return titled


def names_award(words: list[str]) -> bool:
    """ "Album of the Year", "Coach of the Year": a name ending so is an award's, whatever
    role or thing opens it."""
    return len(words) > 3 and words[-3:] == ["of", "the", "Year"]


def only_titles_and_markers(words: list[str]) -> bool:
    """ "Chief Executive", "Senior Manager": no name in it. But "General Motors" is one
    (a title word followed by an organisation marker that is not itself a title), and
    so is an organisation word followed by an event word ("Academy Awards")."""
    if (
        len(words) > 1
        and words[-1] in lx.ORG_MARKERS
        and words[-1] not in lx.TITLES
        and words[0] in lx.TITLES
        and words[0] not in lx.ORG_MARKERS
    ):
        return False
    if (
        len(words) > 1
        and words[-1] in lx.EVENT_MARKERS
        and words[-2] in lx.ORG_MARKERS
        and words[-2] not in lx.TITLES
    ):
        return False  # "Academy Awards", "League Cup": a body's event is named so
    named = [w for w in words if w != "&"]
    if len(named) > 1 and not any(w in lx.TITLES for w in named):
        # "Daily Mail", "Mail & Guardian", "Standard Bank", "Cabinet Office", "Alliance
        # Party", "Centre Court": markers together with no title among them name a thing.
        return False
    return all(w in lx.TITLES or w in lx.ORG_MARKERS or w in lx.EVENT_MARKERS for w in words)


def is_compound_demonym(word: str) -> bool:
    if "-" not in word:
        return False
    head, _, tail = word.partition("-")
    if head in lx.DEMONYMS and tail in lx.DEMONYMS:
        return True  # "German-Dutch", "Moslem-Croat"
    return head in lx.DEMONYM_PREFIXES and (tail in places() or tail in lx.DEMONYMS)


def initials_of(name: str) -> str:
    return "".join(w[0] for w in name.replace("'s", "").split() if w[0].isupper())


def a_persons_letters(name: str, letters: str) -> bool:
    """Whether `letters` in brackets after a person's `name` are that person's short form:
    all the initials of the name's words and their hyphened parts, particles too
    ("Mohammed bin Salman (MBS)", "Alexandria Ocasio-Cortez (AOC)", "Trent
    Alexander-Arnold (TAA)"), or the first and last with a middle name's between
    ("Donald Trump (DJT)"); not a nation's code or a club's ("Anna Roth (AUT)")."""
    if not (letters.isupper() and 2 <= len(letters) <= 4):
        return False
    initials = "".join(part[0] for part in re.split(r"[\s-]+", name) if part).upper()
    return letters == initials or (
        len(initials) >= 2
        and letters[0] == initials[0]
        and letters[-1] == initials[-1]
        and len(letters) == len(initials) + 1
    )


def plain_given_name(word: str) -> bool:
    """A given name in title case that is no title, party, nationality or article."""
    return (
        word.istitle()
        and word not in lx.TITLES
        and word not in lx.PARTY_WORDS
        and word not in lx.DEMONYMS
        and word not in lx.NORP_WORDS
        and word not in ("The", "A")
        and is_given_name(word)
    )


# What follows a title's word that opens no name: a comma or a clause's end, a speech
# verb ("Aditi Sen, an economist", "Aditi Sen said").
_NO_NAME_AFTER = re.compile(r"(?:[,;:)]|\s+(?:said|says|told|added)\b)")
_NAME_APPOSED = re.compile(r",\s+[A-Z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def surname_of_unlisted_name(text: str, start: int, title_end: int) -> bool:
    """Whether a title's word ending at `title_end` is the surname of a given name the
    lists lack, the word at `start` ("Aditi Sen, an economist"): the title opens no name
    after it, and no article stands before the word ("the Crown Prince, Hamdan"; nor
    "German Chancellor,", "Fire Marshal,"). Callers try `plain_given_name` first."""
    if _NO_NAME_AFTER.match(text, title_end) is None or _NAME_APPOSED.match(text, title_end):
        return False  # (not "Shadow Chancellor, Mel Stride, said": the title, then its holder)
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None:
        return False
    first = _WORD.match(text, start)
    word = first.group() if first else ""
    lower, capital = case_log_probs(word)
    return (
        word[:1].isupper()
        and word[1:].islower()
        # a word English writes capitalised far more often, or never saw: a name's
        # (not "Shadow", "Crown", "District", "Lion")
        and (lower <= UNSEEN or capital - lower >= 1.0)
        and word not in lx.TITLES
        and word not in lx.PARTY_WORDS
        and word not in lx.DEMONYMS
        and word not in lx.NORP_WORDS
        and word not in places()
    )
