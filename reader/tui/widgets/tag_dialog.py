"""`t`: the tags of a whole article, in one box.

Saved while the dialog is open, in a thread, like a bookmark's note: when the
write fails the dialog stays and says why, and what was typed is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from reader.store.database import StoreError
from reader.tui.widgets.bookmark_dialog import ReaderDialog, parse_tags, tags_text


class TagDialog(ReaderDialog):
    """Edit an article's tags; `save(tags)` writes them and returns what was kept.
    Dismisses with the saved tags (an empty box removes them all)."""

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

    def on_mount(self) -> None:
        self.query_one(".dialog-error").display = False
        self.query_one("#article-tags", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self._write(parse_tags(self.query_one("#article-tags", Input).value))

    @work(
        thread=True,
        exclusive=True,
        group="tags-save",
        exit_on_error=False,
        description="Saving the tags.",
    )
    def _write(self, tags: list[str]) -> None:
        try:
            saved = self._save_fn(tags)
        except StoreError as exc:
            message = f"Not saved: {exc.message} What you typed is still here."
            self.app.call_from_thread(self.show_error, message)
            return
        self.app.call_from_thread(self.dismiss, saved)
