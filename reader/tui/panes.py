"""How the panes share the terminal: the list's width and narrow terminals.

A mixin of the main screen, as `Marking` is (typed against `MainScreenProtocol`).
The list takes a share of the width (`<` and `>` change it; the share is
remembered in the user database, so it follows the terminal's size and survives
a restart). Below
`NARROW_COLUMNS` three panes leave the article too narrow to read, so the
article shares the screen with one other pane: the list, or the side panel
once one of its tabs is chosen (`3`-`6`); `1` brings the list back.
"""

from __future__ import annotations

from contextlib import suppress

from textual import events, on

from reader.store.database import StoreError
from reader.store.preferences import Preferences
from reader.tui.screen_protocol import ScreenMixin
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.side_panel import SidePanel

LIST_WIDTH = "list_width"  # the preference: the list's share of the width, in per cent
DEFAULT_PERCENT = 28
MIN_PERCENT, MAX_PERCENT, STEP_PERCENT = 16, 64, 4
NARROW_COLUMNS = 110  # below this, the article and one other pane
NARROW = "-narrow"
SIDE_SHOWN = "-side"  # on a narrow screen: the side panel instead of the list


def clamp_percent(value: int) -> int:
    return max(MIN_PERCENT, min(MAX_PERCENT, value))


class Panes(ScreenMixin):
    """Actions `list_wider` and `list_narrower` (bound in `keymap.PANES`)."""

    list_percent: int = DEFAULT_PERCENT

    def restore_layout(self) -> None:
        """The list's width as the user left it (the default if unset or unreadable)."""
        saved = None
        with suppress(StoreError, ValueError):
            value = Preferences(self.reading.db).get(LIST_WIDTH)
            saved = int(value) if value is not None else None
        self._apply_list_width(clamp_percent(saved) if saved is not None else DEFAULT_PERCENT)
        self._fit(self.size.width)

    def action_list_wider(self) -> None:
        self._set_list_width(self.list_percent + STEP_PERCENT)

    def action_list_narrower(self) -> None:
        self._set_list_width(self.list_percent - STEP_PERCENT)

    def _set_list_width(self, percent: int) -> None:
        percent = clamp_percent(percent)
        if percent == self.list_percent:
            self.notify(f"The list is as {'wide' if percent == MAX_PERCENT else 'narrow'}"
                        " as it goes.", timeout=2)
            return
        self._apply_list_width(percent)
        with suppress(StoreError):  # saving off: the width holds for this run
            Preferences(self.reading.db).set(LIST_WIDTH, str(percent))

    def _apply_list_width(self, percent: int) -> None:
        self.list_percent = percent
        self.query_one(ArticleList).styles.width = f"{percent}%"

    # -- narrow terminals ----------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, columns: int) -> None:
        if columns <= 0:
            return
        narrow = columns < NARROW_COLUMNS
        self.set_class(narrow, NARROW)
        if not narrow:
            self.remove_class(SIDE_SHOWN)

    def show_side(self, shown: bool) -> None:
        """On a narrow screen, the side panel in the list's place (or the list back)."""
        if self.has_class(NARROW):
            self.set_class(shown, SIDE_SHOWN)

    @on(events.DescendantFocus)
    def _pane_focused(self, event: events.DescendantFocus) -> None:
        """A click or Tab into the list brings it back on a narrow screen."""
        if isinstance(event.widget, ArticleList):
            self.show_side(False)
        elif any(isinstance(node, SidePanel) for node in event.widget.ancestors):
            self.show_side(True)
