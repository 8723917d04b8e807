"""Whatever bytes a .txt file holds, loading gives an Article or a SkippedFile."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.corpus.loader import load_file
from reader.corpus.model import Article, SkippedFile

_TEXTY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
).map(lambda s: s.encode("utf-8"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), _TEXTY))
def test_any_bytes_load_without_raising(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "any.txt"
        path.write_bytes(data)
        result = load_file(path, root)
    if isinstance(result, SkippedFile):
        assert result.reason and "\n" not in result.reason
        return
    assert result and all(isinstance(a, Article) for a in result)
    for article in result:
        assert article.paragraphs
        assert article.title
        for p in article.paragraphs:
            assert p.text and p.text.strip() == p.text
            assert article.text[p.start : p.end] == p.text
            if p.raw_start is not None:
                assert article.raw[p.raw_start : p.raw_start + len(p.text)] == p.text
