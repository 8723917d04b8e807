"""`t`: the tags of a whole article, in one box.

Saved while the dialog is open, in a thread, like a bookmark's note: when the
write fails the dialog stays and says why, and what was typed is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from reader.tui.widgets.bookmark_dialog import ReaderDialog, parse_tags, tags_text


class TagDialog(ReaderDialog):
    """Edit an article's tags; `save(tags)` writes them and returns what was kept.
    Dismisses with the saved tags (an empty box removes them all)."""

    FOCUS = "#article-tags"

    def __init__(
        self, title: str, tags: Sequence[str], save: Callable[[list[str]], list[str]]
    ) -> None:
        super().__init__()
        self.heading = title
        self.tags = tags_text(tags)
        self._save_fn = save

    def compose(self) -> ComposeResult:
        with Vertical(id="tag-dialog"):
            yield Static(
                Text(f"Tags for “{' '.join(self.heading.split())}”"), classes="dialog-title"
            )
            yield Label("Tags (separated by commas or spaces; empty removes them)")
            yield Input(
                self.tags,
                placeholder="e.g. follow up, energy",
                id="article-tags",
                select_on_focus=False,
            )
            yield Static("", classes="dialog-error")
            yield Static(
                "enter saves · esc cancels · search them with tag:NAME",
                classes="dialog-hint",
                markup=False,
            )

    def action_save(self) -> None:
        tags = parse_tags(self.query_one("#article-tags", Input).value)
        self.save_in_thread(lambda: self._save_fn(tags), "What you typed is still here.")
