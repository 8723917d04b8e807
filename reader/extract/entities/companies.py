"""Names of listed companies from the shipped list (built by scripts/build_companies.py).

Evidence, not a verdict: "Morgan Stanley" and "Next" read as a person and a word,
and the list says they may be companies; the model weighs it against the context
("Walt Disney" the man, "next week").
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "companies.txt.gz"


@cache
def companies() -> frozenset[str]:
    """Every company name, exact spelling; empty when the data file is missing."""
    try:
        with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
            return frozenset(line for line in fh.read().splitlines() if line)
    except OSError:
        return frozenset()
