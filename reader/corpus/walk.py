"""Find the files of a corpus folder: recursive, sorted, loop-safe.

Hidden files and folders are left out, and so are files that are never
articles but sit beside them (images and assets of saved web pages, OS
litter), quietly. Other files are listed so that the loader can say why it
skipped them. Folder symlinks are followed once: a folder already visited
(by its resolved path) is not entered again, so link loops end.

Only regular files (or links to them) are listed: a device, named pipe or
socket is refused here with its reason, before anything opens it (a pipe
blocks the reader, /dev/zero never ends). So is a file or folder whose name
is not valid UTF-8, which nothing downstream can store or print.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reader.corpus.files import not_regular_reason, special_kind
from reader.corpus.model import SkippedFile
from reader.corpus.names import is_decodable

QUIET_NAMES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})
QUIET_SUFFIXES = frozenset(
    [
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".avif",
        ".bmp",
        ".ico",
        ".svg",
        ".tif",
        ".tiff",
        ".heic",
        ".css",
        ".js",
        ".mjs",
        ".map",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        ".swp",
        ".tmp",
        ".part",
        ".crdownload",
    ]
)


def is_quiet(name: str) -> bool:
    """True for files skipped without a word: hidden, OS litter, images, page assets."""
    lowered = name.lower()
    if name.startswith((".", "~$")) or name.endswith("~") or lowered in QUIET_NAMES:
        return True
    dot = lowered.rfind(".")  # a leading dot is no suffix, as for os.path.splitext
    return dot > 0 and lowered[dot:] in QUIET_SUFFIXES


def walk(root: Path) -> Iterator[Path | SkippedFile]:
    """Every candidate file under `root` in sorted order, and folders that could not be read."""
    seen: set[str] = {os.path.realpath(root)}
    yield from _walk_dir(root, seen)


def _walk_dir(folder: Path, seen: set[str]) -> Iterator[Path | SkippedFile]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: (e.name.casefold(), e.name))
    except OSError as exc:
        yield SkippedFile(folder, f"unreadable folder: {_why(exc)}")
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        path = folder / name
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            if not is_decodable(name):
                yield SkippedFile(path, "folder name is not valid UTF-8: rename it to index it")
                continue
            real = os.path.realpath(path)
            if real in seen:
                continue  # a symlink back into a folder already read
            seen.add(real)
            yield from _walk_dir(path, seen)
        elif is_quiet(name):
            continue
        elif not is_decodable(name):
            yield SkippedFile(path, "file name is not valid UTF-8: rename it to index it")
        else:
            yield _regular(entry, path)


def _regular(entry: os.DirEntry[str], path: Path) -> Path | SkippedFile:
    """The path of a regular file; a special file is skipped with what it is."""
    try:
        if entry.is_file():  # follows links; for a plain file no system call (d_type)
            return path
        mode = entry.stat().st_mode
    except OSError:
        return path  # a broken link or a link loop: reading it says which
    kind = special_kind(mode)
    return path if kind is None else SkippedFile(path, not_regular_reason(path, kind))


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "it vanished while being read"
    return (exc.strerror or str(exc)).lower()
