"""The search bar: the query, the sort order, match position, and a message line.

The bar only edits and reports: it says what the user typed, submitted or
asked to close, and the screen runs the searches. The line under the input is
where everything about the query is told in place (a malformed query, a
partial result, a did-you-mean, the result count), so the user never has to
look elsewhere while typing.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

from reader.tui import keymap

HINT = "enter: results · ↑↓ earlier queries · ctrl+o: sort · ctrl+s: spelling · esc: close"
PLACEHOLDER = 'words, "a phrase", person:"Name", title:word, A OR B, -word'
HISTORY_SHOWN = 200


class SearchBar(Vertical):
    """Hidden until `/`; stays while a query is active so its state stays in view."""

    BINDINGS = keymap.SEARCH_BAR

    DEFAULT_CSS = """
    SearchBar { height: auto; background: $boost; padding: 0 1; display: none; }
    SearchBar #search-row { height: 1; }
    SearchBar #search-prompt { width: 2; color: $accent; text-style: bold; }
    SearchBar Input { border: none; height: 1; padding: 0; width: 1fr; background: $boost; }
    SearchBar Input:focus { border: none; background: $surface; }
    SearchBar #search-sort { width: auto; margin-left: 2; color: $text-muted; }
    SearchBar #search-status { width: auto; margin-left: 2; }
    SearchBar #search-message { height: 1; color: $text-muted; }
    SearchBar #search-message.error { color: $error; text-style: bold; }
    SearchBar #search-message.warning { color: $warning; }
    SearchBar #search-message.suggestion { color: $accent; }
    """

    @dataclass
    class Changed(Message):
        """The query text changed (each keystroke; the screen debounces)."""

        query: str

    @dataclass
    class Submitted(Message):
        """Enter: the user wants the results."""

        query: str

    class Closed(Message):
        """Escape: drop the query and go back to the whole corpus."""

    @dataclass
    class SuggestionWanted(Message):
        """The user asks for a spelling from the corpus, whether or not the query
        matches (one is offered unasked only when nothing does)."""

        query: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.history: list[str] = []  # most recent first
        self.suggestion: str | None = None
        self._recall = -1  # index into history while recalling; -1 = what the user typed
        self._draft = ""
        self._recalled: str | None = None
        self._status = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Label("/", id="search-prompt")
            yield Input(placeholder=PLACEHOLDER, id="search-input")
            yield Label("", id="search-sort")
            yield Label("", id="search-status")
        yield Static(Text(HINT), id="search-message")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def value(self) -> str:
        return self.input.value

    # -- opening and closing -----------------------------------------------------------

    def open(self, history: list[str], query: str | None = None) -> None:
        """Show the bar and focus it; `query` replaces the text (an entity search)."""
        self.history = history[:HISTORY_SHOWN]
        self._recall, self._recalled = -1, None
        self.display = True
        if query is not None:
            self._set_value(query)
        self.focus_input()

    def focus_input(self) -> None:
        """Focus the input now, not after a refresh (`Widget.focus` waits): keys typed
        right after `/` are already queued and must land in the input, not the list."""
        self.screen.set_focus(self.input)

    def close(self) -> None:
        self.display = False
        self.suggestion = None
        with self.input.prevent(Input.Changed):
            self.input.value = ""
        self.set_status("")
        self.show_message(HINT)

    def remember(self, query: str) -> None:
        """A query was run for real: it heads the history from now on."""
        self.history = [query, *(q for q in self.history if q != query)][:HISTORY_SHOWN]
        self._recall, self._recalled = -1, None

    # -- what the bar says -------------------------------------------------------------

    def show_message(self, text: str, kind: str = "info") -> None:
        message = self.query_one("#search-message", Static)
        message.set_classes(kind)
        # One line, as wide as the bar: new text never resizes it, so no layout pass.
        message.update(Text(text, no_wrap=True, overflow="ellipsis"), layout=False)
        if kind != "suggestion":
            self.suggestion = None

    def show_suggestion(self, suggestion: str, lead: str) -> None:
        self.show_message(f"{lead}Did you mean: {suggestion}   (tab accepts)", "suggestion")
        self.suggestion = suggestion

    def set_sort(self, label: str) -> None:
        self.query_one("#search-sort", Label).update(Text(f"sort: {label}"))

    def set_status(self, text: str) -> None:
        if text == self._status:
            return  # the label sizes itself: each update is a layout pass of the screen
        self._status = text
        self.query_one("#search-status", Label).update(Text(text))

    @property
    def message(self) -> str:
        """The message line's text, for tests and screen readers."""
        content = self.query_one("#search-message", Static).content
        return content.plain if isinstance(content, Text) else str(content)

    # -- input -------------------------------------------------------------------------

    def _set_value(self, value: str) -> None:
        self.input.value = value
        self.input.cursor_position = len(value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value != self._recalled:
            self._recall, self._recalled = -1, None  # typing ends a recall
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))

    # -- actions -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Without a suggestion, tab falls through to moving focus (to the results).
        if action == "accept_suggestion":
            return self.suggestion is not None
        return True

    def _show(self) -> None:
        """Run from the command palette, an action brings the bar into view first."""
        if not self.display:
            self.display = True
            self.focus_input()

    def action_history(self, step: int) -> None:
        """Step through earlier queries (1 = older); past the newest is the draft again."""
        self._show()
        target = self._recall + step
        if target >= len(self.history) or target < -1:
            self.app.bell()
            return
        if self._recall == -1:
            self._draft = self.value
        self._recall = target
        value = self._draft if target == -1 else self.history[target]
        self._recalled = value
        self._set_value(value)

    def action_accept_suggestion(self) -> None:
        if self.suggestion is not None:
            suggestion, self.suggestion = self.suggestion, None
            self._set_value(suggestion)

    def action_suggest(self) -> None:
        self.post_message(self.SuggestionWanted(self.value))

    def action_close(self) -> None:
        self.post_message(self.Closed())
