"""Dates that carry a figure: "March 18", "Aug. 16", "2025-03-05", "first half of 2024", "Q4".

Years on their own ("in 2020") are found by the number grammar, since only
there can a year be told from a count ("2024 units").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from reader.extract.anchored import DIGITS_START, matches
from reader.extract.figures.lexicon import (
    AMBIGUOUS_MONTHS,
    COMMON_CAPITALISED,
    MONTHS,
    ORDINAL_WORDS,
)
from reader.extract.fold import fold
from reader.extract.model import DateParts

_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
# Capitalised, or a whole name in capitals as datelines write it ("HYDERABAD, AUGUST 14.");
# not "MAY" or "MAR", words too.
_MONTH_FORMS = [n.capitalize() for n in _MONTH_NAMES] + [
    n.upper() for n in _MONTH_NAMES if len(n) > 3
]
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_FORMS, key=len, reverse=True)) + r")(?P<dot>\.)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
_REL = r"(?:\s+(?P<rel>last|this|next)\s+year)?"
_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
# "of last year" is read whole; the " of" stays inside each branch, so a phrase
# going on with no year ("first quarter of the year") ends before it.
_OF_REL_YEAR = r"\s+of\s+(?P<rel2>last|this|next)\s+year"
_OF_YEAR = (
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?:fiscal\s+|financial\s+)?(?:year\s+)?"
    + _YEAR
    + "|"
    + _OF_REL_YEAR
    + ")?"
)

_H_YEAR = r"\bH(?P<half>[12])\s*(?:'|20)?(?P<yy>\d\d)\b|\b" + _YEAR + r"\s+H(?P<half2>[12])\b"
_Q_YEAR = (
    r"\bQ(?P<quarter>[1-4])(?:\s*(?:'|20)?(?P<yy>\d\d)|(?i:"
    + _OF_REL_YEAR
    + r"))?\b|\b"
    + _YEAR
    + r"\s+Q(?P<quarter2>[1-4])\b"
)
_OPT_YEAR = r"(?:,?\s+" + _YEAR + r")?\b"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(
            r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
            r"(?:(?:T|\s+)(?:[A-Z]{2,5}\s+)?(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d))?\b"
        ),
    ),
    ("slash", re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b")),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + _OPT_YEAR + _REL)),
    ("day_month", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + _OPT_YEAR)),
    ("month_year", re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b")),
    ("half", re.compile(r"\b" + _ORD + r"(?P<hy>[ -])half" + _OF_YEAR + r"\b", re.I)),
    # "4th qtr": wire copy's abbreviation
    ("quarter", re.compile(r"\b" + _ORD + r"(?P<hy>[ -])(?:quarter|qtr)" + _OF_YEAR + r"\b", re.I)),
    ("h_year", re.compile(_H_YEAR)),
    ("q_year", re.compile(_Q_YEAR)),
    ("decade", re.compile(r"\b(?P<decade>(?:1[89]|20)\d0)s\b")),
    # "spring 2025", "Summer 2024 brought record visitors": a season's year (the year alone
    # is the date, whatever noun follows it)
    ("season", re.compile(r"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+" + _YEAR + r"\b")),
    # "FY26", "FY2025", "FY 2024-25", "FY'26": a fiscal year named by the year it ends in
    # (or, as a span, the two it straddles). Not "FY26E" or "FY26-27E", an estimate's label.
    (
        "fiscal_year",
        re.compile(
            r"\bFY(?:\s?(?P<fy4>(?:19|20)\d\d)|'?(?P<fy>\d\d))"
            r"(?:[-/–](?P<fy2>(?:19|20)?\d\d))?(?![\w-])"
        ),
    ),
]

# Days listed before or after the month they share: "on 12 and 13 December", "from 12 to
# 14 December", "12-13 December", "December 12 and 13": each day a date of that month.
# Eight days at most, so that a table's long run of numbers is not read again from each.
_LISTED_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# (a dash only glued: "1 – 11 June" is a stage's number, then its date)
_DAY_JOIN = r"(?:,?\s+(?:and|&|or|to)\s+|[-–])"
_DAYS_BEFORE_MONTH = re.compile(
    rf"(?<![\w.,£$€%-])(?P<days>(?:{_LISTED_DAY},\s+){{0,6}}{_LISTED_DAY}){_DAY_JOIN}"
    rf"(?P<last>{_LISTED_DAY})[ \u00a0]+(?:of\s+)?{_MONTH}{_OPT_YEAR}"
)
_DAYS_AFTER_MONTH = re.compile(
    rf"\b{_MONTH}[ \u00a0]+(?P<first>{_LISTED_DAY})(?P<days>(?:,\s+{_LISTED_DAY}){{0,6}}{_DAY_JOIN}"
    rf"{_LISTED_DAY})(?=[,.;:)](?!\d)|\s+(?:in|at|on|and)\b|\s*$|,?\s+{_YEAR})"
)
_DAY_DIGITS = re.compile(r"\d+")

_REL_YEAR = {"last": -1, "this": 0, "next": 1}
# Month names as words: the month patterns cannot match without one.
_CAPITALS_GO_ON = re.compile(r"\s+[A-Z]{2,}\b")
_MONTH_WORD = re.compile("(?:" + "|".join(sorted(_MONTH_FORMS, key=len, reverse=True)) + r")\b")
# Where the patterns that open with a boundary can start (see `anchored`): the
# regex engine alone would try them at every position of the text.
_STARTS = {
    "iso": DIGITS_START,
    "slash": DIGITS_START,
    "month_day": _MONTH_WORD,
    "day_month": DIGITS_START,
    "month_year": _MONTH_WORD,
}
_MONTH_KINDS = frozenset({"month_day", "day_month", "month_year"})
# Text some patterns cannot match without (lower-cased for the case-insensitive
# ones): a substring test is much cheaper than running the pattern over the text.
_NEEDS = {
    "slash": ("/",),
    "half": ("half",),
    "quarter": ("quarter", "qtr"),
    "h_year": ("H1", "H2"),
    "q_year": ("Q1", "Q2", "Q3", "Q4"),
    "decade": ("0s",),
    "season": ("pring", "ummer", "utumn", "inter"),
    "fiscal_year": ("FY",),
}
_NEEDS_LOWER = {"half", "quarter"}


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    parts: DateParts
    year_max: int | None = None  # the second year of "FY2024-25"


def _month_ok(text: str, m: re.Match[str]) -> bool:
    name = fold(m.group("month"))
    if name in AMBIGUOUS_MONTHS and len(name) == 3 and not m.group("dot"):
        # "Lei Jun 12" is a name before a number; "Jun 12" alone is a date.
        before = text[: m.start("month")].rstrip()
        prev = re.search(r"([A-Za-z]+)$", before)
        name_before = prev and prev.group(1)[0].isupper()
        if name_before and prev.group(1).lower() not in COMMON_CAPITALISED:
            return False
    return True


class _Spans:
    """Spans of text already read as dates, none overlapping, in order: a look-up by
    bisection, as an article of many dates (a timeline) would make a scan quadratic."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # The last span opening before `end` is the only one that may reach past `start`
        # (the spans do not overlap, so their ends rise with their starts).
        i = bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def find_dates(text: str, published: date | None = None) -> list[FoundDate]:
    found: list[FoundDate] = []
    taken = _Spans()
    lower = text.lower()
    has_month = _MONTH_WORD.search(text) is not None
    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None:
            haystack = lower if kind in _NEEDS_LOWER else text
            if not any(word in haystack for word in needs):
                continue
        if kind in _MONTH_KINDS and not has_month:
            continue
        for m in matches(pattern, _STARTS.get(kind), text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if _CAPITALS_GO_ON.match(text, m.end()) and m.groupdict().get("month", "").isupper():
                continue  # "VETERANS MARCH 30 MILES": a headline's words, not a date
            parts = _parts(kind, m, text)
            if parts is None:
                continue
            start, end = m.span("year") if kind == "season" else m.span()
            if kind == "month_day" and m.group("rel"):
                # "December 28 last year": the relative year qualifies, the span stays on the date.
                end = m.start("rel")
                while text[end - 1].isspace():
                    end -= 1
            parts = _resolve(parts, published)
            found.append(FoundDate(start, end, parts, _second_fiscal_year(kind, m, parts)))
            taken.add(m.start(), m.end())
    if has_month:
        found.extend(_listed_days(text, taken, published))
    found.sort(key=lambda d: d.start)
    return found


def _listed_days(
    text: str, taken: _Spans, published: date | None
) -> list[FoundDate]:
    """The days listed with a month named once, each a date (one already found is kept);
    only days that go up, each a day of a month ("12 and 13 December", not "30 and 4")."""
    out: list[FoundDate] = []
    for pattern in (_DAYS_BEFORE_MONTH, _DAYS_AFTER_MONTH):
        for m in pattern.finditer(text):
            if not _month_ok(text, m) or (month := MONTHS.get(fold(m.group("month")))) is None:
                continue
            days = [(d.start(), d.end(), int(d.group())) for d in _day_digits(m)]
            values = [d for _, _, d in days]
            if not all(1 <= d <= 31 for d in values) or values != sorted(set(values)):
                continue
            parts = DateParts(year=_int(m, "year"), month=month)
            for start, end, day in days:
                if taken.overlaps(start, end):
                    continue
                dated = _resolve(DateParts(**{**parts.as_dict(), "day": day}), published)
                out.append(FoundDate(start, end, dated))
                taken.add(start, end)
    return out


def _day_digits(m: re.Match[str]) -> list[re.Match[str]]:
    """Each listed day's digits, in order: the ones before "and"/"to", then the last (or,
    after the month, the first and then the rest)."""
    if "last" in m.groupdict():
        spans = [(m.start("days"), m.end("days")), (m.start("last"), m.end("last"))]
    else:
        spans = [(m.start("first"), m.end("first")), (m.start("days"), m.end("days"))]
    return [d for lo, hi in spans for d in _DAY_DIGITS.finditer(m.string, lo, hi)]


def _int(m: re.Match[str], name: str) -> int | None:
    try:
        value = m.group(name)
    except IndexError:
        return None
    return int(value) if value else None


def _parts(kind: str, m: re.Match[str], text: str) -> DateParts | None:
    if kind in ("iso", "slash"):
        month, day = _int(m, "month"), _int(m, "day")
        if not (month and 1 <= month <= 12 and day and 1 <= day <= 31):
            return None
        hour = _int(m, "hour") if kind == "iso" else None
        minute = _int(m, "minute") if kind == "iso" else None
        if hour is not None and hour > 23:
            hour = minute = None
        return DateParts(year=_int(m, "year"), month=month, day=day, hour=hour, minute=minute)
    if kind in ("month_day", "day_month", "month_year"):
        if not _month_ok(text, m):
            return None
        month = MONTHS.get(fold(m.group("month")))
        if month is None:
            return None
        day = _int(m, "day") if kind != "month_year" else None
        if day is not None and not 1 <= day <= 31:
            return None
        after = text[m.end() : m.end() + 2]
        if kind != "month_year" and re.match(r"[:.,]\d|%|\d", after):
            return None  # "March 18:30", "May 5.5"
        rel = None
        if kind == "month_day" and m.group("rel"):
            rel = _REL_YEAR.get(fold(m.group("rel")))
            if rel is None:
                return None
        return DateParts(year=_int(m, "year"), month=month, day=day, rel_year=rel)
    if kind in ("half", "quarter"):
        # Case-insensitive: "ſecond" matched, so it is read as "second" (see `fold`).
        ordinal = fold(m.group("ord"))
        number = ORDINAL_WORDS.get(ordinal) or (int(ordinal[0]) if ordinal[0] in "1234" else None)
        if number is None or (kind == "half" and number > 2):
            return None
        year = _int(m, "year")
        rel = _REL_YEAR.get(fold(m.group("rel2"))) if m.group("rel2") else None
        if m.group("rel2") and rel is None:
            return None
        # Without a year the phrase needs the adjective form ("fourth-quarter results")
        # or a quarter, which is always a calendar quarter; "the first half" may be a match's.
        if kind == "half" and year is None and rel is None and m.group("hy") != "-":
            return None
        if kind == "half":
            return DateParts(year=year, half=number, rel_year=rel)
        return DateParts(year=year, quarter=number, rel_year=rel)
    if kind == "h_year":
        half = _int(m, "half") or _int(m, "half2")
        year = _int(m, "year") or (2000 + _int(m, "yy") if m.group("yy") else None)
        return DateParts(year=year, half=half)
    if kind == "q_year":
        quarter = _int(m, "quarter") or _int(m, "quarter2")
        year = _int(m, "year") or (2000 + _int(m, "yy") if m.group("yy") else None)
        rel = _REL_YEAR.get(fold(m.group("rel2"))) if m.group("rel2") else None
        if m.group("rel2") and rel is None:
            return None
        return DateParts(year=year, quarter=quarter, rel_year=rel)
    if kind == "decade":
        return DateParts(decade=_int(m, "decade"))
    if kind == "season":
        return DateParts(year=_int(m, "year"))
    if kind == "fiscal_year":
        # "FY 2025" with its four digits; "FY25" with two, glued (not "FY 20 points")
        year = _full_year(m.group("fy4") or m.group("fy"))
        second = m.group("fy2")
        if second is None:
            return DateParts(year=year)
        # "FY2024-25" straddles two years: named by its first, as "2024-25" is; "FY24-25"
        # likewise. A second year that does not follow the first is no fiscal year.
        if _full_year(second) != year + 1:
            return None
        return DateParts(year=year)
    return None


def _full_year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _second_fiscal_year(kind: str, m: re.Match[str], parts: DateParts) -> int | None:
    """The second year of "FY2024-25" (its parts hold the first, checked to be the year
    before)."""
    if kind != "fiscal_year" or m.group("fy2") is None or parts.year is None:
        return None
    return _full_year(m.group("fy2"))


def _resolve(parts: DateParts, published: date | None) -> DateParts:
    """Fill the year from the publication date when the text gives it relative to that."""
    if parts.year is None and parts.rel_year is not None and published is not None:
        return DateParts(**{**parts.as_dict(), "year": published.year + parts.rel_year})
    return parts


def date_value(parts: DateParts) -> float:
    """The year when known, else the decade; 0.0 for a date with no year (see `DateParts`)."""
    if parts.year is not None:
        return float(parts.year)
    if parts.decade is not None:
        return float(parts.decade)
    return 0.0
