"""Halves and quarters of a year named relative to the article: "first quarter of last year"."""

from __future__ import annotations

from datetime import date

import pytest

from reader.extract.figures import extract_figures
from reader.extract.figures.display import format_date, format_figure
from reader.extract.model import DateParts, Figure, FigureKind

PUBLISHED = date(2023, 5, 1)


def dates(text: str, published: date | None = None) -> list[Figure]:
    return [f for f in extract_figures(text, published) if f.kind == FigureKind.DATE]


def only_date(text: str, published: date | None = None) -> Figure:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "parts", "shown"),
    [
        (
            "Sales fell in the first quarter of last year.",
            "first quarter of last year",
            {"quarter": 1, "rel_year": -1},
            ("Q1 last year", "Q1 2022"),
        ),
        (
            "Sales fell in the first half of last year.",
            "first half of last year",
            {"half": 1, "rel_year": -1},
            ("H1 last year", "H1 2022"),
        ),
        (
            "Output grew in the second half of this year.",
            "second half of this year",
            {"half": 2, "rel_year": 0},
            ("H2 this year", "H2 2023"),
        ),
        (
            "The plant opens in the 4th quarter of next year.",
            "4th quarter of next year",
            {"quarter": 4, "rel_year": 1},
            ("Q4 next year", "Q4 2024"),
        ),
        (
            "Deliveries start in Q3 of next year.",
            "Q3 of next year",
            {"quarter": 3, "rel_year": 1},
            ("Q3 next year", "Q3 2024"),
        ),
        (
            "Profits Slumped In The Second Quarter Of Last Year",
            "Second Quarter Of Last Year",
            {"quarter": 2, "rel_year": -1},
            ("Q2 last year", "Q2 2022"),
        ),
        (
            "Revenue in the first quarter of\nlast year was flat.",
            "first quarter of\nlast year",
            {"quarter": 1, "rel_year": -1},
            ("Q1 last year", "Q1 2022"),
        ),
    ],
)
def test_relative_half_or_quarter_is_one_date_figure(
    text: str, span: str, parts: dict[str, int], shown: tuple[str, str]
) -> None:
    undated = only_date(text)
    assert undated.text == span
    assert text[undated.start : undated.end] == span
    assert undated.kind == FigureKind.DATE
    assert undated.date_parts is not None
    assert undated.date_parts.as_dict() == parts
    assert undated.value == 0.0
    assert format_figure(undated) == shown[0]

    dated = only_date(text, PUBLISHED)
    assert dated.text == span
    resolved = PUBLISHED.year + parts["rel_year"]
    assert dated.date_parts is not None
    assert dated.date_parts.as_dict() == {**parts, "year": resolved}
    assert dated.value == float(resolved)
    assert format_figure(dated) == shown[1]


def test_possessive_relative_year_is_read_whole() -> None:
    fig = only_date("The first quarter of last year's results were restated.", PUBLISHED)
    assert fig.text == "first quarter of last year"
    assert fig.date_parts == DateParts(year=2022, quarter=1, rel_year=-1)


@pytest.mark.parametrize(
    ("text", "span", "parts", "shown"),
    [
        (
            "It rose in the second half of 2024.",
            "second half of 2024",
            {"year": 2024, "half": 2},
            "H2 2024",
        ),
        ("It rose in Q1 2025.", "Q1 2025", {"year": 2025, "quarter": 1}, "Q1 2025"),
        (
            "It rose in the first quarter of 2023.",
            "first quarter of 2023",
            {"year": 2023, "quarter": 1},
            "Q1 2023",
        ),
        (
            "It rose in the first quarter of fiscal 2023.",
            "first quarter of fiscal 2023",
            {"year": 2023, "quarter": 1},
            "Q1 2023",
        ),
        ("It rose in the first quarter.", "first quarter", {"quarter": 1}, "Q1"),
        ("It rose in Q4.", "Q4", {"quarter": 4}, "Q4"),
        ("Fourth-quarter results beat forecasts.", "Fourth-quarter", {"quarter": 4}, "Q4"),
    ],
)
def test_numeric_year_and_bare_forms_unchanged(
    text: str, span: str, parts: dict[str, int], shown: str
) -> None:
    for published in (None, PUBLISHED):
        fig = only_date(text, published)
        assert fig.text == span
        assert fig.date_parts is not None
        assert fig.date_parts.as_dict() == parts
        assert format_figure(fig) == shown


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales in the first quarter of the year rose.", "first quarter"),
        ("Sales in the first quarter of last yearly reports rose.", "first quarter"),
        ("Sales in the first quarter of last month rose.", "first quarter"),
    ],
)
def test_of_without_a_year_stays_out_of_the_span(text: str, span: str) -> None:
    fig = only_date(text, PUBLISHED)
    assert fig.text == span
    assert fig.date_parts == DateParts(quarter=1)


def test_a_half_without_a_year_is_still_not_a_date() -> None:
    # "the first half" may be a match's; only a year (stated or relative) makes it a date.
    assert dates("He scored in the first half of the game.") == []
    assert dates("He scored in the first half of the year.") == []


def test_format_relative_half_and_quarter() -> None:
    assert format_date(DateParts(quarter=1, rel_year=-1)) == "Q1 last year"
    assert format_date(DateParts(half=2, rel_year=1)) == "H2 next year"
    assert format_date(DateParts(year=2022, quarter=1, rel_year=-1)) == "Q1 2022"
