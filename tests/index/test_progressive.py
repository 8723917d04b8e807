"""A first build lists articles as they are extracted and is searchable batch by batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.index import updating
from reader.index.manifest import newest_first
from reader.index.model import ArticleSummary
from reader.index.updating import _batch, _first_commit


def write_reports(root: Path, count: int) -> None:
    root.mkdir()
    for i in range(count):
        # Every third one undated (it sorts by its file's day); two share a date.
        dated = "" if i % 3 == 0 else f"Date: 2024-02-{min(i, 20):02}\n"
        (root / f"report{i:02}.txt").write_text(
            f"Turbine report {chr(ord('z') - i)}\n{dated}\nEngineers inspected turbine {i}.",
            encoding="utf-8",
        )


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    # 10 files commit as 3 + 3 + 2 + 2, as 2,225 files commit as 200 + 1,012 + 506 + 507.
    monkeypatch.setattr(updating, "FIRST_COMMIT", 3)
    monkeypatch.setattr(updating, "MIN_COMMIT", 2)


def test_articles_are_listed_when_extracted_and_searchable_after_each_commit(
    tmp_path: Path, open_library, small_batches: None
) -> None:
    root = tmp_path / "reports"
    write_reports(root, 10)
    lib = open_library(root)
    listed: list[ArticleSummary] = []
    early: list[tuple[str | None, int]] = []
    commits: list[tuple[int, int, int, int]] = []

    def on_articles(summaries: list[ArticleSummary]) -> None:
        listed.extend(summaries)
        if len(listed) == 1:
            # Extracted, not committed: it opens, but no search finds it yet.
            stored = lib.article(summaries[0].id)
            early.append((stored.summary.title if stored else None, lib.search("turbine").total))

    def on_commit(done: int, total: int) -> None:
        commits.append((done, total, lib.search("turbine").total, len(lib.summaries())))

    report = lib.update(on_articles=on_articles, on_commit=on_commit)
    assert report.articles == 10
    assert early == [("Turbine report z", 0)]
    assert commits == [(3, 10, 3, 3), (6, 10, 6, 6), (8, 10, 8, 8), (10, 10, 10, 10)]
    # The rows given early are the rows the manifest lists, and sort the same way.
    assert newest_first(listed) == lib.summaries()
    assert lib._updater.pending == {}  # nothing kept once committed


def test_an_uncommitted_article_is_not_kept_without_early_listing(
    tmp_path: Path, open_library, small_batches: None
) -> None:
    root = tmp_path / "reports"
    write_reports(root, 10)
    lib = open_library(root)
    sizes: list[int] = []
    lib.update(progress=lambda done, total, rel: sizes.append(len(lib._updater.pending)))
    assert set(sizes) == {0}
    assert lib.search("turbine").total == 10


def test_a_large_update_commits_a_small_batch_first() -> None:
    assert _first_commit(2225) == 200
    assert _first_commit(20_000) == 200
    # Too small to split that way: the halving batches alone.
    assert _first_commit(1000) == _batch(1000) == 500
    assert _first_commit(300) == 300
