"""Letters that case-insensitive patterns match as ASCII never break extraction.

Under re.IGNORECASE Python matches 'İ' and 'ı' as "i", 'ſ' as "s" and the
Kelvin sign (U+212A) as "k", so "ſecond-half" matches a pattern for "second-half".
An exception from extraction loses the whole file from the index, so texts
built from the words the extractors react to, spelled with those letters, must
come back with in-bounds spans and no exception.
"""

from __future__ import annotations

import re
import string
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.entities import extract_entities
from reader.extract.figures import extract_figures
from reader.extract.figures.lexicon import (
    CURRENCY_SUFFIX,
    DURATION_UNITS,
    MONTHS,
    ORDINAL_WORDS,
    QUALIFIERS,
    SCALES,
    TENS_WORDS,
    UNITS_WORDS,
)
from reader.extract.fold import fold

# Each ASCII letter that has one, and the non-ASCII letters re.IGNORECASE matches it with.
_KELVIN = "\N{KELVIN SIGN}"  # escaped: NFC, which editors may apply, turns it into "K"
_ODD = {"i": "İı", "s": "ſ", "k": _KELVIN}

_PHRASES = [
    "second-half of 2024", "first half of last year", "the fourth-quarter", "this year",
    "third quarter of this year", "first-quarter of next year", "1st half of fiscal 2025",
    "2nd-quarter", "September 5, 2024", "Sept. 5", "5 September", "Aug. 16 last year",
    "March 2025",
    "December 28 next year", "in March", "since August", "Q1 2025", "Q4", "2024 Q3", "H1 2024",
    "the 1990s", "5 km", "12 kg", "3.5 kilometres", "5 miles", "$5 billion", "US$1.2 bn",
    "HK$300", "5 million yuan", "1,200 euros", "6 per cent", "12 percent", "a 45-year-old",
    "aged 37", "at just 16", "45 years old", "six years", "the past five years", "last week",
    "this quarter", "next month", "yesterday", "today", "tomorrow", "last Friday",
    "next Tuesday", "first week", "two to three years", "sixty-six", "a decade", "Mr Smith said",
    "Kiki Sisk of Istanbul", "Kansas City", "ISS", "SKI Inc.",
]  # fmt: skip
_WORDS = sorted(
    {
        *ORDINAL_WORDS, *MONTHS, *(m.capitalize() for m in MONTHS), *DURATION_UNITS,
        *CURRENCY_SUFFIX, *SCALES, *UNITS_WORDS, *TENS_WORDS, *QUALIFIERS, "half", "quarter",
        "last", "this", "next", "year", "of", "the", "fiscal", "financial", "since", "in",
        "aged", "year-old", "years", "old", "Monday", "Sunday", "km", "kg", "kW", "Km",
    }
)  # fmt: skip
_NUMBERS = ["5", "12", "31", "2024", "1,200", "3.5", "-", "$", "¥", "€", "%", "(", ")"]
_SEPARATORS = st.sampled_from([" ", " ", " ", "-", ", ", ". ", "\n\n", ""])


def _oddly_spelled(word: str) -> st.SearchStrategy[str]:
    """`word` with any of its i, s and k letters swapped for a look-alike (shrinks to ASCII)."""
    return st.tuples(*(st.sampled_from([c, *_ODD.get(c.lower(), "")]) for c in word)).map("".join)


_PIECE = st.sampled_from(_PHRASES + _WORDS + _NUMBERS).flatmap(_oddly_spelled)
_TEXT = st.lists(st.tuples(_PIECE, _SEPARATORS).map("".join), min_size=1, max_size=14).map("".join)
_PUBLISHED = st.one_of(
    st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
)


def _check(text: str, published: date | None) -> None:
    for found in (extract_entities(text, published), extract_figures(text, published)):
        previous_end = 0
        for item in found:
            assert previous_end <= item.start < item.end <= len(text)
            assert text[item.start : item.end] == item.text
            previous_end = item.end


@settings(max_examples=300, deadline=None)
@given(_TEXT, _PUBLISHED)
def test_lookalike_letters_never_break_extraction(text: str, published: date | None) -> None:
    _check(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the ſecond-half of 2024.",
        "Profit fell in the fırst half of 2024.",
        "Output doubled in the fİrst half of next year.",
        "The ſecond quarter of laſt year was weak.",
        "It opened on ſeptember 5, 2024, in İstanbul.",
        "Q1 2025 sales of 5 " + _KELVIN + "m cables, up 6 per cent ſince İn March.",
        "The " + _KELVIN + "ansas plant: ſeptember 5, 2024 to the fourth-quarter of 2025.",
    ],
)
@pytest.mark.parametrize("published", [None, date(2025, 3, 5)])
def test_known_cases(text: str, published: date | None) -> None:
    _check(text, published)


def test_fold_covers_every_letter_ignorecase_matches_as_ascii() -> None:
    """The table in `fold` is exactly Python's: a Python that adds a letter fails here."""
    cased = (chr(cp) for cp in range(128, sys.maxunicode + 1))
    odd = {
        (c, a)
        for c in cased
        if c.lower() != c or c.upper() != c  # only letters with a case can match one
        for a in string.ascii_lowercase
        if re.fullmatch(a, c, re.IGNORECASE)
    }
    assert odd == {("İ", "i"), ("ı", "i"), ("ſ", "s"), (_KELVIN, "k")}
    assert all(fold(c) == a for c, a in odd)


def test_fold_reads_matched_words_as_the_pattern_did() -> None:
    assert fold("ſecond") == "second"
    assert fold("FİRST") == "first"
    assert fold("laſt") == "last"
    assert fold(_KELVIN + "ilometre") == "kilometre"
    assert fold("yeſterday") == "yesterday"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("It rained yeſterday.", "2025-03-04"),
        ("Sales fell laſt week.", "2025-W09"),
        ("Prices rose laſt year.", "2024"),
        ("Output grew thiſ quarter.", "2025-Q1"),
    ],
)
def test_entity_dates_matched_with_lookalikes_resolve_like_ascii(text: str, canonical: str) -> None:
    dates = [e for e in extract_entities(text, date(2025, 3, 5)) if e.canonical == canonical]
    assert len(dates) == 1


@pytest.mark.parametrize(
    ("text", "half", "quarter"),
    [
        ("Sales rose in the ſecond-half of 2024.", 2, None),
        ("Profit fell in the fırst half of 2024.", 1, None),
        ("The ſecond quarter of 2024 was weak.", None, 2),
        ("The thırd-quarter of 2024 was weak.", None, 3),
    ],
)
def test_figure_dates_matched_with_lookalikes_read_like_ascii(
    text: str, half: int | None, quarter: int | None
) -> None:
    (figure,) = [f for f in extract_figures(text) if f.date_parts is not None]
    assert (figure.date_parts.year, figure.date_parts.half, figure.date_parts.quarter) == (
        2024,
        half,
        quarter,
    )
