"""A length of time told in two or three units: "12 years and six months", "one hour 45
minutes", "2 hours 30 minutes and 15 seconds".

The grammar reads each unit apart; news states one length, so the parts are joined. The
value is in the largest unit when that is exact to a quarter ("12.5 years", "1.75
hours"), or for hours to a tenth ("1.3 hours" for one hour 18 minutes), else in the next
unit down that is ("161 minutes", "80 minutes" for one hour 20), else the smallest ("80
months"), as the figure cases write it (benchmarks/data/figures_cases.jsonl).
"""

from __future__ import annotations

import re

from reader.extract.figures.context import Found
from reader.extract.model import FigureKind

# Each unit and how many of the next smaller unit it holds.
_NEXT_SMALLER = {
    "year": ("month", 12),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
# Between two parts: "and" or a space alone ("one hour 45 minutes"), on one line (a
# comma lists lengths: "three weeks, five days a week").
_GAP = re.compile(r"[ \t]+(?:and[ \t]+)?")
# After the last part, what makes the parts no one length: a point in time ("six months
# ago"), lengths apiece ("two years and 10 months respectively"), a rate ("a day").
_NOT_ONE_LENGTH_AFTER = re.compile(
    r"\s+(?:ago|later|earlier|respectively|each|apiece|a\s+(?:day|week|month|year))\b"
)
# Before the first part, two lengths set apart: "between four years and six months".
_TWO_LENGTHS_BEFORE = re.compile(r"\b(?:between|from)\s+$")


def join_durations(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(found):
        parts = [found[i]]
        while i + len(parts) < len(found) and _next_part(text, parts[-1], found[i + len(parts)]):
            parts.append(found[i + len(parts)])
        if (
            len(parts) > 1
            and not _NOT_ONE_LENGTH_AFTER.match(text, parts[-1].end)
            and not _TWO_LENGTHS_BEFORE.search(text, max(0, parts[0].start - 10), parts[0].start)
        ):
            out.append(_joined(parts))
        else:
            out.extend(parts)
        i += len(parts)
    return out


def _next_part(text: str, prev: Found, f: Found) -> bool:
    """Whether `f` goes on the length `prev` began: the next smaller unit, fewer of it
    than make one of `prev`'s, with only "and" or a space between."""
    if not (prev.kind == f.kind == FigureKind.DURATION) or prev.unit not in _NEXT_SMALLER:
        return False
    smaller, per = _NEXT_SMALLER[prev.unit]
    return (
        f.unit == smaller
        and prev.value.is_integer()
        and prev.value_max is None
        and f.value_max is None
        and 0 < f.value < per
        and _GAP.fullmatch(text, prev.end, f.start) is not None
    )


def _exact(value: float) -> bool:
    return abs(value - round(value)) < 1e-9


def _joined(parts: list[Found]) -> Found:
    # How many of the smallest unit each part's unit holds: 3600, 60, 1.
    holds = [1.0]
    for part in reversed(parts[:-1]):
        holds.insert(0, holds[0] * _NEXT_SMALLER[part.unit or ""][1])
    total = sum(part.value * h for part, h in zip(parts, holds, strict=True))
    value, unit = total, parts[-1].unit
    for part, h in zip(parts, holds, strict=True):
        in_unit = total / h
        if _exact(in_unit * 4) or (part.unit == "hour" and _exact(in_unit * 10)):
            value, unit = round(in_unit, 2), part.unit
            break
    first = parts[0]
    first.value, first.unit = value, unit
    first.end, first.last_token = parts[-1].end, parts[-1].last_token
    return first
