"""Who writes an index, and whether it is indexing now.

One process writes an index (it holds the OS file lock of `storage.owner_lock`)
and any other opens it read-only. The writer also keeps a small note beside the
lock, its process id and whether an update is running, so that a second
`reader index` can say who holds the index and what that process will do,
instead of a summary of an index half built (or just wiped by `--rebuild`)
that reads as an empty corpus.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from reader.index.model import IndexHolder

NOTE_NAME = "owner.json"


def write_note(index_dir: Path, indexing: bool) -> None:
    """Record this process as the writer; best effort, the lock is what counts."""
    note = index_dir / NOTE_NAME
    temporary = index_dir / f".{NOTE_NAME}.{os.getpid()}"
    with contextlib.suppress(OSError):
        temporary.write_text(json.dumps({"pid": os.getpid(), "indexing": indexing}), "utf-8")
        os.replace(temporary, note)  # whole or not at all, for a reader in another process


def remove_note(index_dir: Path) -> None:
    with contextlib.suppress(OSError):
        note = index_dir / NOTE_NAME
        if _read(note).get("pid") == os.getpid():
            note.unlink()


def holder(index_dir: Path) -> IndexHolder:
    """What the process holding the lock says of itself (pid None when it has not)."""
    data = _read(index_dir / NOTE_NAME)
    pid = data.get("pid")
    if not isinstance(pid, int) or pid <= 0 or not _alive(pid):
        return IndexHolder(None, False)  # no note yet, or one a dead writer left
    return IndexHolder(pid, data.get("indexing") is True)


def _read(note: Path) -> dict[str, object]:
    try:
        data = json.loads(note.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True
