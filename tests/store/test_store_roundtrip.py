"""Whatever the user types is stored and read back exactly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.store.bookmarks import Bookmark, BookmarkStore
from reader.store.database import Database
from reader.store.export import to_json

tags = st.lists(st.text(min_size=1).map(str.strip).filter(bool), max_size=6, unique=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=st.text(min_size=1), note=st.text(), tags=tags, title=st.text())
def test_user_text_round_trips_exactly(quote: str, note: str, tags: list[str], title: str) -> None:
    with Database.in_memory() as db:
        store = BookmarkStore(db)
        saved = store.add(
            Bookmark(
                corpus=str(Path("/corpus").resolve()),
                article_id="a",
                title=title,
                source=None,
                published=None,
                path="a.txt",
                paragraph=0,
                start=0,
                end=len(quote),
                quote=quote,
                note=note,
                tags=tags,
            )
        )
        back = store.get(saved.id)
        assert back is not None
        assert (back.quote, back.note, back.tags, back.title) == (quote, note, tags, title)
        changed = store.update(saved.id, note=note[::-1], tags=tags[::-1])
        assert store.get(saved.id) == changed
        assert (changed.note, changed.tags) == (note[::-1], tags[::-1])
        assert to_json([back])  # every string can be exported
