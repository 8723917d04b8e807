"""Shapes of encyclopedic pages and club, band and career histories that typing must
read right: competitions, honours after a name, works in lists. The texts are written
for these tests."""

from __future__ import annotations

from reader.extract.entities import extract_entities
from reader.extract.model import EntityType as T


def found(text: str) -> dict[str, T]:
    return {e.text: e.type for e in extract_entities(text)}


def test_a_league_in_a_sports_history_is_the_competition() -> None:
    text = (
        "Brackley Town joined the Midland Combination League in 1921 and won the title "
        "twice. The club scored 80 goals in the league that season, and its striker "
        "signed for Reading after winning promotion to the Southern League."
    )
    got = found(text)
    assert got["Midland Combination League"] is T.EVENT
    assert got["Southern League"] is T.EVENT


def test_a_league_that_speaks_or_is_a_national_body_stays_an_organisation() -> None:
    text = (
        "The Southern League said the match would be replayed after the striker's late "
        "goal. He later played ten seasons in the National Hockey League for Boston."
    )
    got = found(text)
    assert got["Southern League"] is T.ORG
    assert got["National Hockey League"] is T.ORG


def test_a_league_outside_sport_is_a_body() -> None:
    got = found("The Awami League won the election, and the Awami League's leader spoke.")
    assert got["Awami League"] is T.ORG


def test_for_after_a_competition_in_sport_starts_the_team() -> None:
    text = (
        "Dario Venturi won the Austrian Grand Prix for Williams on Sunday after starting "
        "from pole. He led every lap and leads the championship with six races of the "
        "season left."
    )
    got = found(text)
    assert got["Austrian Grand Prix"] is T.EVENT
    assert got["Williams"] is T.ORG


def test_letters_of_honours_after_a_name_are_no_part_of_it() -> None:
    text = (
        "Air Commodore Peter Lindqvist CBE DFC (born 1931) flew in Aden. Dame Ruth "
        "Okonjo DBE chaired the inquiry, and Professor Ann Ward FRS gave evidence."
    )
    got = found(text)
    assert got["Peter Lindqvist"] is T.PERSON
    assert got["Ruth Okonjo"] is T.PERSON
    assert got["Ann Ward"] is T.PERSON
    assert not any("CBE" in name or "FRS" in name for name in got if name != "CBE")


def test_a_clubs_letters_and_a_banks_letters_are_not_honours() -> None:
    got = found("Grimsby AFC lost again. The CBE held rates, said Omar Said of Cairo.")
    assert got["Grimsby AFC"] is T.ORG
    assert "CBE" in got


def test_natural_features_named_by_their_kind_are_places() -> None:
    text = (
        "The Harle rises on Carrow Fells and is joined by Windgate Beck below the village. "
        "Downstream it crosses the Tollard Estuary, and a footpath climbs to Sella Crag."
    )
    got = found(text)
    for name in ("Windgate Beck", "Tollard Estuary", "Sella Crag"):
        assert got[name] is T.GPE, name


def test_places_after_a_plural_kind_of_place_and_of() -> None:
    got = found("The company sold the ferry, which now serves the islands of Hvar and Vis.")
    assert got["Vis"] is T.GPE
    got = found("Its buses run to the villages of Kettlewell and Starbotton.")
    assert got["Kettlewell"] is T.GPE


def test_a_clubs_letters_make_it_a_club_and_leave_a_counsel_a_person() -> None:
    text = (
        "Brenneke grew up in Lauterbach and lives there still. He is a member of the "
        "parish council and of the Kolping Society.\n- SV Lauterbach, honorary president\n"
        "- Ortsverein Lauterbach, treasurer"
    )
    assert found(text)["SV Lauterbach"] is T.ORG
    got = found("He played his rugby for Corrib RFC. Dimitri Kalogeras SC, for the club, agreed.")
    assert got["Corrib RFC"] is T.ORG
    # a senior counsel's letters are no part of the name, as the annotated news has it
    assert got["Dimitri Kalogeras"] is T.PERSON


def test_a_league_tables_rows_with_signed_goal_difference_are_clubs() -> None:
    text = (
        "Marsh Lane won the league title by four points after a 3-1 win at Kettle Row, "
        "their striker scoring twice. The club's manager praised the squad.\n\n"
        "Pos  Team  Pld  W  D  L  GF  GA  GD  Pts\n"
        "1  Marsh Lane (C)  26  19  4  3  61  22  +39  61\n"
        "2  Ossett Vale  26  18  3  5  55  30  +25  57\n"
        "3  Crindle  26  9  5  12  40  45  −5  32\n"
        "4  Kettle Row (R)  26  4  4  18  25  70  −45  16\n\n"
        "Crindle finished third, their best season since the club joined the league."
    )
    got = found(text)
    for club in ("Marsh Lane", "Ossett Vale", "Crindle", "Kettle Row"):
        assert got[club] is T.ORG, club


def test_a_place_word_that_is_also_a_surname_after_a_given_name_is_a_person() -> None:
    got = found("Eliot Ness led the raid, and the sociologist Ulrich Beck wrote about it.")
    assert got["Eliot Ness"] is T.PERSON
    assert got["Ulrich Beck"] is T.PERSON
    assert found("Walkers crossed Stake Beck below the village.")["Stake Beck"] is T.GPE
    got = found(
        "Singer-songwriter Kezia Lane has left her label. \"I signed at 19,\" Lane wrote. "
        "The director Michael Bay was there."
    )
    assert got["Kezia Lane"] is T.PERSON
    assert got["Michael Bay"] is T.PERSON
    assert found("Traders moved to Brick Lane in the 1970s.")["Brick Lane"] is T.GPE
    # A given name is often a street's or a bay's: a surname only when it speaks alone.
    assert found("Police closed Victoria Lane after the crash.")["Victoria Lane"] is T.GPE
    assert found("The ferry to Kelly Bay was cancelled.")["Kelly Bay"] is T.GPE


def test_a_plural_apostrophe_joins_a_body_named_for_its_members() -> None:
    got = found(
        "The Tea Estate Workers' Union of Kenya objected, and the Musicians' Union agreed. "
        "Defeat at Hampden ended Hearts' League Cup run."
    )
    assert got["Tea Estate Workers' Union of Kenya"] is T.ORG
    assert got["Musicians' Union"] is T.ORG
    assert got["Hearts"] is T.ORG and got["League Cup"] is T.EVENT
    assert "Young Farmers' Club" in found("The Young Farmers' Club in Ballymena held its show.")


def test_other_languages_competitions_and_regions() -> None:
    got = found("He won the Copa del Rey and the Taça de Portugal, and scored ten in Serie A.")
    assert got["Copa del Rey"] is T.EVENT
    assert got["Taça de Portugal"] is T.EVENT
    assert got["Serie A"] is T.EVENT
    assert found("It lies in Parczew County, Lublin Voivodeship.")["Lublin Voivodeship"] is T.GPE


def test_a_reference_lists_authors_are_people_and_its_publishers_bodies() -> None:
    got = found(
        "The Battle of Ostwick was fought in 1659.\n\n"
        "== References ==\n"
        "* Annika Lindqvist (2011). Flottan och kriget. Stockholm: Bokförlaget Atlas.\n"
        "* Oswin Pettigrew (2000). Sea Power in the North, 1600–1700. London: Routledge.\n"
        "* Roland Cabestany (1911). La paix de Vervins. Nancy: Berger-Levrault.\n"
    )
    for author in ("Annika Lindqvist", "Oswin Pettigrew", "Roland Cabestany"):
        assert got[author] is T.PERSON, author
    assert got["Routledge"] is T.ORG and got["Berger-Levrault"] is T.ORG
    assert got["Nancy"] is T.GPE and got["London"] is T.GPE


def test_a_film_with_its_year_is_still_a_work() -> None:
    got = found("She starred in Harbour Lights (1997). The film won two awards.")
    assert got["Harbour Lights"] is T.PRODUCT


def test_the_land_a_title_is_held_of_is_a_place() -> None:
    got = found(
        "Radomir was Duke of Mirov from 1339. His daughter Jitka, Duchess of Mirov, married "
        "Henri, Marquis of Pont-à-Mousson."
    )
    assert got["Mirov"] is T.GPE and got["Pont-à-Mousson"] is T.GPE
    assert "Duchess" not in got and "Marquis" not in got and "Duke" not in got


def test_a_title_holders_regiment_or_award_is_not_read_as_a_land() -> None:
    got = found("He served in the Duke of Wellington's Regiment. Duke and Duchess of Cambridge "
                "visit Ely.")
    assert got.get("Duchess") is T.PERSON
    assert "Wellington" not in got or got["Wellington"] is not T.GPE


def test_a_portuguese_or_spanish_newspaper_is_one_name() -> None:
    got = found("According to the newspaper Diário de Lisboa, the decree was signed on Monday. "
                "A columnist for Correio da Manhã disagreed.")
    assert got["Diário de Lisboa"] is T.ORG and got["Correio da Manhã"] is T.ORG


def test_a_listings_labels_are_no_publishers_and_films_no_authors() -> None:
    got = found(
        "Tonight\n\n"
        "* Titanic (1997). Romantic epic. Starring: Leonardo DiCaprio.\n"
        "* Annie Hall (1977). Comedy. BBC Two, 9pm.\n"
    )
    assert got["Leonardo DiCaprio"] is T.PERSON
    assert got.get("Annie Hall") is not T.PERSON


def test_a_peerage_is_the_peers_name_not_a_land() -> None:
    got = found("Lord Lucan, the Earl of Lucan, disappeared in 1974.")
    assert got["Lucan"] is T.PERSON


def test_newspapers_in_portuguese_and_spanish_are_organisations() -> None:
    got = found("Diário de Notícias reported it. Jornal de Notícias and Correio do Povo "
                "agreed, as did Diario de Sevilla.")
    for name in ("Diário de Notícias", "Jornal de Notícias", "Correio do Povo",
                 "Diario de Sevilla"):
        assert got[name] is T.ORG, name
