"""A name the article also gives with a legal form ("Pemberton Lyle LLP", "Hartwell
Estate Ltd") is that firm at every mention, also where it reads like a person's.

Firms named after their founders are written short after the first mention, and the
short form looks like a full name ("Pemberton Lyle said ..."); the one mention with
"LLP" or "Ltd" says what it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reader.extract.entities.lexicon import words
from reader.extract.model import EntityType

# Suffixes that make a name a registered company and nothing else.
LEGAL_FORMS = words(
    """
    Inc Inc. Incorporated Ltd Ltd. Limited Corp Corp. Corporation LLC LLP PLC plc AG SA
    NV GmbH S.A. N.V. A.G. L.P. LP L.L.C. P.L.C. S.p.A. SpA Pty Bhd Oyj ASA KK SE
    """
)


def adopt_legal_names(
    names: Mapping[str, tuple[EntityType, str]], written: Iterable[str]
) -> dict[str, tuple[EntityType, str]]:
    """`names` with each name that the article also writes with a legal form
    (among `written`, the texts of all its candidate names, headings and case titles
    included: "Caledon Maritime Ltd v Pemberton Lyle LLP") made that firm, under the
    legal name, so that the entity list counts one firm."""
    out = dict(names)
    for name in written:
        parts = name.split()
        if len(parts) < 2 or parts[-1] not in LEGAL_FORMS | _COMPANY_WORDS:
            continue
        # Each shorter name, past every ending: "Nigerian National Petroleum Company
        # Limited" is also "... Petroleum Company" and "... Petroleum".
        while len(parts) > 1 and parts[-1] in LEGAL_FORMS | _COMPANY_WORDS:
            parts = parts[:-1]
            short = " ".join(parts).rstrip(",")
            # A name read as a person's or a body's; a place keeps its type beside the
            # body named for it ("City of London" and the "City of London Corporation").
            if short in names and names[short][0] in (EntityType.PERSON, EntityType.ORG):
                kind, canonical = names.get(name, (EntityType.ORG, name))
                out[short] = (EntityType.ORG, canonical if kind is EntityType.ORG else name)
    return out


# A company's name ends with these too, but they make no name a registered company
# alone: "Ford Motor Company" is also "Ford Motor", "Atlas Copco AB" "Atlas Copco".
_COMPANY_WORDS = words("Company Companies Co Co. AB")
