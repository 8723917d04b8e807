"""Dates as news pages write them, and which of them is the publication date.

A date without a year is never a publication date on its own: "Aug. 16"
could be any year, and the UI says "undated" rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
)
_CJK = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"
)
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.I)
_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)
_MD = re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)
_DM = re.compile(rf"\b{_DAY}\s+{_MONTH}(?![a-z])", re.I)

_FULL_PATTERNS = (_ISO, _CJK, _MDY, _DMY)

# Pieces a bare timestamp line may consist of besides dates.
_TIMESTAMP_LABEL = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|created|date)d?"
    r"(?:\s+(?:on|at))?\s*:?\s*)",
    re.I,
)
_TIME = re.compile(
    r"(?<!\d)[0-2]?\d[:.h][0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?![\d])"
    r"|\b[01]?\d\s*[ap]\.?m\.?(?!\w)",
    re.I,
)
_ZONE = re.compile(r"\b(?:[A-Z]{0,4}T|UTC|GMT|Z)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?![A-Za-z])")
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?(?![a-z])",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
    r"\s+ago\b|\b(?:just now|yesterday|today)\b",
    re.I,
)
_FILLER = re.compile(r"[\s,|/·•:;()\[\]+–—-]+|\b(?:at|on|and)\b", re.I)


def _build(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3].lower()]
    return _build(int(match.group("year")), month, int(match.group("day")))


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every date with a year in `text`, as (position, date), in order."""
    found: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _FULL_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = _from_match(match)
            if value is not None:
                found.append((match.start(), value))
                taken.append(match.span())
    found.sort(key=lambda item: item[0])
    return found


def first_full_date(text: str) -> date | None:
    found = full_dates(text)
    return found[0][1] if found else None


def has_partial_date(text: str) -> bool:
    """True for a day and month without a year ("Aug. 16", "5 March")."""
    return bool(_MD.search(text) or _DM.search(text))


def parse_date(value: object) -> date | None:
    """A date from a metadata value: ISO strings, written dates, epoch seconds or ms."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and len(text) in (10, 13):
            return parse_date(int(text))
        return first_full_date(text)
    return None


def is_timestamp_line(line: str) -> bool:
    """True for a line that is only a date and/or time ("2025-03-05 HKT 12:22")."""
    if len(line) > 80:
        return False
    rest = _TIMESTAMP_LABEL.sub("", line.strip())
    found = False
    for pattern in (*_FULL_PATTERNS, _MD, _DM, _RELATIVE, _TIME):
        rest, count = pattern.subn(" ", rest)
        found = found or count > 0
    if not found:
        return False
    for pattern in (_ZONE, _WEEKDAY, _FILLER):
        rest = pattern.sub(" ", rest)
    return not rest.strip()


def published_date(
    meta: date | None, timestamps: Iterable[str], dateline: str | None = None
) -> date | None:
    """The publication date: stated metadata, else the first page timestamp with a
    year, else a dated dateline. The first timestamp is the article's own: lists of
    further timestamps on a page belong to links to other articles."""
    if meta is not None:
        return meta
    for line in timestamps:
        found = first_full_date(line)
        if found is not None:
            return found
    if dateline:
        return first_full_date(dateline)
    return None
