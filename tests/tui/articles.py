"""Hand-built articles for widget tests (no index needed)."""

from __future__ import annotations

from datetime import date

from reader.corpus.model import ParagraphKind, build_paragraphs
from reader.extract.model import Entity, EntityType, Figure, FigureKind
from reader.index.model import ArticleSummary, StoredArticle


def make_article(
    article_id: str = "a.txt",
    paragraphs: list[tuple[ParagraphKind, str]] | None = None,
    *,
    entities: list[tuple[str, EntityType]] = (),  # type: ignore[assignment]
    figures: list[tuple[str, FigureKind, float, str | None]] = (),  # type: ignore[assignment]
    published: date | None = date(2024, 3, 5),
    source: str | None = "Example Daily",
) -> StoredArticle:
    """An article whose entities and figures are found by their text's first occurrence."""
    items = paragraphs or [
        (ParagraphKind.TITLE, "A headline about things"),
        (ParagraphKind.BODY, "The first paragraph says something."),
        (ParagraphKind.BODY, "The second paragraph says more."),
    ]
    paras = build_paragraphs([(kind, text, None) for kind, text in items])
    text = "\n\n".join(p.text for p in paras)
    found_entities = []
    for mention, kind in entities:
        start = text.index(mention)
        found_entities.append(Entity(start, start + len(mention), mention, kind, mention))
    found_figures = []
    for mention, kind, value, unit in figures:
        start = text.index(mention)
        found_figures.append(
            Figure(start, start + len(mention), mention, kind, value, unit, None, "amount")
        )
    summary = ArticleSummary(article_id, items[0][1], published, source, article_id)
    return StoredArticle(
        summary=summary, author=None, url=None, title_derived=False, text=text,
        paragraphs=paras, entities=tuple(sorted(found_entities, key=lambda e: e.start)),
        figures=tuple(found_figures),
    )
