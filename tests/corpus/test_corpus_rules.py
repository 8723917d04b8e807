"""The general cleaning, title, caption and date rules, on text of their own."""

from __future__ import annotations

from datetime import date

import pytest

from reader.corpus.captions import is_caption, strip_image_remnants
from reader.corpus.cleaning import clean, is_breadcrumb, is_interface_line, is_related_link
from reader.corpus.credits import parse_dateline
from reader.corpus.dates import is_timestamp_line, parse_date, published_date
from reader.corpus.decoding import decode
from reader.corpus.document import Block
from reader.corpus.paragraphs import split_text
from reader.corpus.promo import is_promo
from reader.corpus.quotes import is_quotation
from reader.corpus.titles import derive_title, looks_like_headline

STORY = (
    "The central bank raised its main interest rate by a quarter point on Thursday, "
    "its third increase this year, citing stubborn inflation in services."
)


@pytest.mark.parametrize(
    "line", ["- Home", "Home > World > Asia", "News | Business", "Home » Markets » Bonds",
             "You are here: Home / Politics"],
)  # fmt: skip
def test_breadcrumbs(line: str) -> None:
    assert is_breadcrumb(line)


@pytest.mark.parametrize(
    "line", ["- Apples rose 5%", "Paris / London", "Revenue > costs for the third year.",
             "Lei Jun > Tim Cook in sales, analysts say"],
)  # fmt: skip
def test_not_breadcrumbs(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    ["2025-03-05 HKT 12:22", "Published: March 5, 2025", "Updated 5 hours ago",
     "Monday, 5 March 2025, 10:00 GMT", "2025-03-05T12:22:00+08:00", "12:30 p.m. EST"],
)  # fmt: skip
def test_timestamp_lines(line: str) -> None:
    assert is_timestamp_line(line)


@pytest.mark.parametrize(
    "line", ["On March 5, 2025, the bank acted.", "2025 will be a hard year", "At 10:00 we met"]
)
def test_sentences_with_dates_are_not_timestamps(line: str) -> None:
    assert not is_timestamp_line(line)


@pytest.mark.parametrize(
    "text",
    [
        "Do you want the full picture? Get it with Market Brief, our new newsletter "
        "delivered to your inbox every weekday.",
        "Sign up for our newsletter",
        "Subscribe",
        "Download our app for breaking news alerts.",
        "Follow us on Instagram",
        "Support our journalism: become a member today and unlock unlimited access.",
    ],
)
def test_promotional_paragraphs(text: str) -> None:
    assert is_promo(text)


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "Streaming services added 5 million subscribers in the quarter as app downloads rose.",
        "“If you subscribe now, you get the app free,” the company’s chief executive said.",
        "Follow the money: how app stores make billions",
    ],
)
def test_story_paragraphs_are_not_promo(text: str) -> None:
    assert not is_promo(text)


@pytest.mark.parametrize(
    "line",
    ["SEE ALSO: Bank Chief to Step Down", "SEE ALSO:Bank Chief to Step Down",
     "Read more: Rates explained", "Related", "RELATED Bank raises rates again"],
)  # fmt: skip
def test_related_link_lines(line: str) -> None:
    assert is_related_link(line)


def test_related_words_in_a_sentence_are_kept() -> None:
    assert not is_related_link("Related companies also reported losses in the quarter.")
    assert not is_related_link("Watch makers struggled as exports fell.")


def test_interface_lines() -> None:
    assert is_interface_line("Advertisement")
    assert is_interface_line("© 2025 Example Media. All rights reserved.")
    assert not is_interface_line("The advertisement ran for three weeks.")


@pytest.mark.parametrize(
    "text",
    [
        "The minister speaks to reporters in the capital on Monday. Photo: AFP",
        "Workers at the plant. (Photo: Jane Doe/Example)",
        "(Jane Doe (second from right), chief executive, greets visitors at the fair.)",
        "Credit: Reuters",
        "Protesters gather outside parliament. Picture by John Roe",
    ],
)
def test_captions(text: str) -> None:
    assert is_caption(text)


def test_story_sentences_are_not_captions() -> None:
    assert not is_caption(STORY)
    assert not is_caption("(The figures exclude fuel and food, the agency said.)")


def test_alt_text_remnant_is_cut_and_offsets_kept() -> None:
    text = "Crowds line the route. Photo: AP alt=Crowds line the route. Photo: AP>"
    assert strip_image_remnants(text) == ("Crowds line the route. Photo: AP", 0)
    assert strip_image_remnants('<img src="a.jpg" alt="x"> Crowds line the route.') == (
        "Crowds line the route.",
        26,
    )
    assert strip_image_remnants("alt=Crowds line the route.>") == ("", 0)


def test_clean_drops_chrome_and_keeps_timestamps_aside() -> None:
    text = f"Home > World\n\n{STORY}\n\nSEE ALSO: Other Story\n\n2025-03-05 10:00\n2025-03-04 09:00"
    cleaned = clean(split_text(text))
    assert [b.text for b in cleaned.blocks] == [STORY]
    assert cleaned.timestamps == ["2025-03-05 10:00", "2025-03-04 09:00"]
    assert cleaned.blocks[0].raw_start == text.index(STORY)


def test_duplicate_consecutive_paragraphs_are_dropped() -> None:
    blocks = [Block("A caption. Photo: AP", 0), Block("A caption. Photo: AP", 21)]
    assert len(clean(blocks).blocks) == 1


@pytest.mark.parametrize(
    "line",
    ["Central Bank Raises Rates Again", "Bank raises rates for third time, cites inflation",
     "Why Are Prices Still Rising?",
     # a wire headline's two halves: not two sentences
     "Tankers collide in Singapore Strait; small spill contained"],
)  # fmt: skip
def test_headlines(line: str) -> None:
    assert looks_like_headline(line)


@pytest.mark.parametrize(
    "line",
    [STORY, "Rates rose. Markets fell", "Reporting by Jane Doe; Editing by John Roe",
     "Bank raises rates.", "Photo: AP", "Hello"],
)  # fmt: skip
def test_not_headlines(line: str) -> None:
    assert not looks_like_headline(line)


def test_derived_title_trimmed_at_a_word() -> None:
    title = derive_title(STORY)
    assert title.endswith("…") and len(title) <= 81
    assert STORY.startswith(title[:-1])
    assert (
        derive_title("Short first sentence here. Second sentence.") == "Short first sentence here"
    )


def test_quotation_paragraphs() -> None:
    assert is_quotation("“We will not raise prices this year.”")
    assert is_quotation('"We will not raise prices. Not this year."')
    assert not is_quotation("“We will not raise prices,” she said.")
    assert not is_quotation("“Prices,” she said, “will not rise.”")


def test_dates_from_metadata_values() -> None:
    assert parse_date("2024-06-01T10:00:00Z") == date(2024, 6, 1)
    assert parse_date("March 5, 2025") == date(2025, 3, 5)
    assert parse_date("5 Mar. 2025") == date(2025, 3, 5)
    assert parse_date("2025年3月5日") == date(2025, 3, 5)
    assert parse_date(1_700_000_000) == date(2023, 11, 14)
    assert parse_date("Aug. 16") is None
    assert parse_date("2025-02-30") is None
    assert parse_date(None) is None


def test_published_date_order() -> None:
    assert published_date(date(2020, 1, 1), ["2025-03-05 10:00"]) == date(2020, 1, 1)
    # The page's own timestamp comes first; later ones are links to other stories.
    assert published_date(None, ["2025-03-05 10:00", "2025-03-04 09:00"]) == date(2025, 3, 5)
    assert published_date(None, [], "March 5") is None
    assert published_date(None, [], "March 5, 2025") == date(2025, 3, 5)


def test_datelines() -> None:
    line = parse_dateline("BEIJING, March 5 (Reuters) - China said on Wednesday ...")
    assert line is not None and (line.place, line.when, line.agency) == (
        "BEIJING",
        "March 5",
        "Reuters",
    )
    assert parse_dateline("Xiaomi said - on Monday") is None


def test_one_paragraph_per_line_versus_hard_wrap() -> None:
    per_line = f"{STORY}\n{STORY}\nShort closing line."
    assert len(split_text(per_line)) == 3
    headline_over_byline = "Central Bank Raises Rates Again Amid Inflation Fears\nBy Jane Doe"
    assert len(split_text(headline_over_byline)) == 2


def test_decode_order() -> None:
    assert decode("é".encode()).encoding == "utf-8"
    assert decode("é—".encode("cp1252")).encoding == "cp1252"
    assert decode(b"\x81").encoding == "latin-1"
    assert decode(b"a\r\nb\rc").text == "a\nb\nc"


def test_wire_photo_credit_is_a_caption() -> None:
    assert is_caption("A worker checks a pipeline near the port. REUTERS/Jane Doe")
    assert is_caption("Fans celebrate in the square. AFP/Getty Images")


def test_bare_dateline_line_is_neither_title_nor_derived_title(load_one) -> None:
    text = (
        "PARIS, March 5, 2025 (AFP)\n"
        "France's jobless rate fell to 7 percent in the last quarter, the statistics "
        "office said on Wednesday.\n"
        "Youth unemployment also eased, according to the figures published on Wednesday.\n"
    )
    article = load_one("wire.txt", text)
    assert article.title_derived
    assert article.title.startswith("France's jobless rate fell")
    assert article.published == date(2025, 3, 5)
    assert article.source == "AFP"


def test_derived_title_skips_an_opening_dateline(load_one) -> None:
    text = (
        "LONDON, June 12 (Reuters) - Oil prices rose more than 3 percent on Wednesday after "
        "producers agreed to extend output cuts.\n"
        "Brent crude futures were up $2.40 at $84.10 a barrel by midday, traders said.\n"
    )
    article = load_one("oil.txt", text)
    assert article.title.startswith("Oil prices rose more than 3 percent")
    assert article.published is None  # "June 12" has no year
    assert article.source == "Reuters"


def test_a_wire_headline_in_capitals_keeps_its_stop_and_is_the_title(load_one) -> None:
    text = (
        "POLAND - PRESS DIGEST - Aug 28.\n"
        "WARSAW 1996-08-28\n\n"
        "These are the leading stories in the Polish press on Wednesday.\n\n"
        "-- The Finance Ministry will propose cutting the top tax rate to 40 percent.\n"
    )
    article = load_one("digest.txt", text)
    assert article.title == "POLAND - PRESS DIGEST - Aug 28." and not article.title_derived
    assert looks_like_headline("RUSSIA SAYS CHECHEN TRUCE HOLDING.")
    assert not looks_like_headline("The IMF said so. UN AGREES.")
