"""The `?` screen: every key, generated from the bindings themselves.

It reads the BINDINGS of the app and of each pane and applies the user's
remaps, so it cannot drift from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui import keymap


def key_label(keys: str) -> str:
    """'J,right_square_bracket' -> 'J ]'; 'ctrl+n' -> 'ctrl+n'."""
    labels = []
    for key in keys.split(","):
        *mods, name = key.strip().split("+")
        labels.append("+".join([*mods, format_key(name)]))
    return " ".join(labels)


def help_rows(
    groups: Sequence[tuple[str, Sequence[BindingType]]], remaps: Mapping[str, str]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys, description)]) with the user's remaps applied."""
    out = []
    for heading, bindings in groups:
        rows = []
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            keys = remaps.get(binding.id or "", binding.key)
            rows.append((key_label(keys), binding.description))
        out.append((heading, rows))
    return out


class HelpScreen(ModalScreen[None]):
    BINDINGS = keymap.HELP

    def __init__(
        self, groups: Sequence[tuple[str, Sequence[BindingType]]], remaps: Mapping[str, str]
    ) -> None:
        super().__init__()
        self.rows = help_rows(groups, remaps)

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold", no_wrap=True)
        table.add_column()
        for heading, rows in self.rows:
            table.add_row("", Text(heading, style="bold underline"))
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
            table.add_row("", "")
        table.add_row(Text("ctrl+p"), Text("Command palette: every action by name"))
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(
                Text("Remap any key in config.toml: [keys] \"reader.next_article\" = \"ctrl+n\"",
                     style="dim")
            )

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()  # so the arrow and page keys scroll it

    def action_close(self) -> None:
        self.dismiss(None)
