"""What is not a figure: one test per exclusion, on invented sentences."""

from __future__ import annotations

import pytest

from reader.extract.figures import extract_figures
from reader.extract.model import FigureKind


def texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Nokia 3310 became a classic.",
        "She upgraded to the iPhone 15 Pro last week.",
        "The Galaxy 22 and 22 Ultra ship soon.",
        "Phones with a Dimensity 9000 chip sold out.",
        "He drove in Formula 1 for years.",
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
        # A letter a currency's sign can open with ("A$", "C$", "R$") is not one
        # without the sign: roads, aircraft, airships, vaccines.
        "The A40 was shut, an A380 was diverted and the R101 airship was recalled.",
        "Clinics gave the R21 vaccine, and a C5 galaxy landed.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Voting ended at 2100 GMT.",
        "The summit opens at 0830 local time.",
        "Talks resumed at 1400 BST in Geneva.",
        "A curfew runs from 2200 to 0500 hours.",
        "The raid began at 0300 on Sunday.",
        "Shops close at 17.30 CET.",
        "The strike starts at 1800 hrs.",
    ],
)
def test_times_as_news_agencies_write_them_are_not_figures(text: str) -> None:
    assert texts(text) == []


def test_hours_of_something_are_still_a_duration() -> None:
    assert texts("Volunteers gave 1500 hours of work.") == ["1500 hours"]


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea beat Leeds 4-2 on Saturday.",
        "The champions drew 2-2 at home.",
        "They won the final 31-28.",
        "The Knicks lost 101-99 in overtime.",
        "Her 6-3, 7-5 win sealed the title.",
        "Pakistan were 180-4 at lunch.",
    ],
)
def test_results_in_sport_are_not_figures(text: str) -> None:
    assert texts(text) == []


def test_a_range_in_a_sports_story_is_still_a_range() -> None:
    assert texts("The club cut 20-30 jobs after the match.") == ["20-30 jobs"]
    assert texts("Tickets for the final cost $40-60.") == ["$40-60"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 1998 Omagh bombing shocked Ireland.", 1998),
        ("She ran in the 2016 Rio Olympics.", 2016),
        ("The 2011 census counted households.", 2011),
        ("His 1965 Mustang was stolen.", 1965),
        ("The author, whose 1958 novel Things Fall Apart sold widely, died.", 1958),
    ],
)
def test_a_year_before_a_name_or_noun_dates_it_and_counts_nothing(text: str, year: int) -> None:
    figures = extract_figures(text)
    assert [(f.text, f.kind) for f in figures] == [(str(year), "date")]


@pytest.mark.parametrize("text", ["Euro 2028 will be held in Britain.", "Agenda 2030 was adopted."])
def test_a_year_inside_a_name_is_no_figure(text: str) -> None:
    assert texts(text) == []


def test_a_qualified_four_digit_number_still_counts() -> None:
    assert texts("More than 2000 people were evacuated.") == ["2000 people"]


@pytest.mark.parametrize(
    "text",
    [
        "The FTSE 100 rose 0.4 percent to 8,245.6, with the FTSE 250 flat at 20,112.",
        "Japan's Nikkei 225 average ended down 198.35 points at 16,447.80 on Friday.",
        "The Sensex had climbed 102.44 points to settle at 80,168.65.",
        # Reuters codes after the names, and the move between: still the index's level.
        "The Dow Jones Industrial Average .DJI fell 312.44 points, or 0.73%, to 42,428.91.",
    ],
)
def test_an_index_level_is_no_figure_but_its_move_is(text: str) -> None:
    got = texts(text)
    assert not {"8,245.6", "20,112", "16,447.80", "80,168.65", "42,428.91"} & set(got)
    assert any(t.endswith(("percent", "points")) for t in got)


def test_a_stocks_price_well_after_the_index_is_still_money() -> None:
    got = texts(
        "The Mibtel index ended 1.3 pct higher, led by banks and Telecom Italia, which rose "
        "95 lire to 4,380."
    )
    assert got[-2:] == ["95 lire", "4,380"]


def test_a_stocks_price_beside_an_index_is_still_money() -> None:
    got = extract_figures(
        "Volvo shares rose 4.50 crowns to 156.50 in Stockholm, beating the general index."
    )
    assert [(f.text, f.unit) for f in got] == [("4.50 crowns", "SEK"), ("156.50", "SEK")]


def test_a_level_or_a_forecast_after_money_is_in_the_same_currency() -> None:
    got = extract_figures("Its shares closed up 40 yen at 2,960 in Tokyo.")
    assert [(f.text, f.kind, f.unit) for f in got] == [
        ("40 yen", FigureKind.MONEY, "JPY"), ("2,960", FigureKind.MONEY, "JPY"),
    ]
    got = extract_figures("Profit rose to 386.5 bln yen, and it forecast 420 bln this year.")
    assert [(f.text, f.unit) for f in got] == [("386.5 bln yen", "JPY"), ("420 bln", "JPY")]
    # An age after a sum is no price: "fined $400 at 19".
    assert [f.kind for f in extract_figures("He was fined $400 at 19.")][1] is not (
        FigureKind.MONEY
    )
    # Another verb's amount is no money: "and employs 1.5 million".
    got = extract_figures("The firm raised 4.2 billion euros and employs 1.5 million.")
    assert [(f.text, f.kind) for f in got][1] == ("1.5 million", FigureKind.COUNT)


@pytest.mark.parametrize(
    "text",
    [
        "The carrier will retire its Boeing 737-800 fleet.",
        "The Airbus A320-200 landed safely.",
        "The ATR 72-600 was carrying 40 passengers.",
    ],
)
def test_a_models_variant_after_the_hyphen_is_no_figure(text: str) -> None:
    assert not {"800", "200", "600"} & set(texts(text))


def test_an_age_group_is_no_count() -> None:
    assert texts("The England under-21 international cost £5m, and under-16s got in free.") == [
        "£5m"
    ]


def test_a_time_of_day_in_lower_case_wire_copy_is_no_figure() -> None:
    assert texts("the dollar rose to 104.35 yen at 1600 gmt from 103.90 yen .") == [
        "104.35 yen",
        "103.90 yen",
    ]


def test_a_disease_type_is_a_label_but_a_seat_count_is_a_count() -> None:
    found = {
        (f.text, f.unit)
        for f in extract_figures(
            "Some 1,961 people with type 2 diabetes took part. The hall will seat 1,200 "
            "people; he sat in seat 14."
        )
    }
    assert found == {("1,961 people", "people"), ("1,200 people", "people")}


def test_a_hyphenated_kilometre_shows_the_unit_the_spaced_one_does() -> None:
    units = {
        f.text: f.unit
        for f in extract_figures("A 37-kilometre tunnel and 508 kilometres of track.")
    }
    assert units == {"37-kilometre": "kilometres", "508 kilometres": "kilometres"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A service's number after "reached on" is dialled, not counted.
        ("The coastguard, which can be reached on 112, said 22 crew were safe.", ["22 crew"]),
        # A case number's year, a unit number and a minor planet's designation.
        ("The case number is 2021-L-004417, the clerk said.", []),
        ("He sells 300 plates a day from unit #01-10.", ["300 plates"]),
        ("The asteroid 2024 YR7 is about 340 metres wide.", ["340 metres"]),
        # One capital after a year is no designation; a range from nought is a range.
        ("In 2020 G7 leaders met.", ["2020"]),
        ("Rates of 0-1.5 per cent were offered.", ["0-1.5 per cent"]),
    ],
)
def test_numbers_that_name_rather_than_count(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Customers can check balances by dialling *544#, and 4,599 accounts were frozen.",
         ["4,599 accounts"]),
        ("Victims should dial 1930 at once.", []),
        ("The 12951 Mumbai Rajdhani now covers 1,386 km.", ["1,386 km"]),
    ],
)
def test_numbers_to_dial_and_trains_are_no_figures(text: str, kept: list[str]) -> None:
    assert texts(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Woods finished 18 under par at Augusta.",
        "Lord Gyllene, a 14-1 shot, won the National.",
        "The 7-2 favourite fell at the first.",
        "It was a 50-50 chance at best.",
        "Singh shot a seven-under-par 65 at Warwick Hills.",
    ],
)
def test_golf_scores_and_betting_odds_are_not_figures(text: str) -> None:
    assert texts(text) == []


def test_a_text_message_shortcode_is_not_a_figure() -> None:
    assert texts("To give, text AID to 85222 to donate £5.") == ["£5"]


def test_an_incidents_time_before_a_weekday_is_not_a_figure_but_an_index_level_is() -> None:
    assert texts("The woman was robbed at about 2215 on Friday.") == []
    assert texts("The S&P 500 rose to 1200 on Friday.") == ["1200"]


def test_an_american_address_block_and_a_shooting_split_are_not_figures() -> None:
    assert texts("Shots were fired in the 1400 block of Eastern Avenue.") == []
    assert texts("Bryant scored 38 points on 14-of-27 shooting.") == ["38 points"]


def test_a_crowd_before_a_weekday_and_a_text_sent_to_customers_are_counts() -> None:
    assert texts("A crowd of about 1500 on Saturday watched the parade.") == ["1500"]
    assert texts("The bank sent the text to 8000 customers on Monday.") == ["8000 customers"]


def test_a_link_after_a_number_is_not_what_it_counts() -> None:
    got = extract_figures("says Kerri-Ann Pettifer, 61 https://ab.co/4tQp7d #AFLGF")
    assert [f.unit for f in got] == [None]


def test_an_unbeaten_innings_is_a_score_but_an_unbeaten_run_of_games_is_counted() -> None:
    assert texts("Opener Vikram Rao's unbeaten 148 took India to 362-6 at stumps.") == []
    assert texts("City are now unbeaten in 14 games.") == ["14 games"]
    assert texts("The unbeaten 26-year-old from Hyde has waited a year.") == ["26-year-old"]


def test_a_house_on_a_grove_or_mews_is_an_address() -> None:
    assert texts("Mary Ellis, of 14 Elm Grove, Weymouth, left the money.") == []
    assert texts("Police were called to 3 Stable Mews on Friday.") == []


def test_seat_the_verb_counts_what_it_seats() -> None:
    assert texts("The first jet will seat 180 passengers.") == ["180 passengers"]
    assert texts("He sat in seat 14 when the plane landed.") == []


def test_a_bowlers_wickets_for_runs_are_no_count() -> None:
    assert texts("Simon Jones took five for 44 as the hosts were bowled out.") == []
    assert texts("Flintoff took 5-78, and Hoggard finished with figures of 4-23.") == []
    assert texts("She took three for 12 hours a day.") == ["12 hours"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delivery usually takes 6-8 weeks.", ["6-8 weeks"]),
        ("The party took 40-45 seats.", ["40-45 seats"]),
        ("City are unbeaten 14 Premier League matches in a row.", ["14 Premier League matches"]),
        ("He was part of the unbeaten 1972 Miami Dolphins.", ["1972"]),
        ("More than 2,700 Hollywood Walk of Fame stars.", ["2,700"]),
        ("Home Prices in 20 Cities Rise for Fifth Month", ["20 Cities"]),
    ],
)
def test_ranges_runs_and_headlines_stay_figures(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_part_counted_against_its_whole_is_read_in_the_whole() -> None:
    assert texts("The Greens took 31 of the 120 seats on the council.") == ["120 seats"]
    assert texts("Only nine of its 64 branches will stay open.") == ["64 branches"]
    assert texts("She made 7 of 12 shots.") == ["12 shots"]
    # Not a part: a scaled amount, or "of" before something that is not a number.
    assert texts("He sold 3 million of the 10 million shares.") == [
        "3 million", "10 million shares",
    ]
    assert texts("About 40 of them were injured.") == ["40"]


def test_a_pay_band_is_a_grade() -> None:
    assert texts("Band 6 nurses and most band 5 staff will get 4%.") == ["4%"]


def test_an_innings_total_before_when_it_ended_is_a_score() -> None:
    assert texts("Kent were bowled out for 214 shortly after lunch on day two.") == []
    assert texts("They were dismissed for 98 inside 30 overs.") == ["30 overs"]


def test_a_run_chase_target_is_a_score_but_a_chased_amount_is_not() -> None:
    assert texts("Kent were bowled out for 241 chasing 288 at Canterbury.") == []
    assert texts("Essex, chasing 312, were 40 for two.") == []
    assert texts("The fund was chasing 250 million.") == ["250 million"]
    assert texts("The party is chasing 40 seats.") == ["40 seats"]
    # a record chased outside cricket, a level, a yield
    assert texts("Ovechkin, chasing 895, scored twice in a 5-2 win.") == ["895"]
    assert texts("Investors are chasing 8% yields.") == ["8%"]


def test_a_batters_runs_off_the_balls_faced_are_a_score() -> None:
    assert texts("Rahane made 64 off 90 balls before lunch.") == ["90 balls"]


def test_an_age_after_a_job_in_apposition() -> None:
    found = extract_figures("They fined a hotel clerk, 37, last week.")
    assert [(f.text, f.kind.value) for f in found] == [("37", "age")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She quit the band 12 years ago.", ["12 years"]),
        ("The striker is out for 2025 after surgery.", ["2025"]),
        ("Tom Hale, aged 52 of 9 Mill Road, was fined £80.", ["52", "£80"]),
        ("Only 14 of the 2016 squad are still playing.", ["14", "2016"]),
        ("The party won 61 of a possible 120 seats.", ["120 seats"]),
        ("Clerks, 45, and guards, 30, were listed.", ["45", "30"]),
    ],
)
def test_readings_the_review_found_too_eager(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_bowler_finishing_with_figures_is_no_count() -> None:
    assert texts("Mahmood finished with 3-41 and Leach returned 2-17 at Taunton.") == []


def test_a_bowling_shape_with_thousands_is_a_count() -> None:
    assert "1,000 people" in texts("The charity finished with 12 for 1,000 people waiting.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 84 per cent of Year 11 students passed NCEA Level 1.", ["84 per cent"]),
        ("All Grade 12 pupils sat 3 exams.", ["3 exams"]),
        ("A three-bed semi in Dublin costs €385,000.", ["€385,000"]),
        ("They moved into a two-room flat.", []),
        ("Staff at the 22-bed home were left alone.", ["22-bed"]),
        ("A 3-bed hospital ward opened.", ["3-bed"]),
        ("Prices rose, taking 87-octane to J$178.40.", ["J$178.40"]),
    ],
)
def test_school_years_kinds_of_home_and_fuel_grades_name_rather_than_count(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan posted 287 for six in their 50 overs.", ["50 overs"]),
        ("At stumps, Vidarbha were 63 for one, needing 125 runs.", ["125 runs"]),
        ("Els finished third on 16 under, two shots behind.", ["two shots"]),
        ("The ticket was 10 for two people.", ["10", "two people"]),
        ("Fares rose to 12 over the year.", ["12"]),
    ],
)
def test_an_innings_runs_for_wickets_and_a_total_under_par_are_scores(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the New Year 14 people were killed on the roads.", ["14 people"]),
        ("By the end of the Tax Year 12 million people had filed.", ["12 million people"]),
        ("Arrests had risen to 46 over two nights of rioting.", ["46", "two nights"]),
        ("The hospital opened a new four-bed unit for burns.", ["four-bed"]),
        ("Families at the six-bed care home were told.", ["six-bed"]),
        ("She bought a three-bed home in Leeds for £240,000.", ["£240,000"]),
        ("In Year 9 students choose 3 options.", ["3 options"]),
        ("She finished on 10 under to win by three shots.", ["three shots"]),
        ("McIlroy moved to 12 under with a birdie.", []),
        ("Most punters place a £5-10 bet on the race.", ["£5-10"]),
        ("The school, whose 2008 class produced two Olympians, closed.", ["2008", "two Olympians"]),
        ("The union, whose 2000 members work in the mines, struck.", ["2000 members"]),
        ("He won £10,000 with a 16-1 punt on Ireland.", ["£10,000"]),
    ],
)
def test_readings_the_second_review_found_too_eager(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_service_number_to_call_and_a_network_generation_are_not_figures() -> None:
    text = (
        "Police asked anyone with footage to call 105, quoting file number P059283741, or "
        "to dial 999 or 111. Its 5G network covers 1,114 sites and 3G phones sold well. "
        "The court will call 12 witnesses, and 100 or more later."
    )
    assert texts(text) == ["1,114 sites", "12 witnesses", "100"]
    assert texts("Prosecutors plan to call 100 or more witnesses.") == ["100"]


def test_a_local_time_before_its_gmt_and_a_golf_total_are_not_figures() -> None:
    text = (
        "About 32,000 evacuees stayed in 357 shelters, officials said at 1500 (0600 GMT) "
        "Tuesday. McKibbin finished on 12-under 276 at Mount Juliet."
    )
    assert texts(text) == ["32,000 evacuees", "357 shelters"]


@pytest.mark.parametrize(
    "text",
    [
        "Complaints can be made on the 1930 helpline.",
        "Donations by text to 70405 closed at midnight.",
    ],
)
def test_a_helplines_number_and_a_texting_short_code_are_no_figures(text: str) -> None:
    assert texts(text) == []


def test_a_count_of_helplines_or_of_texted_people_stays_a_count() -> None:
    assert texts("The charity runs 1930 helplines.") == ["1930 helplines"]
    assert texts("He sent the text to 8000 customers.") == ["8000 customers"]


def test_a_course_year_is_a_word_of_the_counted_noun_not_a_duration() -> None:
    places = extract_figures("About 4,200 first-year places are offered.")
    assert [(f.value, f.unit) for f in places] == [(4200, "first-year places")]
    students = extract_figures("Some 1,100 second-year students sat the exam.")
    assert [(f.value, f.unit) for f in students] == [(1100, "second-year students")]


def test_a_helplines_staff_report_or_texted_people_stay_figures() -> None:
    assert texts("Some 500 helpline volunteers answered calls.") == ["500 helpline volunteers"]
    assert "2023" in texts("The 2023 hotline report showed a rise.")
    assert texts("The operator sent a text to 8000 people.") == ["8000 people"]
    assert texts("It sent a text to 5000 children's parents.") == ["5000 children's parents"]
