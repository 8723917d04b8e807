"""The Figures and Entities lists: drawn row by row, driven by keys and the mouse."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.app import ComposeResult
from textual.pilot import Pilot

from reader.corpus.model import ParagraphKind
from reader.extract.figures.display import format_figure
from reader.extract.model import EntityType, FigureKind
from reader.tui.app import ReaderApp
from reader.tui.messages import EntityChosen, FigureChosen
from reader.tui.widgets.line_list import LineList
from reader.tui.widgets.side_panel import EntityList, FigureList, SidePanel, bar

from .articles import make_article
from .conftest import jump_to_last_figure, settle
from .test_widgets import Harness as ReaderPanes

K = ParagraphKind
COUNT = 300


class Harness(ReaderPanes):
    """The side panel alone, filling the screen, so the mouse can reach every row."""

    def compose(self) -> ComposeResult:
        yield SidePanel(id="side")


def many_figures(count: int = COUNT):  # type: ignore[no-untyped-def]
    body = [(K.BODY, f"Line {i}: spending reached ${i + 1} million.") for i in range(count)]
    return make_article(
        paragraphs=[(K.TITLE, "Spending by line"), *body],
        figures=[(f"${i + 1} million", FigureKind.MONEY, (i + 1) * 1e6, "USD")
                 for i in range(count)],
    )


def screen_text(widget: LineList) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


def row_on_screen(widget: LineList, index: int) -> bool:
    top = index * widget.row_height
    return widget.scroll_y <= top and top + widget.row_height <= (
        widget.scroll_y + widget.scrollable_content_region.height)


async def show(pilot: Pilot, article) -> FigureList:  # type: ignore[no-untyped-def]
    pilot.app.query_one(SidePanel).show_article(article)
    figures = pilot.app.query_one(FigureList)
    figures.focus()
    await pilot.pause()
    return figures


async def test_keys_move_through_a_long_figure_list_and_it_scrolls_along() -> None:
    article = many_figures()
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        figures = await show(pilot, article)
        assert figures.highlighted == 0 and figures.scroll_y == 0
        await pilot.press("G")
        assert figures.highlighted == COUNT - 1
        assert figures.scroll_y == figures.max_scroll_y > 0
        await pilot.pause()
        assert any(line.startswith(format_figure(article.figures[-1])) for line in
                   screen_text(figures))
        await pilot.press("j")  # past the end: round to the first, as OptionList does
        assert figures.highlighted == 0 and figures.scroll_y == 0
        await pilot.press("k")
        assert figures.highlighted == COUNT - 1
        await pilot.press("g", "pagedown")
        page = figures.scrollable_content_region.height // figures.row_height
        assert figures.highlighted == page
        assert row_on_screen(figures, page)
        await pilot.press("down", "down", "up")
        assert figures.highlighted == page + 1
        await pilot.press("pageup")
        assert figures.highlighted == 1 and row_on_screen(figures, 1)
        await pilot.press("end", "home")
        assert figures.highlighted == 0
        await pilot.press("j", "j", "enter")
        chosen = article.figures[2]
        assert app.seen[-1] == FigureChosen(chosen.start, chosen.end)


async def test_only_the_rows_on_screen_are_formatted() -> None:
    article = many_figures()
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        figures = app.query_one(FigureList)
        formatted: list[int] = []
        lines = figures.row_lines
        figures.row_lines = lambda index, width: formatted.append(index) or lines(index, width)
        await show(pilot, article)
        visible = figures.scrollable_content_region.height // figures.row_height + 1
        assert formatted and max(formatted) < visible
        formatted.clear()
        await pilot.press("G")
        await pilot.pause()
        assert formatted and min(formatted) >= COUNT - visible


async def test_a_click_picks_the_figure_under_the_mouse() -> None:
    article = many_figures(20)
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        figures = await show(pilot, article)
        await pilot.click(FigureList, offset=(3, 5))  # row 2: its detail line
        assert figures.highlighted == 2
        assert app.seen[-1] == FigureChosen(article.figures[2].start, article.figures[2].end)
        await pilot.hover(FigureList, offset=(3, 8))
        await pilot.pause()
        hover = figures.get_visual_style("line-list--option", "line-list--option-hover")
        hovered, plain = (next(iter(figures.render_line(y))).style for y in (8, 12))
        assert hovered.bgcolor == hover.rich_style.bgcolor != plain.bgcolor


async def test_rows_are_cut_to_the_panel_and_recut_on_a_resize() -> None:
    article = make_article(
        paragraphs=[(K.TITLE, "Costs"), (K.BODY, "It cost $5 million and later $9 million.")],
        figures=[("$5 million", FigureKind.MONEY, 5e6, "USD"),
                 ("$9 million", FigureKind.MONEY, 9e6, "USD")],
    )
    app = Harness()
    async with app.run_test(size=(140, 30)) as pilot:
        figures = await show(pilot, article)
        wide = figures.scrollable_content_region.width
        first, detail = screen_text(figures)[:2]
        assert len(first) == wide and first.startswith("US$5 m")
        assert first.rstrip().endswith(bar(5 / 9).rstrip())  # against its peer, 9
        assert detail.strip() == "money · amount"
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        narrow = figures.scrollable_content_region.width
        assert narrow < wide
        first = screen_text(figures)[0]
        assert len(first) == narrow and first.startswith("US$5 m")


async def test_an_article_without_figures_says_so() -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        figures = await show(pilot, make_article())
        assert screen_text(figures)[0].startswith("No figures in this article.")
        assert figures.highlighted is None
        await pilot.press("j", "enter")
        assert not any(isinstance(m, FigureChosen) for m in app.seen)


async def test_entity_headings_are_skipped_and_enter_chooses_the_entity() -> None:
    article = make_article(
        paragraphs=[(K.TITLE, "Meeting"), (K.BODY, "Ann Lee met Acme Corp staff. Ann Lee left.")],
        entities=[("Ann Lee", EntityType.PERSON), ("Acme Corp", EntityType.ORG)],
    )
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.query_one(SidePanel)
        panel.show_article(article)
        panel.show_tab("entities")
        entities = app.query_one(EntityList)
        entities.focus()
        await pilot.pause()
        lines = screen_text(entities)
        assert lines[0].startswith("PERSON") and lines[2].startswith("ORGANISATION")
        assert lines[1].startswith("  Ann Lee  ×1")
        assert entities.highlighted == 1
        await pilot.press("j")
        assert entities.highlighted == 3  # over the ORGANISATION heading
        await pilot.press("j")
        assert entities.highlighted == 1  # round the end, over the PERSON heading
        await pilot.press("k")
        assert entities.highlighted_option.id == "ORG:Acme Corp"
        await pilot.press("enter")
        assert app.seen[-1] == EntityChosen(EntityType.ORG, "Acme Corp")
        await pilot.click(EntityList, offset=(2, 0))  # a heading: nothing happens
        assert entities.highlighted == 3


async def test_enter_on_the_last_of_many_figures_jumps_the_article_there(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [f"In district {i} the council spent ${i + 1} million on roads." for i in range(200)]
    (corpus / "budget.txt").write_text("Road budget by district\n\n" + "\n\n".join(lines),
                                       encoding="utf-8")
    app = ReaderApp(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        view = app.main.view
        assert view.article is not None
        figures = view.article.figures
        assert len(figures) >= 100
        await jump_to_last_figure(pilot, view)


async def test_the_highlighted_figure_shows_its_label_in_full() -> None:
    from dataclasses import replace

    from textual.widgets import Static

    long_label = "average price of a detached family home in the capital region"
    article = make_article(
        paragraphs=[(K.TITLE, "Homes"), (K.BODY, "It reached £530,000 and later £9 million.")],
        figures=[("£530,000", FigureKind.MONEY, 530_000, "GBP"),
                 ("£9 million", FigureKind.MONEY, 9e6, "GBP")],
    )
    article = replace(article, figures=(replace(article.figures[0], label=long_label),
                                        article.figures[1]))
    app = Harness()
    async with app.run_test(size=(60, 30)) as pilot:
        figures = await show(pilot, article)
        detail_row = screen_text(figures)[1]
        assert detail_row.rstrip().endswith("…")  # the list cuts the label to its width,
        shown_words = detail_row.split("·", 1)[1].strip(" …")
        assert long_label.startswith(shown_words)
        assert long_label[len(shown_words)] == " "  # after a whole word
        shown = app.query_one("#figure-detail", Static)
        assert shown.display
        assert long_label in str(shown.render()).replace("\n", " ")  # the detail holds it all
        assert "£530,000" in str(shown.render())
        await pilot.press("j")
        await pilot.pause()
        assert "£9 million" in str(shown.render()) and long_label not in str(shown.render())
        app.query_one(SidePanel).show_article(make_article())  # no figures: no detail
        await pilot.pause()
        assert not shown.display


async def test_a_label_that_only_repeats_the_kind_is_left_out() -> None:
    article = make_article(
        paragraphs=[(K.TITLE, "Costs"), (K.BODY, "It cost $5 million.")],
        figures=[("$5 million", FigureKind.MONEY, 5e6, "USD")],
    )
    # What a figure with no words around it falls back to: its kind.
    article = dataclasses.replace(
        article, figures=(dataclasses.replace(article.figures[0], label="money"),)
    )
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        figures = await show(pilot, article)
        assert screen_text(figures)[1].strip() == "money"
