"""A length of time told in two units: "12 years and six months", "one hour 45 minutes".

The grammar reads each unit apart; news states one length, so the two are joined. The
value is in the larger unit when that is exact to a quarter ("12.5 years", "1.75
hours"), else in the smaller one ("80 months", "161 minutes"), as the figure
conventions write it.
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
# Between the two parts: "and", or a space alone ("one hour 45 minutes").
_GAP = re.compile(r"\s+(?:and\s+)?")


def join_durations(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _second_part(text, prev, f):
            per = _NEXT_SMALLER[prev.unit][1]  # type: ignore[index]
            small = prev.value * per + f.value
            if (small / per * 4).is_integer():
                prev.value = small / per
            else:
                prev.value, prev.unit = small, f.unit
            prev.end, prev.last_token = f.end, f.last_token
            continue
        out.append(f)
    return out


def _second_part(text: str, prev: Found, f: Found) -> bool:
    """Whether `f` goes on the length `prev` began: the next smaller unit, fewer of it
    than make one of `prev`'s, with only "and" or a space between."""
    if not (prev.kind == f.kind == FigureKind.DURATION) or prev.unit not in _NEXT_SMALLER:
        return False
    smaller, per = _NEXT_SMALLER[prev.unit]
    return (
        f.unit == smaller
        and prev.value_max is None
        and f.value_max is None
        and prev.value.is_integer()
        and 0 < f.value < per
        and _GAP.fullmatch(text, prev.end, f.start) is not None
    )
