"""Exact and near-duplicate articles: fingerprints, similarity, groups, and the index
keeping the groups (leads, removal of a copy, the first-frame read)."""

from __future__ import annotations

import os
import random
from datetime import date
from pathlib import Path

import pytest

from benchmarks.duplicates_bench import APART, COPIES, labelled, quality
from benchmarks.generate_corpus import World, article
from reader.index import duplicates
from reader.index.duplicates import fingerprint, groups, similarity
from reader.index.library import Library
from reader.index.location import MANIFEST_NAME
from reader.index.manifest import read_summaries

from .conftest import LOADER, CountingAnnotator

START = date(2024, 1, 1)


def story(seed: int) -> str:
    rng = random.Random(seed)
    return article(rng, World(rng, 200), 0, START)[1]


def test_identical_and_recased_texts_share_the_exact_hash() -> None:
    text = story(1)
    a = fingerprint(text)
    b = fingerprint(text.upper().replace(" ", "   ").replace(".", " ."))
    assert a == b
    assert similarity(a.sketch, b.sketch) == 1.0
    assert fingerprint(text + " More.").exact != a.exact


def test_fingerprints_do_not_depend_on_the_process() -> None:
    # Worker processes fingerprint files and the writer groups them: a per-process
    # hash (str hash randomisation) would make copies indexed by two workers differ.
    import subprocess
    import sys

    code = (
        "from reader.index.duplicates import fingerprint;"
        "print(fingerprint('a b c d e f').sketch.hex())"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"PYTHONHASHSEED": seed}, check=True).stdout
        for seed in ("1", "2")
    }
    assert runs == {fingerprint("a b c d e f").sketch.hex() + "\n"}


@pytest.mark.parametrize("kind", list(COPIES))
def test_each_kind_of_copy_is_estimated_above_the_threshold(kind: str) -> None:
    rng = random.Random(5)
    world = World(rng, 200)
    for i in range(12):
        text = article(rng, world, i, START)[1]
        copy = COPIES[kind](rng, text, world)
        estimate = similarity(fingerprint(text).sketch, fingerprint(copy).sketch)
        assert estimate >= duplicates.THRESHOLD


@pytest.mark.parametrize("kind", list(APART))
def test_look_alikes_stay_far_below_the_threshold(kind: str) -> None:
    rng = random.Random(6)
    world = World(rng, 200)
    for i in range(12):
        text = article(rng, world, i, START)[1]
        other = APART[kind](rng, text, world)
        assert similarity(fingerprint(text).sketch, fingerprint(other).sketch) < 0.4


def test_the_threshold_decides() -> None:
    text = story(5)
    paragraphs = text.split("\n\n")
    # Two thirds of the story: a similarity of about 0.69, under the threshold (and
    # in a shared band: for such a pair that is likely, not certain; seeded).
    part = "\n\n".join(paragraphs[: len(paragraphs) * 2 // 3])
    prints = [("whole", fingerprint(text)), ("part", fingerprint(part))]
    estimate = similarity(prints[0][1].sketch, prints[1][1].sketch)
    assert 0.55 < estimate < duplicates.THRESHOLD
    assert groups(prints) == []
    assert groups(prints, threshold=estimate) == [["whole", "part"]]
    assert groups(prints, threshold=estimate + 0.01) == []


def test_copies_of_copies_join_one_group_in_input_order() -> None:
    rng = random.Random(3)
    world = World(rng, 200)
    base = article(rng, world, 0, START)[1]
    edited = COPIES["6 words changed"](rng, base, world)
    edited_again = COPIES["paragraph added"](rng, edited, world)
    other = article(rng, world, 1, START)[1]
    prints = [
        ("c", fingerprint(edited_again)),
        ("x", fingerprint(other)),
        ("a", fingerprint(base)),
        ("x-copy", fingerprint(other)),
        ("b", fingerprint(edited)),
    ]
    assert groups(prints) == [["c", "a", "b"], ["x", "x-copy"]]


def test_short_texts_group_only_when_they_match() -> None:
    prints = [
        ("a", fingerprint("Markets closed.")),
        ("b", fingerprint("Rain expected.")),
        ("c", fingerprint("MARKETS   closed")),
        ("d", fingerprint("")),
        ("e", fingerprint("")),
    ]
    assert groups(prints) == [["a", "c"], ["d", "e"]]


def test_labelled_corpus_is_grouped_without_a_mistake() -> None:
    """The benchmark's labelled corpus, smaller: every copy found, no look-alike."""
    scores = quality(60, seed=4)
    assert scores == {"precision": 1.0, "recall": 1.0}
    articles, base_of, _ = labelled(10, seed=4)
    assert len(base_of) == 10 and len(articles) == 50


# -- in the index ----------------------------------------------------------------------


def write(path: Path, text: str, day: str) -> None:
    """A file as the test loader reads it: headline, date line, paragraphs."""
    head, _, body = text.partition("\n\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{head}\nDate: {day}\n\n{body}", encoding="utf-8")


def test_library_groups_copies_leads_them_by_date_and_file_time(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    text = story(7)
    rng = random.Random(1)
    write(corpus / "a" / "story.txt", text, "2024-03-02")
    write(corpus / "b" / "story.txt", text, "2024-03-02")  # the same day: the older file leads
    os.utime(corpus / "a" / "story.txt", (1_700_000_000, 1_700_000_000))
    os.utime(corpus / "b" / "story.txt", (1_700_000_100, 1_700_000_100))
    write(corpus / "later.txt", COPIES["paragraph removed"](rng, text, World(rng, 50)),
          "2024-03-05")
    write(corpus / "other.txt", story(8), "2024-03-01")
    with Library.open(corpus, index_dir=tmp_path / "ix", loader=LOADER,
                      annotate=CountingAnnotator(), extractor_version="t") as lib:
        report = lib.update()
        assert (report.duplicate_groups, report.duplicate_articles) == (1, 3)
        assert {s.id: s.group for s in lib.summaries()} == {
            "a/story.txt": "a/story.txt",
            "b/story.txt": "a/story.txt",
            "later.txt": "a/story.txt",
            "other.txt": None,
        }
        recorded = read_summaries(tmp_path / "ix" / MANIFEST_NAME)
        assert recorded == lib.summaries()  # the first frame sees the groups too
        (corpus / "a" / "story.txt").unlink()
        report = lib.update()
        assert {s.id: s.group for s in lib.summaries()}["later.txt"] == "b/story.txt"
        (corpus / "later.txt").unlink()
        report = lib.update()
        assert report.duplicate_groups == 0
        assert all(s.group is None for s in lib.summaries())


# -- one row per group (reader.index.collection) ---------------------------------------


def test_collapse_keeps_the_lead_where_it_stands_else_the_first_copy() -> None:
    from reader.index.collection import collapse, copies_by_group, listed_count
    from reader.index.model import ArticleSummary

    def row(article_id: str, group: str | None) -> ArticleSummary:
        return ArticleSummary(article_id, article_id, None, None, article_id, group=group)

    rows = [row("b", "a"), row("x", None), row("a", "a"), row("c", "a"), row("y", "y"),
            row("z", "y")]
    assert [rows[i].id for i in collapse(rows)] == ["x", "a", "y"]
    # Search results: the best-ranked copy stands for its group.
    assert [rows[i].id for i in collapse(rows, lead_first=False)] == ["b", "x", "y"]
    without_lead = [r for r in rows if r.id != "a"]
    assert [without_lead[i].id for i in collapse(without_lead)] == ["b", "x", "y"]
    assert listed_count(rows) == 3 and listed_count(without_lead) == 3
    assert {k: [r.id for r in v] for k, v in copies_by_group(rows).items()} == {
        "a": ["b", "a", "c"], "y": ["y", "z"]
    }
