"""The posting-list evaluator must find and score exactly what Whoosh's matchers do."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import query as wq

from reader.index.evaluation import Unsupported, doc_ids, evaluate
from reader.index.library import Library
from reader.index.model import SortOrder
from reader.index.searching import bound, make_parser, parse

_VOCABULARY = (
    "market bank rates electric vehicle battery grid solar council bridge harbour investors "
    "investment trade tariff election vote reform budget hospital vaccine clinical trial "
    "railway freight oil gas emissions refinery shares profit"
)
WORDS = tuple(_VOCABULARY.split())
PHRASES = ("electric vehicle", "clinical trial", "interest rates", "solar grid")

QUERIES = (
    "market",
    '"interest rates market"',
    '"the electric vehicle"',
    '"vehicle electric"',
    "electric AND vehicle",
    '"electric vehicle"',
    '"clinical trial" OR vaccine',
    "railway NOT freight",
    "(oil OR gas) AND emissions",
    "budget reform opposition",
    "title:refinery",
    "invest*",
    "investorz~",
    "date:2024",
    "shares AND date:[2023-03 to 2024-06]",
    "NOT oil",
    "NOT (oil OR gas)",
    'title:"electric vehicle"',
    "nosuchword",
    "market AND nosuchword",
    "market OR nosuchword",
)


def _write_corpus(root: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(4)).capitalize()
        dated = rng.random() < 0.8
        year, month, day = rng.choice((2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
        dateline = f"Date: {year}-{month:02d}-{day:02d}\n"
        paragraphs = []
        for _ in range(rng.randint(1, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(5, 40))]
            if rng.random() < 0.5:
                words.insert(rng.randrange(len(words)), rng.choice(PHRASES))
            paragraphs.append(" ".join(words).capitalize() + ".")
        text = f"{title}\n{dateline if dated else ''}\n" + "\n\n".join(paragraphs)
        (root / f"a{n:03d}.txt").write_text(text, encoding="utf-8")


def _whoosh(library: Library, query: str) -> dict[int, float]:
    s = library._s()
    b = bound(parse(make_parser(), query), s.reader())
    # Whoosh's InverseMatcher (NOT at the top) can yield a segment's last
    # document although it is deleted: a deleted article is never a result.
    deleted = {
        offset + d for leaf, offset in s.reader().leaf_readers() for d in leaf.deleted_docs_set
    }
    return {h.docnum: h.score for h in s.search(b.query, limit=None) if h.docnum not in deleted}


def _ours(library: Library, query: str) -> dict[int, float]:
    s = library._s()
    b = bound(parse(make_parser(), query), s.reader())
    return evaluate(b.query, s).scores


@pytest.fixture
def generated(tmp_path: Path, open_library) -> Library:  # type: ignore[no-untyped-def]
    root = tmp_path / "generated"
    _write_corpus(root, 120, seed=3)
    library = open_library(root)
    library.update()
    return library


def _assert_same(library: Library) -> None:
    for query in QUERIES:
        expected, found = _whoosh(library, query), _ours(library, query)
        assert set(found) == set(expected), query
        for docnum, score in expected.items():
            assert found[docnum] == pytest.approx(score, rel=1e-9, abs=1e-9), query


def test_same_documents_and_scores_as_whoosh(generated: Library) -> None:
    assert generated.summaries()
    _assert_same(generated)


def test_same_after_changes_leave_deleted_documents_in_segments(
    generated: Library, tmp_path: Path
) -> None:
    root = tmp_path / "generated"
    for path in sorted(root.iterdir())[::7]:
        path.write_text(path.read_text(encoding="utf-8") + "\n\nOil refinery market.\n")
    (root / "a001.txt").unlink()
    generated.update()
    s = generated._s()
    assert any(leaf.has_deletions() for leaf, _ in s.reader().leaf_readers())
    _assert_same(generated)


def test_search_ranks_counts_and_sorts_through_the_evaluator(generated: Library) -> None:
    result = generated.search('"electric vehicle"', limit=5)
    assert result.total == len(_whoosh(generated, '"electric vehicle"'))
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)
    # A phrase counts once per occurrence of the whole phrase, like its marks.
    for hit in result.hits:
        marks = generated.match_offsets(hit.summary.id, '"electric vehicle"')
        assert hit.hit_count == len(marks) >= 1

    # By date, an undated article by its file's day (see test_collection for ties).
    newest = generated.search("market", sort=SortOrder.NEWEST, limit=None)
    days = [h.summary.day for h in newest.hits]
    assert None not in days and days == sorted(days, reverse=True)
    oldest = generated.search("market", sort=SortOrder.OLDEST, limit=None)
    assert [h.summary.day for h in oldest.hits] == sorted(days)
    assert generated.search("market", sort=SortOrder.OLDEST, limit=3).hits == oldest.hits[:3]


def test_ids_helper(generated: Library) -> None:
    s = generated._s()
    docnums = sorted(evaluate(wq.Every(), s).scores)
    ids = doc_ids(s, docnums)
    assert len(set(ids)) == len(docnums)
    assert set(ids) == {a.id for a in generated.summaries()}


def test_a_phrase_ranks_by_its_occurrences(tmp_path: Path, open_library) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "phrases"
    root.mkdir()
    body = "Markets rose today as traders bought shares in many different companies."
    (root / "once.txt").write_text(f"Report\n\nAn electric vehicle was sold. {body}")
    (root / "twice.txt").write_text(
        f"Report\n\nAn electric vehicle, then another electric vehicle. {body}"
    )
    (root / "apart.txt").write_text(f"Report\n\nElectric bikes and a vehicle. {body}")
    library = open_library(root)
    library.update()
    result = library.search('"electric vehicle"')
    assert [h.summary.id for h in result.hits] == ["twice.txt", "once.txt"]
    assert [h.hit_count for h in result.hits] == [2, 1]


def test_shapes_it_does_not_know_go_to_whoosh(generated: Library) -> None:
    s = generated._s()
    with pytest.raises(Unsupported):
        evaluate(wq.Phrase("body", ["electr", "vehicl"], slop=3), s)
    with pytest.raises(Unsupported):
        evaluate(wq.Or([wq.Term("body", "market"), wq.Term("body", "bank")], minmatch=2), s)


def test_library_falls_back_to_whoosh_with_the_same_answers(
    generated: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [q for q in QUERIES if '"' not in q]  # phrases count hits differently there
    fast = {q: generated.search(q, limit=10) for q in queries}

    def unsupported(*_args: object, **_kwargs: object) -> None:
        raise Unsupported("as if")

    monkeypatch.setattr("reader.index.querying.evaluate", unsupported)
    for query in queries:
        slow = generated.search(query, limit=10)
        assert slow.total == fast[query].total, query
        assert [h.summary.id for h in slow.hits] == [h.summary.id for h in fast[query].hits]
        assert [h.hit_count for h in slow.hits] == [h.hit_count for h in fast[query].hits]


@pytest.mark.parametrize("path", ["evaluator", "whoosh"])
def test_hit_counts_are_occurrences_not_boosted_weights(
    library: Library, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if path == "whoosh":

        def unsupported(*_args: object, **_kwargs: object) -> None:
            raise Unsupported("as if")

        monkeypatch.setattr("reader.index.querying.evaluate", unsupported)
    # The title field's boost doubles its posting weights; a count must not double.
    assert [h.hit_count for h in library.search("title:unveils").hits] == [1]
    assert [h.hit_count for h in library.search("unveils").hits] == [1]


def test_top_orders_by_score_then_index_order_whichever_way_it_sorts() -> None:
    from reader.index.evaluation import Evaluation

    scores = {d: float(d % 7) for d in random.Random(5).sample(range(1000), 300)}
    expected = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    found = Evaluation(scores)
    assert found.top(None) == expected
    assert found.top(5) == expected[:5]  # a heap
    assert found.top(100) == expected[:100]  # a sort
