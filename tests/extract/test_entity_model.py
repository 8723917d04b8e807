"""The averaged perceptron and the word lists the entity model reads."""

from __future__ import annotations

from pathlib import Path

from reader.extract.entities import wordlists
from reader.extract.entities.perceptron import Perceptron, train, train_averaged
from reader.extract.entities.rules import entity_model


def test_the_perceptron_learns_a_separable_set_and_round_trips(tmp_path: Path) -> None:
    examples = [
        ([("title=mr", 1.0), ("bias", 1.0)], "PER"),
        ([("suffix=inc", 1.0), ("bias", 1.0)], "ORG"),
        ([("prev=in", 1.0), ("bias", 1.0)], "LOC"),
    ] * 5
    model = train(examples, ("PER", "ORG", "LOC"), epochs=5)
    assert [model.predict(f) for f, _ in examples[:3]] == ["PER", "ORG", "LOC"]
    path = tmp_path / "model.tsv.gz"
    model.save(path, ["trained on three examples"])
    loaded = Perceptron.load(path)
    assert loaded is not None and loaded.classes == model.classes
    assert [loaded.predict(f) for f, _ in examples[:3]] == ["PER", "ORG", "LOC"]
    # Rebuilding gives the same bytes (the shipped file must be reproducible).
    again = tmp_path / "again.tsv.gz"
    train(examples, ("PER", "ORG", "LOC"), epochs=5).save(again, ["trained on three examples"])
    assert again.read_bytes() == path.read_bytes()


def test_a_missing_or_broken_model_file_reads_as_none(tmp_path: Path) -> None:
    assert Perceptron.load(tmp_path / "absent.tsv.gz") is None
    broken = tmp_path / "broken.tsv.gz"
    broken.write_bytes(b"not gzip")
    assert Perceptron.load(broken) is None


def test_the_shipped_model_loads() -> None:
    model = entity_model()
    assert model is not None and model.classes == ("PER", "ORG", "LOC", "MISC", "O")
    assert len(model.weights) > 10_000


def test_name_lists_know_names_from_many_cultures() -> None:
    for given in ("Brian", "Jeroen", "Sergei", "Ngozi", "Saoirse", "José"):
        assert wordlists.name_strength(given)[0] > 0, given
    for surname in ("O'Driscoll", "Medvedev", "Kowalski", "Nakamura", "Okafor"):
        assert wordlists.name_strength(surname)[1] > 0, surname
    assert wordlists.name_strength("Xbox") == (0, 0)
    assert wordlists.fold("O’Brien") == wordlists.fold("OBRIEN") == "obrien"


def test_given_names_tell_he_from_she_by_most_of_their_bearers() -> None:
    # A few women in the census are John, a few men Mary: nine in ten decide.
    for name in ("John", "David", "Arthur", "Christopher", "Sergei"):
        assert wordlists.given_name_sex(name) == "m", name
    for name in ("Mary", "Susan", "Diane", "Ngozi"):
        assert wordlists.given_name_sex(name) == "f", name
    # Both, or men in other countries (Italy's Michele, Belgium's Patrice): unknown.
    for name in ("Chris", "Jamie", "Kelly", "Michele", "Patrice"):
        assert wordlists.given_name_sex(name) == "", name


def test_word_case_tells_everyday_words_from_names() -> None:
    for word in ("Analysts", "Election", "Officials", "Shares"):
        assert wordlists.mostly_lower_case(word), word
    for name in ("Chevron", "Kennedy", "Apple", "Microsoft", "Qwertyuiop"):
        assert not wordlists.mostly_lower_case(name), name
    # Brown clusters put companies with companies and cities with cities.
    assert wordlists.cluster_path("Chevron")[:8] == wordlists.cluster_path("Microsoft")[:8]
    assert wordlists.cluster_path("London")[:8] == wordlists.cluster_path("Paris")[:8]
    assert wordlists.cluster_path("London")[:8] != wordlists.cluster_path("Microsoft")[:8]


def test_models_of_several_shuffle_orders_average_into_one() -> None:
    examples = [
        ([("title=mr", 1.0), ("bias", 1.0)], "PER"),
        ([("suffix=inc", 1.0), ("bias", 1.0)], "ORG"),
        ([("prev=in", 1.0), ("bias", 1.0)], "LOC"),
    ] * 5
    classes = ("PER", "ORG", "LOC")
    one = train_averaged(examples, classes, epochs=5, seeds=1)
    assert one.weights == train(examples, classes, epochs=5, seed=0).weights
    three = train_averaged(examples, classes, epochs=5, seeds=3)
    assert [three.predict(f) for f, _ in examples[:3]] == ["PER", "ORG", "LOC"]
    models = [train(examples, classes, epochs=5, seed=s) for s in range(3)]
    expected = sum(m.weights["suffix=inc"][1] for m in models) / 3
    assert abs(three.weights["suffix=inc"][1] - expected) < 1e-9
    assert three.weights == train_averaged(examples, classes, epochs=5, seeds=3).weights


def test_given_names_other_countries_give_the_other_sex_have_none() -> None:
    # Italy's Andrea and Simone, Russia's Nikita and Sasha are men; Cameron is both.
    for name in ("Andrea", "Simone", "Nikita", "Sasha", "Cameron", "Sam"):
        assert wordlists.given_name_sex(name) == "", name
