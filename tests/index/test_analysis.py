"""The fast paths of analysis must give exactly what Whoosh's own analyzers give."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.index.analysis import BODY_ANALYZER, PARAGRAPH_GAP, body_terms, body_tokens, postings
from reader.index.schema import Analysed, analyse, build_schema

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SCHEMA = build_schema()
FIELDS = ("title", "body", "words", "source", "person", "org")

# Words, stop words, punctuation, paragraph breaks and the odd Unicode letter.
_PIECES = st.sampled_from(
    [
        "The", "the", "of", "a", "I", "Market", "markets", "investing", "investors",
        "electric", "vehicle", "U.S.", "e.g.", "3.5%", "1,000", "naïve", "İstanbul",
        "straße", "ﬁnance", "Ⅻ", "don't", "x*y", " ", "  ", ", ", ". ", "\n", "\n\n",
        "\n\n\n", "—", "“", "”",
    ]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=60).map("".join)


def _whoosh_tokens(text: str) -> list[tuple[int, str, int, int]]:
    return [
        (t.pos, t.text, t.startchar, t.endchar)
        for t in BODY_ANALYZER(text, positions=True, chars=True, mode="index")
    ]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_body_tokens_are_the_analyzers_tokens(text: str) -> None:
    assert body_tokens(text) == _whoosh_tokens(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_postings_are_what_whoosh_would_index(text: str) -> None:
    for name in FIELDS:
        field = SCHEMA[name]
        assert sorted(postings(field, text)) == sorted(field.index(text)), name


def test_on_the_sample_articles() -> None:
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        assert body_tokens(text) == _whoosh_tokens(text), path.name
        for name in FIELDS:
            field = SCHEMA[name]
            assert sorted(postings(field, text)) == sorted(field.index(text)), name


def test_a_paragraph_break_leaves_a_gap_in_positions() -> None:
    tokens = body_tokens("Markets rose.\n\nElectric cars sold")
    assert [p for p, *_ in tokens] == [0, 1, *(n + PARAGRAPH_GAP for n in (2, 3, 4))]
    assert [p for p, *_ in body_tokens("Markets rose. Electric cars sold")] == [0, 1, 2, 3, 4]


def test_analyse_replaces_text_fields_only() -> None:
    doc = {"id": "a", "title": "Markets rose", "body": "Electric cars", "date": 20240101}
    out = analyse(doc, SCHEMA)
    assert out["id"] == "a" and out["date"] == 20240101
    assert isinstance(out["title"], Analysed) and isinstance(out["body"], Analysed)
    assert list(SCHEMA["title"].index(out["title"])) == list(out["title"].postings)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_body_terms_are_body_tokens_without_offsets(text: str) -> None:
    assert body_terms(text) == [(stem, pos) for pos, stem, _, _ in body_tokens(text)]


def test_findall_gives_whole_matches_for_any_pattern() -> None:
    import re

    from reader.index.analysis import _FIND_WORDS, _findall

    assert _FIND_WORDS("U.S. rates, 3.5% x*y") == ["U.S", "rates", "3.5", "x*y"]
    assert _FIND_WORDS.__self__.groups == 0  # type: ignore[attr-defined]  # C-level findall
    assert _findall(re.compile(r"(?P<w>\w)\w*"))("apple pie") == ["apple", "pie"]
    assert _findall(re.compile(r"[\w(]+"))("a:b?c") == ["a", "b", "c"]
    assert _findall(re.compile(r"\w+"))("two words") == ["two", "words"]
