"""A race's time in minutes and seconds: "3:58.12", "3min 54.21sec", "2hr 16min 42sec".

Read apart from the grammar because the colon form is a time of day to it (and blocked
as one), and a result's hundredths say it is a race's time instead: "3:58" alone stays
a time of day. Each is one duration in seconds, as the figure conventions want; in
colons only where the prose says someone ran it, not in a table of results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_RACE_TIME = re.compile(
    # In colons only where prose says someone ran it ("won in 3:58.12", "clocked
    # 1:43.20"): a results table's column ("2. Lilian Odira (Kenya Police) 1:59.02;") is
    # a result, and "3:58" a time of day.
    r"(?:(?<=\bin )|(?<=\bclocked )|(?<=\btimed )|(?<=\bran )|(?<=\bof )|(?<=\btook )"
    r"|(?<=\blasted )|(?<=\bruns ))(?:"
    # "3:58.12": minutes, seconds and their hundredths
    r"(?P<m1>\d{1,2}):(?P<s1>[0-5]\d\.\d{1,3})(?![\d:])"
    # "2:08:15": a marathon's hours too (not a clock's "0:14:59" nor "3:00:00 pm")
    r"|(?P<h3>[1-9]):(?P<m3>[0-5]\d):(?P<s3>[0-5]\d(?:\.\d{1,3})?)(?![\d:]|\s?[ap]\.?m\b))"
    # With its units anywhere: "2hr 16min 42sec", "2hr 5min", "3min 54.21sec", "27 min
    # 14.66 sec".
    r"|(?<![\w.])(?:(?P<h4>\d{1,2})\s?hrs?\.?\s?(?P<m4>[0-5]?\d)\s?mins?\b"
    r"(?:\.?\s?(?P<s4>[0-5]?\d(?:\.\d{1,3})?)\s?secs?\b)?"
    r"|(?P<m2>\d{1,2})\s?min\.?\s?(?P<s2>[0-5]?\d(?:\.\d{1,3})?)\s?secs?\b)"
)


def race_times(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, seconds) of each race time in `text`."""
    if ":" not in text and "min" not in text:
        return
    for match in _RACE_TIME.finditer(text):
        hours = int(match.group("h3") or match.group("h4") or 0)
        minutes = next(match.group(g) for g in ("m1", "m2", "m3", "m4") if match.group(g))
        seconds = next((match.group(g) for g in ("s1", "s2", "s3", "s4") if match.group(g)), 0)
        yield match.start(), match.end(), hours * 3600 + int(minutes) * 60 + float(seconds)
