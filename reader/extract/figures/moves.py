"""The label a level lends from the move that reached it: "Revenue rose 62% to ₹310
crore" labels ₹310 crore by what rose, not by the words after it ("year to March")."""

from __future__ import annotations

import re

from reader.extract.anchored import alternation
from reader.extract.model import Figure, FigureKind

# Verbs of a move by an amount: "rose 62%", "will rise by £1.02", "would drop by a fifth".
MOVE_VERBS = frozenset({
    "rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen", "drop", "drops",
    "dropped", "climb", "climbs", "climbed", "jump", "jumps", "jumped", "increase",
    "increases", "increased", "decrease", "decreases", "decreased", "grow", "grows", "grew",
    "grown", "gain", "gains", "gained", "slip", "slips", "slipped", "slide", "slides", "slid",
    "surge", "surges", "surged", "soar", "soars", "soared", "plunge", "plunges", "plunged",
    "tumble", "tumbles", "tumbled", "decline", "declines", "declined", "edge", "edges",
    "edged", "sink", "sinks", "sank", "up", "down",
})  # fmt: skip
_MOVED_BY = re.compile(
    rf"\b(?:{alternation(sorted(MOVE_VERBS))})"
    r"(?:\s+(?:by|about|nearly|almost|some|around|roughly|more\s+than)){0,2}\s*$"
)
# What may stand between the move and the level it reached: "year on year", "in March",
# ", or 1.4%,", then "to".
_TO_LEVEL = re.compile(r"^(?:[\s,]|\b[\w.%-]+\b){0,16}?\bto\s*$")
_NEW_CLAUSE = re.compile(r"[;:]|\b(?:from|while|and|but|as|whereas|after|when)\b")
# How far back a move may stand from its level, dates between them included.
_REACH = 300
# Words that end a move's label after what moved: "gained to", "will increase by", "goes
# to"; fewer verbs than a move has (a label ending "surged" keeps it).
_MOVE_WORDS = frozenset({
    "to", "by", "from", "will", "would", "could", "may", "rose", "rise", "rises", "fell",
    "fall", "falls", "gained", "gain", "gains", "slipped", "slip", "dropped", "drop",
    "increase", "increased", "increases", "decrease", "decreased", "climbed", "climb",
    "jumped", "jump", "grew", "grow", "goes", "go", "went", "up", "down", "edged", "eased",
})  # fmt: skip


def moved_label(text: str, figures: list[Figure], sentence_start: int, start: int) -> str:
    """What moved, for the level at `start`, when the figure before it in the sentence
    is the move that reached it; "" otherwise."""
    moved = _moved_before(text, figures, sentence_start, start)
    return _what_moved(moved) if moved is not None else ""


def _moved_before(
    text: str, figures: list[Figure], sentence_start: int, start: int
) -> Figure | None:
    """ "Revenue rose 62% to ₹310 crore", "the national living wage will rise by £1.02 to
    £12.21 an hour": the figure a level moved by, when one came just before it in the
    sentence (dates between them are when)."""
    end = start
    for fig in reversed(figures):
        if fig.start < sentence_start or start - fig.end > _REACH:
            return None  # (a sentence of dates alone, as a timeline's, is not read back)
        if fig.kind in (FigureKind.DATE, FigureKind.DURATION):
            continue
        between = text[fig.end : end]
        if end == start and not (
            len(between.split()) <= 7
            and not _NEW_CLAUSE.search(between)
            and not _MOVED_BY.search(between)
            and _TO_LEVEL.match(between)
        ):
            return None
        if end != start and not re.fullmatch(r",\s*or\s*", between):
            return None
        before = text[max(sentence_start, fig.start - 40) : fig.start]
        if re.search(r",\s*or\s*$", before):
            end = fig.start  # "rose £4,100, or 1.4%, to": the move is the first figure's
            continue
        return fig if _MOVED_BY.search(before) else None
    return None


def _what_moved(fig: Figure) -> str:
    """What a move's label says moved: "Fiat shares" of "Fiat shares gained to", "wage"
    of "wage will increase to"; "" when it names only the move's unit ("points")."""
    words = fig.label.split()
    while words and words[-1].lower() in _MOVE_WORDS:
        words.pop()
    label = " ".join(words)
    return "" if label.lower() in ("", (fig.unit or "").lower()) else label
