"""An article laid out in lines, and its offset <-> line maps: plain unit tests, no app."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from reader.corpus.model import ParagraphKind
from reader.tui.article_layout import ArticleLayout, Block, article_blocks, date_label

from .articles import make_article

K = ParagraphKind


def laid_out(article, width: int = 40) -> ArticleLayout:  # type: ignore[no-untyped-def]
    layout = ArticleLayout.of_article(article)
    layout.wrap(width)
    return layout


def texts(layout: ArticleLayout) -> list[str]:
    return [layout.line_text(y) for y in range(layout.line_count)]


def test_a_stated_headline_comes_first_with_the_byline_under_it() -> None:
    article = replace(make_article(), author="Ann Lee")
    blocks = article_blocks(article)
    assert [b.role for b in blocks] == ["title", "meta", "body", "body"]
    assert blocks[0] == Block("A headline about things", "title", 0, 0)
    assert blocks[1].text == "Example Daily · 2024-03-05 · by Ann Lee"
    assert blocks[1].start is None and blocks[1].paragraph is None
    assert [b.paragraph for b in blocks[2:]] == [1, 2]


def test_a_derived_title_is_shown_but_is_not_a_passage() -> None:
    article = make_article(
        paragraphs=[(K.BODY, "Only a body."), (K.CAPTION, "A caption.")],
        published=None,
        source=None,
    )
    layout = laid_out(article)
    assert [(b.role, b.start) for b in layout.blocks] == [
        ("title", None),
        ("meta", None),
        ("body", 0),
        ("caption", 14),
    ]
    assert layout.blocks[1].text == ""  # no source, no date, no author
    assert layout.stops == [2, 3]
    assert [layout.paragraph_of_stop(i) for i in range(2)] == [0, 1]


def test_blocks_are_wrapped_with_a_blank_line_between_them() -> None:
    article = make_article(
        paragraphs=[
            (K.TITLE, "Short title"),
            (K.BODY, "one two three four five six seven eight nine ten"),
        ]
    )
    layout = laid_out(article, width=20)
    assert texts(layout) == [
        "Short title",
        "",
        "Example Daily ·",
        "2024-03-05",
        "",
        "one two three four",
        "five six seven eight",
        "nine ten",
    ]
    assert layout.stop_lines(0) == (0, 1) and layout.stop_lines(1) == (5, 3)
    assert layout.text().splitlines()[5:] == texts(layout)[5:]
    assert layout.line_text(-1) == layout.line_text(99) == ""


def test_a_raw_file_is_a_block_per_line_without_gaps_or_offsets() -> None:
    layout = ArticleLayout.of_raw("FIRST\n\nthird [b]line")
    layout.wrap(40)
    assert texts(layout) == ["FIRST", "", "third [b]line"]
    assert layout.stops == [0, 2]  # lines with text
    assert layout.paragraph_of_stop(0) is None
    assert not layout.has_offsets
    assert layout.line_of_offset(0) is None
    assert layout.offset_at(0, 0, forward=True) is None


def test_a_notice_is_one_line_and_no_passage() -> None:
    layout = ArticleLayout.of_notice("No article open.")
    layout.wrap(40)
    assert texts(layout) == ["No article open."]
    assert layout.stops == [] and layout.stop_at_line(0) is None


def test_nothing_laid_out_answers_nothing() -> None:
    layout = ArticleLayout([])
    assert layout.width == 0 and layout.line_count == 0
    assert layout.line_of_offset(5) is None
    assert layout.offset_at(3, 3, forward=False) is None
    assert layout.offset_from(0) is None
    assert layout.first_stop_between(0, 10) is None


def test_offsets_between_paragraphs_belong_to_the_line_before() -> None:
    article = make_article()
    layout = laid_out(article)
    first, second = article.paragraphs[1], article.paragraphs[2]
    last_line = layout.line_of_offset(first.end - 1)
    assert layout.line_of_offset(first.end) == last_line  # in the blank separator
    assert layout.line_of_offset(second.start) == last_line + 2
    assert layout.line_of_offset(10**9) == layout.line_of_offset(second.end - 1)


def test_off_the_text_a_point_moves_to_the_nearest_text_in_its_direction() -> None:
    article = make_article()
    layout = laid_out(article)
    byline_line = 2  # title, gap, byline
    assert layout.line_text(byline_line).startswith("Example Daily")
    body = article.paragraphs[1]
    # Forward (a selection's start): the next line of the article's text.
    assert layout.offset_at(7, byline_line, forward=True) == body.start
    # Backward (a selection's end): the end of the previous line of text, the headline.
    headline = article.paragraphs[0]
    assert layout.offset_at(7, byline_line, forward=False) == headline.end
    # Columns past the line's end stop at its end; rows past the text at the last line.
    line = layout.line_of_offset(body.start)
    assert layout.offset_at(999, line, forward=True) == body.end
    last = article.paragraphs[-1]
    assert layout.offset_at(0, 999, forward=True) == layout.offset_at(0, 999, forward=False)
    assert layout.offset_at(999, 999, forward=False) == last.end


def test_the_place_kept_across_a_rewrap_is_the_first_text_at_or_below_the_top() -> None:
    article = make_article()
    layout = laid_out(article)
    assert layout.offset_from(0) == 0  # the headline is the article's first paragraph
    assert layout.offset_from(1) == article.paragraphs[1].start  # below it: gap, byline
    derived = laid_out(make_article(paragraphs=[(K.BODY, "Body only.")]))
    assert derived.offset_from(0) == 0  # past the derived title and the byline


def test_lines_tell_their_passage() -> None:
    article = make_article()
    layout = laid_out(article)
    assert [layout.stop_at_line(y) for y in range(layout.line_count)] == [
        0,
        None,
        None,
        None,
        1,
        None,
        2,
    ]
    assert layout.first_stop_between(1, 10) == 1
    assert layout.first_stop_between(1, 4) is None
    assert layout.stop_of_paragraph(2) == 2
    assert layout.stop_of_paragraph(7) is None


def test_date_label_is_the_iso_date_or_nothing() -> None:
    summary = make_article().summary
    assert date_label(summary) == "2024-03-05"
    assert date_label(replace(summary, published=None)) == ""
    assert date_label(replace(summary, published=date(1999, 12, 31))) == "1999-12-31"


WORDS = st.text(alphabet="abcdefgh é中", min_size=1, max_size=12)
PARAGRAPHS = st.lists(
    st.lists(WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=6
)


@given(paragraphs=PARAGRAPHS, width=st.integers(min_value=1, max_value=60))
def test_every_offset_of_the_text_is_on_the_line_that_shows_it(
    paragraphs: list[str], width: int
) -> None:
    article = make_article(paragraphs=[(K.BODY, text) for text in paragraphs])
    layout = laid_out(article, width)
    for index, paragraph in enumerate(article.paragraphs):
        for offset in range(paragraph.start, paragraph.end):
            y = layout.line_of_offset(offset)
            assert y is not None
            line = layout.lines[y]
            block = layout.blocks[line.block]
            assert block.paragraph == index
            assert block.start + line.start <= offset
            assert offset < block.start + line.end
            # And back: the point at that column of that line is the same offset.
            column = offset - block.start - line.start
            assert layout.offset_at(column, y, forward=True) == offset
            assert layout.stop_at_line(y) == layout.stop_of_paragraph(index)
