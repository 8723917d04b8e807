"""What the entity model sees of a name: the features added for typing unseen names."""

from __future__ import annotations

from reader.extract.entities import extract_entities
from reader.extract.entities import lexicon as lx
from reader.extract.entities.base import Context
from reader.extract.entities.features import context_features, name_features
from reader.extract.entities.gazetteer import places
from reader.extract.entities.perceptron import Perceptron
from reader.extract.entities.rules import RuleRecogniser
from reader.extract.entities.topics import is_sport
from reader.extract.model import EntityType


def _context(text: str, name: str) -> set[str]:
    start = text.index(name)
    return {
        feature
        for feature, _ in context_features(
            name.split(),
            text,
            start,
            start + len(name),
            sent_start=start == 0,
            after_title=False,
            evidence={},
            place=None,
            lower_in_text=False,
        )
    }


def test_a_copular_or_appositive_definition_names_its_noun() -> None:
    assert "isa=village" in _context("Brackenmoor is a small village in the hills.", "Brackenmoor")
    assert "isa=maker" in _context(
        "Sold by Quorvex, a Danish maker of pumps, since 1990.", "Quorvex"
    )
    assert "isa=singer" in _context(
        "Tamsin Orr (born 1981) is an English singer who records at home.", "Tamsin Orr"
    )
    # The noun's Brown cluster comes with it, so unseen nouns of a kind share weight.
    assert any(
        f.startswith("isa:bc=") for f in _context("Brackenmoor is a town in Kent.", "Brackenmoor")
    )
    assert not any(
        f.startswith("isa") for f in _context("Quorvex said on Monday it would.", "Quorvex")
    )


def test_neighbouring_words_come_with_their_word_clusters() -> None:
    features = _context("The team flew to Brackenmoor yesterday.", "Brackenmoor")
    assert "prev=to" in features and any(f.startswith("prev:bc=") for f in features)
    assert any(f.startswith("next:bc=") for f in features)
    # Words used alike share a cluster feature even when they differ.
    near_in = {f for f in _context("They met in Brackenmoor today.", "Brackenmoor") if "bc=" in f}
    near_at = {f for f in _context("They met at Brackenmoor today.", "Brackenmoor") if "bc=" in f}
    assert near_in & near_at


def test_a_building_word_at_the_end_marks_a_facility() -> None:
    assert ("last:facility", 1.0) in name_features(["Dunmore", "Hall"], "Dunmore Hall")
    assert ("last:facility", 1.0) in name_features(["Carrow", "Rink"], "Carrow Rink")
    assert ("last:facility", 1.0) not in name_features(["Hall"], "Hall")
    assert ("last:facility", 1.0) not in name_features(["Dunmore", "Group"], "Dunmore Group")


def test_faiths_languages_and_peoples_in_the_plural_are_not_organisations() -> None:
    for word in ("Brazilians", "Pakistanis", "Catholicism", "Hebrew", "Sikhs", "Swahili"):
        assert word in lx.NORP_WORDS, word
    for name in ("Hans", "Balkans", "Sris"):  # a given name, a region, half a demonym
        assert name not in lx.NORP_WORDS, name
    text = "Many Kenyans and Peruvians moved there; most speak Swahili and follow Catholicism."
    found = {e.text: e.type for e in extract_entities(text)}
    for name in ("Kenyans", "Peruvians", "Swahili", "Catholicism"):
        assert found.get(name) is EntityType.NORP, (name, found)


def _one_class_model(org: float, misc: float) -> Perceptron:
    # Scores that ignore the text: "organisation" ahead of MISC by a set amount.
    return Perceptron(("PER", "ORG", "LOC", "MISC", "O"), {"bias": [0.0, org, 0.0, misc, 0.0]})


def test_an_organisation_without_a_cue_and_by_a_thin_margin_falls_to_its_runner_up() -> None:
    text = "The report was shared with Zarvolin before the meeting."
    unsure = RuleRecogniser(_one_class_model(org=5.0, misc=3.0)).recognise(text, Context())
    assert [(e.text, e.type) for e in unsure] == [("Zarvolin", EntityType.PRODUCT)]
    sure = RuleRecogniser(_one_class_model(org=9.0, misc=3.0)).recognise(text, Context())
    assert [(e.text, e.type) for e in sure] == [("Zarvolin", EntityType.ORG)]
    # A cue of its own (a company suffix) keeps a thin organisation.
    cued = "The report was shared with Zarvolin Holdings before the meeting."
    kept = RuleRecogniser(_one_class_model(org=5.0, misc=3.0)).recognise(cued, Context())
    assert [(e.text, e.type) for e in kept] == [("Zarvolin Holdings", EntityType.ORG)]


MATCH_REPORT = (
    "Chelsea beat Middlesbrough 3-0 in the FA Cup fourth round. The striker scored twice "
    "before half-time and the manager praised his squad. Middlesbrough have now lost "
    "four league matches, while Chelsea's next fixture is a trip to Portsmouth."
)
BUDGET_STORY = (
    "The council in Middlesbrough approved its budget on Tuesday. The chancellor said "
    "the plan would help towns such as Portsmouth, where rents rose 4% last year."
)


def test_a_match_report_is_told_from_other_news_by_its_words() -> None:
    assert is_sport(MATCH_REPORT)
    assert not is_sport(BUDGET_STORY)
    assert not is_sport("Shares in Wasps rose 2% after the club's results.")
    # Grain futures are quoted in eighths and quarters of a cent, not in scores.
    assert not is_sport(
        "CBOT July soybeans were down 14-1/4 cents at $10.62-1/2 a bushel.\n"
        "CBOT July corn was off 3-1/2 cents at $4.46-3/4.\n"
        "CBOT July wheat fell 2-3/4 cents at $5.19-1/4."
    )
    # A stage race and a grand prix say it with riders, laps and time gaps.
    assert is_sport(
        "Dvorak wins in the Alps\n\nDvorak attacked from the breakaway with 3 km left.\n"
        "1. Jan Dvorak (CZE) 4:07:21\n2. Ivo Kranjc (SLO) +0:14\n3. Ole Brekke (NOR) +0:52\n"
    )
    assert is_sport(
        "Lindqvist wins at Monza\n\nLindqvist led every lap.\n"
        "1. Lindqvist 1:21:05.2\n2. Moretti +3.905s\n3. Okafor +11.260s\n"
    )


def test_a_town_in_a_sports_report_is_seen_with_its_neighbours() -> None:
    town = places()["Portsmouth"]

    def features(text: str, sport: bool) -> set[str]:
        start = text.index("Portsmouth")
        return {
            f
            for f, _ in context_features(
                ["Portsmouth"],
                text,
                start,
                start + len("Portsmouth"),
                sent_start=False,
                after_title=False,
                evidence={},
                place=town,
                lower_in_text=False,
                sport=sport,
            )
        }

    in_sport = features(MATCH_REPORT, is_sport(MATCH_REPORT))
    assert {"sport", "sport:town", "sport:town:prev=to"} <= in_sport
    assert not any(f.startswith("sport") for f in features(BUDGET_STORY, is_sport(BUDGET_STORY)))


def test_a_capitalised_possessive_before_a_name_is_a_feature() -> None:
    assert "prev:cap's" in _context("Sales of Nintendo's DS rose.", "DS")
    assert "prev:cap's" not in _context("Sales of the DS rose.", "DS")


def test_a_korean_given_names_hyphenated_syllables_have_their_own_shape() -> None:
    assert "shape=X Xh" in {f for f, _ in name_features(["Seo", "Jae-won"], "Seo Jae-won")}
    # "Coca-Cola" capitalises after its hyphen: a brand's shape, not the syllables'.
    assert "shape=Xm" in {f for f, _ in name_features(["Coca-Cola"], "Coca-Cola")}


def _evidence(text: str, name: str) -> dict[EntityType, float]:
    from reader.extract.entities.rules import ArticleRules

    spans = [s for s in ArticleRules(text, Context()).candidates() if s.text == name]
    assert spans, name
    return dict(spans[0].evidence)


def test_birth_an_inverted_attribution_and_a_foreign_body_word_are_evidence() -> None:
    text = "Walt Disney was born in Chicago. “It works,” said Agassi. Fans sold Banco do Brasil."
    assert _evidence(text, "Walt Disney").get(EntityType.PERSON, 0) >= 3
    assert _evidence(text, "Agassi").get(EntityType.PERSON, 0) >= 2
    assert _evidence(text, "Banco do Brasil").get(EntityType.ORG, 0) >= 2


def test_a_scorecard_and_a_team_sheet_read_as_sport() -> None:
    scorecard = (
        "Close of play, day two: Kerala 288 and 41 for two (Anand Menon 22 batting) vs "
        "Goa 301 (Rohan Naik 96; Sanju Pillai four for 61). Umpires: P Rao and K Iyer. "
        "Bowling for Kerala, the seamers shared the wickets after lunch."
    )
    sheet = (
        "Ireland: G Murphy (Leicester); G Dempsey (Leinster), B O'Driscoll (Leinster, capt), "
        "D Hickie (Leinster); R O'Gara (Munster), P Stringer (Munster). Replacements: "
        "F Sheahan (Munster), M Horan (Munster). Scrum-half Stringer and fly-half O'Gara "
        "start together for the first time this season."
    )
    assert is_sport(scorecard)
    assert is_sport(sheet)


def test_a_name_set_off_in_commas_after_a_persons_role_is_a_persons() -> None:
    text = "Tuvalu's climate minister, Mele Fakaofo, delivered the most emotional speech."
    assert _evidence(text, "Mele Fakaofo").get(EntityType.PERSON, 0) >= 3
    # A role a body holds too is no cue: "its owner, ByteDance Group,", "the company's
    # lawyer, Hogan Lovells,".
    text = "The platform's owner, Tiklo Media, took control last year."
    assert _evidence(text, "Tiklo Media").get(EntityType.PERSON, 0) == 0
    text = "The company's lawyer, Hogan Lovells, declined to comment."
    assert _evidence(text, "Hogan Lovells").get(EntityType.PERSON, 0) == 0


def test_a_team_named_for_a_contest_is_no_person_whatever_the_model_says() -> None:
    person = Perceptron(("PER", "ORG", "LOC", "MISC", "O"), {"bias": [9.0, 5.0, 0.0, 0.0, 0.0]})
    got = RuleRecogniser(person).recognise("Ryder Cup Europe said tickets sold out.", Context())
    assert [(e.text, e.type) for e in got] == [("Ryder Cup Europe", EntityType.ORG)]
    got = RuleRecogniser(person).recognise("Sandra Day O'Connor wrote the opinion.", Context())
    assert [(e.text, e.type) for e in got] == [("Sandra Day O'Connor", EntityType.PERSON)]
