"""The first frame is drawn from the manifest; the index opens after it."""

from __future__ import annotations

import pytest

from reader.index.library import Library
from reader.tui.app import ReaderApp
from reader.tui.first_look import FirstLook
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.header import ReaderHeader

from .conftest import SEEDS, settle

# Each test makes the index it needs (none, or built as on a second start) itself.
pytestmark = pytest.mark.fresh_index

SIZE = (120, 40)


def _indexed_seeds() -> None:
    with Library.open(SEEDS) as library:  # an up-to-date index, as on a second start
        library.update()


def _header(app: ReaderApp) -> str:
    return app.main.query_one(ReaderHeader).render_state().plain


async def test_the_list_is_filled_from_the_manifest_and_the_first_article_follows() -> None:
    _indexed_seeds()
    first_look = FirstLook.start(SEEDS)
    recorded = first_look.summaries(30)
    assert recorded
    app = ReaderApp(SEEDS, first_look=first_look)
    async with app.run_test(size=SIZE) as pilot:
        article_list = app.main.query_one(ArticleList)
        assert [row.id for row in article_list.rows] == [row.id for row in recorded]
        assert f"{len(recorded)} articles" in _header(app)
        await settle(pilot)
        view = app.main.query_one(ArticleView)
        assert app.main.library is not None
        assert view.article is not None and view.article.summary.id == recorded[0].id
        assert article_list.cursor == 0


async def test_a_search_typed_before_the_index_opened_waits_for_it() -> None:
    _indexed_seeds()
    app = ReaderApp(SEEDS, first_look=FirstLook.start(SEEDS))
    async with app.run_test(size=SIZE) as pilot:
        app.main._start_search("said")  # as if typed at once: the worker waits for the index
        await settle(pilot)
        assert app.main.search_query == "said", app.main.search_bar.message
        assert app.main.search_result is not None and app.main.search_result.total > 0


async def test_listed_from_the_manifest_then_opened_read_only_says_so() -> None:
    _indexed_seeds()
    holder = Library.open(SEEDS)
    try:
        app = ReaderApp(SEEDS, first_look=FirstLook.start(SEEDS))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "read-only" in _header(app)
            assert app.main.query_one(ArticleView).article is not None
    finally:
        holder.close()


async def test_no_manifest_yet_indexes_as_before(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "fresh"))
    first_look = FirstLook.start(SEEDS)
    assert first_look.summaries(30) is None
    app = ReaderApp(SEEDS, first_look=first_look)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.main.query_one(ArticleList).rows
        assert app.main.query_one(ArticleView).article is not None


async def test_the_garbage_collector_is_back_on_after_the_first_frame() -> None:
    """`reader open` turns it off for start-up; the main screen must turn it back on
    (with what start-up made frozen), or every cycle the app makes would leak."""
    import gc

    gc.disable()
    try:
        app = ReaderApp(SEEDS)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_first_frame_imports_no_whoosh() -> None:
    """What `reader open` imports before its first frame (the app, its screens and
    widgets, the first look at the manifest) leaves Whoosh for after it."""
    import subprocess
    import sys

    code = (
        "import sys, reader.commands.open, reader.tui.app, reader.tui.first_look;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'whoosh'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
