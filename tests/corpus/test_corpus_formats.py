"""One test per supported format: what comes out, and what must not."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from reader.corpus.loader import iter_corpus, load_file, read_file
from reader.corpus.model import Article, ParagraphKind, SkippedFile

from .conftest import assert_offsets_map

BODY_1 = (
    "The city council voted on Tuesday to approve a new budget of 3 million dollars for "
    "parks, officials said in a statement after a long meeting."
)
BODY_2 = (
    "Residents welcomed the decision, saying the parks had been neglected for years and "
    "needed urgent repairs before the summer season began."
)


def kinds(article: Article) -> list[ParagraphKind]:
    return [p.kind for p in article.paragraphs]


def test_txt_with_headline_and_blank_lines(load_one) -> None:
    article = load_one("news/parks.txt", f"Council Approves Parks Budget\n\n{BODY_1}\n\n{BODY_2}\n")
    assert article.id == "news/parks.txt"
    assert article.title == "Council Approves Parks Budget"
    assert not article.title_derived
    assert kinds(article) == [ParagraphKind.TITLE, ParagraphKind.BODY, ParagraphKind.BODY]
    # No source stated: the folder the file is in stands for it.
    assert article.published is None and article.source == "news"
    assert article.format == "txt"
    assert_offsets_map(article)


def test_txt_hard_wrapped_paragraphs_are_joined(load_one) -> None:
    wrapped = (
        "The city council voted on Tuesday to approve a new budget\n"
        "of 3 million dollars for parks, officials said in a\n"
        "statement after a long meeting at the town hall.\n\n"
        "Residents welcomed the decision, saying the parks had been\n"
        "neglected for years and needed urgent repairs before the\n"
        "summer season began.\n"
    )
    article = load_one("wrapped.txt", wrapped)
    assert [p.text.count("\n") for p in article.paragraphs] == [0, 0]
    assert article.paragraphs[0].text.startswith(
        "The city council voted on Tuesday to approve a new"
    )
    assert article.paragraphs[1].text.endswith("summer season began.")
    assert article.title_derived
    assert_offsets_map(article)


def test_txt_dateline_gives_source_and_byline_gives_author(load_one) -> None:
    text = (
        "Markets Rally on Rate Hopes\n\nBy Jane Doe | March 5, 2025\n\n"
        "LONDON, March 5 (Reuters) - Shares rose on Wednesday as investors bet on lower "
        "interest rates, with the main index up 2 percent by midday trading.\n\n"
        f"{BODY_2}\n\nSign up for our daily newsletter\n"
    )
    article = load_one("markets.txt", text)
    assert article.title == "Markets Rally on Rate Hopes"
    assert article.author == "Jane Doe"
    assert article.source == "Reuters"
    assert article.published == date(2025, 3, 5)
    assert "newsletter" not in article.text
    assert "Jane Doe" not in article.text
    assert_offsets_map(article)


def test_markdown_front_matter_and_markup(load_one) -> None:
    text = (
        "---\n"
        'title: "Parks Get a Boost"\n'
        "date: 2024-06-01\n"
        "source: Example Times\n"
        "url: https://example.org/parks\n"
        "author:\n  - Jane Doe\n  - John Roe\n"
        "---\n"
        "# Parks Get a Boost\n\n"
        f"{BODY_1}\n\n"
        "## Reaction\n\n"
        "Residents **welcomed** the decision, saying the [parks](https://example.org) had "
        "been neglected. ![a park](park.jpg)\n\n"
        "> This is a great day for the city and for everyone who lives here.\n\n"
        "- first point of the plan\n"
        "- second point of the plan\n"
    )
    article = load_one("parks.md", text)
    assert article.title == "Parks Get a Boost"
    assert article.published == date(2024, 6, 1)
    assert article.source == "Example Times"
    assert article.url == "https://example.org/parks"
    assert article.author == "Jane Doe, John Roe"
    assert kinds(article) == [
        ParagraphKind.TITLE,
        ParagraphKind.BODY,
        ParagraphKind.HEADING,
        ParagraphKind.BODY,
        ParagraphKind.QUOTE,
        ParagraphKind.BODY,
        ParagraphKind.BODY,
    ]
    texts = [p.text for p in article.paragraphs]
    assert texts[3] == ("Residents welcomed the decision, saying the parks had been neglected.")
    assert texts[4] == "This is a great day for the city and for everyone who lives here."
    assert texts[5] == "first point of the plan"
    assert "](" not in article.text and "**" not in article.text and "#" not in article.text
    assert article.paragraphs[0].raw_start == text.index("Parks Get a Boost\n")
    assert article.paragraphs[3].raw_start is None  # markup was removed
    assert article.paragraphs[4].raw_start == text.index("This is a great")
    assert article.format == "md"
    assert_offsets_map(article)


def test_markdown_without_front_matter_uses_first_heading(load_one) -> None:
    article = load_one("plain.md", f"Parks Get a Boost\n=================\n\n{BODY_1}\n")
    assert article.title == "Parks Get a Boost"
    assert article.published is None


HTML_PAGE = f"""<!DOCTYPE html>
<html><head><title>Parks Get a Boost | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Parks Get a Boost">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-01T10:00:00Z">
<script>var tracking = "SCRIPT-SECRET";</script>
<style>.nav {{ color: red }}</style></head>
<body>
<nav><ul><li><a href="/">NAV-HOME</a></li><li><a href="/world">NAV-WORLD</a></li></ul></nav>
<article>
<h1>Parks Get a Boost</h1>
<p>{BODY_1}</p>
<h2>Reaction</h2>
<p>{BODY_2}</p>
<blockquote>This is a great day for the city and for everyone who lives here, the mayor
said.</blockquote>
<p>The council will meet again next month to discuss the transport plan and other matters
raised by residents.</p>
</article>
<footer>FOOTER-TEXT Copyright 2024 Example Times.</footer>
<script>console.log("SCRIPT-TAIL")</script>
</body></html>
"""


def test_html_main_text_and_metadata(load_one) -> None:
    article = load_one("page.html", HTML_PAGE)
    assert article.title == "Parks Get a Boost"
    assert article.published == date(2024, 6, 1)
    assert article.source == "Example Times"
    assert article.author == "Jane Doe"
    assert article.format == "html"
    for chrome in ("NAV-HOME", "NAV-WORLD", "SCRIPT-SECRET", "SCRIPT-TAIL", "FOOTER-TEXT", "color"):
        assert chrome not in article.text
    assert BODY_1 in article.text and BODY_2 in article.text
    assert ParagraphKind.HEADING in kinds(article)
    assert ParagraphKind.QUOTE in kinds(article)
    assert article.text.count("Parks Get a Boost") == 1
    body = next(p for p in article.paragraphs if p.text == BODY_1)
    assert body.raw_start == HTML_PAGE.index(BODY_1)
    assert_offsets_map(article)


def test_html_fallback_when_main_text_is_too_small(load_one) -> None:
    page = "<html><body><nav>Menu items</nav><p>Short note.</p><script>x()</script></body></html>"
    article = load_one("tiny.htm", page)
    assert article.text == "Short note."
    assert article.title_derived


def _row(i: int, **extra: object) -> dict[str, object]:
    return {"title": f"Story Number {i}", "text": f"{BODY_1}\n\n{BODY_2}", **extra}


def test_json_list_of_articles(corpus: Path) -> None:
    rows = [
        _row(1, date="2024-06-01", source="Wire", url="https://e.org/1", author=["A B", "C D"]),
        _row(2, published="5 March 2025"),
    ]
    (corpus / "batch.json").write_text(json.dumps(rows), encoding="utf-8")
    result = load_file(corpus / "batch.json", corpus)
    assert isinstance(result, list)
    first, second = result
    assert (first.id, second.id) == ("batch.json#1", "batch.json#2")
    assert first.title == "Story Number 1"
    assert first.published == date(2024, 6, 1)
    assert (first.source, first.url, first.author) == ("Wire", "https://e.org/1", "A B, C D")
    assert second.published == date(2025, 3, 5)
    assert first.raw == f"{BODY_1}\n\n{BODY_2}"
    assert first.format == "json"
    assert_offsets_map(first)


def test_json_single_object(load_one) -> None:
    article = load_one("one.json", json.dumps({"headline": "One Story", "body": BODY_1}))
    assert article.id == "one.json"
    assert article.title == "One Story"
    assert article.text == f"One Story\n\n{BODY_1}"


def test_jsonl_keeps_good_rows_and_reports_bad_ones(corpus: Path) -> None:
    lines = [
        json.dumps(_row(1)),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "No text here"}),
        json.dumps(_row(6, content=None)),
    ]
    path = corpus / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_file(path, corpus)
    assert [a.id for a in result.articles] == ["feed.jsonl#1", "feed.jsonl#6"]
    assert [s.path.name for s in result.skipped] == [
        "feed.jsonl#2",
        "feed.jsonl#4",
        "feed.jsonl#5",
    ]
    reasons = [s.reason for s in result.skipped]
    assert reasons[0].startswith("line 2: invalid JSON")
    assert reasons[1] == "line 4: expected an article object, got a list"
    assert reasons[2].startswith("line 5: no article text")
    streamed = list(iter_corpus(corpus))
    assert [type(x) for x in streamed] == [Article, Article, SkippedFile, SkippedFile, SkippedFile]
    loaded = load_file(path, corpus)
    assert isinstance(loaded, list) and len(loaded) == 2
