"""What the main screen's mixins use of the screen, stated as a Protocol.

The main screen (`reader.tui.screens.main.MainScreen`) is put together from
mixins, one per concern: `search.py`, `bookmarking.py`, `marking.py` (read
state, tags) and `panes.py` (widths, narrow terminals). Each needs some of the
screen beyond what any Textual `Screen` has: its panes, its state,
`open_article`. `MainScreenProtocol` says which, so a mixin is type-checked
against that and never imports the main screen (which imports the mixins).

A mixin derives from `ScreenMixin`: for a type checker a `Screen` that is a
`MainScreenProtocol`; at run time `object`, the screen the mixin is mixed into
providing it all (a test checks that it does: `isinstance(screen,
MainScreenProtocol)`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.index.library import Library
    from reader.index.model import ArticleSummary, SortOrder, StoredArticle
    from reader.tui.filters import FilterKind, ListFilter
    from reader.tui.reading import ReadingMemory
    from reader.tui.search_session import Indexing
    from reader.tui.widgets.article_list import ArticleList
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.header import ReaderHeader
    from reader.tui.widgets.side_panel import FolderList


@runtime_checkable
class MainScreenProtocol(Protocol):
    """The main screen as its mixins see it, beyond its being a Textual `Screen`."""

    # -- the corpus, the user's data, and what is open ---------------------------------

    corpus_root: Path
    corpus_label: str
    reading: ReadingMemory
    summaries: list[ArticleSummary]  # the corpus, newest first
    corpus_listed: int  # rows the corpus makes, a group of copies being one
    read_ids: set[str]
    tagged: dict[str, tuple[str, ...]]
    filters: list[ListFilter]
    list_order: SortOrder
    article: StoredArticle | None  # the article open
    indexing: Indexing | None  # the update of the index under way, if any

    def opened_library(self) -> Library | None:
        """The index, waiting for it to open (from a worker thread)."""
        ...

    # -- the panes ---------------------------------------------------------------------

    @property
    def header(self) -> ReaderHeader: ...

    @property
    def article_list(self) -> ArticleList: ...

    @property
    def view(self) -> ArticleView: ...

    @property
    def folder_list(self) -> FolderList: ...

    # -- what the screen does for them -------------------------------------------------

    def open_article(
        self,
        article_id: str,
        *,
        passage: int = 0,
        then: Callable[[ArticleView], None] | None = None,
    ) -> None:
        """Open an article (at a passage), then run `then(view)` once it is drawn."""
        ...

    @property
    def filter_label(self) -> str | None:
        """What narrows the list, as the header says it (None: the whole corpus)."""
        ...

    def add_filter(self, new: ListFilter) -> None: ...

    def drop_filters(self, kind: FilterKind) -> bool:
        """Remove the filters of one kind; False when there was none."""
        ...

    def show_filtered(self) -> None:
        """List the corpus through the filters (no search)."""
        ...

    def set_list_order(self, order: SortOrder) -> None: ...

    # -- what one mixin offers the others ----------------------------------------------

    def listed(self) -> None:
        """The list's rows changed: recount the unread (marking)."""
        ...

    def rerun_search(self) -> None:
        """The results may differ now: run the search on screen again (search)."""
        ...


if TYPE_CHECKING:

    class ScreenMixin(Screen[None], MainScreenProtocol):
        """For a type checker, a mixin's `self`: a Screen that is a MainScreenProtocol."""

else:
    ScreenMixin = object  # at run time the screen the mixin is mixed into is all that
