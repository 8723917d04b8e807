"""`finditer_at` must find exactly what `finditer` finds, given valid start patterns."""

from __future__ import annotations

import random
import re

import pytest

from reader.extract.anchored import DIGITS_START, finditer_at, starts_of
from reader.extract.entities import dates as entity_dates
from reader.extract.figures import dates as figure_dates
from reader.extract.figures import guards

_PIECES = [
    "January", "Jan.", "May", "Sept", "in", "early", "mid-", "Monday", "last", "next", "aged",
    "at the age of", "2024", "1999", "12", "5", "3.5", "10:30", "5pm", "o'clock", "v1.2.3",
    "version 2", "555-123-4567", "2024-03-05", "ten", "Market", "x5", "_7", "first half",
]  # fmt: skip
_SEPARATORS = [" ", " ", "", ", ", "-", ".", "\n", "/"]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 20)))
        for _ in range(count)
    ]


def _pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = [(p, entity_dates._STARTS[k]) for k, p in entity_dates._RES]
    pairs += [
        (p, figure_dates._STARTS[k]) for k, p in figure_dates._PATTERNS if k in figure_dates._STARTS
    ]
    pairs += list(guards._STARTS.items())
    pairs += [
        (entity_dates._IRE, entity_dates._IRE_START),
        (entity_dates._YEAR_RE, DIGITS_START),
        (entity_dates._AGE_RE, entity_dates._AGE_START),
    ]
    return pairs


@pytest.mark.parametrize("pattern,starts", _pairs())
def test_same_matches_as_finditer(pattern: re.Pattern[str], starts: re.Pattern[str]) -> None:
    for text in _texts(400):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_at(pattern, starts_of(starts, text), text)] == expected


def test_an_invalid_start_pattern_misses_matches() -> None:
    # The check above can fail: starts that skip a possible start lose the match.
    text = "on 2024-03-05"
    assert finditer_at(re.compile(r"\b\d{4}"), starts_of(re.compile("x"), text), text) == []
