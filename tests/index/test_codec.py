"""What the index stores of an article must read back as the article was extracted."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.corpus.loader import list_files, load_file
from reader.corpus.model import Article
from reader.extract.annotate import annotate
from reader.index import codec

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _articles() -> list[Article]:
    out: list[Article] = []
    for path in list_files(SEEDS):
        loaded = load_file(path, SEEDS)
        assert isinstance(loaded, list)
        out.extend(loaded)
    return out


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.id)
def test_round_trip(article: Article) -> None:
    found = annotate(article)
    payload = codec.encode(article, article.id, found.entities, found.figures)
    stored = codec.decode(payload)
    assert stored.text == article.text
    assert stored.paragraphs == article.paragraphs
    assert list(stored.entities) == found.entities
    assert list(stored.figures) == found.figures
    assert stored.summary.title == article.title

    text = codec.decode_text(payload)
    assert (text.text, text.paragraphs, text.entities) == (
        stored.text,
        stored.paragraphs,
        stored.entities,
    )
    assert codec.decode_text(payload, entities=False).entities == ()
