"""PRODUCT mentions found by shape: brand + model number (+ Pro/Max...), and iPhone-style names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from reader.extract.entities.companies import companies
from reader.extract.entities.dates import YEAR
from reader.extract.entities.gazetteer import places
from reader.extract.entities.lexicon import (
    DEMONYMS,
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES_CAPITALISED,
    NUMBERED_STATIONS,
    ORG_MARKERS,
    ROAD_WORDS,
    SHORT_WEEKDAYS,
    STATUTES,
    TITLES,
    WEEKDAYS,
    alternatives,
    words,
)
from reader.extract.entities.results import comma_result_rows
from reader.extract.entities.topics import is_sport
from reader.extract.entities.wordlists import mostly_lower_case, name_strength

_SUFFIX = r"(?: (?:Pro|Max|Ultra|Plus|Mini|Lite|SE|Air|Neo|Edge|Fold|Flip|Note|Turbo|GT)\+?)*"
# "S24", "737", "EV3"; and a maker's code with a hyphen ("WH-1000XM6", "SM-G991B"), not
# an aircraft's one letter ("C-130 Hercules" stays in its name).
_MODEL = (
    # up to two letters after the number, or three in capitals or "neo" ("A321XLR",
    # "A321neo"), not a unit's ("4hrs", "24pts") nor an ordinal's ("the Soviet 9th Army")
    r"(?:[A-Z]{0,2}\d{1,4}(?!(?:st|nd|rd|th) [A-Z])"
    r"(?:[A-Z]{3}(?![A-Za-z])|neo(?![a-z])|[A-Za-z]{0,2})\+?"
    r"|[A-Z]{2,4}-[A-Z]?\d{2,5}[A-Z]{0,3}\d{0,2})"
)
_BRAND_MODEL = re.compile(
    # A brand may hold an ampersand: "S&P 500".
    rf"(?<![\w.])((?:[A-Z]+&[A-Z]\w*|[A-Z][\w]*|[a-z][A-Z]\w*)(?: [A-Z][a-z]\w*)?)"
    rf" ({_MODEL})(?!\d){_SUFFIX}"
    r"(?![\w,.:\-–/]\d)"  # "2-1" a score, "3.5" a number, "4:17" a time, "1996-08-24" a date
)
# An aircraft maker's type and its variant after a hyphen: "Boeing 737-800", "Airbus
# A330-300", "Embraer E190-E2", "ATR 72-600" (which `_BRAND_MODEL` leaves, as "2-1" is
# a score after most names).
_AIRCRAFT_MAKERS = (
    "Airbus", "Boeing", "Embraer", "Bombardier", "ATR", "Antonov", "Tupolev", "Ilyushin",
    "Sukhoi", "Comac", "COMAC", "Cessna", "Lockheed", "Dassault", "Gulfstream", "Fokker",
    "Beechcraft", "Pilatus", "Saab", "Dornier", "Learjet", "Lockheed Martin",
)
# A type is letters and digits or three digits ("A330", "E190", "737"), or two digits
# before a variant of three ("72-600"); never a year's or a season's four digits, nor a
# range of two small numbers ("Boeing 10-15 per cent late").
_AIRCRAFT_TYPE = (
    r"(?:(?:[A-Z]{1,2}\d{2,4}|\d{3})[A-Za-z]{0,3}-(?:\d{1,3}[A-Z]{0,3}|[A-Z]{1,2}\d{1,2})"
    r"|\d{2}-\d{3})"
)
_AIRCRAFT_VARIANT = re.compile(
    rf"(?<![\w.])({alternatives(_AIRCRAFT_MAKERS)})"
    rf" ({_AIRCRAFT_TYPE})(?![\w-])"
)
# "Arsenal 2 West Ham 0": a result row, a side and its score on each side.
_SCORE_ROW_NEXT = re.compile(r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+\d{1,3}\b(?![.,]\d)")
# Also after a colon or semicolon: "NHL: New Jersey Devils 2 Toronto Maple Leafs 5; ...".
_SCORE_ROW_BEFORE = re.compile(
    r"(?:^|\n|[:;][ \t]+)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]+\d{1,3}[ \t]+$"
)
# The first side's score earlier in the row: "... Devils 2 Toronto Maple Leafs 5;".
_SCORE_PAIR_BEFORE = re.compile(r"\b\d{1,3}[ \t]+[A-Z][^\n;:\d]{0,40}$")
_ROW_END_AFTER = re.compile(r"[ \t]*(?:\((?:OT|SO|aet|pens?)\))?[ \t]*(?:[;\n]|$)")
# Three or more digits, then a plural noun: what was counted.
_COUNTED_NEXT = re.compile(r"(?<=\d{3})\s+[a-z]+s\b")
# The next place of a standings list: "1. McLaren 402 2. Ferrari 390 3. Red Bull 288".
_NEXT_PLACING = re.compile(r"\s+\d{1,2}\.\s+[A-Z]")
_TABLE_ROW_NEXT = re.compile(r"(?:[ \t]+\d+){2}")  # a league table's columns
# "4. Vaclav Jezek (Czech Republic) Telekom 15": a placing, so the number is a time gap.
_PLACING_ROW = re.compile(r"\d{1,3}[.)]?[ \t]+(?:-[ \t]+)?[A-Z][^\n]*\(")
# "Model Y", "Model S": the word Model and one capital letter.
_LETTER_MODEL = re.compile(r"(?<![\w.])Model [A-Z](?![\w'’-])(?!\.\w)")
_BARE_MODEL = re.compile(r"(?<![\w.$€£¥])\d{1,4} (?:Pro|Max|Ultra|Plus)\+?\b")
_LAW_YEAR = re.compile(YEAR)
_CAMEL = re.compile(r"(?<![\w.])i[A-Z][A-Za-z]+\b")
# Text the bare-model and iPhone-style patterns cannot match without; testing for
# it is much cheaper than running the patterns over every article.
_BARE_WORDS = ("Pro", "Max", "Ultra", "Plus")
_CAMEL_HINT = re.compile(r"i[A-Z]")
# Words after a number that make it a quantity, not a model number.
_QUANTITY_NEXT = re.compile(
    r"\s*(?:%|per\s?cent|percent|billion|million|thousand|bln|mln|trillion|years?|months?|"
    r"weeks?|days?|hours?|units?|people|yuan|dollars?|euros?|points?|times|,\d|"
    r"not out\b|n\.o\.|off \d|"  # a batsman's runs: "Pandya 29 not out", "Sharma 78 off 49"
    # a scoring summary's play and clock: "Lindgren 4 run", "FG Oyelaran 38, :51"
    r",\s*\d{0,2}:\d\d|run\b|pass\b|(?:interception|fumble|punt|kickoff|kick)\s+return\b|-?yard)",
    re.IGNORECASE,
)
# A month after the number: a day ("Published 22nd Jan 2025"), not a model.
_MONTH_NEXT = re.compile(
    rf"\s+{alternatives(m.capitalize() for m in MONTHS)}\.?(?:,?\s+\d|[,;)]|$)", re.MULTILINE
)
# A page's time stamp, not a brand, also as a brand's second word ("Reporter Published 22nd").
_STAMP_WORDS = words("Updated Published Posted Modified Edited") | SHORT_WEEKDAYS
# Capitalised words before a number that name a part, rank or date, not a brand.
_NOT_BRANDS = words(
    """
    Article Articles Section Chapter Room Phase Level Stage Grade Route Top Page Figure
    Table Class Type Category No Number Part Vol Volume Act Rule Tier Week Day Year Games
    Season Episode Round Item Line Gate Platform Exit Terminal Highway Interstate Unit Zone
    District Ward Block Lot Step Version Q H Fig Term Session Group Covid COVID Under Over
    About Around Nearly Almost Some Only Just Top Best Fortune Index
    Rs Rp Tk Sh KSh Ksh USh TSh Dh Lm Kr
    """
)  # the last line: currencies written before the number ("Rs 120 crore", "Sh346 billion")


def _brand_ok(brand: str) -> bool:
    first = brand.split()[0]
    low = first.lower().rstrip(".")
    return not (
        first in _NOT_BRANDS
        or first in _STAMP_WORDS
        or brand.split()[-1] in _STAMP_WORDS
        or low in MONTHS
        or low in WEEKDAYS
        or low in FUNCTION_WORDS
        or first in TITLES
        or first in DEMONYMS
        or brand in places()
        or first in ORG_MARKERS
        or (first.isupper() and len(first) <= 2)
        or brand.split()[-1] in NUMBERED_STATIONS  # "BBC Radio 4" is a station
        or brand.split()[-1] in ROAD_WORDS  # "County Road 484" is a road
    )


def _sentence_word(text: str, start: int, first: str) -> bool:
    """Whether `first` opens a sentence and is an everyday word there ("Later Windows 11")."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return (not before or before[-1] in '.!?\n"“') and mostly_lower_case(first)


def _score_not_model(
    text: str, brand: str, model: str, end: int, tallies: int, sport: Callable[[], bool]
) -> bool:
    """Whether "Norris 257", "Jayasuriya 143 H C Brook", "(Van Persie 46)" is a name with
    a score, minute or tally in a results list, not a brand with a model number: a bare
    number, then a list's punctuation or the next name, after a name that is a surname's
    ("Vishwa Fernando", "Van Persie") or that the article gives `tallies` (different
    bare numbers) more than once ("Kumara 40", "Kumara 4")."""
    if not model.isdigit() or brand in companies():
        return False
    names = brand.split()
    surname = name_strength(names[-1])[1] > 0 or (
        len(names) > 1 and names[0] in NAME_PARTICLES_CAPITALISED
    )
    if len(model) <= 3 and text.endswith(model, 0, end) and sport():
        # "(Wanigasekara 132 n.o., Wickramasuriya 71)", "Hurricanes 31 (Tawhai 2, ...)",
        # "Rangihuna 4 con, pen": in a match report a name's bare number is a tally
        # (a "Galaxy S24" or "iPhone 15 Pro" is still a model).
        return True
    following = text[end : end + 2]
    if not surname and tallies < 2:
        return False
    if not following or following[0] in ";)\n":
        return True
    if following[0] == " " and (following[1:].isupper() or following[1:].isdigit()):
        return True  # the next name's initial, or the next column
    # A comma or a full stop ends product lists too ("the Pixel 8, Pixel 9 and ..."):
    # enough only after a surname.
    return surname and following[0] in ",."


def find_products(text: str, sport: bool | None = None) -> list[tuple[int, int, str]]:
    """(start, end, brand) for every product-shaped span; brand is "" when not stated."""
    out: list[tuple[int, int, str]] = []
    matches = list(_BRAND_MODEL.finditer(text))
    # Whether the text reports sport: the caller's answer, else worked out when a
    # name's number first asks.
    is_match_report = (lambda: sport) if sport is not None else cache(lambda: is_sport(text))
    result_rows = cache(lambda: comma_result_rows(text))
    numbers: dict[str, set[str]] = {}
    for match in matches:
        if match.group(2).isdigit():
            numbers.setdefault(match.group(1).split()[-1], set()).add(match.group(2))
    for match in matches:
        brand = match.group(1)
        start = match.start()
        if brand.split()[-1] in STATUTES and _LAW_YEAR.fullmatch(match.group(2)):
            # "Employment Rights Act 1996": the law's name and year, which the rules join
            # ("Republic Act 3019", "Finance Bill 2024" stay as they are)
            continue
        if " " in brand and (
            not _brand_ok(brand) or _sentence_word(text, start, brand.split(" ", 1)[0])
        ):
            # "The Xiaomi 12", "Later Windows 11": the brand is the second word.
            first, brand = brand.split(" ", 1)
            start += len(first) + 1
        if not _brand_ok(brand):
            continue
        if (
            " " not in brand
            and _COUNTED_NEXT.match(text, match.end())
            and _sentence_word(text, start, brand)
        ):
            continue  # "Record 612 patients on trolleys": a count after an everyday word
        if (
            _QUANTITY_NEXT.match(text, match.end())
            or _MONTH_NEXT.match(text, match.end())
            or _SCORE_ROW_NEXT.match(text, match.end())
            or _NEXT_PLACING.match(text, match.end())
        ):
            continue
        if match.group(2).isdigit() and (
            _SCORE_ROW_BEFORE.search(text, max(0, start - 60), start)
            or _TABLE_ROW_NEXT.match(text, match.end())
            or _PLACING_ROW.match(text, text.rfind("\n", 0, start) + 1)
        ):
            continue  # the second side of "Feyenoord 2 Vitesse Arnhem 2", "PSV 4 3 1 0 10"
        if (
            match.group(2).isdigit()
            and len(match.group(2)) <= 3
            and _ROW_END_AFTER.match(text, match.end())
            and _SCORE_PAIR_BEFORE.search(text, max(0, start - 50), start)
        ):
            continue  # "New Jersey Devils 2 Toronto Maple Leafs 5; ...": a result row
        if (
            match.group(2).isdigit()
            and is_match_report()
            and any(s <= start and match.end() <= e for s, e in result_rows())
        ):
            continue  # "Poteau 42, Stigler 7; Roland 28, Keota 0": both sides of results
        tallies = len(numbers.get(brand.split()[-1], ()))
        if _score_not_model(text, brand, match.group(2), match.end(), tallies, is_match_report):
            continue
        out.append((start, match.end(), brand))
    for match in _AIRCRAFT_VARIANT.finditer(text):
        out.append((match.start(), match.end(), match.group(1)))
    if "Model " in text:
        for match in _LETTER_MODEL.finditer(text):
            out.append((match.start(), match.end(), "Model"))
    if any(word in text for word in _BARE_WORDS):
        for match in _BARE_MODEL.finditer(text):
            out.append((match.start(), match.end(), ""))
    if _CAMEL_HINT.search(text):
        for match in _CAMEL.finditer(text):
            out.append((match.start(), match.end(), match.group()))
    out.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int, str]] = []
    for item in out:
        if all(item[1] <= s or item[0] >= e for s, e, _ in taken):
            taken.append(item)
    taken.sort()
    return taken
