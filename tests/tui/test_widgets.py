"""The panes on their own, fed hand-built articles."""

from __future__ import annotations

from datetime import date

from textual.app import App, ComposeResult

from reader.corpus.model import ParagraphKind
from reader.extract.model import EntityType, FigureKind
from reader.index.model import ArticleSummary
from reader.paths import stylesheet_path
from reader.tui.messages import ArticleChosen, EntityChosen, FigureChosen
from reader.tui.widgets.article_list import ArticleList, title_lines
from reader.tui.widgets.article_view import ArticleView, EntityLegend, entity_class
from reader.tui.widgets.side_panel import SidePanel, bar, comparable_scale, entity_counts

from .articles import make_article

K = ParagraphKind


class Harness(App[None]):
    CSS_PATH = str(stylesheet_path())

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[object] = []

    def compose(self) -> ComposeResult:
        yield ArticleList(id="article-list")
        yield ArticleView(id="article")
        yield EntityLegend(id="legend")
        yield SidePanel(id="side")

    def on_article_chosen(self, message: ArticleChosen) -> None:
        self.seen.append(message)

    def on_figure_chosen(self, message: FigureChosen) -> None:
        self.seen.append(message)

    def on_entity_chosen(self, message: EntityChosen) -> None:
        self.seen.append(message)


def long_article():
    body = [(K.BODY, f"Paragraph {i} mentions Jane Roe and costs {i} dollars. " * 6)
            for i in range(40)]
    return make_article(
        paragraphs=[(K.TITLE, "Budget [draft] under review"), *body,
                    (K.CAPTION, "Photo: a [/b] caption")],
        entities=[("Jane Roe", EntityType.PERSON)],
    )


async def test_text_goes_in_verbatim_never_as_markup() -> None:
    app = Harness()
    async with app.run_test(size=(100, 40)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(long_article())
        await pilot.pause()
        assert "Budget [draft] under review" in view.visible_text()
        view.action_bottom()
        await pilot.pause()
        assert "Photo: a [/b] caption" in view.visible_text()


async def test_passage_cursor_moves_and_scrolls_into_view() -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(long_article())
        view.focus()
        await pilot.pause()
        assert view.paragraph == 0
        for _ in range(12):
            await pilot.press("j")
        await pilot.pause()
        assert view.paragraph == 12
        assert view.scroll_y > 0
        assert "Paragraph 11 " in view.visible_text()
        await pilot.press("k", "up")
        assert view.paragraph == 10
        await pilot.press("g")
        assert view.paragraph == 0 and view.scroll_y == 0
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y


async def test_any_offset_maps_to_a_line_and_survives_a_resize() -> None:
    article = long_article()
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(article)
        await pilot.pause()
        target = article.text.index("Paragraph 30 ")
        view.scroll_to_offset(target)
        await pilot.pause()
        assert "Paragraph 30 " in view.visible_text()
        assert view.paragraph == 31  # paragraph 0 is the headline
        await pilot.resize_terminal(70, 30)
        await pilot.pause()
        assert "Paragraph 30 " in view.visible_text()


async def test_entity_colours_toggle_and_legend() -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        legend = app.query_one(EntityLegend)
        article = long_article()
        view.show_article(article)
        legend.show_for(view)
        await pilot.pause()
        person = view.get_component_rich_style(entity_class(EntityType.PERSON))
        line = view.line_of_offset(article.paragraphs[1].start)  # the first body line
        strip = view.render_line(line - int(view.scroll_y))
        assert any(seg.text == "Jane Roe" and seg.style.color == person.color
                   for seg in strip)
        assert "person" in str(legend.content)
        view.set_show_entities(False)
        legend.show_for(view)
        strip = view.render_line(line - int(view.scroll_y))
        assert not any(seg.text == "Jane Roe" for seg in strip)
        assert "off" in str(legend.content)


async def test_matches_are_marked_and_the_current_one_scrolled_to() -> None:
    article = long_article()
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(article)
        await pilot.pause()
        start = article.text.index("Paragraph 35 ")
        view.set_matches([(10, 14), (start, start + 9)], current=1)
        await pilot.pause()
        assert view.match_count == 2 and view.current_match == 1
        assert "Paragraph 35 " in view.visible_text()


async def test_a_megabyte_article_opens_and_scrolls_to_its_end() -> None:
    words = "reading a very long article in a terminal window " * 20
    paragraphs = [(K.BODY, f"{i} {words}") for i in range(1100)]
    article = make_article(paragraphs=[(K.TITLE, "Huge"), *paragraphs])
    assert len(article.text) > 1_000_000
    app = Harness()
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(article)
        await pilot.pause()
        view.scroll_to_offset(article.text.index("1099 reading"))
        await pilot.pause()
        assert "1099 reading" in view.visible_text()


async def test_raw_view_shows_the_file_text() -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(long_article())
        view.set_raw(True, "RAW FILE\nsecond [b]line")
        await pilot.pause()
        assert view.visible_text().splitlines()[:2] == ["RAW FILE", "second [b]line"]
        view.set_raw(False)
        assert "Budget [draft]" in view.visible_text()


async def test_article_list_renders_rows_and_opens_on_move() -> None:
    rows = [ArticleSummary(f"{i}.txt", f"Title {i}", date(2024, 1, 1 + i % 28) if i % 3 else None,
                           "Wire" if i % 2 else None, f"{i}.txt") for i in range(20_000)]
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_rows(rows)
        article_list.set_read({"1.txt"})
        article_list.focus()
        await pilot.pause()
        # A title line each, and a meta line unless a row has neither date nor source.
        assert article_list.virtual_size.height == 20_000 + sum(
            1 for i in range(20_000) if i % 3 or i % 2)
        await pilot.press("j")
        await pilot.press("j")
        assert [m.article_id for m in app.seen] == ["0.txt", "1.txt"]
        await pilot.press("G")
        assert app.seen[-1].article_id == "19999.txt"
        assert article_list.scroll_y == article_list.max_scroll_y
        line = article_list.render_line(article_list.scrollable_content_region.height - 1)
        assert "2024-" in line.text  # row 19,999 is dated
        article_list.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        # Row 3 is undated with a source, row 0 has neither: no "undated" in either,
        # and row 0 spends no line on nothing.
        assert article_list.render_line(6).text.strip() == "Wire"
        assert article_list.render_line(0).text.strip() == "Title 0"
        assert article_list.render_line(1).text.strip() == "Title 1"
        article_list.select("5.txt")
        assert article_list.cursor == 5 and app.seen[-1].article_id == "19999.txt"


def test_a_long_title_wraps_between_words_onto_a_second_line() -> None:
    title = "Prime Minister Calls Snap Election For June After Weeks Of Speculation"
    lines = title_lines(title, 30)
    assert lines == ["Prime Minister Calls Snap", "Election For June After Weeks…"]
    assert all(len(line) <= 30 for line in lines)
    assert title_lines(title, 80) == [title]
    assert title_lines("Short", 5) == ["Short"]
    # A word wider than the line is cut; what follows goes on the second line.
    assert title_lines("Supercalifragilistic news", 10) == ["Supercalif", "ragilisti…"]


async def test_article_list_rows_show_whole_titles_over_two_lines() -> None:
    long_title = "Chancellor Sets Out A Plan For Schools"
    rows = [ArticleSummary("a.txt", long_title, date(2024, 3, 1), "Wire", "a.txt"),
            ArticleSummary("b.txt", "Short", None, "Wire", "b.txt")]
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_rows(rows)
        await pilot.pause()
        width = article_list.scrollable_content_region.width
        assert width - 2 < len(long_title) < 2 * (width - 2) - 5  # two lines, not one
        lines = [article_list.render_line(y).text.strip() for y in range(5)]
        assert " ".join(lines[:2]) == long_title
        assert lines[2:] == ["2024-03-01 · Wire", "Short", "Wire"]
        assert article_list.row_lines(1) == (3, 2)
        await pilot.click(ArticleList, offset=(3, 4))  # the second row's meta line
        assert app.seen[-1].article_id == "b.txt"


async def test_figures_tab_posts_the_chosen_figure() -> None:
    article = make_article(
        paragraphs=[(K.TITLE, "Sales"), (K.BODY, "Sales were $5 million, then $9 million.")],
        figures=[("$5 million", FigureKind.MONEY, 5e6, "USD"),
                 ("$9 million", FigureKind.MONEY, 9e6, "USD")],
        entities=[("Sales", EntityType.ORG)],
    )
    app = Harness()
    async with app.run_test(size=(100, 40)) as pilot:
        panel = app.query_one(SidePanel)
        panel.show_article(article)
        app.query_one("#figures").focus()
        await pilot.press("j", "enter")
        assert app.seen[-1] == FigureChosen(article.figures[1].start, article.figures[1].end)
        panel.show_tab("entities")
        app.query_one("#entities").focus()
        await pilot.press("enter")
        assert app.seen[-1] == EntityChosen(EntityType.ORG, "Sales")


def test_bars_compare_only_like_with_like() -> None:
    article = make_article(
        paragraphs=[(K.BODY, "Up 5% to $2 million and 10% later, 3 workers.")],
        figures=[
            ("5%", FigureKind.PERCENT, 5, "%"),
            ("$2 million", FigureKind.MONEY, 2e6, "USD"),
            ("10%", FigureKind.PERCENT, 10, "%"),
            ("3 workers", FigureKind.COUNT, 3, "worker"),
        ],
    )
    scale = comparable_scale(article.figures)
    assert scale == {0: 0.5, 2: 1.0}
    assert bar(1.0, 4) == "████" and bar(0.5, 4) == "██  " and bar(0.0, 4) == "    "


def test_entity_counts_group_by_type_most_mentioned_first() -> None:
    article = make_article(
        paragraphs=[(K.BODY, "Ann met Bob. Bob left."), (K.BODY, "Bob and Oslo.")],
    )
    from reader.extract.model import Entity

    text = article.text
    ents = (Entity(0, 3, "Ann", EntityType.PERSON, "Ann"),
            Entity(8, 11, "Bob", EntityType.PERSON, "Bob"),
            Entity(13, 16, "Bob", EntityType.PERSON, "Bob"),
            Entity(text.index("Oslo"), text.index("Oslo") + 4, "Oslo", EntityType.GPE, "Oslo"))
    assert entity_counts(ents) == {EntityType.PERSON: [("Bob", 2), ("Ann", 1)],
                                   EntityType.GPE: [("Oslo", 1)]}


async def test_a_paragraph_taller_than_the_pane_is_read_through_before_moving_on() -> None:
    tall = " ".join(f"word{i}" for i in range(3000))
    article = make_article(paragraphs=[(K.TITLE, "Tall"), (K.BODY, tall), (K.BODY, "After.")])
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.show_article(article)
        view.focus()
        await pilot.pause()
        await pilot.press("j")
        assert view.paragraph == 1
        top = view.scroll_y
        await pilot.press("j")
        assert view.paragraph == 1 and view.scroll_y > top
        for _ in range(100):
            await pilot.press("j")
        assert view.paragraph == 2
        assert "After." in view.visible_text()
