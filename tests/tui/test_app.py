"""The app on the seeds corpus, driven by key presses as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message

from reader import paths
from reader.commands import open as open_command
from reader.extract.model import FigureKind
from reader.index.schema import ENTITY_FIELDS
from reader.tui.app import ReaderApp
from reader.tui.messages import EntityChosen
from reader.tui.screens.help import HelpScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.header import ReaderHeader
from reader.tui.widgets.side_panel import FigureList

from .conftest import SEEDS, jump_to_last_figure, settle

SIZE = (120, 40)


def parts(app: ReaderApp) -> tuple[ArticleList, ArticleView, ReaderHeader]:
    screen = app.main
    return screen.article_list, screen.view, screen.header


def header_text(app: ReaderApp) -> str:
    return parts(app)[2].render_state().plain


def panel_text(panel: FigureList) -> list[str]:
    return [panel.render_line(y).text for y in range(panel.scrollable_content_region.height)]


def notifications(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


def write_config(text: str) -> None:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")


async def test_opens_the_seeds_newest_first_on_the_first_article() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        rows = article_list.rows
        assert len(rows) == len(list(SEEDS.glob("*.txt")))
        assert f"{len(rows)} articles" in header_text(app)
        dated = [r.published for r in rows if r.published]
        assert dated == sorted(dated, reverse=True)
        assert view.article is not None and view.article.summary.id == rows[0].id
        assert article_list.cursor == 0
        assert str(SEEDS) not in header_text(app)


async def test_next_and_previous_article_from_any_pane() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        await pilot.press("J")
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[1].id
        await pilot.press("tab")  # into the article text
        assert app.focused is view
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[2].id
        assert article_list.cursor == 2
        await pilot.press("K", "left_square_bracket")
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[0].id
        # Passing over articles does not read them (a few seconds open, or scrolling, does).
        assert not article_list.read_ids


async def test_passage_cursor_moves_with_j_and_k() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, view, _ = parts(app)
        await pilot.press("2")
        assert app.focused is view
        await pilot.press("j", "j", "down")
        assert view.paragraph == 3
        await pilot.press("k")
        assert view.paragraph == 2
        await pilot.press("G")
        assert view.paragraph == len(view.article.paragraphs) - 1
        await pilot.press("g")
        assert view.paragraph == 0


async def test_choosing_a_figure_scrolls_to_it_and_flashes_it() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        # The article with the most figures, so that the last one is off screen.
        best = max(range(len(article_list.rows)),
                   key=lambda i: len(app.main.library.article(article_list.rows[i].id).figures))
        article_list.move_to(best)
        await settle(pilot)
        await jump_to_last_figure(pilot, view)
        # Not only dates: the panel lists the money, counts and shares the article states
        # (each row's second line starts with its kind).
        panel = app.main.query_one(FigureList)
        await pilot.press("g")
        await pilot.pause()
        kinds = {line.split(" · ")[0].strip() for line in panel_text(panel)[1::2]}
        assert kinds <= {k.value for k in FigureKind} and kinds - {"date"}


async def test_entity_filter_from_the_entities_tab_and_escape_clears() -> None:
    app = ReaderApp(SEEDS)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        article_list, _, _ = parts(app)
        total = len(article_list.rows)
        await pilot.press("4", "enter")
        await settle(pilot)
        # One message, handled on its way up from the list to the screen.
        [chosen] = {id(m): m for m in seen if isinstance(m, EntityChosen)}.values()
        kind, name = chosen.type, chosen.canonical
        assert f"{ENTITY_FIELDS[kind]}: {name}" in header_text(app)
        assert 1 <= len(article_list.rows) <= total
        for row in article_list.rows:
            stored = app.main.library.article(row.id)
            assert any(e.canonical == name and e.type == kind for e in stored.entities)
        await pilot.press("escape")
        await settle(pilot)
        assert len(article_list.rows) == total
        assert "filter" not in header_text(app)


async def test_entity_colours_and_raw_view_toggle() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, view, _ = parts(app)
        assert view.show_entities
        await pilot.press("e")
        assert not view.show_entities
        await pilot.press("r")
        await settle(pilot)
        assert view.raw_mode
        raw = app.main.library.raw_text(view.article.summary.id)
        first_line = raw.strip().splitlines()[0][:30]
        assert first_line in view.visible_text()
        await pilot.press("r")
        assert not view.raw_mode


async def test_a_remapped_key_works_and_shows_in_help() -> None:
    write_config('[keys]\n"reader.next_article" = "ctrl+n"\n')
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[1].id
        await pilot.press("J")  # the old key no longer moves
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[1].id
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = [row for _, group in app.screen.rows for row in group]
        assert ("ctrl+n", "Next article") in rows
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        assert not notifications(app)


@pytest.mark.parametrize(
    "config",
    ["[keys\nbroken", 'theme = "no-such-theme"', '[keys]\n"reader.next_article" = "ctrl+"'],
)
async def test_a_bad_config_warns_and_keeps_the_defaults(config: str) -> None:
    write_config(config)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        assert any("config.toml" in n for n in notifications(app))
        assert app.theme == "textual-dark"
        await pilot.press("J")
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[1].id


async def test_theme_from_config() -> None:
    write_config('theme = "textual-light"\n')
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"


async def test_restart_lands_on_the_last_article_and_passage() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        await pilot.press("J", "J")
        await settle(pilot)
        await pilot.press("2", "j", "j")
        chosen = view.article.summary.id
        await pilot.press("q")
    again = ReaderApp(SEEDS)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(again)
        assert view.article.summary.id == chosen
        assert article_list.current.id == chosen
        assert view.paragraph == 2
        assert article_list.read_ids == {chosen}  # scrolled through; the others passed over


async def test_unwritable_data_dir_still_reads_and_says_saving_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv(paths.ENV_DATA, str(blocker / "data"))
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, view, _ = parts(app)
        assert view.article is not None
        assert "saving off" in header_text(app)
        await pilot.press("J")
        await settle(pilot)
        assert any("Saving is off" in n for n in notifications(app))


async def test_a_failing_worker_is_one_line_and_a_log_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.index import library

    def broken(self, article_id):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(library.Library, "article", broken)
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = notifications(app)
        assert any("disk on fire" in m and "\n" not in m for m in messages)
        assert (paths.state_dir() / "errors.log").read_text().count("RuntimeError") >= 1
        _, view, _ = parts(app)
        assert "could not be read" in view.visible_text()


async def test_help_lists_every_binding() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        described = {text for _, group in app.screen.rows for _, text in group}
        for _, bindings in app.help_groups():
            for binding in bindings:
                assert binding.description in described
        assert ("?", "Keys") in app.screen.rows[0][1]


async def test_every_action_is_in_the_command_palette() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for expected in ("Next article", "Entity colours", "Raw text", "Clear filter",
                         "Article: Next passage", "List: Top"):
            assert expected in titles


def test_open_command_refuses_a_missing_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    code = open_command.run(argparse.Namespace(corpus=tmp_path / "nowhere"))
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "nowhere" in err


async def test_clicking_a_row_opens_that_article() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list, view, _ = parts(app)
        await pilot.click(ArticleList, offset=(5, 4))  # the third article's title
        await settle(pilot)
        assert view.article.summary.id == article_list.rows[2].id
        assert article_list.cursor == 2


@pytest.mark.fresh_index
async def test_another_process_holding_the_index_means_read_only() -> None:
    from reader.index.library import Library

    holder = Library.open(SEEDS)
    holder.update()
    try:
        app = ReaderApp(SEEDS)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "read-only" in header_text(app)
            _, view, _ = parts(app)
            assert view.article is not None
    finally:
        holder.close()


@pytest.mark.fresh_index
async def test_indexing_progress_is_shown_then_hidden() -> None:
    from reader.tui.widgets.header import IndexProgress

    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        progress = app.main.query_one(IndexProgress)
        assert not progress.display
        app.main._progress(3, 10, "folder/file.txt")
        await pilot.pause()
        assert progress.display
        assert "3 of 10 files" in str(progress.query_one("#index-label").content)


async def test_changing_theme_recolours_entities() -> None:
    from reader.extract.model import EntityType
    from reader.tui.widgets.article_view import entity_class

    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, view, _ = parts(app)
        article = view.article
        person = entity_class(EntityType.PERSON)
        people = {article.text[e.start : e.end] for e in article.entities
                  if e.type is EntityType.PERSON}

        def drawn_colours() -> set[object]:
            """The colours the people named on screen are drawn in."""
            return {segment.style.color
                    for y in range(view.scrollable_content_region.height)
                    for segment in view.render_line(y) if segment.text in people}

        before = view.get_component_rich_style(person).color
        assert drawn_colours() == {before}
        app.theme = "textual-light"
        await pilot.pause()
        after = view.get_component_rich_style(person).color
        assert after != before
        assert drawn_colours() == {after}


async def test_a_corpus_that_cannot_be_opened_is_one_line_not_a_crash(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    app = ReaderApp(gone)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("gone" in n and "\n" not in n for n in notifications(app))
        _, view, _ = parts(app)
        assert "could not be opened" in view.visible_text()
        assert "0 articles" in header_text(app)


async def test_a_resize_at_the_top_keeps_a_derived_headline_in_view() -> None:
    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.main.view
        assert view.article is not None and view.article.title_derived
        assert view.scroll_y == 0
        await pilot.resize_terminal(100, 40)
        await settle(pilot)
        assert view.scroll_y == 0


@pytest.mark.fresh_index
async def test_closing_the_app_releases_the_index_for_the_next_one() -> None:
    for _ in range(2):
        app = ReaderApp(SEEDS)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.main.library is not None and not app.main.library.read_only
            assert "read-only" not in header_text(app)


async def test_the_main_screen_provides_what_its_mixins_use() -> None:
    from reader.tui.screen_protocol import MainScreenProtocol

    app = ReaderApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.main, MainScreenProtocol)


async def test_a_tables_tabs_are_drawn_one_cell_each(tmp_path: Path) -> None:
    # A terminal moves its cursor to the next tab stop for a tab, leaving whatever the
    # screen held before between the cells: each tab must be drawn as a space.
    corpus = tmp_path / "charts"
    corpus.mkdir()
    (corpus / "album.txt").write_text(
        "Album reaches the charts\n\nThe record entered the charts in May.\n\n"
        "Chart\tPeak position\nUK Albums (OCC)\t9\nIrish Albums (IRMA)\t61\n",
        encoding="utf-8",
    )
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, view, _ = parts(app)
        lines = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any("UK Albums (OCC) 9" in line for line in lines)
        assert not any("\t" in line for line in lines)
