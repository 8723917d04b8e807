"""Fixtures for the corpus tests: the gold annotation and a corpus folder builder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.corpus.loader import load_file
from reader.corpus.model import Article, SkippedFile

GOLD_FILE = Path(__file__).resolve().parents[3] / "shared" / "gold" / "seeds.gold.json"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    if not GOLD_FILE.is_file():
        pytest.skip(f"gold annotation not available at {GOLD_FILE}")
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    return root


@pytest.fixture
def load_one(corpus: Path) -> Callable[[str, bytes | str], Article | SkippedFile]:
    """Write one file into the corpus and load it; expects exactly one result."""

    def load(name: str, content: bytes | str) -> Article | SkippedFile:
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        result = load_file(path, corpus)
        if isinstance(result, SkippedFile):
            return result
        assert len(result) == 1, result
        return result[0]

    return load


def assert_offsets_map(article: Article) -> None:
    """Every paragraph with a raw offset maps back to the same text in Article.raw."""
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
        assert p.text and p.text == p.text.strip()
        if p.raw_start is not None:
            raw_start = article.to_raw(p.start)
            assert raw_start == p.raw_start
            assert article.raw[raw_start : raw_start + len(p.text)] == p.text
