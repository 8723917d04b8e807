"""Everything one person said across the corpus (`w` on an entity), newest first.

The quotations come from the index in a thread worker; the screen dismisses
with the one to open (Enter) and the main screen opens the article at it.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from reader.index.model import QuotedBy
from reader.tui import keymap
from reader.tui.widgets.footer import ReaderFooter

QUOTE_CHARS = 400


def quoted_prompt(item: QuotedBy) -> Text:
    """The words, then the article they are in and when."""
    quote = item.quote
    words = " ".join(quote.text.split())
    if len(words) > QUOTE_CHARS:
        words = words[: QUOTE_CHARS - 1] + "…"
    text = Text(f"“{words}”", style="italic")
    when = item.article.published.isoformat() if item.article.published else "undated"
    title = " ".join(item.article.title.split()) or item.article.id
    kind = f"{quote.kind.value}, {quote.verb}" if quote.verb else quote.kind.value
    text.append(f"\n  {title} — {when} ({kind})", style="dim")
    return text


class QuotesScreen(Screen[QuotedBy | None]):
    """One person's quotations in every article of the corpus."""

    BINDINGS = keymap.QUOTES_VIEW
    DEFAULT_CSS = """
    QuotesScreen { layout: vertical; }
    #quotes-header { height: 1; padding: 0 1; background: $panel; }
    #quotes-list { height: 1fr; border: none; padding: 0 1; }
    #quotes-empty { padding: 1 2; color: $text-muted; }
    """

    def __init__(self, person: str, load: Callable[[str], list[QuotedBy]]) -> None:
        super().__init__()
        self.person = person
        self._load = load
        self.items: list[QuotedBy] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Quotes of {self.person} — reading…"), id="quotes-header")
        yield OptionList(id="quotes-list")
        yield Static("", id="quotes-empty")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one("#quotes-empty", Static).display = False
        self._fetch()

    @work(
        thread=True,
        exclusive=True,
        group="quotes",
        exit_on_error=False,
        description="Reading a person's quotations from the index.",
    )
    def _fetch(self) -> None:
        items = self._load(self.person)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, items)

    def _show(self, items: list[QuotedBy]) -> None:
        self.items = items
        articles = len({item.article.id for item in items})
        noun = "quote" if len(items) == 1 else "quotes"
        where = "article" if articles == 1 else "articles"
        header = (
            f"Quotes of {self.person} — {len(items)} {noun} in {articles} {where}, newest first"
        )
        self.query_one("#quotes-header", Static).update(Text(header))
        options = self.query_one("#quotes-list", OptionList)
        options.clear_options()
        options.add_options([Option(quoted_prompt(item)) for item in items])
        empty = self.query_one("#quotes-empty", Static)
        empty.update(f"The corpus quotes nothing by {self.person}.")
        empty.display = not items
        options.display = bool(items)
        if items:
            options.highlighted = 0
            options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        index = self.query_one("#quotes-list", OptionList).highlighted
        if index is not None and 0 <= index < len(self.items):
            self.dismiss(self.items[index])

    def action_cursor_down(self) -> None:
        self.query_one("#quotes-list", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#quotes-list", OptionList).action_cursor_up()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The app holds the one error handler; Worker.StateChanged does not bubble.
        self.app.worker_state_changed(event.worker, event.state)  # type: ignore[attr-defined]

    def action_close(self) -> None:
        self.dismiss(None)
