"""Build reader/extract/data/companies.txt.gz once, from pytickersymbols.

Run by hand (`pip install pytickersymbols`, or the "companies" extra); reader itself
only reads the file this writes. The list is the members of twenty stock indices
(S&P 500, FTSE 100, DAX, CAC 40, Nikkei 225, ...): the companies news names most,
and the ones whose names look least like companies ("Morgan Stanley", "Citigroup",
"Next"). Each company goes in as listed and without its legal suffix ("Adobe Inc."
and "Adobe"), unless that is a place name (read from the gazetteer: build that
first); one name per line.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from pytickersymbols import PyTickerSymbols

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reader.extract.entities.gazetteer import places
from reader.extract.entities.lexicon import words

OUT = Path(__file__).resolve().parents[1] / "reader" / "extract" / "data" / "companies.txt.gz"
# Words a listing adds to the name people use ("Aegon N.V.", "Admiral Group").
SUFFIXES = words(
    """
    Inc. Inc Incorporated Corporation Corp. Corp Company Companies Co. Co plc PLC AG SE SA
    S.A. N.V. NV AB ASA Oyj SpA S.p.A. Ltd. Ltd Limited Holdings Holding Group KGaA
    """
)
_AMPERSAND_CO = re.compile(r"\s*&\s*Co\.?$")


# What a listing adds in brackets to tell companies apart: "Rio Tinto (corporation)",
# "PTC (software company)", "Clearway Energy Inc. (Class A)".
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")


def forms(listed: str) -> set[str]:
    """The listed name, and the name without its legal suffixes and leading "The"."""
    name = " ".join(_BRACKETED.sub("", listed).replace(",", " ").split())
    out = {name}
    if name.startswith("The "):
        name = name[4:]
        out.add(name)
    parts = name.split()  # not `words`: that is the lexicon helper SUFFIXES is built with
    while len(parts) > 1 and parts[-1] in SUFFIXES:
        parts.pop()
        out.add(" ".join(parts))
    out.add(_AMPERSAND_CO.sub("", " ".join(parts)))
    # A short form that is also a place is left out: "Phoenix" (Phoenix Group) and
    # "Hayward" (Hayward Holdings) name the towns far more often.
    return {
        f for f in out if len(f) > 1 and not f.isdigit() and (f == name or f not in places())
    }


def main() -> None:
    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        names |= forms(stock["name"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(sorted(names)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))  # same bytes when rebuilt
    print(f"{len(names)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
