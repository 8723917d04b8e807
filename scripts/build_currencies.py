"""Build reader/extract/data/currencies.tsv once, from the Unicode CLDR via Babel.

Run by hand (`.venv/bin/python scripts/build_currencies.py`; Babel comes with
reader's HTML dependencies, or `pip install babel`). reader itself only reads
the file this writes, so Babel is never imported at run time.

One row per currency that was legal tender somewhere since 1960 (old news
names pesetas, guilders and markka as often as today's news names euros):

    code  since  until  digits  names  symbols  places

- since / until: the years it was tender (until empty while it still is);
- digits: decimals of its minor unit (2 for cents, 0 for the yen);
- names: its English names, singular and plural ("Iranian rial|Iranian rials");
- symbols: its symbols in English and in the locales of the places that use it
  ("₾" for the lari), left out when they are only its code;
- places: the English names of those places ("Georgia"), which tell a bare
  "rials" or "shillings" apart in an article that names the country.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import babel
from babel import Locale, numbers
from babel.core import get_global
from babel.localedata import locale_identifiers

OUT = Path(__file__).resolve().parents[1] / "reader" / "extract" / "data" / "currencies.tsv"
SINCE = date(1960, 1, 1)

# Short English names news writers use for places CLDR names formally.
PLACE_ALIASES = {
    "US": ["US", "U.S.", "America"],
    "GB": ["UK", "U.K.", "Britain"],
    "TR": ["Turkey"],
    "CZ": ["Czech Republic"],
    "KR": ["Korea"],
    "CI": ["Ivory Coast"],
    "NL": ["Holland"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "CD": ["DR Congo"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
}


def _clean(name: str) -> str:
    """'Afghan Afghani (1927–2002)' -> 'Afghan Afghani'."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _is_symbol(text: str, code: str) -> bool:
    """A written symbol ("₾", "HK$", "zł"), not the ISO code or a name."""
    return bool(text) and text != code and len(text) <= 4 and not text.isspace()


def _has_sign(text: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in text)


def build() -> list[str]:
    english = Locale("en")
    plural = english._data["currency_names_plural"]
    languages = get_global("territory_languages")
    locales = set(locale_identifiers())
    today = date.today()
    spans: dict[str, list[tuple[date, date | None]]] = {}
    places: dict[str, list[str]] = {}
    symbols: dict[str, list[str]] = {}
    for territory in sorted(english.territories):
        if not (len(territory) == 2 and territory.isalpha()):
            continue  # continents and regions ("001", "EU")
        held = numbers.get_territory_currencies(
            territory, start_date=SINCE, end_date=today, tender=True, include_details=True
        )
        for row in held:
            code = row["currency"]
            spans.setdefault(code, []).append((row["from"], row["to"]))
            name = english.territories[territory].replace(" SAR China", "")
            for place in [name, *PLACE_ALIASES.get(territory, [])]:
                if place not in places.setdefault(code, []):
                    places[code].append(place)
            for language in languages.get(territory, {}):
                loc = f"{language}_{territory}"
                if loc not in locales:
                    continue
                symbol = Locale.parse(loc).currency_symbols.get(code, "")
                # Local symbols only when they hold a currency sign ("₾", "GH₵"):
                # letters alone ("kr", "Ft") are words in running English.
                if _is_symbol(symbol, code) and _has_sign(symbol):
                    symbols.setdefault(code, []).append(symbol)
    rows = []
    for code in sorted(spans):
        name = english.currencies.get(code)
        if not name:
            continue
        forms = [_clean(name)]
        for form in (plural.get(code) or {}).values():
            if _clean(form) not in forms and _clean(form).lower() not in map(str.lower, forms):
                forms.append(_clean(form))
        own = english.currency_symbols.get(code, "")
        found = [own] if _is_symbol(own, code) else []
        for symbol in symbols.get(code, []):
            if symbol not in found:
                found.append(symbol)
        since = min(start for start, _ in spans[code] if start is not None)
        ends = [end for _, end in spans[code]]
        until = "" if any(end is None for end in ends) else str(max(ends).year)
        digits = numbers.get_currency_precision(code)
        rows.append(
            "\t".join(
                [
                    code,
                    str(since.year),
                    until,
                    str(digits),
                    "|".join(forms),
                    " ".join(found),
                    "|".join(places[code]),
                ]
            )
        )
    return rows


def main() -> None:
    rows = build()
    header = (
        f"# ISO 4217 currencies from CLDR via Babel {babel.__version__} "
        "(Unicode licence, see ATTRIBUTION.md); built by scripts/build_currencies.py\n"
        "# code\tsince\tuntil\tdigits\tnames\tsymbols\tplaces\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} currencies -> {OUT}")


if __name__ == "__main__":
    main()
