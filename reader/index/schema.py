"""The Whoosh schema: the fields of an indexed article and how each is analysed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh import fields
from whoosh.formats import Positions

from reader.extract.model import EntityType
from reader.index.analysis import BODY_ANALYZER, WORDS_ANALYZER, postings
from reader.index.whoosh_ext.formats import PackedPositions

# Bump when the schema or what goes into a field changes: the index rebuilds.
SCHEMA_VERSION = "15"

ENTITY_FIELDS: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.ORG: "org",
    EntityType.GPE: "place",
    EntityType.PRODUCT: "product",
    EntityType.EVENT: "event",
    EntityType.NORP: "norp",
}
FIELD_ENTITY: dict[str, EntityType] = {v: k for k, v in ENTITY_FIELDS.items()}

# Who is quoted in the article: one speaker name per quotation, matched like the
# entity fields (`said:"Lei Jun"`, `said:lei`).
SAID_FIELD = "said"
# Fields holding names: a word matches the full names that contain it.
NAME_FIELDS = (*ENTITY_FIELDS.values(), SAID_FIELD)

# The folders an article's file is in, from the top one down ("politics", "politics/uk"),
# so that `folder:politics` also finds what is filed below it.
FOLDER_FIELD = "folder"
# The user's tags on whole articles live in their own database, not in the index:
# a `tag:` term is swapped for the tagged articles' ids before a search runs
# (searching.resolve_tags). The field exists so that the parser reads one.
TAG_FIELD = "tag"
TEXT_FIELDS = ("title", "body")
# Plain words as typed (`invest*`, `innovaton~`, `[a TO m]`): never filled either.
# The parser reads such a query on it, and `searching` turns it into stems of the
# corpus's words (`vocabulary`) in the title and body.
WORDS_FIELD = "words"
DATE_FIELD = "date"
UNDATED_FIELD = "undated"  # 1 for an article without a date, whose date column holds a default
# 1 when the text starts with the headline; 0 when the title was derived from
# the first sentence, whose words the body field already holds.
HEADLINE_FIELD = "headline"
# Fields a user may name in a query, in the order the help message lists them.
USER_FIELDS = (
    "title", "person", "org", "place", "product", "event", "norp", "said", "source", "folder",
    "tag", "date",
)  # fmt: skip
# Fields whose matches count as hits (dates and sources select, they do not "occur").
COUNTED_FIELDS = frozenset((*TEXT_FIELDS, *NAME_FIELDS))


def folder_keys(folder: str | None) -> list[str]:
    """The indexed forms of a folder and of every folder above it, top first."""
    if not folder:
        return []
    parts = [part for part in folder_key(folder).split("/") if part]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def folder_key(folder: str) -> str:
    """A folder path as indexed and queried: an entity key that keeps its slashes."""
    return "/".join(entity_key(part) for part in folder.strip("/").split("/") if part.strip())


def tag_key(tag: str) -> str:
    """A tag as a `tag:` term compares it: any case, hyphens for spaces (tag:follow-up),
    apostrophes typographic (so it can be single-quoted, as `entity_key`)."""
    text = tag.replace("-", " ").replace(",", " ").replace("'", "\u2019").lower()
    return " ".join(text.split())


def entity_key(canonical: str) -> str:
    """The indexed form of an entity name: lowercase, no commas, single spaces.

    Straight apostrophes become typographic ones so that a name can always be
    single-quoted in Whoosh's query syntax.
    """
    text = canonical.replace(",", " ").replace("'", "\u2019").lower()
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Analysed:
    """A field's value already analysed: the postings `FieldType.index` returns.

    Extraction workers analyse the text fields, so the one process writing the
    index only files postings: analysis is most of Whoosh's per-document work,
    and the writer was what the whole pipeline waited for.
    """

    postings: tuple[tuple[bytes, int, float, bytes], ...]


class _TakesAnalysed:
    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, Analysed):
            return iter(value.postings)
        return super().index(value, **kwargs)  # type: ignore[misc]


class AnalysedText(_TakesAnalysed, fields.TEXT):
    """TEXT that also takes an `Analysed` value, with packed positions (see `positions`)."""

    def __init__(self, *, phrase: bool = True, **kwargs: Any) -> None:
        super().__init__(phrase=phrase, **kwargs)
        if type(self.format) is Positions:  # not Characters (chars=True): that stays Whoosh's
            self.format = PackedPositions(field_boost=self.format.field_boost)


class AnalysedKeyword(_TakesAnalysed, fields.KEYWORD):
    """KEYWORD that also takes an `Analysed` value."""


def analyse(doc: dict[str, Any], schema: fields.Schema) -> dict[str, Any]:
    """`doc` with its text and keyword fields analysed (see `Analysed`)."""
    out = dict(doc)
    for name, value in doc.items():
        if isinstance(value, str) and isinstance(schema[name], _TakesAnalysed):
            out[name] = Analysed(postings(schema[name], value))
    return out


def build_schema() -> fields.Schema:
    entity = {
        name: AnalysedKeyword(lowercase=True, commas=True, scorable=True) for name in NAME_FIELDS
    }
    return fields.Schema(
        id=fields.ID(unique=True, stored=True, sortable=True),
        path=fields.ID(),
        title=AnalysedText(analyzer=BODY_ANALYZER, field_boost=2.0),
        body=AnalysedText(analyzer=BODY_ANALYZER, phrase=True),
        words=AnalysedText(analyzer=WORDS_ANALYZER, phrase=False),  # never filled: WORDS_FIELD
        source=fields.TEXT(analyzer=WORDS_ANALYZER, phrase=True),
        folder=fields.KEYWORD(lowercase=True, commas=True),
        tag=fields.KEYWORD(lowercase=True, commas=True),  # never filled: see TAG_FIELD
        # YYYYMMDD; absent when the article is undated.
        date=fields.NUMERIC(int, bits=32, sortable=True),
        undated=fields.NUMERIC(int, bits=8, sortable=True),
        headline=fields.NUMERIC(int, bits=8, sortable=True),
        data=fields.STORED(),
        **entity,
    )
