"""Compact JSON for what the app needs to show an article without re-extracting it.

Entity and figure texts are slices of the article text, so only offsets are
stored; the text is rebuilt from the paragraphs. Lists, not objects, keep it small.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from reader.corpus.model import Article, Paragraph, ParagraphKind, build_paragraphs
from reader.extract.model import (
    DateParts,
    Entity,
    EntityType,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
)
from reader.index.model import ArticleSummary, StoredArticle

FORMAT = 1


def encode(
    article: Article,
    path: str,
    entities: list[Entity],
    figures: list[Figure],
    quotes: list[Quote] = (),  # type: ignore[assignment]
) -> str:
    text = article.text
    data = {
        "v": FORMAT,
        "id": article.id,
        "path": path,
        "t": article.title,
        "td": article.title_derived,
        "s": article.source,
        "d": article.published.isoformat() if article.published else None,
        "a": article.author,
        "u": article.url,
        "p": [[p.kind.value, p.text, p.raw_start] for p in article.paragraphs],
        "e": [_entity(e, text) for e in entities],
        "f": [_figure(f, text) for f in figures],
        "q": [_quote(q) for q in quotes],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _entity(e: Entity, text: str) -> list[Any]:
    row: list[Any] = [e.start, e.end, e.type.value, e.canonical]
    if text[e.start : e.end] != e.text:
        row.append(e.text)
    return row


def _quote(q: Quote) -> list[Any]:
    return [
        q.start,
        q.end,
        q.kind.value,
        q.speaker,
        q.speaker_type.value if q.speaker_type else None,
        q.verb,
    ]


def _quotes(data: dict[str, Any], text: str) -> tuple[Quote, ...]:
    return tuple(
        Quote(
            r[0],
            r[1],
            text[r[0] : r[1]],
            QuoteKind(r[2]),
            r[3],
            EntityType(r[4]) if r[4] else None,
            r[5],
        )
        for r in data.get("q", ())
    )


def _figure(f: Figure, text: str) -> list[Any]:
    row: list[Any] = [
        f.start,
        f.end,
        f.kind.value,
        f.value,
        f.unit,
        f.qualifier,
        f.label,
        f.value_max,
        f.linked,
        f.date_parts.as_dict() if f.date_parts is not None else None,
    ]
    # Optional tail: the text when it is not the slice, then the subject (an age's person).
    differs = text[f.start : f.end] != f.text
    if differs or f.subject is not None:
        row.append(f.text if differs else None)
    if f.subject is not None:
        row.append(f.subject)
    return row


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What a passage is cut from. Decoding only this for a page of results
    skips the figures, and the entities when the query names none."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...] = ()


def decode_text(payload: str, *, entities: bool = True, quotes: bool = False) -> ArticleText:
    data = json.loads(payload)
    paragraphs, text = _paragraphs(data)
    return ArticleText(
        text,
        paragraphs,
        _entities(data, text) if entities else (),
        _quotes(data, text) if quotes else (),
    )


def _paragraphs(data: dict[str, Any]) -> tuple[tuple[Paragraph, ...], str]:
    paragraphs: tuple[Paragraph, ...] = build_paragraphs(
        [(ParagraphKind(kind), ptext, raw) for kind, ptext, raw in data["p"]]
    )
    return paragraphs, "\n\n".join(p.text for p in paragraphs)


def _entities(data: dict[str, Any], text: str) -> tuple[Entity, ...]:
    return tuple(
        Entity(r[0], r[1], r[5] if len(r) > 5 else text[r[0] : r[1]], EntityType(r[2]), r[3])
        for r in data["e"]
    )


def decode(payload: str) -> StoredArticle:
    data = json.loads(payload)
    paragraphs, text = _paragraphs(data)
    entities = _entities(data, text)
    figures = tuple(
        Figure(
            r[0],
            r[1],
            r[10] if len(r) > 10 and r[10] is not None else text[r[0] : r[1]],
            FigureKind(r[2]),
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            DateParts(**r[9]) if r[9] is not None else None,
            r[11] if len(r) > 11 else None,
        )
        for r in data["f"]
    )
    summary = ArticleSummary(
        id=data["id"],
        title=data["t"],
        published=date.fromisoformat(data["d"]) if data["d"] else None,
        source=data["s"],
        path=data["path"],
    )
    return StoredArticle(
        summary=summary,
        author=data["a"],
        url=data["u"],
        title_derived=data["td"],
        text=text,
        paragraphs=paragraphs,
        entities=entities,
        figures=figures,
        quotes=_quotes(data, text),
    )
