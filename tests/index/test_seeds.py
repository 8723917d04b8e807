"""The real pipeline (loader, extractors, index) on the repository's sample corpus."""

from pathlib import Path

import pytest

from reader.index.library import Library
from reader.index.model import SortOrder


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = Path(__file__).resolve().parents[2] / "seeds"
    lib = Library.open(root, index_dir=tmp_path_factory.mktemp("seed-index"))
    report = lib.update()
    assert report.articles == 5 and not report.skipped
    yield lib
    lib.close()


def ids(result) -> list[str]:
    return [h.summary.id[:3] for h in result.hits]


def test_person_query_finds_the_one_article(seeds: Library) -> None:
    assert ids(seeds.search('person:"Ren Zhengfei"')) == ["001"]
    assert ids(seeds.search("person:'ren zhengfei'")) == ["001"]


def test_known_queries(seeds: Library) -> None:
    ev = set(ids(seeds.search('"electric vehicle"')))
    assert {"000", "001", "004"} <= ev
    dated = seeds.search("xiaomi AND date:2025")
    assert dated.total >= 1
    assert all(h.summary.published and h.summary.published.year == 2025 for h in dated.hits)
    invest = seeds.search("invest", limit=1)
    assert invest.total >= 2
    passage = invest.hits[0].passage
    assert passage is not None
    assert any(passage.text[s:e].lower().startswith("invest") for s, e in passage.marks)
    assert seeds.search("innovaton~").total >= 1


def test_newest_first_by_date_or_file_day(seeds: Library) -> None:
    days = [h.summary.day for h in seeds.search("xiaomi", sort=SortOrder.NEWEST).hits]
    assert None not in days and days == sorted(days, reverse=True)


def test_stored_article_matches_a_fresh_load(seeds: Library) -> None:
    summary = seeds.summaries()[0]
    stored = seeds.article(summary.id)
    assert stored is not None
    for e in stored.entities:
        assert stored.text[e.start : e.end] == e.text
    raw = seeds.raw_text(summary.id)
    assert raw and stored.paragraphs[-1].text[:20] in raw


@pytest.mark.parametrize(
    "query",
    ["xiaomi", "china", "huawei OR xiaomi", '"electric vehicle"', "title:xiaomi", "smartphone~"],
)
def test_each_hit_count_is_the_number_of_marks_the_app_steps_through(
    seeds: Library, query: str
) -> None:
    # Includes an article whose title is its first sentence (derived), which the
    # body field holds too: those words count once, as they are marked once.
    result = seeds.search(query, limit=None)
    assert result.hits
    for hit in result.hits:
        assert hit.hit_count == len(seeds.match_offsets(hit.summary.id, query)), hit.summary.id
