"""What the index stores of an article must read back as the article was extracted."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.corpus.loader import list_files, load_file
from reader.corpus.model import Article
from reader.extract.annotate import annotate
from reader.extract.model import FigureKind
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


def test_an_age_keeps_its_person_and_older_rows_still_read() -> None:
    article = next(a for a in _articles() if "-year-old" in a.text)
    found = annotate(article)
    ages = [f for f in found.figures if f.kind == FigureKind.AGE and f.subject]
    assert ages, "the seeds hold an age with its person"
    stored = codec.decode(codec.encode(article, article.id, [], found.figures))
    assert [f.subject for f in stored.figures] == [f.subject for f in found.figures]
    # A row written before figures had a subject: ten fields, no tail.
    payload = codec.encode(article, article.id, [], [])
    old = payload.replace('"f":[]', '"f":[[0,4,"count",5.0,null,null,"label",null,null,null]]')
    figure = codec.decode(old).figures[0]
    assert figure.subject is None and figure.text == article.text[0:4]
