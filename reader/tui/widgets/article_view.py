"""The article text: a Line-API view over lines it lays out itself.

The lines, and the maps between offsets of the article's text and lines, are
an `ArticleLayout` (`reader.tui.article_layout`), wrapped once per width; this
widget draws them, applying styles (entity colours, search matches, the flash
on a figure) per visible line at render time, and handles keys, the mouse and
scrolling. So toggling colours or moving through matches costs nothing, a 1 MB
article wraps once, and any character offset maps to a line, which is what
scrolling to figures, matches and bookmarks needs.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise
from operator import itemgetter
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Offset, Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.widgets import Static

from reader.extract.model import EntityType
from reader.index.model import StoredArticle
from reader.tui import keymap
from reader.tui.article_layout import ArticleLayout
from reader.tui.messages import PassageMoved

GUTTER = 2
_ONE_CELL = str.maketrans("\t\v\f", "   ")  # characters a terminal moves the cursor for
MAX_MEASURE = 100  # long lines are hard to read: never wrap wider than this
FLASH_SECONDS = 1.2

ENTITY_LABELS = {
    EntityType.PERSON: "person",
    EntityType.ORG: "organisation",
    EntityType.GPE: "place",
    EntityType.PRODUCT: "product",
    EntityType.EVENT: "event",
    EntityType.NORP: "group",
    EntityType.DATE: "date",
}


def entity_class(kind: EntityType) -> str:
    return f"entity--{kind.value.lower()}"


SPEAKER_COLOURS = 6  # quotes take one of these tints, the same for a speaker everywhere


def speaker_class(speaker: str | None) -> str:
    """The component class of a speaker's quotes: stable across articles and sessions."""
    if not speaker:
        return "speaker--none"
    return f"speaker--{zlib.crc32(speaker.casefold().encode()) % SPEAKER_COLOURS}"


class _SpanLayer:
    """Sorted (start, end) spans with their styles, searchable by range."""

    def __init__(self, spans: Sequence[tuple[int, int, Style]]) -> None:
        ordered = sorted(spans, key=itemgetter(0, 1))
        self._keep([s[0] for s in ordered], [s[1] for s in ordered], [s[2] for s in ordered])

    @classmethod
    def of_columns(cls, starts: list[int], ends: list[int], styles: list[Style]) -> _SpanLayer:
        """The same from three lists, making no object per span (entities: thousands)."""
        layer = cls.__new__(cls)
        in_order = all(a < b or (a == b and c <= d) for a, b, c, d
                       in zip(starts, starts[1:], ends, ends[1:], strict=False))
        if not in_order:  # by start, then end: two stable sorts, no key tuples
            order = sorted(range(len(starts)), key=ends.__getitem__)
            order.sort(key=starts.__getitem__)
            starts, ends, styles = ([column[i] for i in order]
                                    for column in (starts, ends, styles))
        layer._keep(starts, ends, styles)
        return layer

    def _keep(self, starts: list[int], ends: list[int], styles: list[Style]) -> None:
        self.starts, self.ends, self.styles = starts, ends, styles
        self.longest = max((b - a for a, b in zip(starts, ends, strict=True)), default=0)

    @property
    def spans(self) -> list[tuple[int, int, Style]]:
        return list(zip(self.starts, self.ends, self.styles, strict=True))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        found = []
        starts, ends = self.starts, self.ends
        i = bisect_left(starts, end) - 1
        while i >= 0 and starts[i] >= start - self.longest:
            if ends[i] > start and starts[i] < end:
                found.append((starts[i], ends[i], self.styles[i]))
            i -= 1
        found.reverse()
        return found


class ArticleView(ScrollView, can_focus=True):
    """Title, byline, then paragraphs; a passage cursor in the gutter."""

    BINDINGS = keymap.ARTICLE_VIEW

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--meta",
        "article-view--heading",
        "article-view--body",
        "article-view--caption",
        "article-view--quote",
        "article-view--raw",
        "article-view--cursor",
        "article-view--match",
        "article-view--match-current",
        "article-view--flash",
        "article-view--bookmark",
        "article-view--bookmark-mark",
        "article-view--notice",
        *(entity_class(kind) for kind in EntityType),
        "speaker--none",
        *(f"speaker--{i}" for i in range(SPEAKER_COLOURS)),
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: StoredArticle | None = None
        self.raw_text: str | None = None
        self.raw_mode = False
        self.show_entities = True
        self.passage = 0  # index into the layout's stops
        self.notice = "No article open."
        self._layout = ArticleLayout([])  # the lines on show, and where the passages are
        self._matches: list[tuple[int, int]] = []
        self.current_match: int | None = None
        self._flash: tuple[int, int] | None = None
        self._flash_timer = None
        self._layers: list[_SpanLayer] = []
        self._entity_layer: _SpanLayer | None = None  # per article and theme: 7,000 spans at 1 MB
        self._quote_layer: _SpanLayer | None = None
        self._bookmarks: list[tuple[int, int]] = []  # bookmarked spans, marked in the gutter
        self._bookmark_layer = _SpanLayer([])
        self._selection: tuple[int, int] | None = None  # the mouse selection, article offsets
        self._frame: tuple[Style, int] | None = None  # base style and width, per render

    # -- what to show ----------------------------------------------------------------

    def show_article(self, article: StoredArticle | None, *, passage: int = 0) -> None:
        self.article = article
        self._entity_layer = None
        self._quote_layer = None
        self.raw_text = None
        self.raw_mode = False
        self._matches, self.current_match, self._flash = [], None, None
        self._bookmarks = []
        self._drop_selection()
        self._new_layout()
        stops = self._layout.stops
        self.passage = max(0, min(passage, len(stops) - 1))
        self._relayout(force=True)
        self.scroll_to(y=0, animate=False)
        if passage:
            self._scroll_to_block(stops[self.passage] if stops else 0)

    def show_notice(self, text: str) -> None:
        self.notice = text
        self.show_article(None)

    def set_raw(self, raw: bool, raw_text: str | None = None) -> None:
        """Switch between the cleaned article and the file's own text."""
        if raw and raw_text is not None:
            self.raw_text = raw_text
        self.raw_mode = raw and self.raw_text is not None
        self._drop_selection()
        self._new_layout()
        self.passage = 0
        self._relayout(force=True)
        self.scroll_to(y=0, animate=False)

    def set_show_entities(self, show: bool) -> None:
        self.show_entities = show
        self._rebuild_layers()

    def set_matches(self, matches: Sequence[tuple[int, int]], current: int | None = None) -> None:
        """Mark search matches (offsets into the article text); scroll to `current`."""
        self._matches = sorted(matches)
        self.current_match = None
        self._rebuild_layers()
        if current is not None and self._matches:
            self.go_to_match(current)

    def go_to_match(self, index: int) -> None:
        if not self._matches:
            return
        self.current_match = index % len(self._matches)
        self._rebuild_layers()
        self.scroll_to_offset(self._matches[self.current_match][0])

    @property
    def match_count(self) -> int:
        return len(self._matches)

    def flash(self, start: int, end: int) -> None:
        """Scroll to a span and highlight it briefly (a figure the user picked)."""
        self._flash = (start, end)
        self._rebuild_layers()
        self.scroll_to_offset(start)
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self._flash_timer = self.set_timer(FLASH_SECONDS, self._end_flash)

    def _end_flash(self) -> None:
        self._flash = None
        self._rebuild_layers()

    def set_bookmarks(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark bookmarked passages (offsets into the article text) with a gutter bar."""
        self._bookmarks = sorted(spans)
        self._rebuild_layers()

    # -- mouse selection: offsets ride on the segments (`Strip.apply_offsets`) -------

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as article offsets, outer whitespace trimmed (cleaned text only)."""
        span = self._selection_span(self.text_selection)
        if span is None or self.article is None:
            return None
        text, (start, end) = self.article.text, span
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        span = self._selection_span(selection)
        if span is not None and self.article is not None:
            return self.article.text[span[0] : span[1]], "\n"
        return selection.extract(self._layout.text()), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._selection = self._selection_span(selection)
        self._rebuild_layers()

    def _drop_selection(self) -> None:
        """Line coordinates change with the text or the width: a selection would drift."""
        attached = self.is_attached
        if self._selection is not None or (attached and self.text_selection is not None):
            self._selection = None
            if attached:
                self.screen.clear_selection()

    def _selection_span(self, selection: Selection | None) -> tuple[int, int] | None:
        if (selection is None or self.raw_mode or self.article is None
                or not self._layout.has_offsets):
            return None
        start = self._point_offset(selection.start, forward=True)
        end = self._point_offset(selection.end, forward=False)
        if start is None or end is None or start >= end:
            return None
        return start, end

    def _point_offset(self, point: Offset | None, *, forward: bool) -> int | None:
        """Article offset at a (column, document line); off the text it moves to the
        nearest text in the selection's direction (blank lines, title and byline)."""
        if point is None:
            return 0 if forward else len(self.article.text) if self.article else None
        return self._layout.offset_at(point.x, point.y, forward=forward)

    # -- positions -------------------------------------------------------------------

    def line_of_offset(self, offset: int) -> int | None:
        """The document line showing article offset `offset` (cleaned text only)."""
        if self.raw_mode:
            return None
        return self._layout.line_of_offset(offset)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring an offset into view, a third down the pane, and put the cursor there."""
        line = self.line_of_offset(offset)
        if line is None:
            return
        stop = self._layout.stop_at_line(line)
        if stop is not None:
            self._set_passage(stop, scroll=False)
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(0, line - height // 3), animate=False)

    @property
    def paragraph(self) -> int | None:
        """Index of the paragraph under the passage cursor (None in raw mode)."""
        if self.raw_mode or not self._layout.stops:
            return None
        return self._layout.paragraph_of_stop(self.passage)

    def go_to_paragraph(self, paragraph: int) -> None:
        stop = self._layout.stop_of_paragraph(paragraph)
        if stop is not None:
            self._set_passage(stop)

    def visible_text(self) -> str:
        """The text on screen, for tests and accessibility checks."""
        top = int(self.scroll_y)
        height = self.scrollable_content_region.height
        return "\n".join(self._layout.line_text(y) for y in range(top, top + height))

    # -- layout ----------------------------------------------------------------------

    def _new_layout(self) -> None:
        article = self.article
        if article is None:
            self._layout = ArticleLayout.of_notice(self.notice)
        elif self.raw_mode and self.raw_text is not None:
            self._layout = ArticleLayout.of_raw(self.raw_text)
        else:
            self._layout = ArticleLayout.of_article(article)
        self._rebuild_layers()

    def _measure(self) -> int:
        return max(10, min(self.scrollable_content_region.width - GUTTER, MAX_MEASURE))

    def _relayout(self, *, force: bool = False) -> None:
        width = self._measure()
        if width == self._layout.width and not force:
            return
        if not force:
            self._drop_selection()
        # At the very top the top is the place to keep: anchoring on the first text
        # offset would scroll a derived headline (no offset of its own) out of view.
        anchor = None if force or self.scroll_y == 0 else self._top_offset()
        self._layout.wrap(width)
        self.virtual_size = Size(self.scrollable_content_region.width, self._layout.line_count)
        self.refresh()
        if anchor is not None and not force:
            line = self.line_of_offset(anchor)
            if line is not None:
                self.scroll_to(y=line, animate=False)

    def _top_offset(self) -> int | None:
        """Article offset at the top of the view, to keep the place across a resize."""
        return self._layout.offset_from(int(self.scroll_y))

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self._new_layout()
        self._relayout(force=True)

    # -- styles ----------------------------------------------------------------------

    def _rebuild_layers(self) -> None:
        layers: list[_SpanLayer] = []
        article = self.article
        if article is not None and not self.raw_mode:
            if self.show_entities:
                layers.append(self._quotes_layer(article))
                layers.append(self._entities_layer(article))
            match = self.get_component_rich_style("article-view--match")
            current = self.get_component_rich_style("article-view--match-current")
            layers.append(
                _SpanLayer(
                    [
                        (start, end, current if i == self.current_match else match)
                        for i, (start, end) in enumerate(self._matches)
                    ]
                )
            )
            if self._flash is not None:
                flash = self.get_component_rich_style("article-view--flash")
                layers.append(_SpanLayer([(*self._flash, flash)]))
            if self._selection is not None and self.is_attached:
                chosen = self.screen.get_component_rich_style("screen--selection")
                layers.append(_SpanLayer([(*self._selection, chosen)]))
        marked = self.get_component_rich_style("article-view--bookmark")
        self._bookmark_layer = _SpanLayer([(s, e, marked) for s, e in self._bookmarks])
        if self._bookmarks and article is not None and not self.raw_mode:
            layers.insert(1 if self.show_entities else 0, self._bookmark_layer)
        self._layers = layers
        self.refresh()

    def _entities_layer(self, article: StoredArticle) -> _SpanLayer:
        if self._entity_layer is None:
            styles = {kind: self.get_component_rich_style(entity_class(kind))
                      for kind in EntityType}
            entities = article.entities
            self._entity_layer = _SpanLayer.of_columns(
                [e.start for e in entities], [e.end for e in entities],
                [styles[e.type] for e in entities],
            )
        return self._entity_layer

    def _quotes_layer(self, article: StoredArticle) -> _SpanLayer:
        """Quotations tinted by speaker, under the entity colours."""
        if self._quote_layer is None:
            self._quote_layer = _SpanLayer(
                [
                    (q.start, q.end, self.get_component_rich_style(speaker_class(q.speaker)))
                    for q in article.quotes
                ]
            )
        return self._quote_layer

    def _theme_changed(self, _theme: str) -> None:
        # Span styles are resolved once per article; re-resolve after the new CSS applies.
        self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        self._entity_layer = None
        self._quote_layer = None
        self._rebuild_layers()

    # -- the passage cursor ----------------------------------------------------------

    def _set_passage(self, index: int, *, scroll: bool = True) -> None:
        stops = self._layout.stops
        if not stops:
            return
        index = max(0, min(index, len(stops) - 1))
        old = self.passage
        self.passage = index
        for stop in {old, index}:
            if stop < len(stops):
                first, count = self._layout.stop_lines(stop)
                self.refresh_lines(first, count)
        if scroll:
            self._scroll_to_block(stops[index])
        paragraph = self.paragraph
        if paragraph is not None and old != index:
            self.post_message(PassageMoved(paragraph))

    def _scroll_to_block(self, block: int) -> None:
        first, count = self._layout.block_lines(block)
        height = self.scrollable_content_region.height
        top = int(self.scroll_y)
        if first < top or count > height:
            self.scroll_to(y=first, animate=False)
        elif first + count > top + height:
            self.scroll_to(y=first + count - height, animate=False)

    def _cursor_lines(self) -> tuple[int, int]:
        if not self._layout.stops:
            return 0, 0
        return self._layout.stop_lines(self.passage)

    def action_next_passage(self) -> None:
        first, count = self._cursor_lines()
        height = self.scrollable_content_region.height
        bottom = int(self.scroll_y) + height
        if count > height and first + count > bottom:
            # A paragraph taller than the pane: read through it before moving on.
            self.scroll_to(y=int(self.scroll_y) + max(1, height - 2), animate=False)
            return
        self._set_passage(self.passage + 1)

    def action_prev_passage(self) -> None:
        first, count = self._cursor_lines()
        height = self.scrollable_content_region.height
        top = int(self.scroll_y)
        if count > height and first < top:
            self.scroll_to(y=max(first, top - max(1, height - 2)), animate=False)
            return
        self._set_passage(self.passage - 1)

    def action_top(self) -> None:
        self._set_passage(0, scroll=False)
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self._set_passage(len(self._layout.stops) - 1, scroll=False)
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def _passage_at_top(self) -> None:
        top = int(self.scroll_y)
        stop = self._layout.first_stop_between(top, top + self.scrollable_content_region.height)
        if stop is not None:
            self._set_passage(stop, scroll=False)

    def action_page_down(self) -> None:
        self.scroll_to(y=int(self.scroll_y) + self.scrollable_content_region.height - 1,
                       animate=False)
        self.call_after_refresh(self._passage_at_top)

    def action_page_up(self) -> None:
        self.scroll_to(y=int(self.scroll_y) - self.scrollable_content_region.height + 1,
                       animate=False)
        self.call_after_refresh(self._passage_at_top)

    def on_click(self, event: events.Click) -> None:
        stop = self._layout.stop_at_line(event.y + int(self.scroll_y))
        if stop is not None:
            self._set_passage(stop, scroll=False)

    # -- rendering -------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # Worked out once a frame, not once a line: each walks the DOM.
        self._frame = (self.rich_style, self.scrollable_content_region.width)
        if self._measure() != self._layout.width:
            # The width changed without a resize event (a scrollbar came or went).
            self.call_later(self._relayout)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        base, width = self._frame or (self.rich_style, self.scrollable_content_region.width)
        layout = self._layout
        doc_y = y + int(self.scroll_y)
        if doc_y >= layout.line_count or layout.lines[doc_y].block < 0:
            return Strip.blank(width, base).apply_offsets(0, doc_y)
        line = layout.lines[doc_y]
        block = layout.blocks[line.block]
        # A tab is one character of the layout and must be one cell on screen: a terminal
        # would jump to its next tab stop and leave the last article's letters between.
        text = block.text[line.start : line.end].rstrip().translate(_ONE_CELL)
        role_style = base + self.get_component_rich_style(f"article-view--{block.role}")
        on_cursor = bool(layout.stops) and line.block == layout.stops[self.passage]
        gutter_style = (
            base + self.get_component_rich_style("article-view--cursor") if on_cursor else base
        )
        gutter = "▌ " if on_cursor else "  "
        if (
            not on_cursor and block.start is not None
            and self._bookmark_layer.overlapping(block.start + line.start, block.start + line.end)
        ):
            gutter = "┃ "
            gutter_style = base + self.get_component_rich_style("article-view--bookmark-mark")
        segments = [Segment(gutter, gutter_style)]
        if block.start is None or not self._layers:
            segments.append(Segment(text, role_style))
        else:
            segments.extend(self._styled(text, block.start + line.start, role_style))
        # Offsets on every cell let the mouse select text; the gutter counts as column 0.
        return Strip(segments).apply_offsets(-GUTTER, doc_y).crop_extend(0, width, base)

    def _styled(self, text: str, offset: int, style: Style) -> list[Segment]:
        """Split a line at span edges and give each piece the styles over it."""
        end = offset + len(text)
        spans = [s for layer in self._layers for s in layer.overlapping(offset, end)]
        if not spans:
            return [Segment(text, style)]
        cuts = {0, len(text)}
        for start, stop, _ in spans:
            cuts.add(max(0, start - offset))
            cuts.add(min(len(text), stop - offset))
        edges = sorted(cuts)
        segments = []
        for a, b in pairwise(edges):
            if a == b:
                continue
            piece_style = style
            for start, stop, span_style in spans:
                if start - offset <= a and stop - offset >= b:
                    piece_style = piece_style + span_style
            segments.append(Segment(text[a:b], piece_style))
        return segments


class EntityLegend(Static):
    """One swatch per entity type in the open article, in the view's own colours."""

    _view: ArticleView | None = None

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self, _theme: str) -> None:
        if self._view is not None:
            view = self._view
            self.call_after_refresh(lambda: self.show_for(view))

    def show_for(self, view: ArticleView) -> None:
        self._view = view
        article = view.article
        legend = Text(no_wrap=True, overflow="ellipsis")
        if article is None:
            self.update(legend)
            return
        if view.raw_mode:
            legend.append("the file as it is on disk; r shows the cleaned article", style="dim")
            self.update(legend)
            return
        present = {e.type for e in article.entities}
        if not present:
            legend.append("no entities found", style="dim")
        elif not view.show_entities:
            legend.append("entity colours off (e)", style="dim")
        else:
            for kind in EntityType:
                if kind in present:
                    if legend:
                        legend.append("  ")
                    legend.append(
                        f"■ {ENTITY_LABELS[kind]}",
                        style=view.get_component_rich_style(entity_class(kind)),
                    )
        self.update(legend)
