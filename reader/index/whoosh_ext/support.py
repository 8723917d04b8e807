"""Helpers from Whoosh's own utility modules, which are not part of its API."""

from __future__ import annotations

from pathlib import Path

from whoosh.support.levenshtein import damerau_levenshtein
from whoosh.util.filelock import FileLock

__all__ = ["FileLock", "edit_distance", "file_lock"]


def file_lock(path: Path) -> FileLock:
    """An OS lock on the file at `path` (created if need be): `acquire(blocking=False)`,
    `release()`, and `fd` while held. It goes away with a process that dies."""
    return FileLock(str(path))


def edit_distance(a: str, b: str, limit: int) -> int:
    """The Damerau-Levenshtein distance of `a` and `b`, counted only as far as
    `limit` (a larger one comes back as some number above it)."""
    return damerau_levenshtein(a, b, limit=limit)
