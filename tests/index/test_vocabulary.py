"""The corpus's words, kept in the manifest: what `invest*`, `innovaton~` and
`[a TO m]` expand against, and where suggestions come from."""

from __future__ import annotations

import bisect
from pathlib import Path

from whoosh import query as wq

from reader.index import vocabulary
from reader.index.library import Library


class ListedWords:
    """A word source over a sorted list, as the manifest answers."""

    def __init__(self, words: list[str]) -> None:
        self.words = sorted(words)

    def words_between(self, low: str, high: str | None, limit: int) -> list[str]:
        start = bisect.bisect_left(self.words, low)
        end = len(self.words) if high is None else bisect.bisect_left(self.words, high)
        return self.words[start:end][:limit]

    def words_sized(self, low: str, high: str | None, shortest: int, longest: int
                    ) -> list[str]:
        found = self.words_between(low, high, len(self.words))
        return [w for w in found if shortest <= len(w) <= longest]


WORDS = ListedWords(
    ["invest", "invested", "investment", "investors", "inventory", "market", "markets",
     "marking", "zebra", "m", "ma"]
)  # fmt: skip


def test_a_prefix_reaches_the_words_that_start_with_it() -> None:
    assert vocabulary.matching(wq.Prefix("words", "investm"), WORDS) == (["investment"], False)
    assert vocabulary.matching(wq.Prefix("words", "inve"), WORDS)[0] == [
        "inventory", "invest", "invested", "investment", "investors"
    ]  # fmt: skip


def test_a_wildcard_matches_whole_words() -> None:
    found, _ = vocabulary.matching(wq.Wildcard("words", "mark?ts"), WORDS)
    assert found == ["markets"]
    found, _ = vocabulary.matching(wq.Wildcard("words", "inv*ed"), WORDS)
    assert found == ["invested"]


def test_a_range_keeps_whooshs_inclusive_and_exclusive_ends() -> None:
    inclusive = vocabulary.matching(wq.TermRange("words", "m", "market"), WORDS)[0]
    assert inclusive == ["m", "ma", "market"]  # "markets" is after "market"
    exclusive = wq.TermRange("words", "m", "market", startexcl=True, endexcl=True)
    assert vocabulary.matching(exclusive, WORDS)[0] == ["ma"]
    assert vocabulary.matching(wq.TermRange("words", "marking", None), WORDS)[0] == [
        "marking", "zebra"
    ]  # fmt: skip


def test_fuzzy_words_are_within_their_edits_and_share_the_prefix() -> None:
    found, _ = vocabulary.matching(wq.FuzzyTerm("words", "investmnet", maxdist=1), WORDS)
    assert found == ["investment"]  # a transposition is one edit
    assert vocabulary.near("markt", 1, WORDS) == ["market"]
    assert vocabulary.near("narket", 1, WORDS, prefix="n") == []


def test_a_long_expansion_says_it_was_cut() -> None:
    many = ListedWords([f"co{n:05d}" for n in range(vocabulary.SCAN_LIMIT + 5)])
    found, cut = vocabulary.matching(wq.Prefix("words", "co"), many)
    assert cut and len(found) == vocabulary.SCAN_LIMIT


def test_stems_drop_stop_words_and_repeat_none() -> None:
    assert vocabulary.stems(["investors", "investor", "the", "invested"]) == (
        ["investor", "invest"], False
    )  # fmt: skip


def test_the_manifest_lists_each_word_of_the_corpus_once(library: Library) -> None:
    words = library._manifest.words_between("", None, 10_000)
    assert words == sorted(set(words))
    assert {"investment", "investors", "innovations", "northport"} <= set(words)
    assert library._manifest.words_sized("inv", "inw", 9, 9) == ["investors"]


def test_a_removed_articles_words_no_longer_match(
    library: Library, corpus: Path
) -> None:
    assert [h.summary.id for h in library.search("investo*").hits] == ["beta.txt"]
    assert library.suggest("invstors") == "investors"
    (corpus / "beta.txt").unlink()
    library.update()
    # "investors" is still listed, but no article holds it any more.
    assert "investors" in library._manifest.words_between("investors", "investort", 5)
    assert not library.search("investo*").hits


def test_a_rebuild_starts_the_vocabulary_afresh(library: Library, corpus: Path) -> None:
    (corpus / "gamma.txt").write_text("Quiet day\n\nNothing happened in Zorvale.\n")
    library.update(rebuild=True)
    words = set(library._manifest.words_between("", None, 10_000))
    assert "zorvale" in words and "innovations" not in words


def test_a_suggestion_is_the_closest_word_then_the_most_frequent(library: Library) -> None:
    assert library.suggest("electrik vehicle") == "electric vehicle"
    assert library.suggest("Innovaton") == "Innovation"
    assert library.suggest("electric") is None  # known words are left alone
