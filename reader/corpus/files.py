"""Opening corpus files so that no read ever blocks: regular files only.

A named pipe called `article.txt` blocks open() until something writes to it,
and a link to /dev/zero never ends a read. The walker lists only regular files,
but a file can be replaced between listing and reading, so opening checks
again: never opened at all when stat says it is special, opened with
O_NONBLOCK (which a regular file ignores) and checked once open.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from reader.corpus.names import shown

_KINDS = (
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)  # a terminal device must not become ours
    | getattr(os, "O_BINARY", 0)
)


class NotRegularFile(OSError):
    """The path is a device, pipe or socket: `str()` is the reason to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def special_kind(mode: int) -> str | None:
    """What a non-regular, non-folder file is ("named pipe (FIFO)", ...), or None."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "special file")


def not_regular_reason(path: Path, kind: str) -> str:
    """The skip reason for a special file, naming a link's target (`/dev/null`)."""
    try:
        target = os.readlink(path) if path.is_symlink() else None
    except OSError:
        target = None
    return f"not a regular file: {kind}" + (f" (link to {shown(target)})" if target else "")


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for binary reading; raises NotRegularFile for anything but a
    regular file, before opening it when stat can tell, and OSError as open() does."""
    kind = special_kind(os.stat(path).st_mode)
    if kind is not None:
        raise NotRegularFile(not_regular_reason(path, kind))
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        kind = special_kind(mode)
        if kind is not None:  # swapped for a pipe since the stat above
            raise NotRegularFile(not_regular_reason(path, kind))
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
