"""The bookmarks view (`B`): every bookmark of this corpus, newest first.

Reads and writes go through `BookmarkStore` in thread workers, so a slow disk
or a busy database never freezes the list. The screen dismisses with the
bookmark to open (Enter), and the main screen does the jump: this view knows
nothing about articles beyond what each bookmark keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from reader.store.bookmarks import Bookmark, BookmarkStore
from reader.store.database import StoreError
from reader.store.export import render, write_atomic
from reader.tui import keymap
from reader.tui.widgets.bookmark_dialog import BookmarkDialog, ExportDialog, quote_preview
from reader.tui.widgets.footer import ReaderFooter

T = TypeVar("T")
QUOTE_CHARS = 400


def saved_on(stamp: str) -> str:
    """A stored UTC time as the local date (no time: a list of notes needs no seconds)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d")
    except ValueError:
        return stamp[:10]


def bookmark_prompt(bookmark: Bookmark) -> Text:
    """Quote (and its speaker), then note and tags, then where it is from: three short
    lines at most."""
    text = Text()
    if bookmark.detached:
        text.append(" detached ", style="bold reverse")
        text.append(" ")
    text.append(quote_preview(bookmark.quote, QUOTE_CHARS), style="italic")
    if bookmark.speaker:
        text.append(f" — {bookmark.speaker}")
    if bookmark.note or bookmark.tags:
        text.append("\n  ")
        if bookmark.note:
            text.append(" ".join(bookmark.note.split()), style="bold")
        if bookmark.tags:
            if bookmark.note:
                text.append("  ")
            text.append(f"tags: {', '.join(bookmark.tags)}", style="italic")
    cited = ", ".join(x for x in (bookmark.source, bookmark.published) if x)
    title = " ".join(bookmark.title.split()) or bookmark.article_id
    text.append(f"\n  {title}" + (f" — {cited}" if cited else ""), style="dim")
    text.append(f" · saved {saved_on(bookmark.created)}", style="dim")
    return text


class BookmarksScreen(Screen[Bookmark | None]):
    """List, filter, edit, delete (with undo) and export bookmarks."""

    BINDINGS = keymap.BOOKMARKS_VIEW
    DEFAULT_CSS = """
    BookmarksScreen { layout: vertical; }
    #bookmarks-header { height: 1; padding: 0 1; background: $panel; }
    #bookmarks-filter { margin: 0 1; }
    #bookmarks-list { height: 1fr; border: none; padding: 0 1; }
    #bookmarks-empty { padding: 1 2; color: $text-muted; }
    """

    def __init__(self, store: BookmarkStore, corpus_root: Path, corpus_label: str) -> None:
        super().__init__()
        self.store = store
        self.corpus_root = corpus_root
        self.corpus_label = corpus_label
        self.bookmarks: list[Bookmark] = []
        self.total = 0
        self.deleted: list[Bookmark] = []  # undo stack for `u`
        self._keep: int | None = None  # bookmark id to highlight after the next load

    def compose(self) -> ComposeResult:
        yield Static(id="bookmarks-header")
        yield Input(placeholder="Filter: words in the quote, speaker, note, tags or title  (/)",
                    id="bookmarks-filter")
        yield OptionList(id="bookmarks-list")
        yield Static(id="bookmarks-empty")
        yield ReaderFooter()

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#bookmarks-list", OptionList)

    @property
    def filter_text(self) -> str:
        return self.query_one("#bookmarks-filter", Input).value

    @property
    def current(self) -> Bookmark | None:
        index = self.option_list.highlighted
        if index is None or not (0 <= index < len(self.bookmarks)):
            return None
        return self.bookmarks[index]

    def on_mount(self) -> None:
        self.query_one("#bookmarks-empty").display = False
        self._header()
        self.option_list.focus()
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """Fetch the list again (after a change or a new filter), keeping the cursor."""
        self._keep = keep if keep is not None else (self.current.id if self.current else None)
        self._load(self.filter_text)

    @work(thread=True, exclusive=True, group="bookmarks-list", exit_on_error=False,
          description="Reading bookmarks.")
    def _load(self, text: str) -> None:
        try:
            found = self.store.list(self.corpus_root, text)
            total = self.store.count(self.corpus_root)
        except StoreError as exc:
            self.app.call_from_thread(self.notify, exc.message, severity="error", markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, found, total)

    def _show(self, found: list[Bookmark], total: int) -> None:
        old_index = self.option_list.highlighted
        self.bookmarks, self.total = found, total
        option_list = self.option_list
        option_list.clear_options()
        options: list[Option | None] = []
        for b in found:
            options += [Option(bookmark_prompt(b), id=str(b.id)), None]  # None: a rule between
        option_list.add_options(options[:-1])
        if found:
            ids = [b.id for b in found]
            if self._keep in ids:
                index = ids.index(self._keep)
            else:
                index = min(old_index or 0, len(found) - 1)
            option_list.highlighted = index
        empty = self.query_one("#bookmarks-empty", Static)
        empty.display = not found
        if not found:
            empty.update(Text(
                f"No bookmarks match {self.filter_text!r}." if self.filter_text.strip()
                else "No bookmarks yet. In an article, b bookmarks the passage under the cursor "
                     "(or the text selected with the mouse)."
            ))
        self._header()

    def _header(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("Bookmarks", style="bold")
        text.append(f"  {self.corpus_label}")
        shown = len(self.bookmarks)
        if self.filter_text.strip():
            text.append(f"  {shown} of {self.total}")
        else:
            text.append(f"  {shown} bookmark{'s' if shown != 1 else ''}")
        if self.deleted:
            text.append("  u undoes the last delete", style="dim")
        if not self.store.db.writable:
            text.append("  saving off", style="bold reverse")
        self.query_one("#bookmarks-header", Static).update(text)

    @on(Input.Changed, "#bookmarks-filter")
    def _filter_changed(self) -> None:
        self.reload()

    @on(OptionList.OptionSelected, "#bookmarks-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click on a bookmark (enter is the screen's own binding)
        self.action_jump()

    # -- writes ----------------------------------------------------------------------

    def _can_save(self) -> bool:
        if self.store.db.writable:
            return True
        self.notify(f"Saving is off: {self.store.db.reason}", severity="warning", markup=False)
        return False

    @work(thread=True, group="bookmarks-write", exit_on_error=False,
          description="Saving a change to bookmarks.")
    def _write(self, change: Callable[[], T], done: Callable[[T], None]) -> None:
        try:
            result = change()
        except StoreError as exc:
            self.app.call_from_thread(self._write_failed, exc.message)
            return
        self.app.call_from_thread(done, result)

    def _write_failed(self, message: str) -> None:
        self.notify(message, severity="error", markup=False)
        self._header()

    # -- actions ---------------------------------------------------------------------

    def action_jump(self) -> None:
        if isinstance(self.focused, Input):
            self.option_list.focus()  # enter in the filter box: on to the list
            return
        bookmark = self.current
        if bookmark is not None:
            self.dismiss(bookmark)

    def action_edit(self) -> None:
        bookmark = self.current
        if bookmark is None or bookmark.id is None or not self._can_save():
            return
        bookmark_id = bookmark.id
        dialog = BookmarkDialog(
            "Edit bookmark", bookmark.quote,
            lambda note, tags: self.store.update(bookmark_id, note=note, tags=tags),
            note=bookmark.note, tags=bookmark.tags,
        )
        self.app.push_screen(dialog, lambda saved: self.reload(keep=bookmark_id) if saved else None)

    def action_delete(self) -> None:
        bookmark = self.current
        if bookmark is None or bookmark.id is None or not self._can_save():
            return
        bookmark_id = bookmark.id
        self._write(lambda: self.store.delete(bookmark_id), self._deleted)

    def _deleted(self, bookmark: Bookmark | None) -> None:
        if bookmark is not None:
            self.deleted.append(bookmark)
            self.notify("Bookmark deleted; u brings it back.", timeout=3)
        self.reload()

    def action_undo(self) -> None:
        if not self.deleted:
            self.notify("Nothing to undo.", timeout=2)
            return
        if not self._can_save():
            return
        bookmark = self.deleted.pop()
        self._write(lambda: self.store.restore(bookmark), self._restored)

    def _restored(self, bookmark: Bookmark) -> None:
        self.notify("Bookmark restored.", timeout=2)
        self.reload(keep=bookmark.id)

    def action_export(self) -> None:
        shown = list(self.bookmarks)
        if not shown:
            self.notify("No bookmarks to export.", timeout=3)
            return

        def write(path: Path, fmt: str) -> None:
            write_atomic(path, render(shown, fmt))

        def exported(result: tuple[Path, str] | None) -> None:
            if result is not None:
                noun = "bookmark" if len(shown) == 1 else "bookmarks"
                self.notify(f"Exported {len(shown)} {noun} to {result[0]}", timeout=8,
                            markup=False)

        self.app.push_screen(ExportDialog(len(shown), write), exported)

    def action_filter(self) -> None:
        self.query_one("#bookmarks-filter", Input).focus()

    def action_cursor_down(self) -> None:
        self.option_list.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.option_list.action_cursor_up()

    def action_close(self) -> None:
        if isinstance(self.focused, Input):
            self.option_list.focus()  # leave the filter first; a second esc closes
        else:
            self.dismiss(None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The app holds the one error handler; Worker.StateChanged does not bubble.
        self.app.worker_state_changed(event.worker, event.state)  # type: ignore[attr-defined]
