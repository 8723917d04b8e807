"""Given names, surnames and how English capitalises words, from large open lists.

Built by scripts/build_wordlists.py (sources and licences in data/ATTRIBUTION.md).
They say "this word is often a given name / a surname", "this word is mostly
written in lower case" (so "Analysts" at a sentence start is a word) or "mostly
capitalised" (so "Chevron" is a name) without saying who anyone is, which is
what lets typing generalise past the names a few example articles contain.
Loaded once per process, on first use.
"""

from __future__ import annotations

import gzip
import sys
from functools import cache
from pathlib import Path

from reader.extract.entities.lexicon import GIVEN_NAMES, ORG_MARKERS
from reader.extract.fold import without_accents

DATA = Path(__file__).resolve().parent.parent / "data"
NAMES_FILE = DATA / "names.tsv.gz"
WORDS_FILE = DATA / "wordcase.tsv.gz"

# Log probabilities below this are "not seen": the source's floor is about -19.5.
UNSEEN = -20.0

_DROP = str.maketrans("", "", "'’.")


def fold(word: str) -> str:
    """The key names and words are stored under: no accents, apostrophes or dots, lower case."""
    return without_accents(word).translate(_DROP).lower()


@cache
def _names() -> dict[str, tuple[int, int, str]]:
    try:
        with gzip.open(NAMES_FILE, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, EOFError):
        return {}
    out: dict[str, tuple[int, int, str]] = {}
    for line in lines:
        name, given, surname, sex = line.split("\t")
        out[name] = (int(given), int(surname), sys.intern(sex))
    return out


@cache
def _cases() -> dict[str, tuple[float, float, int, int]]:
    try:
        with gzip.open(WORDS_FILE, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, EOFError):
        return {}
    out: dict[str, tuple[float, float, int, int]] = {}
    for line in lines:
        word, lower, capital, c_lower, c_capital = line.split("\t")
        out[word] = (float(lower), float(capital), int(c_lower), int(c_capital))
    return out


_NOT_SEEN = (UNSEEN, UNSEEN, 0, 0)


def name_strength(word: str) -> tuple[int, int]:
    """(given-name, surname) strength of `word`, each 0 (not one) to 3 (very common)."""
    return _names().get(fold(word), _NO_NAME)[:2]


def is_given_name(word: str) -> bool:
    """Whether `word` is a given name, by the hand list or the name lists: what opens
    "Kenyan Daniel Rono" after the nationality, or stands before "C." in "Robert C. Byrd".
    The lists hold a few words that end bodies' names ("Council", "Press"): not those."""
    return word in GIVEN_NAMES or (name_strength(word)[0] > 0 and word not in ORG_MARKERS)


def given_name_sex(word: str) -> str:
    """ "m" or "f" when only men or only women bear the given name `word`, else ""."""
    return _names().get(fold(word), _NO_NAME)[2]


_NO_NAME = (0, 0, "")


def case_log_probs(word: str) -> tuple[float, float]:
    """Log probabilities of `word` in running English text written in lower case and
    capitalised ("chevron" / "Chevron"); UNSEEN for a form the source never saw."""
    return _cases().get(word.lower(), _NOT_SEEN)[:2]


def cluster_path(word: str) -> str:
    """The Brown cluster path ("0110...") of `word` as written (capitalised or lower
    case; all capitals count as capitalised); "" when it has none."""
    entry = _cases().get(word.lower(), _NOT_SEEN)
    cluster = entry[3] if word[:1].isupper() else entry[2]
    return format(cluster, "b")[::-1] if cluster else ""


def is_word(word: str) -> bool:
    """Whether `word` is an everyday English word when written in lower case."""
    return case_log_probs(word)[0] > UNSEEN


def written_lower_as_often(word: str) -> bool:
    """Whether English writes `word` in lower case at least as often as capitalised
    ("committee", "vitamin"; not "Kelvin", nor a word never seen)."""
    lower, capital = case_log_probs(word)
    return lower > UNSEEN and lower >= capital


def capitalised_more_often(word: str) -> bool:
    """Whether English writes `word` capitalised more often than in lower case, though it
    is an everyday word too ("United", "Maritime" less so; not "committee")."""
    return is_word(word) and not written_lower_as_often(word)


def mostly_lower_case(word: str) -> bool:
    """Whether English writes `word` in lower case far more often than capitalised
    ("analysts", "election", "shell"; not "chevron", "apple", "brown")."""
    lower, capital = case_log_probs(word)
    return lower > UNSEEN and lower - capital > 1.0
