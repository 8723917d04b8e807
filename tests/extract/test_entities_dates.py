"""DATE mentions and their resolution against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from reader.extract.entities import extract_entities
from reader.extract.entities.dates import find_dates
from reader.extract.model import EntityType as T

PUBLISHED = date(2025, 3, 5)  # a Wednesday


def dates(text: str, published: date | None = PUBLISHED) -> dict[str, str]:
    return {e.text: e.canonical for e in extract_entities(text, published) if e.type is T.DATE}


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Sales doubled last year.", "last year", "2024"),
        ("Prices rose last month.", "last month", "2025-02"),
        ("The deal closed this week.", "this week", "2025-W10"),
        ("It opened on Aug. 16 after delays.", "Aug. 16", "2024-08-16"),
        ("It opened on March 1 after delays.", "March 1", "2025-03-01"),
        ("It began on December 28 last year.", "December 28 last year", "2024-12-28"),
        ("It began in November last year.", "November last year", "2024-11"),
        ("They met on Friday.", "Friday", "2025-02-28"),
        ("They meet next Monday.", "next Monday", "2025-03-10"),
        ("Today the market fell.", "Today", "2025-03-05"),
        ("Rates were cut on 12 June 2019.", "12 June 2019", "2019-06-12"),
        ("Results came in 2020.", "2020", "2020"),
        # Page stamps: a short weekday, an ordinal day, "Sep".
        ("Mon 8 Sep 2025 16.10 BST", "Mon 8 Sep 2025", "2025-09-08"),
        ("Published 22nd Jan 2025, 14:05 GMT", "22nd Jan 2025", "2025-01-22"),
    ],
)
def test_resolved(text: str, mention: str, value: str) -> None:
    assert dates(text)[mention] == value


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The plan runs for the next five years.", "next five years"),
        ("It took two to three years.", "two to three years"),
        ("A 62-year-old driver was hurt.", "62-year-old"),
        ("She retired at just 41, friends said.", "41"),
        ("Revenue rose in the first half of 2024.", "first half of 2024"),
        ("Growth slowed in recent months.", "recent months"),
        ("It is a ten-year plan.", "ten-year"),
    ],
)
def test_durations_and_ages_keep_their_text(text: str, mention: str) -> None:
    assert dates(text)[mention] == mention


def test_without_published_date_text_is_kept() -> None:
    assert dates("Sales doubled last year.", None)["last year"] == "last year"


def test_may_the_verb_is_not_a_month() -> None:
    assert dates("Prices May rise, analysts said, and may fall in May.") == {"May": "2025-05"}


def test_short_month_forms_that_are_words_are_months_beside_a_day_and_a_year() -> None:
    text = "Published: 9:30pm, 3 Mar 2025 Updated: 11:05pm. By Ana Lin Jul 05, 2025 06:42 PM."
    dates = [(e.text, e.canonical) for e in find_dates(text)]
    assert ("3 Mar 2025", "2025-03-03") in dates
    assert ("Jul 05, 2025", "2025-07-05") in dates
    # A Korean given name before a number is no month.
    assert all("Jun" not in t for t, _ in find_dates("Lee Jun 5 goals in the season."))
