from __future__ import annotations

from datetime import date
from pathlib import Path

from reader.corpus.model import Article, ParagraphKind, build_paragraphs
from reader.extract.annotate import EXTRACTOR_VERSION, Annotations, annotate
from reader.extract.model import EntityType, FigureKind


def _article(*texts: str) -> Article:
    items = [(ParagraphKind.BODY, t, None) for t in texts]
    return Article(
        id="a.txt", path=Path("a.txt"), title="t", title_derived=True, source=None,
        published=date(2025, 3, 5), author=None, url=None,
        paragraphs=build_paragraphs(items), raw="\n\n".join(texts), format="txt",
        encoding="utf-8",
    )  # fmt: skip


def test_annotate_runs_entities_and_figures_on_article_text() -> None:
    article = _article("Governor Anna Berg spoke.", "Sales rose 30 percent last year in Kenya.")
    result = annotate(article)
    assert isinstance(result, Annotations)
    by_text = {e.text: e for e in result.entities}
    assert by_text["Anna Berg"].type is EntityType.PERSON
    assert by_text["last year"].canonical == "2024"
    assert article.text[by_text["Kenya"].start : by_text["Kenya"].end] == "Kenya"
    assert any(f.kind is FigureKind.PERCENT for f in result.figures)


def test_extractor_version_is_a_string() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION
