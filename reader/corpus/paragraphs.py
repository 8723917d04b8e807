"""Split plain text into paragraph candidates, keeping their raw offsets.

Files come in two shapes: paragraphs separated by blank lines (possibly
hard-wrapped at a fixed width), or one paragraph per line. Each run of
non-blank lines is judged on its own: a run that looks hard-wrapped is joined
into one paragraph, anything else gives one paragraph per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.corpus.document import Block

_BULLET = re.compile(r"^(?:[-*•·–]\s|\d{1,3}[.)]\s)")
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")", "…")
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 120


def iter_lines(text: str, base: int = 0) -> Iterator[tuple[int, str]]:
    """(offset of the line in the raw text, line) for each line, without the newline."""
    offset = base
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def split_text(text: str, base: int = 0) -> list[Block]:
    """Paragraph blocks of `text`, which starts at offset `base` of the raw text."""
    blocks: list[Block] = []
    run: list[tuple[int | None, str]] = []
    for offset, line in iter_lines(text, base):
        stripped = line.strip()
        if stripped:
            run.append((offset + len(line) - len(line.lstrip()), stripped))
        elif run:
            blocks.extend(run_blocks(run, gap_after=True))
            run = []
    if run:
        blocks.extend(run_blocks(run, gap_after=False))
    return blocks


def run_blocks(run: list[tuple[int | None, str]], *, gap_after: bool) -> list[Block]:
    """Blocks for a run of stripped non-blank lines given as (raw offset or None, text)."""
    if len(run) > 1 and is_hard_wrapped([text for _, text in run]):
        joined = " ".join(text for _, text in run)
        return [Block(joined, None, gap_after=gap_after)]
    last = len(run) - 1
    return [
        Block(text, offset, gap_after=gap_after and i == last)
        for i, (offset, text) in enumerate(run)
    ]


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when the lines are one paragraph broken at a fixed width."""
    if any(_BULLET.match(line) for line in lines):
        return False
    body = lines[:-1]
    width = max(len(line) for line in body)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH or len(lines[-1]) > width + 5:
        return False
    if len(lines) == 2:
        # Too little to measure a width: a headline over a byline looks the same.
        return lines[1][0].islower() and not lines[0].endswith(_SENTENCE_END)
    full = sum(1 for line in body if len(line) >= 0.6 * width)
    ended = sum(1 for line in body if line.endswith(_SENTENCE_END))
    return full >= 0.75 * len(body) and ended < 0.5 * len(body)
