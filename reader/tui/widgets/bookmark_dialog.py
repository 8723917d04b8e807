"""The small dialogs of bookmarking: a note and tags, and where to export.

Both do their write while they are still open, in a thread: when it fails the
dialog stays, says why in one line, and keeps what the user typed (select it
and ctrl+c to copy), so a note is never lost to a full disk or a locked file.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Static
from textual.worker import Worker, WorkerState

from reader import errors
from reader.store.bookmarks import Bookmark, normalize_tags
from reader.store.database import StoreError
from reader.tui import keymap

QUOTE_PREVIEW_CHARS = 280
EXTENSIONS = {"md": ".md", "json": ".json", "csv": ".csv"}
QUOTE_MARKS = set("“‘\"'«„")


def parse_tags(text: str) -> list[str]:
    """Tags typed in one box: split on commas when there are any (so a tag may hold
    spaces: "climate policy, energy"), else on spaces ("energy markets")."""
    parts = text.split(",") if "," in text else text.split()
    return normalize_tags(parts)


def tags_text(tags: Sequence[str]) -> str:
    """Tags as the box shows them, so that `parse_tags` reads them back: by commas
    when one holds a space, else by spaces."""
    return ", ".join(tags) if any(" " in t for t in tags) else " ".join(tags)


def quote_preview(quote: str, limit: int = QUOTE_PREVIEW_CHARS) -> str:
    """The quote on one line, shortened, in quotation marks unless it brings its own."""
    flat = textwrap.shorten(" ".join(quote.split()), limit, placeholder=" …")
    return flat if flat[:1] in QUOTE_MARKS else f"“{flat}”"


def default_export_path(fmt: str = "md", today: date | None = None, *,
                        stem: str = "bookmarks") -> str:
    """In the home folder: the current folder may be the corpus, which would index it."""
    stamp = (today or date.today()).strftime("%Y%m%d")
    return f"~/reader-{stem}-{stamp}{EXTENSIONS[fmt]}"


class ReaderDialog(ModalScreen):
    """Shared frame: a box, an error line, and a save that runs off the UI thread."""

    BINDINGS = keymap.BOOKMARK_DIALOG
    DEFAULT_CSS = """
    ReaderDialog {
        align: center middle;
        background: $background 60%;
    }
    ReaderDialog > Vertical {
        width: 80;
        max-width: 95%;
        height: auto;
        padding: 1 2;
        border: round $accent;
        background: $surface;
    }
    ReaderDialog .dialog-title { text-style: bold; margin-bottom: 1; }
    ReaderDialog .dialog-quote { color: $text-muted; text-style: italic; margin-bottom: 1; }
    ReaderDialog Label { margin-top: 1; }
    ReaderDialog .dialog-error { color: $error; margin-top: 1; }
    ReaderDialog .dialog-hint { color: $text-muted; margin-top: 1; }
    ReaderDialog RadioSet { width: 100%; }
    """

    _saving = False
    FOCUS: ClassVar[str] = ""  # the box the dialog opens in

    def on_mount(self) -> None:
        self.query_one(".dialog-error").display = False
        if self.FOCUS:
            self.query_one(self.FOCUS, Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Enter: each dialog saves its own boxes (`save_in_thread`)."""

    def save_in_thread(self, save: Callable[[], object], kept: str) -> None:
        """Run `save` off the UI thread and dismiss with what it returns; on a
        StoreError stay open and say why, and that `kept` (what was typed) is kept."""
        if self._saving:
            return
        self._saving = True
        self._save(save, kept)

    @work(thread=True, exclusive=True, group="dialog-save", exit_on_error=False,
          description="Saving.")
    def _save(self, save: Callable[[], object], kept: str) -> None:
        try:
            saved = save()
        except StoreError as exc:
            self.app.call_from_thread(self.show_error, f"Not saved: {exc.message} {kept}")
            return
        self.app.call_from_thread(self.dismiss, saved)

    def action_cancel(self) -> None:
        if not self._saving:
            self.dismiss(None)

    def show_error(self, message: str) -> None:
        self._saving = False
        error = self.query_one(".dialog-error", Static)
        error.update(Text(message))
        error.display = True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # An unexpected failure: the app logs and reports it; the dialog stays usable.
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.show_error(f"Not saved: {errors.one_line(event.worker.error)}")
        self.app.worker_state_changed(event.worker, event.state)  # type: ignore[attr-defined]


class BookmarkDialog(ReaderDialog):
    """Note and tags for a passage; `save(note, tags)` writes and returns the bookmark."""

    FOCUS = "#bookmark-note"

    def __init__(self, heading: str, quote: str, save: Callable[[str, list[str]], Bookmark],
                 *, note: str = "", tags: Sequence[str] = ()) -> None:
        super().__init__()
        self.heading = heading
        self.quote = quote
        self._save_fn = save
        self.note = note
        self.tags = tags_text(tags)

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmark-dialog"):
            yield Static(Text(self.heading), classes="dialog-title")
            yield Static(Text(quote_preview(self.quote)), classes="dialog-quote")
            yield Label("Note (optional)")
            yield Input(self.note, placeholder="Why this passage matters", id="bookmark-note",
                        select_on_focus=False)
            yield Label("Tags (separated by commas or spaces)")
            yield Input(self.tags, placeholder="e.g. energy, follow up", id="bookmark-tags",
                        select_on_focus=False)
            yield Static("", classes="dialog-error")
            yield Static("enter saves · esc cancels · tab moves between the boxes",
                         classes="dialog-hint", markup=False)

    def action_save(self) -> None:
        note = self.query_one("#bookmark-note", Input).value
        given = self.note
        if given and note.startswith(given) and note[len(given) : len(given) + 1].isalnum():
            # Typed straight after the note being edited, where the cursor waits:
            # words of their own, not glued to its last one.
            note = f"{given} {note[len(given) :]}"
        note = note.strip()
        tags = parse_tags(self.query_one("#bookmark-tags", Input).value)
        self.save_in_thread(lambda: self._save_fn(note, tags),
                            "Your note is still here to copy.")


class ExportDialog(ReaderDialog):
    """A format and a file; `write(path, fmt)` writes it. Dismisses with (path, fmt)
    once written. Bookmarks by default (Markdown or JSON); the figure ledger's rows
    go out as CSV or JSON."""

    FORMATS: ClassVar[list[tuple[str, str]]] = [("md", "Markdown"), ("json", "JSON")]
    FOCUS = "#export-path"

    def __init__(self, count: int, write: Callable[[Path, str], None],
                 *, default_path: str | None = None,
                 noun: tuple[str, str] = ("bookmark", "bookmarks"),
                 formats: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.total = count
        self._write_fn = write
        self.noun = noun
        self.formats = formats or self.FORMATS
        self.default_path = default_path or default_export_path(self.formats[0][0])
        self.fmt = next((fmt for fmt, _ in self.formats
                         if self.default_path.endswith(EXTENSIONS[fmt])), self.formats[0][0])
        self._confirmed: Path | None = None  # an existing file the user agreed to replace

    def compose(self) -> ComposeResult:
        noun = self.noun[0] if self.total == 1 else self.noun[1]
        with Vertical(id="export-dialog"):
            yield Static(Text(f"Export {self.total} {noun} (the ones listed)"),
                         classes="dialog-title")
            with RadioSet(id="export-format"):
                for fmt, label in self.formats:
                    yield RadioButton(label, value=fmt == self.fmt, name=fmt)
            yield Label("File")
            yield Input(self.default_path, id="export-path")
            yield Static("", classes="dialog-error")
            yield Static("enter exports · esc cancels · tab moves between the choices",
                         classes="dialog-hint", markup=False)

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        new = event.pressed.name or self.formats[0][0]
        box = self.query_one("#export-path", Input)
        old_ext, new_ext = EXTENSIONS[self.fmt], EXTENSIONS[new]
        if box.value.endswith(old_ext):
            box.value = box.value[: -len(old_ext)] + new_ext
        self.fmt = new

    @on(Input.Changed, "#export-path")
    def _path_changed(self) -> None:
        self._confirmed = None

    def action_save(self) -> None:
        if self._saving:
            return
        typed = self.query_one("#export-path", Input).value.strip()
        if not typed:
            self.show_error("Give a file to write to.")
            return
        path = Path(typed).expanduser()
        if not path.is_absolute():
            path = Path.cwd() / path
        if path.is_dir():
            self.show_error(f"{path} is a folder: add a file name.")
            return
        if not path.parent.is_dir():
            self.show_error(f"The folder {path.parent} does not exist.")
            return
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            self.show_error(f"{path.name} exists: press enter again to replace it.")
            return
        self._saving = True
        self._export(path, self.fmt)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False,
          description="Exporting what is listed.")
    def _export(self, path: Path, fmt: str) -> None:
        try:
            self._write_fn(path, fmt)
        except OSError as exc:
            reason = exc.strerror or errors.one_line(exc)
            self.app.call_from_thread(self.show_error, f"Cannot write {path}: {reason}")
            return
        self.app.call_from_thread(self.dismiss, (path, fmt))
