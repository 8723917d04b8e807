"""One test per rule, each on invented general sentences."""

from __future__ import annotations

from datetime import date

import pytest

from reader.extract.entities import extract_entities
from reader.extract.entities.base import Context
from reader.extract.entities.gazetteer import places
from reader.extract.entities.rules import ArticleRules
from reader.extract.model import EntityType as T


def found(text: str, published: date | None = None) -> dict[str, tuple[T, str]]:
    return {e.text: (e.type, e.canonical) for e in extract_entities(text, published)}


def test_title_before_name_is_a_person() -> None:
    assert found("The plan was backed by Governor Anna Berg on Friday.")["Anna Berg"][0] is T.PERSON


def test_apposition_role_makes_a_person() -> None:
    got = found("Tomas Veld, the founder of Northwind Robotics, spoke first.")
    assert got["Tomas Veld"][0] is T.PERSON
    assert got["Northwind Robotics"][0] is T.ORG


def test_org_before_role_before_person() -> None:
    got = found("He met Kestrel founder Ravi Anand in the morning.")
    assert got["Kestrel"][0] is T.ORG
    assert got["Ravi Anand"][0] is T.PERSON


def test_org_suffix_makes_an_org() -> None:
    assert found("Shares of Bluepeak Semiconductor rose.")["Bluepeak Semiconductor"][0] is T.ORG


def test_org_with_connector_keeps_its_head() -> None:
    got = found("Officials from the Ministry of Commerce said trade rose.")
    assert got["Ministry of Commerce"][0] is T.ORG


def test_org_cue_word_before_name() -> None:
    assert found("Investors backed start-up Zentrix this spring.")["Zentrix"][0] is T.ORG


def test_gazetteer_places() -> None:
    got = found("Trade between Kenya and Brazil grew, officials in Nairobi said.")
    assert got["Kenya"][0] is T.GPE and got["Brazil"][0] is T.GPE and got["Nairobi"][0] is T.GPE


def test_country_alias_canonical() -> None:
    assert found("Exports to the US fell.")["US"] == (T.GPE, "United States")


def test_city_variant_of_everyday_words_is_not_that_city() -> None:
    # Geonames lists "White House" as a name of Casablanca and "Old Town" of Baltimore.
    assert places().get("Old Town") is None and places().get("Lung-dung") is None
    got = found("The White House said on Monday that talks would go on.")
    assert got["White House"] == (T.GPE, "White House")


def test_common_word_city_needs_evidence() -> None:
    got = found("Reading the report, she found the weather nice. Mobile sales rose.")
    assert "Reading" not in got and "Mobile" not in got


def test_hyphenated_place_prefix() -> None:
    assert found("The Toronto-based lender grew.")["Toronto"][0] is T.GPE


def test_places_joined_by_a_hyphen_before_what_links_them_are_each_a_place() -> None:
    got = found("Ferries on the Dover-Calais route and the Mombasa-Nairobi highway were hit.")
    places = {"Dover", "Calais", "Mombasa", "Nairobi"}
    assert {k: v[0] for k, v in got.items()} == dict.fromkeys(places, T.GPE)
    got = found("Shanghai-Rotterdam freight fell. The India-Pakistan border stayed shut.")
    assert {"Shanghai", "Rotterdam", "India", "Pakistan"} <= got.keys()
    got = found("The Da Nang-Darwin route opens. The Madrid-Mexico City flights resume.")
    assert {"Da Nang", "Darwin", "Madrid", "Mexico City"} <= got.keys()
    got = found("A Swedish-Japanese joint venture runs the Thai-Myanmar border crossing.")
    assert got["Swedish"][0] is T.NORP and got["Myanmar"][0] is T.GPE


def test_a_hyphened_name_stays_whole_when_it_is_no_pair_of_places() -> None:
    # A race, a region, a body's name, a town of two parts, a people described
    got = found(
        "He won Paris-Roubaix in April. Leaders met at the Asia-Pacific Economic "
        "Cooperation summit. The French-Argentine director Ana Pons spoke."
    )
    assert "Paris" not in got and "Roubaix" not in got and "Asia" not in got
    assert "French-Argentine" in got
    assert "Guinea-Bissau" in found("Troops in Guinea-Bissau border towns left.")


@pytest.mark.parametrize(
    "text",
    [
        "African-American freight workers in Memphis went on strike.",
        "Exports through the Asia-Pacific trade corridor grew.",
        "The Jackson-Madison partnership, a Nashville law firm, will merge.",
        "The Irish-American deal maker Kevin Doyle bought a stake.",
        "The Chelsea-Florence line of handbags sold out.",
        "Paris-Nice leg winner Remco Evenepoel said the climb suited him.",
    ],
)
def test_a_pair_that_is_one_identity_region_firm_or_race_stays_whole(text: str) -> None:
    hyphened = text.split()[0] if "-" in text.split()[0] else text.split()[1]
    assert hyphened.split("-")[0] not in found(text)


def test_an_area_or_maker_before_a_hyphen_is_the_name() -> None:
    got = found("A Chicago-area chain, Bell Foods, bought the Italian-built Milani.")
    assert got["Chicago"][0] is T.GPE and got["Italian"][0] is T.NORP and "Milani" in got
    # a name no list knows as a place is one before "-area"
    assert found("Roberts-area residents were told to boil water.")["Roberts"][0] is T.GPE


def test_a_rank_after_a_place_or_people_is_no_part_of_the_name() -> None:
    got = found("Tarn (1990) reached UK No. 41. British No 1 Jack Draper won.")
    assert got["UK"][0] is T.GPE and got["British"][0] is T.NORP
    assert "UK No" not in got and "British No" not in got
    assert "Symphony No 6" in found("The orchestra played Symphony No 6 by Sibelius.")


def test_demonyms_and_compound_demonyms() -> None:
    got = found("Kenyan farmers welcomed the Sino-Indian accord.")
    assert got["Kenyan"][0] is T.NORP and got["Sino-Indian"][0] is T.NORP


def test_nationality_peeled_off_title_and_person() -> None:
    got = found("Talks were led by Brazilian President Ana Souza.")
    assert got["Brazilian"][0] is T.NORP and got["Ana Souza"][0] is T.PERSON


def test_event_words() -> None:
    got = found("Crowds gathered for the Lantern Festival and the Olympics.")
    assert got["Lantern Festival"][0] is T.EVENT and got["Olympics"][0] is T.EVENT


def test_product_brand_and_model_number() -> None:
    got = found("The Zephyr 9 Pro and the cheaper 9 Plus ship with a Tachyon 5 chip.")
    assert got["Zephyr 9 Pro"][0] is T.PRODUCT
    assert got["9 Plus"] == (T.PRODUCT, "Zephyr 9 Plus")
    assert got["Tachyon 5"][0] is T.PRODUCT


def test_product_cue_after_name() -> None:
    assert found("Buyers preferred Quillo smartphones.")["Quillo"][0] is T.PRODUCT


def test_quantities_are_not_model_numbers() -> None:
    assert "Norvik 12" not in found("Norvik 12 billion was raised.")


def test_surname_and_given_name_follow_the_full_name() -> None:
    text = "Chen Mingyu, chairman of Harbour Motors, spoke. Chen said sales rose. Mingyu smiled."
    got = extract_entities(text)
    persons = [e for e in got if e.type is T.PERSON]
    assert [e.text for e in persons] == ["Chen Mingyu", "Chen", "Mingyu"]
    assert {e.canonical for e in persons} == {"Chen Mingyu"}


def test_sentence_start_short_name_resolved_by_coreference() -> None:
    got = extract_entities("Investors met Olga Petrova, the fund's director. Petrova said no.")
    assert [(e.text, e.canonical) for e in got if e.type is T.PERSON][-1] == (
        "Petrova",
        "Olga Petrova",
    )


def test_sentence_initial_ordinary_words_dropped() -> None:
    got = found("Speaking on Tuesday, Ana Souza, the mayor, smiled. Sales fell.")
    assert "Speaking" not in got and "Sales" not in got


def test_parenthetical_acronym() -> None:
    text = "The Federal Grain Board (FGB) met. Later the FGB raised prices."
    got = [e for e in extract_entities(text) if e.text == "FGB"]
    assert len(got) == 2 and all(e.canonical == "Federal Grain Board" for e in got)


def test_acronym_of_common_noun_is_not_an_entity() -> None:
    got = found("Sales of the electric vehicle (EV) grew, and the BOM (bill of materials) fell.")
    assert "EV" not in got and "BOM" not in got


def test_list_members_share_a_type() -> None:
    got = found("Rivals including Vantor, Quell Motors and Brisko cut prices.")
    assert got["Vantor"][0] is T.ORG and got["Brisko"][0] is T.ORG


def test_a_list_whose_typed_members_disagree_lends_no_type() -> None:
    # A person, a city and a firm: nothing says what "Tovarro" between them is.
    text = "The band toured with John Quint, Tovarro, Dresden and Quell Motors last year."
    spans = {s.text: s for s in ArticleRules(text, Context()).candidates()}
    assert spans["John Quint"].evidence.get(T.PERSON, 0) >= 2
    assert spans["Quell Motors"].evidence.get(T.ORG, 0) >= 2
    assert max(spans["Tovarro"].evidence.values(), default=0) < 2


def test_one_type_per_name() -> None:
    text = "Mr Arlo Vance spoke. Later, Arlo Vance said he was pleased."
    assert {e.type for e in extract_entities(text) if "Vance" in e.text} == {T.PERSON}


def test_title_case_headline_uses_known_names_only() -> None:
    text = (
        "Veltro Plans to Become Kenya's Leading Bank Within Two Years\n\n"
        "Shares of the firm Veltro rose."
    )
    got = extract_entities(text)
    headline = [e for e in got if e.end <= text.index("\n")]
    assert [(e.text, e.type) for e in headline] == [
        ("Veltro", T.ORG),
        ("Kenya", T.GPE),
        ("Two Years", T.DATE),
    ]


def test_quoted_slogan_is_not_an_org() -> None:
    assert "Future Forward Together" not in found('He called it "Future Forward Together" then.')


def test_domain_names_are_orgs() -> None:
    assert found("The site shop.com said so.")["shop.com"][0] is T.ORG


def test_a_bodys_own_language_letters_stand_for_its_english_name() -> None:
    text = (
        "The ruling Democratic Left Alliance (SLD) met its partner. The SLD said no, "
        "said Ann Lee (BBC)."
    )
    got = {(e.text, e.canonical) for e in extract_entities(text)}
    assert ("SLD", "Democratic Left Alliance") in got
    assert ("BBC", "BBC") in got
