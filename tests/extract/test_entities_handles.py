"""Social-media handles in posts and live blogs: found whole, "@" included, and typed as
the person or body they name. The posts are written for these tests."""

from __future__ import annotations

from reader.extract.entities import extract_entities
from reader.extract.entities.handles import handle_type
from reader.extract.model import EntityType as T


def found(text: str) -> dict[str, T]:
    return {e.text: e.type for e in extract_entities(text)}


def test_lower_case_handles_are_found_and_a_persons_is_a_person() -> None:
    got = found("Flood waters rising in the town (@marthaquinlan reports) http://t.co/Zx81k")
    assert got["@marthaquinlan"] is T.PERSON


def test_the_at_sign_is_part_of_the_mention() -> None:
    text = "WATCH: @BBCWorld speaks to @Dan_Fenwick about the siege"
    spans = {e.text: (e.start, e.end) for e in extract_entities(text)}
    assert spans["@BBCWorld"] == (7, 16)
    assert "BBCWorld" not in spans and "Dan_Fenwick" not in spans
    assert found(text)["@Dan_Fenwick"] is T.PERSON


def test_bodies_are_told_by_their_words_acronyms_and_everyday_words() -> None:
    assert handle_type("BBCWorld") is T.ORG
    assert handle_type("abcnews") is T.ORG
    assert handle_type("TrentValleyPolice") is T.ORG
    assert handle_type("NSPCC") is T.ORG
    assert handle_type("HappyHeartsFund") is T.ORG
    assert handle_type("chriskkenny") is T.PERSON


def test_a_reporter_at_a_body_is_a_person() -> None:
    assert handle_type("ReutersJamieF") is T.PERSON
    assert handle_type("AliceSpringsNews") is T.ORG  # a town, not a given name and surname


def test_the_article_names_the_same_letters() -> None:
    got = found("Harlow Mutual shares fell. A statement from @HarlowMutual followed.")
    assert got["@HarlowMutual"] is T.ORG
    got = found("Greta Lindqvist spoke first; @gretalindqvist later posted a photo.")
    assert got["@gretalindqvist"] is T.PERSON


def test_an_embedded_posts_author_gives_the_handle_its_type() -> None:
    got = found("Roads are closed. — Met Éireann (@MetEireann) January 24, 2025")
    assert got["@MetEireann"] is T.ORG


def test_mail_addresses_and_bare_at_signs_are_not_handles() -> None:
    got = found("Email tips@harlowpost.co.uk or meet us @ 5pm. Tickets @£5 from the office.")
    assert not [name for name in got if name.startswith("@")]


def test_a_persons_handle_that_ends_in_a_bodys_word_is_still_a_persons() -> None:
    got = found("Thanks to all who came, wrote @ismail. @olive and @livesey agreed.")
    assert got["@ismail"] is T.PERSON and got["@olive"] is T.PERSON
    assert got["@livesey"] is T.PERSON


def test_a_handle_keeps_all_its_letters_and_a_link_holds_none() -> None:
    got = found("Her handle is @JoséMourinho. Read more at https://example.com/a?via=@Reuters now.")
    assert "@JoséMourinho" in got
    assert "@Reuters" not in got


def test_a_handles_own_letters_beat_the_name_before_it() -> None:
    got = found("Footage was shared by John Smith (@BBCNews) on Monday.")
    assert got["@BBCNews"] is T.ORG
