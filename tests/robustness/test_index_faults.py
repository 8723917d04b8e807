"""The index survives being killed, damaged or shared: reopen, update, search, no traceback.

Unit-level damage (one truncated/garbled/deleted segment, an empty TOC) on the
stand-in loader is in tests/index/test_library.py; here the real pipeline is
killed in other processes and whole files are destroyed.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from reader.index.library import Library

from .conftest import small_corpus, start_child

CHILD_UPDATE = """
import sys
from pathlib import Path
from reader.index import library, updating
updating.COMMIT_EVERY = {commit_every}
{patch}
lib = library.Library.open(Path({root!r}), index_dir=Path({index!r}))
def progress(done, total, path):
    print(done, flush=True)
lib.update(progress)
print("finished", flush=True)
"""

KILL_SELF = "os.kill(os.getpid(), signal.SIGKILL)"


def run_and_kill(code: str, home: Path, after: int | None) -> None:
    """Run `code` in a child; SIGKILL its process group once it reports `after` files."""
    child = start_child(code, home)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if after is not None and line.strip().isdigit() and int(line) >= after:
                os.killpg(child.pid, signal.SIGKILL)
                break
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""


def reopen_and_check(root: Path, index: Path, count: int) -> None:
    lib = Library.open(root, index_dir=index)
    try:
        assert not lib.read_only  # the dead writer's lock does not hold us back
        report = lib.update()
        assert report.articles == count
        assert lib.search("harbour").total == count
        assert lib.search('"berth 7"').total >= 1
        assert len(lib.summaries()) == count
    finally:
        lib.close()


@pytest.fixture
def start_session(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Children get their own process group, so a kill also ends their pool workers."""
    import subprocess

    real = subprocess.Popen.__init__

    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("start_new_session", True)
        real(self, *args, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "__init__", init)


@pytest.mark.usefixtures("start_session")
@pytest.mark.parametrize("after", [40, 130], ids=["early", "late"])
def test_index_killed_in_the_middle_of_an_update_reopens_and_completes(
    tmp_path: Path, isolated_user_dirs: Path, after: int
) -> None:
    root, index = small_corpus(tmp_path / "corpus", 200), tmp_path / "index"
    code = CHILD_UPDATE.format(commit_every=25, patch="", root=str(root), index=str(index))
    run_and_kill(code, isolated_user_dirs, after)
    reopen_and_check(root, index, 200)


@pytest.mark.usefixtures("start_session")
@pytest.mark.parametrize(
    "patch",
    [
        # Inside Whoosh's commit: segment files written, table of contents not yet.
        "import os, signal\nfrom whoosh.writing import SegmentWriter\n"
        f"SegmentWriter._commit_toc = lambda *a, **k: {KILL_SELF}",
        # After Whoosh committed, before the manifest recorded the files.
        "import os, signal\nfrom reader.index.manifest import Manifest\n"
        f"Manifest.apply = lambda *a, **k: {KILL_SELF}",
    ],
    ids=["in-whoosh-commit", "between-index-and-manifest"],
)
def test_index_killed_in_the_middle_of_a_commit_reopens_and_completes(
    tmp_path: Path, isolated_user_dirs: Path, patch: str
) -> None:
    root, index = small_corpus(tmp_path / "corpus", 30), tmp_path / "index"
    first = Library.open(root, index_dir=index)
    first.update()  # a good index first: the kill lands on the second commit
    first.close()
    for path in sorted(root.glob("*.txt"))[:10]:
        path.write_text(path.read_text("utf-8") + "\nA late correction.\n", "utf-8")
    small_corpus(tmp_path / "more", 40)
    for path in (tmp_path / "more").glob("*.txt"):
        path.rename(root / f"more-{path.name}")
    code = CHILD_UPDATE.format(commit_every=1000, patch=patch, root=str(root), index=str(index))
    run_and_kill(code, isolated_user_dirs, None)
    reopen_and_check(root, index, 70)
    with Library.open(root, index_dir=index) as lib:
        assert lib.search("correction").total == 10


def _damage(index: Path, how: str) -> None:
    whoosh = index / "whoosh"
    segments = sorted(whoosh.glob("*.seg"))
    tocs = sorted(whoosh.glob("*.toc"))
    if how == "random-bytes-in-segment":
        data = bytearray(segments[0].read_bytes())
        # Seeded, so a failure can be reproduced; the seeds below vary what the bytes hit.
        data[16:] = random.Random(len(data)).randbytes(len(data) - 16)
        segments[0].write_bytes(bytes(data))
    elif how == "random-bytes-toc":
        tocs[-1].write_bytes(os.urandom(tocs[-1].stat().st_size))
    elif how == "truncated-toc":
        tocs[-1].write_bytes(tocs[-1].read_bytes()[:20])
    elif how == "empty-toc":
        tocs[-1].write_bytes(b"")
    elif how == "deleted-toc":
        for toc in tocs:
            toc.unlink()
    elif how == "every-file-truncated":
        for path in whoosh.iterdir():
            path.write_bytes(path.read_bytes()[:7])
    elif how == "garbage-manifest":
        (index / "manifest.sqlite").write_bytes(b"not a database " * 100)
    elif how == "deleted-manifest":
        (index / "manifest.sqlite").unlink()
    elif how == "deleted-whoosh-folder":
        for path in whoosh.iterdir():
            path.unlink()
        whoosh.rmdir()


@pytest.mark.parametrize(
    "how",
    ["random-bytes-in-segment", "random-bytes-toc", "truncated-toc", "empty-toc", "deleted-toc",
     "every-file-truncated", "garbage-manifest", "deleted-manifest", "deleted-whoosh-folder"],
)  # fmt: skip
def test_index_corrupt_files_are_rebuilt_on_reopen(tmp_path: Path, how: str) -> None:
    root, index = small_corpus(tmp_path / "corpus", 12), tmp_path / "index"
    with Library.open(root, index_dir=index) as lib:
        lib.update()
    _damage(index, how)
    reopen_and_check(root, index, 12)


def test_index_damaged_under_an_open_library_is_rebuilt_by_the_next_search(
    tmp_path: Path,
) -> None:
    root, index = small_corpus(tmp_path / "corpus", 12), tmp_path / "index"
    with Library.open(root, index_dir=index) as lib:
        lib.update()
        _damage(index, "random-bytes-in-segment")
        assert lib.search("harbour").total == 12


CHILD_HOLD = """
import sys
from pathlib import Path
from reader.index.library import Library
lib = Library.open(Path({root!r}), index_dir=Path({index!r}))
lib.update()
print("ready", lib.read_only, flush=True)
sys.stdin.readline()
{after}
"""


def test_index_lock_left_by_a_dead_process_does_not_block(
    tmp_path: Path, isolated_user_dirs: Path
) -> None:
    root, index = small_corpus(tmp_path / "corpus", 12), tmp_path / "index"
    child = start_child(
        CHILD_HOLD.format(root=str(root), index=str(index), after=""), isolated_user_dirs
    )
    try:
        assert child.stdout is not None and child.stdout.readline().split() == ["ready", "False"]
        with Library.open(root, index_dir=index) as other:
            assert other.read_only  # alive: it holds the writer lock
        child.kill()  # dies holding its lock; the lock files stay behind
    finally:
        child.wait(timeout=30)
    assert (index / "owner.lock").exists()
    reopen_and_check(root, index, 12)


def test_index_two_libraries_on_one_corpus_second_is_read_only_and_searches(
    tmp_path: Path, isolated_user_dirs: Path
) -> None:
    root, index = small_corpus(tmp_path / "corpus", 12), tmp_path / "index"
    after = (
        f"(Path({str(root)!r}) / 'late.txt').write_text('Late harbour news\\n\\nA late berth.')\n"
        "lib.update()\nprint('updated', flush=True)\nsys.stdin.readline()"
    )
    child = start_child(
        CHILD_HOLD.format(root=str(root), index=str(index), after=after), isolated_user_dirs
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().split() == ["ready", "False"]
        with Library.open(root, index_dir=index) as second:
            assert second.read_only
            report = second.update()
            assert report.read_only and report.messages and report.articles == 12
            assert second.search("harbour").total == 12
            child.stdin.write("\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "updated"
            deadline = time.monotonic() + 10
            while second.search("late").total == 0 and time.monotonic() < deadline:
                time.sleep(0.05)  # the writer's commit shows up in the reader
            assert second.search("late").total == 1
            assert len(second.summaries()) == 13
            child.stdin.write("\n")
            child.stdin.flush()
    finally:
        child.wait(timeout=30)
    assert child.returncode == 0


def test_index_read_only_library_opened_on_an_empty_index_sees_the_first_commit(
    tmp_path: Path,
) -> None:
    root, index = tmp_path / "corpus", tmp_path / "index"
    root.mkdir()
    with Library.open(root, index_dir=index) as writer:
        writer.update()
        with Library.open(root, index_dir=index) as reader:
            assert reader.read_only
            assert reader.search("harbour").total == 0
            small_corpus(root, 5)
            writer.update()
            assert reader.search("harbour").total == 5


CHILD_INDEXING = """
import sys
from pathlib import Path
from reader.index.library import Library
lib = Library.open(Path({root!r}))
def progress(done, total, path):
    if done == 3:  # hold the update part way, before its first commit
        print("indexing", flush=True)
        sys.stdin.readline()
lib.update(progress)
print("idle", flush=True)
sys.stdin.readline()
lib.close()
"""


def test_index_second_reader_index_says_another_process_is_indexing_and_exits_1(
    tmp_path: Path, isolated_user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader import cli

    root = small_corpus(tmp_path / "corpus", 12)
    child = start_child(CHILD_INDEXING.format(root=str(root)), isolated_user_dirs)
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "indexing"
        assert cli.main(["index", str(root)]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out == [
            f"another reader (process {child.pid}) is indexing this corpus;"
            " this run does not index",
            f"as of its last commit: 0 articles in {root}, 0 entity mentions, 0 figures",
            "it indexes the rest itself; run `reader index` again once it has finished",
        ]
        assert cli.main(["search", "harbour", "--corpus", str(root)]) == 1  # nothing yet
        err = capsys.readouterr().err
        assert f"another reader (process {child.pid}) is indexing this corpus" in err
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "idle"  # done, and still holding the index
        assert cli.main(["index", str(root)]) == 1
        out = capsys.readouterr().out
        assert f"another reader (process {child.pid}) has this index open;" in out
        assert f"as of its last commit: 12 articles in {root}" in out
        child.stdin.write("\n")
        child.stdin.flush()
    finally:
        child.wait(timeout=60)
    assert child.returncode == 0
    assert cli.main(["index", str(root)]) == 0  # the lock and its note went with the process
    assert "12 articles" in capsys.readouterr().out
