"""Lower-casing for text that a case-insensitive pattern matched.

Under re.IGNORECASE Python also matches 'İ' (U+0130) and 'ı' (U+0131) as "i",
'ſ' (U+017F, long s) as "s" and U+212A (Kelvin sign) as "k": "ſecond"
matches a pattern for "second". `str.lower` keeps 'ı' and 'ſ' and turns 'İ'
into two characters, so a matched word lower-cased that way misses the table of
ASCII words it is looked up in, and the lookup raises or misreads. Every such
lookup goes through `fold`, which reads the word as the pattern did.
"""

from __future__ import annotations

import unicodedata

# Escapes, not the letters: NFC, which editors may apply, turns the Kelvin sign into "K".
_AS_MATCHED = str.maketrans(
    {
        "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}": "i",
        "\N{LATIN SMALL LETTER DOTLESS I}": "i",
        "\N{LATIN SMALL LETTER LONG S}": "s",
        "\N{KELVIN SIGN}": "k",
    }
)


def fold(matched: str) -> str:
    """`matched` lower-cased, with the four look-alike letters as the ASCII ones they matched."""
    return matched.translate(_AS_MATCHED).lower()


def without_accents(text: str) -> str:
    """`text` with the marks decomposition takes off its letters ("São" -> "Sao");
    letters that are one character ("ł", "ø") stay."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
