"""The corpus API: folders and files -> Articles, or SkippedFiles with a reason.

Nothing here raises for a bad file: every problem becomes a one-line reason a
user can act on. Only a corpus folder that does not exist raises CorpusError.

The reading side (decoding, the format readers with lxml, the assembly rules)
is imported when the first file is read: listing the corpus, all that
`reader search` does on a current index to see that it is current, needs none.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.corpus import files
from reader.corpus.model import Article, SkippedFile
from reader.corpus.walk import walk

if TYPE_CHECKING:
    from reader.corpus.document import BadPart, Document

MAX_FILE_BYTES = 50 * 2**20
_MB = 2**20


class CorpusError(Exception):
    """The corpus folder cannot be used at all (missing, or not a folder)."""


@dataclass(slots=True)
class FileLoad:
    """Everything one file gave: its articles, and the file or rows that were skipped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def _check_root(root: Path) -> Path:
    root = Path(root).expanduser()
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise CorpusError(f"not a folder: {root}")
    return root


def list_files(root: Path) -> list[Path]:
    """The files iter_corpus reads, sorted; raises CorpusError for a missing folder."""
    return scan_files(root)[0]


def scan_files(root: Path) -> tuple[list[Path], list[SkippedFile]]:
    """The files iter_corpus reads, and what the walk refused without reading it
    (special files, names that are not UTF-8, unreadable folders), with reasons."""
    found: list[Path] = []
    refused: list[SkippedFile] = []
    for item in walk(_check_root(root)):
        (found if isinstance(item, Path) else refused).append(item)  # type: ignore[arg-type]
    return found, refused


def iter_corpus(root: Path) -> Iterator[Article | SkippedFile]:
    """Every article of the corpus and every file (or JSON row, or folder) skipped."""
    root = _check_root(root)
    for item in walk(root):
        if isinstance(item, SkippedFile):
            yield item
            continue
        result = read_file(item, root)
        yield from result.articles
        yield from result.skipped


def load_file(path: Path, root: Path) -> list[Article] | SkippedFile:
    """The articles of one file, or why it gave none. Bad JSON Lines rows next to
    good ones are dropped here; read_file reports them."""
    return as_loaded(path, read_file(path, root))


def as_loaded(path: Path, result: FileLoad) -> list[Article] | SkippedFile:
    """What load_file returns for a FileLoad: its articles, or one reason for the file."""
    if result.articles:
        return result.articles
    if len(result.skipped) == 1:
        return result.skipped[0]
    reasons = result.skipped
    first = reasons[0].reason if reasons else "no articles"
    more = f" (and {len(reasons) - 1} more bad rows)" if len(reasons) > 1 else ""
    return SkippedFile(path, f"no readable articles: {first}{more}")


def article_id(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, root)).as_posix()


def _size_reason(size: int) -> str:
    return f"too large: {size / _MB:.1f} MB, limit {MAX_FILE_BYTES // _MB} MB"


def _read_bytes(path: Path) -> bytes | str:
    """The file's bytes, or the reason they cannot be had; never blocks (see `files`)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _size_reason(size)
        with files.open_regular(path) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except files.NotRegularFile as exc:
        return exc.reason
    except PermissionError:
        return "unreadable: permission denied"
    except FileNotFoundError:
        return "unreadable: broken link" if path.is_symlink() else "unreadable: file vanished"
    except IsADirectoryError:
        return "unreadable: is a folder"
    except OSError as exc:
        return f"unreadable: {(exc.strerror or str(exc)).lower()}"
    if len(data) > MAX_FILE_BYTES:
        return _size_reason(len(data))
    return data


def read_file(path: Path, root: Path) -> FileLoad:
    """Load one file; never raises for anything the file contains."""
    from reader.corpus.binary import binary_kind
    from reader.corpus.decoding import (
        DecodeError,
        bom_encoding,
        bomless_utf16,
        declared_charset,
        decode,
    )
    from reader.corpus.document import FormatError
    from reader.corpus.formats import READERS

    suffix = path.suffix.lower()
    if suffix not in READERS:
        kind = (
            f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"
        )
        return FileLoad(skipped=[SkippedFile(path, kind)])
    fmt, reader = READERS[suffix]
    data = _read_bytes(path)
    if isinstance(data, str):
        return FileLoad(skipped=[SkippedFile(path, data)])
    if not data.strip():
        return FileLoad(skipped=[SkippedFile(path, "empty file")])
    forced = bom_encoding(data) or bomless_utf16(data)
    if forced is None:
        binary = binary_kind(data)
        if binary:
            return FileLoad(skipped=[SkippedFile(path, binary)])
    declared = declared_charset(data) if fmt == "html" else None
    try:
        decoded = decode(data, declared=declared, encoding=forced)
    except DecodeError as exc:
        return FileLoad(skipped=[SkippedFile(path, str(exc))])
    if not decoded.text.strip():
        return FileLoad(skipped=[SkippedFile(path, "empty file")])
    try:
        return _articles(path, root, fmt, reader(decoded.text), decoded.encoding)
    except FormatError as exc:
        return FileLoad(skipped=[SkippedFile(path, str(exc))])
    except Exception as exc:
        # A rule tripping over one odd file must not stop a 20,000-file load.
        detail = " ".join(str(exc).split())[:120]
        return FileLoad(
            skipped=[SkippedFile(path, f"could not be read ({type(exc).__name__}: {detail})")]
        )


def _articles(
    path: Path, root: Path, fmt: str, parts: list[Document | BadPart], encoding: str
) -> FileLoad:
    from reader.corpus.assemble import NoText, assemble
    from reader.corpus.document import BadPart

    base = article_id(path, root)
    out = FileLoad()
    for part in parts:
        if isinstance(part, BadPart):
            out.skipped.append(SkippedFile(Path(f"{path}{part.part}"), part.reason))
            continue
        try:
            article = assemble(
                part, article_id=base + part.part, path=path, fmt=fmt, encoding=encoding
            )
        except NoText as exc:
            label = f"{part.part[1:]}: " if part.part else ""
            out.skipped.append(SkippedFile(Path(f"{path}{part.part}"), f"{label}{exc}"))
            continue
        out.articles.append(article)
    if not out.articles and not out.skipped:
        out.skipped.append(SkippedFile(path, "no article text"))
    return out
