"""What the index layer hands to its callers (CLI, app): plain data, no Whoosh types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from reader.corpus.model import Paragraph, folder_of
from reader.extract.model import Entity, EntityType, Figure, Quote

# Types whose single-word mentions may stand for a full name across the corpus
# ("Blair" for "Tony Blair"; but "York" is not "New York"): see searching.aliases
# and Manifest.entity_counts, which follow one rule.
ALIASED_TYPES = (EntityType.PERSON, EntityType.ORG)


class SortOrder(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"
    SOURCE = "source"  # by source (or folder) A to Z, newest first within one


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list."""

    id: str
    title: str
    published: date | None
    source: str | None  # stated, else the folder (see `Article.source`)
    path: str  # the file, relative to the corpus root
    # The file's modification day, for undated articles only: what sorting by date
    # falls back to (None for dated ones, and where it is not known).
    filed: date | None = None
    # The id of the article leading its group of copies (exact or near duplicates,
    # see `duplicates`), the same for every member, the lead included; None alone.
    group: str | None = None

    @property
    def folder(self) -> str | None:
        return folder_of(self.path)

    @property
    def day(self) -> date | None:
        """The day it sorts by: its date, else its file's."""
        return self.published or self.filed


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """Everything the app needs to show an article, read back from the index."""

    summary: ArticleSummary
    author: str | None
    url: str | None
    title_derived: bool
    text: str
    paragraphs: tuple[Paragraph, ...]
    entities: tuple[Entity, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class QuotedBy:
    """One quotation with the article it is in."""

    article: ArticleSummary
    quote: Quote


@dataclass(frozen=True, slots=True)
class Passage:
    """A short extract of an article around its best match."""

    text: str
    marks: tuple[tuple[int, int], ...]  # matched terms, offsets into `text`


@dataclass(slots=True)
class Hit:
    """One result. Not frozen, hence not hashable: a broad search makes 20,000 of
    them and a frozen dataclass's __init__ is 3.6x slower. Treat it as a value:
    change one with dataclasses.replace, never in place."""

    summary: ArticleSummary
    score: float
    hit_count: int  # matched term occurrences in the article
    passage: Passage | None = None  # filled only for the results asked for


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    hits: tuple[Hit, ...]
    total: int  # matching articles, which may exceed len(hits)
    partial: bool = False  # the time limit cut the search short
    suggestion: str | None = None  # did-you-mean, when the query found nothing
    elapsed_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class FacetCount:
    type: str  # EntityType value
    name: str  # canonical name
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class IndexHolder:
    """The other process that writes an index opened read-only."""

    pid: int | None  # None when it has not said (an older reader, or just starting)
    indexing: bool  # an update is running there now

    def describe(self) -> str:
        who = f"another reader (process {self.pid})" if self.pid else "another reader process"
        return f"{who} is indexing this corpus" if self.indexing else f"{who} has this index open"


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What an index update did, for the CLI summary and the app's status line."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    articles: int = 0
    entities: int = 0
    figures: int = 0
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason)
    rebuilt_reason: str | None = None  # why the whole index was rebuilt, if it was
    read_only: bool = False  # another process holds the writer lock
    holder: IndexHolder | None = None  # that process, when read_only
    seconds: float = 0.0
    messages: tuple[str, ...] = field(default=())
    duplicate_groups: int = 0  # groups of exact or near copies in the corpus
    duplicate_articles: int = 0  # articles in those groups, their leads included
