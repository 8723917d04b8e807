"""Bookmarking on the main screen: `b` to bookmark, `B` for the list, gutter markers.

A mixin so the main screen keeps one place for reading and this module one
place for bookmarks. It needs from the screen what `MainScreenProtocol` states
(`view`, `header`, `reading`, `summaries`, `corpus_root`, `corpus_label`,
`open_article`); the screen calls `show_bookmark_markers(article)` each time it
shows an article.
"""

from __future__ import annotations

from dataclasses import replace

from textual import work
from textual.worker import get_current_worker

from reader.extract.model import Quote
from reader.index.model import StoredArticle
from reader.store.bookmarks import Bookmark, BookmarkStore, new_bookmark
from reader.store.database import StoreError
from reader.tui.screen_protocol import ScreenMixin
from reader.tui.widgets.article_view import ArticleView


def paragraph_starts(article: StoredArticle) -> list[int]:
    return [p.start for p in article.paragraphs]


class Bookmarking(ScreenMixin):
    """Actions `bookmark_add` and `bookmarks_open` (bound in `keymap.BOOKMARKING`)."""

    _bookmark_store: BookmarkStore | None = None
    _article_bookmarks: tuple[str, list[Bookmark]] = ("", [])  # the open article's, anchored

    @property
    def bookmark_store(self) -> BookmarkStore:
        if self._bookmark_store is None:
            self._bookmark_store = BookmarkStore(self.reading.db)
        return self._bookmark_store

    # -- markers ---------------------------------------------------------------------

    def show_bookmark_markers(self, article: StoredArticle | None) -> None:
        """Mark the article's bookmarks once they are found in its current text."""
        self._article_bookmarks = ("", [])
        if article is not None:
            self._load_markers(article)

    @work(thread=True, exclusive=True, group="bookmark-markers", exit_on_error=False,
          description="Finding the article's bookmarks.")
    def _load_markers(self, article: StoredArticle) -> None:
        article_id = article.summary.id
        try:
            found = self.bookmark_store.for_article(
                self.corpus_root, article_id, article.text, paragraph_starts(article)
            )
        except StoreError:
            return  # unreadable saved data is reported when the app opens it
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_markers, article_id, found)

    def _show_markers(self, article_id: str, found: list[Bookmark]) -> None:
        view = self.view
        if view.article is None or view.article.summary.id != article_id:
            return  # another article opened meanwhile
        self._article_bookmarks = (article_id, found)
        view.set_bookmarks([(b.start, b.end) for b in found if not b.detached])

    # -- adding ----------------------------------------------------------------------

    def action_bookmark_add(self) -> None:
        view = self.view
        article = view.article
        if article is None:
            self.notify("Open an article first, then bookmark a passage of it.", timeout=3)
            return
        if view.raw_mode:
            self.notify("Bookmarks point into the cleaned text: leave the raw view first.",
                        severity="warning", timeout=4)
            return
        db = self.reading.db
        if not db.writable:
            self.notify(f"Saving is off, so bookmarks cannot be kept: {db.reason}",
                        severity="warning", timeout=8, markup=False)
            self.header.change(saving_off=True)
            return
        span = view.selected_span()
        speaker = ""
        quote = self._focused_quote()
        if quote is not None:
            # A quote from the Quotes tab: its speaker is kept for the citation, the
            # note left to the user.
            span, speaker = (quote.start, quote.end), quote.speaker or ""
        if span is None and view.paragraph is not None:
            paragraph = article.paragraphs[view.paragraph]
            span = (paragraph.start, paragraph.end)
        if span is None or span[0] >= span[1]:
            self.notify("There is no text here to bookmark.", timeout=3)
            return
        existing = self._existing(article.summary.id, span)
        if existing is not None and existing.id is not None:
            self._edit_existing(existing, existing.id)
            return
        summary = article.summary
        draft = new_bookmark(
            self.corpus_root, summary.id, article.text, *span, title=summary.title,
            source=summary.source, published=summary.published, path=summary.path,
            starts=paragraph_starts(article), speaker=speaker,
        )
        from reader.tui.widgets.bookmark_dialog import BookmarkDialog

        store = self.bookmark_store
        if quote is None:
            heading = "Bookmark this passage"
        else:
            heading = f"Bookmark this quote by {speaker}" if speaker else "Bookmark this quote"
        dialog = BookmarkDialog(
            heading, draft.quote,
            lambda note, tags: store.add(replace(draft, note=note, tags=tags)),
        )
        self.app.push_screen(dialog, self._bookmark_saved)

    def _focused_quote(self) -> Quote | None:
        from reader.tui.widgets.side_panel import QuoteList

        focused = self.app.focused
        return focused.highlighted_quote if isinstance(focused, QuoteList) else None

    def _existing(self, article_id: str, span: tuple[int, int]) -> Bookmark | None:
        loaded_for, found = self._article_bookmarks
        if loaded_for != article_id:
            return None
        return next((b for b in found if not b.detached and (b.start, b.end) == span), None)

    def _edit_existing(self, bookmark: Bookmark, bookmark_id: int) -> None:
        """`b` on a passage already bookmarked edits that bookmark instead of doubling it."""
        from reader.tui.widgets.bookmark_dialog import BookmarkDialog

        store = self.bookmark_store
        dialog = BookmarkDialog(
            "Edit this bookmark", bookmark.quote,
            lambda note, tags: store.update(bookmark_id, note=note, tags=tags),
            note=bookmark.note, tags=bookmark.tags,
        )
        self.app.push_screen(dialog, self._bookmark_saved)

    def _bookmark_saved(self, saved: Bookmark | None) -> None:
        self.header.change(saving_off=not self.reading.writable)
        if saved is None:
            return
        self.clear_selection()
        self.notify("Bookmark saved. B lists your bookmarks.", timeout=3)
        self.show_bookmark_markers(self.view.article)

    # -- the bookmarks view ----------------------------------------------------------

    def action_bookmarks_open(self) -> None:
        # Imported on first use: the view and the export code are not needed to start.
        from reader.tui.screens.bookmarks import BookmarksScreen

        if isinstance(self.app.screen, BookmarksScreen):
            return  # asked for again from the command palette while it is open
        screen = BookmarksScreen(self.bookmark_store, self.corpus_root, self.corpus_label)
        self.app.push_screen(screen, self._bookmark_chosen)

    def _bookmark_chosen(self, bookmark: Bookmark | None) -> None:
        self.header.change(saving_off=not self.reading.writable)
        if bookmark is None:
            self.show_bookmark_markers(self.view.article)  # edits or deletes may have changed them
            return
        if bookmark.article_id not in {s.id for s in self.summaries}:
            self.notify("That article is no longer in this folder; the bookmark keeps its quote.",
                        severity="warning", timeout=6)
            self.show_bookmark_markers(self.view.article)
            return
        self.open_article(bookmark.article_id, passage=bookmark.paragraph,
                          then=lambda view: self._flash_bookmark(bookmark, view))

    def _flash_bookmark(self, bookmark: Bookmark, view: ArticleView) -> None:
        """Find the passage in the text as it is now, then show it."""
        article = view.article
        if article is None:
            return
        found = self.bookmark_store.reanchor(
            bookmark, article.text, paragraph_starts(article), persist=False
        )
        view.focus()
        if found.detached:
            self.notify("This passage is no longer in the article; the bookmark keeps its quote.",
                        severity="warning", timeout=6)
            return
        view.flash(found.start, found.end)
