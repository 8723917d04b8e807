"""Word wrapping that keeps character offsets.

The article view must map any offset in the text (an entity, a figure, a
search match, a bookmark) to a screen line, so it wraps by itself and keeps
where each line starts instead of letting a renderer reflow the text.

Most paragraphs are made of characters one cell wide separated by plain
spaces. Those are wrapped a line at a time with string searches (a 1 MB
article in milliseconds); any other paragraph is measured word by word.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, get_character_cell_size

_CHUNK = re.compile(r"[^\s]+[^\S\n]*|[^\S\n]+")
# Characters one cell wide that are not whitespace: Latin, Greek, Cyrillic,
# general punctuation (dashes, curly quotes, ellipsis), currency and letterlike
# symbols. Combining marks (zero cells) and East Asian wide characters are left out.
NARROW = (
    "\x21-\x7e\xa1-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e"
    "\u20a0-\u20c0\u2100-\u214f"
)
_NOT_NARROW = re.compile(f"[^ {NARROW}]")
_NOT_SPACE = re.compile("[^ ]")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy wrap of `text` into lines at most `width` cells wide (trailing spaces
    excepted); returns (start, end) offsets into `text`, newline characters left
    out. Words wider than a line are folded. An empty text is one empty line."""
    starts, ends = wrap_bounds(text, width)
    return list(zip(starts, ends, strict=True))


def wrap_bounds(text: str, width: int) -> tuple[list[int], list[int]]:
    """`wrap_offsets` as two lists, where lines start and where they end: no tuple per
    line, so the 20,000 lines of a 1 MB article give the garbage collector nothing to do."""
    width = max(1, width)
    starts: list[int] = []
    ends: list[int] = []
    offset = 0
    for hard_line in text.split("\n"):
        if _NOT_NARROW.search(hard_line) is None:
            _wrap_narrow_line(hard_line, offset, width, starts, ends)
        else:
            _wrap_line(hard_line, offset, width, starts, ends)
        offset += len(hard_line) + 1
    return starts, ends


def _wrap_narrow_line(text: str, base: int, width: int,
                      starts: list[int], ends: list[int]) -> None:
    """`_wrap_line` for text of one-cell characters and plain spaces: a cell is a
    character, so each line ends before the first word that ends past `width`."""
    size = len(text)
    last = len(text.rstrip(" "))  # where the last word ends
    start = 0
    while last > start + width:
        limit = start + width
        if text[limit] == " ":
            following = _NOT_SPACE.search(text, limit)
            assert following is not None  # a word ends at `last`, past `limit`
            end = following.start()
        else:
            end = text.rfind(" ", start, limit) + 1  # the start of the word across `limit`
        if end <= start:
            end = limit  # a word wider than the line: fold it
        starts.append(base + start)
        ends.append(base + end)
        start = end
    starts.append(base + start)
    ends.append(base + size)


def _wrap_line(text: str, base: int, width: int, starts: list[int], ends: list[int]) -> None:
    start = 0
    used = 0
    for match in _CHUNK.finditer(text):
        word_start = match.start()
        word = match.group().rstrip()
        word_cells = cell_len(word)
        if used and word and used + word_cells > width:
            starts.append(base + start)
            ends.append(base + word_start)
            start, used = word_start, 0
        if word_cells > width:
            # Fold a word too long for any line, one line-width piece at a time.
            for position, char in enumerate(word, word_start):
                size = get_character_cell_size(char)
                if used and used + size > width:
                    starts.append(base + start)
                    ends.append(base + position)
                    start, used = position, 0
                used += size
            used += len(match.group()) - len(word)
        else:
            used += cell_len(match.group())
    starts.append(base + start)
    ends.append(base + len(text))
