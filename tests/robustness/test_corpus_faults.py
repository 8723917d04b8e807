"""Bad files in a corpus folder: skipped with a reason or read in full, never a crash.

The loader's own unit tests are in tests/corpus/test_corpus_bad_inputs.py;
these go through `Library.update()` as the app and `reader index` do, so the
reasons reach `IndexReport.skipped` and good files beside bad ones are indexed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import cli
from reader.corpus import files, loader
from reader.corpus.loader import iter_corpus, load_file
from reader.corpus.model import Article, SkippedFile
from reader.index.library import Library

GOOD = (
    "Harbour board approves new berth\n\n"
    "The harbour board approved a new berth on Tuesday after a long debate.\n\n"
    "Officials said traffic rose 12 percent in the quarter.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    return root


def update(root: Path, tmp_path: Path) -> tuple[Library, dict[str, str]]:
    """A library on `root`, updated; and its skipped files as {path: reason}."""
    lib = Library.open(root, index_dir=tmp_path / "index")
    report = lib.update()
    skipped: dict[str, str] = {}
    for path, reason in report.skipped:
        assert reason and "\n" not in reason
        skipped[path] = f"{skipped[path]} | {reason}" if path in skipped else reason
    return lib, skipped


def titles(lib: Library) -> set[str]:
    return {s.title for s in lib.summaries()}


def test_corpus_empty_file_is_skipped_with_reason(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_bytes(b"\n \r\n\t")
    lib, skipped = update(corpus, tmp_path)
    assert skipped == {"blank.md": "empty file", "empty.txt": "empty file"}
    assert titles(lib) == {"Harbour board approves new berth"}
    lib.close()


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\x7fELF\x02\x01\x01" + bytes(64), os.urandom(4096),
     b"Some text\x00\x00\x00 and NUL bytes"],
    ids=["pdf", "elf", "random", "nul"],
)  # fmt: skip
def test_corpus_binary_file_is_skipped_with_reason(
    corpus: Path, tmp_path: Path, data: bytes
) -> None:
    (corpus / "story.txt").write_bytes(data)
    lib, skipped = update(corpus, tmp_path)
    assert set(skipped) <= {"story.txt"}
    if skipped:  # random bytes may happen to decode as odd text; either way no crash
        assert skipped["story.txt"].startswith(("binary file", "no article text"))
    assert "Harbour board approves new berth" in titles(lib)
    lib.close()


def test_corpus_file_over_50_mb_is_skipped_without_loading_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = corpus / "huge.txt"
    with huge.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(60 * 2**20)
    reads: list[int] = []
    real_open = files.open_regular

    def watched(path: Path):  # type: ignore[no-untyped-def]
        handle = real_open(path)
        if path == huge:
            real_read = handle.read
            handle = _Spy(handle, lambda n=-1: reads.append(n) or real_read(n))
        return handle

    monkeypatch.setattr(files, "open_regular", watched)  # every corpus file is opened there
    result = load_file(huge, corpus)
    assert result == SkippedFile(huge, "too large: 60.0 MB, limit 50 MB")
    assert reads == []  # the size was enough to decide
    lib, skipped = update(corpus, tmp_path)
    assert skipped == {"huge.txt": "too large: 60.0 MB, limit 50 MB"}
    assert all(n != -1 and n <= 2**20 for n in reads)  # hashed in chunks, never read whole
    lib.close()


class _Spy:
    def __init__(self, handle, read) -> None:  # type: ignore[no-untyped-def]
        self._handle, self.read = handle, read

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._handle, name)


def test_corpus_invalid_utf8_is_decoded_not_dropped(corpus: Path, tmp_path: Path) -> None:
    data = GOOD.encode("utf-8").replace(b"Tuesday", b"Tuesday \xff\xfe\xc3(") + b"\xe2\x82\n"
    (corpus / "bad-utf8.txt").write_bytes(data)
    (corpus / "good.txt").unlink()
    lib, skipped = update(corpus, tmp_path)
    assert skipped == {}
    stored = lib.article("bad-utf8.txt")
    assert stored is not None
    assert "approved a new berth on Tuesday" in stored.text
    assert "traffic rose 12 percent" in stored.text
    lib.close()


def test_corpus_mixed_line_endings_read_like_unix_ones(corpus: Path) -> None:
    mixed = GOOD.replace("\n\n", "\r\n\r\n", 1).replace("\n\n", "\r\r", 1)
    (corpus / "mixed.txt").write_bytes(mixed.encode("utf-8"))
    unix, other = load_file(corpus / "good.txt", corpus), load_file(corpus / "mixed.txt", corpus)
    assert isinstance(unix, list) and isinstance(other, list)
    assert other[0].text == unix[0].text
    assert [p.kind for p in other[0].paragraphs] == [p.kind for p in unix[0].paragraphs]
    assert "\r" not in other[0].raw


@pytest.mark.parametrize(
    "page",
    ["<html></html>", "<html><head><title>Only a title</title></head></html>",
     "<html><body></body></html>", "<!doctype html>", "<", "<html><body><p>", "</p></div>"],
)  # fmt: skip
def test_corpus_html_with_no_body_is_skipped_or_read_without_error(
    corpus: Path, page: str
) -> None:
    path = corpus / "page.html"
    path.write_text(page, encoding="utf-8")
    result = load_file(path, corpus)
    if isinstance(result, SkippedFile):
        assert result.reason and "\n" not in result.reason
        assert "could not be read" not in result.reason  # a real reason, not a caught crash
    else:
        assert all(a.text.strip() for a in result)


BODY = (
    "<p>The council met on Tuesday to discuss the new bridge over the river.</p>"
    "<p>Residents said the plan would cut their commute by twenty minutes each way.</p>"
)


@pytest.mark.parametrize(
    ("open_tag", "close_tag"),
    [("<div>", "</div>"), ("<div class='x'>", ""), ("<span>", "</span>"), ("<b><i>", "</i></b>"),
     ("<ul><li>", "</li></ul>"), ("<table><tr><td>", "</td></tr></table>")],
    ids=["div", "unclosed-div", "span", "inline", "lists", "tables"],
)  # fmt: skip
def test_corpus_html_5000_nested_tags_keep_their_text_without_recursion_error(
    corpus: Path, open_tag: str, close_tag: str
) -> None:
    page = (
        "<html><head><title>Bridge vote</title></head><body>"
        + open_tag * 5000 + BODY + close_tag * 5000 + "</body></html>"
    )  # fmt: skip
    path = corpus / "deep.html"
    path.write_text(page, encoding="utf-8")
    result = load_file(path, corpus)
    assert isinstance(result, list), result
    text = result[0].text
    assert "The council met on Tuesday to discuss the new bridge" in text
    assert "cut their commute by twenty minutes" in text


def test_corpus_deeply_nested_markdown_and_json_do_not_raise(corpus: Path) -> None:
    (corpus / "deep.md").write_text("# Title\n\n" + ">" * 5000 + " quoted words\n", "utf-8")
    (corpus / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (corpus / "deep.jsonl").write_text('{"a": ' * 50_000 + "1" + "}" * 50_000, "utf-8")
    md = load_file(corpus / "deep.md", corpus)
    assert isinstance(md, list) and "quoted words" in md[0].text
    assert load_file(corpus / "deep.json", corpus) == SkippedFile(
        corpus / "deep.json", "invalid JSON: nested too deeply"
    )
    deep_rows = load_file(corpus / "deep.jsonl", corpus)
    assert isinstance(deep_rows, SkippedFile) and "nested too deeply" in deep_rows.reason


ROWS = "\n".join(
    [
        '{"title": "Ferry line reopens", "text": "The ferry line reopened on Monday."}',
        "{not json",
        "[1, 2]",
        '{"title": "No text here"}',
        "",
        '{"title": "Bridge opens early", "text": "The bridge opened two weeks early."}',
        '{"title": "Cut off row", "text": "The file ends in the middle',
    ]
)


def test_corpus_jsonl_bad_rows_are_reported_and_good_rows_kept(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "rows.jsonl").write_text(ROWS, encoding="utf-8")
    results = [r for r in iter_corpus(corpus) if "rows.jsonl" in str(r.path)]
    kept = [r.id for r in results if isinstance(r, Article)]
    assert kept == ["rows.jsonl#1", "rows.jsonl#6"]
    bad = [r.reason.split(":")[0] for r in results if isinstance(r, SkippedFile)]
    assert bad == ["line 2", "line 3", "line 4", "line 7"]

    lib, _ = update(corpus, tmp_path)
    report = lib.update()  # a second, incremental update reports them still
    rows = [reason for path, reason in report.skipped if path == "rows.jsonl"]
    assert [r.split(":")[0] for r in rows] == ["line 2", "line 3", "line 4", "line 7"]
    assert {"Ferry line reopens", "Bridge opens early"} <= titles(lib)
    assert [h.summary.id for h in lib.search("ferry").hits] == ["rows.jsonl#1"]
    lib.close()


def test_corpus_file_deleted_while_indexing_is_skipped_then_forgotten(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = corpus / "doomed.txt"
    doomed.write_text(GOOD.replace("berth", "crane"), encoding="utf-8")
    real_read = loader.read_file

    def delete_first(path: Path, root: Path):  # type: ignore[no-untyped-def]
        if Path(path).name == "doomed.txt" and doomed.exists():
            doomed.unlink()  # listed and hashed, gone before it is read
        return real_read(path, root)

    monkeypatch.setattr(loader, "read_file", delete_first)
    lib, skipped = update(corpus, tmp_path)
    assert skipped == {"doomed.txt": "unreadable: file vanished"}
    assert titles(lib) == {"Harbour board approves new berth"}
    report = lib.update()
    assert report.removed == 1 and report.skipped == ()
    lib.close()


def test_corpus_file_deleted_between_listing_and_stat_is_skipped_then_forgotten(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus / "doomed.txt").write_text(GOOD.replace("berth", "crane"), encoding="utf-8")
    real_scan = loader.scan_files

    def list_then_delete(root: Path) -> tuple[list[Path], list[SkippedFile]]:
        listed = real_scan(root)
        (corpus / "doomed.txt").unlink(missing_ok=True)
        return listed

    monkeypatch.setattr(loader, "scan_files", list_then_delete)
    lib, skipped = update(corpus, tmp_path)
    assert skipped == {"doomed.txt": "cannot read: No such file or directory"}
    assert titles(lib) == {"Harbour board approves new berth"}
    monkeypatch.setattr(loader, "scan_files", real_scan)
    assert lib.update().skipped == ()
    lib.close()


def test_corpus_file_changed_while_indexing_is_indexed_again_next_time(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = corpus / "good.txt"
    real_read = loader.read_file
    changed: list[bool] = []

    def change_first(path: Path, root: Path):  # type: ignore[no-untyped-def]
        if Path(path) == target and not changed:
            changed.append(True)
            target.write_text(GOOD.replace("berth", "lighthouse") + "More words.\n", "utf-8")
            os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
        return real_read(path, root)

    monkeypatch.setattr(loader, "read_file", change_first)
    lib, _ = update(corpus, tmp_path)
    report = lib.update()
    assert report.changed == 1 or report.unchanged == 1
    assert lib.search("lighthouse").total == 1
    assert lib.search("berth").total == 0
    lib.close()


def test_corpus_unreadable_file_is_skipped_with_reason(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = corpus / "locked.txt"
    locked.write_text(GOOD.replace("berth", "crane"), encoding="utf-8")
    real_open = os.open

    def refuse(target: object, *args: object, **kwargs: object) -> int:
        if Path(os.fsdecode(target)).name == "locked.txt":  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)  # as root, chmod 000 would not stop us
    lib, skipped = update(corpus, tmp_path)
    assert list(skipped) == ["locked.txt"]
    assert "permission denied" in skipped["locked.txt"].lower()
    assert titles(lib) == {"Harbour board approves new berth"}
    lib.close()


def test_corpus_symlink_loops_end_and_are_indexed_once(corpus: Path, tmp_path: Path) -> None:
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "story.txt").write_text(GOOD.replace("berth", "crane"), encoding="utf-8")
    (sub / "back").symlink_to(corpus, target_is_directory=True)
    (sub / "self").symlink_to(sub, target_is_directory=True)
    (corpus / "a").symlink_to(corpus / "b")
    (corpus / "b").symlink_to(corpus / "a")
    lib, skipped = update(corpus, tmp_path)
    assert sorted(s.id for s in lib.summaries()) == ["good.txt", "sub/story.txt"]
    assert set(skipped) == {"a", "b"}
    assert "symbolic links" in skipped["a"]
    assert lib.update().unchanged == 4  # the loops are not tried again until they change
    lib.close()


@pytest.mark.parametrize(
    "argv",
    [["index", "{nope}"], ["{nope}"], ["search", "--corpus", "{nope}", "harbour"],
     ["entities", "--corpus", "{nope}"]],
    ids=["index", "app", "search", "entities"],
)  # fmt: skip
def test_corpus_folder_that_does_not_exist_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    nope = tmp_path / "nope"
    code = cli.main([a.replace("{nope}", str(nope)) for a in argv])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "nope" in err and "Traceback" not in err
    assert out == ""
