"""Money in any currency: one test per rule, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from reader.extract.figures import extract_figures
from reader.extract.figures.currencies import currencies
from reader.extract.figures.lexicon import CURRENCY_PREFIX, CURRENCY_SUFFIX, HEAD_DEFAULTS
from reader.extract.model import FigureKind


def money(text: str, published: date | None = None) -> list[tuple[str, float, str | None]]:
    return [
        (f.text, round(f.value, 6), f.unit)
        for f in extract_figures(text, published)
        if f.kind == FigureKind.MONEY
    ]


def test_the_currency_table_knows_every_code_the_grammar_names() -> None:
    table = currencies()
    assert len(table) > 200
    named = {*CURRENCY_PREFIX.values(), *CURRENCY_SUFFIX.values(), *HEAD_DEFAULTS.values()}
    assert named <= set(table), named - set(table)
    assert table["ESP"].until == 2002 and table["EUR"].until is None
    assert table["JPY"].digits == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bread cost 9,000 rials in Iran.", ("9,000 rials", 9000, "IRR")),
        ("The bank lent 80 billion pesetas.", ("80 billion pesetas", 8e10, "ESP")),
        ("It raised 5 million Dutch guilders.", ("5 million Dutch guilders", 5e6, "NLG")),
        ("A fine of 2,000 naira was set.", ("2,000 naira", 2000, "NGN")),
        ("He paid 40 million Finnish markka.", ("40 million Finnish markka", 4e7, "FIM")),
        ("A meal costs 500 rupees.", ("500 rupees", 500, "INR")),
        ("Wages rose to 9,000 hryvnias.", ("9,000 hryvnias", 9000, "UAH")),
        ("it fetched 12 million deutschmarks .", ("12 million deutschmarks", 1.2e7, "DEM")),
        ("A 20-euro note was found.", ("20-euro", 20, "EUR")),
    ],
)
def test_a_currency_by_name_current_or_historic(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


def test_a_name_many_currencies_share_goes_to_the_country_the_article_names() -> None:
    assert money("Kenya's budget: 3 billion shillings.") == [("3 billion shillings", 3e9, "KES")]
    assert money("Uganda will spend 3 billion shillings.") == [
        ("3 billion shillings", 3e9, "UGX")
    ]
    assert money("Jordan borrowed 2 billion dinars.")[0][2] == "JOD"
    assert money("The fee is 40 francs.")[0][2] == "CHF"  # no country named: the usual one
    assert money("Washington and Ottawa: 5 million dollars.")[0][2] == "USD"  # always


def test_a_historic_currency_when_the_article_is_old() -> None:
    assert money("Istanbul rents: 90 million lira.", published=date(1999, 5, 1))[0][2] == "TRL"
    assert money("Istanbul rents: 90 lira.", published=date(2015, 5, 1))[0][2] == "TRY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets are €12 each.", ("€12", 12, "EUR")),
        ("Tickets are 12 € each.", ("12 €", 12, "EUR")),
        ("Tickets are 12€ each.", ("12€", 12, "EUR")),
        ("A taxi costs 30 $ here.", ("30 $", 30, "USD")),
        ("Rent is ₦300,000 a year.", ("₦300,000", 300_000, "NGN")),
        ("Rent is 700 ₾ a month.", ("700 ₾", 700, "GEL")),
        ("A loaf is 80₽ now.", ("80₽", 80, "RUB")),
        ("tickets cost £ 30 each .", ("£ 30", 30, "GBP")),
    ],
)
def test_a_symbol_before_or_after_the_number(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


def test_a_symbol_before_the_next_number_is_not_after_this_one() -> None:
    assert money("In 2020 $5 billion left the country.") == [("$5 billion", 5e9, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It booked a C$40 million charge.", ("C$40 million", 4e7, "CAD")),
        ("it booked a c $ 40 million charge .", ("c $ 40 million", 4e7, "CAD")),
        ("sales reached hk $ 2.5 billion .", ("hk $ 2.5 billion", 2.5e9, "HKD")),
        ("The A$9 billion deal closed.", ("A$9 billion", 9e9, "AUD")),
        ("It earned NZ$300 million.", ("NZ$300 million", 3e8, "NZD")),
        ("It earned S$1 billion.", ("S$1 billion", 1e9, "SGD")),
        ("a us $ 70 million loan", ("us $ 70 million", 7e7, "USD")),
        ("Fuel rose to J$178.40 a litre.", ("J$178.40", 178.4, "JMD")),
        ("Tickets cost TT$50 each.", ("TT$50", 50, "TTD")),
        ("It spent N$1.2 billion on roads.", ("N$1.2 billion", 1.2e9, "NAD")),
        ("The kiwi bought 0.6120 NZ dollars.", ("0.6120 NZ dollars", 0.612, "NZD")),
        ("the price was u.s $ 900 in all", ("u.s $ 900", 900, "USD")),
    ],
)
def test_dollars_of_other_countries_glued_or_tokenised(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


@pytest.mark.parametrize(
    "text", ["it approved a $ 5 million buyback .", "the firm ' s $ 5 million buyback ."]
)
def test_an_article_or_a_possessive_before_a_spaced_dollar_stays_us(text: str) -> None:
    assert money(text) == [("$ 5 million", 5e6, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell 14 pence.", ("14 pence", 0.14, "GBP")),
        ("A stamp in the UK is 85p.", ("85p", 0.85, "GBP")),
        ("It pays a 7-cent dividend.", ("7-cent", 0.07, "USD")),
        ("Oil rose 45 cents.", ("45 cents", 0.45, "USD")),
        ("Fares went up one penny.", ("one penny", 0.01, "GBP")),
        ("Bread is 30 kopecks dearer.", ("30 kopecks", 0.3, "RUB")),
        ("It costs 40 Australian cents.", ("40 Australian cents", 0.4, "AUD")),
        ("A sweet costs 50 ¢.", ("50 ¢", 0.5, "USD")),
    ],
)
def test_minor_units_are_fractions_of_their_currency(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


def test_cents_beside_euros_are_euro_cents() -> None:
    assert money("The share lost 4 cents to 2.10 euros.") == [
        ("4 cents", 0.04, "EUR"),
        ("2.10 euros", 2.1, "EUR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost 4 dollars 25 cents.", ("4 dollars 25 cents", 4.25, "USD")),
        ("It cost two pounds and ten pence.", ("two pounds and ten pence", 2.1, "GBP")),
        ("It cost £3 20p.", ("£3 20p", 3.2, "GBP")),
        ("It cost 7 euros 5 cents.", ("7 euros 5 cents", 7.05, "EUR")),
    ],
)
def test_a_compound_amount_is_one_figure(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The balance was -$3,000.", ("-$3,000", -3000, "USD")),
        ("The change was -20€.", ("-20€", -20, "EUR")),
        ("It stood at minus 40 million euros.", ("minus 40 million euros", -4e7, "EUR")),
        ("Net loss: ($1.5 million)", ("($1.5 million)", -1.5e6, "USD")),
        ("Operating profit | (£2m) | £3m", ("(£2m)", -2e6, "GBP")),
    ],
)
def test_negative_amounts(text: str, expected: tuple) -> None:
    assert money(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["The phone (£499) sells well.", "It cost 90 yuan ($12) in all.", "Prices rose (by $5) again."],
)
def test_a_bracketed_amount_in_prose_is_not_negative(text: str) -> None:
    assert all(value > 0 for _, value, _ in money(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Seats cost $80-120,000.", 80_000, 120_000),
        ("Seats cost $2-3 million.", 2e6, 3e6),
        ("Seats cost $500-1,000.", 500, 1000),  # not 500,000: the second is no multiple
    ],
)
def test_a_range_shares_its_scale(text: str, low: float, high: float) -> None:
    (fig,) = extract_figures(text)
    assert (fig.value, fig.value_max) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The team won 3 of its 5 games.",
        "Students need 40 marks to pass.",
        "The bag weighed 12 pounds.",
        "He lost 30 pounds in weight.",
        "Rand Paul spoke for 20 minutes.",
        "The clip was shot in 720p.",
        "Earrings in 925 sterling silver.",
        "The real 3 problems remain.",
    ],
)
def test_words_that_are_also_currencies_need_money_around_them(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 300 pounds of cocaine from the boat.",
        "He was charged with possession of 15 pounds of ganja.",
        "The bakery goes through 600 pounds of fresh potatoes a week.",
        # A height beside it describes someone.
        "The suspect is about 5-foot-10 and 180 pounds, with a graying goatee.",
        "He is described as 5 feet 6 inches tall, about 130 pounds.",
    ],
)
def test_pounds_of_something_weighed_or_beside_a_height_are_a_weight(text: str) -> None:
    assert money(text) == []
    assert any(f.unit == "pounds" for f in extract_figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council spent 20,000 pounds of taxpayers' money on it.", "20,000 pounds"),
        ("The Texas firm paid 5,000 pounds for a flat in London.", "5,000 pounds"),
        ("A New York fund paid 3 million pounds for the stake.", "3 million pounds"),
        # A story that names the US still pays in sterling.
        ("The club paid 300,000 pounds a week for the U.S. forward.", "300,000 pounds"),
        ("Tickets for the Indiana Jones screening cost 15 pounds.", "15 pounds"),
        # Goods that are not what the amount weighs: the phrase goes on.
        ("Britain pledged 10 million pounds of food aid to Sudan.", "10 million pounds"),
        ("Farmers lost 200 pounds of fish exports a month.", "200 pounds"),
    ],
)
def test_pounds_stay_sterling_beside_money_or_a_british_place(text: str, expected: str) -> None:
    assert [m[0] for m in money(text)] == [expected]


def test_ambiguous_currency_words_with_the_country_or_a_scale_are_money() -> None:
    assert money("Seoul: the shares rose 300 won.") == [("300 won", 300, "KRW")]
    assert money("The Bundesbank held 5 billion marks.") == [("5 billion marks", 5e9, "DEM")]
    assert money("Pretoria borrowed 20 billion rand.") == [("20 billion rand", 2e10, "ZAR")]


@pytest.mark.parametrize(
    "text",
    [
        "In Brazil, 5 real estate firms went bust.",
        "Seoul: 3 won awards at the show.",
        "In Germany, students need 40 marks to pass.",
    ],
)
def test_an_everyday_currency_word_in_its_country_is_still_a_word(text: str) -> None:
    assert money(text) == []


def test_the_currency_adjective_alone_names_the_country() -> None:
    assert money("The Korean won fell to 1,300 won per dollar.") == [("1,300 won", 1300, "KRW")]


def test_a_country_naming_two_of_its_currencies_picks_the_current_one() -> None:
    assert money("The Polish lender set aside 3 billion zlotys.")[0][2] == "PLN"


def test_a_hyphenated_pound_needs_british_money_named_besides_itself() -> None:
    assert money("He won a 10-pound turkey in the raffle.") == []
    assert money("A 10-pound note in London.") == [("10-pound", 10, "GBP")]


def test_the_rand_sign_glued_to_an_amount_with_a_scale() -> None:
    assert money("The club paid R120m for the ground.") == [("R120m", 120e6, "ZAR")]
    assert money("She received R8 million and then a R1.5bn contract.") == [
        ("R8 million", 8e6, "ZAR"),
        ("R1.5bn", 1.5e9, "ZAR"),
    ]
    # Without a scale "R" and a number are a name: a road, an airship.
    assert money("Take the R2 road past the R101 memorial.") == []
    # A rate is money only where the article is about South Africa.
    assert money("Tariffs add R180 a month to a Soweto household's bill.") == [
        ("R180", 180, "ZAR")
    ]
    assert money("Tariffs add R180 a month to a household's bill.") == []
    # The country's own utility, exchange or province says South Africa as a city does.
    assert money("Eskom's tariff will take the average price to R1.90 a kilowatt-hour.") == [
        ("R1.90", 1.9, "ZAR")
    ]


def test_a_british_city_makes_pence_money() -> None:
    assert money("Shares in the Leeds housebuilder fell 23p to 418p.") == [
        ("23p", 0.23, "GBP"),
        ("418p", 4.18, "GBP"),
    ]


def test_a_scale_after_a_hyphen_scales_the_amount() -> None:
    text = "It won a $120-million contract and a R45-billion tender, not a 2-1 verdict."
    assert money(text) == [
        ("$120-million", 120_000_000, "USD"),
        ("R45-billion", 45_000_000_000, "ZAR"),
    ]


def test_letter_prefixed_dollars_and_the_rand_stay_money() -> None:
    assert money("It cost A$40 million, then R120m.") == [
        ("A$40 million", 40_000_000, "AUD"),
        ("R120m", 120_000_000, "ZAR"),
    ]



def test_crowns_are_the_krona_krone_or_koruna_of_the_articles_country() -> None:
    assert money("Volvo's profit rose 12 pct to 4.2 bln crowns in Stockholm.") == [
        ("4.2 bln crowns", 4.2e9, "SEK")
    ]
    assert money("CEZ earned 12 billion crowns, its Prague office said.")[0][2] == "CZK"
    assert money("Sales reached 800 million Danish crowns.")[0][2] == "DKK"
    assert money("Norway's Statoil earned 2.1 billion crowns.")[0][2] == "NOK"
    assert money("The team won three crowns in a row.") == []


def test_the_level_after_a_move_in_a_currency_is_in_that_currency() -> None:
    assert money("Shares rose 4.50 euros to 156.50.") == [
        ("4.50 euros", 4.5, "EUR"),
        ("156.50", 156.5, "EUR"),
    ]
    # After cents the level is in the major unit, which the cents do not say.
    assert [f[0] for f in money("Gencor eased 25 cents to 16.75.")] == ["25 cents"]


def test_a_city_names_only_its_own_countrys_currencies() -> None:
    # France's and Comoros's francs both circulated in Mayotte; Paris is France's.
    assert money("Shares rose 7.40 francs on the Paris Bourse.")[0][2] == "FRF"


def test_cr_after_rupees_is_crore() -> None:
    assert money("Wipro's profit rose 9.4% to Rs 3,482 cr.") == [("Rs 3,482 cr", 3.482e10, "INR")]
    assert extract_figures("The lab measured 5 cr of chromium.") == []


def test_czech_crowns_polish_zloty_and_taka_by_their_signs() -> None:
    assert money("Brno approved a Kč 2.3 billion budget; tenants get up to 850,000 Kč.") == [
        ("Kč 2.3 billion", 2.3e9, "CZK"),
        ("850,000 Kč", 850000, "CZK"),
    ]
    assert money("Rents rose to 3,200 zł a month.") == [("3,200 zł", 3200, "PLN")]
    assert money("Exporters received Tk 2,300 crore in loans.") == [
        ("Tk 2,300 crore", 2.3e10, "BDT")
    ]


def test_a_south_african_papers_glued_cents_and_decimal_comma_rand() -> None:
    assert money(
        "South African motorists will pay 85c a litre less, taking the price in Gauteng to "
        "R21,35 a litre; a full tank saves about R42,50."
    ) == [("85c", 0.85, "ZAR"), ("R21,35", 21.35, "ZAR"), ("R42,50", 42.5, "ZAR")]
    # Not an American share price in a story that names a South African business.
    assert money(
        "Shares of Coca-Cola rose 85c on Wall Street after the company sold its South "
        "African bottler."
    ) == [("85c", 0.85, "USD")]


def test_the_forints_sign_is_money_only_as_written() -> None:
    assert money("The forint weakened to 410 Ft against the euro.") == [("410 Ft", 410, "HUF")]
    assert money("The wall is 30 ft high.") == []
    assert money("The yacht is 42 Ft long, and the fence 6 Ft tall.") == []


def test_the_dollar_sign_before_its_country_letters() -> None:
    # Australian and New Zealand papers write "$A" and "$NZ" as well as "A$".
    text = "Canberra promised $A150 million, grants of up to $A75,000 and $NZ40 a head."
    assert money(text) == [
        ("$A150 million", 150_000_000, "AUD"),
        ("$A75,000", 75_000, "AUD"),
        ("$NZ40", 40, "NZD"),
    ]


def test_kenyan_shillings_spaced_and_cents_in_the_articles_one_dollar() -> None:
    text = "The board recommended a dividend of KSh 1.20 per share; a ticket costs KSh 1,500."
    assert money(text) == [("KSh 1.20", 1.2, "KES"), ("KSh 1,500", 1500, "KES")]
    # Cents with no amount in their sentence take the article's only dollar.
    text = "Ottawa will scrap a levy of 17.6 cents a litre. Families got rebates of C$1,800."
    assert money(text)[0] == ("17.6 cents", 0.176, "CAD")


def test_indian_scales_written_as_words() -> None:
    found = [(f.text, f.value) for f in extract_figures(
        "About one crore taxpayers will gain, and the state spent five lakh crore rupees."
    )]
    assert ("one crore taxpayers", 10_000_000) in found
    assert ("five lakh crore rupees", 5e12) in found


def test_the_cedi_written_with_the_cent_sign() -> None:
    text = "Petrol sells for GH¢15.20 a litre in Accra, up from GH¢12.95."
    assert money(text) == [("GH¢15.20", 15.2, "GHS"), ("GH¢12.95", 12.95, "GHS")]


def test_shillings_without_a_scale_need_their_country_named() -> None:
    kenyan = "Nairobi-listed Rift Telecom will pay a dividend of Sh1.20 a share."
    assert money(kenyan) == [("Sh1.20", 1.2, "KES")]
    assert money("The Sh1 model was tested in the lab.") == []


def test_cents_glued_to_the_number_take_the_articles_currency() -> None:
    text = (
        "Karoo Retail said headline earnings per share rose 14% to 412.3c and declared a "
        "dividend of 186c. Turnover climbed to R38.2bn in South Africa."
    )
    got = money(text)
    assert ("412.3c", 4.123, "ZAR") in got and ("186c", 1.86, "ZAR") in got
    # A temperature is no money, whatever the article's currency.
    assert money("Fares rose to $4. Temperatures hit 30c on Tuesday.") == [("$4", 4, "USD")]


def test_an_amount_compared_with_money_shares_its_currency() -> None:
    text = (
        "The truck maker said operating profit rose to 3.21 billion crowns from 2.85 billion "
        "a year earlier, while deliveries fell to 41,200 trucks."
    )
    got = money(text)
    assert ("2.85 billion", 2850000000, "SEK") in got
    # Counted things stay counts: the scale alone says nothing of money.
    assert money("Sales rose to $3 billion. Users rose to 2 million from 1.5 million.") == [
        ("$3 billion", 3e9, "USD")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daimler lost DM5.73 billion last year.", ("DM5.73 billion", 5.73e9, "DEM")),
        ("The unit made a profit of DM 800 million.", ("DM 800 million", 8e8, "DEM")),
        ("Elf wrote off FFr 3 billion.", ("FFr 3 billion", 3e9, "FRF")),
        ("The bank proposed a dividend of SFr 38 a share.", ("SFr 38", 38.0, "CHF")),
        ("The airline was valued at IR£250 million.", ("IR£250 million", 2.5e8, "IEP")),
        ("The budget set aside NIS 2.3bn for the move.", ("NIS 2.3bn", 2.3e9, "ILS")),
        ("Volvo earned SKr 1.2 billion.", ("SKr 1.2 billion", 1.2e9, "SEK")),
    ],
)
def test_the_1990s_press_letters_for_currencies(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


def test_currency_letters_count_only_in_their_own_case() -> None:
    assert money("Send us a dm 24 hours before.") == []


def test_marks_quoted_against_the_punt_are_an_exchange_rate() -> None:
    assert money("The punt was quoted at 2.6720 marks on Friday.") == [
        ("2.6720 marks", 2.672, "DEM")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She sent him a DM 20 minutes after the game.",
        "The NIS 2 directive applies to many sectors.",
        "The PTA 50 raffle raised money for the school.",
    ],
)
def test_currency_letters_that_are_also_abbreviations_need_a_money_shape(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The financial press's letters, a capital inside them: money with a space too.
        ("It proposed a dividend of SFr 38 a share, up from SFr 33.", [38.0, 33.0]),
        ("The price of a pack was cut to DKr 2,500 in Denmark.", [2500.0]),
        ("The average wage in Slovakia rose to Sk19,068 last year.", [19068.0]),
    ],
)
def test_old_european_currency_letters(text: str, expected: list[float]) -> None:
    assert [value for _, value, _ in money(text)] == expected


def test_letters_before_a_number_after_a_space_are_a_model_not_money() -> None:
    text = "The air force ordered 16 trainers under the designation Sk 41."
    assert [f.text for f in extract_figures(text)] == ["16 trainers"]


@pytest.mark.parametrize(
    "text",
    [
        "Police were called to a house in Bramhall, Stockport SK7 2AB.",
        "The Vans Sk8-Hi trainer sold out in an hour.",
        "The 600 ZL were recalled by the maker.",
        "The lab holds 4 Kr isotopes, and the club 3 KR titles.",
    ],
)
def test_crowns_and_zlotys_letters_only_in_their_own_case(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Stockholm a single fare rises to 42 kr, and milk is up 90 öre to 15.90 kr.",
            [("42 kr", 42.0, "SEK"), ("90 öre", 0.9, "SEK"), ("15.90 kr", 15.9, "SEK")],
        ),
        ("In Oslo a beer now costs 95 kr.", [("95 kr", 95.0, "NOK")]),
        ("Copenhagen's bus fare rose to 24 kr.", [("24 kr", 24.0, "DKK")]),
        ("Norway will cover prices above 70 øre.", [("70 øre", 0.7, "NOK")]),
    ],
)
def test_scandinavian_crowns_and_their_hundredths(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON, Nov 4 (Reuters) - London cocoa fell 14 stg to 1,032 stg a tonne.",
            [("14 stg", 14.0, "GBP"), ("1,032 stg", 1032.0, "GBP")],
        ),
        (
            "The revenue authority in Kampala collected Shs4.6 trillion.",
            [("Shs4.6 trillion", 4.6e12, "UGX")],
        ),
        (
            "Petronas earned RM18.4bil, and petrol rose 20 sen to RM2.10 a litre.",
            [("RM18.4bil", 18.4e9, "MYR"), ("20 sen", 0.2, "MYR"), ("RM2.10", 2.1, "MYR")],
        ),
        (
            "Diesel falls by P1.35 a litre in Metro Manila, kerosene by 90 centavos.",
            [("P1.35", 1.35, "PHP"), ("90 centavos", 0.9, "PHP")],
        ),
        ("Graft raps filed over P45-M dump deal", [("P45-M", 45e6, "PHP")]),
        ("Fares in Accra rise; short trips cost 50 pesewas more.", [("50 pesewas", 0.5, "GHS")]),
        ("Damage to crops in Sindh could reach Rs15 billion.", [("Rs15 billion", 15e9, "PKR")]),
        ("Farmers in Punjab will get Rs 640 a quintal.", [("Rs 640", 640.0, "INR")]),
        ("The ministry set aside Shs 95 billion for schools.", [("Shs 95 billion", 95e9, "UGX")]),
        (
            "PTT posted a Bt14.2 billion profit; in Bangkok taxis charge Bt35 a trip.",
            [("Bt14.2 billion", 14.2e9, "THB"), ("Bt35", 35.0, "THB")],
        ),
    ],
)
def test_the_currencies_of_regional_papers_and_the_wire(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert money(text) == expected


def test_a_senator_after_a_year_is_no_minor_unit() -> None:
    assert money("He won in 2020\n\nSen. Julia Breckenridge said so.") == []
    assert money("He filed a P45 form and an M-16 was found.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dubai's transport authority says fines will rise to Dh400.", [("Dh400", 400.0, "AED")]),
        ("The dollar closed at 3.08 pesos in Buenos Aires.", [("3.08 pesos", 3.08, "ARS")]),
        ("In Israel the average monthly wage rose to NIS 7,600.", [("NIS 7,600", 7600.0, "ILS")]),
        (
            "In Lagos petrol rose to N75 a litre from N65. N95 masks ran out.",
            [("N75", 75.0, "NGN"), ("N65", 65.0, "NGN")],
        ),
        ("Egged in Jerusalem raises the fare by 30 agorot.", [("30 agorot", 0.3, "ILS")]),
        ("A bus ride in Santiago now costs 800 pesos.", [("800 pesos", 800.0, "CLP")]),
        ("Coffee growers near Medellin get 1,900 pesos a kilo.", [("1,900 pesos", 1900.0, "COP")]),
        ("Taxi drivers in Havana charge 20 pesos a ride.", [("20 pesos", 20.0, "CUP")]),
        ("A falafel in Giza costs 75 piastres.", [("75 piastres", 0.75, "EGP")]),
    ],
)
def test_currencies_named_by_a_city_of_their_country(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert money(text) == expected


def test_zimbabwe_dollars_and_won_wiped_off_a_value() -> None:
    assert money("A loaf in Harare now costs Z$4,500.") == [("Z$4,500", 4500.0, "ZWD")]
    assert money("Samsung fell in Seoul, wiping 1.6 trillion won off its value.") == [
        ("1.6 trillion won", 1.6e12, "KRW")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Maharashtra government approved Rs 500 crore after talks with Pakistan.",
            [("Rs 500 crore", 5e9, "INR")],
        ),
        ("Nepal's central bank said Rs 500 would be paid.", [("Rs 500", 500.0, "NPR")]),
        ("The Colombo bourse turnover was Rs 5.8 billion.", [("Rs 5.8 billion", 5.8e9, "LKR")]),
        ("Botswana's government set aside P1.5 billion.", [("P1.5 billion", 1.5e9, "BWP")]),
        ("Verstappen was P1 and Hamilton P3 in Manila.", []),
        ("Doctors in Lagos have switched to N95 masks.", []),
        ("Firms must comply with the EU's new NIS 2 directive.", []),
        ("Marketers chase Gen Z $360 billion in spending.", [("$360 billion", 3.6e11, "USD")]),
    ],
)
def test_currency_letters_read_only_where_they_are_money(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert money(text) == expected


def test_the_yen_sign_in_a_story_datelined_in_japan() -> None:
    assert money("OSAKA — A pensioner handed ¥3 million to a fake police officer.") == [
        ("¥3 million", 3e6, "JPY")
    ]
    assert money("Alibaba paid ¥5 billion for the stake, the Hangzhou group said.") == [
        ("¥5 billion", 5e9, "CNY")
    ]


def test_the_yen_sign_where_no_country_is_named() -> None:
    # English-language news writes the yen "¥" and the yuan "yuan" or "RMB": a fare or a
    # company's profit in "¥" is in yen unless the article is about China.
    assert money("JR East will raise the fare on the Yamanote Line by ¥10 to ¥160.") == [
        ("¥10", 10.0, "JPY"), ("¥160", 160.0, "JPY"),
    ]
    assert money("Sony expects an operating profit of ¥160bn.") == [("¥160bn", 160e9, "JPY")]


def test_an_iso_code_after_the_amount_and_indian_scales_after_a_hyphen() -> None:
    assert money("Exports rose to 2,100 million EUR and the lira held at 1.41 YTL.") == [
        ("2,100 million EUR", 2.1e9, "EUR"), ("1.41 YTL", 1.41, "TRY"),
    ]
    assert money("The board approved a Rs 1,750-crore bid and a Rs 3-lakh bonus.") == [
        ("Rs 1,750-crore", 1.75e10, "INR"), ("Rs 3-lakh", 3e5, "INR"),
    ]
    # Capitals in a headline in capitals may be any word.
    assert money("TROOPS FIND 200 CAD DRAWINGS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A milestone, not marks: "the 100-crore mark".
        ("Bookings crossed the 50-crore mark on Friday.", []),
        # Capitals before a noun they qualify are an acronym, not a currency.
        ("The navy flies 12 SAR helicopters and 3 CAD suites.", []),
        ("Fees of 40 EUR per night apply.", [("40 EUR", 40.0, "EUR")]),
        # A given name, a cigar and another Santiago are no cue for Chile or Cuba.
        ("Santiago Arias said tickets cost 8,000 pesos.", [("8,000 pesos", 8000.0, "MXN")]),
        ("In a Manila shop a Havana sells for 700 pesos.", [("700 pesos", 700.0, "PHP")]),
        ("Bread in Khartoum rose to 90 piastres.", [("90 piastres", 0.9, "SDG")]),
        ("The Centre cleared a Rs 3-lakh-crore plan.", [("Rs 3-lakh-crore", 3e12, "INR")]),
    ],
)
def test_currency_readings_the_review_found_too_eager(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert money(text) == expected


def test_the_yen_is_no_cue_in_a_story_about_china() -> None:
    assert money("A Kobe Bryant shirt fetched ¥900,000 at an auction in Shenzhen.") == [
        ("¥900,000", 900000.0, "CNY")
    ]


def test_nepals_rupee_letters_and_a_rand_level_after_a_move() -> None:
    assert money("Remittances reached NRs 41.2 billion, the central bank said.") == [
        ("NRs 41.2 billion", 41.2e9, "NPR")
    ]
    assert money("In Johannesburg, Anglo fell R3.20 to R412.") == [
        ("R3.20", 3.2, "ZAR"), ("R412", 412.0, "ZAR"),
    ]


def test_letters_and_roads_that_are_no_money() -> None:
    assert money("According to NRS figures, Glasgow grew by 4,100 people.") == []
    assert money("In South Africa, traffic moved from the R21 to R24 interchange.") == []


def test_a_bare_dollar_after_another_countrys_dollar_in_a_range_is_the_same_dollar() -> None:
    found = extract_figures("Fonterra forecast NZ$7.25-$7.75 a kilogram, A$3m to $4m a farm.")
    assert [(f.text, f.value, f.value_max, f.unit) for f in found] == [
        ("NZ$7.25-$7.75", 7.25, 7.75, "NZD"),
        ("A$3m to $4m", 3e6, 4e6, "AUD"),
    ]
    # Another currency's symbol is no repeat: two amounts.
    assert [f.unit for f in extract_figures("It costs £3-$4 each.")] == ["GBP", "USD"]


def test_a_rate_to_four_decimals_is_no_time_of_day() -> None:
    assert money("The central bank set the midpoint at 8.0920 yuan per dollar.") == [
        ("8.0920 yuan", 8.092, "CNY")
    ]


def test_shilling_or_dirham_letters_with_thousands_are_money_without_a_country_named() -> None:
    assert money("A 90kg bag is fetching Sh2,800 at the depots.") == [("Sh2,800", 2800, "KES")]
    assert money("Rents climbed to Dh90,000 a year.") == [("Dh90,000", 90000, "AED")]
    # Naira's "N" still needs a price's shape and its country: "N95 masks" are masks.
    assert money("Staff wore N95 masks.") == []


def test_rand_with_thousands_and_a_hyphenated_punt() -> None:
    assert money("The club was fined R150,000 for a similar offence.") == [
        ("R150,000", 150000, "ZAR")
    ]
    assert money("Take the R21 to Pretoria.") == []
    assert money("a borrower with a 30,000-punt loan") == [("30,000-punt", 30000, "IEP")]


def test_dirhams_in_a_moroccan_story_are_moroccan() -> None:
    text = "In Casablanca a sheep now costs Dh3,500, up from Dh2,800, Moroccan farmers say."
    assert [unit for _, _, unit in money(text)] == ["MAD", "MAD"]


def test_swiss_francs_with_apostrophe_thousands_and_the_abbreviated_franc() -> None:
    assert money("Net profit was CHF 1'245 million, and a pass costs Fr. 3’995.") == [
        ("CHF 1'245 million", 1245e6, "CHF"),
        ("Fr. 3’995", 3995, "CHF"),
    ]
    assert money("Shares rose Fr. 1.86 to Fr. 104.50.") == [
        ("Fr. 1.86", 1.86, "CHF"),
        ("Fr. 104.50", 104.5, "CHF"),
    ]
    # "Fr." before a name is a priest; a foot-and-inch height is no thousands.
    assert money("Fr. Murphy said Mass. He is 5'11 tall.") == []


def test_an_undated_article_pays_in_the_currency_of_the_latest_year_it_names() -> None:
    text = (
        "ANKARA (Reuters) - Turkey's Treasury sold 62.3 trillion lira of bills, bringing "
        "its borrowing so far in 1995 to 410 trillion lira."
    )
    assert [unit for _, _, unit in money(text)] == ["TRL", "TRL"]
    # With no year named, today's lira; a publication date outranks the years named.
    assert [unit for _, _, unit in money("Turkey's Treasury sold 62.3 billion lira.")] == ["TRY"]
    assert [unit for _, _, unit in money(text, date(2024, 5, 1))] == ["TRY", "TRY"]
    assert [unit for _, _, unit in money("So far in 1995, Turkey has paid 410 trillion lira.")] == [
        "TRL"
    ]
    # Years of history say nothing of when the article was written.
    for text, unit in (
        ("Galatasaray, who won the UEFA Cup in 2000, said the centre would cost 300 million "
         "lira.", "TRY"),
        ("Erdogan, who has led Turkey since 2003, said the state would spend 200 billion lira.",
         "TRY"),
        ("The cocoa board, which has set prices since 1984, raised the price to 48,000 cedis "
         "a tonne.", "GHS"),
    ):  # fmt: skip
        assert [u for _, _, u in money(text)] == [unit], text


def test_bare_cents_are_the_dollar_of_the_country_the_article_names() -> None:
    text = "Gas prices in Greater Vancouver hit a record 232.9 cents a litre, up 10 cents."
    assert money(text) == [("232.9 cents", 2.329, "CAD"), ("10 cents", 0.1, "CAD")]
    assert money("In Sydney, bus fares rose 20 cents.") == [("20 cents", 0.2, "AUD")]
    # A dollar's rate is quoted in American cents; no country named, America's.
    text = "The Canadian dollar closed at 81.25 U.S. cents, up from 80.90 cents."
    assert [u for _, _, u in money(text)] == ["USD", "USD"]
    assert money("Stamps in Chicago cost 73 cents.") == [("73 cents", 0.73, "USD")]


def test_bare_cents_stay_american_without_a_country_named_before_them_in_the_sentence() -> None:
    text = "Gas prices in Ohio rose 12 cents a gallon, said AAA spokeswoman Sydney Clarke."
    assert money(text) == [("12 cents", 0.12, "USD")]
    text = "Gas prices in Ohio rose 12 cents a gallon, as Canadian wildfires pushed up crude."
    assert money(text) == [("12 cents", 0.12, "USD")]
    assert money("TORONTO — The loonie closed at 73.2 cents on Friday.")[0][2] == "USD"
    # A place named earlier in the paragraph, or a city before a capitalised word.
    text = "Gas prices in Vancouver hit a record. Regular gas sold for 232.9 cents a litre."
    assert money(text)[0][2] == "CAD"
    assert money("Diesel in Calgary Tuesday was 189.9 cents a litre.")[0][2] == "CAD"
    # Cents glued as "41c": the country named anywhere; not a temperature.
    assert money("Woolworths closed up 41c at 3412c in Sydney.")[0][2] == "AUD"
    assert money("Melbourne hit 41c on Saturday, the hottest day of the year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men fled on foot with 2,000 pounds in cash.", [("2,000 pounds", 2000.0, "GBP")]),
        ("The 30-foot yacht was sold for 40,000 pounds.", [("40,000 pounds", 40000.0, "GBP")]),
        ("The state raised Sk5bn from the sale.", [("Sk5bn", 5e9, "SKK")]),
    ],
)
def test_the_second_reviews_sterling_and_crowns(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agents found 40 pounds of fentanyl concealed in the spare tyre.",
        "Customs officers found 20 pounds of cocaine hidden in a lorry.",
    ],
)
def test_goods_then_a_participle_are_weighed(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers were paid about UGX 12,000 per kilo.", [("UGX 12,000", 12000.0, "UGX")]),
        ("A permit costs ETB 300 in Addis Ababa.", [("ETB 300", 300.0, "ETB")]),
        ("Fees rose to 5,000 MWK a term.", [("5,000 MWK", 5000.0, "MWK")]),
        ("Mirae won a 1.6 trillion-won order.", [("1.6 trillion-won", 1.6e12, "KRW")]),
    ],
)
def test_any_current_currency_code_and_a_won_joined_to_its_scale(
    text: str, expected: list
) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Progress on SDG 4 has stalled.",
        "ALL 5 ARE SAFE",
        "The NPR 100 list is out.",
        "He won 3 won awards.",
    ],
)
def test_codes_that_are_also_words_or_other_letters_are_no_money(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shr 42 cts vs 35 cts; net 18.6 mln dlrs vs 15.2 mln dlrs.",
            [
                ("42 cts", 0.42, "USD"),
                ("35 cts", 0.35, "USD"),
                ("18.6 mln dlrs", 18.6e6, "USD"),
                ("15.2 mln dlrs", 15.2e6, "USD"),
            ],
        ),
        (
            "The stock rose 3/8 dlr to 12-1/4 dlrs.",
            [("3/8 dlr", 0.375, "USD"), ("12-1/4 dlrs", 12.25, "USD")],
        ),
        ("TORONTO - Inco earned 45 mln Canadian dlrs.", [("45 mln Canadian dlrs", 45e6, "CAD")]),
        ("Al Wasl posted a net profit of AED1.2bn.", [("AED1.2bn", 1.2e9, "AED")]),
    ],
)
def test_wire_copys_dollars_cents_and_fractions(text: str, expected: list) -> None:
    assert money(text) == expected
    assert money("The meeting is on 3/8 at noon.") == []
    assert money("The SAR123 helicopter landed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The TTD 2025 calendars went on sale.",
        "Kerry ETB 12 schools will close early.",
        "Movers: AZN 2.1%, BP 1.4%.",
        "The cable must be at least 10 AWG",
        "Police seized 20 KGS.",
    ],
)
def test_codes_before_a_year_or_a_count_or_after_a_bare_number_are_no_money(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Net profit rose 9 per cent to KD 168.4 million.", "KD 168.4 million", 168.4e6, "KWD"),
        ("Qatar Airways lost QR 1.2bn last year.", "QR 1.2bn", 1.2e9, "QAR"),
        ("Bahrain's lender earned BD 9.1 million.", "BD 9.1 million", 9.1e6, "BHD"),
    ],
)
def test_gulf_letters_a_space_before_a_scaled_amount(
    text: str, span: str, value: float, unit: str
) -> None:
    assert money(text) == [(span, value, unit)]


def test_letters_a_space_before_a_number_with_no_scale_stay_what_they_were() -> None:
    assert money("Take the SR 520 bridge; 5 million cars use it.") == []


def test_a_dinars_fils_are_thousandths_and_a_dirhams_hundredths() -> None:
    kuwait = "Kuwait's Gulf Tamweel Bank shares rose 14 fils to 812 fils on Boursa Kuwait."
    assert money(kuwait) == [("14 fils", 0.014, "KWD"), ("812 fils", 0.812, "KWD")]
    bahrain = "Bahrain raised the price of petrol to 140 fils a litre from 125 fils."
    assert money(bahrain) == [("140 fils", 0.14, "BHD"), ("125 fils", 0.125, "BHD")]
    dubai = "DUBAI: taxi fares will go up by 20 fils per kilometre."
    assert money(dubai) == [("20 fils", 0.2, "AED")]
    assert money("The machine sorts fils and coins of every kind, 40 fils at a time.") == []


def test_a_bare_dollar_set_against_another_countrys_dollar_is_in_those_dollars() -> None:
    got = money("The co-op lifted its milk price to NZ$8.40 a kilogram on Thursday, from $7.90.")
    assert got == [("NZ$8.40", 8.4, "NZD"), ("$7.90", 7.9, "NZD")]
    got = money("Northgate will buy Kestrel for 420 mln Canadian dlrs, or 14.50 dlrs a share.")
    assert [unit for _, _, unit in got] == ["CAD", "CAD"]
    # A gloss in American dollars stays American.
    got = money("Damage was put at 4 billion Jamaican dollars, or about $180 million.")
    assert [unit for _, _, unit in got] == ["JMD", "USD"]
    assert [u for _, _, u in money("BHP's A$75 billion ($49bn) bid.")] == ["AUD", "USD"]


def test_a_decimal_comma_beside_a_currency_or_a_scale() -> None:
    assert money("It will pay a dividend of 1,20 zł and has orders worth 1,9 mld zł.") == [
        ("1,20 zł", 1.2, "PLN"),
        ("1,9 mld zł", 1.9e9, "PLN"),
    ]
    assert money("It will pay R$ 0,85 per share.") == [("R$ 0,85", 0.85, "BRL")]
    assert money("The house sold for R1,85-million.") == [("R1,85-million", 1.85e6, "ZAR")]
    assert money("Tickets cost 12,50 euros.") == [("12,50 euros", 12.5, "EUR")]
    # Without money beside it, a comma between numbers is a list's.
    assert [f.text for f in extract_figures("Pages 1,20 and 33 were torn.")] == []


def test_turkish_and_egyptian_letters_before_an_amount() -> None:
    got = money("Istanbul-based Karadeniz said net profit jumped to TL3.2 billion.")
    assert got == [("TL3.2 billion", 3.2e9, "TRY")]
    assert money("It will spend E£1.5bn on a plant.") == [("E£1.5bn", 1.5e9, "EGP")]


def test_a_fraction_of_a_cent_after_a_grain_price() -> None:
    got = money("Soybeans settled with March at 7.42-1/4 dlrs a bushel, wheat at $3.81-1/2.")
    assert got == [("7.42-1/4 dlrs", 7.4225, "USD"), ("$3.81-1/2", 3.815, "USD")]


def test_a_scaled_amount_after_a_name_is_no_model_number() -> None:
    assert money("Regulators fined Hanbit Telecom 11.2 billion dollars.") == [
        ("11.2 billion dollars", 11.2e9, "USD")
    ]
    got = money("South Korea's regulator fined Hanbit Telecom 11.2 billion won on Wednesday.")
    assert got == [("11.2 billion won", 11.2e9, "KRW")]
    # A model's number stays a model's.
    assert [f.text for f in extract_figures("The Xiaomi 12 sold well.")] == []


def test_a_code_that_is_also_a_word_before_a_scaled_amount_in_its_countrys_story() -> None:
    got = money("Morocco approved water projects worth MAD 24 billion.")
    assert got == [("MAD 24 billion", 24e9, "MAD")]
    assert money("The MAD 24 billion doctrine.") == []


def test_a_rate_or_another_countrys_price_in_bare_dollars_stays_american() -> None:
    assert money("The Hong Kong dollar is pegged at HK$7.80 to $1.")[-1][2] == "USD"
    assert money("Shares rose to C$14.50, against $12 for its US rival.")[-1][2] == "USD"
    got = money("The offer of C$14.50 a share, or $10.60 a share, was rejected.")
    assert got[-1][2] == "USD"


def test_a_bare_dollar_is_the_home_dollar_of_a_sentence_that_names_its_country() -> None:
    units = [
        f.unit
        for f in extract_figures(
            "The Reserve Bank of Australia raised the cash rate, adding about $124 a month "
            "to repayments. Brisbane City Council's $4.3 billion budget passed."
        )
        if f.kind is FigureKind.MONEY
    ]
    assert units == ["AUD", "AUD"]


def test_public_money_in_a_sentence_is_the_dollar_its_paragraph_named_before() -> None:
    text = (
        "Ramping at South Australian hospitals rose 14 per cent in May. The government has "
        "committed $2.1 billion to build 544 new beds."
    )
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY] == ["AUD"]
    # America named in the paragraph before: its dollars
    text = "Canada and the US met in Ottawa. The government pledged $5 billion."
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY] == ["USD"]


def test_a_bare_dollar_after_a_lead_about_its_countrys_public_body_is_that_dollar() -> None:
    text = (
        "The Reserve Bank of New Zealand cut the official cash rate to 3.0 per cent. ASB "
        "estimated that a borrower with a $600,000 mortgage would save about $190 a fortnight."
    )
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY] == ["NZD"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # the lead names America, or only a budget, no body
        "The New Zealand Treasury met US officials. A borrower saves $190 a fortnight.",
        "Budget: $3.1 million for a film shot in Canada. Box office: $7.8 million.",
    ],
)
def test_a_lead_without_its_countrys_own_body_leaves_a_bare_dollar_americas(text: str) -> None:
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY][-1] == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "SYDNEY (Reuters) - Australian miner Kestrel said profit rose to $5 billion.",
        "The Australian firm paid A$30 million for the site and $12 million for its debt.",
        "Sydney Clarke paid $5 for the ticket.",
        "Australians made up a quarter of visitors. The visa costs $10.",
    ],
)
def test_a_bare_dollar_stays_americas_in_wire_or_marked_copy(text: str) -> None:
    money = [f for f in extract_figures(text) if f.kind is FigureKind.MONEY]
    assert money[-1].unit == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "Canada's Shopify said revenue rose 25% to $1.7 billion.",
        "Hong Kong-listed Alibaba raised $13 billion.",
        "The Duke of Wellington's portrait sold for $3 million at Sotheby's.",
        "Edmonton Oilers captain Connor McDavid signed a $25 million extension.",
        # a public body's sentence that names America, or a city of two countries
        "The Australian government said Chinese tariffs had cost US exporters $2 billion.",
        "The Wellington village council approved a $3 million budget.",
        "Australian businessman Tom Lee's group will buy Premier League club Everton for "
        "$600 million.",
    ],
)
def test_a_bare_dollar_without_a_public_body_of_its_country_stays_americas(text: str) -> None:
    money = [f for f in extract_figures(text) if f.kind is FigureKind.MONEY]
    assert [f.unit for f in money] == ["USD"]


def test_naming_a_dollar_in_a_markets_line_does_not_mark_the_copys_amounts() -> None:
    text = (
        "The Reserve Bank of Australia raised the cash rate, adding about $124 a month to "
        "repayments, and the Australian dollar fell."
    )
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY] == ["AUD"]


@pytest.mark.parametrize(
    "text",
    [
        # not a household's money: a commodity, a company's worth
        "The Reserve Bank of Australia left rates unchanged. Brent crude rose to $82 a barrel.",
        "The Canadian government has banned TikTok on official phones. TikTok's owner, "
        "ByteDance, was valued at $225 billion last year.",
        "Australia's government will review the deal.\nApple reported revenue of $94 billion.",
    ],
)
def test_the_reviews_bare_dollars_after_a_public_bodys_lead_that_stay_american(text: str) -> None:
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY][-1] == "USD"


def test_a_country_the_household_sentence_names_itself_comes_first() -> None:
    text = (
        "The New Zealand government announced a housing package on Tuesday. In Sydney, "
        "renters pay $700 a week."
    )
    assert [f.unit for f in extract_figures(text) if f.kind is FigureKind.MONEY] == ["AUD"]


def test_a_rate_is_in_the_currency_quoted_not_the_one_it_is_set_against_before() -> None:
    text = "The franc, up 11% against the euro over two years, eased to 0.9412 per euro."
    rate = [f for f in extract_figures(text) if f.text == "0.9412"]
    assert [(f.kind, f.unit) for f in rate] == [(FigureKind.MONEY, "CHF")]


def test_the_yuan_sign_where_the_article_names_china_more_than_japan() -> None:
    assert money("Ant Group was fined ¥7.1bn by regulators.") == [("¥7.1bn", 7.1e9, "CNY")]
    text = "Huawei priced the phone at ¥6,999 in Shenzhen, undercutting Japanese rivals."
    assert money(text) == [("¥6,999", 6999.0, "CNY")]
    # China named once and Japan once: the yen, as English news writes it.
    text = "Chinese tourists in Japan spent an average of ¥250,000 each."
    assert money(text) == [("¥250,000", 250000.0, "JPY")]


def test_letters_an_article_wrote_with_a_scale_are_its_currency_before_any_number() -> None:
    got = money(
        "M-Pesa handled Sh38.3 trillion in the year; data bundles under Sh50 were left"
        " unchanged."
    )
    assert got == [("Sh38.3 trillion", 38.3e12, "KES"), ("Sh50", 50.0, "KES")]
    # with no scaled amount and no country, "Sh50" may be anything
    assert money("Data bundles under Sh50 were left unchanged.") == []
    # letters that also name models, grades or planes need more than that
    got = money("Ford Otosan reported a TL3.2 billion loss. The TL1 model was discontinued.")
    assert [text for text, _, _ in got] == ["TL3.2 billion"]


def test_shillings_priced_a_kilo_are_the_articles_currency_everywhere() -> None:
    got = money("Fishermen now get Sh350 a kilo for Nile perch, against Sh220 two years ago.")
    assert got == [("Sh350", 350, "KES"), ("Sh220", 220, "KES")]


def test_prices_from_one_amount_to_another_are_one_range() -> None:
    fig = extract_figures("Tickets were priced from €9 to €25.")
    assert [(f.value, f.value_max, f.unit) for f in fig] == [(9, 25, "EUR")]
    moved = extract_figures("Prices rose from €9 to €25.")
    assert [(f.value, f.value_max) for f in moved] == [(9, None), (25, None)]
    costs = extract_figures("The tariff raised shipping costs from €1,200 to €2,000.")
    assert [(f.value, f.value_max) for f in costs] == [(1200, None), (2000, None)]


def test_letters_that_are_not_a_price_stay_no_money() -> None:
    got = money("Fishermen get Sh350 a kilo. Grade Sh2 mangoes sell well; Bt11 corn is banned.")
    assert got == [("Sh350", 350, "KES")]



def test_kwacha_and_sol_signs_in_stories_naming_their_countries() -> None:
    text = "Zambia's mineral royalties raised K19.2 billion, and diesel costs K28 a litre."
    assert [(f.text, f.unit) for f in extract_figures(text) if f.kind is FigureKind.MONEY] == [
        ("K19.2 billion", "ZMW"), ("K28", "ZMW")]
    # Without a country whose money "K" is, a scaled amount after it is no kwacha.
    assert all(f.kind is not FigureKind.MONEY
               for f in extract_figures("The K2 expedition cost K2 million."))
    text = "Peru's largest mine paid S/ 1.6 billion in taxes; bread costs S/4.50 a kilo."
    assert [(f.text, f.unit) for f in extract_figures(text)] == [
        ("S/ 1.6 billion", "PEN"), ("S/4.50", "PEN")]
