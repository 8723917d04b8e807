"""Opening, checking and wiping the Whoosh index files.

Whoosh reports a damaged index with plain Python exceptions (EOFError,
UnpicklingError, TypeError from an empty table of contents, ...) and can read
garbage silently, so opening is checked here against sizes recorded after the
last commit, and every failure becomes one `IndexDamaged` with a short reason.
"""

from __future__ import annotations

import contextlib
import pickle
import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.index import FileIndex
from whoosh.searching import Searcher

from reader.index.schema import build_schema
from reader.index.whoosh_ext.mapped import MappedStorage
from reader.index.whoosh_ext.support import FileLock, file_lock

INDEX_NAME = "MAIN"
OWNER_LOCK = "owner.lock"

DAMAGE_ERRORS: tuple[type[BaseException], ...] = (
    EOFError,
    pickle.UnpicklingError,
    FileNotFoundError,
    TypeError,
    ValueError,
    IndexError,
    KeyError,
    AttributeError,
    struct.error,
    zlib.error,
    OSError,
    # A table of contents naming a class that moved (our codec and formats are pickled in it).
    ImportError,
    windex.IndexError,
    # Random bytes read as a length or a pickle opcode: absurd sizes and depths.
    ArithmeticError,
    MemoryError,
    RecursionError,
)


class IndexDamaged(Exception):
    """The index files cannot be trusted; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:80] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def owner_lock(index_dir: Path) -> FileLock:
    """The lock held by the one process allowed to write this index.

    It is an OS file lock, so it goes away with a process that dies: a lock
    file left behind never blocks the next writer.
    """
    return file_lock(index_dir / OWNER_LOCK)


def exists(whoosh_dir: Path) -> bool:
    try:
        return windex.exists_in(str(whoosh_dir), indexname=INDEX_NAME)
    except DAMAGE_ERRORS as exc:
        raise IndexDamaged(f"unreadable table of contents ({describe(exc)})") from exc


def create(whoosh_dir: Path) -> FileIndex:
    whoosh_dir.mkdir(parents=True, exist_ok=True)
    return FileIndex.create(MappedStorage(str(whoosh_dir)), build_schema(), INDEX_NAME)


def open_checked(whoosh_dir: Path, expected: dict[str, Any] | None) -> tuple[FileIndex, Searcher]:
    """Open the index and read it once; raise IndexDamaged if anything is off.

    Returns the index and the searcher the check read it with, still open: the
    caller's first search can use it, where a new one would read the table of
    contents and every segment's term table again.
    """
    ix: FileIndex | None = None
    s: Searcher | None = None
    try:
        ix = FileIndex(MappedStorage(str(whoosh_dir)), indexname=INDEX_NAME)
        if expected is not None:
            _check_sizes(whoosh_dir, expected, ix.latest_generation())
        s = ix.searcher()
        s.doc_count()
        r = s.reader()
        for name in ("title", "body"):
            next(iter(r.lexicon(name)), None)
        return ix, s
    except BaseException as exc:
        # Whatever went wrong, nothing opened stays open; damage says so in its own words.
        _close(s)
        _close(ix)
        if isinstance(exc, DAMAGE_ERRORS):
            raise IndexDamaged(f"unreadable index ({describe(exc)})") from exc
        raise


def snapshot(ix: FileIndex, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """Size, modification time and CRC-32 of each index file, to compare later.

    Whoosh has no checksums: bytes changed in place read as silently wrong
    results. Size and time are compared at every open; the checksums only when
    a read fails (`changed_files`), to tell damage from a fault in our code.
    Segment files never change once written, so a file with the same name, size
    and time as in `previous` keeps its checksum: a commit hashes only new files.
    """
    out: dict[str, Any] = {"#generation": ix.latest_generation()}
    old = previous or {}
    root = Path(ix.storage.folder)
    for name in ix.storage.list():
        if not name.upper().endswith("LOCK"):
            st = (root / name).stat()
            stat = [st.st_size, st.st_mtime_ns]
            known = old.get(name)
            if isinstance(known, list) and len(known) > 2 and known[:2] == stat:
                out[name] = known
            else:
                out[name] = [*stat, _crc(root / name)]
    return out


def changed_files(whoosh_dir: Path, expected: dict[str, Any]) -> list[str]:
    """Index files whose bytes are not what the last commit wrote (checksums)."""
    changed = []
    for name, recorded in expected.items():
        if name.startswith("#") or not isinstance(recorded, list) or len(recorded) < 3:
            continue
        path = whoosh_dir / name
        try:
            if _crc(path) != recorded[2]:
                changed.append(name)
        except OSError:
            changed.append(name)
    return changed


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            crc = zlib.crc32(chunk, crc)
    return crc


def _check_sizes(whoosh_dir: Path, expected: dict[str, Any], generation: int) -> None:
    if expected.get("#generation") != generation:
        return  # written by a newer commit than the one recorded: nothing to compare
    for name, recorded in expected.items():
        if name.startswith("#"):
            continue
        path = whoosh_dir / name
        if not path.exists():
            raise IndexDamaged(f"index file {name} is missing")
        st = path.stat()
        if [st.st_size, st.st_mtime_ns] != recorded[:2]:
            raise IndexDamaged(f"index file {name} was changed outside reader")


def _close(opened: FileIndex | Searcher | None) -> None:
    if opened is None:
        return
    with contextlib.suppress(Exception):
        opened.close()


def wipe(whoosh_dir: Path) -> None:
    shutil.rmtree(whoosh_dir, ignore_errors=True)
    whoosh_dir.mkdir(parents=True, exist_ok=True)


def bulk_write(whoosh_dir: Path, docs: list[dict[str, Any]], limitmb: int = 256) -> None:
    """Index prepared documents into a fresh index with Whoosh's own writer and
    codec (the schema's formats stay ours): the rate of Whoosh alone, for benchmarks."""
    wipe(whoosh_dir)
    ix = create(whoosh_dir)
    writer = ix.writer(limitmb=limitmb)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    ix.close()
