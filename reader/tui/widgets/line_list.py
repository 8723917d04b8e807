"""A list that draws only the rows on screen.

`OptionList` renders every option to learn its height before the first paint:
0.3 s for the 3,000 figures of a 1 MB article. Here every row has the same
height, so the list is sized without rendering anything, and a row's text is
built only when it scrolls into view (`row_lines`). Keys, mouse and styles
follow `OptionList`, so the panes look and behave as they did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

MAX_CACHED_ROWS = 512
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Row:
    """One row: an id for the caller, and whether the cursor may rest on it."""

    id: str | None
    disabled: bool = False


class LineList(ScrollView, can_focus=True):
    """Rows of `row_height` lines; a highlighted row that keys and clicks move."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-list--option",
        "line-list--option-disabled",
        "line-list--option-highlighted",
        "line-list--option-hover",
    }

    # OptionList's look (its border and padding are dropped: the panes have none).
    DEFAULT_CSS = """
    LineList {
        height: auto;
        max-height: 100%;
        color: $foreground;
        overflow-x: hidden;
        background: $surface;
        & > .line-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .line-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .line-list--option-disabled {
            color: $text-disabled;
        }
        & > .line-list--option-hover {
            background: $block-hover-background;
        }
    }
    """

    row_height: ClassVar[int] = 1

    @dataclass
    class Chosen(Message):
        """Enter or a click on an enabled row."""

        line_list: LineList
        index: int
        row: Row

        @property
        def control(self) -> LineList:
            return self.line_list

    @dataclass
    class Highlighted(Message):
        """The highlight moved to another row (None: no row)."""

        line_list: LineList
        index: int | None

        @property
        def control(self) -> LineList:
            return self.line_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Sequence[Row] = ()
        self._highlighted: int | None = None
        self._hover: int | None = None
        self._strips: dict[tuple[int, Style], list[Strip]] = {}
        self._strips_width = 0
        self._frame: tuple[int, dict[str, Style]] | None = None  # width and styles, per render

    # -- what to show --------------------------------------------------------------------

    def row_lines(self, index: int, width: int) -> Sequence[Text]:
        """The lines of row `index`, `width` cells wide; called only for rows on screen."""
        raise NotImplementedError(f"{type(self).__name__} must say what its rows show")

    def set_rows(self, rows: Sequence[Row], *, highlighted: int | None = None) -> None:
        """Replace every row; the list scrolls back to the top."""
        self.rows = rows
        self._highlighted = None
        self._hover = None
        self._strips.clear()
        self._sync_size()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()
        self.highlighted = highlighted

    # -- the highlight (named as OptionList's, so code written for it keeps working) ---

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, len(self.rows) - 1)) if self.rows else None
        previous, self._highlighted = self._highlighted, index
        self._refresh_row(previous)
        self._refresh_row(index)
        self.scroll_to_highlight()
        if index != previous or index is None:
            self.post_message(self.Highlighted(self, index))

    @property
    def highlighted_option(self) -> Row | None:
        index = self._highlighted
        return self.rows[index] if index is not None else None

    def get_option_at_index(self, index: int) -> Row:
        return self.rows[index]

    @property
    def option_count(self) -> int:
        return len(self.rows)

    def scroll_to_highlight(self) -> None:
        """Bring the highlighted row into view (once the list has a size)."""
        index = self._highlighted
        height = self.scrollable_content_region.height
        if index is None or not height:
            return
        top = index * self.row_height
        scroll_y = int(self.scroll_y)
        if top < scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + self.row_height > scroll_y + height:
            self.scroll_to(y=top + self.row_height - height, animate=False, immediate=True)

    # -- keys ----------------------------------------------------------------------------

    def _enabled(self, indexes: range) -> int | None:
        rows = self.rows
        return next((i for i in indexes if not rows[i].disabled), None)

    def _step(self, direction: int) -> None:
        """The next enabled row, around the ends (as OptionList does)."""
        count = len(self.rows)
        if not count:
            return
        anchor = self._highlighted
        if anchor is None:
            self.action_first() if direction > 0 else self.action_last()
            return
        for step in range(1, count + 1):
            index = (anchor + direction * step) % count
            if not self.rows[index].disabled:
                self.highlighted = index
                return

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        index = self._enabled(range(len(self.rows)))
        if index is not None:
            self.highlighted = index

    def action_last(self) -> None:
        index = self._enabled(range(len(self.rows) - 1, -1, -1))
        if index is not None:
            self.highlighted = index

    def _page(self, direction: int) -> None:
        if self._highlighted is None:
            self.action_first() if direction < 0 else self.action_last()
            return
        rows = max(1, self.scrollable_content_region.height // self.row_height)
        target = max(0, min(self._highlighted + direction * rows, len(self.rows) - 1))
        index = self._enabled(range(target, len(self.rows)) if direction > 0
                              else range(target, -1, -1))
        if index is None:  # only disabled rows past the target: the nearest one before it
            index = self._enabled(range(target, -1, -1) if direction > 0
                                  else range(target, len(self.rows)))
        if index is not None:
            self.highlighted = index

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        index = self._highlighted
        if index is not None and not self.rows[index].disabled:
            self.post_message(self.Chosen(self, index, self.rows[index]))

    # -- mouse ---------------------------------------------------------------------------

    def _row_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        index = (offset.y + int(self.scroll_y)) // self.row_height
        return index if 0 <= index < len(self.rows) else None

    def on_click(self, event: events.Click) -> None:
        index = self._row_at(event)
        if index is not None and not self.rows[index].disabled:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_at(event))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            previous, self._hover = self._hover, index
            self._refresh_row(previous)
            self._refresh_row(index)

    # -- size ----------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._sync_size()
        self.scroll_to_highlight()

    def on_show(self, event: events.Show) -> None:
        self.scroll_to_highlight()

    def notify_style_update(self) -> None:
        self._strips.clear()  # a theme or focus change restyles every row
        self.refresh()
        super().notify_style_update()

    def _sync_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width,
                                 len(self.rows) * self.row_height)

    def _refresh_row(self, index: int | None) -> None:
        if index is not None and index < len(self.rows):
            self.refresh_lines(index * self.row_height, self.row_height)

    # -- rendering -----------------------------------------------------------------------

    _STATES = ("", "line-list--option-disabled", "line-list--option-highlighted",
               "line-list--option-hover")

    def render_lines(self, crop: Region) -> list[Strip]:
        # Worked out once a frame, not once a line: each walks the DOM.
        self._frame = self._measure_frame()
        return super().render_lines(crop)

    def _measure_frame(self) -> tuple[int, dict[str, Style]]:
        return self.scrollable_content_region.width, {
            state: self.get_visual_style("line-list--option", *([state] if state else []))
            for state in self._STATES
        }

    def render_line(self, y: int) -> Strip:
        width, styles = self._frame or self._measure_frame()
        index, part = divmod(y + int(self.scroll_y), self.row_height)
        if index >= len(self.rows):
            return Strip.blank(width, styles[""].rich_style)
        if self.rows[index].disabled:
            style = styles["line-list--option-disabled"]
        elif index == self._highlighted:
            style = styles["line-list--option-highlighted"]
        elif index == self._hover:
            style = styles["line-list--option-hover"]
        else:
            style = styles[""]
        strips = self._row_strips(index, style, width)
        if part < len(strips):
            return strips[part]
        return Strip.blank(width, style.rich_style)

    def _row_strips(self, index: int, style: Style, width: int) -> list[Strip]:
        if width != self._strips_width or len(self._strips) > MAX_CACHED_ROWS:
            self._strips.clear()
            self._strips_width = width
        key = (index, style)
        strips = self._strips.get(key)
        if strips is None:
            strips = self._render_row(self.row_lines(index, width), style, width)
            self._strips[key] = strips
        return strips

    def _render_row(self, lines: Sequence[Text], style: Style, width: int) -> list[Strip]:
        """Each line on the row's style, cut with an ellipsis at `width`.

        Rich renders the spans straight to segments: Textual's own route (a Visual,
        then strips) costs a few times more, and this runs for every row scrolled into view.
        """
        console = self.app.console
        base = style.rich_style
        strips = []
        for line in lines[: self.row_height]:
            line.end = ""
            if line.cell_len > width:
                line.truncate(width, overflow="ellipsis")
            # `Text.render` leaves out the text's own style (its caller applies it).
            row = base + console.get_style(line.style) if line.style else base
            segments = [
                Segment(segment.text, row + segment.style if segment.style else row)
                for segment in line.render(console)
            ]
            strips.append(Strip(segments).extend_cell_length(width, base))
        return strips


class ItemList(LineList, Generic[T]):
    """One row per item of a list, or one dim line saying why there is none.

    `show` replaces the items (the cursor on `keep` when it is still there, else
    on the first); subclasses say how an item reads (`item_lines`).
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[T] = []
        self.empty = ""

    def show(self, items: Sequence[T], empty: str, keep: T | None = None) -> None:
        self.items = list(items)
        self.empty = empty
        if not self.items:
            self.set_rows([Row(None, disabled=True)])
            return
        index = self.items.index(keep) if keep is not None and keep in self.items else 0
        self.set_rows([Row(str(i)) for i in range(len(self.items))], highlighted=index)
        if index:
            self.scroll_to_highlight()

    def row_lines(self, index: int, width: int) -> Sequence[Text]:
        if not self.items:
            return [Text(self.empty, style="dim")]
        return self.item_lines(self.items[index], width)

    def item_lines(self, item: T, width: int) -> Sequence[Text]:
        raise NotImplementedError(f"{type(self).__name__} must say how an item reads")

    @property
    def current(self) -> T | None:
        """The item under the cursor."""
        index = self.highlighted
        if not self.items or index is None or index >= len(self.items):
            return None
        return self.items[index]
