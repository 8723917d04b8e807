"""The app and the CLI never show a traceback: errors are logged and told in one line.

Config and store faults are checked in the running app too: it starts with
defaults, says what is wrong, and shows the articles. Related app tests:
tests/tui/test_app.py (failing worker, bad config, unwritable data dir).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import cli, errors, paths
from reader.store import database as database_module
from reader.store.bookmarks import BookmarkStore, new_bookmark
from reader.store.database import Database
from reader.tui.app import ReaderApp
from reader.tui.config import load_settings, parse_settings
from reader.tui.screens.main import MainScreen
from tests.tui.conftest import settle

from .conftest import SEEDS

SIZE = (120, 40)


def messages(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


def write_config(text: str | bytes) -> Path:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


async def test_app_action_that_raises_is_logged_and_one_line_and_app_keeps_running(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: MainScreen) -> None:
        raise RuntimeError("colours broke\nsecond line")

    monkeypatch.setattr(MainScreen, "action_toggle_entities", broken)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert app.is_running
        failed = [m for m in messages(app) if "colours broke" in m]
        assert failed and all("\n" not in m and "Traceback" not in m for m in failed)
        log = errors.log_file().read_text(encoding="utf-8")
        assert "Traceback" in log and "colours broke" in log
        await pilot.press("J")  # still answers keys
        await settle(pilot)
        assert app.main.article_list.cursor == 1
    assert app.return_code in (0, None)


async def test_app_worker_that_raises_is_logged_and_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.index.library import Library

    def broken(self: Library, article_id: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Library, "article", broken)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        failed = [m for m in messages(app) if "Input/output error" in m]
        assert failed and "\n" not in failed[0] and str(errors.log_file()) in failed[0]
        assert "could not be read" in app.main.view.visible_text()
    assert "OSError" in errors.log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "config",
    [
        b"[keys\nbroken = ",
        b"\xff\xfe\x00garbage",
        b'colour = "blue"\n[window]\nsize = 3\n',
        b'[keys]\n"no.such.binding" = "x"\n"reader.next_article" = "ctrl+shift+"\n',
        b'keys = "J"\ntheme = 7\n',
    ],
    ids=["broken-toml", "not-utf8", "unknown-keys", "bad-key-names", "wrong-types"],
)
async def test_app_bad_config_starts_with_defaults_and_a_warning(config: bytes) -> None:
    write_config(config)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        warnings = [m for m in messages(app) if "config.toml" in m or "cannot read" in m]
        assert warnings and all("\n" not in m for m in warnings)
        assert app.theme == "textual-dark"
        assert app.main.view.article is not None
        await pilot.press("J")
        await settle(pilot)
        assert app.main.article_list.cursor == 1


def test_config_that_is_a_folder_is_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "config.toml"
    folder.mkdir()
    settings_ = load_settings(["reader.next_article"], folder)
    assert settings_.keys == {} and len(settings_.warnings) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_config_any_text_gives_settings_never_an_exception(text: str) -> None:
    result = parse_settings(text, ReaderApp.binding_ids())
    assert all(w and "\n" not in w for w in result.warnings)
    assert set(result.keys) <= set(ReaderApp.binding_ids())


async def test_app_on_a_read_only_store_starts_shows_articles_and_keeps_bookmarks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = paths.data_dir() / "reader.db"
    text = "First paragraph.\n\nSecond paragraph with words."
    with Database.open(path) as db:
        saved = BookmarkStore(db).add(new_bookmark(SEEDS, "x.txt", text, 0, 5, title="X"))
    before = path.read_bytes()

    def read_only(target: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(database_module, "_open_rw", read_only)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("Saving is off" in m for m in messages(app))
        assert app.main.article_list.rows and app.main.view.article is not None
        assert app.db is not None and BookmarkStore(app.db).list() == [saved]
        await pilot.press("J", "J")
        await settle(pilot)
        assert app.is_running
    assert path.read_bytes() == before


async def test_app_on_a_corrupt_store_moves_it_aside_and_says_so() -> None:
    path = paths.data_dir() / "reader.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage, not sqlite " * 100)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("damaged" in m and "kept as" in m for m in messages(app))
        assert app.main.view.article is not None
    moved = list(path.parent.glob("reader.db.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"garbage")


def test_cli_unexpected_error_is_one_line_even_when_the_log_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("x")
    monkeypatch.setenv(paths.ENV_STATE, str(blocker / "state"))
    from reader.index.library import Library

    def broken(self: Library, *args: object, **kwargs: object) -> None:
        raise RuntimeError("")

    monkeypatch.setattr(Library, "update", broken)
    code = cli.main(["index", str(SEEDS)])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]  # the progress bar clears itself
    assert code == 3 and lines == ["reader: unexpected error: RuntimeError"]


@pytest.mark.parametrize(
    "error",
    [RuntimeError(""), ValueError("a\nb\r\nc"), OSError(2, "No such file"), KeyError("x" * 500)],
    ids=["empty", "multiline", "oserror", "long"],
)
def test_cli_one_line_for_any_exception(error: BaseException) -> None:
    line = errors.report_unexpected(error, "test")
    assert "\n" not in line and "\r" not in line and len(line) < 400
    assert line.startswith("reader: unexpected error: ")


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and byte names")
async def test_app_on_a_corpus_with_a_fifo_a_device_a_bad_name_and_surrogates_shows_the_rest(
    tmp_path: Path,
) -> None:
    """The app indexes through the same library as `reader index`: the same files
    are skipped (and counted), nothing blocks, the JSON article is kept."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "Harbour board approves new berth\n\nThe harbour board approved a new berth.\n", "utf-8"
    )
    fifo = corpus / "article.txt"
    os.mkfifo(fifo)
    (corpus / "null.txt").symlink_to("/dev/null")
    try:
        (corpus / os.fsdecode(b"caf\xe9.txt")).write_text("Cafe news\n\nThe cafe opened.\n")
        bad_names = 1
    except OSError:  # a file system that only takes UTF-8 names
        bad_names = 0
    (corpus / "story.json").write_text(
        '{"title": "Ferry \\ud800 line reopens", "text": "The ferry line reopened on Monday."}',
        encoding="utf-8",
    )
    app = ReaderApp(corpus)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await asyncio.wait_for(settle(pilot), timeout=60)
            assert sorted(s.id for s in app.main.summaries) == ["good.txt", "story.json"]
            assert f"{2 + bad_names} file(s) skipped" in " ".join(messages(app))
            await pilot.press("J")
            await asyncio.wait_for(settle(pilot), timeout=60)
            assert app.main.view.article is not None
            assert "Ferry \ufffd line reopens" in {s.title for s in app.main.summaries}
    finally:
        with contextlib.suppress(OSError):  # only if something did block on it
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


async def test_app_opened_while_another_process_indexes_says_the_list_is_not_complete(
    tmp_path: Path,
) -> None:
    from reader.index import ownership
    from reader.index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    holder = Library.open(corpus)  # writes the index; nothing indexed yet
    ownership.write_note(holder.index_dir, indexing=True)  # as during its first update
    try:
        app = ReaderApp(corpus)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            said = [m for m in messages(app) if "is indexing this corpus" in m]
            assert said and said[0].startswith(f"Another reader (process {os.getpid()})")
            assert "No articles in this folder" not in app.main.view.visible_text()
    finally:
        holder.close()
