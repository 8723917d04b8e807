"""Word wrapping that keeps character offsets.

The article view must map any offset in the text (an entity, a figure, a
search match, a bookmark) to a screen line, so it wraps by itself and keeps
where each line starts instead of letting a renderer reflow the text.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, get_character_cell_size

_CHUNK = re.compile(r"[^\s]+[^\S\n]*|[^\S\n]+")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy wrap of `text` into lines at most `width` cells wide (trailing spaces
    excepted); returns (start, end) offsets into `text`, newline characters left
    out. Words wider than a line are folded. An empty text is one empty line."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    offset = 0
    for hard_line in text.split("\n"):
        _wrap_line(hard_line, offset, width, lines)
        offset += len(hard_line) + 1
    return lines


def _wrap_line(text: str, base: int, width: int, lines: list[tuple[int, int]]) -> None:
    start = 0
    used = 0
    for match in _CHUNK.finditer(text):
        word_start = match.start()
        word = match.group().rstrip()
        word_cells = cell_len(word)
        if used and word and used + word_cells > width:
            lines.append((base + start, base + word_start))
            start, used = word_start, 0
        if word_cells > width:
            # Fold a word too long for any line, one line-width piece at a time.
            for position, char in enumerate(word, word_start):
                size = get_character_cell_size(char)
                if used and used + size > width:
                    lines.append((base + start, base + position))
                    start, used = position, 0
                used += size
            used += len(match.group()) - len(word)
        else:
            used += cell_len(match.group())
    lines.append((base + start, base + len(text)))
