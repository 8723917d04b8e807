"""Any text through the extractors, any bytes through the loader: results, never exceptions.

Offsets must still point at the text they name. Text-only properties of the
extractors are in tests/extract/*_properties.py; .txt bytes in tests/corpus.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.corpus.loader import load_file
from reader.corpus.model import Article, SkippedFile
from reader.extract.entities import extract_entities
from reader.extract.figures import extract_figures

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NEWSY = st.lists(
    st.sampled_from(
        ["The", "Acme", "Corp", "said", "on", "Tuesday", "$", "4.5", "billion", "%", "12",
         "percent", "March", "2024", "-", "Mr.", "Smith", "of", "Paris", ",", ".", "\n\n",
         "€", "m", "up", "to", "3-5", "mln", "Q3", "‘", "”", "1,000", "km", "(", ")", "¥"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=300), _NEWSY)
_DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@FUZZ
@given(_TEXT, _DATES)
def test_extractors_fuzzed_entities_never_raise_and_point_at_their_text(
    text: str, published: date | None
) -> None:
    for entity in extract_entities(text, published):
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text


@FUZZ
@given(_TEXT, _DATES)
def test_extractors_fuzzed_figures_never_raise_and_point_at_their_text(
    text: str, published: date | None
) -> None:
    for figure in extract_figures(text, published):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text


_MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<div>", "</div>", "<html>", "<body>", "<script>", "</script>", "# ",
         "> ", "---\n", "title: x\n", '{"text": "', '"}', "[", "]", "\n", "\r\n", "&amp;",
         "<!--", "-->", "word", "Said", "2024-01-02", "\x00", "\xff", "é"]
    ),
    max_size=40,
).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))  # fmt: skip


@FUZZ
@given(
    st.one_of(st.binary(max_size=400), _MARKUP),
    st.sampled_from([".html", ".md", ".json", ".jsonl", ".txt"]),
)
def test_extractors_fuzzed_bytes_load_as_articles_or_a_reason(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / f"any{suffix}"
        path.write_bytes(data)
        result = load_file(path, root)
    if isinstance(result, SkippedFile):
        assert result.reason and "\n" not in result.reason
        assert "could not be read" not in result.reason, result.reason  # not a caught crash
        return
    for article in result:
        assert isinstance(article, Article) and article.paragraphs
        for p in article.paragraphs:
            assert article.text[p.start : p.end] == p.text
