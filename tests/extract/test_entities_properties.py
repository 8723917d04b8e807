"""Any text: in-bounds, non-overlapping, sorted spans, and no exception."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.entities import extract_entities

# Text rich in the characters the rules look at, mixed with arbitrary Unicode.
_PIECES = st.sampled_from(
    [
        "Mr ", "Dr. ", "Group ", " of the ", "(", ")", "’s ", "'s ", "-", ", ", ". ", "\n",
        "\n\n", "Inc.", "12 Pro ", "iPhone ", "Aug. 16", "last year", "Sino-", "US", "China ",
        "Lei Jun", "founder ", "said ", "“", "”", "2024", "80-year-old", "Two Sessions ",
        "NPC", "National People's Congress (NPC)", "Reading", "x.com",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _check(text: str, published: date | None) -> None:
    entities = extract_entities(text, published)
    previous_end = 0
    for entity in entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert entity.start >= previous_end
        assert text[entity.start : entity.end] == entity.text
        previous_end = entity.end


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.dates()))
def test_spans_in_bounds_and_disjoint(text: str, published: date | None) -> None:
    _check(text, published)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_arbitrary_unicode(text: str, published: date | None) -> None:
    _check(text, published)


def test_capitals_without_a_lower_case_are_read_without_recursing() -> None:
    # "𝞒" is upper case and stays so in lower case: found by the property above.
    entities = extract_entities("\U0005582cÆZ®𝞒7\x83s\t2")
    assert all(0 <= e.start < e.end <= 11 for e in entities)
