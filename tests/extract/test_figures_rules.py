"""One test per figure rule, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from reader.extract.figures import extract_figures
from reader.extract.figures.display import format_figure
from reader.extract.model import Figure, FigureKind


def only(text: str, published: date | None = None) -> Figure:
    figures = extract_figures(text, published)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The fund raised 105 billion yuan last year.", "105 billion yuan", 1.05e11, "CNY"),
        ("It paid US$10 bn for the mine.", "US$10 bn", 1e10, "USD"),
        ("Rents hit HK$25,000 a month.", "HK$25,000", 25_000, "HKD"),
        ("The deal is worth RMB 10 billion.", "RMB 10 billion", 1e10, "CNY"),
        ("The club spent €5m on a striker.", "€5m", 5e6, "EUR"),
        ("A ticket costs 5 euros.", "5 euros", 5, "EUR"),
        ("The firm lost £1.2bn in the year.", "£1.2bn", 1.2e9, "GBP"),
        ("It sold for $3.5 million at auction.", "$3.5 million", 3.5e6, "USD"),
        ("The bank lent 2 trillion yen to exporters.", "2 trillion yen", 2e12, "JPY"),
        ("Coffee now costs 90 cents a cup.", "90 cents", 0.9, "USD"),
    ],
)
def test_money(text: str, span: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.unit) == (span, FigureKind.MONEY, unit)
    assert fig.value == pytest.approx(value)


def test_yen_symbol_follows_context() -> None:
    assert only("A Tokyo flat costs ¥80 million in Japan.").unit == "JPY"
    assert only("A Shanghai flat costs ¥8 million.").unit == "CNY"


def test_conversion_in_brackets_links_two_figures() -> None:
    figures = extract_figures("Phones priced at over 4,000 yuan ($629) sold well.")
    assert [f.text for f in figures] == ["4,000 yuan", "$629"]
    assert figures[0].linked == 1 and figures[1].linked == 0
    assert figures[1].value == 629  # not negative
    assert figures[0].qualifier == "over"
    assert figures[1].label == figures[0].label


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "The shop sold some 170 million mobile phones.",
            "170 million mobile phones",
            1.7e8,
            "mobile phones",
        ),
        ("The city will hire 250 new teachers.", "250 new teachers", 250, "teachers"),
        ("Two dozen people gathered outside.", "Two dozen people", 24, "people"),
        ("The chain plans to open 1,200 more stores.", "1,200 more stores", 1200, "stores"),
        ("The farm keeps five hundred sheep.", "five hundred sheep", 500, "sheep"),
        ("The group has twenty-five members.", "twenty-five members", 25, "members"),
    ],
)
def test_count(text: str, span: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.unit, fig.value) == (span, FigureKind.COUNT, unit, value)


def test_count_from_number_of_context() -> None:
    fig = only("The number of branches exceeded 12,000 in May.")
    assert (fig.kind, fig.value, fig.unit, fig.qualifier) == (
        FigureKind.COUNT,
        12_000,
        "branches",
        "exceeded",
    )


def test_from_to_gives_two_counts_of_the_same_thing() -> None:
    figures = extract_figures("The number of board members will grow from seven to eleven.")
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("seven", 7, "board members"),
        ("eleven", 11, "board members"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Sales grew 12 per cent.", "12 per cent", 12, "%"),
        ("Turnout was 64.5 percent.", "64.5 percent", 64.5, "%"),
        ("Margins fell to 8%.", "8%", 8, "%"),
        ("Rates rose 0.25 percentage points.", "0.25 percentage points", 0.25, "pp"),
    ],
)
def test_percent(text: str, span: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (span, FigureKind.PERCENT, value, unit)


def test_percent_range_keeps_both_ends() -> None:
    fig = only("Prices may rise 10-20% next year.")
    assert (fig.text, fig.value, fig.value_max) == ("10-20%", 10, 20)


def test_percent_range_with_the_sign_on_both_ends_is_one_range() -> None:
    fig = only("The Fed held its rate in a 5.25%-5.50% range.")
    assert (fig.text, fig.value, fig.value_max) == ("5.25%-5.50%", 5.25, 5.5)
    assert [f.text for f in extract_figures("Exports rose 5%-a record, officials said.")] == [
        "5%"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ireland's 13-match winning run ended at Twickenham.",
        "Chelsea's 19-match unbeaten run in the league is over.",
        "She became the first 20-game winner in the majors.",
    ],
)
def test_a_runs_length_in_games_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


def test_the_base_of_a_rate_is_no_figure() -> None:
    figures = extract_figures("London's rate was 14.1 cases per 100,000, the agency said.")
    # One rate, its base part of the unit: not a count of 14.1 cases.
    assert [(f.text, f.unit) for f in figures] == [
        ("14.1 cases per 100,000", "cases per 100,000")
    ]
    figures = extract_figures("Measles reached 14.2 new cases per 100,000 people in 2024.")
    first = figures[0]
    assert (first.text, first.value, first.unit) == (
        "14.2 new cases per 100,000 people",
        14.2,
        "cases per 100,000 people",
    )
    figures = extract_figures("The sex ratio improved to 952 females per 1,000 males.")
    assert [f.text for f in figures] == ["952 females per 1,000 males"]
    # A measure after "per" is still one.
    figures = extract_figures("Growers get R$28 per 60-kg sack.")
    assert [(f.text, f.value) for f in figures] == [("R$28", 28.0), ("60-kg", 60.0)]


def test_zloty_abbreviated_after_the_amount() -> None:
    fig = only("Defence spending will reach 186.6 billion zl.")
    assert (fig.text, fig.kind, fig.value, fig.unit) == (
        "186.6 billion zl",
        FigureKind.MONEY,
        186.6e9,
        "PLN",
    )


def test_a_change_in_words_of_millions_is_a_count() -> None:
    figures = extract_figures("Poverty grew, a rise of half a million in two years.")
    assert (figures[0].text, figures[0].kind, figures[0].value) == (
        "half a million", FigureKind.COUNT, 500_000,
    )  # fmt: skip
    assert only("The population fell by two million.").value == 2_000_000
    assert extract_figures("It is one of a million.") == []


def test_a_fraction_after_a_gerund_of_change() -> None:
    fig = only("Bus operators responded by raising fares by about a third.")
    assert (fig.text, fig.value, fig.unit) == ("a third", pytest.approx(1 / 3), "fraction")


def test_fraction() -> None:
    fig = only("Four-fifths of the staff agreed.")
    assert (fig.text, fig.value, fig.unit) == ("Four-fifths", pytest.approx(0.8), "fraction")
    assert only("Two-thirds of voters stayed home.").value == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The 80-year-old pianist retired.", "80-year-old", 80),
        ("A woman aged 35 was arrested.", "35", 35),
        ("She was 41 years old when she won.", "41 years old", 41),
        ("The mayor, 52, said the plan would go ahead.", "52", 52),
    ],
)
def test_age(text: str, span: str, value: float) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (span, FigureKind.AGE, value, "year")


def test_age_after_at_needs_a_person_context() -> None:
    fig = only("He became the youngest mayor in the country at just 29.")
    assert (fig.kind, fig.value, fig.qualifier) == (FigureKind.AGE, 29, "just")
    assert all(f.kind != FigureKind.AGE for f in extract_figures("The index closed at 29."))


def test_at_an_age_under_13_needs_a_person_and_over_it_a_word_of_ages() -> None:
    assert only("The pianist made her debut at 12.").kind is FigureKind.AGE
    assert only("At 34, Oyelaran Adebayo is the youngest chief executive.").kind is FigureKind.AGE
    assert [f.kind for f in extract_figures("They married at 19 and divorced at 25.")] == [
        FigureKind.AGE, FigureKind.AGE,
    ]  # fmt: skip
    # a time of day: no person in the sentence; in words, "at nine" is never read as an age
    assert extract_figures("The show started at 9.") == []
    ages = extract_figures("She began fencing at nine and, aged 64, carried the flag.")
    assert [f.value for f in ages] == [64]


def test_qualifier_stays_out_of_the_span() -> None:
    fig = only("Exports rose by more than 30 per cent.")
    assert (fig.text, fig.qualifier) == ("30 per cent", "more than")
    assert only("Nearly 400 workers walked out.").qualifier == "nearly"
    assert only("The queue held at least 60 people.").qualifier == "at least"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The project took five years.", "five years", 5, "year"),
        ("They signed a ten-year lease.", "ten-year", 10, "year"),
        ("The strike lasted 18 months.", "18 months", 18, "month"),
        ("Talks ran for three days.", "three days", 3, "day"),
        ("The site was abandoned for two decades.", "two decades", 2, "decade"),
    ],
)
def test_duration(text: str, span: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (span, FigureKind.DURATION, value, unit)


def test_duration_range() -> None:
    fig = only("The bridge will open within two to three years.")
    assert (fig.text, fig.value, fig.value_max, fig.qualifier) == (
        "two to three years",
        2,
        3,
        "within",
    )


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("She was jailed for 12 years and six months.", "12 years and six months", 12.5, "year"),
        ("He won in one hour 45 minutes.", "one hour 45 minutes", 1.75, "hour"),
        # hours exact to a tenth: every six minutes
        ("The flight took one hour 18 minutes.", "one hour 18 minutes", 1.3, "hour"),
        ("The hearing ran one hour and 20 minutes.", "one hour and 20 minutes", 80, "minute"),
        ("He ran the mile in 3 minutes 21 seconds.", "3 minutes 21 seconds", 201, "second"),
        # not exact to two decimals of the larger unit: in the smaller one
        ("He was jailed for six years and eight months.", "six years and eight months", 80,
         "month"),
        ("The final lasted two hours and 41 minutes.", "two hours and 41 minutes", 161, "minute"),
        ("The search took two weeks and three days.", "two weeks and three days", 17, "day"),
    ],
)
def test_a_length_in_two_units_is_one_duration(
    text: str, span: str, value: float, unit: str
) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (span, FigureKind.DURATION, value, unit)


def test_two_lengths_not_one_stay_apart() -> None:
    spans = [f.text for f in extract_figures("He served two years and then six months more.")]
    assert spans == ["two years", "six months"]
    spans = [f.text for f in extract_figures("It took 12 days and 30 hours.")]
    assert spans == ["12 days", "30 hours"]
    for text in (
        "They were jailed for two years and 10 months respectively.",
        "Volunteers trained for three weeks, five days a week.",
        "They were given between four years and six months.",
    ):
        assert len(extract_figures(text)) == 2, text


def test_duration_needs_a_number() -> None:
    assert extract_figures("Prices rose over the past decade.") == []


def test_dates() -> None:
    figures = extract_figures(
        "Results are due on March 18 and the plant opens in the first half of 2026, "
        "after a fourth-quarter review. The law passed in 2019."
    )
    parts = [(f.text, f.date_parts.as_dict()) for f in figures if f.date_parts]
    assert parts == [
        ("March 18", {"month": 3, "day": 18}),
        ("first half of 2026", {"year": 2026, "half": 1}),
        ("fourth-quarter", {"quarter": 4}),
        ("2019", {"year": 2019}),
    ]
    assert figures[-1].value == 2019


def test_years_joined_by_words_are_two_dates_and_a_span_in_a_dash_one() -> None:
    figures = extract_figures("He fenced between 1952 and 1960 and ran the club from 1968 to 1999.")
    assert [(f.text, f.value_max) for f in figures] == [
        ("1952", None), ("1960", None), ("1968", None), ("1999", None),
    ]  # fmt: skip
    assert only("Ice was below the 1979-2000 average.").value_max == 2000
    # a count between two year-like numbers is still a range
    fig = only("Between 1500 and 2000 workers walked out.")
    assert (fig.kind, fig.value, fig.value_max) == (FigureKind.COUNT, 1500, 2000)


def test_an_amount_after_a_bare_year_is_no_range_from_it() -> None:
    figures = extract_figures("Prices rose 16.1% in 2004 to £125,000, the Halifax said.")
    assert [(f.text, f.kind) for f in figures] == [
        ("16.1%", FigureKind.PERCENT), ("2004", FigureKind.DATE), ("£125,000", FigureKind.MONEY),
    ]  # fmt: skip


def test_abbreviated_month_and_day_first() -> None:
    assert only("The vote was held on Sept. 4.").date_parts.as_dict() == {"month": 9, "day": 4}
    assert only("It closed on 5 March 2021.").date_parts.as_dict() == {
        "year": 2021,
        "month": 3,
        "day": 5,
    }


def test_relative_year_resolves_against_publication_date() -> None:
    fig = only("The app launched on December 28 last year.", published=date(2022, 2, 1))
    assert fig.text == "December 28"
    assert fig.date_parts.as_dict() == {"year": 2021, "month": 12, "day": 28, "rel_year": -1}
    assert fig.value == 2021


def test_label_reads_on_its_own() -> None:
    fig = only("Spending on public transport reached 3 billion euros.")
    assert fig.label == "Spending on public transport"
    fig = only("The registered capital of 50 million yuan was paid in.")
    assert fig.label == "registered capital"
    fig = only("The insurer plans to invest 2 billion dollars in solar farms.")
    assert fig.label == "plan to invest in solar farms" or "invest" in fig.label
    figures = extract_figures("It ended the year selling 40 million tablets last year.")
    assert figures[0].label == "tablets sold last year"


def test_label_is_never_empty() -> None:
    for text in ("42 dollars.", "2019", "Seven people.", "(5%)", "On March 3, rain."):
        assert all(f.label.strip() for f in extract_figures(text))


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Turnout was per cent of 64 there.", "per cent of 64", 64, "%"),
        ("the levy is percent of ten .", "percent of ten", 10, "%"),
        ("Sales fell minus 4 percent.", "minus 4 percent", -4, "%"),
        ("Output was -1.5% in May.", "-1.5%", -1.5, "%"),
        ("Growth slowed by minus two percentage points.", "minus two percentage points", -2, "pp"),
        ("Its share reached 30 percentage in the south.", "30 percentage", 30, "%"),
        ("Shares gained forty percents.", "forty percents", 40, "%"),
    ],
)
def test_percent_written_around_the_number(text: str, span: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (span, FigureKind.PERCENT, value, unit)


def test_a_percent_of_a_counted_thing_is_not_a_percentage_of_the_count() -> None:
    figures = extract_figures("Sales fell 2 percent of 300 stores.")
    assert [(f.text, f.kind) for f in figures] == [
        ("2 percent", FigureKind.PERCENT),
        ("300 stores", FigureKind.COUNT),
    ]


def test_a_range_of_percentages_is_no_negative_number() -> None:
    fig = extract_figures("It was right about 60 % -80 % of the time.")[-1]
    assert fig.value == 80


@pytest.mark.parametrize(
    ("text", "span", "value", "subject"),
    [
        ("Jane Doe, 61, was named chair.", "61", 61, "Jane Doe"),
        ("The 19-year-old midfielder signed on Friday.", "19-year-old", 19, "midfielder"),
        ("A woman aged 70 was hurt.", "70", 70, "woman"),
        ("The nurse, 33, was praised.", "33", 33, "nurse"),
        ("Mr Okafor, who is 58, will retire.", "58", 58, "Mr Okafor"),
        ("Lady Grey, who turned 100 last week, cut a cake.", "100", 100, "Lady Grey"),
        ("Omar Haddad (27) scored twice.", "27", 27, "Omar Haddad"),
        ("Ana Cruz became mayor at just 31, the youngest ever.", "31", 31, "Ana Cruz"),
        ("The poet died aged 91 in Lisbon.", "91", 91, "poet"),
        # The age stands for the person named before when a verb follows it.
        (
            "Dundee United have sacked manager Ian Fraser. The 51-year-old leaves with the "
            "club ninth.",
            "51-year-old",
            51,
            "Ian Fraser",
        ),
        # A noun's apposition names the person.
        (
            "Its 87-year-old owner, Lady Anne Crofton, has no heirs.",
            "87-year-old",
            87,
            "Lady Anne Crofton",
        ),
        ("Children under five will be given polio drops.", "five", 5, "Children"),
        # The attribution after a quotation: who the sentence before it was about.
        (
            'Penfold, a wildcard, took the first set. "I gave it everything," said the '
            "22-year-old from Exeter.",
            "22-year-old",
            22,
            "Penfold",
        ),
        # A byline on the line above is not the sentence's subject.
        (
            "Rhodri Bevan\nObituaries editor\n\nMy friend Gwen Pryce, who has died aged 84, "
            "mapped the valleys.",
            "84",
            84,
            "Gwen Pryce",
        ),
        # A name after "in", "at" or "from" before the age is where, not who.
        ("Ruth Mendel, the painter, died on Sunday in Boston aged 88.", "88", 88, "Ruth Mendel"),
        ("A man from Leeds aged 32 was arrested.", "32", 32, "man"),
        # Not a person's full name after "from", nor an age set off by commas.
        ("He bought the farm from Peter Walsh, 67, last spring.", "67", 67, "Peter Walsh"),
        ("The court read a letter from Sarah Hughes aged 41.", "41", 41, "Sarah Hughes"),
        ("A man from Leeds, 32, was arrested.", "32", 32, "man"),
        ("A woman from Milton Keynes aged 34 was charged.", "34", 34, "woman"),
        # An everyday word before the person's noun, then the name in apposition.
        (
            "The 18-year-old top candidate, Ivy Wambui, will study medicine.",
            "18-year-old",
            18,
            "Ivy Wambui",
        ),
        # A town's name used as a word ("A Munich court") is no clause's subject.
        (
            "A Munich court sentenced former executive Klaus Brandt; the 61-year-old had "
            "been on trial for a year.",
            "61-year-old",
            61,
            "Klaus Brandt",
        ),
    ],
)
def test_an_age_names_its_person(text: str, span: str, value: float, subject: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value) == (span, FigureKind.AGE, value)
    assert fig.subject == subject
    assert fig.label == subject


def test_the_second_of_two_ages_is_an_age_too() -> None:
    ages = [f for f in extract_figures("Two girls, aged 9 and 12, were found.") if f.kind == "age"]
    assert [(f.value, f.subject) for f in ages] == [(9, "girls"), (12, "girls")]


def test_a_copula_age_needs_a_person_before_it() -> None:
    assert all(f.kind != FigureKind.AGE for f in extract_figures("The new number is 101."))
    assert all(f.kind != FigureKind.AGE for f in extract_figures("Monday 9 January is 20."))


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("The flat sold for $700,000, while 312 homes stayed empty.", "$700,000", "flat sold"),
        ("Tolls rise by 20p to 95p in the UK.", "20p", "Tolls"),
        ("The median wage of workers in the city rose to $41,000.", "$41,000", "median wage"),
        ("Net loss: ($3.1 million)", "($3.1 million)", "Net loss"),
    ],
)
def test_a_label_holds_no_other_number(text: str, figure: str, label: str) -> None:
    fig = next(f for f in extract_figures(text) if f.text == figure)
    assert label.lower() in fig.label.lower()
    assert not any(ch.isdigit() for ch in fig.label)


def test_a_long_label_keeps_its_head_noun() -> None:
    fig = only("The average price of a family home in the north reached £300,000.")
    assert fig.label.startswith("average price of a family home")


def test_a_label_after_a_perfect_tense_verb_is_its_subject() -> None:
    fig = only("The cost of the new bridge has risen to £90 million.")
    assert fig.label == "cost of the new bridge"


def test_a_tokenised_decimal_point_is_a_point() -> None:
    figures = extract_figures("net income rose 7 . 4 % to $ 2 . 15 billion .")
    assert [(f.text, f.value, f.label) for f in figures] == [
        ("7 . 4 %", 7.4, "net income"),
        ("$ 2 . 15 billion", 2.15e9, "net income"),
    ]
    assert [f.text for f in extract_figures("He was born in 1990 . 3 people came.")] == [
        "1990",
        "3 people",
    ]


def test_a_change_by_an_amount_to_a_level_is_two_figures_not_a_range() -> None:
    figures = extract_figures("Unemployment fell by 20,000 to 1.4 million in March.")
    assert [(f.text, f.value, f.value_max) for f in figures[:2]] == [
        ("20,000", 20_000, None),
        ("1.4 million", 1_400_000, None),
    ]
    money = extract_figures("Profits fell by £2m to £10m.")
    assert [(f.value, f.value_max) for f in money] == [(2e6, None), (1e7, None)]
    # Two ends close together after "by" are still a range.
    spread = only("Prices will rise by 5 to 10 per cent.")
    assert (spread.value, spread.value_max) == (5, 10)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        # Temperatures, in their scale (a minus sign joins them, unlike a count's).
        ("Temperatures reached 40.3C in Lincolnshire.", "40.3C", 40.3, "°C"),
        ("Overnight lows of -5°C are forecast.", "-5°C", -5, "°C"),
        ("It was minus 4C in Aviemore.", "minus 4C", -4, "°C"),
        ("Phoenix recorded 118F on Sunday.", "118F", 118, "°F"),
        ("Forecasters expect 35 degrees Celsius by noon.", "35 degrees Celsius", 35, "°C"),
        # Units of measure written as their symbols, glued or not.
        ("The wind farm will generate 1.2GW at its peak.", "1.2GW", 1.2, "GW"),
        ("The plane was flying at 35,000ft at the time.", "35,000ft", 35_000, "ft"),
        ("Gusts reached 90mph on the coast.", "90mph", 90, "mph"),
        ("The new line is 140 km long.", "140 km", 140, "km"),
        ("The baby weighed 4.2kg at birth.", "4.2kg", 4.2, "kg"),
    ],
)
def test_a_reading_or_measure_takes_its_unit(text: str, span: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.unit, fig.value) == (span, FigureKind.COUNT, unit, value)


def test_a_race_distance_is_metres_and_a_bare_m_elsewhere_millions() -> None:
    figures = extract_figures("She won the 400m hurdles and ran the 100m in 10.9 seconds.")
    assert [(f.text, f.value, f.unit) for f in figures[:2]] == [
        ("400m", 400, "metres"), ("100m", 100, "metres")]
    fig = only("The airline carried 4.3m passengers.")
    assert (fig.value, fig.unit) == (4.3e6, "passengers")
    assert only("A 4C-rated plan was agreed by 15 councils.").text == "15 councils"


def test_one_in_five_is_a_share() -> None:
    fig = only("One in five children now lives in poverty.")
    assert (fig.text, fig.kind, fig.value) == ("One in five", FigureKind.PERCENT, 0.2)
    assert only("About 1 in 10 adults smoke.").value == pytest.approx(0.1)
    assert extract_figures("They won two in a row.") == []


def test_a_move_by_an_amount_then_to_a_level_needs_no_by() -> None:
    figures = extract_figures("Average house prices rose £3,000 to £285,000.")
    assert [(f.text, f.value, f.value_max) for f in figures] == [
        ("£3,000", 3000, None), ("£285,000", 285_000, None)]
    assert only("Output rose 5 to 10 per cent.").value_max == 10


@pytest.mark.parametrize("text", ["The 2025-26 season starts in August.",
                                  "The 2025/26 budget was set in March."])
def test_a_season_or_financial_year_is_one_date_of_two_years(text: str) -> None:
    fig = extract_figures(text)[0]
    assert (fig.text[:7], fig.kind, fig.value, fig.value_max) == (
        text.split()[1], FigureKind.DATE, 2025, 2026)
    assert format_figure(fig) == "2025–2026"


def test_a_season_after_from_is_one_date_not_a_year_and_a_count() -> None:
    figs = extract_figures("He signs a contract from 2025-26 and wears the No 17 shirt.")
    assert [(f.text, f.kind, f.value, f.value_max) for f in figs] == [
        ("2025-26", FigureKind.DATE, 2025, 2026)]
    # Two seasons after "from ... to" stay two dates.
    figs = extract_figures("Prices rose from 2019-20 to 2023-24.")
    assert [(f.text, f.value) for f in figs] == [("2019-20", 2019), ("2023-24", 2023)]


@pytest.mark.parametrize(
    "text",
    ["Arrivals are still about 11% below 2019 levels.",
     "Sales were back to pre-pandemic 2019 levels.",
     "Output is above 2010 levels."],
)
def test_a_year_before_levels_compared_with_is_a_date(text: str) -> None:
    dates = [f for f in extract_figures(text) if f.kind is FigureKind.DATE]
    assert len(dates) == 1 and dates[0].text in ("2019", "2010")
    assert not [f for f in extract_figures(text) if f.kind is FigureKind.COUNT]


@pytest.mark.parametrize(
    "text",
    ["The game has 2000 levels.", "They built more than 2000 levels of the game.",
     "Spot gold slipped below 2000 levels on Friday.", "Ethereum dropped below 2000 levels."])
def test_levels_counted_stay_a_count(text: str) -> None:
    assert [(f.kind, f.unit) for f in extract_figures(text)] == [(FigureKind.COUNT, "levels")]


@pytest.mark.parametrize(
    ("text", "span", "year", "year_max"),
    [
        ("Infosys guided for growth of 0-3% in FY26.", "FY26", 2026, None),
        ("Revenue for FY 2025 was flat.", "FY 2025", 2025, None),
        ("The FY2024-25 budget was tabled in June.", "FY2024-25", 2024, 2025),
        ("Its FY24/25 results beat forecasts.", "FY24/25", 2024, 2025),
    ],
)
def test_a_fiscal_year_by_its_letters_is_a_date(
    text: str, span: str, year: int, year_max: int | None
) -> None:
    fig = next(f for f in extract_figures(text) if f.text.startswith("FY"))
    assert (fig.text, fig.kind, fig.value, fig.value_max) == (
        span, FigureKind.DATE, year, year_max)


@pytest.mark.parametrize("text", ["Analysts cut FY26E earnings.", "The FY2024-26 plan.",
                                  "FYI 2025 is here."])
def test_an_estimates_label_or_two_years_apart_is_no_fiscal_year(text: str) -> None:
    assert [f for f in extract_figures(text) if f.text.startswith("FY")] == []


@pytest.mark.parametrize(
    ("text", "span", "value", "code"),
    [
        ("Gazprom posted a net loss of Rbs629bn for 2023.", "Rbs629bn", 629e9, "RUB"),
        ("Spending will reach Rbl 1.2 trillion.", "Rbl 1.2 trillion", 1.2e12, "RUB"),
        ("Pakistan's revenue was Rs9.4tr in the year.", "Rs9.4tr", 9.4e12, "PKR"),
    ],
)
def test_the_financial_press_letters_for_roubles_and_trillions(
    text: str, span: str, value: float, code: str
) -> None:
    money = [f for f in extract_figures(text) if f.kind is FigureKind.MONEY]
    assert [(f.text, f.value, f.unit) for f in money] == [(span, value, code)]


def test_a_bank_in_capitals_and_a_model_in_trillions_are_no_money() -> None:
    assert [f.kind for f in extract_figures("RBS5bn was lent; the 3tr model sold.")] == [
        FigureKind.COUNT]


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Nigeria's senate approved a budget of N54.9 trillion.", "N54.9 trillion", "NGN"),
        ("Kenya will raise Sh346 billion in new taxes.", "Sh346 billion", "KES"),
        ("In Kampala, Uganda tabled a Sh72 trillion budget.", "Sh72 trillion", "UGX"),
        ("Flats at the Dubai tower are listed from Dh1.35m.", "Dh1.35m", "AED"),
        ("Doha projected a surplus of QR7.4 billion.", "QR7.4 billion", "QAR"),
    ],
)
def test_a_letter_currency_needs_its_country_in_the_article(
    text: str, span: str, code: str
) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.unit) == (span, FigureKind.MONEY, code)
    assert only("The Paris firm ordered N5bn of parts.").kind is FigureKind.COUNT


def test_ages_between_two_numbers_are_an_age_range_and_a_hyphened_point_is_pp() -> None:
    fig = only("The victims were aged between 71 and 94.")
    assert (fig.kind, fig.value, fig.value_max, format_figure(fig)) == (
        FigureKind.AGE, 71, 94, "aged 71–94")
    fig = only("The 1.5 percentage-point cut surprised markets.")
    assert (fig.text, fig.unit) == ("1.5 percentage-point", "pp")


def test_aged_one_number_in_words_to_one_in_digits_is_an_age_range() -> None:
    fig = only("Obesity among children aged two to 10 has doubled.")
    assert (fig.text, fig.kind, fig.value, fig.value_max) == ("two to 10", FigureKind.AGE, 2, 10)


def test_a_list_of_ages_shares_the_reading_and_the_person_of_its_first() -> None:
    found = extract_figures("Police Scotland said two men, aged 24 and 31, were arrested.")
    assert [(f.text, f.subject) for f in found if f.kind is FigureKind.AGE] == [
        ("24", "men"), ("31", "men")]
    found = extract_figures("Three women aged 19, 20 and 22 were hurt.")
    assert [(f.text, f.subject) for f in found if f.kind is FigureKind.AGE] == [
        ("19", "women"), ("20", "women"), ("22", "women")]
    # A number after a comma that starts no list is not another age.
    found = extract_figures("He died aged 85, 20 years after his wife.")
    assert [(f.text, f.kind) for f in found] == [
        ("85", FigureKind.AGE), ("20 years", FigureKind.DURATION)]


def test_vulgar_fractions_and_a_race_results_lengths() -> None:
    found = extract_figures("Its shares rose 23½p to 412p. He was jailed for 10½ years.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("23½p", 0.235, "GBP"), ("412p", 4.12, "GBP"), ("10½ years", 10.5, "year")]
    found = extract_figures("11 ran. 2½l, 4l, nk. Trainer: G Elliott. The tank holds 4l.")
    assert [(f.text, f.unit) for f in found if "l" in f.text] == [
        ("2½l", "lengths"), ("4l", "lengths"), ("4l", "litres")]
    found = extract_figures("She ran 42km and drank 5l. Her trainer advises 2l of water a day.")
    assert [f.unit for f in found if f.text.endswith("l")] == ["litres", "litres"]


def test_an_age_names_initials_hyphens_and_the_subject_a_pronoun_stands_for() -> None:
    def subjects(text: str) -> list[str | None]:
        return [f.subject for f in extract_figures(text) if f.kind is FigureKind.AGE]

    assert subjects(
        "LOS ANGELES (AP) — Harold J. Brennan, a character actor who appeared in more than "
        "120 films, died Sunday at his home in Santa Monica. He was 89."
    ) == ["Harold J. Brennan"]
    assert subjects("Mrs. Fenwick died on Oct. 29 in Moncton. She was 91.") == ["Mrs. Fenwick"]
    assert subjects("Okoro-Hartley, 41, and Jean-Pierre Kasereka, 38, were held.") == [
        "Okoro-Hartley", "Jean-Pierre Kasereka"]
    assert subjects("Workers are split. Hassan al-Amiri, 46, has worked there.") == [
        "Hassan al-Amiri"]
    assert subjects("2:15 a.m. — Tyler J. Vukovich, 21, of Pataskala, was arrested.") == [
        "Tyler J. Vukovich"]
    # A pronoun with no one named before it stays no one; so does one after a death
    # a body announced, or after a man named when "she" was another.
    assert subjects("The band split up. He was 89.") == [None]
    assert subjects("Manchester United announced the death of Sir Bobby Charlton. He was 86.") == [
        None]
    assert subjects("Tom Reed paid tribute to his wife, who died on Tuesday. She was 79.") == [None]
    # "Group B." and "Ward C." end their sentences; a middle initial follows a given name.
    assert subjects("The victim was taken to Ward C. He was 71.") == [None]
    found = extract_figures("Spain finished top of Group B. Three players were sent off.")
    assert [(f.text, f.value) for f in found] == [("Three players", 3)]
    # A later "N-year-old" is the person it describes, not the list before it.
    assert subjects("Tom Reed, 61, and 58-year-old Amy Lee were taken to hospital.") == [
        "Tom Reed", "Amy Lee"]


def test_barrels_a_day_written_bpd_are_the_unit() -> None:
    fig = only("Iraq may export about 700,000 bpd under the deal.")
    assert (fig.text, fig.value, fig.unit) == ("700,000 bpd", 7e5, "bpd")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The central bank lifted rates by a quarter of a percentage point.",
         "a quarter of a percentage point", 0.25),
        ("Economists expect a quarter-point rise in June.", "a quarter-point", 0.25),
        ("Borrowing costs fell by half a point.", "half a point", 0.5),
        ("It raised its rate by three-quarters of a point.", "three-quarters of a point", 0.75),
    ],
)
def test_a_fraction_of_a_point_is_a_rate_move_in_points(
    text: str, span: str, value: float
) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.unit, fig.value) == (span, FigureKind.PERCENT, "pp", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Orders for ships fell by a fifth.", "a fifth", 0.2),
        ("Ticket sales rose by a third in the spring.", "a third", 1 / 3),
        ("The council cut the grant by half.", "half", 0.5),
        ("Admissions fell by almost half in the trial.", "half", 0.5),
        ("Car production was down by a sixth in August.", "a sixth", 1 / 6),
        ("Overdose deaths showed a drop of about a quarter, the CDC said.", "a quarter", 0.25),
        ("Nursery staff earn a fifth less than supermarket managers.", "a fifth", 0.2),
        # The verb's object may be long and hold a number.
        ("They cut the price of each bundle of data by a third to please users.", "a third", 1 / 3),
        ("It cut orders from China and Dubai by almost half since January.", "half", 0.5),
    ],
)
def test_a_change_by_a_fraction_is_a_share(text: str, span: str, value: float) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.unit) == (span, FigureKind.PERCENT, "fraction")
    assert fig.value == pytest.approx(value)


def test_a_fraction_after_by_that_names_someone_is_no_figure() -> None:
    assert extract_figures("The hotel was bought by a third party.") == []
    assert extract_figures("The bid was topped by a third bidder, he said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police closed the motorway between junctions 4 and 5 overnight.",
        "The council issued a section 114 notice in the spring.",
        "The show airs on channel 412 each evening.",
        "She was ranked number 8 in the list.",
        "A 999 call was made from the house just before midnight.",
        "Neighbours dialled 999 when they saw smoke.",
    ],
)
def test_a_number_that_labels_or_dials_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


def test_a_label_does_not_swallow_the_next_clause() -> None:
    fig = only("On day 3, 500 volunteers joined the search.")
    assert (fig.text, fig.value, fig.unit) == ("500 volunteers", 500, "volunteers")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("They walked a 13-mile trail.", "13-mile", 13, "miles"),
        ("The firm will build a 40-storey tower.", "40-storey", 40, "storeys"),
        ("A 250-bed hospital opens in May.", "250-bed", 250, "beds"),
        ("The farm sits on a 1,200-acre site.", "1,200-acre", 1200, "acres"),
        ("The band will play a 14-date tour.", "14-date", 14, "dates"),
        ("She opened a 40-cover bistro.", "40-cover", 40, "covers"),
        ("Growers sold each 60-kg bag.", "60-kg", 60, "kg"),
    ],
)
def test_a_unit_hyphened_to_its_number_is_the_figures_unit(
    text: str, span: str, value: float, unit: str
) -> None:
    fig = only(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (span, FigureKind.COUNT, value, unit)


def test_one_in_a_number_written_in_digits_is_a_share() -> None:
    fig = only("Only one in 25 bids succeeded.")
    assert (fig.text, fig.kind, fig.unit) == ("one in 25", FigureKind.PERCENT, "fraction")
    assert fig.value == pytest.approx(0.04)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Half a million people joined the march.", "Half a million people", 500_000),
        ("The club let half a dozen players go.", "half a dozen players", 6),
        ("The scheme cost half a billion dollars.", "half a billion dollars", 5e8),
    ],
)
def test_half_a_scale_is_half_of_it(text: str, span: str, value: float) -> None:
    fig = only(text)
    assert (fig.text, fig.value) == (span, value)


def test_the_second_number_of_a_tally_counts_what_the_first_does() -> None:
    figures = extract_figures("The motion passed by 312 votes to 96 after a long debate.")
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("312 votes", 312, "votes"),
        ("96", 96, "votes"),
    ]


def test_the_n_year_old_is_the_person_named_before_not_the_dateline() -> None:
    ages = [
        f
        for f in extract_figures(
            "ROME, May 2 (Reuters) - Prime Minister Elena Russo on Friday named veteran "
            "diplomat Carlo Fenzi as envoy, tasking the 68-year-old with the talks."
        )
        if f.kind is FigureKind.AGE
    ]
    assert [(f.text, f.subject) for f in ages] == [("68-year-old", "Carlo Fenzi")]
    alone = only("MILAN (Reuters) - The 41-year-old was arrested on Monday.")
    assert alone.subject is None


def test_fractions_of_a_penny_and_the_papers_pc_need_no_british_cue() -> None:
    figures = extract_figures("Shares in Telco rose 4.3p, or 3pc, to 147.5p; 1080p video.")
    assert [(f.text, f.kind, f.value, f.unit) for f in figures] == [
        ("4.3p", FigureKind.MONEY, 0.043, "GBP"),
        ("3pc", FigureKind.PERCENT, 3, "%"),
        ("147.5p", FigureKind.MONEY, 1.475, "GBP"),
    ]
    assert [format_figure(f) for f in figures] == ["£0.043", "3 %", "£1.475"]


def test_shilling_letters_name_a_currency_even_without_the_country() -> None:
    figures = extract_figures("Profit reached Sh42.7 billion and revenue KSh 1.2 trillion.")
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("Sh42.7 billion", 42.7e9, "KES"),
        ("KSh 1.2 trillion", 1.2e12, "KES"),
    ]


def test_a_rate_per_population_is_one_figure() -> None:
    fig = only("The infection rate rose to 45.3 per 100,000 people.")
    assert (fig.text, fig.kind, fig.value, fig.unit) == (
        "45.3 per 100,000 people",
        FigureKind.COUNT,
        45.3,
        "per 100,000 people",
    )
    assert extract_figures("He earns 40 per hour.")[0].text == "40"


def test_a_run_total_in_cricket_is_a_score() -> None:
    assert extract_figures("England were bowled out for 187, Root top-scoring on 64.") == []


def test_a_full_names_age_can_end_the_sentence() -> None:
    figures = extract_figures("The rate rose to 45.3 per 100,000 people, said Dr Ann Lee, 52.")
    assert [(f.text, f.kind) for f in figures][-1] == ("52", FigureKind.AGE)
    # Without someone speaking or acting in the sentence, a name and a number are not an age.
    assert extract_figures("Sales at Next Retail, 52.")[0].kind is FigureKind.COUNT


def test_gulf_and_other_currency_codes_before_a_number_but_not_glued_to_one() -> None:
    fig = only("The emirate's property deals were worth AED 48.2 billion last year.")
    assert (fig.text, fig.value, fig.unit) == ("AED 48.2 billion", 48.2e9, "AED")
    fig = only("Lima's budget rose to PEN 3.1 billion.")
    assert fig.unit == "PEN"
    # A summit's or an event's letters and number: no money, no count.
    assert extract_figures("Delegates left COP29 in Baku and flew home.") == []


def test_a_fraction_after_a_move_verb_in_its_plain_form_is_a_change() -> None:
    fig = only("The carmaker said operating profit would drop by a fifth.")
    assert (fig.text, fig.kind, fig.value) == ("a fifth", FigureKind.PERCENT, 0.2)


def test_and_a_half_adds_half_a_unit() -> None:
    fig = only("The probe will fly for six and a half years before it arrives.")
    assert (fig.text, fig.kind, fig.value) == ("six and a half years", FigureKind.DURATION, 6.5)
    fig = only("The appeal raised two and a half million pounds.")
    assert (fig.value, fig.unit) == (2.5e6, "GBP")


def test_a_plural_of_letters_is_a_counted_noun() -> None:
    fig = only("About 180 million PCs still run the old system.")
    assert (fig.text, fig.unit) == ("180 million PCs", "PCs")


def test_a_bills_number_is_no_count() -> None:
    figures = extract_figures("The Senate passed H.R. 4521 and sent S.B. 77 back to committee.")
    assert figures == []


def test_a_plural_noun_before_another_names_its_kind() -> None:
    fig = only("The force said 1,800 police officers would be on duty.")
    assert (fig.text, fig.unit) == ("1,800 police officers", "police officers")
    fig = only("Unions warned of 12,000 job cuts.")
    assert (fig.text, fig.unit) == ("12,000 job cuts", "job cuts")


def test_a_house_number_a_route_number_and_a_reference_are_no_counts() -> None:
    text = (
        "Crews were called to 27 Elm Park Road, the No 44 bus was diverted and callers "
        "were asked to quote reference 5521; 12 people were treated."
    )
    figures = extract_figures(text)
    assert [(f.text, f.unit) for f in figures] == [("12 people", "people")]


def test_a_scaled_amount_after_versus_is_in_the_same_currency() -> None:
    got = extract_figures("It swung to a net loss of 120 mln euros vs profit 980 mln a year ago.")
    assert [(f.text, f.kind, f.unit) for f in got] == [
        ("120 mln euros", FigureKind.MONEY, "EUR"),
        ("980 mln", FigureKind.MONEY, "EUR"),
    ]


def test_a_year_after_a_possessive_dates_the_noun() -> None:
    fig = extract_figures("Berlin's 2025 budget foresees spending of €488.7 billion.")[0]
    assert (fig.text, fig.kind) == ("2025", FigureKind.DATE)


def test_runs_after_a_number_in_sport_are_what_it_counts() -> None:
    fig = extract_figures("Marsh scored 147 runs from 260 balls as England reached 389-5.")[0]
    assert (fig.text, fig.unit) == ("147 runs", "runs")
    # Outside sport "runs" is a verb: the number counts nothing said.
    assert extract_figures("The firm 147 runs a plant.")[0].unit is None


def test_a_hyphenated_area_is_one_count_in_square_units() -> None:
    figs = extract_figures("A 450-square-foot flat and a 60-square-metre office were sold.")
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("450-square-foot", 450, "square feet"),
        ("60-square-metre", 60, "square metres"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Police clocked him at 187km/h on the M7.", "187km/h", "km/h"),
        ("A 1,850 sq ft flat sold on Friday.", "1,850 sq ft", "sq ft"),
        ("Carbon dioxide averaged 424 parts per million in May.", "424 parts per million",
         "parts per million"),
    ],
)
def test_compound_units_are_read_whole(text: str, span: str, unit: str) -> None:
    fig = extract_figures(text)[0]
    assert (fig.text, fig.kind, fig.unit) == (span, FigureKind.COUNT, unit)


def test_odds_of_one_in_a_large_number_are_a_share() -> None:
    fig = only("They put the chance of an impact at one in 2.7 million.")
    assert (fig.text, fig.kind, fig.unit) == ("one in 2.7 million", FigureKind.PERCENT, "fraction")
    assert fig.value == pytest.approx(1 / 2_700_000)
    # "one in 2019" is a year after a pronoun, not odds.
    assert [f.text for f in extract_figures("The first one in 2019 was late.")] == ["2019"]


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        # The age standing for a person the sentence before named.
        ("Designer Ritika Sehgal's lehengas sell for more. The 38-year-old said demand "
         "was strong.", "38-year-old", "Ritika Sehgal"),
        ("Olympique Lyonnais sacked coach Laurent Morvan on Monday. The 51-year-old, who "
         "arrived in the summer, left at once.", "51-year-old", "Laurent Morvan"),
        ("Drivers aged 17 to 20 pay the most.", "17 to 20", "Drivers"),
        ("Singer Kang Min Ho retired at 23, his agency said.", "23", "Kang Min Ho"),
    ],
)
def test_an_age_names_its_person_across_sentences_and_plurals(
    text: str, span: str, subject: str
) -> None:
    ages = [f for f in extract_figures(text) if f.kind == FigureKind.AGE]
    assert [(f.text, f.subject) for f in ages] == [(span, subject)]


def test_a_decade_and_a_century_are_durations_but_not_a_batsmans_hundred() -> None:
    found = [(f.text, f.kind, f.value, f.unit) for f in extract_figures(
        "The church has stood for nearly a century, and crime fell in a decade. She earns "
        "£30,000 a year. He scored a century off 90 balls."
    )]
    assert ("a century", FigureKind.DURATION, 1, "century") in found
    assert ("a decade", FigureKind.DURATION, 1, "decade") in found
    assert sum(1 for f in found if f[0] == "a century") == 1
    assert not any(f[0] == "a year" for f in found)


def test_an_age_limit_in_months_is_no_age() -> None:
    figs = extract_figures("Children under 18 months need two doses.")
    assert [(f.text, f.kind) for f in figs][:1] == [("18 months", FigureKind.DURATION)]


def test_cricket_one_day_format_is_no_duration() -> None:
    figs = extract_figures("His knock, his 11th one-day century, included seven sixes.")
    assert all(f.kind != FigureKind.DURATION for f in figs)
    strike = extract_figures("Nurses began a one-day strike on Monday.")
    assert [(f.text, f.kind) for f in strike] == [("one-day", FigureKind.DURATION)]


def test_a_docket_number_is_no_count() -> None:
    figs = extract_figures("The jury deliberated in case No. 4:21-cv-01187 for three hours.")
    assert all(f.value != 1187 for f in figs)
    hours = extract_figures("The game is built around a 15-to-20-hour main case.")
    assert ("20-hour", FigureKind.DURATION) in [(f.text, f.kind) for f in hours]


def test_race_distances_and_field_marks_in_metres() -> None:
    figs = extract_figures(
        "Kipchumba won a tactical 1500m at the athletics meeting, Wierzbicki cleared 5.75m, "
        "and Okonedo was third in the 60m behind Jamaica's Marlon Dacres."
    )
    got = [(f.text, f.value, f.unit) for f in figs]
    assert ("1500m", 1500, "metres") in got
    assert ("5.75m", 5.75, "metres") in got
    assert ("60m", 60, "metres") in got
    # Millions stay millions: "4.3m passengers", a fee of "5m".
    assert [f.value for f in extract_figures("The airline carried 4.3m passengers.")] == [4.3e6]
    # A height measured to the centimetre, a distance before its world record
    got = [(f.text, f.value, f.unit) for f in extract_figures("Lindqvist cleared 5.82m.")]
    assert got == [("5.82m", 5.82, "metres")]
    text = "Kipyegon cut 0.07 seconds off her own 1,500m world record."
    assert ("1,500m", 1500, "metres") in [(f.text, f.value, f.unit) for f in extract_figures(text)]
    assert [f.value for f in extract_figures("The firm cleared 2.45m of debt.")] == [2.45e6]


def test_a_counted_noun_is_never_on_the_next_line() -> None:
    figs = extract_figures("Total (for 8 wickets) 311\nExtras 11\nEngland first innings")
    assert all("\n" not in f.text for f in figs)


def test_a_second_subject_of_the_same_kind_takes_the_counted_noun() -> None:
    figures = extract_figures(
        "At least 111 people were killed and 200,000 left homeless. About 40 members voted "
        "for it and 12 voted against. The bank lent $5m and 300 borrowers were approved."
    )
    got = [(f.text, f.unit) for f in figures]
    assert ("200,000", "people") in got
    assert ("12", "members") in got
    assert ("300 borrowers", "borrowers") in got


def test_a_lead_in_a_poll_is_in_points_of_a_share_not_a_league_table() -> None:
    text = "A YouGov poll put Reform UK on 27 per cent, two points ahead of Labour."
    lead = [f for f in extract_figures(text) if f.text == "two points"]
    assert [(f.kind, f.unit, f.value) for f in lead] == [(FigureKind.PERCENT, "pp", 2.0)]
    fig = only("Chelsea are nine points clear at the top of the table.")
    assert (fig.kind, fig.unit) == (FigureKind.COUNT, "points")
    for text in (
        "Labour is on 41 per cent, 12 points ahead of the Conservatives on 29 per cent.",
        "Reform UK stands at 29 per cent, four points ahead of Labour, according to YouGov.",
    ):
        assert [f.unit for f in extract_figures(text) if "points" in f.text] == ["pp"]
    text = "The Lakers were 10 points ahead at half-time, shooting 58 percent from the field."
    lead = [f for f in extract_figures(text) if f.text == "10 points"]
    assert [(f.kind, f.unit) for f in lead] == [(FigureKind.COUNT, "points")]


def test_a_change_by_a_fraction_after_an_object_with_a_number() -> None:
    text = "Safaricom cut the price of 1GB of data by a third to KSh 66."
    got = [(f.text, f.unit) for f in extract_figures(text) if f.kind is FigureKind.PERCENT]
    assert got == [("a third", "fraction")]


def test_a_fraction_of_a_percentage_point_in_digits() -> None:
    fig = only("The unemployment rate rose by 0.8 of a percentage point.")
    assert (fig.text, fig.kind, fig.unit, fig.value) == (
        "0.8 of a percentage point", FigureKind.PERCENT, "pp", 0.8
    )


def test_a_part_of_a_named_whole_is_read_in_the_whole() -> None:
    text = "The poll gives the party 51 of Holyrood's 129 seats; 3 of the party’s 12 MPs rebelled."
    assert [f.text for f in extract_figures(text)] == ["129 seats", "12 MPs"]


def test_an_age_after_a_full_name_with_a_given_name_at_a_sentences_end() -> None:
    fig = only("The horse was ridden by Danny Kealy, 32.")
    assert (fig.kind, fig.subject) == (FigureKind.AGE, "Danny Kealy")
    assert only("The final was won by Manchester United, 32.").kind is FigureKind.COUNT
    assert only("Top scorer was Joe Root, 89.").kind is FigureKind.COUNT  # runs
    assert only("The top prize went to Margaret Hill, 84.").kind is FigureKind.AGE


def test_a_range_takes_the_scale_word_of_its_second_number() -> None:
    got = [(f.text, f.value, f.value_max) for f in extract_figures("It will cost Rs 2-3 lakh.")]
    assert got == [("Rs 2-3 lakh", 200_000, 300_000)]
    fig = only("The scheme could cost the exchequer Rs 2-3 lakh crore.")
    assert (fig.value, fig.value_max) == (2e12, 3e12)
    fig = only("Opening day could bring in Rs 6 to 7 crore.")
    assert (fig.value, fig.value_max) == (60_000_000, 70_000_000)


def test_a_change_in_a_share_on_an_earlier_year_is_in_points() -> None:
    text = "Turnout was 61.8 per cent, down 4.2 points on 2019."
    change = [f for f in extract_figures(text) if f.text == "4.2 points"]
    assert [(f.kind, f.unit) for f in change] == [(FigureKind.PERCENT, "pp")]


def test_a_race_time_in_prose_is_a_duration_in_seconds_but_not_in_a_table() -> None:
    text = (
        "Chepkoech won the 1,500m in 3:58.12, while Kiprono took the 10,000m in "
        "27min 14.66sec. The train left at 3:58.\n\n"
        "Men's 800m: 1. Emmanuel Wanyonyi (KDF) 1:43.20; 2. Kelvin Loti (KDF) 1:44.06"
    )
    got = [(f.text, f.value) for f in extract_figures(text) if f.kind is FigureKind.DURATION]
    assert got == [("3:58.12", pytest.approx(238.12)), ("27min 14.66sec", pytest.approx(1634.66))]


def test_a_dateline_month_in_capitals_is_a_date() -> None:
    got = [(f.text, f.kind) for f in extract_figures("HYDERABAD, AUGUST 14. The Assembly met.")]
    assert got == [("AUGUST 14", FigureKind.DATE)]
    got = [f.text for f in extract_figures("NINE MONTHS TO SEPT 30 (million crowns)")]
    assert got[-1:] == ["SEPT 30"]
    # A headline in capitals goes on after the number: no date.
    got = [(f.text, f.kind) for f in extract_figures("VETERANS MARCH 30 MILES FOR CHARITY")]
    assert got == [("30 MILES", FigureKind.COUNT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake killed 2,946 people, with 5,674 injured.",
            [("2,946 people", "people"), ("5,674 injured", "injured")],
        ),
        ("Four were killed and at least 12 wounded.", [("12 wounded", "wounded")]),
        ("A magnitude 6.8 earthquake struck the Atlas.", [("6.8", "magnitude")]),
        ("In Dubai, shares climbed 14 fils to Dh7.46.", [("14 fils", "AED"), ("Dh7.46", "AED")]),
        # Kuwait's fils are thousandths of a dinar, not a dirham's hundredths.
        ("Kuwait's shares rose 12 fils on Sunday.", [("12 fils", "KWD")]),
        ("Drivers can appeal by calling 01632 960812.", []),
    ],
)
def test_tolls_magnitudes_fils_and_phone_numbers(text: str, expected: list) -> None:
    assert [(f.text, f.unit) for f in extract_figures(text)] == expected


def test_a_season_or_a_range_after_calling_is_no_phone_number() -> None:
    assert [f.text for f in extract_figures("Fans are calling 2023-24 the worst season.")] == [
        "2023-24"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 4 000 vendors had been relocated.", [("4 000 vendors", 4000.0)]),
        ("The clerk was fined R50 000 on Monday.", [("R50 000", 50000.0)]),
        ("Rent is now R1 234.50 a month.", [("R1 234.50", 1234.5)]),
        ("She won the 1 500m in Durban.", [("1 500m", 1500.0)]),
    ],
)
def test_thousands_grouped_by_a_space(text: str, expected: list) -> None:
    assert [(f.text, f.value) for f in extract_figures(text)] == expected
    # A number after another is no group of it.
    figures = extract_figures("Call the press office on 01340 555 210.")
    assert "555 210" not in [f.text for f in figures]


def test_the_n_year_old_after_an_opening_phrase_is_who_the_last_sentence_was_about() -> None:
    text = (
        "Chief executive Rachel Danvers-Hale said it had been a year of delivery. On the "
        "job cuts, the 52-year-old was more subdued."
    )
    (age,) = extract_figures(text)
    assert (age.text, age.subject) == ("52-year-old", "Rachel Danvers-Hale")


def test_the_n_year_old_after_a_quotation_is_whoever_the_quotation_was_introduced_with() -> None:
    text = (
        'Chief executive Rachel Danvers-Hale said: "This has been a year of delivery. We '
        'kept costs flat."\n\nOn the job cuts, the 52-year-old was more subdued.'
    )
    (age,) = extract_figures(text)
    assert (age.text, age.subject) == ("52-year-old", "Rachel Danvers-Hale")


def test_a_batters_runs_off_balls_and_an_innings_after_at_or_before_against() -> None:
    text = "Gill struck 126 runs off 112 balls as India posted 349 for eight against Kenya."
    assert [(f.text, f.unit) for f in extract_figures(text)] == [
        ("126 runs", "runs"),
        ("112 balls", "balls"),
    ]
    text = "Lahore were wobbling at 92 for four before Raza hit out."
    assert extract_figures(text) == []
    assert extract_figures("Route 66 runs through the town.") == []


def test_an_age_beside_a_hyphenated_given_name() -> None:
    text = "Property agent Chan Ka-wai, 27, was fined on Thursday."
    (age,) = [f for f in extract_figures(text) if f.kind == FigureKind.AGE]
    assert age.subject == "Chan Ka-wai"
    figures = extract_figures("A Smith-led panel, 12, met.")
    assert [f.kind for f in figures] != [FigureKind.AGE]


def test_a_surname_whose_age_is_given_is_the_full_name_the_article_gave() -> None:
    text = (
        "The Chiefs signed defensive tackle Marcus Hill to a new deal. Hill, 28, who wears "
        "No. 95, recorded 10.5 sacks last season."
    )
    (age,) = [f for f in extract_figures(text) if f.kind == FigureKind.AGE]
    assert age.subject == "Marcus Hill"
    # The owner's description stays out, and a firm of the same name is passed over.
    text = (
        "Ousted Prime Minister Edward Seaga spoke. Seaga, 67, was defiant.\n\n"
        "She set up Calloway Marsh with her colleague Peter Marsh. Later Calloway Marsh "
        "grew. Marsh, 61, plans to step back."
    )
    ages = [f.subject for f in extract_figures(text) if f.kind == FigureKind.AGE]
    assert ages == ["Edward Seaga", "Peter Marsh"]


def test_a_run_chases_target_is_a_score() -> None:
    text = "The visitors, chasing a target of 350, were bowled out in the final over."
    assert extract_figures(text) == []
    assert [f.text for f in extract_figures("The council set a target of 350 homes.")] == [
        "350 homes"
    ]
    assert extract_figures("It has set a target of 350,000 for 2025.")[0].value == 350_000


def test_a_quarter_point_move_without_an_article() -> None:
    point, rate = extract_figures("The ECB's quarter-point rise to 2.25% surprised no one.")
    assert (point.text, point.value, point.unit) == ("quarter-point", 0.25, "pp")
    assert rate.text == "2.25%"
    assert extract_figures("In the quarter, sales rose 5%.")[0].text == "5%"


def test_obituaries_plurals_in_children_and_men() -> None:
    text = "She is survived by 11 grandchildren and two great-grandchildren; 40 firemen came."
    assert [(f.text, f.unit) for f in extract_figures(text)] == [
        ("11 grandchildren", "grandchildren"),
        ("two great-grandchildren", "great-grandchildren"),
        ("40 firemen", "firemen"),
    ]
    assert extract_figures("He gave 2 specimens.")[0].unit == "specimens"


def test_wire_copys_quarter_and_a_move_in_pence_before_its_level() -> None:
    (quarter, *_) = extract_figures("Halvorsen Industries Inc 4th qtr Shr 45 cts vs 38 cts.")
    assert (quarter.text, quarter.kind) == ("4th qtr", FigureKind.DATE)
    assert [f.text for f in extract_figures("Shares fell 14p to 186.5p.")] == ["14p", "186.5p"]


def test_a_childs_age_after_a_full_name_and_a_name_right_after_its_description() -> None:
    (age,) = extract_figures("Emma Lindqvist, 12, of Dover Township won the ribbon.")
    assert (age.kind, age.subject) == (FigureKind.AGE, "Emma Lindqvist")
    # A team's record after its name is no age.
    assert [f.kind for f in extract_figures("The Chicago Bears, 7-9, lost again.")] != [
        FigureKind.AGE
    ]
    (age,) = extract_figures("Keane's side won, with the 28-year-old striker Dean Morrow scoring.")
    assert age.subject == "Dean Morrow"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A given name of a relative is not the surname of someone named before.
        (
            "Head teacher Sarah Thomas spoke. Parent Mark Evans said his son Thomas, 16, "
            "had been upset.",
            "Thomas",
        ),
        (
            "Detective Inspector Paul Morgan led the inquiry. The victim's daughter, "
            "Morgan, 19, found her body.",
            "Morgan",
        ),
        # Two full names end in the surname: either could be meant.
        (
            "Mark Evans was charged last week. His brother Paul Evans was also arrested. "
            "Evans, 41, denies the charges.",
            None,
        ),
        # A place is no full name.
        (
            "The shooting happened in Bethnal Green. Police named the victim as Mr Green. "
            "Green, 31, died at the scene.",
            None,
        ),
    ],
)
def test_the_outside_reviews_ages(text: str, subject: str | None) -> None:
    (age,) = [f for f in extract_figures(text) if f.kind == FigureKind.AGE]
    assert age.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Titles won: Lewis Hamilton, 7, Michael Schumacher, 7, Sebastian Vettel, 4.",
        "The shop is at George Street, 14, next to the bank.",
    ],
)
def test_lists_and_streets_after_a_name_are_no_childs_age(text: str) -> None:
    assert FigureKind.AGE not in [f.kind for f in extract_figures(text)]


def test_the_outside_reviews_wire_and_cricket_cases() -> None:
    assert [f.text for f in extract_figures("The government set a target of 300 in March.")] == [
        "300"
    ]
    assert [f.text for f in extract_figures("Tickets are priced at 20 for two.")] == ["20"]
    assert [f.kind for f in extract_figures("She bought a 2.5 cts diamond ring.")] != [
        FigureKind.MONEY
    ]
    assert extract_figures("Div 1 champions Ballymena drew 1-1.") == []
    net = extract_figures("Net 18.6 mln dlrs vs 15.2 mln dlrs.")
    assert [f.unit for f in net] == ["USD", "USD"]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("A 6.1-magnitude earthquake struck before dawn.", "6.1-magnitude", "magnitude"),
        ("The probe returned a 121-gram sample of dust.", "121-gram", "grams"),
        ("The number of measles cases rose to 2,911 last year.", "2,911", "measles cases"),
        ("A survey tracked 5,230 species of mammals and birds.", "5,230 species", "species"),
    ],
)
def test_measures_and_counted_nouns(text: str, span: str, unit: str) -> None:
    found = [(f.text, f.unit) for f in extract_figures(text) if f.kind == FigureKind.COUNT]
    assert found == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Measles cases in England rose to 2,911 this year.", "cases"),
        ("Tourist arrivals to Sri Lanka crossed 2 million for the first time.", "arrivals"),
        ("Admissions in the UK reached 171 million.", "admissions"),
        # Not a common noun, not a measure, not a team's score
        ("Daiwa Securities fell 42 to 545.", None),
        ("Those waiting more than nine months dropped to 4,100.", None),
        ("The hosts slipped to 96 before lunch.", None),
        ("Temperatures hit 41 on Sunday.", None),
    ],
)
def test_a_bare_count_takes_its_subjects_noun(text: str, unit: str | None) -> None:
    counts = [f for f in extract_figures(text) if f.kind == FigureKind.COUNT]
    assert [f.unit for f in counts][-1:] == [unit]


def test_a_pairs_currency_comes_before_the_subjects_noun() -> None:
    text = "Ericsson said orders rose to 39.2 billion from 32.5 billion crowns a year earlier."
    found = [(f.text, f.kind, f.unit) for f in extract_figures(text)]
    assert found[0] == ("39.2 billion", FigureKind.MONEY, "SEK")


@pytest.mark.parametrize(
    "text",
    ["Police urged the public to report scams by calling 901.", "Dialling 999, she waited."],
)
def test_a_service_number_called_is_no_count(text: str) -> None:
    assert extract_figures(text) == []


def labels(text: str) -> dict[str, str]:
    return {f.text: f.label for f in extract_figures(text)}


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("Remittances rose 27 per cent year on year to $3.05 billion.", "$3.05 billion",
         "Remittances"),
        ("Sydney's median house price rose 1.1% in March to A$1.47 million.", "A$1.47 million",
         "Sydney's median house price"),
        ("The national living wage will rise by £1.02 to £12.21 an hour in April.", "£12.21",
         "national living wage"),
        ("The average UK house price rose £4,100, or 1.4%, to £298,083 in the year to "
         "October.", "£298,083", "average UK house price"),
    ],
)  # fmt: skip
def test_a_level_after_a_move_reads_under_what_moved(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


def test_a_level_after_another_clause_keeps_its_own_subject() -> None:
    got = labels("Sales were up 5.2 per cent, while turnout rose to 76.6 per cent.")
    assert got["76.6 per cent"] == "turnout"


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("Gulf Skyfreight has signed a QR1.4bn deal to lease four freighters.", "QR1.4bn",
         "deal"),
        ("Pune-based Vardhaman Agro's ₹1,250-crore IPO was oversubscribed.", "₹1,250-crore",
         "IPO"),
        ("The government announced a ₹1.5 lakh crore package for farmers.", "₹1.5 lakh crore",
         "package"),
    ],
)  # fmt: skip
def test_the_noun_an_amount_describes_labels_it(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("A Dubai court sentenced a 34-year-old Asian man to three years.", "Asian man"),
        ("A 40-year-old Nigerian national was held at the airport.", "Nigerian national"),
        ("The 30-year-old Nigerian scored twice.", "Nigerian"),
    ],
)
def test_a_peoples_name_before_a_person_noun_describes_it(text: str, subject: str) -> None:
    ages = [f for f in extract_figures(text) if f.kind == FigureKind.AGE]
    assert [f.subject for f in ages] == [subject]


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("The poll has a margin of error of plus or minus 2.2 percentage points.",
         "2.2 percentage points", FigureKind.PERCENT, 2.2, "pp"),
        ("It fell to minus 3.2 percent.", "minus 3.2 percent", FigureKind.PERCENT, -3.2, "%"),
        ("Officials found 11 uncounted mail-in ballots.", "11 uncounted mail-in ballots",
         FigureKind.COUNT, 11, "mail-in ballots"),
        ("He built it from a 40-man repair yard.", "40-man", FigureKind.COUNT, 40, "men"),
        ("It cut its interim dividend to 48 HK cents a share.", "48 HK cents",
         FigureKind.MONEY, 0.48, "HKD"),
        ("She came second, a swing of 14 points from Labour.", "14 points", FigureKind.PERCENT,
         14, "pp"),
        ("Plaid Cymru, whose share rose by 11 points, came third.", "11 points",
         FigureKind.PERCENT, 11, "pp"),
        ("The team won by 11 points.", "11 points", FigureKind.COUNT, 11, "points"),
    ],
)  # fmt: skip
def test_spreads_compounds_minor_units_and_vote_points(
    text: str, span: str, kind: FigureKind, value: float, unit: str
) -> None:
    assert [(f.text, f.kind, round(f.value, 6), f.unit) for f in extract_figures(text)] == [
        (span, kind, value, unit)
    ]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Lee Seo-yeon was 27 when she founded the brand.", "27"),
        ("Now 41, she controls a company valued at 1.6 trillion won.", "41"),
        ("Still working at 81, Giuseppe Lanza has cut suits since 1962.", "81"),
    ],
)
def test_an_age_said_plainly_beside_a_person(text: str, age: str) -> None:
    assert [f.text for f in extract_figures(text) if f.kind == FigureKind.AGE] == [age]


@pytest.mark.parametrize(
    "text", ["Closing at 45, Shell shares rose.", "Now 45, Reuters said, the index was flat."]
)
def test_a_number_beside_a_company_is_no_age(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind == FigureKind.AGE] == []


def test_what_a_company_owns_is_counted_not_priced_by_the_currency_after_it() -> None:
    text = (
        "Kitamura Trading will buy back up to 50 million of its own shares, or 3.4% of "
        "those outstanding, for as much as ¥200 billion by the end of fiscal 2025."
    )
    first = extract_figures(text)[0]
    assert (first.text, first.kind, first.unit) == ("50 million", FigureKind.COUNT, "shares")


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("Polling at 45, Kamala Harris leads in Pennsylvania.", FigureKind.COUNT, None),
        ("The All Share index rose by 120 points.", FigureKind.COUNT, "points"),
        ("Average weekly wages rose to 650.", FigureKind.COUNT, None),
        ("Wolves climbed to 40 after the win.", FigureKind.COUNT, None),
    ],
)
def test_what_this_stops_age_point_and_subject_rules_leave_alone(
    text: str, kind: FigureKind, unit: str | None
) -> None:
    first = extract_figures(text)[0]
    assert (first.kind, first.unit) == (kind, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The plant has an RO 10 million-litre capacity.",
        "Bangladesh's BD 1.5 million migrant workers sent money home.",
    ],
)
def test_gulf_letters_before_a_count_are_no_money(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind == FigureKind.MONEY] == []


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("The £5m raised by the appeal was spent on roofs.", "£5m", "raised by the appeal"),
        ("Drivers in the zone will face a £50 fixed penalty.", "£50", "fixed penalty"),
        ("Fiat shares gained 2% to 5,420 lire in Milan.", "5,420 lire", "Fiat shares"),
    ],
)
def test_labels_of_verbs_and_of_moves(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


def test_a_verbs_plural_form_after_in_and_a_number_is_what_is_counted() -> None:
    got = [(f.text, f.unit) for f in extract_figures("It was his first title in 187 starts.")]
    assert got == [("187 starts", "starts")]
    # Not after "over" an age: "pensioners over 67 rises" is a verb.
    text = "The subsidy for pensioners over 67 rises."
    assert [f.unit for f in extract_figures(text)] == [None]


def test_the_object_of_a_verb_that_lifts_a_total_says_what_is_counted() -> None:
    text = "Kora will invest $1.2bn, lifting subscribers to 60 million by 2027."
    got = [(f.text, f.kind, f.unit) for f in extract_figures(text) if f.text == "60 million"]
    assert got == [("60 million", FigureKind.COUNT, "subscribers")]


def test_an_american_address_with_a_direction_is_no_figure() -> None:
    text = "He fired shots outside a store at 4100 S. Peoria Ave. around 11:30 p.m."
    assert extract_figures(text) == []


def test_a_number_of_its_things_counts_them_but_a_part_of_a_whole_is_no_count() -> None:
    got = [(f.text, f.unit) for f in extract_figures("Coastal grounded 14 of its Boeing 727 jets.")]
    assert got == [("14", "jets")]
    got = [(f.text, f.unit) for f in extract_figures("She has won 3 of her last 10 races.")]
    assert got == [("10 races", "races")]


def test_up_from_reaches_further_back_for_its_pairs_unit() -> None:
    text = (
        "Nearly half a million people were given food parcels by the charity Harvest "
        "Table last year, up from 61,000 in 2005."
    )
    got = {f.text: f.unit for f in extract_figures(text)}
    assert got["61,000"] == "people"


def test_a_court_or_a_highway_in_a_counted_noun_is_no_street() -> None:
    got = [(f.text, f.unit) for f in extract_figures("All 9 Supreme Court justices heard it.")]
    assert got == [("9 Supreme Court justices", "Supreme Court justices")]


def test_a_money_noun_raised_to_a_total_keeps_the_currency() -> None:
    text = "Toyota, which earned 1.2 trillion yen last year, raised its estimates to 1.5 trillion."
    got = [(f.text, f.unit) for f in extract_figures(text)]
    assert got[-1] == ("1.5 trillion", "JPY")


def test_a_marathon_time_with_hours_and_a_time_in_sec_are_durations() -> None:
    text = (
        "Chepkoech won in 2hr 16min 42sec and Kiprop finished in 2:08:15. Whitlock swam "
        "56.71sec in the heats; the flight took 3hr."
    )
    got = [(f.text, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("2hr 16min 42sec", 8202, "second"),
        ("2:08:15", 7695, "second"),
        ("56.71sec", pytest.approx(56.71), "second"),
        ("3hr", 3, "hour"),
    ]


def test_basis_points_are_a_percent_in_bp() -> None:
    got = [(f.text, f.kind, f.value, f.unit) for f in extract_figures(
        "The bank raised its repo rate by 25 basis points to 6.5 per cent."
    )]
    assert got[0] == ("25 basis points", FigureKind.PERCENT, 25, "bp")
    assert format_figure(extract_figures("Spreads widened 40 basis points.")[0]).startswith(
        "40 bp"
    )


def test_ranged_from_x_to_y_is_one_range_but_rose_from_is_two() -> None:
    ranged = extract_figures("The benefit ranged from 15 to 31 per cent depending on dose.")
    assert [(f.text, f.value, f.value_max) for f in ranged] == [("15 to 31 per cent", 15, 31)]
    rose = extract_figures("Prices rose from 15 to 31 per cent.")
    assert [f.text for f in rose] == ["15", "31 per cent"]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # the subject of a total's verb, past the change before the level
        ("But car thefts rose by a quarter, to 1,140, police said.", "1,140", "thefts"),
        # a count's share between it and its pair
        (
            "Ochieng won 6,845,210 votes, or 54.3 per cent, against 5,102,447 for his rival.",
            "5,102,447",
            "votes",
        ),
        # another's estimate of the count just given
        (
            "Half a million people marched on Saturday, organisers said, although police "
            "put the figure at closer to 200,000.",
            "200,000",
            "people",
        ),
    ],
)
def test_a_bare_count_takes_the_noun_its_sentence_counts(text: str, span: str, unit: str) -> None:
    got = {f.text: f.unit for f in extract_figures(text)}
    assert got[span] == unit


def test_an_estimate_in_another_sentence_keeps_no_unit() -> None:
    text = "Organisers said 80,000 fans attended. Police put the number at 50,000."
    got = {f.text: f.unit for f in extract_figures(text)}
    assert got["50,000"] is None


def test_time_units_in_capitals_are_other_words() -> None:
    got = [(f.text, f.kind) for f in extract_figures("The company made 3 SEC filings last year.")]
    assert got == [("3 SEC filings", FigureKind.COUNT)]
    got = [(f.text, f.kind) for f in extract_figures("The division employs 40 HR staff.")]
    assert got == [("40 HR staff", FigureKind.COUNT)]
    assert extract_figures("He was charged under Sec 302 of the Penal Code.") == []


def test_hours_and_minutes_are_one_duration_but_a_clock_is_none() -> None:
    text = "The winner took 2hr 5min, and the runner-up 2hr 6min 10sec."
    got = [(f.text, f.value) for f in extract_figures(text)]
    assert got == [("2hr 5min", 7500), ("2hr 6min 10sec", 7570)]
    assert extract_figures("The show began in 3:00:00 pm.") == []
    assert extract_figures("He was seen entering the shop in 0:14:59.") == []


def test_basis_points_in_their_other_spellings_and_a_pairs_second() -> None:
    got = [(f.text, f.value, f.unit) for f in extract_figures(
        "The bank announced a 25-basis-point hike; spreads tightened 30bp. The margin "
        "fell to 120 basis points from 150. BP shares rose 30 pence."
    )]
    assert got[:4] == [
        ("25-basis-point", 25, "bp"),
        ("30bp", 30, "bp"),
        ("120 basis points", 120, "bp"),
        ("150", 150, "bp"),
    ]


def test_a_range_joins_no_two_currencies() -> None:
    got = [(f.text, f.unit) for f in extract_figures("Prices ranged from $5 to 20 euros.")]
    assert got == [("$5", "USD"), ("20 euros", "EUR")]


def test_a_toll_or_their_number_is_no_estimate_of_the_count_before() -> None:
    text = (
        "The fire destroyed 120 homes, and officials put the toll at 35. The army "
        "deployed 5,000 troops, while rebels put their number at 800."
    )
    got = {f.text: f.unit for f in extract_figures(text)}
    assert got["35"] is None
    assert got["800"] is None


def test_an_hours_time_in_colons_needs_a_race_and_a_bps_count_a_rate() -> None:
    assert extract_figures("The first explosion was recorded in 5:12:44 of the footage.") == []
    assert extract_figures("The meeting began at 9:30:00 sharp.") == []
    got = [(f.text, f.value) for f in extract_figures("She was timed at 2:21:30 in Chicago.")]
    assert got == [("2:21:30", 8490)]
    got = [(f.text, f.unit) for f in extract_figures("Spreads widened 12 basis points to 145.")]
    assert got == [("12 basis points", "bp"), ("145", "bp")]
    assert [f.unit for f in extract_figures("A 9600 bps modem was standard.")] == [None]


def test_a_level_of_what_a_subject_measures_is_no_count_of_its_things() -> None:
    cost = extract_figures("The cost of tickets rose by a fifth, to 60.")[-1]
    assert (cost.text, cost.unit) == ("60", None)
    number = extract_figures("The number of tickets rose by a fifth, to 60.")[-1]
    assert (number.text, number.unit) == ("60", "tickets")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move by an amount with the sign only on the level
        (
            "House prices rose 3,000 to £285,000.",
            [("3,000", 3000, None), ("£285,000", 285000, None)],
        ),
        # a range with the sign only on its second end
        ("Tickets will cost between 25 and $40.", [("25 and $40", 25, 40)]),
    ],
)
def test_the_sign_on_the_second_amount_goes_to_the_first(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    money = [f for f in extract_figures(text) if f.kind is FigureKind.MONEY]
    assert [(f.text, f.value, f.value_max) for f in money] == expected


@pytest.mark.parametrize(
    "text",
    [
        "She said trading began at nine.",
        "The concert began at eight, and Adele sang for two hours.",
        "The meeting began at 10 and Smith spoke first.",
        "Mr Smith joined the company at one.",
        "Sexton started at ten, with Murray at nine.",
        "Voting started at eight and the computer system crashed.",
    ],
)
def test_a_time_after_at_is_no_age(text: str) -> None:
    assert all(f.kind is not FigureKind.AGE for f in extract_figures(text))


def test_a_million_in_words_after_to_only_after_a_verb_of_totals() -> None:
    assert extract_figures("The house is worth close to a million.") == []
    assert only("Sales rose to three million.").value == 3_000_000


def test_lengths_in_two_paragraphs_or_before_ago_stay_apart() -> None:
    spans = [f.text for f in extract_figures("It took three years\n\nSix months later, it shut.")]
    assert spans == ["three years", "Six months"]
    spans = [f.text for f in extract_figures("They traded for 10 years and 6 months ago.")]
    assert spans == ["10 years", "6 months"]


def test_a_length_in_three_units_is_one_duration() -> None:
    fig = only("The final lasted 2 hours 30 minutes and 15 seconds.")
    assert (fig.text, fig.value, fig.unit) == (
        "2 hours 30 minutes and 15 seconds", 150.25, "minute",
    )  # fmt: skip


def test_a_number_after_code_labels_a_listing() -> None:
    assert extract_figures("Trading under the stock code 2891 begins on Thursday.") == []


def test_a_benchmark_rate_is_no_index_and_a_quarter_point_is_a_change() -> None:
    figs = extract_figures(
        "Banxico cut its benchmark rate by a quarter point to 7.75%, and the peso weakened "
        "to 19.42 per dollar."
    )
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("a quarter point", 0.25, "pp"),
        ("7.75%", 7.75, "%"),
        ("19.42", 19.42, "MXN"),
    ]


@pytest.mark.parametrize(
    ("text", "age", "subject"),
    [
        ("Most of the survivors were aged over 60.", 60, "survivors"),
        ("Schools will admit pupils aged under 11.", 11, "pupils"),
        ("Of 388 suspects, the youngest was 13.", 13, None),
        ("A borrower from Lodz, Tomasz K., 44, will get his money back.", 44, "Tomasz K."),
    ],
)
def test_ages_after_a_limit_a_superlative_or_an_initialled_name(
    text: str, age: int, subject: str | None
) -> None:
    ages = [f for f in extract_figures(text) if f.kind is FigureKind.AGE]
    assert [f.value for f in ages] == [age]
    if subject is not None:
        assert ages[0].subject == subject


def test_a_bare_sum_named_by_its_noun_takes_the_sentences_currency() -> None:
    figs = extract_figures(
        "Profit rose to 5.01 billion crowns from 4.52 billion, on sales up 7 pct at 86.2 "
        "billion. The telethon raised 112.6 million kroner, beating last year's total of "
        "98.4 million."
    )
    money = [(f.text, f.unit) for f in figs if f.kind is FigureKind.MONEY]
    assert ("86.2 billion", "SEK") in money and ("98.4 million", "NOK") in money
    # No money in the sentence: the count stays a count.
    assert only("Sales reached a total of 3 million.").kind is FigureKind.COUNT


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("1,673,230 pilgrims came, 1.5 million of them from abroad.", "1.5 million", "pilgrims"),
        ("A record 931 patients waited, including 121 at Limerick.", "121", "patients"),
        # the part goes to a whole that can hold it, not the nearer count of regions
        ("It downed 221 drones over 14 regions, including 43 over Ryazan.", "43", "drones"),
        ("At least 43 people were killed and 210 injured.", "210", "people"),
        # a toll in two units keeps both: "71 killed and 204 wounded"
        ("The regiment lost 71 killed and 204 wounded.", "204 wounded", "wounded"),
    ],
)
def test_a_part_of_a_count_takes_its_noun(text: str, number: str, unit: str) -> None:
    counts = {f.text: f.unit for f in extract_figures(text) if f.kind is FigureKind.COUNT}
    assert counts[number] == unit


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        # no noun before the toll's first number to take: the second keeps its own
        ("Police said 6 were killed and 20 injured in the fire.", "20 injured", "injured"),
        ("Dead and 12 injured after a bus crashed near Galway.", "12 injured", "injured"),
        ("Four soldiers were killed and 11 wounded, it said.", "11", "soldiers"),
    ],
)
def test_a_tolls_second_number_takes_the_first_ones_noun_only_when_it_has_one(
    text: str, number: str, unit: str
) -> None:
    counts = {f.text: f.unit for f in extract_figures(text) if f.kind is FigureKind.COUNT}
    assert counts[number] == unit


def test_a_headline_ending_in_a_casualty_count_reads() -> None:
    assert [f.text for f in extract_figures("Two were killed and 5 injured")] == ["5 injured"]


@pytest.mark.parametrize(
    "text",
    [
        "Vehicle sales were 2.5 million last year, and the industry earned $40 billion.",
        "The recession cost $2 trillion and job losses were 1.5 million.",
        "Under the code 40 firms were fined last year.",
        "At the quarter point of the season, the Bulls were 12-8.",
        "The gymnast missed out on bronze by a quarter point.",
        "Scores: Emma T., 21, Lucy P., 18, Hannah R., 15.",
    ],
)
def test_this_stops_rules_leave_counts_and_scores_alone(text: str) -> None:
    kinds = {f.kind for f in extract_figures(text) if not f.text.startswith("$")}
    assert kinds <= {FigureKind.COUNT}


def test_the_youngest_or_oldest_person_of_a_group_has_an_age() -> None:
    fig = only("The youngest victim in the village is 34.")
    assert (fig.kind, fig.value) == (FigureKind.AGE, 34)
    assert only("The oldest of the stations is 12.").kind is FigureKind.COUNT


def test_odds_written_in_digits_are_a_fraction_but_a_rank_is_not() -> None:
    fig = only("The odds of winning the jackpot are 1 in 20 million.")
    assert (fig.kind, fig.value, fig.unit) == (FigureKind.PERCENT, 1 / 20_000_000, "fraction")
    figs = extract_figures("The app was ranked No. 1 in 2,000 schools.")
    assert [(f.text, f.unit) for f in figs] == [("2,000 schools", "schools")]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Abebe Deresa won the Tokyo Marathon in 2:02:16 on Sunday.", 7336),
        ("Kenta Morishita was 11th in 2:06:44.", 7604),
    ],
)
def test_a_marathon_time_after_in_where_a_race_was_run(text: str, seconds: int) -> None:
    fig = only(text)
    assert (fig.kind, fig.value, fig.unit) == (FigureKind.DURATION, seconds, "second")


def test_a_clock_reading_after_in_stays_no_race_time() -> None:
    assert extract_figures("The clip was recorded in 5:12:44 of the footage.") == []


def test_a_container_ships_size_in_teu() -> None:
    fig = only("Ships of up to 24,000 TEU will be able to dock.")
    assert (fig.text, fig.unit) == ("24,000 TEU", "TEU")


def test_a_scaled_amount_of_won_after_a_determiner_is_money() -> None:
    fig = only("Korean Air completed its 1.8 trillion won takeover of Asiana Airlines.")
    assert (fig.kind, fig.unit) == (FigureKind.MONEY, "KRW")


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("66,000 migrants reached Italy, down from about 152,000 a year earlier.",
         "152,000", "migrants"),
        ("About 495,000 applicants sat the exam, some 4,000 fewer than last year.",
         "4,000", "applicants"),
        ("The airport handled 71.6 million passengers, surpassing its 2019 peak of 71.2 million.",
         "71.2 million", "passengers"),
    ],
)  # fmt: skip
def test_a_hedged_or_peak_or_fewer_than_number_takes_its_pairs_noun(
    text: str, number: str, unit: str
) -> None:
    counts = {f.text: f.unit for f in extract_figures(text) if f.kind is FigureKind.COUNT}
    assert counts[number] == unit


def test_a_nigerian_city_names_the_naira() -> None:
    fig = only("In Maiduguri, the government has approved N3bn in relief.")
    assert (fig.kind, fig.unit) == (FigureKind.MONEY, "NGN")


@pytest.mark.parametrize(
    "text",
    [
        "The NHS spent £1bn on agency staff, while 1.2 million more than in 2019 are waiting.",
        "Season tickets cost £800, and 2,000 more than last season have been sold.",
        "Shares rose 3% on Monday, hitting a record high of 98 before falling.",
        "Pupils sat tests at Key Stage 1 in 16,000 schools last year.",
    ],
)
def test_the_reviews_numbers_stay_counts(text: str) -> None:
    figs = [
        f
        for f in extract_figures(text)
        if not f.text.startswith(("£", "3%")) and f.kind is not FigureKind.DATE
    ]
    assert figs and all(f.kind is FigureKind.COUNT for f in figs)


def test_a_description_after_a_bodys_sentence_is_no_age_of_the_body() -> None:
    ages = [
        f
        for f in extract_figures(
            "Callum Reid made 131 on Friday. Cricket Australia said the attendance was "
            "71,482. Asked about his place in the side, the 34-year-old was candid."
        )
        if f.kind is FigureKind.AGE
    ]
    assert [(f.value, f.subject) for f in ages] == [(34, None)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The positivity rate rose 1.4pp to 9.8%.", "1.4pp", 1.4, "pp"),
        ("Labour's lead fell 3 ppts in a week.", "3 ppts", 3, "pp"),
    ],
)
def test_percentage_points_abbreviated(text: str, span: str, value: float, unit: str) -> None:
    figure = extract_figures(text)[0]
    assert (figure.text, figure.kind, figure.value, figure.unit) == (
        span,
        FigureKind.PERCENT,
        value,
        unit,
    )


def test_a_books_pages_are_no_percentage_points() -> None:
    assert all(f.unit != "pp" for f in extract_figures("The 320pp book costs £20."))


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("A metro ticket in Paris will cost 2,50 € from January.", "2,50 €", 2.5, "EUR"),
        ("Equinor will spend 90 bn NOK developing the field.", "90 bn NOK", 9e10, "NOK"),
        (
            "Ho Chi Minh City will spend 2,600 billion dong clearing land for the road.",
            "2,600 billion dong",
            2.6e12,
            "VND",
        ),
    ],
)
def test_money_before_a_clause_or_with_a_decimal_comma(
    text: str, span: str, value: float, unit: str
) -> None:
    money = [f for f in extract_figures(text) if f.kind is FigureKind.MONEY]
    assert [(f.text, f.value, f.unit) for f in money] == [(span, value, unit)]


def test_a_scaled_everyday_word_before_a_clause_is_still_no_money_without_its_country() -> None:
    assert not [
        f
        for f in extract_figures("The firm will spend 2 billion won building a plant.")
        if f.kind is FigureKind.MONEY
    ]


def test_rooms_of_a_home_named_by_its_kind_are_no_count() -> None:
    text = "A four-room HDB flat resold for S$1.5 million. A three-bed council house costs more."
    assert [f.kind for f in extract_figures(text)] == [FigureKind.MONEY]
    assert extract_figures("They opened a 4-bed ward.")[0].unit == "beds"


@pytest.mark.parametrize(
    "text",
    [
        "The EPA set a limit of 4 ppt for PFOA, and tests found 70 ppt.",
        "The paper will publish a 32pp supplement and a 16pp guide.",
    ],
)
def test_parts_per_trillion_and_pages_are_no_percentage_points(text: str) -> None:
    assert all(f.unit != "pp" for f in extract_figures(text))


@pytest.mark.parametrize("text", ["He scored FY 20 points.", "The Rbs 2 bond deal closed."])
def test_fiscal_letters_before_a_small_spaced_number_and_a_bond_series_are_no_figure(
    text: str,
) -> None:
    assert all(f.kind is not FigureKind.MONEY and f.unit != 2020 for f in extract_figures(text))
    assert all(not (f.kind is FigureKind.DATE and f.value == 2020) for f in extract_figures(text))


def test_a_results_lines_votes_count_no_candidates_name() -> None:
    text = "Result: Harjit Dhaliwal (Lab) 11,206 James Sleaford (Con) 4,623 Rosie Field (Green) 905"
    assert [(f.text, f.unit) for f in extract_figures(text)] == [
        ("11,206", None), ("4,623", None), ("905", None)]
    assert only("They played 31 La Liga games.").unit == "La Liga games"


def test_a_multiple_is_no_figure() -> None:
    # As most of the cases write them: "three times the average", "doubled" say how
    # a figure moved, not one of their own.
    for text in ("Rents are 10 times the national average.", "Fuel prices doubled in a day."):
        assert extract_figures(text) == []
    # A price as a multiple of what it buys: "16 times earnings", "2.3 times book value".
    for text in (
        "The shares trade at about 16 times earnings.",
        "The deal values the firm at roughly 17 times EBITDA.",
        "The bank is paying about 2.3 times book value.",
        "House prices are now 13 times average household income.",
    ):
        assert extract_figures(text) == [], text
    # How often is still a count: "25 times the season before".
    got = extract_figures("Kane has scored 30 times this season and 25 times the season before.")
    assert [f.value for f in got] == [30.0, 25.0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Three-quarters of a million people watched the final.", 750_000.0, "people"),
        ("Ohio has lost a quarter of a million jobs.", 250_000.0, "jobs"),
    ],
)
def test_a_fraction_of_a_scale_is_one_number(text: str, value: float, unit: str) -> None:
    fig = only(text)
    assert (fig.kind, fig.value, fig.unit) == (FigureKind.COUNT, value, unit)
    assert fig.label.endswith("watched the final") or fig.label.startswith("jobs")


def test_the_second_decade_of_life_of_a_pair_is_an_age() -> None:
    figures = extract_figures("Cases are rising among people in their 20s and 30s.")
    assert [(f.text, f.kind, f.value_max) for f in figures] == [
        ("20s", FigureKind.AGE, 29.0),
        ("30s", FigureKind.AGE, 39.0),
    ]
    # Decades of a century stay what they were.
    assert [f.kind for f in extract_figures("British jazz of the late 1950s and 60s.")] != [
        FigureKind.DATE,
        FigureKind.AGE,
    ]


def test_the_next_finishers_bare_time_is_in_the_winners_seconds() -> None:
    got = extract_figures(
        "Bailey won the final in a world record 9.84 seconds, with Fredericks second in "
        "9.89 and Boldon third in 9.90."
    )
    assert [(f.text, f.kind, f.unit) for f in got] == [
        ("9.84 seconds", FigureKind.DURATION, "second"),
        ("9.89", FigureKind.DURATION, "second"),
        ("9.90", FigureKind.DURATION, "second"),
    ]
    # With no time in seconds before it, "in 9.89" is left as it was.
    assert [f.kind for f in extract_figures("The index closed in 9.89 territory.")] != [
        FigureKind.DURATION
    ]


def _dated(text: str) -> list[tuple[str, dict]]:
    return [
        (f.text, f.date_parts.as_dict())
        for f in extract_figures(text)
        if f.kind is FigureKind.DATE and f.date_parts is not None
    ]


def test_days_listed_with_one_month_are_each_a_date_of_it() -> None:
    assert _dated("Members will walk out on 12 and 13 December.") == [
        ("12", {"month": 12, "day": 12}),
        ("13 December", {"month": 12, "day": 13}),
    ]
    assert _dated("It was held from 3 to 7 January 2014 in Gdansk.") == [
        ("3", {"year": 2014, "month": 1, "day": 3}),
        ("7 January 2014", {"year": 2014, "month": 1, "day": 7}),
    ]
    assert _dated("The committee meets on December 12-13.") == [
        ("December 12", {"month": 12, "day": 12}),
        ("13", {"month": 12, "day": 13}),
    ]
    # not a stage's number before its date, a per cent after "April 1 to", nor days that
    # do not go up
    assert [t for t, _ in _dated("* 1 – 11 June – Brasov to Sighisoara")] == ["11 June"]
    assert [t for t, _ in _dated("The year began on April 1 to 6.5% from 6.7%.")] == ["April 1"]
    assert [t for t, _ in _dated("He scored 30 and 4 December was cold.")] == ["4 December"]


def test_years_of_history_are_dates() -> None:
    text = ("The friary was founded in 1231 and renewed until 1598. Bommarasa (c. 1421 – "
            "c. 1440) was followed by Bhairarasa I (1471–1509).")
    figs = extract_figures(text)
    assert [(f.text, f.kind) for f in figs] == [
        ("1231", FigureKind.DATE), ("1598", FigureKind.DATE), ("1421", FigureKind.DATE),
        ("1440", FigureKind.DATE), ("1471–1509", FigureKind.DATE)]


def test_early_numbers_that_count_stay_counts() -> None:
    assert [(f.text, f.kind) for f in extract_figures("It was built in 1500 homes.")] == [
        ("1500 homes", FigureKind.COUNT)]
    figs = extract_figures("The index traded between 1200 and 1300.")
    assert all(f.kind is not FigureKind.DATE for f in figs)


@pytest.mark.parametrize(
    "text",
    [
        "Tesco said like-for-like sales rose 4% in 1500 of its stores.",
        "The road will be closed from 0900 until 1700 on Sunday.",
        "Voting is open until 1500 on Thursday.",
        "Copper fell 3% in 1300 trading on the LME.",
        "She will compete in 1500 and 5000 at the European Championships.",
        "The index has traded in a narrow band (1450–1480).",
        "Attendances ranged from 1200 to 1300 at the club's home games.",
        "Bullion slipped below 2000 levels on Friday.",
    ],
)
def test_times_counts_and_levels_of_early_numbers_are_no_years(text: str) -> None:
    assert all(f.kind is not FigureKind.DATE for f in extract_figures(text))


def test_a_page_of_history_reads_its_bare_early_years_as_years() -> None:
    text = ("Radomir was Duke of Mirov from 1339 until his death. He married Ludmila in 1341 "
            "and died in 1371. His daughter Jitka ruled after him (1371–1402).")
    assert [(f.text, f.kind) for f in extract_figures(text)] == [
        ("1339", FigureKind.DATE), ("1341", FigureKind.DATE), ("1371", FigureKind.DATE),
        ("1371–1402", FigureKind.DATE)]
    # Without other years of history, "from 1200" is a price's or a count's start.
    assert all(f.kind is not FigureKind.DATE
               for f in extract_figures("Prices rose from 1200 to 1500 last week."))


def test_a_season_with_a_capital_before_a_year_is_that_year() -> None:
    year = only("Spring 2025 was the driest on record.")
    assert year.kind == FigureKind.DATE and year.date_parts.year == 2025
    year = only("Summer 2024 brought record visitor numbers to Cornwall.")
    assert year.kind == FigureKind.DATE and year.text == "2024"
    assert not [f for f in extract_figures("The Winter 12 collection sold out.") if f.value == 12]


def test_a_bare_total_counts_the_subject_before_its_phrase_of_origin() -> None:
    count = only("Insurers said claims from the northern NSW floods had reached 236,000.")
    assert count.kind == FigureKind.COUNT and count.unit == "claims"
    assert only("Measles cases in England rose to 2,911.").unit == "cases"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Norway will buy 96 AH-64E Apache helicopters.", "96 AH-64E Apache helicopters",
         "helicopters"),
        ("The order is for 35 F-35A fighters.", "35 F-35A fighters", "fighters"),
        ("Berlin ordered 105 Leopard 2A8 tanks.", "105 Leopard 2A8 tanks", "tanks"),
        ("Its 90 JAS 39 Gripen fighters stay.", "90 JAS 39 Gripen fighters", "fighters"),
        ("The navy has 6 Type 45 destroyers.", "6 Type 45 destroyers", "destroyers"),
        ("The airline took 20 Boeing 737 jets.", "20 Boeing 737 jets", "jets"),
        ("easyJet ordered 157 A320neo aircraft.", "157 A320neo aircraft", "aircraft"),
        ("IAG ordered 50 Boeing 787-10 Dreamliners.", "50 Boeing 787-10 Dreamliners",
         "Dreamliners"),
        ("Taiwan will buy 40 F-16 Block 70 jets.", "40 F-16 Block 70 jets", "jets"),
        ("He has started 30 Ligue 1 games.", "30 Ligue 1 games", "games"),
    ],
)
def test_a_models_designation_between_a_number_and_its_noun_is_counted_with_it(
    text: str, span: str, unit: str
) -> None:
    count = only(text)
    assert (count.text, count.kind) == (span, FigureKind.COUNT)
    assert count.unit.split()[-1] == unit


def test_a_share_after_a_numbering_noun_is_still_a_share() -> None:
    assert [(f.text, f.kind) for f in extract_figures("They will replace the flat 5% royalty.")
            ] == [("5%", FigureKind.PERCENT)]
    assert extract_figures("He lives in flat 5 on the third floor.") == []


def test_australian_football_scores_are_no_figures() -> None:
    text = "Some 100,013 fans watched Brisbane beat Geelong 18.14 (122) to 11.9 (75)."
    assert [f.text for f in extract_figures(text)] == ["100,013 fans"]


def test_a_total_reached_counts_what_was_added_before_it() -> None:
    text = "The service added 1.4 million subscribers in the quarter to reach 79.1 million."
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.COUNT] == [
        "subscribers", "subscribers"]
    # A level reached after a change in per cent is no share.
    assert only_kinds("The index fell 3% to reach 95 on Friday.") == [
        FigureKind.PERCENT, FigureKind.COUNT]


def only_kinds(text: str) -> list[FigureKind]:
    return [f.kind for f in extract_figures(text)]


def test_the_outside_reviews_false_friends_of_scores_signs_and_totals() -> None:
    # A share and its seats are figures; only a score that adds up is Australian football's.
    seats = [f.value for f in extract_figures("Labour 33.7 (411), Conservative 23.7 (121).")]
    assert 411 in seats and 121 in seats
    text = "A Peruvian astronomer in Peru helped identify S/2004 S 6, a small moon of Saturn."
    assert all(f.kind is not FigureKind.MONEY for f in extract_figures(text))
    # Balls faced are no unit of the runs reached.
    fifty = [f for f in extract_figures("Root needed 27 balls to reach 50.") if f.value == 50]
    assert fifty and fifty[0].unit is None


def test_a_frames_score_between_two_players_in_a_results_row_is_no_figure() -> None:
    text = ("Second round (best of 25 frames)\nP Cole (Eng) 13-11 Zhao Xintong (Chn)\n"
            "J Trump (Eng) 10-13 Si Jiahui (Chn)")
    assert [f.text for f in extract_figures(text)] == ["25 frames"]
    # A month after a pair is a span of days, not a score.
    assert [f.kind for f in extract_figures("The festival runs 12-14 June in Hay.")] == [
        FigureKind.DATE, FigureKind.DATE]


def test_a_distance_heading_a_results_line_is_in_metres() -> None:
    [distance] = [f for f in extract_figures("Varsity match, 10,000m: 1 J Ellis (Cam) 29:58")
                  if f.text == "10,000m"]
    assert (distance.value, distance.unit) == (10000, "metres")


def test_a_level_reached_in_pence_after_a_move_in_pence() -> None:
    got = [(f.text, f.value, f.unit) for f in extract_figures("Shares jumped 12p to reach 340p.")]
    assert got == [("12p", 0.12, "GBP"), ("340p", 3.4, "GBP")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Nearly half said they had switched to home-brand products.", "half", 0.5),
        ("Of 388 suspects, almost a third were aged 15 to 17.", "a third", 1 / 3),
        ("Yields averaged 2.1 tonnes, about half the long-term average.", "half", 0.5),
    ],
)
def test_a_hedged_share_opening_its_clause_or_of_a_whole_is_a_fraction(
    text: str, span: str, value: float
) -> None:
    shares = [f for f in extract_figures(text) if f.kind is FigureKind.PERCENT]
    assert [(f.text, round(f.value, 4)) for f in shares] == [(span, round(value, 4))]


def test_half_of_a_game_or_an_hour_and_a_third_party_are_no_shares() -> None:
    for text in ("He spent half an hour there.", "The second half began.", "A third party said."):
        assert [f for f in extract_figures(text) if f.kind is FigureKind.PERCENT] == []


def test_a_majority_counts_seats_or_votes_and_a_rivals_tally_is_counted_alike() -> None:
    def units(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.unit) for f in extract_figures(text) if f.kind is FigureKind.COUNT]

    got = units("Labour won 356 seats, leaving Blair with a majority of 66, down from 167.")
    assert got == [("356 seats", "seats"), ("66", "seats"), ("167", "seats")]
    got = units("The Social Democrats held the seat with a majority of 3,412.")
    assert got == [("3,412", "votes")]
    got = units("Bush won 286 electoral college votes to John Kerry's 251.")
    assert got[-1] == ("251", "electoral college votes")
