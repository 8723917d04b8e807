"""Reading state on the main screen: read marks, the unread filter and article tags.

A mixin, as `Bookmarking` is (typed against `MainScreenProtocol`). An article
becomes read once it has been open for `READ_AFTER_SECONDS` or its passage
cursor has moved, never because the list cursor passed over it; `u` flips the
mark by hand. The screen calls `article_shown(article_id, paragraph)` each time
it shows an article and `listed()` each time the list's rows change.
"""

from __future__ import annotations

from textual.timer import Timer

from reader.index.model import ArticleSummary
from reader.tui.screen_protocol import ScreenMixin

READ_AFTER_SECONDS = 3.0
UNREAD_LABEL = "unread"


class Marking(ScreenMixin):
    """Actions `toggle_read`, `unread_only` and `tag_article` (bound in `keymap.MARKING`)."""

    _read_timer: Timer | None = None
    _shown_at: tuple[str, int] | None = None  # the article on show and its first paragraph

    # -- becoming read -----------------------------------------------------------------

    def article_shown(self, article_id: str, paragraph: int) -> None:
        """Start the clock: read if still open after a few seconds."""
        if self._read_timer is not None:
            self._read_timer.stop()
        self._shown_at = (article_id, paragraph)
        if article_id not in self.read_ids:
            self._read_timer = self.set_timer(
                READ_AFTER_SECONDS, lambda: self._became_read(article_id)
            )

    def passage_moved(self, article_id: str, paragraph: int) -> None:
        """Scrolling through an article reads it."""
        if self._shown_at is not None and self._shown_at != (article_id, paragraph):
            self._became_read(article_id)

    def _became_read(self, article_id: str) -> None:
        current = self.article.summary.id if self.article is not None else None
        if current == article_id and article_id not in self.read_ids:
            self.set_read(article_id, True)

    def set_read(self, article_id: str, read: bool) -> None:
        if read:
            self.read_ids.add(article_id)
            if self._read_timer is not None:
                self._read_timer.stop()
        else:
            self.read_ids.discard(article_id)
        self.reading.read(article_id, read)
        self.article_list.refresh_article(article_id)
        self.listed()

    def action_toggle_read(self) -> None:
        """`u`: the article under the list cursor (the open one) read or unread."""
        target = self._target()
        if target is None:
            return
        now_read = target.id not in self.read_ids
        if not now_read and self._read_timer is not None:
            self._read_timer.stop()  # unread by hand stays unread while it is open
        self.set_read(target.id, now_read)
        self.notify(f"Marked {'read' if now_read else 'unread'}", timeout=1.5)

    def _target(self) -> ArticleSummary | None:
        return self.article_list.current or (self.article.summary if self.article else None)

    # -- counts and the unread filter ------------------------------------------------------

    def listed(self) -> None:
        """The unread count of what the list shows, in the header and the folder tree."""
        read = self.read_ids
        rows = self.article_list.rows
        copies = self.article_list.copy_rows  # listed under their group's row: not counted
        # Per keystroke over up to 20,000 rows: counted in C, read ones subtracted.
        listed_read = sum(map(read.__contains__, [row.id for row in rows])) if read else 0
        unread = len(rows) - listed_read - sum(rows[i].id not in read for i in copies)
        self.header.change(unread=unread)
        self.folder_list.show_read(read)

    def action_unread_only(self) -> None:
        """`U`: only unread articles, with any other filter (again: drops it)."""
        from reader.tui.filters import FilterKind, ListFilter

        if not self.drop_filters(FilterKind.UNREAD):
            self.add_filter(ListFilter(FilterKind.UNREAD, UNREAD_LABEL))

    # -- tags --------------------------------------------------------------------------

    def action_tag_article(self) -> None:
        """`t`: the tags of the article under the list cursor."""
        from reader.tui.widgets.tag_dialog import TagDialog

        target = self._target()
        if target is None:
            return
        if not self.reading.writable:
            self.notify(f"Saving is off: {self.reading.reason}", severity="warning")
            return
        article_id = target.id

        def saved(tags: list[str] | None) -> None:
            if tags is None:
                return
            if tags:
                self.tagged[article_id] = tuple(tags)
            else:
                self.tagged.pop(article_id, None)
            self.article_list.refresh_article(article_id)
            self.rerun_search()  # a tag: query may find more or fewer now
            self.notify(
                f"Tags: {', '.join(tags)}" if tags else "Tags removed", timeout=2, markup=False
            )

        tags = self.tagged.get(article_id, ())
        self.app.push_screen(
            TagDialog(target.title, tags, lambda new: self.reading.set_tags(article_id, new)),
            saved,
        )
