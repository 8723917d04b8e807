"""HTML character references and repeated headlines, in every text format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.corpus.entities import decode_references
from reader.corpus.loader import load_file
from reader.corpus.model import Article, ParagraphKind

BODY = (
    "The firm paid &#163;1.8m for the caf&#233; on the corner, its owner said on Monday.\n\n"
    "AT&amp;T and Procter &amp; Gamble were not involved, and this&notice stays as typed."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("&#163;1.8m", "£1.8m"),
        ("caf&#233;", "café"),
        ("AT&amp;T", "AT&T"),
        ("&#x2019;s", "’s"),
        ("&eacute;t&eacute;", "été"),
        ("R&D and AT&T", "R&D and AT&T"),  # no reference at all
        ("this&notice", "this&notice"),  # a legacy name without ';' is text
        ("&madeup;", "&madeup;"),  # an unknown name stays as written
        ("&#0;", "\ufffd"),
    ],
)
def test_references_decoded(text: str, expected: str) -> None:
    assert decode_references(text) == expected


def _one(path: Path, root: Path) -> Article:
    loaded = load_file(path, root)
    assert isinstance(loaded, list) and len(loaded) == 1, loaded
    return loaded[0]


def _body(article: Article) -> str:
    return "\n\n".join(p.text for p in article.paragraphs if p.kind is not ParagraphKind.TITLE)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json", ".jsonl"])
def test_every_text_format_decodes_references(corpus: Path, suffix: str) -> None:
    title = "Caf&#233; sold for &#163;1.8m"
    path = corpus / f"a{suffix}"
    if suffix in (".json", ".jsonl"):
        path.write_text(json.dumps({"title": title, "text": BODY, "source": "Le Caf&#233;"}))
    elif suffix == ".md":
        path.write_text(f"---\ntitle: {title}\n---\n\n{BODY}\n")
    else:
        path.write_text(f"{title}\n\n{BODY}\n")
    article = _one(path, corpus)
    assert article.title == "Café sold for £1.8m"
    body = _body(article)
    assert "£1.8m for the café" in body
    assert "AT&T and Procter & Gamble" in body
    assert "this&notice" in body
    assert "&#" not in article.text
    if suffix in (".json", ".jsonl"):
        assert article.source == "Le Café"


def test_decoded_paragraph_no_longer_points_into_the_raw_text(corpus: Path) -> None:
    (corpus / "a.txt").write_text(f"A Headline For The Test\n\n{BODY}\n")
    article = _one(corpus / "a.txt", corpus)
    decoded = next(p for p in article.paragraphs if "café" in p.text)
    assert decoded.raw_start is None  # the raw view cannot map a changed paragraph
    title = article.paragraphs[0]
    assert article.raw[title.raw_start : title.raw_start + len(title.text)] == title.text


def test_headline_repeated_as_first_paragraph_is_shown_once(corpus: Path) -> None:
    headline = "Markets Rally As Rates Hold"
    (corpus / "a.txt").write_text(
        f"{headline}\n\n{headline}.\n\nShares rose on Tuesday after the bank held rates.\n\n"
        "Analysts had expected the decision for weeks, traders said.\n"
    )
    article = _one(corpus / "a.txt", corpus)
    assert article.title == headline
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == headline and article.paragraphs[0].kind is ParagraphKind.TITLE
    assert texts[1].startswith("Shares rose")
    assert sum(headline.casefold() in t.casefold() for t in texts) == 1


def test_headline_field_repeated_in_the_text_is_shown_once(corpus: Path) -> None:
    body = "Rates Hold Again\n\nRates Hold Again\n\nThe bank kept its rate at 4% on Tuesday."
    (corpus / "a.json").write_text(json.dumps({"title": "Rates hold again", "text": body}))
    article = _one(corpus / "a.json", corpus)
    assert [p.text for p in article.paragraphs][1:] == ["The bank kept its rate at 4% on Tuesday."]


def test_a_first_paragraph_that_only_starts_like_the_headline_stays(corpus: Path) -> None:
    (corpus / "a.txt").write_text(
        "Rates Hold Again\n\nRates hold again, the bank said, for a third month.\n\n"
        "Traders had expected it.\n"
    )
    article = _one(corpus / "a.txt", corpus)
    assert article.paragraphs[1].text.startswith("Rates hold again, the bank said")


def test_a_headline_with_nothing_after_it_is_kept_as_the_text(corpus: Path) -> None:
    (corpus / "a.json").write_text(json.dumps({"title": "Rates hold", "text": "Rates hold"}))
    article = _one(corpus / "a.json", corpus)
    assert "Rates hold" in article.text
