"""What is not a figure: one test per exclusion, on invented sentences."""

from __future__ import annotations

import pytest

from reader.extract.figures import extract_figures


def texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Nokia 3310 became a classic.",
        "She upgraded to the iPhone 15 Pro last week.",
        "The Galaxy 22 and 22 Ultra ship soon.",
        "Phones with a Dimensity 9000 chip sold out.",
        "He drove in Formula 1 for a decade.",
        "Group 7 members met in Paris.",
        "Windows 11 adoption is slow.",
    ],
)
def test_model_numbers_are_not_figures(text: str) -> None:
    assert texts(text) == []


def test_model_number_does_not_hide_a_real_figure() -> None:
    assert texts("The Pixel 8 sold 3 million units.") == ["3 million units"]


@pytest.mark.parametrize(
    "text",
    [
        "She finished third largest in the race.",
        "It is the 4th time the team has won.",
        "He came 21st out of the field.",
    ],
)
def test_ordinals_are_not_figures(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bell rang at 12:22.",
        "Doors open at 3 pm.",
        "The train left at 7.30am sharp.",
        "We met at 9 o'clock.",
    ],
)
def test_times_of_day_are_not_figures(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call +852 2345 6789 for tickets.",
        "The hotline is (020) 8888 1234.",
        "Phone 555 123 4567 after hours.",
    ],
)
def test_phone_numbers_are_not_figures(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Read more on 36kr.com today.",
        "See https://example.org/2024/05/story-123 for details.",
        "Write to desk42@example.com.",
    ],
)
def test_urls_and_domains_are_not_figures(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize("text", ["Install version 2.4.1 first.", "The v3.2 update broke it."])
def test_version_strings_are_not_figures(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The annual Two Sessions meetings opened.",
        "Leaders of the Group of Seven met.",
        "Carriers rolled out 5G in COVID-19 times.",
    ],
)
def test_numbers_inside_names_and_codes_are_not_figures(text: str) -> None:
    assert texts(text) == []


def test_a_name_like_jun_is_not_june() -> None:
    assert texts("Chen Jun 12 times tried.") == []
    assert texts("Lei Jun said sales were strong.") == []
    assert texts("On Jun 12 the board met.") == ["Jun 12"]


def test_bracketed_amount_is_not_negative() -> None:
    assert [f.value for f in extract_figures("It cost 300 yuan ($42) in all.")] == [300, 42]


def test_pronoun_one_is_not_a_figure() -> None:
    assert texts("One of the managers said no one was hurt.") == []
