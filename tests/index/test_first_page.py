"""A first page of results (`limit`) is the top of the full result, in every order.

The app lists a first page while the full list is still being made, then
replaces it with every result: the rows it showed must not move.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.index.library import Library
from reader.index.model import SortOrder

SOURCES = ("Harbour Post", "Morning Tribune", "Evening Wire")


@pytest.fixture
def many(tmp_path: Path, open_library) -> Library:  # type: ignore[no-untyped-def]
    """60 articles about turbines, with scores, dates and sources that tie and differ,
    over two segments, some undated: enough that a page of 5 takes the short cut."""
    root = tmp_path / "many"
    root.mkdir()

    def write(i: int) -> None:
        dated = f"Date: 2024-{1 + i % 12:02d}-{1 + i % 5:02d}\n" if i % 7 else ""
        words = " ".join(["turbine"] * (1 + i % 4))
        (root / f"a{i:02d}.txt").write_text(
            f"Plant report {i}\n{dated}\nEngineers at {SOURCES[i % 3]} inspected a {words} "
            f"and {'a pump ' * (i % 9)}today.",
            encoding="utf-8",
        )

    for i in range(30):
        write(i)
    lib = open_library(root)
    lib.update()
    for i in range(30, 60):
        write(i)
    lib.update()
    return lib


@pytest.mark.parametrize("sort", list(SortOrder))
def test_a_first_page_is_the_top_of_the_full_result(many: Library, sort: SortOrder) -> None:
    full = many.search("turbine", sort=sort, limit=None, passages=0)
    assert full.total == len(full.hits) == 60
    for limit in (1, 5, 7, 59):
        page = many.search("turbine", sort=sort, limit=limit, passages=3)
        assert page.total == full.total
        top = full.hits[:limit]
        assert [h.summary.id for h in page.hits] == [h.summary.id for h in top]
        assert [(h.score, h.hit_count) for h in page.hits] == [(h.score, h.hit_count) for h in top]
        assert all(h.passage is not None for h in page.hits[:3])


def test_the_full_result_after_a_page_is_the_same_as_without_one(many: Library) -> None:
    # The page keeps the query's evaluation for the next call: it must not leak into
    # another query, or into the same query after the index changed.
    alone = many.search("turbine OR pump", limit=None, passages=0)
    many.search("pump", limit=5)
    many.search("turbine OR pump", limit=5)
    after = many.search("turbine OR pump", limit=None, passages=0)
    assert after.hits == alone.hits and after.total == alone.total
    assert many.search("pump", limit=None).total == len(many.search("pump").hits)


def test_a_did_you_mean_only_for_a_query_that_finds_nothing(many: Library) -> None:
    assert many.search("turbien").suggestion == "turbine"  # nothing matches
    one = many.search("turbine AND 59")
    assert one.total == 1 and one.suggestion is None  # one match: none looked for
    assert many.suggest("turbine AND 59 OR turbien") == "turbine AND 59 OR turbine"
