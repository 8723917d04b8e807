"""`reader bookmarks list|export` against a store in the test's own data dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.store.bookmarks import Bookmark, BookmarkStore, new_bookmark
from reader.store.database import Database

TEXT = (
    "Port budget approved\n\n"
    "The port board approved a budget of 12 million for dredging the channel.\n\n"
    "Work starts in May."
)


def _add(corpus: Path, quote: str, **kw) -> Bookmark:
    start = TEXT.index(quote)
    with Database.open() as db:
        return BookmarkStore(db).add(
            new_bookmark(
                corpus, "port.txt", TEXT, start, start + len(quote),
                title="Port budget approved", source="Harbour News", published="2024-02-01",
                path="port.txt", **kw,
            )
        )  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    return root


def test_list_when_there_are_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No bookmarks yet.")


def test_list_text_and_json(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _add(corpus, "a budget of 12 million", note="check the minutes", tags=["port"])
    second = _add(corpus, "Work starts in May.")
    assert main(["bookmarks", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 bookmarks, newest first")
    assert out.index(f"#{second.id} ") < out.index(f"#{first.id} ")
    assert "“a budget of 12 million”" in out
    assert "Note: check the minutes" in out and "Tags: port" in out
    assert "Port budget approved (Harbour News, 2024-02-01)" in out

    assert main(["bookmarks", "list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == [second.id, first.id]
    assert items[1]["note"] == "check the minutes"


def test_list_by_corpus_and_filter(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(corpus, "Work starts in May.")
    other = tmp_path / "other"
    other.mkdir()
    assert main(["bookmarks", "list", "--corpus", str(other)]) == 0
    assert capsys.readouterr().out == f"No bookmarks for {other}.\n"
    assert main(["bookmarks", "list", "--json", "--corpus", str(corpus)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["bookmarks", "list", "--filter", "dredging"]) == 0
    assert capsys.readouterr().out == "No bookmarks match 'dredging'.\n"


def test_a_quotes_speaker_is_listed_and_found_by_the_filter(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(corpus, "Work starts in May.", speaker="Harbour master Ines Duarte")
    assert main(["bookmarks", "list", "--filter", "duarte"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 bookmark, newest first")
    assert "“Work starts in May.” — Harbour master Ines Duarte" in out


def test_export_markdown_to_stdout(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add(corpus, "a budget of 12 million", note="my note")
    assert main(["bookmarks", "export"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Bookmarks")
    assert "> a budget of 12 million" in md and "my note" in md
    assert "Harbour News, 2024-02-01" in md


def test_export_json_to_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = _add(corpus, "Work starts in May.", tags=["schedule"])
    target = tmp_path / "out.json"
    target.write_text("previous export")
    assert main(["bookmarks", "export", "--format", "json", "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"Exported 1 bookmark to {target}.\n"
    (item,) = json.loads(target.read_text(encoding="utf-8"))
    assert item["id"] == saved.id and item["tags"] == ["schedule"]


def test_export_to_an_unwritable_place_is_one_line_and_exit_2(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(corpus, "Work starts in May.")
    target = tmp_path / "missing-folder" / "out.md"
    assert main(["bookmarks", "export", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err and str(target) in err
    assert not target.exists()


def test_bad_format_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["bookmarks", "export", "--format", "pdf"])
    assert raised.value.code == 2


def test_damaged_store_is_reported_and_listing_still_works(
    isolated_user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = isolated_user_dirs / "data" / "reader.db"
    db_file.parent.mkdir(parents=True)
    db_file.write_bytes(b"\x00garbage" * 100)
    assert main(["bookmarks", "list"]) == 0
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "reader.db.corrupt-" in captured.err
    assert captured.out.startswith("No bookmarks yet.")
