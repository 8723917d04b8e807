"""Number forms of wire copy and regional papers, and pairs that state their unit once.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from reader.extract.figures import extract_figures
from reader.extract.model import Figure, FigureKind


def by_text(text: str) -> dict[str, Figure]:
    return {f.text: f for f in extract_figures(text)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Maize rose 6-1/4 cents to $3.12 a bushel.", "6-1/4 cents", 0.0625),
        ("Unilever gained 11 1/2 pence at the close.", "11 1/2 pence", 0.115),
        ("The bond was quoted at $98-3/8 in late trade.", "$98-3/8", 98.375),
    ],
)
def test_a_market_fraction_after_a_whole_number_is_part_of_it(
    text: str, span: str, value: float
) -> None:
    assert by_text(text)[span].value == pytest.approx(value)


def test_a_date_with_slashes_is_no_fraction() -> None:
    figures = extract_figures("The claim was filed on 12 1/2/2024 in Ohio.")
    assert not any(f.value == 12.5 for f in figures)


def test_south_asian_digit_groups_are_one_number() -> None:
    got = by_text("The scheme paid Rs 2,50,000 each to 1,12,430 families in Bihar.")
    assert got["Rs 2,50,000"].value == 250_000
    assert got["1,12,430 families"].value == 112_430


def test_a_dotted_country_before_cents_names_the_currency() -> None:
    got = by_text("The Australian dollar ended at 71.40 U.S. cents, down from 71.95 cents.")
    assert got["71.40 U.S. cents"].unit == "USD"
    assert got["71.40 U.S. cents"].value == pytest.approx(0.714)


def test_a_number_set_against_a_count_takes_its_noun() -> None:
    got = by_text("The port handled 2.1 million containers in 2004, up from 1.8 million in 2003.")
    assert got["1.8 million"].unit == "containers"
    got = by_text("It sold 3.1 million phones in the six months to June, up from 950,000.")
    assert got["950,000"].unit == "phones"
    got = by_text("The side won 9 games, against 14 the season before, and lost to 188 for six.")
    assert got["14"].unit == "games"
    assert got["188"].unit is None


def test_a_young_persons_age_in_apposition() -> None:
    got = by_text("A 17-year-old was arrested, and a girl, 13, was taken to hospital.")
    assert got["13"].kind is FigureKind.AGE
    assert got["13"].subject == "girl"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Leeds United have signed Tomas Rehak from Sparta Prague. The 24-year-old has "
            "agreed a three-year deal.",
            "Tomas Rehak",
        ),
        (
            "Andrew Flintoff took five wickets on the second day. The 27-year-old struck "
            "twice before lunch.",
            "Andrew Flintoff",
        ),
        (
            "Belgian Kim Peeters won the title in Rome. The 22-year-old served 14 aces.",
            "Kim Peeters",
        ),
        (
            "Yesterday Argentine Diego Ferraro won in Rome. The 22-year-old served 14 aces.",
            "Diego Ferraro",
        ),
    ],
)
def test_the_age_standing_for_a_person_named_before(text: str, subject: str) -> None:
    ages = [f for f in extract_figures(text) if f.kind is FigureKind.AGE]
    assert [f.subject for f in ages] == [subject]


def test_a_described_person_keeps_the_description() -> None:
    text = "A 66-year-old retired teacher from Hull was hurt."
    ages = [f for f in extract_figures(text) if f.kind is FigureKind.AGE]
    assert ages[0].subject == "retired teacher"


def test_time_counted_after_a_name_is_a_duration_not_a_model_number() -> None:
    got = by_text("The probe will reach Titan 21 days later, and Cassini 12 months after that.")
    assert got["21 days"].kind is FigureKind.DURATION
    assert got["12 months"].kind is FigureKind.DURATION
    assert got["12 months"].value == 12


def test_a_currency_word_the_article_uses_for_money_is_money_throughout() -> None:
    text = (
        "Hallberg Chemie said net profit rose to 412 million marks, and it will pay a "
        "dividend of 1.40 marks a share. Its shares rose 2.10 marks to 167.40."
    )
    got = by_text(text)
    assert got["1.40 marks"].kind is FigureKind.MONEY
    assert got["1.40 marks"].unit == "DEM"
    assert got["2.10 marks"].unit == "DEM"
    assert by_text("The pupil scored 90 marks out of 100.")["90 marks"].kind is FigureKind.COUNT


def test_a_hyphened_half_and_a_range_opened_in_words() -> None:
    got = by_text(
        "Price was jailed for four-and-a-half years, and Dale for between six and 18 months."
    )
    assert got["four-and-a-half years"].value == 4.5
    assert got["six and 18 months"].value == 6
    assert got["six and 18 months"].value_max == 18


def test_grouped_race_distances_in_a_sports_report() -> None:
    got = by_text(
        "Nadia Okoro won the 800m and 1,500m double at the championships, her third title."
    )
    assert got["1,500m"].unit == "metres"
    assert got["1,500m"].value == 1500
    assert by_text("Of the 1,500m raised, half went on debt.")["1,500m"].value == 1.5e9


def test_a_fraction_after_a_decimal_price_is_of_a_cent_and_after_a_year_no_part_of_it() -> None:
    # "$4.46-3/4" is four dollars and 46-3/4 cents, as grain pits quote it.
    got = by_text("CBOT July corn was off 3-1/2 cents at $4.46-3/4 a bushel.")
    assert got["3-1/2 cents"].value == pytest.approx(0.035)
    assert got["$4.46-3/4"].value == pytest.approx(4.4675)
    figures = extract_figures("In 2004 3/4 of voters backed the plan.")
    assert [f.text for f in figures if f.kind is FigureKind.DATE] == ["2004"]


def test_a_level_after_a_move_in_pence_is_in_pence() -> None:
    got = by_text("Shares in Boots rose 8.5p to 612p after the results.")
    assert got["612p"].unit == "GBP"
    assert got["612p"].value == pytest.approx(6.12)


def test_egyptian_pounds_written_le() -> None:
    got = by_text("Egypt's deficit will reach LE64bn, and the pound held at LE5.80 to the dollar.")
    assert got["LE64bn"].unit == "EGP"
    assert got["LE5.80"].value == pytest.approx(5.8)


def test_marks_quoted_against_another_currency_are_money() -> None:
    got = by_text(
        "Sterling rose to 2.6350 marks from 2.6210, and the dollar eased to 1.5120 marks."
    )
    assert got["2.6350 marks"].unit == "DEM"
    assert got["1.5120 marks"].kind is FigureKind.MONEY
    assert by_text("She scored 90 marks in the dollar quiz.")["90 marks"].kind is FigureKind.COUNT


def test_rand_and_cents_without_a_scale_in_a_south_african_story() -> None:
    text = "In Johannesburg the rand slipped to R18.92 against the dollar. The R101 was shut."
    got = by_text(text)
    assert got["R18.92"].unit == "ZAR"
    assert "R101" not in got


def test_a_list_of_bare_numbers_is_labels_not_counts() -> None:
    got = by_text(
        "The winning numbers were 5, 13, 22, 31, 38 and 47. Sales rose to 12, 14 and 19 stores."
    )
    assert not any(t in got for t in ("13", "22", "31", "38", "47"))
    assert got["19 stores"].unit == "stores"
    got = by_text("The ticket matched 4, 11, 23, 38 and 47 plus Lucky Stars 2 and 9 to win €97m.")
    assert not any(t in got or f"{t} plus Lucky Stars" in got for t in ("23", "38", "47"))
    assert "€97m" in got


def test_a_list_closed_by_a_per_cent_or_a_noun_shares_it() -> None:
    got = by_text("Sales rose 4, 11 and 23 per cent. The plants cut 40, 120 and 300 jobs.")
    assert [(got[t].kind, got[t].unit) for t in ("4", "11")] == [(FigureKind.PERCENT, "%")] * 2
    assert got["40"].unit == got["120"].unit == "jobs"
    got = by_text("Prices rose between 4 and 23 per cent. She won 12 plus bonuses.")
    assert "4" not in got and got["12 plus bonuses"].unit == "bonuses"
    got = by_text("Squads of 23, 25, 26 and 28 plus three goalkeepers. Class 10, 11 and 12 pupils.")
    assert got["23"].unit is None and "three goalkeepers" not in (got["28"].unit or "")
    assert "11" not in got or got["11"].unit is None


def test_the_cedi_sign() -> None:
    got = by_text("Ghana raised the cocoa price to GH₵48,000 a tonne and fees to ₵120.")
    assert (got["GH₵48,000"].unit, got["₵120"].unit) == ("GHS", "GHS")


def test_a_number_set_against_money_or_a_share_takes_its_unit() -> None:
    got = by_text("The dollar rose to 124.35 yen in Tokyo from 123.80 late in New York.")
    assert got["123.80"].unit == "JPY"
    got = by_text("Yeltsin won 53.8 percent of the vote against 40.3 for Zyuganov.")
    assert got["40.3"].kind is FigureKind.PERCENT
    got = by_text("The rand firmed 0.5% to 17.32 per dollar, and the index rose 2% to 4,312.")
    assert got["17.32"].kind is not FigureKind.PERCENT


def test_a_person_of_an_age() -> None:
    got = by_text("The dead included a boy of 12, and a man of 80 was hurt. He weighs 20 stone.")
    assert got["12"].kind is FigureKind.AGE
    assert got["12"].subject == "boy"
    assert got["80"].kind is FigureKind.AGE


def test_a_rate_quoted_against_a_currency_is_in_the_currency_named_before() -> None:
    got = by_text("Reserves rose to $22.4 billion, and the rupee ended at 35.86 to the dollar.")
    assert got["35.86"].unit == "INR"
    assert by_text("The yen weakened to 155.8 against the dollar.")["155.8"].unit == "JPY"
    got = by_text("Unemployment fell to 5.2 against the euro zone average.")
    assert got["5.2"].kind is FigureKind.COUNT


def test_every_row_of_a_long_table_takes_the_articles_one_currency() -> None:
    # Asked once for the whole article (a 50,000-word table took minutes when each row
    # asked it again); each row's cents are still the article's Canadian ones.
    table = "Shr 42 cts vs 35 cts.\nNet 18.6 mln Canadian dlrs vs 15.2 mln Canadian dlrs.\n" * 40
    cents = [f for f in extract_figures(table) if f.text.endswith("cts")]
    assert len(cents) == 80
    assert {f.unit for f in cents} == {"CAD"}
