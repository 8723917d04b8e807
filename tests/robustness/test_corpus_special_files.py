"""Files no reader should wait on or choke on: pipes, devices, sockets, names that
are not UTF-8, JSON with lone surrogate escapes.

Each used to stop `reader index` (a hang, or "unexpected error: UnicodeEncodeError"
and exit 3) and with it the whole corpus. Now each such file is skipped with a
reason, or read with the bad character replaced, and the rest is indexed; through
`Library.update()` as the app and `reader index` use it, and through the CLI.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader import cli
from reader.corpus import files, loader
from reader.corpus.loader import iter_corpus, load_file
from reader.corpus.model import Article, SkippedFile
from reader.index.library import Library

from .test_corpus_faults import GOOD, titles, update

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and byte names")

GOOD_TITLE = "Harbour board approves new berth"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    return root


def finishes(fn: Callable[[], Any], fifos: list[Path], seconds: float = 60) -> Any:
    """fn() in a thread: its result, or a failed test instead of a hung suite.

    If fn blocks opening a FIFO, opening the FIFO for writing releases it.
    """
    box: list[Any] = []

    def run() -> None:
        try:
            box.append(fn())
        except BaseException as exc:  # re-raised below, in the test's thread
            box.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    blocked = thread.is_alive()
    for fifo in fifos if blocked else []:
        with contextlib.suppress(OSError):  # nobody reading: nothing to release
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert not blocked, f"still running after {seconds} s: a read blocked"
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


@pytest.fixture
def special_files(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A FIFO named like an article, links to /dev/null and /dev/zero, a socket;
    and the reason each one is skipped with."""
    os.mkfifo(corpus / "article.txt")
    (corpus / "null.txt").symlink_to("/dev/null")
    (corpus / "zero.md").symlink_to("/dev/zero")
    monkeypatch.chdir(corpus)  # a socket's path must be short
    server = socket.socket(socket.AF_UNIX)
    server.bind("socket.txt")
    yield {
        "article.txt": "not a regular file: named pipe (FIFO)",
        "null.txt": "not a regular file: character device (link to /dev/null)",
        "socket.txt": "not a regular file: socket",
        "zero.md": "not a regular file: character device (link to /dev/zero)",
    }
    server.close()


def test_corpus_fifo_devices_and_sockets_are_skipped_with_reason_and_never_block(
    corpus: Path, tmp_path: Path, special_files: dict[str, str]
) -> None:
    fifos = [corpus / "article.txt"]
    lib, skipped = finishes(lambda: update(corpus, tmp_path), fifos)
    assert skipped == special_files
    assert titles(lib) == {GOOD_TITLE}
    report = finishes(lib.update, fifos)  # found again by the next walk; nothing to redo
    assert dict(report.skipped) == special_files and report.unchanged == 1
    lib.close()
    found = finishes(lambda: list(iter_corpus(corpus)), fifos)
    reasons = {r.path.name: r.reason for r in found if isinstance(r, SkippedFile)}
    assert reasons == special_files
    assert [a.id for a in found if isinstance(a, Article)] == ["good.txt"]


def test_corpus_special_files_are_listed_by_reader_index_and_exit_0(
    corpus: Path, special_files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = finishes(lambda: cli.main(["index", str(corpus)]), [corpus / "article.txt"])
    out = capsys.readouterr().out
    assert code == 0 and "1 articles" in out
    for name, reason in special_files.items():
        assert f"  {name}: {reason}\n" in out


def test_corpus_file_swapped_for_a_fifo_after_listing_is_skipped_not_waited_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    swapped = corpus / "later.txt"
    swapped.write_text(GOOD.replace("berth", "crane"), encoding="utf-8")
    real_scan = loader.scan_files

    def list_then_swap(root: Path) -> tuple[list[Path], list[SkippedFile]]:
        listed = real_scan(root)
        swapped.unlink()
        os.mkfifo(swapped)  # listed as a regular file, a pipe by the time it is read
        return listed

    monkeypatch.setattr(loader, "scan_files", list_then_swap)
    lib, skipped = finishes(lambda: update(corpus, tmp_path), [swapped])
    assert skipped == {"later.txt": "not a regular file: named pipe (FIFO)"}
    assert titles(lib) == {GOOD_TITLE}
    lib.close()
    assert finishes(lambda: load_file(swapped, corpus), [swapped]) == SkippedFile(
        swapped, "not a regular file: named pipe (FIFO)"
    )


def test_corpus_open_does_not_block_on_a_fifo_that_stat_missed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = corpus / "article.txt"
    os.mkfifo(fifo)
    regular = os.stat(corpus / "good.txt")
    real_stat = os.stat

    def stale_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        # What stat said a moment before the file became a pipe.
        return regular if Path(path) == fifo else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stale_stat)
    with pytest.raises(files.NotRegularFile, match="named pipe"):
        finishes(lambda: files.open_regular(fifo), [fifo])  # O_NONBLOCK, then fstat


def _byte_name(folder: Path, name: bytes) -> Path:
    try:
        path = os.fsencode(folder) + b"/" + name
        with open(path, "wb") as handle:
            handle.write(GOOD.replace("berth", "ferry").encode("utf-8"))
    except OSError as exc:  # a file system that only takes UTF-8 names (APFS)
        pytest.skip(f"cannot create a non-UTF-8 name here: {exc}")
    return Path(os.fsdecode(path))


def test_corpus_names_that_are_not_utf8_are_skipped_with_escaped_names(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _byte_name(corpus, b"caf\xe9.txt")  # Latin-1, from an old zip
    folder = Path(os.fsdecode(os.fsencode(corpus) + b"/r\xe9sum\xe9s"))
    folder.mkdir()
    _byte_name(folder, b"inner.txt")
    (corpus / "café ok.txt").write_text(GOOD.replace("berth", "pier"), encoding="utf-8")
    pipe = Path(os.fsdecode(os.fsencode(tmp_path) + b"/pipe-\xe9"))
    os.mkfifo(pipe)
    (corpus / "odd.txt").symlink_to(pipe)  # a good name, linked to a pipe with a bad one
    shown_pipe = f"{tmp_path}/pipe-\\xe9"
    expected = {
        "caf\\xe9.txt": "file name is not valid UTF-8: rename it to index it",
        "odd.txt": f"not a regular file: named pipe (FIFO) (link to {shown_pipe})",
        "r\\xe9sum\\xe9s": "folder name is not valid UTF-8: rename it to index it",
    }
    lib, skipped = finishes(lambda: update(corpus, tmp_path), [pipe])
    assert skipped == expected
    assert sorted(s.id for s in lib.summaries()) == ["café ok.txt", "good.txt"]
    assert lib.search("pier").total == 1
    lib.close()
    assert finishes(lambda: cli.main(["index", str(corpus)]), [pipe]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out
    for name, reason in expected.items():
        assert f"  {name}: {reason}\n" in out


def test_corpus_folder_whose_own_name_is_not_utf8_is_indexed_and_printed_with_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = Path(os.fsdecode(os.fsencode(tmp_path) + b"/corpus-\xff"))
    try:
        root.mkdir()
    except OSError as exc:
        pytest.skip(f"cannot create a non-UTF-8 name here: {exc}")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    assert cli.main(["index", str(root)]) == 0
    assert "1 articles in " in (out := capsys.readouterr().out) and "corpus-\\xff" in out
    assert cli.main(["search", "harbour", "--corpus", str(root)]) == 0


SURROGATE_JSON = (
    '{"title": "Ferry \\ud800 line reopens", "source": "Harbour \\udcff Times",'
    ' "text": "The ferry line \\ud83d reopened on Monday after a winter of repairs.'
    '\\n\\nPassengers cheered \\ude00 at the pier."}'
)
SURROGATE_ROWS = "\n".join(
    [
        '{"title": "Bridge opens early", "text": "The bridge \\udfff opened two weeks early."}',
        '{"title": "Tunnel \\ud800\\ud800 delayed", "text": "The tunnel opening slipped to May."}',
        '{"title": "Whole emoji \\ud83d\\ude00", "text": "A pair of escapes is one character."}',
    ]
)


def test_corpus_lone_surrogates_in_json_and_jsonl_are_replaced_and_the_articles_kept(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "story.json").write_text(SURROGATE_JSON, encoding="utf-8")
    (corpus / "rows.jsonl").write_text(SURROGATE_ROWS, encoding="utf-8")
    lib, skipped = update(corpus, tmp_path)
    assert skipped == {}
    assert titles(lib) == {
        GOOD_TITLE, "Ferry \ufffd line reopens", "Bridge opens early",
        "Tunnel \ufffd\ufffd delayed", "Whole emoji \U0001f600",
    }  # fmt: skip
    story = lib.article("story.json")
    assert story is not None and story.summary.source == "Harbour \ufffd Times"
    assert "The ferry line \ufffd reopened on Monday" in story.text
    assert "Passengers cheered \ufffd at the pier." in story.text
    assert lib.search("ferry").total == 1 and lib.search("tunnel").total == 1
    lib.close()
    assert cli.main(["index", str(corpus)]) == 0
    assert cli.main(["search", "ferry", "--corpus", str(corpus), "--json"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_corpus_article_the_index_cannot_store_is_skipped_and_the_rest_kept(
    corpus: Path, tmp_path: Path
) -> None:
    """The last check, for text that reaches the index with a surrogate some other
    way: that article is skipped with a reason; the rest of the file and corpus stay."""
    (corpus / "rows.jsonl").write_text(
        '{"title": "Ferry line reopens", "text": "The ferry line reopened on Monday."}\n'
        '{"title": "Bridge opens early", "text": "The bridge opened two weeks early."}\n',
        encoding="utf-8",
    )

    class Leaky:
        list_files = staticmethod(loader.list_files)

        @staticmethod
        def load_file(path: Path, root: Path) -> list[Article] | SkippedFile:
            from dataclasses import replace

            loaded = load_file(path, root)
            if isinstance(loaded, list) and path.name == "rows.jsonl":
                loaded[1] = replace(loaded[1], title="Bridge \udcff opens")
            return loaded

    lib = Library.open(corpus, index_dir=tmp_path / "index", loader=Leaky)
    report = lib.update()
    assert report.skipped == (
        (
            "rows.jsonl",
            "rows.jsonl#2: could not be indexed (its text holds \\udcff, which is not a"
            " Unicode character)",
        ),
    )
    assert titles(lib) == {GOOD_TITLE, "Ferry line reopens"}
    assert lib.update().unchanged == 2  # recorded, not tried again until the file changes
    lib.close()

