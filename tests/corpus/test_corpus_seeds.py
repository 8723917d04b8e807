"""The five sample articles: titles, dates, captions, and boilerplate zones from the gold file."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reader.corpus.loader import iter_corpus, list_files
from reader.corpus.model import Article, ParagraphKind

from .conftest import assert_offsets_map

# name prefix -> (title, derived, published, paragraph count incl. TITLE, captions)
EXPECTED = {
    "000": ("Chinese firms double down on tech: Xiaomi, Haier", False, date(2025, 3, 5), 11, 0),
    "001": (None, True, None, 10, 1),
    "002": (
        "Xiaomi Intends to Become China’s Leading Smartphone Maker in Three Years",
        False, None, 8, 0,
    ),
    "003": (
        "Xiaomi’s CEO Announces Upgraded Core Strategy for Next Decade: Mobile × AIoT",
        False, None, 10, 0,
    ),
    "004": (
        "Xiaomi reportedly plans to release first car in 2024, aims to sell 900,000 units "
        "in three years",
        False, None, 15, 1,
    ),
}  # fmt: skip

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+")


@pytest.fixture(scope="module")
def seeds(request: pytest.FixtureRequest) -> dict[str, Article]:
    seeds_dir = Path(request.config.rootpath) / "seeds"
    articles = {}
    for item in iter_corpus(seeds_dir):
        assert isinstance(item, Article), item
        articles[item.id[:3]] = item
    return articles


def test_every_seed_file_is_listed_and_loaded(seeds: dict[str, Article], seeds_dir: Path) -> None:
    names = [p.name for p in list_files(seeds_dir)]
    assert names == sorted(names)
    assert sorted(seeds) == sorted(EXPECTED)
    assert {a.id for a in seeds.values()} == set(names)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_facts(seeds: dict[str, Article], key: str) -> None:
    title, derived, published, count, captions = EXPECTED[key]
    article = seeds[key]
    if title is not None:
        assert article.title == title
    assert article.title_derived is derived
    assert article.published == published
    assert len(article.paragraphs) == count
    kinds = [p.kind for p in article.paragraphs]
    assert kinds.count(ParagraphKind.CAPTION) == captions
    assert (kinds[0] is ParagraphKind.TITLE) is not derived
    assert kinds.count(ParagraphKind.TITLE) == (0 if derived else 1)
    assert article.format == "txt" and article.encoding == "utf-8"
    assert_offsets_map(article)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_raw_is_the_file_as_python_reads_it(seeds: dict[str, Article], key: str) -> None:
    article = seeds[key]
    assert article.raw == article.path.read_text(encoding="utf-8")
    assert all(p.raw_start is not None for p in article.paragraphs)


def test_headline_found_at_the_end_leaves_the_body(seeds: dict[str, Article]) -> None:
    for key in ("000", "004"):
        article = seeds[key]
        assert article.paragraphs[0].kind is ParagraphKind.TITLE
        assert article.paragraphs[0].raw_start == article.raw.index(article.title)
        assert article.text.count(article.title) == 1


def test_derived_title_is_a_trimmed_first_sentence(seeds: dict[str, Article]) -> None:
    article = seeds["001"]
    assert len(article.title) <= 81
    assert article.title.endswith("…")
    assert article.paragraphs[0].text.startswith(article.title[:-1])


def test_caption_kept_once_without_its_alt_text(seeds: dict[str, Article]) -> None:
    article = seeds["001"]
    (caption,) = [p for p in article.paragraphs if p.kind is ParagraphKind.CAPTION]
    assert caption.text.endswith("Photo: Xinhua")
    assert "alt=" not in article.text
    assert article.text.count(caption.text) == 1
    parenthesised = [p for p in seeds["004"].paragraphs if p.kind is ParagraphKind.CAPTION]
    assert parenthesised[0].text.startswith("(") and parenthesised[0].text.endswith(")")


def _zone_pieces(raw: str, zones: list[dict[str, Any]]) -> list[str]:
    pieces = []
    for zone in zones:
        for line in raw[zone["start"] : zone["end"]].split("\n"):
            if line.strip():
                pieces.append(line.strip())
    return pieces


def _sentences_outside(raw: str, zones: list[dict[str, Any]]) -> list[str]:
    chars = list(raw)
    for zone in zones:
        chars[zone["start"] : zone["end"]] = "\n" * (zone["end"] - zone["start"])
    outside = "".join(chars)
    sentences = []
    for line in outside.split("\n"):
        sentences.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return sentences


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_boilerplate_zones_gone_and_story_kept(
    seeds: dict[str, Article], gold: dict[str, Any], key: str
) -> None:
    article = seeds[key]
    doc = gold["docs"][article.path.name]
    assert doc["n_chars"] == len(article.raw)
    for piece in _zone_pieces(article.raw, doc["zones"]):
        assert piece not in article.text, piece
    for sentence in _sentences_outside(article.raw, doc["zones"]):
        assert sentence in article.text, sentence
