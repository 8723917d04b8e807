"""One article -> its entities and figures, the unit the index stores.

`EXTRACTOR_VERSION` changes whenever the output can change (see
reader.extract.version, where the engine's release number is kept). The index
re-extracts then.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.corpus.model import Article, ParagraphKind
from reader.extract.entities import extract_entities
from reader.extract.figures import extract_figures
from reader.extract.model import Entity, Figure, Quote
from reader.extract.quotes import extract_quotes
from reader.extract.version import extractor_version

EXTRACTOR_VERSION = extractor_version()


@dataclass(frozen=True, slots=True)
class Annotations:
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def annotate(article: Article) -> Annotations:
    """Entities, figures and quotes of `article`, offsets into `article.text`."""
    entities = extract_entities(article.text, article.published)
    captions = [(p.start, p.end) for p in article.paragraphs if p.kind is ParagraphKind.CAPTION]
    return Annotations(
        entities=entities,
        figures=extract_figures(article.text, article.published),
        quotes=extract_quotes(article.text, entities, skip=captions),
    )
