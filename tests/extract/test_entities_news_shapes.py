"""Shapes of wire copy that typing must read right: abbreviated titles, party and state
tags, results tables, market reports. The articles are written for these tests."""

from __future__ import annotations

import pytest

from reader.extract.entities import extract_entities
from reader.extract.entities.topics import is_sport
from reader.extract.model import EntityType as T
from tests.conftest import SEEDS_DIR


def found(text: str) -> dict[str, T]:
    return {e.text: e.type for e in extract_entities(text)}


def test_abbreviated_titles_are_not_names_and_do_not_end_the_sentence() -> None:
    got = found("Lt. Gen. Anders Holmqvist said the drills would go on. Mr. Brannigan agreed.")
    assert got == {"Anders Holmqvist": T.PERSON, "Brannigan": T.PERSON}


def test_saint_abbreviated_is_part_of_the_place() -> None:
    got = found("In St. Louis, police closed the road. Fans in St Petersburg cheered.")
    assert got["St. Louis"] is T.GPE
    assert got["St Petersburg"] is T.GPE
    assert "St" not in got


def test_a_street_abbreviation_still_ends_its_sentence() -> None:
    got = found("The shop is at 4 Baker St. Police said nobody was hurt.")
    assert "Baker St. Police" not in got


def test_party_and_state_tag_names_the_party_and_the_state() -> None:
    text = "Sen. Marla Dettweiler, R-Ohio, objected to the bill."
    entities = extract_entities(text)
    assert [(e.text, e.type, e.canonical) for e in entities] == [
        ("Marla Dettweiler", T.PERSON, "Marla Dettweiler"),
        ("R", T.ORG, "Republican Party"),
        ("Ohio", T.GPE, "Ohio"),
    ]
    assert text[entities[2].start : entities[2].end] == "Ohio"


def test_ap_state_abbreviations_keep_their_stop_and_name_the_state() -> None:
    text = (
        "Rep. Dana Kell, D-Calif., and Sen. Roy Amble (R-N.Y.) met in Springfield, Ill., "
        "on Monday. The firm moved to Portland, Ore. The next day it hired staff."
    )
    got = {(e.text, e.type, e.canonical) for e in extract_entities(text)}
    assert {
        ("Calif.", T.GPE, "California"),
        ("N.Y.", T.GPE, "New York"),
        ("Ill.", T.GPE, "Illinois"),
        ("Ore.", T.GPE, "Oregon"),
        ("D", T.ORG, "Democratic Party"),
        ("R", T.ORG, "Republican Party"),
    } <= got
    assert not any(e[0].startswith("Ore. ") for e in got)  # the stop still ends a sentence
    # A letter and hyphen before anything but a state is no party.
    assert not any(e[0] == "R" for e in (found("The A, R-Value plan.") or {}))


def test_possessive_name_at_the_start_of_a_text_is_kept() -> None:
    assert found("Dorvan Pellick's new drama was fast-tracked by the studio.") == {
        "Dorvan Pellick": T.PERSON
    }


def test_everyday_word_before_a_nationality_is_not_part_of_it() -> None:
    got = found("Former Egyptian President Hosni Mubarak was flown out of prison.")
    assert got == {"Egyptian": T.NORP, "Hosni Mubarak": T.PERSON}


def test_parties_used_as_adjectives_are_organisations() -> None:
    got = found("In all, 52 Labour MPs opposed it, and a Republican senator called it reckless.")
    assert got == {"Labour": T.ORG, "Republican": T.ORG}


def test_a_price_that_moves_by_a_percentage_is_a_company() -> None:
    got = found("Among mid-caps, Kelborn fell 3.9 percent after a broker cut its rating.")
    assert got["Kelborn"] is T.ORG
    got = found("In Milan, Ferrucci gained 60 lire to 5,420 and Brembo fell 15 lire.")
    assert got["Ferrucci"] is T.ORG and got["Brembo"] is T.ORG
    # a commodity's price per weight, a trader's day: no company
    got = found("Gold fell 300 rupees to 72,500 rupees per 10 grams in Mumbai.")
    assert got.get("Gold") is not T.ORG


def test_town_named_sides_in_a_result_are_clubs_and_countries_stay_places() -> None:
    got = found(
        "Leeds 2 Norwich 0\n\n"
        "Leeds moved up to fourth after a late double. Norwich manager Pat Doyle said "
        "his side had been poor.\n\n"
        "In the evening game Scotland 18-27 Ireland was the result."
    )
    assert got["Leeds"] is T.ORG
    assert got["Norwich"] is T.ORG
    assert got["Scotland"] is T.GPE
    assert got["Ireland"] is T.GPE


def test_gazetteer_knows_english_names_and_former_spellings() -> None:
    got = found(
        "Fighting spread from Chechnya to Crimea, and talks moved from Kiev to Bombay "
        "before ending in Bavaria and Wales."
    )
    for place in ("Chechnya", "Crimea", "Kiev", "Bombay", "Bavaria", "Wales"):
        assert got[place] is T.GPE, place


def test_countries_by_the_short_names_news_gives_them_are_places() -> None:
    got = found(
        "Egypt beat Cape Verde 3-0, Swaziland drew with Malawi, and St Lucia played Antigua "
        "while Bosnia hosted Macedonia in front of fans from the Falklands."
    )
    for place in ("Cape Verde", "Swaziland", "St Lucia", "Antigua", "Bosnia"):
        assert got[place] is T.GPE, place
    assert got["Macedonia"] is T.GPE and got["Falklands"] is T.GPE


def test_a_place_that_opens_with_a_nationality_stays_whole() -> None:
    got = found("He beat Tomas Berdych of the Czech Republic, Latin America's best hope, in Rome.")
    assert got["Czech Republic"] is T.GPE
    assert got["Latin America"] is T.GPE
    assert "Czech" not in got


def test_the_pronoun_i_is_never_a_name() -> None:
    got = found("It is the moderate voice in South America and I expect that to continue.")
    assert got == {"South America": T.GPE}


def test_competitors_in_results_are_people_and_their_nations_places() -> None:
    got = found(
        "Men's javelin: 1. Anders Kvalheim, Norway, 88.36; 2. Breaux Tellam, United States, "
        "83.40.\n\nMikhail Orlov (Russia) beat 7-Tomas Vrba (Czech Republic) 7-6 4-6 6-3"
    )
    for person in ("Anders Kvalheim", "Breaux Tellam", "Mikhail Orlov", "Tomas Vrba"):
        assert got[person] is T.PERSON, person
    for nation in ("Norway", "United States", "Russia", "Czech Republic"):
        assert got[nation] is T.GPE, nation


def test_a_town_then_its_country_stays_a_place() -> None:
    assert found("He moved to Manchester, England, in 1998.")["Manchester"] is T.GPE


def test_dotted_company_suffix_makes_an_organisation() -> None:
    assert found("Proastiakos S.A. belongs to the state railway.")["Proastiakos S.A."] is T.ORG


def test_a_descriptor_before_a_name_makes_it_an_organisation() -> None:
    got = found(
        "Shares in housebuilders Corvane and Pellworth Homes edged lower. Distributor "
        "Halvex Pictures said the film opened well, and state-owned Minerada Sul cut output."
    )
    assert got["Corvane"] is T.ORG
    assert got["Pellworth Homes"] is T.ORG
    assert got["Minerada Sul"] is T.ORG


def test_a_definition_outweighs_the_other_mentions() -> None:
    text = (
        "Brenzoli is a Brazilian manufacturer of bicycles, based in Curitiba. Brenzoli was "
        "run by the Brenzoli family for decades. In 1990 Brenzoli opened a plant in Ohio."
    )
    assert found(text)["Brenzoli"] is T.ORG


def test_a_team_with_its_people_is_not_a_person() -> None:
    got = found(
        "Vantorra coach Edwin Kallas was pleased. Maresca's Daniel Okafor scored twice and "
        "Vantorra won 2-1 at Bellhaven. Athletico Renz beat Dunmere 3-0, and Corby earned a "
        "1-1 draw with Stanwell."
    )
    assert got["Edwin Kallas"] is T.PERSON
    assert got["Daniel Okafor"] is T.PERSON
    for club in ("Vantorra", "Maresca", "Bellhaven", "Athletico Renz", "Dunmere", "Stanwell"):
        assert got[club] is T.ORG, club


def test_a_tennis_score_does_not_make_a_player_a_club() -> None:
    got = found("Ilse Marovic beat Tamsin Greaves 6-3 6-4 in the second round.")
    assert got["Tamsin Greaves"] is T.PERSON


def test_a_possessive_inside_an_institution_stays_in_its_name() -> None:
    got = found("She studied at St Aldwyn's College before joining Pemberton's Limited.")
    assert got["St Aldwyn's College"] is T.ORG
    assert got["Pemberton's Limited"] is T.ORG


def test_a_surname_with_a_score_is_a_person_not_a_product() -> None:
    got = found(
        "Drivers' standings: 1. Callum Norris 257, 2. Ewan Russell 172. "
        "Later Windows 11 arrived on the Porsche 911 screen."
    )
    assert "Norris 257" not in got and "Russell 172." not in got
    assert got.get("Windows 11") is T.PRODUCT
    assert "Later Windows 11" not in got


def test_currency_letters_and_contractions_are_not_names() -> None:
    got = found(
        "Profit was T$398.3 billion. Ndlovu was paid R120m, then R8 million more for a "
        "R120-million contract. \u201cSo I\u2019m very happy, and we\u2019ll see,\u201d "
        "Ndlovu said."
    )
    assert set(got) == {"Ndlovu"}


def test_titles_weekdays_and_a_noun_after_the_name() -> None:
    got = found(
        "Brigadier General Sam Holtby inspected the base, which opens on Tuesdays. "
        "He reads the Weekly Fenlander magazine."
    )
    assert got == {"Sam Holtby": T.PERSON, "Weekly Fenlander": T.ORG}


def test_middle_initials_stay_inside_the_name() -> None:
    got = found(
        "Warren T. Hollis met H. G. Ashcombe at the Warren T. Hollis Memorial Library. "
        "In World War I. The army left."
    )
    assert got["Warren T. Hollis"] is T.PERSON
    assert got["H. G. Ashcombe"] is T.PERSON
    assert "Warren T" not in got and "Hollis" not in got


def test_newspapers_and_assemblies_are_organisations() -> None:
    got = found(
        "The Fenland Echo and the Harwick Chronicle said members of the Corrin General "
        "Assembly voted against the plan."
    )
    assert got["Fenland Echo"] is T.ORG
    assert got["Harwick Chronicle"] is T.ORG
    assert got["Corrin General Assembly"] is T.ORG


def test_a_wire_credit_line_is_not_a_headline() -> None:
    got = found(
        "Copper rose on Monday.\n\n"
        "Reporting by Pritika Varadan in London; Editing by Colm Ashdown"
    )
    assert got["Pritika Varadan"] is T.PERSON
    assert got["Colm Ashdown"] is T.PERSON


def test_a_definition_names_only_the_subject_it_opens_with() -> None:
    got = found(
        "Kyla Danes (born 1993) in Danvers, Massachusetts is an American rapper. "
        "She grew up on the island of Tresko, and Tresko still claims her."
    )
    assert got["Massachusetts"] is T.GPE
    assert got["Kyla Danes"] is T.PERSON
    assert got["Tresko"] is T.GPE


def entities_of(text: str, surface: str) -> list[tuple[T, str]]:
    """Type and canonical name of every mention of `surface`."""
    return [(e.type, e.canonical) for e in extract_entities(text) if e.text == surface]


def test_a_company_defined_in_capitals_stays_a_company_beside_its_founder() -> None:
    text = (
        "VELSTRAND is a Finnish manufacturer of snow ploughs, based in Oulu. "
        "Velstrand was founded in 1921 by Aino Velstrand and her brother. "
        "In 1980, Velstrand opened a plant in Sweden."
    )
    assert entities_of(text, "Velstrand") == [(T.ORG, "Velstrand"), (T.ORG, "Velstrand")]
    assert entities_of(text, "Aino Velstrand") == [(T.PERSON, "Aino Velstrand")]


def test_a_description_in_passing_does_not_part_a_surname_from_its_person() -> None:
    # Only "X is a maker of ..." opening a sentence outweighs the full name; an
    # apposition may describe the person ("a former lathe operator").
    text = (
        "President Joao Batista Ferreira Durval has opened a lead in the polls. "
        "Durval, a former lathe operator and union leader, told a rally he would win. "
        "Investors are watching how Durval handles the budget."
    )
    assert entities_of(text, "Durval")[-1] == (T.PERSON, "Joao Batista Ferreira Durval")


def test_a_war_with_its_numeral_is_an_event() -> None:
    got = found("Her grandfather fought in World War I. His brother served in World War II.")
    assert got == {"World War I": T.EVENT, "World War II": T.EVENT}


def test_a_numeral_after_a_given_name_is_still_a_person() -> None:
    assert found("King Henry VIII married six times.") == {"Henry VIII": T.PERSON}


def test_a_letter_that_names_a_kind_is_no_place() -> None:
    got = found("Doctors advised more vitamin C. Patients with hepatitis B were treated.")
    assert got == {}


def test_a_photo_credit_names_an_agency_even_one_named_like_a_town() -> None:
    assert found("Photo: Xinhua\n\nThe minister arrived in Beijing.")["Xinhua"] is T.ORG


def test_a_landform_noun_after_a_name_makes_it_a_place() -> None:
    got = found("Campaigners blamed farms for pollution in the Tessaw valley and the Orvane delta.")
    assert got == {"Tessaw": T.GPE, "Orvane": T.GPE}


def test_a_company_suffix_alone_is_no_name_but_a_public_body_is() -> None:
    text = (
        "The new partners include Group VP and chief of staff Lin Wenhao. "
        "The Senate passed the bill, and the Commission said it would not appeal."
    )
    assert found(text) == {"Lin Wenhao": T.PERSON, "Senate": T.ORG, "Commission": T.ORG}


def test_a_name_with_tallies_in_a_scorecard_or_line_up_is_no_product() -> None:
    got = found(
        "B M Duckett lbw b Kumara 40 O J Pope c Chandimal b Vishwa Fernando 23 "
        "J E Root b Kumara 7 H C Brook not out 12\n\n"
        "Arsenal: Lehmann; Hleb, Fabregas, Rosicky (Van Persie 46); Adebayor, Henry."
    )
    assert not {"Kumara 40", "Kumara 7", "Vishwa Fernando 23", "Van Persie 46"} & got.keys()
    assert got.get("Van Persie") is T.PERSON
    # A product line listed with its models stays products.
    got = found("Xiaomi launched the Xiaomi 14, Xiaomi 15 and Redmi 13. The Pixel 8, Pixel 9 sold.")
    assert {got.get(n) for n in ("Xiaomi 14", "Xiaomi 15", "Pixel 8", "Pixel 9")} == {T.PRODUCT}


def test_initials_and_surnames_in_a_team_sheet_are_players() -> None:
    got = found(
        "Ulster: M Lowry; R Baloucoune, S Moore, J Hume, J Stockdale; N Doak, J Cooney; "
        "E O'Sullivan, T Stewart, T O'Toole; A O'Connor, K Treadwell; M Rea, N Timoney, "
        "D Hall (capt), S Taylor."
    )
    for name in ("D Hall", "S Taylor", "M Lowry", "O'Connor"):  # "A" may be the article
        assert got.get(name, got.get(f"A {name}")) is T.PERSON, name


def test_wire_copy_datelines_result_rows_and_capital_headlines() -> None:
    got = found(
        "SOCCER - MIDLANDS LEAGUE RESULTS.\n\nLONDON 1996-08-24\n\n"
        "Results of matches on Saturday:\n\nArsenal 2 West Ham 0\nBlackburn 1 Tottenham 2\n\n"
        "ATHLETICS - DANIEL KOMEN WINS IN ZURICH.\n\n"
        "Kenyan Daniel Komen won the 5,000 metres in Zurich on Wednesday."
    )
    assert not any(name.startswith("LONDON 19") for name in got)  # no "product" in the date
    for side in ("Arsenal", "West Ham", "Blackburn", "Tottenham"):
        assert got.get(side) is T.ORG, side
    # A headline in capitals is a headline: only names the article knows count there.
    assert "DANIEL KOMEN WINS IN ZURICH" not in got


def test_a_headline_in_capitals_names_what_the_body_names_in_its_case() -> None:
    text = (
        "ATHLETICS - KOMEN WINS IN ZURICH AS DUTCH RELAY TEAM FALLS.\n\n"
        "ZURICH 1996-08-14\n\n"
        "Kenyan Daniel Komen won the 5,000 metres on Wednesday, and Bundesbank economist "
        "Jurgen Ostermeier watched.\n\n"
        "BUNDESBANK SAYS PRICES MAY RISE IN NEW YORK AND UK.\n\nPrices rose."
    )
    got = {(e.text, e.type, e.canonical) for e in extract_entities(text)}
    for entity in [
        ("KOMEN", T.PERSON, "Daniel Komen"),
        ("ZURICH", T.GPE, "Zürich"),
        ("DUTCH", T.NORP, "Dutch"),
        ("BUNDESBANK", T.ORG, "Bundesbank"),
        ("NEW YORK", T.GPE, "New York"),
        ("UK", T.GPE, "United Kingdom"),
    ]:
        assert entity in got, entity
    # Everyday words in capitals stay words, and no headline word is read as anything else.
    assert {e[0] for e in got if e[0].isupper()} == {
        "KOMEN", "ZURICH", "DUTCH", "BUNDESBANK", "NEW YORK", "UK"
    }
    for entity in extract_entities(text):
        assert text[entity.start : entity.end] == entity.text


def test_a_nationality_before_a_body_or_event_named_by_its_head_word_stays_in_it() -> None:
    # The body's head word may come after "of" or another word, not only last.
    got = found(
        "Officers trained with the Spanish Air Defense Command and addressed the "
        "Bulgarian Academy of Sciences before the Argentine War of Independence "
        "anniversary.\nThe Kenyan sprinter Daniel Rono met Kenyan Mary Wambui."
    )
    assert got["Spanish Air Defense Command"] is T.ORG
    assert got["Bulgarian Academy of Sciences"] is T.ORG
    assert "Argentine War of Independence" in got
    assert got["Mary Wambui"] is T.PERSON
    assert "Spanish" not in got and "Bulgarian" not in got


def test_an_everyday_word_capitalised_inside_a_sentence_is_a_name() -> None:
    got = found(
        "Shares in rival Next rose 1.1%, while Boots fell.\n\n"
        "Theresa May arrived late. Later, Mrs May said the talks were over.\n\n"
        "Deputy First Minister Kate Forbes spoke next. Next week, the talks resume."
    )
    assert got["Next"] is T.ORG
    assert got["May"] is T.PERSON
    assert "First" not in got


def test_a_role_word_that_ends_a_name_of_everyday_words_stays_in_it() -> None:
    got = found(
        "Shares in Interactive Investor rose after the deal, and the Bank of England "
        "Governor said rates would hold."
    )
    assert got["Interactive Investor"] is T.ORG
    assert got["Bank of England"] is T.ORG
    assert "Interactive" not in got


def test_what_an_office_represents_is_a_place() -> None:
    got = found(
        "The mayor of Pau, Francois Bayrou, spoke first.\n\n"
        "Derek Fairbairn, MP for Bolton North East, said pensioners were angry."
    )
    assert got["Pau"] is T.GPE
    assert got["Bolton North East"] is T.GPE
    assert got["Derek Fairbairn"] is T.PERSON


def test_a_place_name_that_the_article_also_writes_in_lower_case_is_a_word_at_a_start() -> None:
    got = found(
        "The euro rose against sterling on Monday.\n\nSterling was steady later in the day, "
        "traders in London said."
    )
    assert "Sterling" not in got
    assert got["London"] is T.GPE


def test_a_nationality_before_everyday_words_is_one_name_and_before_a_name_is_not() -> None:
    got = found(
        "The ruling Georgian Dream party won, while German Siemens grew and Kenyan "
        "Eliud Kipchoge won."
    )
    assert got["Georgian Dream"] is T.ORG
    # A listed company by its own name after a nationality: the two stay apart.
    assert got["Siemens"] is T.ORG and got["German"] is T.NORP
    assert got["Eliud Kipchoge"] is T.PERSON


def test_a_name_after_an_inverted_attribution_is_a_person() -> None:
    got = found("“I'm delighted,” said Agassi after the final.")
    assert got["Agassi"] is T.PERSON


def test_being_born_makes_a_person_and_a_foreign_bank_word_with_de_a_body() -> None:
    got = found(
        "Walt Disney was born in Chicago. Ana Kowal (born 1950) sold Banco do Brasil shares."
    )
    assert got["Walt Disney"] is T.PERSON
    assert got["Ana Kowal"] is T.PERSON
    assert got["Banco do Brasil"] is T.ORG


def test_people_of_a_state_or_city_are_a_group() -> None:
    got = found("Texans have told us they are taxed out. Londoners and Muscovites agreed.")
    assert got["Texans"] is T.NORP
    assert got["Londoners"] is T.NORP and got["Muscovites"] is T.NORP


def test_party_words_beside_party_tags_name_the_party() -> None:
    text = "Sen. Ted Cruz, R-Texas, and two Democrats objected; the GOP would wait."
    got = {e.text: e.canonical for e in extract_entities(text)}
    assert got["Democrats"] == "Democratic Party"
    assert got["GOP"] == "Republican Party" == got["R"]
    # Without American party tags, "Democrats" is left as written.
    elsewhere = {e.text: e.canonical for e in extract_entities("Two Democrats objected.")}
    assert elsewhere.get("Democrats", "Democrats") == "Democrats"


def test_a_quoted_strategy_name_is_no_product_even_after_shedding_its_first_word() -> None:
    # “Mobile Phone X AIoT” in seed 003: "Mobile" goes as an everyday word, and what
    # is left still stands alone in quotation marks with nothing naming it.
    text = (SEEDS_DIR / "003_bfc1f0876cff9b3f.txt").read_text(encoding="utf-8")
    assert not [e for e in extract_entities(text) if "AIoT" in e.text]


def test_a_countrys_name_before_democrats_is_a_party_of_its_own() -> None:
    got = found(
        "The Liberal Democrats and the Sweden Democrats met. He met a Kentucky Republican."
    )
    assert got["Sweden Democrats"] is T.ORG
    assert got["Kentucky"] is T.GPE and got["Republican"] is T.ORG


def test_result_lines_of_capitalised_names_are_read_as_text_not_as_headlines() -> None:
    # Nearly every word is capitalised, but scores make these results, not titles: the
    # players are found by the body's rules, not only when the lists know them.
    text = (
        "TENNIS - RESULTS AT CROATIAN OPEN\n\n"
        "Results of second round matches on Thursday:\n\n"
        "3 - Joost van Wijngaarden (Netherlands) beat Oleg Krasnov (Russia) 6-1 7-5\n"
        "Hiroki Matsuzaka (Japan) beat Peter Hlavacek (Slovakia) 6-7 (5-7) 6-4 7-6\n\n"
        "GOLF - LEADING SCORES\n\n137 68 69 Dirk-Jan Smeets (Netherlands)\n"
    )
    got = found(text)
    for name in ("Joost van Wijngaarden", "Oleg Krasnov", "Hiroki Matsuzaka", "Dirk-Jan Smeets"):
        assert got.get(name) is T.PERSON, name
    for nation in ("Netherlands", "Russia", "Japan", "Slovakia"):
        assert got.get(nation) is T.GPE, nation


def test_the_second_side_of_a_result_and_a_batsmans_runs_are_no_products() -> None:
    got = found(
        "Feyenoord 2 Vitesse Arnhem 2\n\n"
        "Mumbai 196-5: R Sharma 78 off 49 balls, H Pandya 29 not out\n\n"
        "The Pixel 8 went on sale."
    )
    assert T.PRODUCT not in {got.get("Vitesse Arnhem 2"), got.get("Pandya 29")}
    assert "Vitesse Arnhem" in got and got["Pixel 8"] is T.PRODUCT


def test_the_press_a_wire_quotes_is_named_by_what_it_is() -> None:
    got = found(
        "But the daily Nepszabadsag reported on Wednesday that costs rose. The "
        "Dutch-language De Standaard said a bank had handed over papers."
    )
    assert got["Nepszabadsag"] is T.ORG and got["De Standaard"] is T.ORG
    assert "Dutch-language De Standaard" not in got


def test_a_nationality_noun_before_a_name_is_not_part_of_it() -> None:
    got = found(
        "Sukhorukov next meets Spaniard Alberto Cuesta de Mora, who beat Dutchman Erik "
        "Schoonhoven. Rangers won at Celtic Park."
    )
    assert got["Spaniard"] is T.NORP and got["Dutchman"] is T.NORP
    assert got["Alberto Cuesta de Mora"] is T.PERSON and got["Erik Schoonhoven"] is T.PERSON
    assert got["Celtic Park"] is T.GPE


def test_two_nationalities_joined_are_one_group_word() -> None:
    got = found(
        "He sold the stake to a German-Dutch businessman. Buses left the Moslem-Croat "
        "federation, and Abkhaz leaders met Chechen elders."
    )
    for word in ("German-Dutch", "Moslem-Croat", "Abkhaz", "Chechen"):
        assert got[word] is T.NORP, word
    # Partners of two nations, each its own: "a German-Dutch consortium"
    got = found("He sold the stake to a German-Dutch consortium.")
    assert got["German"] is T.NORP and got["Dutch"] is T.NORP


def test_a_building_that_stands_for_a_government_is_a_place() -> None:
    got = found(
        "A Kremlin spokesman said talks would go on. The White House and Downing Street "
        "declined to comment."
    )
    for name in ("Kremlin", "White House", "Downing Street"):
        assert got[name] is T.GPE, name


def test_a_league_tables_rows_are_clubs_not_products() -> None:
    got = found("Standings:\n\nPSV 4 3 1 0 10 4 10\nTwente 4 2 1 1 6 4 7\n\nThe Pixel 8 sold well.")
    assert got.get("PSV 4") is None and got.get("Twente 4") is None
    assert got["Pixel 8"] is T.PRODUCT


def test_dutch_and_german_particles_join_a_surname_to_any_given_name() -> None:
    got = found("Ruud van Nistelrooy scored and Joop ter Horst won the stage.")
    assert got["Ruud van Nistelrooy"] is T.PERSON and got["Joop ter Horst"] is T.PERSON


def test_a_teams_time_gap_in_a_placing_is_no_product() -> None:
    got = found(
        "Overall standings:\n\n1. Anders Lund (Norway) Telekom 3:21:40\n"
        "4. Vaclav Jezek (Czech Republic) Telekom 15\n6. Ivo Bakker (Netherlands) Rabobank 26"
    )
    assert "Telekom 15" not in got and "Rabobank 26" not in got
    assert got["Vaclav Jezek"] is T.PERSON


def test_a_front_movement_or_tribunal_heads_a_body_with_its_country() -> None:
    got = found(
        "The National Patriotic Front of Liberia and the Latvian National Independence "
        "Movement met the International Criminal Tribunal."
    )
    for name in (
        "National Patriotic Front of Liberia",
        "Latvian National Independence Movement",
        "International Criminal Tribunal",
    ):
        assert got[name] is T.ORG, name
    assert "Liberia" not in got and "Latvian" not in got


def test_an_initial_with_a_stop_opens_a_name_in_a_scorecard_or_after_by() -> None:
    got = found(
        "England first innings\n"
        "M. Atherton c Inzamam-ul-Haq b Wasim Akram 31\n"
        "A. Stewart b Waqar Younis 44\n\n"
        "The bill was signed by J. Smith on Monday. He takes vitamin C. Doctors agree."
    )
    for name in ("M. Atherton", "A. Stewart", "Waqar Younis", "J. Smith"):
        assert got.get(name) is T.PERSON, name
    assert "C. Doctors" not in got and "Doctors" not in got


def test_us_name_shapes_nicknames_suffixes_and_middle_initials() -> None:
    text = (
        "School board votes to close Garfield Elementary\n"
        "By Rosa I. Marrero\n\n"
        'Patrick "Packy" Donnelly, 71, said no. Anthony Rivera Jr., 41, and Samuel '
        "Vickers III agreed with Martin Luther King Jr. Day plans, Donnelly said."
    )
    got = {(e.text, e.type, e.canonical) for e in extract_entities(text)}
    for entity in [
        ("Rosa I. Marrero", T.PERSON, "Rosa I. Marrero"),
        ('Patrick "Packy" Donnelly', T.PERSON, "Patrick Donnelly"),
        ("Donnelly", T.PERSON, "Patrick Donnelly"),
        ("Anthony Rivera Jr.", T.PERSON, "Anthony Rivera Jr."),
        ("Samuel Vickers III", T.PERSON, "Samuel Vickers III"),
    ]:
        assert entity in got, entity
    assert not any(e[0] in ("Packy", "Jr.", "III") for e in got)


def test_a_headline_in_capitals_of_verbs_names_no_person() -> None:
    got = found("ISRAEL APPROVES WEST BANK SETTLEMENT EXPANSION\n\nIsrael approved it.")
    assert not any(kind is T.PERSON for kind in got.values())


def test_rupees_and_a_scorecards_list_of_runs_are_no_products() -> None:
    got = found(
        "Opening day could be Rs 6 to 7 crore. Sri Lanka 318-4 in 105 overs (Kavindu "
        "Wanigasekara 132 n.o., Chamod Wickramasuriya 71, Thisara Abeywardena 38) as "
        "the batsman's innings won the match."
    )
    assert "Rs 6" not in got
    for name in ("Kavindu Wanigasekara", "Chamod Wickramasuriya", "Thisara Abeywardena"):
        assert got.get(name) is T.PERSON, name
    # Outside sport a list of models stays products.
    got = found("Shoppers chose the Xiaomi 14, Honor 200 and Vivo X100 over the iPhone.")
    assert got["Xiaomi 14"] is T.PRODUCT and got["Honor 200"] is T.PRODUCT


def test_in_a_match_report_a_names_bare_number_is_a_tally() -> None:
    got = found(
        "Hurricanes 31 (Wiremu Tawhai 2, Tama Rangihuna tries; Rangihuna 4 con, pen) "
        "Crusaders 24. The win lifts the team in the league after the match, and the "
        "striker showed off his iPhone 15 Pro."
    )
    assert got["Hurricanes"] is T.ORG and got["Crusaders"] is T.ORG
    assert "Rangihuna 4" not in got and got["iPhone 15 Pro"] is T.PRODUCT


def test_a_compass_word_before_a_place_is_part_of_it() -> None:
    got = found("People in Western Sydney and Northern Queensland agreed. Western leaders met.")
    assert got["Western Sydney"] is T.GPE and got["Northern Queensland"] is T.GPE
    assert got["Western"] is T.NORP


def test_silk_letters_and_a_compass_word_before_a_court_district() -> None:
    got = found(
        "Counsel to the inquiry, Nkechi Obiora KC, said the Eastern District of Virginia "
        "was the proper forum. Western diplomats agreed."
    )
    assert got["Nkechi Obiora"] is T.PERSON and "Nkechi Obiora KC" not in got
    assert "Eastern" not in got and got["Western"] is T.NORP


def test_a_nickname_in_a_capitals_headline_is_the_club_the_body_names() -> None:
    text = (
        "BASEBALL - ORIOLES EDGE YANKEES IN 10 INNINGS\n\n"
        "The Baltimore Orioles beat the New York Yankees 5-4 on Tuesday. The Orioles "
        "trail by three games."
    )
    got = {(e.text, e.canonical) for e in extract_entities(text)}
    assert ("ORIOLES", "Baltimore Orioles") in got and ("YANKEES", "New York Yankees") in got


def test_sides_of_a_result_with_scorers_and_of_a_league_table_are_clubs() -> None:
    text = (
        "SOCCER - GERMAN SECOND DIVISION RESULTS\n\nBONN 1997-03-02\n\n"
        "Results of German second division matches on Sunday:\n\n"
        "Hansa Greifenau 2 (Tollmann 14, Wirsch 80) Eintracht Lerchfeld 1 (Baumert 55). "
        "Attendance 12,000.\n"
        "Lerchfeld had led at the break through a Baumert header, but Greifenau hit back.\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "Fortuna Wendburg    20 12 5 3 38 19 41\n"
        "Hansa Greifenau     20 11 4 5 30 22 37\n"
    )
    got = found(text)
    assert got["Hansa Greifenau"] is T.ORG
    assert got["Eintracht Lerchfeld"] is T.ORG
    assert got["Fortuna Wendburg"] is T.ORG
    assert got["Tollmann"] is T.PERSON


def test_a_golfers_rounds_are_no_league_table_row() -> None:
    text = (
        "GOLF - LEADING SCORES AT THE WESTMOOR OPEN\n\nLeading scores after the third round "
        "of the Westmoor Open on Saturday:\n\n"
        "Tobias Ellerby     70 68 71\nMarcus Quade       69 72 70\n"
    )
    got = found(text)
    assert got["Tobias Ellerby"] is T.PERSON
    assert got["Marcus Quade"] is T.PERSON


def test_county_sides_in_a_cricket_scoreboard_are_clubs() -> None:
    text = (
        "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCOREBOARD\n\nCHELMSFORD 1996-08-29\n\n"
        "Scoreboard on the first day of the match between Essex and Derbyshire at "
        "Chelmsford on Thursday:\n\n"
        "Derbyshire first innings\nP. Hallworth c Ferrand b Oakes 96\n"
        "K. Drayne lbw b Oakes 51\n\n"
        "Close: Derbyshire 245 (P. Hallworth 96, K. Drayne 51; M. Ferrand 4-70). "
        "Essex 12-0 (N. Stott 8 not out).\n"
    )
    got = found(text)
    assert got["Derbyshire"] is T.ORG
    assert got["Essex"] is T.ORG
    assert got["Chelmsford"] is T.GPE
    assert got["P. Hallworth"] is T.PERSON


def test_a_club_that_carries_its_founding_year_is_a_club_at_a_sentence_start() -> None:
    text = (
        "RUGBY UNION - ATHLETIC 99 TOPPLE LEADERS\n\nPARIS 1996-09-15\n\n"
        "Athletic 99 beat the league leaders 21-16 in the French championship on Sunday, "
        "with fly-half Remi Vautrin kicking four penalties and a conversion.\n\n"
        "Athletic 99 coach Luc Ferrandi praised his pack after the match. \"We kept the "
        "ball in the forwards,\" he said.\n\n"
        "Athletic's two tries came from driving mauls in the second half.\n"
    )
    athletic = [e.type for e in extract_entities(text) if e.text == "Athletic"]
    assert athletic == [T.ORG, T.ORG, T.ORG]


def test_a_dateline_is_the_town_though_the_town_names_its_club() -> None:
    text = (
        "LEEDS, England (AP) — Leeds came from behind to beat Hull 3-1 on Saturday, "
        "with two goals from Callum Brightwell.\n\nLeeds 3 (Brightwell 2, Osei) Hull 1 (Vance)\n"
    )
    entities = [e for e in extract_entities(text) if e.text in ("LEEDS", "Leeds")]
    assert [(e.text, e.type) for e in entities] == [
        ("LEEDS", T.GPE), ("Leeds", T.ORG), ("Leeds", T.ORG)
    ]


def test_a_bylines_beat_and_an_everyday_first_word_of_a_body_are_not_bodies() -> None:
    text = (
        "Telescope finds a galaxy older than models allow\n\n"
        "Marta Iles Science correspondent\n\n"
        "Astronomers funded by the Science and Technology Facilities Council and the "
        "Department of Education said on Tuesday that the galaxy formed early.\n"
    )
    got = found(text)
    assert "Science" not in got
    assert got["Marta Iles"] is T.PERSON
    assert got["Science and Technology Facilities Council"] is T.ORG


def test_medical_and_lab_terms_in_capitals_are_no_names() -> None:
    text = "Radiologists at the Holloway Clinic read 9,000 X-rays and ran an mRNA trial."
    got = found(text)
    assert "X-rays" not in got
    assert "mRNA" not in got


def test_a_part_and_the_actor_in_brackets_are_both_people() -> None:
    text = (
        "The film follows Ravel (Bridget Fennimore) and Corvino (Aoife Callery). "
        "Corvino cannot stop checking his phone."
    )
    got = found(text)
    assert got["Ravel"] is T.PERSON
    assert got["Corvino"] is T.PERSON
    assert got["Bridget Fennimore"] is T.PERSON


def test_a_title_with_a_year_in_brackets_is_a_work() -> None:
    got = found("She wrote Municipal (2015) and Loyal Weapons (2018).")
    assert (got["Municipal"], got["Loyal Weapons"]) == (T.PRODUCT, T.PRODUCT)
    got = found("The band made Federal (2017) and Quiet Arsenals (2020), both on one label.")
    assert got["Federal"] is T.PRODUCT


def test_sides_with_their_country_in_brackets_and_sides_that_eased_past() -> None:
    text = (
        "SOCCER - EUROPEAN CUP RESULTS\n\nResults of second-leg matches on Wednesday:\n\n"
        "Sporting Valdemora (Portugal) 2 Dinamo Kresk (Croatia) 1 - Sporting Valdemora "
        "win 4-2 on aggregate\n\n"
        "In the league, Castlebrook eased past Harwood Vale 3-0.\n"
    )
    got = found(text)
    assert got["Sporting Valdemora"] is T.ORG
    assert got["Dinamo Kresk"] is T.ORG
    assert got["Castlebrook"] is T.ORG
    assert got["Harwood Vale"] is T.ORG
    assert got["Portugal"] is T.GPE


def test_the_paper_after_a_bylines_comma_is_an_organisation() -> None:
    text = (
        "Flood barriers go up along the river\n\n"
        "By Maria Quintero and Dev Anand Rao, Lakeshore Evening Bulletin, Toledo\n\n"
        "Crews worked through the night in Toledo on Monday.\n\n"
        "Council approves new bus lanes\n\nBy Greta Holm, Transport Correspondent\n\n"
        "The council voted on Tuesday.\n"
    )
    got = found(text)
    assert got["Lakeshore Evening Bulletin"] is T.ORG
    assert got["Maria Quintero"] is T.PERSON  # a surname that is also a town in Chile
    assert got["Toledo"] is T.GPE
    assert "Transport Correspondent" not in got


def test_a_reporter_after_a_town_in_the_credits_is_a_person_not_a_place() -> None:
    text = (
        "Miner lifts its forecast\n\nBy Ruth Calloway and Anand Venkataraman\n\n"
        "LONDON, May 2 (Reuters) - The miner raised its forecast on Thursday.\n\n"
        "(Reporting by Ruth Calloway in London and Anand Venkataraman in Bengaluru; "
        "Editing by Paul Whitacre)\n"
    )
    people = [e for e in extract_entities(text) if e.text == "Anand Venkataraman"]
    assert [e.type for e in people] == [T.PERSON, T.PERSON]


def test_a_town_with_a_record_and_the_rows_of_a_line_score_are_clubs() -> None:
    text = (
        "Rookie scores twice as hosts hold on\n\n"
        "WINNIPEG (AP) — Tomas Vrana scored twice and Winnipeg (9-4) held on to beat "
        "Halifax (7-6) on Saturday night in the league's opening weekend.\n\n"
        "\"We got away with one,\" Vrana said after his team's third straight home win.\n\n"
        "LINE SCORE\nHalifax 1 0 1 — 2\nWinnipeg 2 1 0 — 3\n"
    )
    got = {(e.text, e.type) for e in extract_entities(text)}
    assert ("Halifax", T.ORG) in got
    assert ("Winnipeg", T.ORG) in got
    assert ("WINNIPEG", T.GPE) in got
    assert ("Tomas Vrana", T.PERSON) in got


def test_a_box_scores_heading_letters_are_no_names() -> None:
    got = found("W—Castellano 4-2. L—Brightwater 1-5. E—Okafor (3). T—2:51. A—31,204.")
    assert {k: v for k, v in got.items() if v is not T.DATE} == {
        "Castellano": T.PERSON, "Brightwater": T.PERSON, "Okafor": T.PERSON
    }


def test_co_before_an_irish_county_is_the_county_not_a_company() -> None:
    got = found("The priest grew up near Ballyhaunis, Co Mayo, and later served in Co Kerry.")
    assert got["Co Mayo"] is T.GPE
    assert got["Co Kerry"] is T.GPE


def test_numbered_stations_and_a_ministrys_letters_are_organisations() -> None:
    text = (
        "The singer told BBC Radio 4 and Radio 1 about the tour, which Channel 5 will film. "
        "Boats crossed the English Channel 3 times. MPs said the MoD and the DfE were slow."
    )
    got = found(text)
    assert got["BBC Radio 4"] is T.ORG
    assert got["Radio 1"] is T.ORG
    assert got["Channel 5"] is T.ORG
    assert got["English Channel"] is T.GPE
    assert got["MoD"] is T.ORG
    assert got["DfE"] is T.ORG


def test_a_beat_in_a_byline_of_the_body_is_no_organisation() -> None:
    text = (
        "Pop star tops chart\n\nBy Harriet Lowe-Simmons\nMusic correspondent\n\n"
        "Pop singer Vessa, who told BBC Radio 6 Music she was thrilled, has landed her third "
        "number one."
    )
    assert "Music" not in found(text)


def test_a_headline_result_in_the_present_tense_makes_both_sides_teams() -> None:
    text = (
        "Tolliver holds off Evansville 71-66 behind Achebe's 21 points\n\n"
        "Tolliver won its fifth straight game. Evansville lost for the second time in "
        "a week, and Tolliver coach Dan Whitcombe praised his guards."
    )
    got = {(e.text, e.type) for e in extract_entities(text)}
    assert ("Tolliver", T.ORG) in got
    assert ("Evansville", T.ORG) in got
    assert ("Tolliver", T.PERSON) not in got


def test_a_numbered_road_and_an_interstate_are_places() -> None:
    got = found(
        "Deputies stopped the pickup on County Road 326 near Interstate 75, then closed "
        "I-75 and State Road 40 for an hour."
    )
    for road in ("County Road 326", "Interstate 75", "I-75", "State Road 40"):
        assert got[road] is T.GPE, road


def test_an_officers_office_is_one_organisation() -> None:
    got = found(
        "The Lake County Sheriff's Office and the Cook County State's Attorney's Office "
        "said the inquiry continues."
    )
    assert got["Lake County Sheriff's Office"] is T.ORG
    assert "Office" not in got


def test_a_shop_named_for_its_owner_is_a_business_not_its_owner() -> None:
    got = found("After 41 years, Wozniak's Bakery on Carson Street will close on Sunday.")
    assert got["Wozniak's Bakery"] is T.ORG
    assert got["Carson Street"] is T.GPE


def test_a_photographers_name_after_the_agencys_photo_credit_is_a_person() -> None:
    got = found("Residents wade through the flood in Jacmel. (AP Photo/Renel Dorvilus)")
    assert got["Renel Dorvilus"] is T.PERSON


def test_a_members_home_town_after_the_party_letter_is_a_place() -> None:
    got = found("The chairman, Sen. Carl Vosberg, R-Oelwein, said he backs the bill.")
    assert got["Oelwein"] is T.GPE
    assert got["R"] is T.ORG
    # A city council member's ward: the letter is the party, the ward no name.
    got = found("The ordinance, backed by Ald. Tavares Whitmore, D-5th Ward, passed.")
    assert got == {"Tavares Whitmore": T.PERSON, "D": T.ORG}


def test_a_month_abbreviation_in_a_dateline_or_a_table_is_no_name() -> None:
    got = found("Pune, Mar 12 (PTI) Shares rose.\n\nBrent (Mar)   $76.14\nWTI (Feb)   $72.48\n")
    assert not {"Mar", "Feb"} & got.keys()


def test_an_index_code_after_its_name_is_the_index() -> None:
    got = found("The Dow Jones Industrial Average .DJI fell 312 points and the S&P 500 .SPX lost.")
    assert got["DJI"] is T.PRODUCT
    assert got["SPX"] is T.PRODUCT


def test_a_company_named_after_a_small_town_keeps_its_short_name() -> None:
    text = (
        "Caldwell Therapeutics Inc. agreed to buy a Swiss drug developer on Monday. "
        "Caldwell will pay in cash, and Caldwell shares fell 2% in New York."
    )
    assert [e.type for e in extract_entities(text) if e.text == "Caldwell"] == [T.ORG, T.ORG]


def test_a_country_code_after_a_rider_is_the_riders_country() -> None:
    text = (
        "Stage 9 results\n"
        "1. Tomasz Wierzbicki (POL) Team Alpha 4:07:21\n"
        "2. Iñigo Zubiaurre (ESP) Team Beta +0:14\n"
        "3. Jonas Aaberg (NOR) Team Gamma +0:52\n"
        "The peloton rode 180 km, and the breakaway riders took the sprint points.\n"
    )
    places = {(e.text, e.canonical) for e in extract_entities(text) if e.type is T.GPE}
    assert {("POL", "Poland"), ("ESP", "Spain"), ("NOR", "Norway")} <= places


def test_british_results_write_country_codes_in_title_case() -> None:
    text = (
        "Wildcard stuns seed\n\nThe 19-year-old wildcard won in three sets on Centre Court.\n"
        "Results - women's singles: M Kostadinova (Bul) bt Y Arkhipova (Rus) 6-4 3-6 7-5 "
        "Z Hrabovska (Svk) bt A Lindgren (Swe) 7-6 6-1 C Whitfield (GB) bt H Takeda (Jpn) 6-2\n"
    )
    entities = extract_entities(text)
    places = {(e.text, e.canonical) for e in entities if e.type is T.GPE}
    assert {("Bul", "Bulgaria"), ("Rus", "Russia"), ("Swe", "Sweden"), ("Jpn", "Japan")} <= places
    assert ("GB", "United Kingdom") in places or ("GB", "Great Britain") in places
    people = {e.text for e in entities if e.type is T.PERSON}
    assert {"M Kostadinova", "Y Arkhipova", "H Takeda"} <= people


def test_a_results_row_of_times_is_no_headline() -> None:
    text = (
        "Halvorsen takes pole in Bahrain\n\nThe Norwegian was quickest in qualifying.\n\n"
        "1 E Halvorsen (Nor) Renault 2:59.087\n2 M Lanzoni (Ita) Ferrari 2:59.412\n"
        "Men's 60m: 1 Marlon Dacres (Jam) 6.55sec, 2 Darnell Pryor (US) 6.58\n"
    )
    got = found(text)
    assert got["E Halvorsen"] is T.PERSON
    assert got["M Lanzoni"] is T.PERSON
    assert got["Marlon Dacres"] is T.PERSON
    assert got["Nor"] is T.GPE
    assert got["Jam"] is T.GPE


def test_a_code_after_a_crews_names_is_their_country_in_any_report() -> None:
    text = (
        "Koskinen wins in Finland\n\nThe home crew led from the first morning.\n\n"
        "1. Elias Koskinen / Joonas Heikkila (FIN) Toyota 1:18:42.6\n"
        "2. Takumi Oshiro / Daniel Whitcroft (JPN) Toyota +24.9\n"
    )
    places = {(e.text, e.canonical) for e in extract_entities(text) if e.type is T.GPE}
    assert {("FIN", "Finland"), ("JPN", "Japan")} <= places


def test_a_bodys_letters_in_brackets_are_no_country_code() -> None:
    got = found(
        "The Monetary Authority of Singapore (MAS) held rates, and the players' union "
        "said the match and the league season would go on."
    )
    assert got["MAS"] is not T.GPE


def test_a_group_that_names_itself_is_an_organisation() -> None:
    text = (
        "A ransomware gang calling itself Thornwick has claimed the attack. Thornwick "
        "first appeared in the spring, and a group that calls itself Greyhollow followed."
    )
    assert {e.text: e.type for e in extract_entities(text)} == {
        "Thornwick": T.ORG,
        "Greyhollow": T.ORG,
    }


def test_a_venue_centre_is_a_place_and_a_research_centre_a_body() -> None:
    got = found(
        "Delegates met at the Kumasi International Conference Centre, shoppers fled the "
        "Riverside Shopping Centre, and the Halvorsen Research Center published the data."
    )
    assert got["Kumasi International Conference Centre"] is T.GPE
    assert got["Riverside Shopping Centre"] is T.GPE
    assert got["Halvorsen Research Center"] is T.ORG


def test_a_town_a_sports_report_shows_fielding_a_side_is_the_side_throughout() -> None:
    text = (
        "Larkin throws 3 TD passes as Kansas City rallies\n\n"
        "KANSAS CITY, Mo. (AP) — Trey Larkin threw for 291 yards and three touchdowns "
        "for Kansas City (8-3), which won its fourth straight game. Denver (5-6) had one "
        "more chance, but the quarterback's pass fell incomplete.\n\n"
        "Kansas City answered with a 75-yard drive, and Denver punted on fourth down.\n\n"
        "SCORING SUMMARY\n\nFirst Quarter\nDen—Lindqvist 4 run (Marsh kick), 6:12.\n"
        "KC—FG Oyelaran 38, :51.\n"
    )
    got = [(e.text, e.type) for e in extract_entities(text)]
    assert ("KANSAS CITY", T.GPE) in got  # the dateline is still the town
    assert {t for e, t in got if e == "Kansas City"} == {T.ORG}
    assert {t for e, t in got if e == "Denver"} == {T.ORG}
    assert ("Den", T.ORG) in got and ("KC", T.ORG) in got


def test_a_box_scores_column_letters_are_no_teams() -> None:
    got = found("E—Dominick (3). DP—Chicago 1. LOB—St. Louis 5, Chicago 7. 2B—Marsh (9).")
    assert not {"DP", "LOB", "2B"} & got.keys()


def test_a_title_word_after_a_given_name_or_mr_is_a_surname() -> None:
    got = found(
        "Sainsbury's chief executive Justin King said sales fell. Mr King said the "
        "chain would recover, and England batsman Ollie Pope agreed."
    )
    assert got["Justin King"] is T.PERSON
    assert got["King"] is T.PERSON
    assert got["Ollie Pope"] is T.PERSON
    # Still titles before a name: "King Charles", "the Dutch King".
    assert "King Charles" not in found("King Charles met the Dutch King in The Hague.")


def test_a_country_that_opens_a_partys_name_stays_the_country() -> None:
    got = [(e.text, e.type) for e in extract_entities(
        "The motion, tabled by the hard-left France Unbowed (LFI), failed. France's "
        "government survived, though Fitch downgraded France last year."
    )]
    assert ("France Unbowed", T.ORG) in got
    assert {t for e, t in got if e == "France"} == {T.GPE}


def test_a_body_word_the_name_lists_hold_does_not_split_a_name() -> None:
    got = found("The study was led by the Indian Council of Medical Research and the Press.")
    assert got["Indian Council of Medical Research"] is T.ORG
    assert "Indian" not in got


def test_the_town_before_side_and_a_clubs_name_is_the_town() -> None:
    got = found(
        "Otieno, who joined Hibs from Nairobi side Mathare United two years ago, scored "
        "twice as Hibs won 2-1 at Motherwell."
    )
    assert got["Nairobi"] is T.GPE
    assert got["Mathare United"] is T.ORG


def test_a_count_after_an_everyday_word_opening_a_headline_is_no_product() -> None:
    got = found("Record 612 patients on trolleys as nurses warn\n\nThe figures rose again.")
    assert "Record 612" not in got
    got = found("Boeing 737 jets were grounded. Windows 11 launched in October.")
    assert got["Boeing 737"] is T.PRODUCT and got["Windows 11"] is T.PRODUCT


def test_a_countrys_agency_after_the_is_the_agency() -> None:
    got = found("BOSTON -- The U.S. Food and Drug Administration on Friday approved the drug.")
    assert T.GPE not in {t for e, t in got.items() if "Food" in e}


def test_australian_states_and_canadian_provinces_shortened_are_places() -> None:
    got = [(e.text, e.type, e.canonical) for e in extract_entities(
        "The NSW government says the policy works, and WA has been through this before. "
        "Plants in Dawson Creek, B.C., and Hamilton, Ont., cut shifts."
    )]
    assert ("NSW", T.GPE, "New South Wales") in got
    assert ("WA", T.GPE, "Western Australia") in got
    assert ("B.C.", T.GPE, "British Columbia") in got
    assert ("Ont.", T.GPE, "Ontario") in got


def test_australias_parties_are_organisations() -> None:
    got = found("The Coalition would scrap the target, Labor said, and the Greens agreed.")
    assert got == {"Coalition": T.ORG, "Labor": T.ORG, "Greens": T.ORG}


def test_gaelic_results_and_irish_titles() -> None:
    got = [(e.text, e.type) for e in extract_entities(
        "Elsewhere in the province, Cork beat Waterford by 3-21 to 0-25 after extra time "
        "in the championship match. The Taoiseach, Micheál Martin, watched the final."
    )]
    assert ("Cork", T.ORG) in got and ("Waterford", T.ORG) in got
    assert ("Micheál Martin", T.PERSON) in got
    assert "Taoiseach" not in {e for e, _ in got}


def test_a_line_listing_names_is_no_headline() -> None:
    got = found(
        "Storm signals raised\n\nThe weather bureau raised warnings on Sunday.\n\n"
        "- Signal No. 3: Borongan City, Guiuan, Dolores, Hernani and Sulat in Eastern Samar\n"
    )
    for town in ("Borongan City", "Guiuan", "Dolores", "Hernani", "Sulat"):
        assert town in got, town


def test_a_players_position_letters_before_the_name_are_no_part_of_it() -> None:
    text = (
        "Chiefs rally past Broncos 27-23\n\n"
        "Starting LT Obi Nwankwo left with a knee injury in the third quarter, and QB Marcus "
        "Houston threw three touchdown passes as the Chiefs won the game. RB Leipzig, "
        "the German club, sent scouts.\n\n"
        "SCORING SUMMARY\nKC—FG Oyelaran 38, :51.\nDen—Lindgren 4 run (Marsh kick), 6:12.\n"
    )
    got = {e.text: e.type for e in extract_entities(text)}
    assert got["Obi Nwankwo"] is T.PERSON
    assert got["Marcus Houston"] is T.PERSON
    assert got["Oyelaran"] is T.PERSON
    assert not {"LT Obi Nwankwo", "QB Marcus Houston", "FG Oyelaran"} & got.keys()
    assert got["RB Leipzig"] is T.ORG  # letters that open a club's name stay in it


def test_a_pages_time_stamp_is_no_product_or_place() -> None:
    # Bylines and stamps as news sites print them: "Fri 31" is no model number, "Mon"
    # no state of Myanmar, "Updated 4" (from 4:17) no product.
    for line in (
        "Ffion Rees Food and farming correspondent Fri 31 Oct 2025 07.00 GMT",
        "Ailsa Munro Mon 8 Sep 2025 16.10 BST",
        "By Dana Whitfield Updated 4:31 p.m. ET",
        "By Jo Pickard, Sports Reporter Published 22nd Jan 2025, 14:05 GMT",
        "By Tamsin Ngata Posted Tue 2 Sep 2025 at 11:30am",
    ):
        typed = {t for t in found(line).values() if t is not T.DATE}
        assert typed <= {T.PERSON}, line
    # Models keep their numbers, also before a month that is a word.
    got = found("The Galaxy S24 and the Volkswagen Type 2 van sold well in May.")
    assert got["Galaxy S24"] is T.PRODUCT and got["Volkswagen Type 2"] is T.PRODUCT


def test_a_wire_services_topic_slug_is_no_name() -> None:
    got = found(
        "GRAINS-Soybeans slide to two-week low as Midwest rains ease\n\nCHICAGO - Soybeans fell."
    )
    assert not any("GRAINS" in name or "Soybeans" in name for name in got)
    got = found("VEGOILS-Palm extends gains on Indonesia export curbs\n\nPalm oil rose.")
    assert not any("Palm" in name for name in got)
    # A name before a hyphen stays one: "NATO-Russia" opens no slug.
    assert "NATO-Russia" in found("NATO-Russia council meets in Brussels\n\nEnvoys met.")


def test_a_hyphenated_role_opening_a_sentence_is_no_part_of_the_name() -> None:
    got = found("The dish was huge. Co-author Pieter van Rensburg of Stellenbosch University said.")
    assert got["Pieter van Rensburg"] is T.PERSON
    got = found("The vote was lost. Ex-minister Ana Lopes said the party would split.")
    assert got["Ana Lopes"] is T.PERSON
    assert found("Jean-Pierre Dupont said no.")["Jean-Pierre Dupont"] is T.PERSON


def test_honorifics_degrees_and_accounting_letters_are_no_names() -> None:
    got = found(
        "The service was led by the Rt Rev Peter Mbugua. The board named Anjali Rao, M.D., "
        "Ph.D., as chief medical officer. GAAP net loss narrowed; non-GAAP margin rose."
    )
    assert {k: v for k, v in got.items() if v is not T.DATE} == {
        "Peter Mbugua": T.PERSON,
        "Anjali Rao": T.PERSON,
    }


def test_a_press_release_headline_with_degrees_is_still_a_headline() -> None:
    text = (
        "Quintrell Bio Appoints Anjali Raghunathan, M.D., Ph.D., as Chief Medical Officer\n\n"
        "SAN DIEGO--(BUSINESS WIRE)--Quintrell Bio, Inc. today announced the appointment of "
        "Anjali Raghunathan, M.D., Ph.D., as Chief Medical Officer. Dr. Raghunathan joins "
        "Quintrell from Exelixis."
    )
    headline = [e for e in extract_entities(text) if e.start < text.index("\n")]
    assert [(e.text, e.type) for e in headline] == [
        ("Quintrell Bio", T.ORG),
        ("Anjali Raghunathan", T.PERSON),
    ]


def test_the_immigration_agency_is_an_organisation() -> None:
    assert found("ICE agents detained 40 people in Chicago on Monday.")["ICE"] is T.ORG


def test_a_list_ends_at_its_and_so_the_outlet_after_it_is_no_reporter() -> None:
    text = (
        "Hurricane nears Florida coast\n\n"
        "By Rafael Ortega, Jenna Whitcomb, Samir Haddad and Lauren Petit, CNN\n\n"
        "The storm strengthened overnight. Sheriff Wade Tillis told CNN that deputies had "
        "pulled back from the island."
    )
    assert {e.type for e in extract_entities(text) if e.text == "CNN"} == {T.ORG}


def test_an_embedded_posts_handle_is_its_author() -> None:
    got = found("Turnout was up, he said.\n\n— Graham Pettifer (@GPettiferRUK) May 2, 2025")
    assert got["@GPettiferRUK"] is T.PERSON


def test_an_obituarys_closing_line_names_a_person() -> None:
    # "Name, occupation, born DATE; died DATE": a bare noun between commas, then a birth.
    text = (
        "She is survived by her sister.\n\n"
        "Gwenllian Mair Prydderch, geologist, born 2 June 1940; died 19 February 2025"
    )
    assert found(text)["Gwenllian Mair Prydderch"] is T.PERSON


def test_a_quoted_title_near_a_works_noun_is_a_work_not_a_person() -> None:
    got = found("The closer, \"Gregory Lane,\" is the best song here.")
    assert got["Gregory Lane"] is T.PRODUCT
    got = found(
        "The album was made in Bergen.\n\nBest tracks: \"Fjordgrav,\" \"Kaldt blod,\" \"Draugen\""
    )
    assert got["Fjordgrav"] is T.PRODUCT and got["Draugen"] is T.PRODUCT
    # A name spoken to in a quotation is still a person's.
    assert found('"Ridley," she said, "this film is yours."')["Ridley"] is T.PERSON


def test_a_nationality_noun_before_a_rider_is_no_part_of_the_name() -> None:
    got = found("It was won in a sprint by the Dane Rasmus Kjaergaard of Lidl-Trek.")
    assert got["Rasmus Kjaergaard"] is T.PERSON and "Dane Rasmus Kjaergaard" not in got


def test_a_bodys_short_name_in_brackets_is_the_body() -> None:
    text = (
        "The petition said the Elections Supervisory Agency (Bawaslu) had failed to act. "
        "Bawaslu said on Sunday it had received 17 new reports."
    )
    assert [e.type for e in extract_entities(text) if e.text == "Bawaslu"] == [T.ORG, T.ORG]
    # A country in brackets after a side is where it comes from, not its other name.
    got = found("Dinamo Zagreb (Croatia) beat Ferencvaros (Hungary) 2-1.")
    assert got["Croatia"] is T.GPE


def test_a_month_after_another_is_a_month() -> None:
    entities = extract_entities("Connacht finals will move to April and May. Champions go through.")
    assert {e.text.split()[0] for e in entities if e.type is T.DATE} == {"April", "May"}


def test_currency_codes_fiscal_years_and_ranks_are_no_names() -> None:
    got = found(
        "The price is DKK 14,995 (SEK 21,500) a pair. EBIT rose in FY24, the firm said. "
        "His uncle, Pte. Albert Coombs, was killed that morning."
    )
    assert {k: v for k, v in got.items() if v is not T.DATE} == {"Albert Coombs": T.PERSON}


def test_a_stamp_with_a_short_weekday_before_the_month_is_a_date() -> None:
    got = found("Ciaran Whelan, Mid-West Correspondent Tue Aug 12 2025 - 06:00")
    assert got["Tue Aug 12 2025"] is T.DATE
    assert found("Dewi Putri Jakarta ● Thu, August 15, 2024 ● 14:05").get("Thu") is None


def test_a_saints_possessive_stays_in_the_name_it_opens() -> None:
    got = found(
        "Planning was granted for an extension at St Brigid’s National School. Crowds "
        "marked St Patrick's Day. Pupils at All Saints' Cathedral School sang."
    )
    assert got["St Brigid’s National School"] is T.ORG
    assert got["St Patrick's Day"] is T.EVENT
    assert got["All Saints' Cathedral School"] is T.ORG
    # A club's possessive before its player stays apart.
    got = found("Fans cheered as St Mirren's Jamie McGrath scored. St Helens' Jonny Lomax kicked.")
    assert got["Jamie McGrath"] is T.PERSON and got["Jonny Lomax"] is T.PERSON


def test_a_business_named_for_its_owner_is_a_business() -> None:
    got = found(
        "Council backs Maggie's Kitchen in footpath dining row. Maggie's Kitchen, run by "
        "Margaret Tunstall, won its permit."
    )
    assert got["Maggie's Kitchen"] is T.ORG and got["Margaret Tunstall"] is T.PERSON


def test_a_club_in_brackets_after_a_player_is_no_person() -> None:
    got = found(
        "Ireland: N. Fitzgerald (Shannon), R. Madigan (Young Munster), P. Doyle (Garryowen)."
    )
    assert got["Shannon"] is T.ORG and got["Garryowen"] is T.ORG
    # The holder of an office or a part's actor in brackets is still a person, a country
    # still a place.
    got = found(
        "The Prime Minister (Keir Starmer) spoke. Andy Murray (Britain) won. "
        "Cast: Maeve Doyle (Tamsin Achebe-Lowry)."
    )
    assert got["Keir Starmer"] is T.PERSON and got["Britain"] is T.GPE
    assert got["Tamsin Achebe-Lowry"] is T.PERSON


def test_a_makers_hyphenated_code_is_a_model_and_ports_are_no_names() -> None:
    got = found(
        "The Sony WH-1000XM6 costs £399. You get two USB-C ports, one USB-A, HDMI and an "
        "SSD. The ANC said Cyril Ramaphosa would speak."
    )
    assert got == {
        "Sony WH-1000XM6": T.PRODUCT,
        "ANC": T.ORG,
        "Cyril Ramaphosa": T.PERSON,
    }
    # An aircraft's one-letter code stays in its name.
    assert "Air Force C-130" not in found("A Royal Australian Air Force C-130 Hercules landed.")


def test_generic_bodies_alone_are_no_names_but_a_church_of_a_country_is() -> None:
    got = found(
        "SUVA - Opposition members walked out of Parliament. The Government said the Church "
        "would help. Health officials warned of ALS. The Church of England met."
    )
    assert got == {"SUVA": T.GPE, "Parliament": T.ORG, "Church of England": T.ORG}


def test_a_digests_section_headings_and_a_racecards_letters_are_no_names() -> None:
    text = (
        "Selvam into India Open semis\n\nCHENNAI, JANUARY 18 - Karthik Selvam smashed an "
        "unbeaten 88.\n\nCRICKET\n\nCounty Championship, Division One\n\nRUGBY LEAGUE\n\n"
        "Leeds Rhinos 24 Wigan Warriors 18\n\n1. Silver Jacaranda J: Hamish Loughnan\n"
    )
    got = found(text)
    assert got["JANUARY 18"] is T.DATE
    assert not {"CRICKET", "RUGBY LEAGUE", "RUGBY", "J", "JANUARY"} & got.keys()


def test_a_results_row_after_a_colon_is_sides_and_scores_not_models() -> None:
    got = found(
        "NHL (home team second): New Jersey Devils 2 Toronto Maple Leafs 5; Chicago "
        "Blackhawks 3 Winnipeg Jets 4 (OT); Anaheim Ducks 1 Vegas Golden Knights 3"
    )
    assert got["Toronto Maple Leafs"] is T.ORG and got["Winnipeg Jets"] is T.ORG
    assert T.PRODUCT not in got.values()
    # A model's number before a semicolon is still a model's.
    assert found("Sales of the Pixel 9; the iPhone 15 sold.")["Pixel 9"] is T.PRODUCT


def test_a_team_sheets_initials_stay_with_their_surnames() -> None:
    got = found(
        "Wales: C. Parry (Cardiff), J. Griffiths (Aberavon), K. O'Driscoll (Instonians)."
    )
    assert {"C. Parry", "J. Griffiths", "K. O'Driscoll"} <= got.keys()
    assert not {"J", "C", "K", "Griffiths"} & got.keys()
    # A letter that ends a sentence still ends it.
    assert "B. Officials" not in found("It was Plan B. Officials agreed.")


def test_a_club_with_a_peoples_name_in_a_sports_report_is_a_club() -> None:
    text = (
        "Celtic hold Barcelona in Nou Camp\n\n"
        "Celtic produced a battling display to draw 1-1 in their Champions League group. "
        "Celtic manager Tommy Rennie said his side had defended well. English manager "
        "Roy Hodgson watched from the stand as the Scottish side took a point."
    )
    got = [(e.text, e.type) for e in extract_entities(text)]
    assert ("Celtic", T.ORG) in got and ("Celtic", T.NORP) not in got
    # A nation's word needs more than "manager" after it to be a club.
    assert ("English", T.NORP) in got


def test_an_index_named_with_an_ampersand_keeps_its_number() -> None:
    got = [(e.text, e.type) for e in extract_entities("The S&P 500 fell 2% and the FTSE 100 rose.")]
    assert ("S&P 500", T.PRODUCT) in got
    assert ("FTSE 100", T.PRODUCT) in got


def test_a_wire_agency_in_a_dateline_is_the_agency_though_a_town_shares_its_name() -> None:
    text = "BEIJING, March 3 (Xinhua) -- Vice Premier Qian Zhongwei met the minister on Monday."
    assert found(text)["Xinhua"] is T.ORG


def test_markers_with_no_title_among_them_name_a_body() -> None:
    got = found(
        "He told the Daily Mail that he would stay, and she told the Mail & Guardian "
        "that she would go."
    )
    assert got["Daily Mail"] is T.ORG
    assert got["Mail & Guardian"] is T.ORG
    got = found("Standard Bank shares rose, the Cabinet Office said. Group VP Tom Lee agreed.")
    assert got["Standard Bank"] is T.ORG
    assert got["Cabinet Office"] is T.ORG
    assert "Group VP" not in got and "Group" not in got  # a title among markers: no name


def test_a_surname_in_capitals_is_the_person_named_in_full() -> None:
    text = (
        "Nadia Okoro spoke to Tom Pettifer, chief executive of Southern Water.\n\n"
        "OKORO: Mr Pettifer, that is the biggest fine your company has had.\n\n"
        "PETTIFER: Good morning, Nadia.\n\n"
        "LINCOLN, Neb. (AP) — A Mr Lincoln was not there."
    )
    got = [(e.text, e.type, e.canonical) for e in extract_entities(text)]
    assert ("OKORO", T.PERSON, "Nadia Okoro") in got
    assert ("PETTIFER", T.PERSON, "Tom Pettifer") in got
    assert ("LINCOLN", T.GPE, "Lincoln") in got or ("LINCOLN", T.GPE, "LINCOLN") in got


def test_an_agency_in_a_dateline_or_byline_line_is_an_organisation() -> None:
    got = found("Yen firms on exports\nTOKYO, Aug 27 (Reuters) -\nThe yen rose on Tuesday.\n")
    assert got["Reuters"] is T.ORG
    got = found("Flood waters recede\nBy KAREN WHITFIELD Associated Press\n\nRivers fell.\n")
    assert got["Associated Press"] is T.ORG


def test_the_outlet_after_a_reporters_role_is_an_organisation() -> None:
    text = "Shops close early\nBusiness reporter, Harbour Daily News\n\nSales fell in May.\n"
    assert found(text)["Harbour Daily News"] is T.ORG


def test_a_broadcasts_title_before_programme_is_a_work_not_a_date() -> None:
    got = found("Ms Okafor told BBC Radio 4's Today programme that sales fell today.")
    assert got["Today"] is T.PRODUCT
    got = found("Its cake was on the BBC programme Country Kitchens in 2019.")
    assert got["BBC"] is T.ORG


def test_a_brand_in_camel_case_is_a_name() -> None:
    got = found("Shares in easyJet rose, and the airline easyJet said fares would fall.")
    assert got["easyJet"] is T.ORG
    assert "mRNA" not in found("The mRNA vaccine was approved.")


def test_a_place_with_a_plural_verb_outside_sport_stays_a_place() -> None:
    text = (
        "Residents of towns in western Victoria have been told it is too late to leave as "
        "the fire spread. Crews from Melbourne were sent to help."
    )
    assert found(text)["Victoria"] is T.GPE


def test_a_word_capitalised_only_inside_a_longer_name_opens_sentences_as_a_word() -> None:
    text = (
        "The council heard from Tucson Water about the rate rise. Water levels in Lake Mead "
        "have fallen, and the water utility said bills would rise."
    )
    got = found(text)
    assert "Water" not in got
    assert got["Tucson Water"] is T.ORG
    # Its capitals of its own elsewhere still make it a name ("Shares in Next rose").
    assert found("Shares in Next rose. Next said sales grew, and next year looks good.")[
        "Next"
    ] is T.ORG


def test_the_pronoun_after_a_place_is_not_part_of_its_name() -> None:
    got = found(
        '"When I was a little girl in Sofia I watched this tournament," she said. Charles I '
        "was executed in 1649, and World War I ended in 1918."
    )
    assert got["Sofia"] is T.GPE and "Sofia I" not in got
    assert got["Charles I"] is T.PERSON
    assert got["World War I"] is T.EVENT


def test_a_team_sheets_brackets_hold_clubs_even_when_towns_name_them() -> None:
    text = (
        "Wales recalled two forwards for the trip to Rome.\n\n"
        "Wales: K Morgan (Swansea); R Pryce (Cardiff), D Hale (Bridgend), T Lewis "
        "(Newport, capt), S Jones (Cardiff). Replacements: G Evans (Bridgend), "
        "P Rees (Swansea).\n\nThe match kicks off at 1500."
    )
    got = found(text)
    for club in ("Swansea", "Cardiff", "Bridgend", "Newport"):
        assert got[club] is T.ORG, club
    assert got["Rome"] is T.GPE
    # One player and his home town in brackets is no team sheet.
    got = found("The winner, K Morgan (Swansea), was presented with the trophy by the mayor.")
    assert got["Swansea"] is T.GPE


def test_an_opening_time_word_or_former_is_no_part_of_the_name_after_it() -> None:
    text = (
        'Former Wales wing Gareth Lloyd backed the coach. "Tonight Scotland has sent a '
        'message," said the SNP leader. "Tonight Labour MPs had their chance," he added.'
    )
    got = found(text)
    assert got["Wales"] is T.GPE
    assert got["Scotland"] is T.GPE
    assert got["Labour"] is T.ORG
    assert not any(name.startswith(("Former", "Tonight")) for name in got)
    assert "Labour MPs" not in got


def test_a_town_fielding_a_side_is_still_the_town_where_the_sentence_goes_there() -> None:
    text = (
        "Whitby beat Scarborough 3-1 in the league on Saturday, their striker scoring twice. "
        "Scarborough manager Ian Dale said: \"People in Scarborough will be gutted.\" "
        "Whitby travel to Selby next week, and their fans enjoyed the bus back to Whitby. "
        "Whitby have won four league matches in a row, and in Whitby's next match "
        "their striker is suspended."
    )
    entities = extract_entities(text)
    types = [(e.text, e.type) for e in entities if e.text in ("Whitby", "Scarborough")]
    assert types == [
        ("Whitby", T.ORG),
        ("Scarborough", T.ORG),
        ("Scarborough", T.ORG),
        ("Scarborough", T.GPE),
        ("Whitby", T.ORG),
        ("Whitby", T.GPE),
        ("Whitby", T.ORG),
        ("Whitby", T.ORG),
    ]


def test_a_body_named_for_places_no_list_knows_is_one_name() -> None:
    text = (
        "The line was absorbed into the Strathardle and Blairgowrie Railway in 1921. The "
        "ward opened as the Skipton and District Cottage Hospital; Harrowden and Nene Valley "
        "District Council later ran the site. The hospital is a mile from Skipton station."
    )
    got = found(text)
    assert got["Strathardle and Blairgowrie Railway"] is T.ORG
    assert got["Skipton and District Cottage Hospital"] is T.ORG
    assert got["Harrowden and Nene Valley District Council"] is T.ORG
    # The town the hospital is named for is still a town, not a short form of it.
    assert got["Skipton"] is T.GPE


def test_lists_of_names_before_a_body_stay_apart() -> None:
    got = found(
        "Shares in Barclays and Lloyds Bank fell. Residents of Ardrew Park and Killybegs "
        "Court objected, and buses run to the Vanaz and Garware College metro stations."
    )
    assert "Barclays and Lloyds Bank" not in got
    assert "Ardrew Park and Killybegs Court" not in got
    assert "Vanaz and Garware College" not in got


def test_american_results_with_a_comma_between_the_sides_are_clubs() -> None:
    text = (
        "Dakota Whitfield ran for 214 yards and three touchdowns as Spiro beat Heavener 35-14 "
        "in the district game on Friday night.\n\n"
        "Other area scores: Poteau 42, Stigler 7; Roland 28, Keota 0; Pocola 21, "
        "Talihina 20 (OT); Wister 34, Quinton 13."
    )
    got = found(text)
    for side in ("Poteau", "Stigler", "Keota", "Talihina", "Quinton"):
        assert got[side] is T.ORG, side
    assert not [name for name, kind in got.items() if kind is T.PRODUCT]


def test_a_scorers_line_with_commas_stays_people() -> None:
    text = (
        "Chelsea beat Everton 2-0 at Stamford Bridge to go top of the Premiership.\n\n"
        "Goals: Lampard 34, Drogba 61."
    )
    got = found(text)
    assert got["Lampard"] is T.PERSON and got["Drogba"] is T.PERSON


def test_bodies_and_surnames_listed_before_a_body_stay_apart() -> None:
    got = found(
        "Funding came from Oxfam and Wellcome Trust. Clashes between Hamas and Gaza Police "
        "were reported. He spoke to Kowalski and Nowak Council officials."
    )
    assert "Oxfam and Wellcome Trust" not in got and "Hamas and Gaza Police" not in got
    assert "Kowalski and Nowak Council" not in got


def test_names_with_numbers_and_semicolons_outside_sport_are_no_clubs() -> None:
    got = found("Ages of the victims: Wilson 42, Harper 37; Lopez 19, Grant 8.")
    assert T.ORG not in {got.get(name) for name in ("Wilson", "Harper", "Lopez", "Grant")}


def test_a_lists_items_are_names_in_full_not_a_headline() -> None:
    text = (
        "Live Updates: Snow, Ice Close Schools Across Central Iowa\n\n"
        "Schools closed on Tuesday as the storm arrived.\n\n"
        "- Ankeny Community School District: Closed\n"
        "- Polk County Board of Supervisors: Meeting moved to Thursday\n\n"
        "Transfers announced on Monday:\n\n"
        "M. Harini: Managing Director, Telangana State Civil Supplies Corporation\n"
    )
    got = found(text)
    assert got["Ankeny Community School District"] is T.ORG
    assert got["Polk County Board of Supervisors"] is T.ORG
    assert got["Telangana State Civil Supplies Corporation"] is T.ORG
    assert got["M. Harini"] is T.PERSON
    # The article's headline stays a headline, whatever its shape: no "Ice Close Schools".
    assert not any(name.startswith(("Snow", "Ice")) for name in got)


def test_a_price_in_currency_letters_is_no_name() -> None:
    got = found(
        "LAGOS - The NNPC raised petrol to N75 a litre.\n"
        "N128.50 was the naira's close against the dollar, and RM2.10 a litre in Malaysia."
    )
    assert "N128.50" not in got and "RM2.10" not in got
    assert got["NNPC"] is T.ORG


def test_a_price_with_its_magnitude_glued_on_is_no_name() -> None:
    got = found(
        "Police said the syndicate cheated victims of more than RM38mil. Petronas earned "
        "RM18.4bil, Reliance Rs5bn and Dangote N1.2bn in the same quarter."
    )
    assert not {"RM38mil", "RM18.4bil", "Rs5bn", "N1.2bn"} & set(got)
    assert got["Petronas"] is T.ORG


def test_honorifics_of_west_africa_south_asia_and_malaysia_are_no_part_of_the_name() -> None:
    got = found(
        "The chairman, Alhaji Sani Bashir Danlami, spoke first. Group managing director "
        "Datuk Tan Chee Keong said the order book was full. The memo was addressed to "
        "Shri Shashank Tripathi. U Tun Lin Aung, a fisherman, and Jesus Dato also spoke."
    )
    for name in ("Sani Bashir Danlami", "Tan Chee Keong", "Shashank Tripathi"):
        assert got[name] is T.PERSON, got
    # Names that are the same words stay whole: Burmese "Tun", the surname "Dato".
    assert any(k.endswith("Tun Lin Aung") for k in got) and "Jesus Dato" in got
    # Before a body's, a place's or a building's name they are words of that name.
    got = found(
        "Students at Shri Ram College of Commerce protested. Traders at Mallam Atta Market "
        "in Accra closed their stalls. Amy Lee told the Greenfield Recorder that she would "
        "stand. Sentencing, Recorder Imogen Tate said it was a grave offence."
    )
    assert got["Shri Ram College of Commerce"] is T.ORG
    assert got["Mallam Atta Market"] is T.ORG and got["Greenfield Recorder"] is T.ORG
    assert got["Imogen Tate"] is T.PERSON


def test_the_comrade_of_southern_african_parties_is_no_part_of_the_name() -> None:
    got = found(
        "Provincial spokesperson Cde Rutendo Chikava told NewsDay that the party was "
        "united. The chairman, Cde. Tinashe Mudzingwa, denied it. Comrade Joseph Dube said "
        "he would appeal."
    )
    for name in ("Rutendo Chikava", "Tinashe Mudzingwa", "Joseph Dube"):
        assert got[name] is T.PERSON, got


def test_a_peers_title_is_no_part_of_the_name_and_a_courtesy_title_names_a_person() -> None:
    got = found(
        "Helen Ashby sat in cabinet for six years. Tom shouted, Baroness Ashby says. Home "
        "Office minister Baroness Scotland argued that the service was fine. Mr Bristol agreed."
    )
    assert got["Ashby"] is T.PERSON and "Baroness Ashby" not in got
    # A surname that is also a place, after a courtesy title: a person.
    assert got["Scotland"] is T.PERSON and got["Bristol"] is T.PERSON


def test_letters_before_an_amount_in_thousands_are_no_name() -> None:
    got = found("A bag of cement that cost N2,900 to produce now costs N7,800 in Lagos.")
    assert "N2" not in got and "N7" not in got and got["Lagos"] is T.GPE


def test_a_word_english_never_writes_before_a_surname_opens_a_name() -> None:
    got = found(
        "Sioned Evans, whose two children attend the school, said parents felt betrayed.\n\n"
        "Keely Hodgkinson served notice that she is back.\n\n"
        "Reappointed Carolyn Snow of Mountain Home to the board.\n\n"
        "Demining Ukraine will take decades."
    )
    assert got["Sioned Evans"] is T.PERSON and got["Keely Hodgkinson"] is T.PERSON
    # Before a given name or a country the word is still an ordinary one.
    assert got["Carolyn Snow"] is T.PERSON and got["Ukraine"] is T.GPE


def test_a_pageants_miss_and_an_offices_title_do_not_make_a_place_a_person() -> None:
    got = found("Organisers of the Miss Galway pageant said entries had doubled.")
    assert got.get("Galway") is T.GPE


def test_an_initial_after_a_title_opens_the_name_as_indian_papers_write_it() -> None:
    got = found(
        "Chief Minister K. Ramanathan said the pact protected farmers. Water Resources "
        "Minister S. Lakshmi Narayana explained it. Plan B. Officials said so."
    )
    assert got["K. Ramanathan"] is T.PERSON and got["S. Lakshmi Narayana"] is T.PERSON
    assert "Plan B" not in got and "B. Officials" not in got


def test_an_english_adjectives_prefix_opens_no_name() -> None:
    got = found("Nigel Farage lost his seat.\n\nUnbowed Farage told supporters to fight on.")
    assert "Unbowed Farage" not in got and got["Farage"] is T.PERSON


def test_advocates_and_engineers_titles_are_no_part_of_the_name() -> None:
    got = found(
        "MDR spokesperson Adv Rutendo Chikore said the party would appeal. Harare town "
        "clerk Eng Farai Mushonga said vendors had been warned. Adv Chikore disagreed."
    )
    assert got["Rutendo Chikore"] is T.PERSON and got["Farai Mushonga"] is T.PERSON
    assert got["Chikore"] is T.PERSON and not {"Adv", "Eng"} & set(got)


def test_a_relative_at_a_sentence_start_is_no_part_of_the_name() -> None:
    got = found(
        "The farm passed to the family.\n\nGrandson Dafydd Evans, 26, said he would stay. "
        "Widow Joanne Arkwright said she was proud. Son Heung-min scored twice."
    )
    assert got["Dafydd Evans"] is T.PERSON and got["Joanne Arkwright"] is T.PERSON
    assert got["Son Heung-min"] is T.PERSON  # a surname, not a son
    # Names that open with the word keep it.
    assert "Parents Against Cuts" in found("Parents Against Cuts, a campaign group, objected.")
    assert "Wife Swap" in found("Wife Swap returns to Channel 4.")
    assert "Grandparents Plus" in found("Grandparents Plus chief executive Sam Smith spoke.")


def test_eng_alone_is_a_surname() -> None:
    got = found("Kevin Eng, 45, was fined. Eng told the court he was sorry. Mr Eng left.")
    assert got["Kevin Eng"] is T.PERSON and got["Eng"] is T.PERSON


def test_eng_inside_a_chinese_name_is_no_title() -> None:
    got = found("Singapore MP Lim Eng Hock visited the site on Monday.")
    assert got["Lim Eng Hock"] is T.PERSON
    assert "Ong Eng Guan" in found("Ong Eng Guan was Singapore's first mayor.")


def test_a_nation_code_in_a_results_list_is_a_place_not_a_title() -> None:
    got = found("-15 L Westwood (Eng) 68 66 68 68\n-14 S Lyle (Sco) 70 66 69 67")
    assert got["Eng"] is T.GPE


def test_a_hyphenated_given_name_ending_in_ing_stays_whole() -> None:
    names = found(
        "Leung Chun-ying said the city would recover. Ho Kwok-ming and Xi Jin-ping agreed."
    )
    assert names["Leung Chun-ying"] == T.PERSON
    assert names["Ho Kwok-ming"] == T.PERSON
    assert names["Xi Jin-ping"] == T.PERSON
    # A participle joined to a name still describes it: "Beijing-leaning".
    assert "Beijing" in found("The Beijing-leaning camp won a seat.")


def test_a_ministers_portfolio_after_for_is_part_of_the_title() -> None:
    names = found(
        "Minister of State for Petroleum Resources Halima Bello-Danjuma spoke in Abuja. "
        "Secretary of State for Health John Reid agreed."
    )
    assert names.get("Halima Bello-Danjuma") == T.PERSON
    assert names.get("John Reid") == T.PERSON
    assert not any("Petroleum" in name or "Health" in name for name in names)
    assert found("The Minister for Finance confirmed the cut.") == {}
    assert found("He met the Director of Public Prosecutions Max Hill.").get("Max Hill") == T.PERSON


def test_a_role_the_word_lists_lack_or_a_plural_title_before_a_name() -> None:
    names = found(
        "Seismologist Ananya Rao said the fault was active. Backbencher Colin Ferrisby, "
        "who represents a coastal seat, was dismayed. A bench of Justices Arvind Menon and "
        "Kavita Rao ruled."
    )
    assert {"Ananya Rao", "Colin Ferrisby", "Arvind Menon", "Kavita Rao"} <= set(names)
    assert not any(w in name for name in names for w in ("Seismologist", "Backbencher"))
    # A team named in the plural keeps its name.
    assert "Ottawa Senators" in found("The Ottawa Senators beat Toronto 3-2 on Saturday.")


def test_a_bodys_name_opening_with_a_roles_ending_keeps_it() -> None:
    for name in (
        "Baptist Health South Florida",
        "Zionist Organization of America",
        "Navigator Holdings Ltd",
        "Humanist Society Scotland",
    ):
        assert name in found(f"{name} said on Monday it would appeal.")
    assert "National Association of Women Judges" in found(
        "The National Association of Women Judges met."
    )


def test_a_tabloids_opening_capitals_are_the_name_written_elsewhere() -> None:
    text = (
        "Brexford Town sack Gary Lunn\n\n"
        "BREXFORD Town have sacked manager Gary Lunn. RORY Hogg scored twice, and Rory "
        "Hogg was substituted late. Brexford Town meet again on Friday."
    )
    canonical = {e.text: e.canonical for e in extract_entities(text)}
    assert canonical["BREXFORD Town"] == "Brexford Town"
    assert canonical["RORY Hogg"] == "Rory Hogg"


def test_honorifics_and_two_part_portfolios_stand_outside_the_name() -> None:
    text = (
        "Minister of State for Rural Connectivity and Infrastructure Harinarayan Prasad "
        "Mandal visited the site. Minister for Water and Sanitation Lerato Mokoena said the "
        "dam was full. Haji Muhammad Younis leads the traders, and Barrister Khurram Shahzad "
        "Awan filed the petition before District Magistrate Ashok Kumar Chaudhary. "
        "Forecaster Hannah Szabo expects rain. Chancellor of the Exchequer Kenneth Clarke and "
        "Bank of England Governor Eddie George met."
    )
    people = {e.text for e in extract_entities(text) if e.type is T.PERSON}
    assert {
        "Harinarayan Prasad Mandal",
        "Lerato Mokoena",
        "Muhammad Younis",
        "Khurram Shahzad Awan",
        "Ashok Kumar Chaudhary",
        "Hannah Szabo",
        "Kenneth Clarke",
    } <= people
    orgs = {e.text for e in extract_entities(text) if e.type is T.ORG}
    assert "Bank of England" in orgs
    assert not {"Rural Connectivity", "Sanitation Lerato Mokoena"} & (people | orgs)


def test_a_body_named_like_a_title_keeps_its_name() -> None:
    text = "Advocate Health Care said it would cut 500 jobs."
    found = {e.text: e.type for e in extract_entities(text)}
    assert "Health Care" not in found
    assert found.get("Advocate Health Care") is T.ORG


def test_malaysian_two_word_honorifics_stay_out_of_the_name() -> None:
    text = (
        "Datuk Seri Azhar Kamaruddin said the syndicate was large. Tan Sri Lim Kok Thay "
        "agreed, and Tan Boon Hock did not. Penang police chief Comm Datuk Hamzah Idris "
        "said the raids went on. He flew to Bandar Seri Begawan and Sri Lanka."
    )
    got = found(text)
    for name in ("Azhar Kamaruddin", "Lim Kok Thay", "Tan Boon Hock", "Hamzah Idris"):
        assert got[name] is T.PERSON
    assert got["Bandar Seri Begawan"] is T.GPE
    assert got["Sri Lanka"] is T.GPE
    assert not {"Tan", "Sri", "Seri", "Comm"} & set(got)


def test_a_name_shortened_to_its_first_words_is_the_full_name() -> None:
    text = (
        "Mohd Firdaus Abdullah, 23, said he had been lured. Mohd Firdaus said he lost it "
        "all. Marcus Elphick GUILTY was the headline; Marcus Elphick wept."
    )
    got = {e.text: e.canonical for e in extract_entities(text)}
    assert got["Mohd Firdaus"] == "Mohd Firdaus Abdullah"
    # a headline's capitals are no part of a name to shorten
    assert got["Marcus Elphick"] == "Marcus Elphick"


def test_a_bodys_cause_after_its_members_plural_is_in_its_name() -> None:
    got = found(
        "The Society for Tenants' Rights said rents rose. The Department of Veterans’ "
        "Affairs declined to comment."
    )
    assert got["Society for Tenants' Rights"] is T.ORG
    assert got["Department of Veterans’ Affairs"] is T.ORG


def test_a_rank_in_capitals_is_a_title_before_the_surname() -> None:
    text = "Lieutenant-Colonel Sharon Tay said it was bad. LTC Tay told reporters it was out."
    got = {e.text: e.canonical for e in extract_entities(text)}
    assert got == {"Sharon Tay": "Sharon Tay", "Tay": "Sharon Tay"}


def test_rank_letters_are_titles_only_before_a_name() -> None:
    got = found("Birmingham hosted the Comm Games in 2022, and Comm Games chiefs said costs rose.")
    assert got["Comm Games"] is T.EVENT
    got = {e.text: e.canonical for e in extract_entities(
        "The Lahore Transport Company (LTC) raised fares. The LTC said the rise was needed."
    )}
    assert got["LTC"] == "Lahore Transport Company"


def test_a_malay_honorific_after_datos_apostrophe_and_one_in_a_bodys_name() -> None:
    got = found("Dato' Sri Najib Razak was convicted. The Toh Puan Rahah Foundation gave RM1m.")
    assert got["Najib Razak"] is T.PERSON
    assert "Sri" not in got
    assert got["Toh Puan Rahah Foundation"] is T.ORG


def test_first_words_shared_by_two_full_names_stand_for_neither() -> None:
    text = "Ahmad Faizal Azumu and Ahmad Faizal Abdullah spoke. Ahmad Faizal said nothing."
    got = {e.text: e.canonical for e in extract_entities(text)}
    assert got["Ahmad Faizal"] == "Ahmad Faizal"


def test_members_plural_then_a_cause_is_a_name_only_after_a_bodys_of_or_for() -> None:
    got = found("Farmers' Rights activists marched on the ministry.")
    assert not any(name.startswith("Farmers") for name in got)


def test_regions_english_names_otherwise_than_iso_are_places() -> None:
    got = found(
        "Police crippled a scam syndicate in Penang, arresting 41 people. Shares of Penang "
        "Digital fell 4%. Volkswagen, based in Lower Saxony, will build in Normandy."
    )
    assert got["Penang"] is T.GPE  # not short for Penang Digital
    assert got["Penang Digital"] is T.ORG
    assert got["Lower Saxony"] is T.GPE and got["Normandy"] is T.GPE


def test_a_bodys_cause_after_to_is_part_of_its_name() -> None:
    got = found(
        "The Buckeye Freedom to Read Coalition sued. The Campaign to Protect Rural England "
        "objected. Fans flew from London to Paris, and Google sold the unit to Alphabet Inc."
    )
    assert got["Buckeye Freedom to Read Coalition"] is T.ORG
    assert got["Campaign to Protect Rural England"] is T.ORG
    assert got["London"] is T.GPE and got["Paris"] is T.GPE
    assert got["Google"] is T.ORG and got["Alphabet Inc"] is T.ORG


def test_an_all_star_before_a_name_is_no_part_of_it() -> None:
    got = found(
        "Former Galway All-Star Colm Fahy wrote that the team had lost. "
        "Fahy played in the MLB All-Star Game in July."
    )
    assert got["Colm Fahy"] is T.PERSON and got["Galway"] is T.GPE
    assert "MLB All-Star Game" in got


def test_house_chamber_and_hall_head_names_with_of() -> None:
    got = found(
        "The House of Commons voted, and the Chamber of Deputies agreed. He is in the "
        "Hockey Hall of Fame. The White House said nothing."
    )
    assert got["House of Commons"] is T.ORG and got["Chamber of Deputies"] is T.ORG
    assert "Hockey Hall of Fame" in got
    assert got["White House"] is T.GPE


def test_a_street_after_on_is_where_a_body_stands_not_its_name() -> None:
    got = found(
        "Parents met at Lebanon High School on Drake Road. The Council on Foreign "
        "Relations and the Committee on Climate Change wrote to them."
    )
    assert got["Lebanon High School"] is T.ORG and got["Drake Road"] is T.GPE
    assert got["Council on Foreign Relations"] is T.ORG
    assert got["Committee on Climate Change"] is T.ORG


def test_a_town_after_in_is_the_town_though_the_article_is_about_its_namesake() -> None:
    text = (
        "Aarne Lahti (born 1961 in Lahti) is a Finnish composer. Lahti studied in Helsinki "
        "and now lives in Lahti. In Lahti v. Nokia, the court found for him."
    )
    got = [(e.text, e.type) for e in extract_entities(text) if e.text == "Lahti"]
    assert got == [("Lahti", T.GPE), ("Lahti", T.PERSON), ("Lahti", T.GPE), ("Lahti", T.PERSON)]


def test_to_between_two_bodies_or_before_a_title_joins_nothing() -> None:
    got = found(
        "He moved from Liverpool to Norwich City Council in 2019. The report was sent by "
        "the Senate Intelligence Committee to President Biden."
    )
    assert got["Liverpool"] is T.GPE and got["Norwich City Council"] is T.ORG
    assert got["Senate Intelligence Committee"] is T.ORG


def test_a_surname_hall_or_house_of_a_place_is_a_person_and_a_place() -> None:
    got = found(
        "Former coach Mike Hall of Stanford said so. Sarah House of Oxfam agreed. "
        "Carnegie Hall of New York opened."
    )
    assert got["Mike Hall"] is T.PERSON and got["Sarah House"] is T.PERSON
    assert got["Oxfam"] is T.ORG and got["New York"] is T.GPE


def test_a_person_doing_something_or_held_in_is_no_town() -> None:
    got = [
        (e.text, e.type)
        for e in extract_entities(
            "Lewis Hamilton won. The race ended in Hamilton taking the lead. The team was "
            "interested in Hamilton in 2012."
        )
    ]
    assert got.count(("Hamilton", T.PERSON)) == 2


def test_given_names_and_surnames_that_are_regions_stay_people() -> None:
    got = found("Brittany, 24, said she had waited. Governor Hesse said the budget balanced.")
    assert got["Brittany"] is T.PERSON and got["Hesse"] is T.PERSON


def test_in_before_a_player_in_sport_talk_is_no_town() -> None:
    text = (
        'Midfielder Tom Preston has been the find of the season. "We have found a gem in '
        'Preston," the manager said. Rowett brought in Preston for Smith. Preston was born '
        "in Preston."
    )
    got = [(e.text, e.type) for e in extract_entities(text) if e.text == "Preston"]
    assert got == [("Preston", T.PERSON)] * 3 + [("Preston", T.GPE)]


def test_hall_of_after_a_title_or_alone_is_a_surname() -> None:
    got = found("Mr Hall of Barclays said so. Prof Hall of Stanford University agreed.")
    assert got["Barclays"] is T.ORG and got["Stanford University"] is T.ORG
    assert got["Hall"] is T.PERSON


def test_a_cause_after_to_is_a_verb_causes_are_named_with() -> None:
    got = found(
        "The Coalition to Labor swing was 3 per cent. Freedom to Read Foundation President "
        "Jane Doe said the Commission on Lake Victoria Basin had met."
    )
    assert "Coalition to Labor" not in got
    assert got["Freedom to Read Foundation"] is T.ORG and got["Jane Doe"] is T.PERSON
    assert got["Commission on Lake Victoria Basin"] is T.ORG


def test_the_place_a_council_or_police_force_serves_is_the_place_alone() -> None:
    text = (
        "Lismore City Council opened a drop-off. Residents of Lismore queued, and "
        "Surrey Police said officers in Surrey had searched Lismore Street."
    )
    got = [(e.text, e.type) for e in extract_entities(text)]
    assert ("Lismore City Council", T.ORG) in got and ("Surrey Police", T.ORG) in got
    assert ("Lismore", T.GPE) in got and ("Surrey", T.GPE) in got


def test_a_playing_position_or_a_rank_opening_a_sentence_is_no_part_of_the_name() -> None:
    # A position in a match report.
    names = found(
        "Wales lost 24-10 to England at Twickenham. Lock Dafydd Morgan, who won his 50th "
        "cap, said the team let in two tries. Flanker Tom Curry scored for the winners."
    )
    assert {"Dafydd Morgan", "Tom Curry"} <= set(names)
    assert not any(w in n for n in names for w in ("Lock", "Flanker"))
    names = found("Undersheriff Carla Mendez said both deputies were on leave.")
    assert names == {"Carla Mendez": T.PERSON}
    # Not a two-word name that opens with such a word.
    assert "Lock" not in found("Lock Stock and Two Smoking Barrels was released.")


def test_a_trade_of_firms_and_people_defines_a_person_named_in_full() -> None:
    assert found("Jenny Lee, a developer from Austin, said she had ordered two.") == {
        "Jenny Lee": T.PERSON, "Austin": T.GPE,
    }  # fmt: skip
    assert found("Barratt Homes, a developer, said sales rose.") == {"Barratt Homes": T.ORG}


def test_a_demonym_after_a_courtesy_title_is_a_surname() -> None:
    names = found('Adrian Pole KC questioned Reyes. "Is that so?" Mr Pole asked.')
    assert names.get("Pole") == T.PERSON
    assert found("The Pole was arrested in Dover.").get("Pole") == T.NORP


def test_philippine_villages_their_heads_and_peso_prices() -> None:
    names = found(
        "Punong Barangay Nestor Sumagaysay said the road in Barangay Matag-ub would open. "
        "Farmers there sell palay at P17 a kilo, and the board set aside P48 million."
    )
    assert names == {"Nestor Sumagaysay": T.PERSON, "Barangay Matag-ub": T.GPE}


def test_a_person_beside_one_firm_in_a_pair_keeps_his_type() -> None:
    names = found("The consortium led by Todd Boehly and Clearlake Capital spent heavily.")
    assert names == {"Todd Boehly": T.PERSON, "Clearlake Capital": T.ORG}


def test_a_plural_rank_before_two_names_is_no_part_of_either() -> None:
    names = found(
        "Lieutenants Teignmouth Melvill and Nevill Coghill died trying to save the colours."
    )
    assert names == {"Teignmouth Melvill": T.PERSON, "Nevill Coghill": T.PERSON}
    # A body's or a side's plural keeps its name.
    assert "House of Councillors" in found("The bill passed the House of Councillors.")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Lake County Captains signed a new pitcher.", "Lake County Captains", T.ORG),
        ("The Sergeants Benevolent Association sued.", "Sergeants Benevolent Association", T.ORG),
        ("Singer Vehicle Design unveiled its latest restoration.", "Singer Vehicle Design", T.ORG),
        ("Shares in Barry Callebaut, a producer of chocolate, rose.", "Barry Callebaut", T.ORG),
        ("Barangay Kagawad Ramon Cruz was shot dead at his home.", "Ramon Cruz", T.PERSON),
    ],
)
def test_sides_firms_and_officers_this_stops_rules_must_not_break(
    text: str, name: str, kind: T
) -> None:
    assert found(text).get(name) == kind


def test_a_senior_counsels_letters_and_title_are_no_part_of_the_name() -> None:
    names = found(
        "Counsel assisting the commission, Rebecca Tann SC, took him through emails. Tann "
        "asked again. His lawyer, Senior Counsel Davinder Rai, said the minister would appeal."
    )
    assert names["Rebecca Tann"] is T.PERSON
    assert names["Davinder Rai"] is T.PERSON
    assert "Rebecca Tann SC" not in names and "Counsel Davinder Rai" not in names


def test_a_sports_clubs_letters_stay_in_its_name() -> None:
    names = found("Al Ahly SC beat Zamalek 2-1 in the league in Cairo on Friday.")
    assert names["Al Ahly SC"] is T.ORG


def test_a_body_named_for_a_contest_and_a_place_is_no_person() -> None:
    names = found(
        "Ryder Cup Europe said 50,000 spectators were expected. Europe captain Henrik "
        "Lindqvist named his pairs."
    )
    assert names["Ryder Cup Europe"] is T.ORG
    assert names["Europe"] is T.GPE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floods hit the state of Rio Grande do Sul on Monday.", "Rio Grande do Sul"),
        ("Workers at Central Única dos Trabalhadores struck.", "Central Única dos Trabalhadores"),
        ("The Central Única dos Trabalhadores (CUT) called a rally.",
         "Central Única dos Trabalhadores"),
        ("Trains left Gare du Midi at noon.", "Gare du Midi"),
        ("Stars walked into the Palais des Festivals in Cannes.", "Palais des Festivals"),
        ("Crowds filled the Plaza de Mayo on Friday.", "Plaza de Mayo"),
        ("He won a stage of the Tour de France in July.", "Tour de France"),
        ("Brine is pumped from the Salar de Atacama every day.", "Salar de Atacama"),
        ("Yacimientos de Litio Bolivianos signed the deal.", "Yacimientos de Litio Bolivianos"),
        ("The Federation Internationale de Motocyclisme fined him.",
         "Federation Internationale de Motocyclisme"),
    ],
)  # fmt: skip
def test_a_romance_languages_of_joins_one_names_words(text: str, name: str) -> None:
    assert name in found(text)


def test_a_colonels_title_opens_no_romance_name() -> None:
    names = found("He attacked on the Col du Tourmalet before the finish.")
    assert names.get("Tourmalet") is T.GPE and "du Tourmalet" not in names


def test_a_persons_particle_still_joins_only_a_persons_name() -> None:
    names = found("Maria dos Santos met Diego de la Vega in Lisbon.")
    assert names["Maria dos Santos"] is T.PERSON and names["Diego de la Vega"] is T.PERSON


@pytest.mark.parametrize(
    "name",
    [
        "Centers for Disease Control and Prevention",
        "National Oceanic and Atmospheric Administration",
        "Scripps Institution of Oceanography",
        "Intergovernmental Panel on Climate Change",
        "American Museum of Natural History",
    ],
)
def test_a_bodys_name_runs_on_past_its_of_and_its_subjects(name: str) -> None:
    assert found(f"Scientists at the {name} said the data were clear.")[name] is T.ORG


def test_an_observatory_on_a_mountain_is_two_names() -> None:
    names = found("Astronomers at the Keck Observatory on Mauna Kea saw it.")
    assert "Keck Observatory on Mauna Kea" not in names


def test_a_malay_patronymic_joins_a_persons_name() -> None:
    names = found("Rosli bin Ahmad and Nurul Aina binti Hassan spoke. Rosli said no.")
    assert names["Rosli bin Ahmad"] is T.PERSON
    assert names["Nurul Aina binti Hassan"] is T.PERSON


def test_a_relative_in_lower_case_before_a_name_makes_it_a_persons() -> None:
    names = found("Thackeray, whose father Bal Thackeray founded the party in 1966, said no.")
    assert names["Bal Thackeray"] is T.PERSON


def test_a_members_body_keeps_its_possessive_but_not_before_another_name() -> None:
    names = found(
        "The Cleveland Police Patrolmen's Association said cuts were dangerous. Crowds "
        "filled Melbourne's Federation Square."
    )
    assert names["Cleveland Police Patrolmen's Association"] is T.ORG
    assert names["Federation Square"] is T.GPE and names["Melbourne"] is T.GPE


def test_an_organisations_leading_the_stays_out_and_after_it_the_name_is_whole() -> None:
    names = found("He wrote in The Guardian on Monday. The New England Journal of Medicine said.")
    assert names["Guardian"] is T.ORG and "The Guardian" not in names
    assert names["New England Journal of Medicine"] is T.ORG
    assert found("He flew to The Hague.")["The Hague"] is T.GPE


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Republicans do Trump's bidding in the Senate.", "Republicans do Trump"),
        ("She said Londoners do Christmas differently.", "Londoners do Christmas"),
        ("The tapestry will return to the British Museum for Easter.", "British Museum for Easter"),
        ("A team at the Cavendish Laboratory of Cambridge University found it.",
         "Cavendish Laboratory of Cambridge University"),
        ("Britain's Society of Motor Manufacturers and Traders said output fell.",
         "Britain's Society of Motor Manufacturers and Traders"),
        ("Talks between the Islamic and Evangelical Alliance ended.",
         "Islamic and Evangelical Alliance"),
    ],
)  # fmt: skip
def test_the_reviews_cases_of_names_this_stop_must_not_join(text: str, joined: str) -> None:
    assert joined not in found(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Volkswagen said its sister Audi would also recall cars.", "Audi", T.ORG),
        ("He scored twice at the FIFA World Cup Qatar before retiring.",
         "FIFA World Cup Qatar", T.GPE),
    ],
)  # fmt: skip
def test_the_reviews_cases_of_types_this_stop_must_not_change(
    text: str, name: str, kind: T
) -> None:
    assert found(text)[name] is kind


@pytest.mark.parametrize("name", ["Cricket Australia", "Athletics Kenya", "Swimming Australia"])
def test_a_sport_and_a_country_opening_a_sentence_is_its_governing_body(name: str) -> None:
    text = f"The game was played in the heat. {name} said the crowd was a record for cricket."
    assert found(text)[name] is T.ORG


def test_a_wire_photo_credit_names_the_agency_not_its_photo() -> None:
    names = found("Stars arrive at the festival. (AP Photo/Laurent Cipriani)")
    assert names["AP"] is T.ORG and "AP Photo" not in names
    assert names["Laurent Cipriani"] is T.PERSON


@pytest.mark.parametrize(
    ("apposition", "kind"),
    [
        ("the Colombian who won in 2019,", T.PERSON),
        ("a Dane,", T.PERSON),
        ("the Swiss maker of trains,", T.ORG),  # an adjective before what it is
    ],
)
def test_one_of_a_nation_set_beside_a_name_is_a_person(apposition: str, kind: T) -> None:
    text = f"The stage ended in the rain, while Egan Bernal, {apposition} rode in support."
    assert found(text)["Egan Bernal"] is kind


@pytest.mark.parametrize(
    "name", ["St Mary's Catholic Primary School", "St Wilfrid's Catholic Academy"]
)
def test_a_saints_possessive_joins_a_faiths_word_when_the_name_goes_on(name: str) -> None:
    assert found(f"Inspectors rated {name} inadequate in March.")[name] is T.ORG


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hondo, a Western, was released in 1953.", "Hondo"),
        ("Vostok, the Russian, docked at noon.", "Vostok"),
    ],
)
def test_a_nations_adjective_alone_set_beside_a_name_makes_no_person(text: str, name: str) -> None:
    assert found(text).get(name) is not T.PERSON


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Players on the European Tour do Pilates to stay fit.", "Tour do Pilates"),
        ("Fans flocked to St Petersburg's Russian Museum on Sunday.",
         "St Petersburg's Russian Museum"),
        ("St Pauli's German Cup run ended in Munich.", "St Pauli's German Cup"),
    ],
)  # fmt: skip
def test_the_reviews_cases_of_names_the_romance_and_saints_rules_must_not_join(
    text: str, joined: str
) -> None:
    assert not any(joined in name for name in found(text))


def test_a_romance_landforms_word_that_is_a_given_name_stays_a_persons() -> None:
    names = found("Sierra de Jesus, 24, scored twice for the visitors.")
    assert names["Sierra de Jesus"] is T.PERSON


def test_a_race_named_in_its_language_is_an_event() -> None:
    assert found("He won a stage of the Tour de France in July.")["Tour de France"] is T.EVENT


def test_a_dateline_town_the_gazetteer_lacks_is_a_place_before_its_country() -> None:
    names = found("AX-LES-THERMES, France - Mads Holm, 19, took the yellow jersey on Sunday.")
    assert names["AX-LES-THERMES"] is T.GPE
    # a digest's heading in capitals before a dash names no town
    assert found("RZECZPOSPOLITA - The government will cut taxes.").get("RZECZPOSPOLITA") != T.GPE


def test_a_races_first_word_alone_is_the_race_named_in_full() -> None:
    text = (
        "Mads Holm took the yellow jersey of the Tour de France on Sunday. Holm, riding in "
        "his first Tour, crossed the line first."
    )
    tour = [e for e in extract_entities(text) if e.text == "Tour"]
    assert [(e.type, e.canonical) for e in tour] == [(T.EVENT, "Tour de France")]


@pytest.mark.parametrize(
    "name", ["US Centers for Disease Control and Prevention", "Scripps Institution of Oceanography"]
)
def test_a_body_headed_before_its_for_or_of_is_an_organisation_after_a_country(name: str) -> None:
    assert found(f"More than 300 people fell ill, according to the {name}.")[name] is T.ORG


def test_a_small_town_naming_its_club_or_hospital_stays_the_town() -> None:
    # No list knows Castlebar; written as a place wherever it stands alone, it names the
    # club and the hospital but does not stand for them.
    text = (
        "A cyclist was seriously injured on the outskirts of Castlebar on Saturday night. "
        "He was taken to Castlebar General Hospital. Anyone with information should "
        "contact gardaí in Castlebar. Members of Castlebar Cycling Club rode in his honour."
    )
    got = [(e.text, e.type) for e in extract_entities(text)]
    assert got.count(("Castlebar", T.GPE)) == 2
    assert ("Castlebar Cycling Club", T.ORG) in got
    assert ("Castlebar General Hospital", T.ORG) in got


def test_indigenous_peoples_are_groups_not_bodies() -> None:
    names = found(
        "Sámi reindeer herder Ánde Somby-Eira, 47, told NRK the rivers had moved. An "
        "Aboriginal man died in custody. She gave her speech first in Māori. Te Pāti Māori "
        "MP Rawiri Tane said iwi had not been consulted."
    )
    assert names["Sámi"] is T.NORP and names["Aboriginal"] is T.NORP
    assert names["Māori"] is T.NORP and names["Ánde Somby-Eira"] is T.PERSON
    # A party named for its people is still the party.
    assert names["Te Pāti Māori"] is not T.NORP


def test_a_company_named_for_its_founder_is_the_company_where_the_article_says_so() -> None:
    text = (
        "Hallworth Industries Inc said on Monday it agreed to buy Dunmore Packaging Corp for "
        "about $1.1 billion. Under the terms, Dunmore shareholders will receive $18 a share. "
        "Hallworth will also assume about $310 million of Dunmore debt. \"Dunmore has the "
        "plants, we have the customers,\" Hallworth's chief executive said. Dunmore, based in "
        "Rockford, Illinois, operates 14 plants. Founder Walter Dunmore, 71, and his family "
        "own about 60 percent of the company."
    )
    got = [(e.text, e.type) for e in extract_entities(text) if e.text == "Dunmore"]
    assert got and all(kind is T.ORG for _, kind in got)
    assert ("Walter Dunmore", T.PERSON) in [(e.text, e.type) for e in extract_entities(text)]
    # Where the article writes of the man, the surname alone is still the man.
    text = (
        "Walter Dunmore founded Dunmore Packaging in 1962. Dunmore, 71, said he would "
        "retire next year. Dunmore told staff he was proud of them."
    )
    got = [e.type for e in extract_entities(text) if e.text == "Dunmore"]
    assert got == [T.PERSON, T.PERSON]
    # The founder's obituary beside the firm's shares: what only a person does, or the
    # person just named in full, keeps the surname the man's.
    text = (
        "Harold Brackley, who founded Brackley Engineering Ltd in 1958, has died aged 94.\n\n"
        "Brackley shares rose 4 percent on Monday as investors bet the family would sell. "
        "The engineering group employs 800 people and reported record orders this year.\n\n"
        "In his youth Brackley worked at a foundry in Derby before the war took him to sea, "
        "where he learned the trade that would make his name and his fortune. Brackley "
        "retired in 2005 but kept an office at the works."
    )
    last = [e for e in extract_entities(text) if e.text == "Brackley"][-1]
    assert last.type is T.PERSON


def test_a_peoples_name_that_is_also_a_surname_or_a_company_is_left_to_the_article() -> None:
    names = found("Apache Corp said on Monday that Apache would buy the field.")
    assert names["Apache Corp"] is T.ORG and names.get("Apache") is not T.NORP
    text = "Khalid Berber, 34, was jailed on Friday. Berber told the court he was sorry."
    assert [e.type for e in extract_entities(text) if e.text == "Berber"] == [T.PERSON]


def test_a_clubs_name_alone_in_a_sports_report_is_still_the_club() -> None:
    text = (
        "Clontarf Cricket Club won the Leinster Senior League. The club, in Clontarf, north "
        "Dublin, beat Malahide. Clontarf needed 45 runs off the last five overs."
    )
    got = [(e.start, e.type) for e in extract_entities(text) if e.text == "Clontarf"]
    # the town where the sentence is in it, the club where it needs runs
    assert [kind for _, kind in got] == [T.GPE, T.ORG]


def test_a_law_is_one_name_with_its_year_and_a_later_the_act_is_none() -> None:
    got = found(
        "The tribunal heard claims under the Employment Rights Act 1996 and the Organisation"
        " of Working Time Act 1997. A confiscation hearing under the Proceeds of Crime Act"
        " follows, as the Act requires. The suit cites the Securities Exchange Act of 1934."
    )
    assert got["Employment Rights Act 1996"] is T.PRODUCT
    assert got["Organisation of Working Time Act 1997"] is T.PRODUCT
    assert got["Proceeds of Crime Act"] is T.PRODUCT
    assert got["Securities Exchange Act of 1934"] is T.PRODUCT
    assert "Act" not in got and "1996" not in got
    got = found("He was charged under Republic Act 3019. Unless the Public Order Act and the"
                " Chiefs' Authority Act are repealed, the talks end.")
    assert got["Republic Act 3019"] is T.PRODUCT
    assert "Public Order Act" in got


def test_a_given_name_that_is_a_word_opens_a_sentence_with_its_surname() -> None:
    got = found("Analysts disagreed. Grant Hollis, a strategist, said the bank was wrong.")
    assert got.get("Grant Hollis") is T.PERSON
    got = found("Hope Maddox led the Liberty with 24 points. Centre Declan Ryan scored twice.")
    assert "Hope Maddox" in got and "Declan Ryan" in got


def test_a_law_joins_only_as_cited_and_a_title_or_adverb_is_no_given_name() -> None:
    got = found("Debate on Online Safety Act enforcement begins. Kenya's Finance Bill 2024"
                " sparked protests. Apple and Digital Markets Act compliance costs rose.")
    assert "Online Safety Act" in got and "Finance Bill 2024" in got and "Apple" in got
    got = found("It rained. Major Walker inspected the troops. Soon Kane had doubled the lead.")
    assert "Major Walker" not in got and "Soon Kane" not in got


def test_a_name_set_after_app_or_product_is_the_product() -> None:
    got = found("The company's app, Thennai Sandhai, is available in Tamil. It plans to launch"
                " its savings product, Colchón, later this year.")
    assert got["Thennai Sandhai"] is T.PRODUCT and got["Colchón"] is T.PRODUCT
    got = found("Haugland, who performs under the name Kråke, sings in Nynorsk.")
    assert got.get("Kråke") is not T.PRODUCT


def test_a_firm_s_legal_form_ends_its_name_before_of_and_its_town() -> None:
    got = found("The driver worked for Tamar Aggregates Ltd of Callington. The unit went to"
                " Owens-Illinois Inc of Toledo, Ohio.")
    assert got["Tamar Aggregates Ltd"] is T.ORG and got["Callington"] is T.GPE
    assert got["Owens-Illinois Inc"] is T.ORG and got["Toledo"] is T.GPE


def test_after_the_game_or_within_the_app_a_name_is_no_product() -> None:
    got = found("After the game, Smith said he was proud. Within the app, Uber drivers see fares.")
    assert got["Smith"] is T.PERSON and got["Uber"] is T.ORG
    got = found("The Corp of London met. Universal Music Group NV of Hilversum reported.")
    assert "Corp of London" in got and got["Universal Music Group NV"] is T.ORG


def test_a_body_s_name_before_its_of_stands_for_the_one_body_it_opens() -> None:
    entities = extract_entities(
        "The Reserve Bank of New Zealand held its rate. Later the Reserve Bank said it would"
        " cut."
    )
    canonical = [(e.text, e.canonical) for e in entities if e.text == "Reserve Bank"]
    assert canonical == [("Reserve Bank", "Reserve Bank of New Zealand")]
    alone = extract_entities("The Reserve Bank of India and the Reserve Bank of Australia met."
                             " The Reserve Bank said.")
    assert [e.canonical for e in alone if e.text == "Reserve Bank"] == ["Reserve Bank"]


def test_a_country_no_list_knows_as_a_surname_stays_the_country_beside_a_name_ending_in_it(
) -> None:
    got = extract_entities(
        "The league is sponsored this season by Digicel Tonga and the Free Wesleyan Church."
        " She has told us she wants to play for Tonga. Tonga qualified for the World Cup."
    )
    assert [e.type for e in got if e.text == "Tonga"] == [T.GPE, T.GPE]
    # a country that is also a surname still means the person named in full
    got = found("Michael Jordan scored 40. Jordan said the team had worked hard.")
    assert got["Jordan"] is T.PERSON
    # nor where the longer name opens with a given name (the review's cases)
    got = found("Willie Tonga scored twice as the Bulldogs won. Tonga, 29, has nine tries.")
    assert got["Tonga"] is T.PERSON
    got = found("Baroness Patricia Scotland faced questions. Scotland said she had done no wrong.")
    assert got["Scotland"] is T.PERSON


def test_a_royal_title_names_a_person_whatever_place_shares_the_name() -> None:
    got = found("The dinner was attended by Crown Princess Victoria. Queen Victoria opened it.")
    assert got == {"Victoria": T.PERSON}
    assert found("He flew to Prince George, British Columbia.")["George"] is T.GPE
    for ship in ("The Queen Mary 2 sailed.", "The RMS Queen Mary, now a hotel, will close.",
                 "Cunard's Queen Victoria docked in Southampton."):
        assert T.PERSON not in found(ship).values(), ship


def test_born_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    got = found("Born Oluwadamilare Kolawole Badmus in Ibadan, the singer rose to fame.")
    assert got["Oluwadamilare Kolawole Badmus"] is T.PERSON
    assert found("Max Born won. Born said the theory held.")["Born"] is T.PERSON
    got = found("Born Free Foundation president Will Travers said the ban was overdue.")
    assert got["Born Free Foundation"] is T.ORG
    assert "Born Free USA" in found("Born Free USA filed a lawsuit on Monday.")


def test_an_award_of_the_year_is_one_name_even_when_it_opens_with_a_role() -> None:
    got = found("She won Female Vocalist of the Year and Album of the Year. Coach of the Year"
                " went to Smith, and he was named Player of the Year.")
    for award in ("Female Vocalist of the Year", "Album of the Year", "Coach of the Year",
                  "Player of the Year"):
        assert got[award] is T.PRODUCT
    assert got["Smith"] is T.PERSON
    assert not {"Year", "Player", "Coach", "of the Year"} & got.keys()
    # a plural or a year group is no award
    got = found("Highlights of the Year included a record harvest. Students of the Year 12"
                " class at Sydney Boys High sat the exam.")
    assert not any(name.endswith("of the Year") for name in got)


def test_a_plural_title_before_several_names_is_no_part_of_the_first() -> None:
    got = found(
        "The vote was 3-2, with Commissioners Everett Gentry-Nwosu and Caridad Montemayor "
        "in favour. Council Members Thaddeus Lark and Dustin Pfannkuch said no. The motion "
        "was carried 6-2 (Crs Pike and Fahey-Lui against)."
    )
    for name in ("Everett Gentry-Nwosu", "Caridad Montemayor", "Thaddeus Lark",
                 "Dustin Pfannkuch", "Pike", "Fahey-Lui"):
        assert got.get(name) is T.PERSON, name


def test_a_plural_title_in_a_bodys_or_a_places_name_stays_in_it() -> None:
    got = found(
        "The County Commissioners Association of Pennsylvania said so. The Tallow County "
        "Commissioners Court met on Monday. He watched from the Members Pavilion."
    )
    assert got["County Commissioners Association of Pennsylvania"] is T.ORG
    assert got["Tallow County Commissioners Court"] is T.ORG
    assert "Members Pavilion" in got


def test_an_aircraft_type_and_its_variant_are_one_product() -> None:
    got = found(
        "The airline flies 22 Boeing 737-800 aircraft and ordered six Airbus A321neo jets, "
        "an Airbus A321XLR and two ATR 72-600 turboprops."
    )
    for name in ("Boeing 737-800", "Airbus A321neo", "Airbus A321XLR", "ATR 72-600"):
        assert got.get(name) is T.PRODUCT, name
    assert "Boeing" not in got


def test_a_timetables_short_weekdays_are_no_names() -> None:
    got = found(
        "Route\tDays\tDep\nDa Nang - Perth\tTue, Thu, Sat\t23:50\n"
        "Perth - Da Nang\tWed, Fri, Sun\t08:45\n\nThe office opens Mon-Fri."
    )
    assert set(got) == {"Da Nang", "Perth"}


def test_the_sun_alone_is_still_the_newspaper() -> None:
    assert found("The Sun reported it on Saturday.").get("Sun") is T.ORG


def test_a_persons_other_name_is_a_persons() -> None:
    got = found(
        "Marie-Soleil Achterberg, known online as Kestrel, streams from Verdun. Kestrel said "
        "the move was hard. Achterberg, 31, is better known as Kestrel."
    )
    assert got["Kestrel"] is T.PERSON
    assert found("In Roebourne, known as Ieramugadu to the community, it rained.").get(
        "Ieramugadu") is T.GPE


def test_a_town_named_firm_before_its_officer_is_the_firm() -> None:
    got = found('"It is cheaper to fly," said Capivari president Iracema Tavares Klein.')
    assert got["Capivari"] is T.ORG
    got = found("London mayor Sadiq Khan agreed. Union president Eddie Sandoval called it fair.")
    assert got["London"] is T.GPE and "Union" not in got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Traffic was diverted from Commissioners Street and Market Street.",
         "Commissioners Street"),
        ("A crash at Commissioners Road and Wellington Road closed lanes.", "Commissioners Road"),
        ("Fans at Senators Park and Riverside Stadium were evacuated.", "Senators Park"),
        ("Members Only, Levi's and Wrangler were among the brands.", "Members Only"),
    ],
)
def test_a_plural_title_word_in_a_places_or_a_brands_name_stays(text: str, kept: str) -> None:
    assert kept in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Isle of Man rugby: Douglas 24-17 Ramsey.",
        "Embraer 2024-25 guidance was raised on Tuesday.",
        "O'Leary said Boeing 10-15 per cent late deliveries hurt.",
    ],
)
def test_scores_seasons_and_ranges_after_a_maker_are_no_aircraft(text: str) -> None:
    assert T.PRODUCT not in found(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Sun, Wed 5 March: Prince Harry's lawyers return to court.", "Sun"),
        ("The photographs were published by the Sun, Sunday Mirror and Daily Star.", "Sun"),
        ("The three sisters, Thu, Tue and Hoa, run the pho shop in Hanoi.", "Hoa"),
    ],
)
def test_weekday_forms_as_names_stay_names(text: str, name: str) -> None:
    assert name in found(text)


def test_a_city_or_a_states_spokesman_leaves_it_a_place() -> None:
    got = found("A statue of Melbourne founder John Batman will be moved. Melbourne has 5 "
                "million residents. Later, Texas spokesman Andrew Mahaleris said it was ready.")
    assert got["Melbourne"] is T.GPE and got["Texas"] is T.GPE


def test_a_public_service_or_a_sport_before_a_country_is_its_national_body() -> None:
    got = found("Police Scotland said officers had been sent. Transport Canada and Statistics "
                "Canada agreed, as did Cricket Australia.")
    for body in ("Police Scotland", "Transport Canada", "Statistics Canada", "Cricket Australia"):
        assert got[body] is T.ORG, body
    got = found("One driver was hurt in a wreck at the intersection of Georgia 365 and "
                "Historic U.S. 441 near Baldwin on March 7.")
    assert got.get("Historic U.S.") is not T.ORG


def test_a_presidency_of_a_state_or_a_body_is_one_name() -> None:
    got = found("In a statement, the Presidency of the Republic said the pardon was granted. "
                "It was negotiated through Turkey's Presidency of Defence Industries.")
    assert got["Presidency of the Republic"] is T.ORG
    assert got["Presidency of Defence Industries"] is T.ORG


def test_malaysian_seat_tags_name_the_party_and_the_seat() -> None:
    text = (
        "Datuk Ahmad Zulkifli Ismail (PN-Pengkalan Chepa) said fishermen were angry. "
        "R. Sivakumar (PH-Batu Gajah) said the opposition had discovered nothing, and "
        "Robert Lawan anak Jimbai (GPS-Lubok Antu) said Sarawak needed schools."
    )
    got = found(text)
    assert got["PN"] is T.ORG and got["PH"] is T.ORG and got["GPS"] is T.ORG
    assert got["Pengkalan Chepa"] is T.GPE and got["Batu Gajah"] is T.GPE
    assert got["Lubok Antu"] is T.GPE
    assert got["Robert Lawan anak Jimbai"] is T.PERSON
    # One bracket alone is a party's own name, read whole.
    one = found("The Forum for the Restoration of Democracy (FORD-Kenya) walked out.")
    assert one.get("FORD-Kenya") is T.ORG and "Kenya" not in one


def test_club_letters_before_a_town_name_a_club_not_initials() -> None:
    got = found("RS Berkane took a 1-0 lead over USM Alger, and AS Monaco beat FC Porto.")
    assert got["RS Berkane"] is T.ORG and got["USM Alger"] is T.ORG
    assert got["AS Monaco"] is T.ORG
    assert found("HSBC France said profits rose.")["HSBC France"] is T.ORG
    # A person's initials before a surname that is also a town's name, a prison, a base.
    assert found("Finding Neverland tells how JM Barrie wrote Peter Pan.")["JM Barrie"] is T.PERSON
    assert found("He was remanded to HMP Exeter on Monday.").get("HMP Exeter") is not T.ORG
    assert found("Jets flew from RAF Lossiemouth.").get("RAF Lossiemouth") is not T.ORG


def test_a_medicine_named_after_its_kind_is_a_product_in_every_mention() -> None:
    text = (
        "Regulators approved Harlow Therapeutics' heart failure pill Elvestra, two months "
        "after a panel voted for it. The company said Elvestra would reach pharmacies in "
        "May. Its best-selling product, the sleep aid Nemurin, is sold in Europe."
    )
    got = [(e.text, e.type) for e in extract_entities(text)]
    assert got.count(("Elvestra", T.PRODUCT)) == 2
    assert ("Nemurin", T.PRODUCT) in got
    # The kind's last word must come right before the name: a drug lord is a person.
    assert found("The drug lord Pablo Escobar died in 1993.")["Pablo Escobar"] is T.PERSON


def test_a_body_known_simply_by_its_founders_surname_keeps_it_apart_from_him() -> None:
    text = (
        "Brannvik & Söhne AB, commonly known simply as Brannvik, is a Swedish maker of "
        "pumps. The firm was founded in 1871 by Oskar Brannvik, a blacksmith. In 2011 "
        "Brannvik bought Tanaka Marine. The name changed when Brannvik's two sons joined."
    )
    got = [(e.text, e.type, e.start) for e in extract_entities(text)]
    short = [kind for surface, kind, _ in got if surface == "Brannvik"]
    assert short == [T.ORG, T.ORG, T.PERSON]  # the firm twice; the father of two sons
    assert ("Oskar Brannvik", T.PERSON) in [(s, k) for s, k, _ in got]


def test_a_places_lower_case_inner_word_keeps_it_whole() -> None:
    got = found("Fans flew from Dar es Salaam and Frankfurt am Main to Burton upon Trent.")
    for place in ("Dar es Salaam", "Frankfurt am Main", "Burton upon Trent"):
        assert got[place] is T.GPE, place
    body = found("She teaches at the University of Dar es Salaam.")
    assert body["University of Dar es Salaam"] is T.ORG


def test_arabic_particles_join_a_persons_name() -> None:
    got = found("GroenLinks spokeswoman Fatima el Idrissi said her group would table a motion.")
    assert got["Fatima el Idrissi"] is T.PERSON


def test_a_players_description_at_a_sentence_start_is_no_part_of_the_name() -> None:
    got = found("Teenager Tshepo Mahlangu was the star. Substitute Kagiso Moloi headed in.")
    assert got["Tshepo Mahlangu"] is T.PERSON and got["Kagiso Moloi"] is T.PERSON
    assert "Teenager Tshepo Mahlangu" not in got


def test_a_firm_of_a_town_is_the_firm_then_the_town() -> None:
    got = found("A subsidiary of Commonwealth Aviation Holdings of Louisville said it had paid.")
    assert got["Commonwealth Aviation Holdings"] is T.ORG and got["Louisville"] is T.GPE
    # A public body's "Corporation", or a country after the firm's word, stays one name.
    delhi = found("The Municipal Corporation of Delhi met.")
    assert delhi["Municipal Corporation of Delhi"] is T.ORG
    assert found("The Electricity Company of Ghana said.")["Electricity Company of Ghana"] is T.ORG


def test_a_family_name_written_first_stands_for_the_person_alone() -> None:
    text = (
        "Opposition leaders pressed Prime Minister Takeda Kenichi over unrecorded "
        "donations. Takeda, who has led the party for a year, denied wrongdoing, and a "
        "poll put support for the Takeda cabinet at 31 percent."
    )
    short = [e.type for e in extract_entities(text) if e.text == "Takeda"]
    assert short == [T.PERSON, T.PERSON]


def test_a_trade_in_worker_or_keeper_before_a_name_is_a_role() -> None:
    got = found("Jobs are going. Farmworker Sipho Ntuli, 44, said colleagues had left.")
    assert got["Sipho Ntuli"] is T.PERSON and "Farmworker Sipho Ntuli" not in got


def test_elected_members_after_their_party_are_no_part_of_its_name() -> None:
    got = found("Vlaams Belang MPs heckled while Perikatan Nasional MPs walked out.")
    assert got["Vlaams Belang"] is T.ORG and got["Perikatan Nasional"] is T.ORG
    assert "Vlaams Belang MPs" not in got and "MPs" not in got


def test_a_courtesy_title_before_the_surname_of_someone_named_in_full_is_no_part_of_it() -> None:
    text = (
        'Transport Minister Claire Dufresne said no. "Madame Dufresne has my number too," '
        "he said. Dufresne told reporters she would call."
    )
    short = [e.canonical for e in extract_entities(text) if e.text == "Dufresne"]
    assert short == ["Claire Dufresne", "Claire Dufresne"]
    # Elsewhere the word opens a name: a novel's, a shop's, a surname's own.
    assert "Madame Bovary" in found("Madame Bovary is a novel by Gustave Flaubert.")
    assert "Herr Lehmann" in found("Herr Lehmann is a novel by Sven Regener.")
    herr = [e.canonical for e in extract_entities("Dr Paul Herr said no. Herr, 45, leads it.")]
    assert herr == ["Paul Herr", "Paul Herr"]


def test_college_reports_are_sport_and_a_state_that_fields_a_side_is_the_side() -> None:
    text = (
        "Virginia sends Florida State home from Omaha\n\n"
        "The Virginia bullpen stayed quiet. Shortstop Eli Marriott fielded a grounder with "
        "two outs, and Nakamura finished with nine strikeouts in front of 24,118 fans and "
        "a linebacker from the football team. Virginia advances to face Tennessee on "
        "Wednesday, and Florida State goes home after the loss.\n\n"
        "LINESCORE\nFlorida State 001 200 000 - 3 8 1\nVirginia 020 002 21x - 7 11 0"
    )
    assert is_sport(text)
    kinds = {e.type for e in extract_entities(text) if e.text == "Virginia"}
    assert kinds == {T.ORG}


def test_a_state_after_a_town_and_a_comma_is_the_place_in_a_sports_page() -> None:
    text = (
        "Atessis was a lineman and a three-year starter. The coach called him the best "
        "player in the league; he won the championship with his team. He played in the "
        "Senior Bowl in Mobile, Alabama, in January 1971 and now lives in Phoenix, Arizona."
    )
    got = found(text)
    assert got["Alabama"] is T.GPE and got["Arizona"] is T.GPE


def test_an_all_state_honour_after_a_state_is_no_part_of_a_name() -> None:
    text = (
        "Born in Houston, Texas, he was a Texas All-State tackle in 1966. Texas coach "
        "Darrell Royal praised him; Texas beat Arkansas in the final."
    )
    kinds = {e.type for e in extract_entities(text) if e.text == "Texas"}
    assert T.PERSON not in kinds
    assert "Texas All-State" not in found(text)
    got = found("The Ohio All-Stars beat the Michigan All-Stars 21-14.")
    assert got["Michigan All-Stars"] is T.ORG


def test_a_middle_initial_after_an_unlisted_given_name() -> None:
    got = found("The squadron fought under Merian C. Cooper, later a film producer.")
    assert got["Merian C. Cooper"] is T.PERSON
    got = found("Spain topped Group C. Bulgaria came second. There was no Plan B. Nobody cared.")
    assert "Group C. Bulgaria" not in got and got["Bulgaria"] is T.GPE
    got = found("The Bill of Rights includes Amendment I. Adams, the lawyer, said so.")
    assert "Amendment I. Adams" not in got and got["Adams"] is T.PERSON
    got = found("Take Vitamin D. Brown rice helps too. It passed Committee B. Lee said so.")
    assert "Vitamin D. Brown" not in got and "Committee B. Lee" not in got


def test_miss_and_dame_end_names_of_their_own() -> None:
    got = found("Tulane hired Ole Miss offensive coordinator Marcus Delacroix from Southern Miss.")
    assert got["Ole Miss"] is T.ORG and got["Marcus Delacroix"] is T.PERSON
    assert "Ole" not in got and "Southern" not in got
    got = found("Dame Judi Dench met Miss Marple fans.")
    assert got["Judi Dench"] is T.PERSON and "Dame Judi Dench" not in got


def test_a_country_named_with_and_is_one_place() -> None:
    got = found(
        "TTT is a broadcaster in Trinidad and Tobago. The Telecommunications Authority of "
        "Trinidad and Tobago fined it. He later toured Bosnia and Herzegovina."
    )
    assert got["Trinidad and Tobago"] is T.GPE and got["Bosnia and Herzegovina"] is T.GPE
    assert got["Telecommunications Authority of Trinidad and Tobago"] is T.ORG
    assert "Tobago" not in got
    got = found("Trinidad and Tobago's government said no to Bosnia and Herzegovina's president.")
    assert got == {"Trinidad and Tobago": T.GPE, "Bosnia and Herzegovina": T.GPE}
    got = found("Spain and France agreed.")
    assert got == {"Spain": T.GPE, "France": T.GPE}


def test_the_forces_ranks_are_titles_before_a_name_only() -> None:
    got = found(
        "The joint command of Major Zdzisław Krasnodębski and Squadron Leader Kellett ended. "
        "Among the dead were Private Joseph Mandamin and Lance Corporal Ahmed Khan."
    )
    assert got == {
        "Zdzisław Krasnodębski": T.PERSON,
        "Kellett": T.PERSON,
        "Joseph Mandamin": T.PERSON,
        "Ahmed Khan": T.PERSON,
    }
    got = found("Gunner Stahl photographed coach Major Applewhite for Private Eye.")
    assert got["Gunner Stahl"] is T.PERSON and got["Major Applewhite"] is T.PERSON
    assert "Private Benjamin" in found("Goldie Hawn starred in Private Benjamin.")
    got = found("Major League Baseball fined John Major, Private Eye reported.")
    assert got["Major League Baseball"] is T.ORG and got["John Major"] is T.PERSON
    assert got["Private Eye"] is T.ORG


def test_nigerian_honours_after_a_name_are_none_of_it() -> None:
    got = found("Major General Babatunde Adeyemi-Kano OON (born 1949) is a retired officer.")
    assert got["Babatunde Adeyemi-Kano"] is T.PERSON and "OON" not in got


def test_a_units_number_is_part_of_its_name_and_its_nation_is_not() -> None:
    got = found(
        "The Finns destroyed the 163rd Rifle Division; the 3rd Canadian Division held. "
        "Men of the German 99th Reserve Infantry Regiment fell back; the 2nd Battalion stayed. "
        "No. 617 Squadron flew over the Soviet 9th Army."
    )
    assert got["163rd Rifle Division"] is T.ORG and got["3rd Canadian Division"] is T.ORG
    assert got["99th Reserve Infantry Regiment"] is T.ORG and got["German"] is T.NORP
    assert got["No. 617 Squadron"] is T.ORG and got["9th Army"] is T.ORG
    assert "2nd Battalion" not in got and "Soviet 9th" not in got
    got = found("No. 303 Polish Fighter Squadron flew beside No. 302 Polish Fighter Squadron.")
    assert got["No. 303 Polish Fighter Squadron"] is T.ORG
    assert got["No. 302 Polish Fighter Squadron"] is T.ORG
    got = found("Police said 38 Canadian Army soldiers and the Galaxy S24 were there.")
    assert "38 Canadian Army" not in got and got["Galaxy S24"] is T.PRODUCT


def test_a_possessive_that_opens_a_place_name_is_part_of_it() -> None:
    got = found("Ottawa and Queen's Park pledged cash for the road to Rorke's Bridge.")
    assert got["Queen's Park"] is T.GPE and got["Rorke's Bridge"] is T.GPE
    got = found("Branson's Necker Island was hit, as was Everton's Goodison Park.")
    assert got["Branson"] is T.PERSON and got["Necker Island"] is T.GPE
    assert "Everton's Goodison Park" not in got
    got = found("He studied at King's College London.")
    assert got["King's College London"] is T.ORG
    got = found("London's Hyde Park was full, as was ITV's Moor Lane set at Intel's Lunar Lake.")
    assert got["London"] is T.GPE and got["Hyde Park"] is T.GPE
    assert "ITV's Moor Lane" not in got and "Intel's Lunar Lake" not in got


def test_romance_names_keep_their_and_for_and_the() -> None:
    got = found(
        "Codelco and Sociedad Química y Minera signed the deal, which the Comisión para el "
        "Mercado Financiero approved. Ships sailed near Isla de los Estados, and Entreprise "
        "Générale du Cobalt said nothing."
    )
    assert got["Sociedad Química y Minera"] is T.ORG
    assert got["Comisión para el Mercado Financiero"] is T.ORG
    assert got["Isla de los Estados"] is T.GPE
    assert got["Entreprise Générale du Cobalt"] is T.ORG
    got = found("The European Commission and the Bank of England met Le Monde et Libération.")
    assert "European Commission and the Bank of England" not in got
    got = found("Banco Santander y BBVA gained, and Banco Bradesco e Itaú Unibanco fell.")
    assert got["Banco Santander"] is T.ORG and got["BBVA"] is T.ORG
    assert got["Banco Bradesco"] is T.ORG and got["Itaú Unibanco"] is T.ORG
    got = found("The Comisión Federal de Electricidad y Pemex will share the pipeline.")
    assert got["Comisión Federal de Electricidad"] is T.ORG and got["Pemex"] is T.ORG


def test_more_navies_ship_prefixes_name_ships() -> None:
    got = found(
        "ARA General Belgrano was a light cruiser of the Argentine Navy. She sailed with "
        "ARA Piedra Buena, and RMS Titanic had sunk long before."
    )
    assert got["ARA General Belgrano"] is T.PRODUCT and got["ARA Piedra Buena"] is T.PRODUCT
    assert got["RMS Titanic"] is T.PRODUCT and got["Argentine Navy"] is T.ORG


def test_battles_and_sieges_of_a_place_are_one_event() -> None:
    got = found(
        "He fought in the Battle of Britain and at the Battle of the Somme; the Siege of "
        "Leningrad lasted for years."
    )
    assert got == {
        "Battle of Britain": T.EVENT,
        "Battle of the Somme": T.EVENT,
        "Siege of Leningrad": T.EVENT,
    }


def test_a_word_english_capitalises_more_often_opens_a_name_at_a_sentence_start() -> None:
    # "United" ends like "Reappointed", but English writes it capitalised more often.
    assert found("United Nations officials said the vote was flawed.") == {
        "United Nations": T.ORG}
    assert found("United Utilities said supplies were back.") == {"United Utilities": T.ORG}
    # An everyday "-ed" word before a name is still no part of it.
    assert found("Reappointed Carolyn Snow said little.") == {"Carolyn Snow": T.PERSON}


def test_a_results_row_with_one_score_between_two_players_countries_is_no_headline() -> None:
    text = ("Trump won again.\n\nSecond round\nP Cole (Eng) 13-11 Zhao Xintong (Chn)\n"
            "Ronnie Hill (Wal) 13-9 Julien Alfred (LCA)")
    got = found(text)
    for name in ("P Cole", "Zhao Xintong", "Ronnie Hill", "Julien Alfred"):
        assert got[name] == T.PERSON
    for code in ("Eng", "Chn", "Wal", "LCA"):
        assert got[code] == T.GPE


def test_a_firms_or_a_saints_s_is_its_names_and_a_persons_stays_a_possessive() -> None:
    got = found("Ratings agency Moody's upgraded Nigeria. Shoppers at Sainsbury's were angry. "
                "She was treated at St Mary's in Paddington.")
    assert got["Moody's"] == T.ORG and got["Sainsbury's"] == T.ORG and "St Mary's" in got
    # A chancellor's coalition: the person, then his possessive.
    assert found("Chancellor Helmut Kohl's coalition fell. Kohl's allies left.") == {
        "Helmut Kohl": T.PERSON, "Kohl": T.PERSON}


def test_a_quoted_works_title_keeps_its_opening_the() -> None:
    got = found('She starred in "The Brutalist" once. His debut novel, “The Harmattan '
                "Wife”, sold well.")
    assert got == {"The Brutalist": T.PRODUCT, "The Harmattan Wife": T.PRODUCT}
    # A quotation that opens with "The" is no title.
    assert found('"The Fed will act," he said.') == {"Fed": T.ORG}


def test_a_streaming_services_plus_is_its_names() -> None:
    assert found("Disney+ added subscribers, while Paramount+ and Apple TV+ lost users.") == {
        "Disney+": T.ORG, "Paramount+": T.ORG, "Apple TV+": T.ORG}
    # A service named with an everyday word, opening its sentence.
    assert found("Canal+ agreed to buy MultiChoice.")["Canal+"] == T.ORG
    assert found("Canal boats were moored.") == {}


def test_a_body_named_for_its_members_in_the_plural_possessive_is_one_name() -> None:
    got = found("He appeared at Taunton Magistrates' Court on Monday. The Cwmderw Miners' "
                "Welfare leased the ground. The Maritime Fishermen’s Union struck.")
    assert got == {"Taunton Magistrates' Court": T.ORG, "Cwmderw Miners' Welfare": T.ORG,
                   "Maritime Fishermen’s Union": T.ORG, "Monday": T.DATE}


def test_a_bodys_remit_joined_by_and_is_one_name_and_two_firms_stay_two() -> None:
    got = found("The Transport and General Workers' Union struck. Officers of the Maritime and "
                "Coastguard Agency boarded her.")
    assert got == {"Transport and General Workers' Union": T.ORG,
                   "Maritime and Coastguard Agency": T.ORG}
    got = found("Existing investors Accel and Elevation Capital took part. Voters backed "
                "Labour and Green Party candidates.")
    assert "Accel and Elevation Capital" not in got and "Green Party" in got


def test_a_bodys_remit_after_of_is_no_title_before_a_name() -> None:
    got = found("The Ministry of Justice said so. He sought an opinion from the International "
                "Court of Justice in The Hague.")
    assert got == {"Ministry of Justice": T.ORG, "International Court of Justice": T.ORG,
                   "The Hague": T.GPE}
    assert found("He met Lord Chief Justice Smith.") == {"Smith": T.PERSON}


def test_a_competition_named_with_a_nationality_is_one_name() -> None:
    assert found("He leads the European Masters at Crans.")["European Masters"] == T.PRODUCT
    assert "Scottish Premiership" in found("They lead the Scottish Premiership by four points.")
    # A nationality before a person's name is still no part of it.
    assert found("Kenyan Daniel Rono won.") == {"Kenyan": T.NORP, "Daniel Rono": T.PERSON}


def test_a_forum_that_speaks_is_a_body() -> None:
    assert found("The Merseyside Freight Forum warned that a strike would cost the region "
                 "dearly.") == {"Merseyside Freight Forum": T.ORG}


def test_the_outside_reviews_false_friends_stay_as_they_were() -> None:
    # A sentence adverb is no part of a name; a participle alone opens no name.
    assert found("Unfortunately Network Rail has cancelled services.") == {
        "Network Rail": T.ORG}
    assert "United" not in found("United in grief, residents gathered at the harbour.")
    # Characters in a cast list are no countries.
    got = found("Cast: Jack Lowden (Ben), Tom Hanks (Sam) and Ruth Wilson (Nora).")
    assert T.GPE not in {got.get("Ben"), got.get("Sam")}
    # A place named for a saint keeps its possessive outside.
    assert "St Lucia" in found("St Lucia's prime minister Philip Pierre spoke.")
    # A quotation opening with "The" and a product is speech, not a title.
    assert "Model Y" in found('"The Model Y," Mr Musk said, "remains the best."')
    # A team's, a person's or a place's possessive before a name of its own.
    got = found("Wolves' League Cup win was their first. Ms Davies' Council tax bill rose. "
                "Texas' Court of Criminal Appeals halted it.")
    assert "Court of Criminal Appeals" in got and "Davies" in got and "Wolves" in got
    # Augusta's champion from Spain: a nationality, then the tournament.
    assert found("Spanish Masters champion Jon Rahm will defend.")["Spanish"] == T.NORP


def test_a_body_word_after_its_remit_joined_by_and_is_no_title() -> None:
    assert found("The Health and Safety Executive said it would not act.") == {
        "Health and Safety Executive": T.ORG}
    assert found("Tom Smith and Chief Executive Jane Doe spoke.") == {
        "Tom Smith": T.PERSON, "Jane Doe": T.PERSON}


def test_a_courts_kind_before_judge_is_the_title_not_the_place() -> None:
    got = found(
        "U.S. District Judge Amy Berman Jackson ruled. Cook County Circuit Judge Tom "
        "Reed agreed. U.S. Bankruptcy Judge Ann Lee did not."
    )
    assert got["U.S."] is T.GPE and got["Amy Berman Jackson"] is T.PERSON
    assert "Cook County" in got and "Tom Reed" in got and "Ann Lee" in got
    assert not any(k.endswith(("District", "Circuit", "Bankruptcy")) for k in got)


def test_a_tables_rows_are_read_as_cells_not_headlines() -> None:
    text = (
        "Charts\n\nChart (2022)\tPeak position\nUK Albums (OCC)\t9\nIrish Albums (IRMA)\t61\n\n"
        "Transfers\n\nDate\tPlayer\tFrom\tFee\n1 Jun 2017\tDeclan Reilly\tAyr United\tFree\n"
    )
    got = found(text)
    # a chart, and the body that compiles it
    assert got["UK Albums"] is T.PRODUCT and got["Irish Albums"] is T.PRODUCT
    assert got["OCC"] is T.ORG and got["IRMA"] is T.ORG
    # a cell's everyday word opens it as a sentence's would
    assert "Free" not in got and "Declan Reilly" in got and "Ayr United" in got
    # a cell of two words keeps both; a numbered list of headlines stays headlines
    got = found("Pos\tDriver\tTeam\tPts\n1\tMax Verstappen\tRed Bull\t454\n")
    assert got["Red Bull"] is T.ORG
    got = found(
        "MOST READ\n1\tTeenager Stabbed Outside Nightclub In Croydon\n"
        "2\tLottery Winner Gives Away Fortune\n"
    )
    assert got == {"Croydon": T.GPE}
    # a chart's own letters in brackets are the chart's
    assert found("It topped the Billboard Top Albums (BTA) chart.")["BTA"] is T.PRODUCT
