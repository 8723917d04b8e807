"""What the entity model sees of a name: the features added for typing unseen names."""

from __future__ import annotations

from reader.extract.entities.features import context_features, name_features


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
