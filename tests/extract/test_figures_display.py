"""Display helpers: figures written for people, and bars for comparable figures."""

from __future__ import annotations

import pytest

from reader.extract.figures import extract_figures
from reader.extract.figures.display import (
    bar_fraction,
    comparable_groups,
    format_date,
    format_figure,
    format_value,
)
from reader.extract.model import DateParts, Figure, FigureKind


def fig(kind: FigureKind, value: float, unit: str | None, **kw) -> Figure:  # type: ignore[no-untyped-def]
    return Figure(0, 1, "x", kind, value, unit, kw.pop("qualifier", None), "label", **kw)


@pytest.mark.parametrize(
    ("value", "unit", "kind", "expected"),
    [
        (1.05e11, "CNY", FigureKind.MONEY, "¥105 bn"),
        (1e10, "USD", FigureKind.MONEY, "US$10 bn"),
        (629, "USD", FigureKind.MONEY, "US$629"),
        (2.5e6, "EUR", FigureKind.MONEY, "€2.5 m"),
        (1.7e8, "mobile phones", FigureKind.COUNT, "170 m mobile phones"),
        (30, "%", FigureKind.PERCENT, "30 %"),
        (0.8, "fraction", FigureKind.PERCENT, "80 %"),
        (5, "year", FigureKind.DURATION, "5 years"),
        (1, "month", FigureKind.DURATION, "1 month"),
        (2, "century", FigureKind.DURATION, "2 centuries"),
        (80, "year", FigureKind.AGE, "aged 80"),
    ],
)
def test_format_value(value: float, unit: str, kind: FigureKind, expected: str) -> None:
    assert format_value(value, unit, kind) == expected


def test_format_figure_qualifier_and_ranges() -> None:
    assert format_figure(fig(FigureKind.PERCENT, 30, "%", qualifier="more than")) == "> 30 %"
    assert format_figure(fig(FigureKind.DURATION, 2, "year", value_max=3)) == "2–3 years"
    assert format_figure(fig(FigureKind.MONEY, 5e9, "CNY", value_max=6e9)) == "¥5–6 bn"
    assert format_figure(fig(FigureKind.COUNT, 900, "items", qualifier="some")) == "~ 900 items"


def test_format_dates() -> None:
    assert format_date(DateParts(year=2024, half=1)) == "H1 2024"
    assert format_date(DateParts(quarter=4)) == "Q4"
    assert format_date(DateParts(month=3, day=18)) == "18 Mar"
    assert format_date(DateParts(month=12, day=28, rel_year=-1)) == "28 Dec last year"
    assert format_date(DateParts(year=2025, month=3, day=5, hour=9, minute=30)) == (
        "5 Mar 2025 09:30"
    )
    assert format_date(DateParts(decade=1990)) == "1990s"


def test_comparable_groups_and_bars() -> None:
    figures = extract_figures(
        "The state put in 40 billion yuan and banks lent 10 billion yuan, while 3,000 "
        "workers and 1,000 new workers joined. Costs rose 5% in 2023."
    )
    groups = comparable_groups(figures)
    assert groups[("money", "CNY")] == [0, 1]
    assert groups[("count", "workers")] == [2, 3]
    assert ("date", "") not in groups
    assert bar_fraction(figures[0], figures) == 1.0
    assert bar_fraction(figures[1], figures) == pytest.approx(0.25)
    assert bar_fraction(figures[3], figures) == pytest.approx(1 / 3)
    assert bar_fraction(figures[-1], figures) == 0.0  # a date has no bar
    assert all(0.0 <= bar_fraction(f, figures) <= 1.0 for f in figures)


def test_negative_money_and_ranges_in_any_currency() -> None:
    assert format_value(-4.2e6, "USD", FigureKind.MONEY) == "-US$4.2 m"
    assert format_value(0.12, "GBP", FigureKind.MONEY) == "£0.12"
    assert format_figure(fig(FigureKind.MONEY, 5e4, "USD", value_max=1e5)) == "US$50,000–100,000"
    assert format_figure(fig(FigureKind.MONEY, 3e8, "IRR", value_max=4e8)) == "IRR 300–400 m"
    assert format_figure(fig(FigureKind.MONEY, 5e6, "NZD", value_max=6e6)) == "NZ$5–6 m"


def test_a_race_time_shows_as_the_text_wrote_it() -> None:
    def shown(value: float, text: str) -> str:
        return format_figure(Figure(0, 1, text, FigureKind.DURATION, value, "second", None, "x"))

    assert shown(238.12, "3:58.12") == "3:58.12"
    assert shown(234.21, "3min 54.21sec") == "3:54.21"
    assert shown(239.999, "3:59.999") == "4:00.00"  # the rounding carries into the minutes
    assert shown(162.5, "162.5 seconds") == "162.5 seconds"  # no race: an engine's burn
    # An hour or more in hours, as a marathon's time is written, not "122:48.00".
    assert shown(7368, "2:02:48") == "2:02:48"
    assert shown(9300, "2hr 35min") == "2:35:00"
    assert shown(10799.6, "2:59:59.6") == "2:59:59.60"
