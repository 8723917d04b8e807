"""Arbitrary text never breaks the extractor; spans stay in bounds and apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.figures import extract_figures
from reader.extract.figures.display import bar_fraction, format_figure

_PIECES = st.sampled_from(
    [
        "5",
        "1,200",
        "3.5",
        "2024",
        "-",
        "–",
        "$",
        "US$",
        "HK$",
        "¥",
        "€",
        "£",
        "RMB",
        "yuan",
        "billion",
        "m",
        "bn",
        "%",
        "per cent",
        "percent",
        "years",
        "year-old",
        "aged",
        "at just",
        "two",
        "twenty",
        "-five",
        "thirds",
        "half of",
        "March",
        "Jun",
        "Aug.",
        "first half of",
        "Q4",
        "(",
        ")",
        ",",
        ".",
        "\n\n",
        " ",
        "more than",
        "some",
        "to",
        "from",
        "stores",
        "Xiaomi",
        "Pro",
        "12:22",
        "36kr.com",
        "the",
        "number of",
        "people",
        "H1",
        "1990s",
    ]
)


def check(text: str) -> None:
    figures = extract_figures(text)
    previous_end = 0
    for f in figures:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= previous_end
        assert text[f.start : f.end] == f.text
        assert f.label.strip()
        assert f.linked is None or 0 <= f.linked < len(figures)
        format_figure(f)
        assert 0.0 <= bar_fraction(f, figures) <= 1.0
        previous_end = f.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    check(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
def test_figure_like_text(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_glued_figure_like_text(text: str) -> None:
    check(text)
