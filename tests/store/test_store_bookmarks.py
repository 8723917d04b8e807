"""Adding, finding, changing, deleting and restoring bookmarks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.store.bookmarks import BookmarkStore, new_bookmark
from reader.store.database import Database, StoreError


def test_new_bookmark_takes_quote_context_and_paragraph(
    make, corpus: Path, article_text: str, quote: str
) -> None:
    b = make()
    start = article_text.index(quote)
    assert b.quote == quote
    assert (b.start, b.end) == (start, start + len(quote))
    assert b.paragraph == 2
    assert b.before == article_text[start - 40 : start]
    assert b.after == article_text[b.end : b.end + 40]
    assert b.corpus == str(corpus.resolve())
    assert b.id is None


def test_new_bookmark_rejects_empty_or_out_of_range_selection(corpus: Path) -> None:
    with pytest.raises(ValueError):
        new_bookmark(corpus, "a", "text", 2, 2, title="t")
    with pytest.raises(ValueError):
        new_bookmark(corpus, "a", "text", 0, 99, title="t")


def test_add_get_and_list_newest_first(store: BookmarkStore, make) -> None:
    first = store.add(make(note="first"))
    second = store.add(make("electric ferries", note="second"))
    assert first.id is not None and second.id is not None and first.id != second.id
    assert first.created and first.updated == first.created
    assert store.get(first.id) == first
    assert [b.id for b in store.list()] == [second.id, first.id]
    assert store.get(12345) is None
    assert store.count() == 2


def test_add_normalises_tags(store: BookmarkStore, make) -> None:
    saved = store.add(make(tags=[" budget ", "", "budget", "ferries"]))
    assert saved.tags == ["budget", "ferries"]
    assert store.get(saved.id).tags == ["budget", "ferries"]


def test_list_filters_by_corpus_and_text(store: BookmarkStore, make, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    cost = store.add(make(note="Check the COST overrun", tags=["budget"]))
    ferries = store.add(make("electric ferries", tags=["Transport"]))
    elsewhere = store.add(make(corpus=other, title="Another paper"))
    assert {b.id for b in store.list(corpus=other)} == {elsewhere.id}
    assert {b.id for b in store.list(corpus=str(other) + "/.")} == {elsewhere.id}
    assert [b.id for b in store.list(text="cost overrun")] == [cost.id]  # note
    assert [b.id for b in store.list(text="transport")] == [ferries.id]  # tag
    assert [b.id for b in store.list(text="another")] == [elsewhere.id]  # title
    assert [b.id for b in store.list(text="ELECTRIC")] == [ferries.id]  # quote
    assert store.list(text="cost transport") == []  # every word must match
    assert len(store.list(text="   ")) == 3


def test_update_note_and_tags(store: BookmarkStore, make) -> None:
    saved = store.add(make(note="old", tags=["a"]))
    changed = store.update(saved.id, note="new note")
    assert (changed.note, changed.tags) == ("new note", ["a"])
    changed = store.update(saved.id, tags=["b", " c "])
    assert (changed.note, changed.tags) == ("new note", ["b", "c"])
    assert store.get(saved.id) == changed
    assert changed.created == saved.created
    with pytest.raises(StoreError, match="no bookmark #999"):
        store.update(999, note="x")


def test_delete_then_restore_is_an_exact_undo(store: BookmarkStore, make) -> None:
    saved = store.add(make(note="keep me", tags=["x"]))
    newer = store.add(make("electric ferries"))
    deleted = store.delete(saved.id)
    assert deleted == saved
    assert store.get(saved.id) is None
    assert store.delete(saved.id) is None
    # A bookmark added meanwhile never takes the deleted one's id.
    third = store.add(make("traffic"))
    assert third.id not in (saved.id, newer.id)
    store.restore(deleted)
    assert store.get(saved.id) == saved
    assert [b.id for b in store.list()][-1] == saved.id


def test_restore_needs_a_saved_bookmark(store: BookmarkStore, make) -> None:
    with pytest.raises(ValueError):
        store.restore(make())


def test_write_interrupted_by_an_exception_changes_nothing(store: BookmarkStore, make) -> None:
    kept = store.add(make(note="before"))
    with pytest.raises(RuntimeError), store.transaction():
        store.add(make("electric ferries"))
        store.update(kept.id, note="during")
        store.delete(kept.id)
        raise RuntimeError("crash halfway")
    assert store.list() == [kept]


def test_inner_failure_inside_a_transaction_rolls_back_only_itself(
    store: BookmarkStore, make
) -> None:
    with store.transaction():
        added = store.add(make())
        with pytest.raises(StoreError):
            store.update(424242, note="missing")
    assert store.list() == [added]


def test_failing_insert_leaves_store_as_it_was(
    store: BookmarkStore, make, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = store.add(make())
    from reader.store import bookmarks as module

    def broken(b):
        raise OSError("simulated failure while building the row")

    monkeypatch.setattr(module, "_values", broken)
    with pytest.raises(OSError):
        store.add(make("electric ferries"))
    monkeypatch.undo()
    assert store.list() == [kept]


def test_for_article_reading_order_and_reanchoring(
    store: BookmarkStore, make, article_text: str
) -> None:
    late = store.add(make("traffic"))
    early = store.add(make("electric ferries"))
    store.add(make("electric ferries", article_id="other.txt"))
    assert [b.id for b in store.for_article(early.corpus, "news/ferry.txt")] == [
        early.id,
        late.id,
    ]
    moved_text = "Update: corrected figures.\n\n" + article_text
    found = store.for_article(early.corpus, "news/ferry.txt", moved_text)
    assert [moved_text[b.start : b.end] for b in found] == ["electric ferries", "traffic"]
    assert all(not b.detached for b in found)
    # The new place was saved.
    assert store.get(early.id).start == moved_text.index("electric ferries")
    assert store.get(early.id).updated == early.updated


def test_store_in_memory_for_tools(make) -> None:
    with Database.in_memory() as db:
        store = BookmarkStore(db)
        saved = store.add(make())
        assert store.list() == [saved]


def test_add_requires_a_quote(store: BookmarkStore, make) -> None:
    with pytest.raises(ValueError):
        store.add(replace(make(), quote=""))
