"""An article laid out in screen lines, and the maps between its offsets and lines.

The article view (`reader.tui.widgets.article_view`) draws lines and handles
keys and the mouse; what the lines are is decided here, without Textual. The
article becomes blocks (the title, the byline, one per paragraph; or a notice;
or the lines of the file as it is on disk), the blocks are wrapped to a width
(`reader.tui.wrap`), and the layout answers what scrolling and selecting ask:
which line shows an offset of the article's text (a figure, a search hit, a
bookmark), which offset a point on screen is (a mouse selection), and which
passage, the blocks the cursor stops at, a line belongs to.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from reader.corpus.model import ParagraphKind
from reader.index.model import ArticleSummary, StoredArticle
from reader.tui.wrap import wrap_bounds

TOP_OFFSET_LINES = 50  # how far below a line `offset_from` looks for text of the article


def date_label(summary: ArticleSummary) -> str:
    """The date, or nothing: a corpus of undated files would spend a word per row on it."""
    return summary.published.isoformat() if summary.published else ""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text laid out together: a paragraph, the title, the byline, a raw line."""

    text: str
    role: str  # component class suffix: title, meta, heading, body, caption, quote, raw, notice
    start: int | None  # offset of text[0] in the article text; None for decorations
    paragraph: int | None  # index in StoredArticle.paragraphs, when it is one


class Line(NamedTuple):
    block: int  # index into blocks; -1 for a blank line between blocks
    start: int  # offsets into the block's text
    end: int


class LineTable:
    """The screen lines, as three arrays of ints.

    A 1 MB article has 20,000 lines; as one object each they gave the garbage
    collector enough new objects to start a full collection (80 ms) in the middle
    of opening the article. Arrays of ints are not tracked at all.
    """

    def __init__(self) -> None:
        self.blocks = array("l")
        self.starts = array("l")
        self.ends = array("l")

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, y: int) -> Line:
        return Line(self.blocks[y], self.starts[y], self.ends[y])

    def add(self, block: int, starts: list[int], ends: list[int]) -> None:
        self.blocks.extend(array("l", (block,)) * len(starts))
        self.starts.extend(starts)
        self.ends.extend(ends)


def byline(article: StoredArticle) -> Block:
    """'Source · 2024-03-05 · by Author', whichever of them the article has."""
    summary = article.summary
    parts = [x for x in (summary.source, date_label(summary)) if x]
    if article.author:
        parts.append(f"by {article.author}")
    return Block(" · ".join(parts), "meta", None, None)


def article_blocks(article: StoredArticle) -> list[Block]:
    """The headline (the article's own, or its derived title), the byline under it,
    then one block per paragraph."""
    blocks: list[Block] = []
    paragraphs = article.paragraphs
    has_title = bool(paragraphs) and paragraphs[0].kind == ParagraphKind.TITLE
    if not has_title:
        blocks.append(Block(article.summary.title, "title", None, None))
    for index, p in enumerate(paragraphs):
        role = "body" if p.kind == ParagraphKind.BODY else p.kind.value
        blocks.append(Block(p.text, role, p.start, index))
        if index == 0 and has_title:
            blocks.append(byline(article))
    if not has_title:
        blocks.insert(1, byline(article))
    return blocks


class ArticleLayout:
    """Blocks, the passages among them (`stops`), and their lines at one width.

    Made with `of_article`, `of_raw` or `of_notice`; `wrap(width)` lays the lines
    out (again at each new width). Lines are document lines: 0 is the top of the
    text, not of the screen.
    """

    def __init__(self, blocks: list[Block], *, raw: bool = False) -> None:
        self.blocks = blocks
        self.raw = raw
        # The blocks the passage cursor visits: paragraphs, or any raw line with text.
        if raw:
            self.stops = [i for i, b in enumerate(blocks) if b.text.strip()]
        else:
            self.stops = [i for i, b in enumerate(blocks) if b.paragraph is not None]
        self._stop_of_block = {block: stop for stop, block in enumerate(self.stops)}
        self.width = 0  # not laid out yet
        self.lines = LineTable()
        self._block_lines: list[tuple[int, int]] = []  # block -> (first line, line count)
        self._offset_starts: list[int] = []  # article offsets where paragraph lines begin
        self._offset_lines: list[int] = []  # ... and those lines

    @classmethod
    def of_article(cls, article: StoredArticle) -> ArticleLayout:
        return cls(article_blocks(article))

    @classmethod
    def of_raw(cls, raw_text: str) -> ArticleLayout:
        """The file's own text, a block per line: no offsets into the article."""
        return cls([Block(line, "raw", None, None) for line in raw_text.split("\n")], raw=True)

    @classmethod
    def of_notice(cls, text: str) -> ArticleLayout:
        """A line in place of an article ('No article open.')."""
        return cls([Block(text, "notice", None, None)])

    # -- wrapping --------------------------------------------------------------------

    def wrap(self, width: int) -> None:
        """Lay the blocks out in lines at most `width` cells wide; a blank line
        between blocks, except between the lines of a raw file."""
        self.width = width
        lines = LineTable()
        block_lines: list[tuple[int, int]] = []
        offset_starts: list[int] = []
        offset_lines: list[int] = []
        gap = not self.raw
        blank = [0]
        for index, block in enumerate(self.blocks):
            if gap and index:
                lines.add(-1, blank, blank)
            first = len(lines)
            starts, ends = wrap_bounds(block.text, width)
            if block.start is not None:
                base = block.start
                offset_starts.extend([base + start for start in starts])
                offset_lines.extend(range(first, first + len(starts)))
            lines.add(index, starts, ends)
            block_lines.append((first, len(starts)))
        self.lines, self._block_lines = lines, block_lines
        self._offset_starts, self._offset_lines = offset_starts, offset_lines

    @property
    def line_count(self) -> int:
        return len(self.lines)

    def line_text(self, y: int) -> str:
        """What line `y` reads, trailing spaces left out ('' for a gap or past the end)."""
        if not 0 <= y < len(self.lines):
            return ""
        line = self.lines[y]
        if line.block < 0:
            return ""
        return self.blocks[line.block].text[line.start : line.end].rstrip()

    def text(self) -> str:
        """Every line, one per row of the text."""
        return "\n".join(self.line_text(y) for y in range(len(self.lines)))

    # -- offsets and lines -----------------------------------------------------------

    @property
    def has_offsets(self) -> bool:
        """True when lines show the article's text (not a raw file or a notice)."""
        return bool(self._offset_starts)

    def line_of_offset(self, offset: int) -> int | None:
        """The line showing offset `offset` of the article's text (None without any);
        an offset between paragraphs is on the last line before it."""
        if not self._offset_starts:
            return None
        i = bisect_right(self._offset_starts, offset) - 1
        return self._offset_lines[max(i, 0)]

    def offset_at(self, x: int, y: int, *, forward: bool) -> int | None:
        """The article offset at column `x` of line `y` (both clamped to the text);
        off the article's text (a gap, the title, the byline) it moves to the nearest
        text in the direction given: the start of the next line, or the end of the
        previous one. None when there is no such text."""
        if not self.lines:
            return None
        y = min(max(y, 0), len(self.lines) - 1)
        x = max(x, 0)
        step = 1 if forward else -1
        while 0 <= y < len(self.lines):
            line = self.lines[y]
            if line.block >= 0 and (start := self.blocks[line.block].start) is not None:
                return start + line.start + min(x, line.end - line.start)
            y += step
            x = 0 if forward else 1 << 30
        return None

    def offset_from(self, top: int) -> int | None:
        """The first article offset shown at or below line `top` (within a few lines):
        the place to keep when the lines are wrapped again."""
        for y in range(top, min(top + TOP_OFFSET_LINES, len(self.lines))):
            line = self.lines[y]
            start = self.blocks[line.block].start if line.block >= 0 else None
            if start is not None:
                return start + line.start
        return None

    # -- passages --------------------------------------------------------------------

    def stop_lines(self, stop: int) -> tuple[int, int]:
        """The first line of passage `stop` and how many lines it takes."""
        return self._block_lines[self.stops[stop]]

    def block_lines(self, block: int) -> tuple[int, int]:
        """The first line of a block and how many lines it takes."""
        return self._block_lines[block]

    def stop_at_line(self, y: int) -> int | None:
        """The passage line `y` belongs to (None for a gap, the title, the byline)."""
        if not 0 <= y < len(self.lines):
            return None
        return self._stop_of_block.get(self.lines[y].block)

    def first_stop_between(self, top: int, bottom: int) -> int | None:
        """The first passage with a line in lines `top` to `bottom` (exclusive)."""
        for y in range(top, min(len(self.lines), bottom)):
            stop = self._stop_of_block.get(self.lines[y].block)
            if stop is not None:
                return stop
        return None

    def paragraph_of_stop(self, stop: int) -> int | None:
        """The paragraph (index in the article's paragraphs) passage `stop` shows;
        None for a raw line."""
        return self.blocks[self.stops[stop]].paragraph

    def stop_of_paragraph(self, paragraph: int) -> int | None:
        """The passage that shows paragraph `paragraph`, if any does."""
        return next(
            (i for i, block in enumerate(self.stops) if self.blocks[block].paragraph == paragraph),
            None,
        )
