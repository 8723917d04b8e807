"""Spans sorted by start, asked which of them lie inside, around or across a stretch.

A long article (a transcript, a report pasted whole) holds thousands of names and
quotations; scanning all of them for each of its thousands of sentences made quotation
extraction quadratic in the article's length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


def _pair(item: tuple[int, int]) -> tuple[int, int]:
    return item


class SpanIndex(Generic[T]):
    """`items` ordered by start (stably: items starting together keep their order)."""

    def __init__(
        self,
        items: Iterable[T],
        span: Callable[[T], tuple[int, int]] = _pair,  # type: ignore[assignment]
    ) -> None:
        keyed = sorted(((span(item), item) for item in items), key=lambda pair: pair[0][0])
        self.items = [item for _, item in keyed]
        self.starts = [s for (s, _), _ in keyed]
        self.ends = [e for (_, e), _ in keyed]
        self.longest = max((e - s for (s, e), _ in keyed), default=0)

    def inside(self, start: int, end: int) -> list[T]:
        """Items with start <= their start and their end <= end."""
        out = []
        i = bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] <= end:
            if self.ends[i] <= end:
                out.append(self.items[i])
            i += 1
        return out

    def around(self, start: int, end: int) -> bool:
        """Whether an item starts before `start` and ends after `end`."""
        i = bisect_left(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            if self.ends[i] > end:
                return True
            i -= 1
        return False

    def across(self, start: int, end: int) -> list[T]:
        """Items that share a character with text[start:end] (start < their end, their
        start < end), in order."""
        out = []
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            if self.ends[i] > start:
                out.append(self.items[i])
            i -= 1
        out.reverse()
        return out
