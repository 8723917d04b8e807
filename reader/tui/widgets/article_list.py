"""The article list: a virtualised list, two or three lines per article.

Only the visible rows are rendered (`render_line`), so 20,000 articles cost
the same as twenty. A row is the whole title (wrapped to a second line when it
does not fit the list's width) above its date, source and tags; rows therefore
differ in height, and `_tops` (each row's first line, recomputed when the rows
or the width change) maps lines to rows. Moving the cursor opens the article
under it; the cursor row is always the open article. Search results
(`set_hits`) add the hit count to the meta line and the best passage under it.

Copies of one article (exact or near duplicates, grouped by the index) take one
row: the group's lead (its earliest copy) where the list holds it, else the first
copy listed (in search results, the best-ranked), with "+N copies" on its date line;
`toggle_copies` lists the other copies under it, marked ↳, and back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.index.collection import collapse, copies_by_group
from reader.index.model import ArticleSummary, Hit, Passage
from reader.tui import keymap
from reader.tui.article_layout import date_label
from reader.tui.messages import ArticleChosen, PassagesWanted

TITLE_LINES = 2  # a longer title ends in … on its second line
GUTTER = 1  # the cursor's bar, before every line
PASSAGE_LEAD = 0.25  # how far into the line a passage's first match sits


def passage_window(passage: Passage, width: int) -> tuple[str, list[tuple[int, int]]]:
    """The piece of a passage that fits `width` characters, its first match in view.

    A narrow list would otherwise show only the passage's opening words, and
    the matched term is the point of the line.
    """
    text = " ".join(passage.text.split("\n"))
    first = passage.marks[0][0] if passage.marks else 0
    start = max(0, first - int(width * PASSAGE_LEAD))
    space = text.find(" ", start, first)
    if start > 0 and space >= 0:
        start = space + 1  # begin at a word, not inside one
    prefix = ""
    if start > 0:
        prefix, width = "…", width - 1
    piece = prefix + text[start : start + width]
    shift = len(prefix) - start
    marks = [
        (max(a + shift, len(prefix)), min(b + shift, len(piece)))
        for a, b in passage.marks
        if b > start and a < start + width
    ]
    return piece, marks


def title_lines(title: str, width: int) -> list[str]:
    """`title` in at most two lines of `width` cells, broken between words.

    Only a word longer than the whole line is cut; a title longer than two lines
    ends in "…". One line when it fits, so short titles cost no extra line.
    """
    width = max(1, width)
    if cell_len(title) <= width:
        return [title]
    words = title.split()
    first: list[str] = []
    used = 0
    for word in words:
        needed = cell_len(word) + (1 if first else 0)
        if used + needed > width:
            break
        first.append(word)
        used += needed
    if not first:  # one word wider than the list: cut it
        stripped = title.strip()
        cut = used = 0
        for char in stripped:
            used += cell_len(char)
            if used > width:
                break
            cut += 1
        return [stripped[:cut], _last_line(stripped[cut:].strip(), width)]
    rest = " ".join(words[len(first):])
    return [" ".join(first), _last_line(rest, width)]


def _last_line(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(0, width - 1)).rstrip() + "…"


class ArticleList(ScrollView, can_focus=True):
    """Titles with date · source underneath; read articles dimmed."""

    BINDINGS = keymap.ARTICLE_LIST

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--title",
        "article-list--meta",
        "article-list--read",
        "article-list--cursor",
        "article-list--passage",
        "article-list--mark",
    }

    DEFAULT_CSS = """
    ArticleList > .article-list--passage { color: $text-muted; }
    ArticleList > .article-list--mark { color: $warning; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[ArticleSummary] = []
        self.read_ids: set[str] = set()  # the screen's own set: marks show as they change
        self.tags: dict[str, tuple[str, ...]] = {}  # the user's tags, by article id
        self.cursor: int | None = None
        self.hits: list[Hit] | None = None  # set while the rows are search results
        self._tops: list[int] = [0]  # each row's first line, and the total last
        self._laid_out_for = 0  # the text width `_tops` was computed for
        self._index: dict[str, int] = {}
        self._passages_asked: set[int] = set()  # rows asked for once, so each scroll asks once
        self.groups: dict[str, list[ArticleSummary]] = {}  # copies, by their lead's id
        self._group_of: dict[str, str] = {}  # each copy's lead
        self.expanded: set[str] = set()  # groups whose copies are listed under their row
        self.copy_rows: set[int] = set()  # rows that are listed copies, not groups
        self._given: tuple[list[ArticleSummary], list[Hit] | None] = ([], None)

    # -- data --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ArticleSummary], *, keep: str | None = None) -> None:
        """Replace the rows; keep the cursor on article `keep` when it is still listed.
        Groups of copies start folded, but for the one `keep` is a copy in."""
        self.expanded.clear()
        self._fill(list(rows), None, keep)

    def set_hits(self, hits: Sequence[Hit], *, keep: str | None = None) -> None:
        """Show search results, in their order, with hit counts and passages; a group
        of copies must come once (`reader.tui.search.grouped`).

        A row drawn without its passage (only the leading results come with one)
        asks for the passages of the screenful from it (`PassagesWanted`).
        """
        self.expanded.clear()
        self._fill([hit.summary for hit in hits], list(hits), keep)

    def visible_rows(self) -> int:
        """How many rows fit on screen, at most (at least one before the first layout)."""
        return max(1, self.scrollable_content_region.height // 2 + 1)

    def visible_results(self) -> int:
        """How many search results fit on screen, at most: each takes a title, a meta
        and a passage line."""
        return max(1, self.scrollable_content_region.height // 3 + 1)

    def row_at(self, line: int) -> int | None:
        """The row drawn on this line of the whole list (not of the screen)."""
        if line < 0 or line >= self._tops[-1]:
            return None
        return bisect_right(self._tops, line) - 1

    def row_lines(self, index: int) -> tuple[int, int]:
        """A row's first line in the whole list, and its height."""
        return self._tops[index], self._tops[index + 1] - self._tops[index]

    def add_passages(self, passages: dict[str, Passage]) -> None:
        """Passages fetched for rows scrolled into view."""
        if self.hits is None or not passages:
            return
        for article_id, passage in passages.items():
            i = self._index.get(article_id)
            if i is not None and self.hits[i].passage is None:
                self.hits[i] = replace(self.hits[i], passage=passage)
        self.refresh()

    def set_groups(self, summaries: Sequence[ArticleSummary]) -> None:
        """The corpus's groups of copies (the summaries' order is the copies' order)."""
        self.groups = copies_by_group(summaries)
        self._group_of = {m.id: lead for lead, members in self.groups.items() for m in members}
        self.expanded &= self.groups.keys()

    def copies_of(self, summary: ArticleSummary) -> list[ArticleSummary]:
        """Every article of `summary`'s group, itself included; [] when it has no copies."""
        return self.groups.get(summary.group, []) if summary.group is not None else []

    @property
    def given_rows(self) -> list[ArticleSummary]:
        """The rows as last set, every copy included (what the list groups)."""
        return self._given[0]

    @property
    def listed(self) -> int:
        """Rows that are articles or groups, not listed copies."""
        return len(self.rows) - len(self.copy_rows)

    def toggle_copies(self, article_id: str) -> bool | None:
        """List (or fold away) the copies of the article's group; None without copies."""
        row = self.rows[self._index[article_id]] if article_id in self._index else None
        if row is None or row.group is None or row.group not in self.groups:
            return None
        if row.group in self.expanded:
            self.expanded.discard(row.group)
            lead = self._lead_row(row.group)
            keep = lead.id if lead is not None else article_id
        else:
            self.expanded.add(row.group)
            keep = article_id
        self._fill(*self._given, keep)
        return row.group in self.expanded

    def _lead_row(self, group: str) -> ArticleSummary | None:
        """The row standing for a group (not one of its listed copies)."""
        for i, row in enumerate(self.rows):
            if row.group == group and i not in self.copy_rows:
                return row
        return None

    def _fill(self, rows: list[ArticleSummary], hits: list[Hit] | None,
              keep: str | None) -> None:
        self._given = (rows, hits)
        group = self._group_of.get(keep) if keep else None
        if group is not None and group not in self.expanded:
            # A copy folded into its group's row: show it (the one case worth a pass).
            shown = collapse(rows, lead_first=hits is None)
            if keep not in {rows[i].id for i in shown} and any(r.id == keep for r in rows):
                self.expanded.add(group)
        rows, hits, self.copy_rows = self._grouped(rows, hits)
        self.rows = rows
        self.hits = hits
        self._passages_asked = set()
        self._index = {row.id: i for i, row in enumerate(self.rows)}
        self.cursor = self._index.get(keep) if keep else None
        self._layout()
        self.refresh()
        if self.cursor is not None:
            self.call_after_refresh(self._scroll_to_cursor)

    def _grouped(
        self, rows: list[ArticleSummary], hits: list[Hit] | None
    ) -> tuple[list[ArticleSummary], list[Hit] | None, set[int]]:
        """One row per group of copies, its copies under it when it is expanded."""
        if not self.groups or (hits is not None and not self.expanded):
            return rows, hits, set()  # search results come grouped (`search.grouped`)
        kept = collapse(rows, lead_first=hits is None)
        if len(kept) == len(rows) and not self.expanded:
            return rows, hits, set()
        hit_of = {hit.summary.id: hit for hit in hits} if hits is not None else {}
        out_rows: list[ArticleSummary] = []
        out_hits: list[Hit] | None = [] if hits is not None else None
        copies: set[int] = set()
        for i in kept:
            row = rows[i]
            out_rows.append(row)
            if out_hits is not None and hits is not None:
                out_hits.append(hits[i])
            if row.group is None or row.group not in self.expanded:
                continue
            for member in self.groups.get(row.group, []):
                if member.id == row.id:
                    continue
                copies.add(len(out_rows))
                out_rows.append(member)
                if out_hits is not None:
                    out_hits.append(hit_of.get(member.id) or Hit(member, 0.0, 0))
        return out_rows, out_hits, copies

    def set_read(self, read_ids: set[str]) -> None:
        """Dim these articles; the set is kept (not copied), so later marks in it show
        once their row is refreshed (`refresh_article`)."""
        self.read_ids = read_ids
        self.refresh()

    def set_tags(self, tags: dict[str, tuple[str, ...]]) -> None:
        self.tags = tags
        self._layout()  # a row that had no meta line may have one now
        self.refresh()

    def refresh_article(self, article_id: str) -> None:
        """Draw an article's row again (its read mark or tags changed)."""
        index = self._index.get(article_id)
        if index is not None and self._row_height(index, self._text_width()) != (
            self.row_lines(index)[1]
        ):
            self._layout()
            self.refresh()
            return
        self._refresh_row(index)

    def index_of(self, article_id: str) -> int | None:
        return self._index.get(article_id)

    @property
    def current(self) -> ArticleSummary | None:
        return self.rows[self.cursor] if self.cursor is not None and self.rows else None

    # -- cursor ------------------------------------------------------------------------

    def select(self, article_id: str) -> None:
        """Put the cursor on an article without opening it (the app already did);
        a copy folded into its group's row opens the group."""
        index = self._index.get(article_id)
        if index is None and any(row.id == article_id for row in self._given[0]):
            self._fill(*self._given, article_id)
            return
        if index is not None and index != self.cursor:
            previous, self.cursor = self.cursor, index
            self._refresh_row(previous)
            self._refresh_row(index)
            self._scroll_to_cursor()

    def move_to(self, index: int) -> None:
        """Move the cursor and open the article under it."""
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index == self.cursor:
            return
        previous, self.cursor = self.cursor, index
        self._refresh_row(previous)
        self._refresh_row(index)
        self._scroll_to_cursor()
        self.post_message(ArticleChosen(self.rows[index].id))

    def _scroll_to_cursor(self) -> None:
        if self.cursor is None or self.cursor >= len(self.rows):
            return
        top, row_height = self.row_lines(self.cursor)
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + row_height > self.scroll_y + height:
            self.scroll_to(y=top + row_height - height, animate=False)

    def _refresh_row(self, index: int | None) -> None:
        if index is not None and index < len(self.rows):
            top, height = self.row_lines(index)
            self.refresh_lines(top, height)

    def action_cursor_down(self) -> None:
        self.move_to(0 if self.cursor is None else self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(0 if self.cursor is None else self.cursor - 1)

    def action_top(self) -> None:
        self.move_to(0)

    def action_bottom(self) -> None:
        self.move_to(len(self.rows) - 1)

    def _page(self, step: int) -> int:
        """The row a screenful (less one line) away from the cursor, `step` = +1 or -1."""
        cursor = self.cursor or 0
        if not self.rows:
            return 0
        distance = max(1, self.scrollable_content_region.height - 1)
        top = self._tops[cursor] + step * distance
        target = self.row_at(max(0, min(top, self._tops[-1] - 1)))
        if target is None or target == cursor:
            return cursor + step
        return target

    def action_page_down(self) -> None:
        self.move_to(self._page(1))

    def action_page_up(self) -> None:
        self.move_to(self._page(-1))

    def action_read(self) -> None:
        """Enter: go read the article under the cursor."""
        if self.cursor is None and self.rows:
            self.move_to(0)
        self.screen.focus_next()

    def on_click(self, event: events.Click) -> None:
        row = self.row_at(event.y + int(self.scroll_y))
        if row is not None:
            self.move_to(row)

    def on_resize(self, event: events.Resize) -> None:
        if not self._laid_out_for or self._text_width() != self._laid_out_for:
            self._layout()
            self.call_after_refresh(self._scroll_to_cursor)
        else:
            self._sync_size()

    # -- layout ------------------------------------------------------------------------

    def _text_width(self) -> int:
        """The title's width, the same with or without the scrollbar: its coming and
        going resizes nothing, so rows laid out before it would no longer fit."""
        scrollbar = self.styles.scrollbar_size_vertical
        return max(1, self.size.width - scrollbar - GUTTER - 1)

    def _title(self, index: int) -> str:
        row = self.rows[index]
        title = row.title or row.path
        return f"↳ {title}" if index in self.copy_rows else title

    def _meta(self, index: int) -> str:
        row = self.rows[index]
        hit = self.hits[index] if self.hits is not None else None
        copy = index in self.copy_rows
        count = f"{hit.hit_count} hit{'s' if hit.hit_count != 1 else ''}" if hit else None
        if copy and hit is not None and not hit.hit_count:
            count = None
        tags = self.tags.get(row.id)
        labels = " ".join(f"#{tag}" for tag in tags) if tags else None
        if copy:
            # The copy's own file tells it apart from the row it is a copy of; a
            # source that is only that file's folder would say it twice.
            copies: str | None = row.path
            source = row.source if row.source != row.folder else None
        else:
            source = row.source
            others = len(self.copies_of(row)) - 1
            copies = f"+{others} cop{'ies' if others != 1 else 'y'}" if others > 0 else None
        text = " · ".join(x for x in (date_label(row), source, labels, count, copies) if x)
        return f"  {text}" if copy else text

    def _row_height(self, index: int, width: int) -> int:
        row = self.rows[index]
        title = self._title(index)
        # len() for ASCII titles: cell_len on 20,000 of them is 50 ms a keystroke.
        lines = 1 if (len(title) if title.isascii() else cell_len(title)) <= width else TITLE_LINES
        if self.hits is not None:
            return lines + 2  # the meta line has the hit count; the passage below
        has_meta = (row.published is not None or bool(row.source) or row.id in self.tags
                    or row.group is not None)  # a copy's file, a group's "+N copies"
        return lines + has_meta

    def _layout(self) -> None:
        """Each row's height at the current width.

        Once per keystroke for up to 20,000 results, so the common case is a few
        comprehensions (3 ms) rather than a call per row (10 ms); listed copies,
        whose title is marked, are measured one by one.
        """
        rows = self.rows
        if not self.size.width:
            # Not laid out yet (the first rows arrive before the first frame): two
            # lines a row until the first resize measures them, at no cost.
            self._laid_out_for = 0
            self._tops = list(range(0, 2 * len(rows) + 1, 2))
            self._sync_size()
            return
        width = self._text_width()
        self._laid_out_for = width
        fits = [len(t) <= width if t.isascii() else cell_len(t) <= width
                for t in [row.title or row.path for row in rows]]
        if self.hits is not None:
            heights = [4 - one for one in fits]  # title line(s), meta, passage
        else:
            tags = self.tags
            heights = [
                2 - one + (row.published is not None or bool(row.source) or row.id in tags
                           or row.group is not None)
                for one, row in zip(fits, rows, strict=True)
            ]
        for i in self.copy_rows:
            heights[i] = self._row_height(i, width)
        self._tops = list(accumulate(heights, initial=0))
        self._sync_size()

    def _sync_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._tops[-1])

    # -- rendering ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = self.row_at(line)
        if index is None:
            return Strip.blank(width, base)
        row = self.rows[index]
        hit = self.hits[index] if self.hits is not None else None
        read = row.id in self.read_ids
        copy = index in self.copy_rows
        part = line - self._tops[index]
        titles = title_lines(self._title(index), self._text_width())
        if part < len(titles):
            style = self.get_component_rich_style("article-list--title")
            text = titles[part]
        elif part == len(titles):
            style = self.get_component_rich_style("article-list--meta")
            text = self._meta(index)
        else:
            style = self.get_component_rich_style("article-list--passage")
        if read:
            style += self.get_component_rich_style("article-list--read")
        if index == self.cursor:
            style += self.get_component_rich_style("article-list--cursor")
        gutter = "▌" if index == self.cursor else " "
        style = base + style
        if part > len(titles):
            if (hit is not None and hit.passage is None and index not in self._passages_asked
                    and not copy):
                self._ask_passages(index)
            return self._passage_line(hit, gutter, style, width)
        if cell_len(text) > width - GUTTER - 1:
            text = set_cell_size(text, max(0, width - GUTTER - 2)) + "…"
        segments = [Segment(gutter, style), Segment(text, style)]
        return Strip(segments).crop_extend(0, width, style)

    def _ask_passages(self, first: int) -> None:
        """Ask for the passages a screenful of rows from `first` still lacks."""
        assert self.hits is not None
        rows = range(first, min(len(self.hits), first + self.visible_rows()))
        wanted = [
            i for i in rows
            if i not in self._passages_asked and self.hits[i].passage is None
            and i not in self.copy_rows  # a listed copy need not match the query
        ]
        self._passages_asked.update(wanted)
        if wanted:
            self.post_message(PassagesWanted(tuple(self.hits[i].summary.id for i in wanted)))

    def _passage_line(self, hit: Hit | None, gutter: str, style: Style, width: int) -> Strip:
        segments = [Segment(gutter, style)]
        if hit is not None and hit.passage is not None:
            text, marks = passage_window(hit.passage, max(0, width - 2))
            mark_style = style + self.get_component_rich_style("article-list--mark")
            at = 0
            for start, end in marks:
                start = max(start, at)
                if end <= start:
                    continue
                segments.append(Segment(text[at:start], style))
                segments.append(Segment(text[start:end], mark_style))
                at = end
            segments.append(Segment(text[at:], style))
        return Strip(segments).crop_extend(0, width, style)
