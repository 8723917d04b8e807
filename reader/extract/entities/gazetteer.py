"""Place names from the shipped gazetteer (built by scripts/build_gazetteer.py).

Loaded once per process; the file is small enough to read eagerly (~10 ms).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv.gz"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # continent | area | country | region | city | town
    canonical: str
    common_word: bool  # also an everyday English word: needs evidence in text


def known_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as a place that is not also an everyday word."""
    place = places().get(name)
    return place is not None and not place.common_word


@cache
def places() -> dict[str, Place]:
    """Every place name, exact spelling -> Place; empty when the data file is missing."""
    try:
        with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return {}
    out: dict[str, Place] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            name, kind, canonical, flags = parts
            out[name] = Place(name, kind, canonical, "w" in flags)
    # British style drops the stop: "St Louis", "Mt Kenya" name the same places.
    for name, place in list(out.items()):
        if name[:4] in ("St. ", "Mt. ", "Ft. "):
            out.setdefault(name[:2] + name[3:], place)
    return out


@cache
def longest_name_words() -> int:
    return max((name.count(" ") + 1 for name in places()), default=1)
