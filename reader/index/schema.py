"""The Whoosh schema: the fields of an indexed article and how each is analysed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh import fields
from whoosh.formats import Positions

from reader.index.analysis import BODY_ANALYZER, WORDS_ANALYZER, postings
from reader.index.fieldnames import (
    COUNTED_FIELDS,
    DATE_FIELD,
    ENTITY_FIELDS,
    FIELD_ENTITY,
    FOLDER_FIELD,
    HEADLINE_FIELD,
    NAME_FIELDS,
    SAID_FIELD,
    TAG_FIELD,
    TEXT_FIELDS,
    UNDATED_FIELD,
    USER_FIELDS,
    WORDS_FIELD,
    entity_key,
    folder_key,
    folder_keys,
    tag_key,
)
from reader.index.whoosh_ext.formats import PackedPositions

# The field names and keys live in `fieldnames` (no Whoosh there), and are
# also read from here.
__all__ = [
    "COUNTED_FIELDS",
    "DATE_FIELD",
    "ENTITY_FIELDS",
    "FIELD_ENTITY",
    "FOLDER_FIELD",
    "HEADLINE_FIELD",
    "NAME_FIELDS",
    "SAID_FIELD",
    "SCHEMA_VERSION",
    "TAG_FIELD",
    "TEXT_FIELDS",
    "UNDATED_FIELD",
    "USER_FIELDS",
    "WORDS_FIELD",
    "Analysed",
    "AnalysedKeyword",
    "AnalysedText",
    "analyse",
    "build_schema",
    "entity_key",
    "folder_key",
    "folder_keys",
    "tag_key",
]

# Bump when the schema or what goes into a field changes: the index rebuilds.
SCHEMA_VERSION = "15"


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
