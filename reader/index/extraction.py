"""One corpus file -> the documents to index and the manifest rows to keep.

Runs in worker processes for large updates, so it takes and returns plain,
picklable data and never touches Whoosh.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.corpus import files
from reader.corpus.model import Article, ParagraphKind, SkippedFile, folder_of
from reader.extract.model import Entity, Figure, Quote
from reader.index import codec, duplicates
from reader.index.analysis import words_tokens
from reader.index.manifest import ArticleRow, FileRecord
from reader.index.schema import (
    ENTITY_FIELDS,
    FOLDER_FIELD,
    SAID_FIELD,
    analyse,
    build_schema,
    entity_key,
    folder_keys,
)

Loader = Callable[[Path, Path], "list[Article] | list[Article | SkippedFile] | SkippedFile"]
Annotator = Callable[[Article], Any]  # returns .entities, .figures and (maybe) .quotes


@dataclass(frozen=True, slots=True)
class FileJob:
    rel: str
    size: int
    mtime_ns: int
    old_hash: str | None  # None for a file not indexed before


@dataclass
class FileOutcome:
    record: FileRecord
    unchanged: bool = False  # the stat changed but the content did not
    docs: list[dict[str, Any]] = field(default_factory=list)
    rows: list[ArticleRow] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # its distinct lowercase words (`vocabulary`)


def file_hash(path: Path) -> str:
    """The content's hash; raises NotRegularFile rather than wait on a pipe or
    read /dev/zero forever (a file swapped since the walk listed it)."""
    digest = hashlib.blake2b(digest_size=16)
    with files.open_regular(path) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def process(job: FileJob, root: Path, load: Loader, annotate: Annotator) -> FileOutcome:
    path = root / job.rel
    try:
        digest = file_hash(path)
    except files.NotRegularFile as exc:
        return FileOutcome(FileRecord(job.rel, job.size, job.mtime_ns, "", exc.reason))
    except OSError as exc:
        reason = f"cannot read: {exc.strerror or exc}"
        return FileOutcome(FileRecord(job.rel, job.size, job.mtime_ns, "", reason))
    record = FileRecord(job.rel, job.size, job.mtime_ns, digest)
    if digest == job.old_hash:
        return FileOutcome(record, unchanged=True)
    loaded = load(path, root)
    if isinstance(loaded, SkippedFile):
        reason = printable(loaded.reason)
        return FileOutcome(FileRecord(job.rel, job.size, job.mtime_ns, digest, reason))
    # Bad rows beside good ones (JSON Lines) are indexed around and reported, one per line.
    bad_rows = [item.reason for item in loaded if isinstance(item, SkippedFile)]
    outcome = FileOutcome(record)
    schema = _schema()
    for article in loaded:
        if isinstance(article, SkippedFile):
            continue
        annotations = annotate(article)
        entities = list(annotations.entities)
        figures = list(annotations.figures)
        quotes = list(getattr(annotations, "quotes", ()))
        doc = document(article, job.rel, entities, figures, quotes)
        problem = unstorable(doc)
        if problem:
            bad_rows.append(f"{article.id}: could not be indexed ({problem})")
            continue
        outcome.docs.append(analyse(doc, schema))
        text = f"{doc['title']}\n\n{doc['body']}"
        outcome.rows.append(_row(article, job.rel, entities, figures, text))
        outcome.words.update(words_tokens(text))
    if bad_rows:
        reasons = printable("\n".join(bad_rows))
        outcome.record = FileRecord(job.rel, job.size, job.mtime_ns, digest, reasons)
    return outcome


def unstorable(doc: dict[str, Any]) -> str | None:
    """Why Whoosh or SQLite would refuse the document, or None.

    Both store UTF-8, which has no lone surrogates (a JSON `"\\ud800"` escape, a
    file name that is not UTF-8). The corpus layer replaces or refuses those;
    this is the last check, in the worker, because Whoosh fails half-way through
    adding a document and one bad article must not stop the update.
    """
    # data holds every text field, from the title to the entities' names.
    for name, what in (("id", "id"), ("path", "file name"), ("data", "text")):
        try:
            doc[name].encode("utf-8")
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start : exc.end]
            return f"its {what} holds {ascii(char)[1:-1]}, which is not a Unicode character"
    return None


def printable(text: str) -> str:
    """A reason as SQLite and a terminal take it: stray surrogates as \\x escapes."""
    return text if text.isascii() else text.encode("utf-8", "backslashreplace").decode("utf-8")


@functools.cache
def _schema() -> Any:
    return build_schema()


def document(
    article: Article,
    rel: str,
    entities: list[Entity],
    figures: list[Figure],
    quotes: list[Quote] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    """The fields Whoosh indexes for one article."""
    body = "\n\n".join(p.text for p in article.paragraphs if p.kind is not ParagraphKind.TITLE)
    doc: dict[str, Any] = {
        "id": article.id,
        "path": rel,
        "title": article.title,
        "body": body,
        "data": codec.encode(article, rel, entities, figures, quotes),
        "undated": 0 if article.published else 1,
        "headline": int(
            bool(article.paragraphs) and article.paragraphs[0].kind is ParagraphKind.TITLE
        ),
    }
    if article.source:
        doc["source"] = article.source
    folders = folder_keys(folder_of(rel))
    if folders:
        doc[FOLDER_FIELD] = ",".join(folders)
    if article.published:
        p = article.published
        doc["date"] = p.year * 10000 + p.month * 100 + p.day
    by_field: dict[str, list[str]] = {}
    for e in entities:
        name = ENTITY_FIELDS.get(e.type)
        key = entity_key(e.canonical)
        if name and key:
            by_field.setdefault(name, []).append(key)
    speakers = [entity_key(q.speaker) for q in quotes if q.speaker]
    if speakers:
        by_field[SAID_FIELD] = [k for k in speakers if k]
    for name, keys in by_field.items():
        # One value per mention: the keyword's frequency is the mention count.
        doc[name] = ",".join(keys)
    return doc


def _starts_with_headline(article: Article) -> bool:
    return bool(article.paragraphs) and article.paragraphs[0].kind is ParagraphKind.TITLE


def _row(
    article: Article, rel: str, entities: list[Entity], figures: list[Figure], text: str
) -> ArticleRow:
    """The manifest's row; `text` (title and body) is fingerprinted for its copies."""
    # Here, in the extraction workers: it imports the figure and sentence rules,
    # which a search or an update that finds nothing new never needs.
    from reader.index import mentions

    entity_counts, figures_named = mentions.manifest_rows(article, entities, figures)
    return ArticleRow(
        id=article.id,
        path=rel,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        source=article.source,
        entities=len(entities),
        figures=len(figures),
        entity_counts=entity_counts,
        fingerprint=duplicates.fingerprint(text),
        figures_named=figures_named,
    )


# Worker-process state, set once per worker by `init_worker`.
_WORKER: dict[str, Any] = {}


def init_worker(root: Path, load: Loader | None, annotate: Annotator | None) -> None:
    _WORKER["root"] = root
    _WORKER["load"] = load or default_loader()
    _WORKER["annotate"] = annotate or default_annotator()


def work(job: FileJob) -> FileOutcome:
    return process(job, _WORKER["root"], _WORKER["load"], _WORKER["annotate"])


def default_loader() -> Loader:
    return load_reporting_rows


def load_reporting_rows(path: Path, root: Path) -> list[Article | SkippedFile] | SkippedFile:
    """The corpus loader's load_file, plus the bad rows it drops beside good ones."""
    from reader.corpus.loader import as_loaded, read_file

    result = read_file(path, root)
    if result.articles:
        return [*result.articles, *result.skipped]
    return as_loaded(path, result)


def default_annotator() -> Annotator:
    from reader.extract.annotate import annotate

    return annotate
