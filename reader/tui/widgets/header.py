"""The header line and the indexing progress row."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Static


@dataclass(frozen=True)
class HeaderState:
    corpus: str = ""
    count: int | None = None  # None until the list is filled
    total: int | None = None  # articles in the corpus, when a filter shows fewer
    unread: int | None = None  # of the articles listed
    filter: str | None = None  # the active query or entity filter, as the user reads it
    read_only: bool = False
    saving_off: bool = False


class ReaderHeader(Static):
    """App name, corpus, article count, the active filter, and any limits in force."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = HeaderState()

    def change(self, **fields: object) -> None:
        self.state = replace(self.state, **fields)  # type: ignore[arg-type]
        # One line, as wide as the screen: new text never resizes it, so no layout pass.
        self.update(self.render_state(), layout=False)

    def render_state(self) -> Text:
        state = self.state
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("reader", style="bold")
        text.append(f"  {state.corpus}")
        if state.count is None:
            text.append("  loading…", style="dim")
        elif state.filter and state.total is not None:
            text.append(f"  {state.count} of {state.total} articles")
        else:
            text.append(f"  {state.count} article{'s' if state.count != 1 else ''}")
        if state.count and state.unread is not None:
            text.append(f", {state.unread} unread")
        if state.filter:
            text.append("  filter: ", style="dim")
            text.append(state.filter, style="bold")
            text.append(" (esc clears)", style="dim")
        if state.read_only:
            text.append("  read-only", style="bold reverse")
        if state.saving_off:
            text.append("  saving off", style="bold reverse")
        return text


class FilterChips(Static):
    """The filters in force, one chip each with a ✕ that removes it; hidden when none."""

    def show_filters(self, labels: list[str]) -> None:
        self.display = bool(labels)
        if not labels:
            return
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("filters ", style="dim")
        for i, label in enumerate(labels):
            text.append(f" {label} ", style="reverse")
            remove = Style(bold=True, meta={"@click": f"screen.remove_filter({i})"})
            text.append(" ✕ ", style=remove)
        text.append(" esc removes the last", style="dim")
        self.update(text)


class IndexProgress(Horizontal):
    """Shown only while the index is being brought up to date."""

    def compose(self) -> ComposeResult:
        yield Label("Indexing", id="index-label")
        yield ProgressBar(id="index-bar", show_eta=False)

    def report(self, done: int, total: int, current: str, searchable: int = 0) -> None:
        """`searchable`: files of this update committed, which searches see."""
        self.display = True
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        # Counts first: at 80 columns the file name is what gets cut.
        text = Text(f"Indexing {done:,} of {total:,} files · {searchable:,} searchable",
                    no_wrap=True, overflow="ellipsis")
        if current:
            text.append(f" · {current}", style="dim")
        self.query_one(Label).update(text)
