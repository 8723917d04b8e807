"""Articles per month (or week) as bars in the terminal, with their dates underneath.

Drawn here rather than with Textual's `Sparkline`, which scales bars from the
smallest value to the largest: a month with 3 articles among months of 3 to
10 would look empty. Here a bar's height is its count against the largest,
from zero, and an empty period is a blank column.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.index.corpus_entities import Timeline

BARS = " ▁▂▃▄▅▆▇█"
MAX_CELLS = 4  # columns a period may take: a few periods make a few bars, not a wall


def bar_lines(counts: list[int], width: int, height: int) -> list[str]:
    """`height` lines of bars, top line first, `width` cells wide at most.

    Each period gets the same number of columns (at least one); when there are
    more periods than columns, neighbouring periods are added together.
    """
    if not counts or width <= 0 or height <= 0:
        return []
    if len(counts) > width:
        per = -(-len(counts) // width)  # periods per column, rounded up
        counts = [sum(counts[i : i + per]) for i in range(0, len(counts), per)]
    cells = max(1, min(MAX_CELLS, width // len(counts)))
    top = max(counts) or 1
    steps = len(BARS) - 1
    lines = []
    for row in reversed(range(height)):
        line = []
        for count in counts:
            eighths = round(count / top * height * steps)
            if count and not eighths:
                eighths = 1  # a period with articles is never blank
            level = min(steps, max(0, eighths - row * steps))
            line.append(BARS[level] * cells)
        lines.append("".join(line))
    return lines


def period_label(timeline: Timeline, index: int) -> str:
    day = timeline.periods[index][0]
    return day.strftime("%b %Y") if timeline.unit == "month" else day.isoformat()


class TimelineChart(Static):
    """A title line, bars, and the first and last period under them."""

    DEFAULT_CSS = """
    TimelineChart { height: auto; padding: 0 1; }
    """

    def __init__(self, *, bar_height: int = 3, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.bar_height = bar_height
        self.timeline: Timeline | None = None
        self.title = ""

    def show(self, title: str, timeline: Timeline | None) -> None:
        self.title = title
        self.timeline = timeline
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = max(10, self.content_region.width or 40)
        self.update(chart_text(self.title, self.timeline, width, self.bar_height))


def chart_text(title: str, timeline: Timeline | None, width: int, bar_height: int) -> Text:
    """The title line, the bars and their first and last period, the undated apart."""
    text = Text(title, style="bold")
    if timeline is None:
        return text
    counts = [n for _, n in timeline.periods]
    dated = sum(counts)
    if not dated:
        text.append("\nno stated dates", style="dim")
    else:
        per = "month" if timeline.unit == "month" else "week"
        text.append(f"  {dated} dated, at most {max(counts)} a {per}", style="dim")
        lines = bar_lines(counts, width, bar_height)
        for line in lines:
            text.append("\n" + line, style="cyan")
        first, last = period_label(timeline, 0), period_label(timeline, -1)
        gap = max(1, len(lines[0]) - len(first) - len(last))
        text.append(f"\n{first}{' ' * gap}{last}" if len(counts) > 1 else f"\n{first}",
                    style="dim")
    if timeline.undated:
        text.append(f"\n{timeline.undated} undated", style="dim")
    return text
