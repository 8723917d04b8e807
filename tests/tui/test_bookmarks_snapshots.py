"""SVG snapshot of the bookmarks view at 120x40 (regenerate with --snapshot-update).

Bookmarks go in through the store with fixed ids and times (`restore` keeps
them), so the picture does not depend on when the test runs.
"""

from __future__ import annotations

from dataclasses import replace

from textual.pilot import Pilot

from reader.store.bookmarks import BookmarkStore, new_bookmark
from reader.tui.app import ReaderApp

from .conftest import SEEDS, settle

SIZE = (120, 40)


async def add_fixed_bookmarks(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, ReaderApp) and app.db is not None
    store = BookmarkStore(app.db)
    library = app.main.library
    assert library is not None
    rows = app.main.summaries
    plans = [  # (article row, paragraph, note, tags, detached)
        (0, 1, "Compare with last year's figure", ["growth", "follow up"], False),
        (1, 2, "", [], False),
        (2, 1, "The passage was edited away since", ["check"], True),
    ]
    for n, (row, paragraph, note, tags, detached) in enumerate(plans, start=1):
        article = library.article(rows[row].id)
        assert article is not None
        p = article.paragraphs[paragraph]
        summary = article.summary
        draft = new_bookmark(
            SEEDS, summary.id, article.text, p.start, p.end, title=summary.title,
            source=summary.source, published=summary.published, path=summary.path,
            starts=[q.start for q in article.paragraphs], note=note, tags=tags,
        )
        stamp = f"2025-01-0{n}T12:00:00+00:00"
        store.restore(replace(draft, id=n, created=stamp, updated=stamp, detached=detached))


def test_bookmarks_view(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await add_fixed_bookmarks(pilot)
        await pilot.press("B")
        await settle(pilot)

    assert snap_compare(ReaderApp(SEEDS), terminal_size=SIZE, run_before=run_before)
