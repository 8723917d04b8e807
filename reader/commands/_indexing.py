"""What the index, search and entities commands share: opening a corpus' index."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reader.index.library import Library, LibraryError
from reader.index.model import IndexReport
from reader.paths import sample_corpus_dir

T = TypeVar("T")


def corpus_arg(value: Path | None) -> Path:
    return (value if value is not None else sample_corpus_dir()).expanduser()


def fail(message: str, code: int = 2) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return code


def open_library(corpus: Path) -> Library:
    """Raises LibraryError with a one-line message for a missing or bad folder."""
    return Library.open(corpus)


def read_current(corpus: Path | None, read: Callable[[Library], T]) -> T:
    """Open the corpus's index (`--corpus`, else the sample corpus), bring it up to
    date quietly, and `read` it; raises LibraryError (and what `read` raises)."""
    with open_library(corpus_arg(corpus)) as library:
        quiet_update(library)
        return read(library)


def quiet_update(library: Library) -> IndexReport:
    """Bring the index up to date without a progress bar; say only what matters."""
    report = library.update()
    for line in _notes(report):
        print(f"reader: {line}", file=sys.stderr)
    return report


def _notes(report: IndexReport) -> list[str]:
    notes: list[str] = []
    if report.rebuilt_reason:
        notes.append(f"index {report.rebuilt_reason}")
    notes.extend(report.messages)
    return notes


__all__ = ["LibraryError", "corpus_arg", "fail", "open_library", "quiet_update"]
