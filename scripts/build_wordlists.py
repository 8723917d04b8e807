"""Build reader/extract/data/names.tsv.gz and wordcase.tsv.gz once, from open lists.

Run by hand: `pip install names faker spacy-lookups-data` (the "wordlists"
extra), then `python scripts/build_wordlists.py`. reader itself only reads the
files this writes. Sources and licences: reader/extract/data/ATTRIBUTION.md.

names.tsv.gz rows: folded name, given-name strength, surname strength (0-3:
3 very common, 2 common, 1 listed, 0 not a name of that kind), and "m" or "f"
when 95 in 100 or more of the given name's bearers in the census are men or women and
no other country's list gives it to the other sex (else when only Faker's lists of one
sex have it; "" when by both, or unknown). Names are folded
(`wordlists.fold`: accents and apostrophes dropped, lower case) so that
"O'Brien" meets the census's "OBRIEN" and "José" meets "Jose".

wordcase.tsv.gz rows: a lower-case word, then the log probability of the word
in running English text written in lower case and capitalised, one decimal
(-99: never seen so), then the Brown cluster of each form (0: none), whose bits
read from the lowest are the path in the cluster tree: words used alike share
long prefixes ("Chevron" and "Microsoft"; "London" and "Paris"). Only words seen
at least once in about 24 million (log probability above -17) are kept, and
capitalised words with a cluster down to -18: rarer ones tell nothing either way.
"""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

import faker.providers.person as faker_person
import names as census
import spacy_lookups_data

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.extract.entities.wordlists import fold  # noqa: E402

DATA = REPO / "reader" / "extract" / "data"
LOOKUPS = Path(spacy_lookups_data.__file__).parent / "data"
LEXEME_PROBS = LOOKUPS / "en_lexeme_prob.json.gz"
LEXEME_CLUSTERS = LOOKUPS / "en_lexeme_cluster.json.gz"
MIN_LOG_PROB = -17.0
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")

# Census ranks that make a name "very common" (3) or "common" (2).
SURNAME_RANKS = (1_000, 10_000)
GIVEN_RANKS = (300, 1_500)

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip


def transliterate(name: str, ukrainian: bool = False) -> list[str]:
    """Cyrillic -> the Latin spellings English news uses ("Сергей" -> Sergey, Sergei)."""
    table = dict(_CYRILLIC, **({"г": "h", "и": "y", "і": "i"} if ukrainian else {}))
    low = name.lower()
    for ending, latin in (("ий", "y"), ("ый", "y"), ("ей", "ey")):
        if low.endswith(ending):
            low = low[: -len(ending)] + "\0" + latin
    out = "".join(table.get(c, c) for c in low).replace("\0", "")
    spellings = {out}
    if out.endswith("ey"):
        spellings.add(out[:-2] + "ei")
    if out.endswith("y") and low.endswith("\0y"):
        spellings.add(out[:-1] + "i")  # Dostoevsky / Dostoevski
    return [s.capitalize() for s in spellings if s]


def is_latin(name: str) -> bool:
    return bool(name) and all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


# Given names by the sex of the people who bear them, to tell "he" from "she": the
# census's share of bearers of each sex where it lists the name (a few women are
# recorded as John, a few men as Mary), else Faker's lists (`GENDERED`, the names its
# locales give men and women), where a name of one only.
GENDERED: dict[str, set[str]] = {"m": set(), "f": set()}
# How many Faker locales give each name to men and to women.
LOCALES_OF: dict[str, dict[str, set[str]]] = {"m": {}, "f": {}}
CENSUS_SHARE: dict[str, dict[str, float]] = {"m": {}, "f": {}}
# The share of one sex among a name's bearers from which "he" or "she" is that sex, and
# the per cent of the census's men or women a name needs to count as common.
ONE_SEX_SHARE = 0.95
COMMON_SHARE = 0.1


def census_names() -> tuple[dict[str, int], dict[str, int]]:
    folder = Path(census.__file__).parent
    given: dict[str, int] = {}
    surnames: dict[str, int] = {}

    def read(file: str, into: dict[str, int], ranks: tuple[int, int], sex: str = "") -> None:
        for line in (folder / file).read_text().splitlines():
            parts = line.split()
            if len(parts) < 4:
                continue
            name, rank = fold(parts[0]), int(parts[3])
            strength = 3 if rank <= ranks[0] else 2 if rank <= ranks[1] else 1
            into[name] = max(into.get(name, 0), strength)
            if sex:
                # Per cent of the census's men or women who bear it; each list sums to
                # about 90, and men and women were counted in about equal numbers.
                CENSUS_SHARE[sex][name] = float(parts[1])

    read("dist.male.first", given, GIVEN_RANKS, "m")
    read("dist.female.first", given, GIVEN_RANKS, "f")
    read("dist.all.last", surnames, SURNAME_RANKS)
    return given, surnames


def _values(provider: type, attribute: str) -> list[str]:
    value = getattr(provider, attribute, None)
    if not isinstance(value, (list, tuple, dict)) and not hasattr(value, "keys"):
        return []
    items = list(value.keys()) if hasattr(value, "keys") else list(value)
    out = []
    for item in items:
        if isinstance(item, tuple):  # ja_JP pairs: (kanji, kana, romanised)
            item = item[-1]
        if isinstance(item, str):
            out.append(item)
    return out


def faker_names() -> tuple[set[str], set[str]]:
    """Given names and surnames of every Faker locale, in Latin script."""
    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(faker_person.__path__):
        locale = module.name
        provider = importlib.import_module(f"{faker_person.__name__}.{locale}").Provider
        for attribute in dir(provider):
            if attribute.startswith("_") or "name" not in attribute:
                continue
            if "first" in attribute or "middle" in attribute:
                target = given
            elif "last" in attribute:
                target = surnames
            else:
                continue
            sex = "f" if "female" in attribute else "m" if "male" in attribute else ""
            for name in _values(provider, attribute):
                for word in name.split():
                    if is_latin(word):
                        spellings = [word]
                    elif locale in ("ru_RU", "uk_UA", "bg_BG"):
                        spellings = transliterate(word, ukrainian=locale == "uk_UA")
                    else:
                        continue
                    target.update(spellings)
                    if sex and target is given:
                        GENDERED[sex].update(fold(w) for w in spellings)
                        for w in spellings:
                            LOCALES_OF[sex].setdefault(fold(w), set()).add(locale)
    return given, surnames


def build_names() -> dict[str, tuple[int, int, str]]:
    given, surnames = census_names()
    faker_given, faker_surnames = faker_names()
    for name in faker_given:
        key = fold(name)
        given[key] = max(given.get(key, 0), 2)
    for name in faker_surnames:
        key = fold(name)
        surnames[key] = max(surnames.get(key, 0), 2)
    out: dict[str, tuple[int, int, str]] = {}
    for key in given.keys() | surnames.keys():
        if len(key) < 2 or not key[0].isalpha():
            continue
        out[key] = (given.get(key, 0), surnames.get(key, 0), _sex(key))
    return out


def _sex(key: str) -> str:
    men, women = CENSUS_SHARE["m"].get(key, 0.0), CENSUS_SHARE["f"].get(key, 0.0)
    male, female = key in GENDERED["m"], key in GENDERED["f"]
    if men or women:
        share = men / (men + women)
        sex = "m" if share >= ONE_SEX_SHARE else "f" if share <= 1 - ONE_SEX_SHARE else ""
        other = "f" if sex == "m" else "m"
        # Unless another country gives the name to the other sex: two of Faker's locales
        # (Andrea, Simone and Michele are Italian men), or one for a name the census
        # finds rare (Nikita, Sasha: Russian men). Mary and Diane stay women whatever one
        # list says.
        others = len(LOCALES_OF[other].get(key, ()))
        common = max(men, women) >= COMMON_SHARE
        if sex and (others >= 2 or (others == 1 and not common)):
            return ""
        return sex
    return "m" if male and not female else "f" if female and not male else ""


def build_wordcase() -> list[str]:
    """word, log P(lower case), log P(Capitalised), and the Brown cluster of each form,
    for the words common enough to tell."""
    probs = json.loads(gzip.decompress(LEXEME_PROBS.read_bytes()))
    clusters = json.loads(gzip.decompress(LEXEME_CLUSTERS.read_bytes()))
    forms: dict[str, list[float]] = {}
    for word, prob in probs.items():
        if len(word) < 2 or not _WORD.fullmatch(word):
            continue
        low = word.lower()
        if word == low:
            forms.setdefault(low, [-99.0, -99.0, 0, 0])[::2] = [prob, clusters.get(word, 0)]
        elif word == low[0].upper() + low[1:]:
            forms.setdefault(low, [-99.0, -99.0, 0, 0])[1::2] = [prob, clusters.get(word, 0)]
    return [
        f"{word}\t{lower:.1f}\t{capital:.1f}\t{c_lower}\t{c_capital}"
        for word, (lower, capital, c_lower, c_capital) in sorted(forms.items())
        if max(lower, capital) > MIN_LOG_PROB or (c_capital and capital > MIN_LOG_PROB - 1)
    ]


def write_gz(path: Path, lines: list[str]) -> None:
    """Byte-identical output for identical input (no time stamp in the header)."""
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))


def main() -> int:
    table = build_names()
    rows = [f"{name}\t{g}\t{s}\t{x}" for name, (g, s, x) in sorted(table.items())]
    write_gz(DATA / "names.tsv.gz", rows)
    words = build_wordcase()
    write_gz(DATA / "wordcase.tsv.gz", words)
    print(f"{len(rows):,} names, {len(words):,} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
