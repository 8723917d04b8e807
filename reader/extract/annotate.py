"""One article -> its entities and figures, the unit the index stores.

`EXTRACTOR_VERSION` changes whenever the output can change: a new engine
release, a change to the user's entities.toml, or another recogniser chosen in
config.toml. The index re-extracts then.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reader import paths
from reader.corpus.model import Article, ParagraphKind
from reader.extract.entities import extract_entities
from reader.extract.entities.resolver import engine_version
from reader.extract.entities.userdict import FILE_NAME
from reader.extract.figures import extract_figures
from reader.extract.model import Entity, Figure, Quote
from reader.extract.quotes import extract_quotes

ENGINE_VERSION = "8"


def _user_dictionary_digest() -> str:
    try:
        data = (paths.config_dir() / FILE_NAME).read_bytes()
    except OSError:
        return ""
    return "+user-" + hashlib.blake2b(data, digest_size=4).hexdigest()


EXTRACTOR_VERSION = ENGINE_VERSION + engine_version() + _user_dictionary_digest()


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
