"""One article -> its entities and figures, the unit the index stores.

`EXTRACTOR_VERSION` changes whenever the output can change: a new engine
release, or a change to the user's entities.toml. The index rebuilds then.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reader import paths
from reader.corpus.model import Article
from reader.extract.entities import extract_entities
from reader.extract.entities.userdict import FILE_NAME
from reader.extract.figures import extract_figures
from reader.extract.model import Entity, Figure

ENGINE_VERSION = "5f"


def _user_dictionary_digest() -> str:
    try:
        data = (paths.config_dir() / FILE_NAME).read_bytes()
    except OSError:
        return ""
    return "+user-" + hashlib.blake2b(data, digest_size=4).hexdigest()


EXTRACTOR_VERSION = ENGINE_VERSION + _user_dictionary_digest()


@dataclass(frozen=True, slots=True)
class Annotations:
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def annotate(article: Article) -> Annotations:
    """Entities and figures of `article`, offsets into `article.text`."""
    return Annotations(
        entities=extract_entities(article.text, article.published),
        figures=extract_figures(article.text, article.published),
    )
