"""Markdown and JSON exports."""

from __future__ import annotations

import json
from pathlib import Path

from reader.store.bookmarks import BookmarkStore
from reader.store.export import render, to_json, to_markdown, write_atomic


def test_markdown_has_quote_note_tags_and_citation(store: BookmarkStore, make) -> None:
    saved = store.add(
        make(
            "Construction is expected to cost 48 million euros and to take three years",
            note="Compare with the\n2019 estimate.",
            tags=["budget", "ferries"],
        )
    )
    md = to_markdown(store.list(), exported_at="2024-06-01T00:00:00+00:00")
    assert md.startswith("# Bookmarks\n\n1 bookmark, exported 2024-06-01T00:00:00+00:00.")
    assert "## Harbour authority approves a new ferry terminal" in md
    assert f"> {saved.quote}\n" in md
    assert "Compare with the\n2019 estimate." in md
    assert "Tags: budget, ferries" in md
    expected_file = str(Path(saved.corpus) / "news/ferry.txt")
    assert (
        "— “Harbour authority approves a new ferry terminal”, Coast Gazette, 2024-03-05. "
        f"File: {expected_file} (paragraph 3)"
    ) in md
    assert "Detached" not in md


def test_a_quotes_speaker_is_cited_once_and_the_note_is_the_users(
    store: BookmarkStore, make
) -> None:
    store.add(make(note="Check the tender.", speaker="Ana Ruiz"))
    md = to_markdown(store.list())
    assert md.count("Ana Ruiz") == 1
    assert "\nCheck the tender.\n" in md
    assert "— Ana Ruiz, in “Harbour authority approves a new ferry terminal”, Coast Gazette" in md
    (item,) = json.loads(to_json(store.list()))
    assert item["speaker"] == "Ana Ruiz" and item["note"] == "Check the tender."


def test_markdown_quotes_every_line_of_a_multiline_quote(store: BookmarkStore, make) -> None:
    quote = "two years of planning disputes.\n\nConstruction"
    store.add(make(quote))
    md = to_markdown(store.list())
    assert "> two years of planning disputes.\n>\n> Construction\n" in md


def test_markdown_when_there_are_none() -> None:
    md = to_markdown([])
    assert "0 bookmarks" in md and "No bookmarks yet." in md


def test_json_has_every_field(store: BookmarkStore, make) -> None:
    saved = store.add(make(note="n", tags=["t"]))
    (item,) = json.loads(to_json(store.list()))
    for name in (
        "id", "corpus", "article_id", "title", "source", "published", "path", "paragraph",
        "start", "end", "quote", "before", "after", "note", "tags", "created", "updated",
        "detached", "speaker",
    ):  # fmt: skip
        assert item[name] == getattr(saved, name)
    assert item["file"] == saved.file
    assert json.loads(render([], "json")) == []


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")
    write_atomic(target, "new ✓ text\n")
    assert target.read_text(encoding="utf-8") == "new ✓ text\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temp file left behind
