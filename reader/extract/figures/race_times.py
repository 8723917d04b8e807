"""A race's time in minutes and seconds: "3:58.12", "3min 54.21sec", "2hr 16min 42sec".

Read apart from the grammar because the colon form is a time of day to it (and blocked
as one), and a result's hundredths say it is a race's time instead: "3:58" alone stays
a time of day. Each is one duration in seconds, as the figure conventions want; in
colons only where the prose says someone ran it, not in a table of results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A time in colons: "3:58.12" (minutes, seconds and their hundredths), "2:08:15" (a
# marathon's hours too; not a clock's "0:14:59" nor "3:00:00 pm").
_COLON_TIME = re.compile(
    r"(?<![\d:.])(?:(?P<m1>\d{1,2}):(?P<s1>[0-5]\d\.\d{1,3})(?![\d:])"
    r"|(?P<h3>[1-9]):(?P<m3>[0-5]\d):(?P<s3>[0-5]\d(?:\.\d{1,3})?)(?![\d:]|\s?[ap]\.?m\b))"
)
# ... only where prose says someone ran it ("won in 3:58.12", "clocked 1:43.20"): a results
# table's column ("2. Lilian Odira (Kenya Police) 1:59.02;") is a result, and "3:58" a
# time of day.
_RAN_BEFORE = re.compile(r"\b(?:in|clocked|timed|ran|of|took|lasted|runs) $")
# In hours only after a verb of racing: "won in 2:08:15", "a time of 2:21:30" (not
# "recorded in 5:12:44 of the footage").
_RAN_HOURS_BEFORE = re.compile(
    r"\b(?:(?:won|finished|clocked|timed|ran|took|lasted|runs|crossed\s+the\s+line)(?:\s+in)?"
    r"|time\s+of|(?:timed|clocked)\s+at)\s$"
)
# ... or after "in" with a word of racing or a place (an ordinal) in the 40 characters
# before it, within its sentence: "won the Tokyo Marathon in 2:02:16", "was 11th in 2:06:44".
_RACED_IN = re.compile(
    r"\b(?:won|finished|ran|clocked|crossed|marathon|race|\d+(?:st|nd|rd|th))\b[^.;:!?]{0,40}"
    r"\bin\s$",
    re.IGNORECASE,
)
# With its units, anywhere: "2hr 16min 42sec", "2hr 5min", "3min 54.21sec", "27 min 14.66
# sec". Both open on a digit, which lets a search skip ahead to the next one.
_UNIT_TIME = re.compile(
    r"(?P<first>\d{1,2})\s?(?:hrs?\.?\s?(?P<minutes>[0-5]?\d)\s?mins?\b"
    r"(?:\.?\s?(?P<seconds>[0-5]?\d(?:\.\d{1,3})?)\s?secs?\b)?"
    r"|min\.?\s?(?P<then>[0-5]?\d(?:\.\d{1,3})?)\s?secs?\b)"
)


def race_times(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, seconds) of each race time in `text`."""
    found: list[tuple[int, int, float]] = []
    if ":" in text:
        for m in _COLON_TIME.finditer(text):
            ran = (_RAN_BEFORE if m.group("m1") else _RAN_HOURS_BEFORE).search(
                text, max(0, m.start() - 16), m.start()
            ) or (m.group("h3") and _RACED_IN.search(text, max(0, m.start() - 60), m.start()))
            if ran:
                hours = int(m.group("h3") or 0)
                minutes = int(m.group("m1") or m.group("m3"))
                seconds = float(m.group("s1") or m.group("s3"))
                found.append((m.start(), m.end(), hours * 3600 + minutes * 60 + seconds))
    if "min" in text:
        for m in _UNIT_TIME.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
                continue  # "1.5hr": no "5hr"
            first = int(m.group("first"))
            if m.group("minutes") is not None:  # hours first
                seconds = first * 3600 + int(m.group("minutes")) * 60
                seconds += float(m.group("seconds") or 0)
            else:
                seconds = first * 60 + float(m.group("then"))
            found.append((m.start(), m.end(), seconds))
    yield from sorted(found)
