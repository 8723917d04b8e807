"""Tokens and the numbers they spell: digits, number words, scales and fractions.

The grammar works on tokens rather than raw regexes because the same number
("ten", "10", "10bn") feeds many rules, and adjacency (no space between
tokens, as in "80-year-old" or "$5m") is what tells several of them apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from reader.extract.figures.lexicon import (
    CURRENCY_SUFFIX,
    DENOMINATORS,
    HYPHENED_SCALES,
    LOOSE_SCALES,
    MONEY_ONLY_SCALES,
    SCALES,
    TENS_WORDS,
    UNITS_WORDS,
)

VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125,
                     "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip
# The fraction characters as a regex class, for the patterns that read a number's text.
VULGAR_CLASS = f"[{''.join(VULGAR_FRACTIONS)}]"
_TOKEN = re.compile(
    r"\d{1,3}(?:['’]\d{3})+(?![\d'’])(?:\.\d+)?"  # Swiss thousands: "1'245"
    # Thousands grouped by a space, as African and European papers write them: "4 000
    # vendors", "R4 500" (a year or longer run before the space is no group: "2005 000";
    # nor a number after another: "the 29 737 Max aircraft", "01340 555 210").
    r"|(?<![\d.,])(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
    r"(?![\d,'’]|[ \u00a0\u202f]\d)(?:\.\d+)?"
    rf"|\d+(?:[.,]\d+)*|{VULGAR_CLASS}|[^\W\d_]+(?:['’][^\W\d_]+)*|\S"  # "23½p": 23, ½, p
)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# South Asia's grouping: lakhs and crores in pairs of digits ("1,00,000", "12,34,567").
_INDIAN_GROUPED = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
# Switzerland's and Liechtenstein's grouping: apostrophes ("CHF 1'245'000").
_SWISS_GROUPED = re.compile(r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?")


class Token(NamedTuple):
    """One token; `lower`, `is_digits` and `is_word` are stored because the
    grammar asks them thousands of times per article. A named tuple: immutable
    like a frozen dataclass, and several times cheaper to create."""

    text: str
    start: int
    end: int
    lower: str
    is_digits: bool
    is_word: bool

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    # tuple.__new__ is what Token(...) does, without the generated wrapper's call:
    # this runs for every token of every article.
    make = tuple.__new__
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        append(make(Token, (word, start, end, word.lower(), word[0].isdigit(), word[0].isalpha())))
    return out


def glued(tokens: list[Token], i: int) -> bool:
    """True when token i follows token i-1 with nothing between them."""
    return 0 < i < len(tokens) and tokens[i - 1].end == tokens[i].start


def past_hyphen(tokens: list[Token], i: int) -> int:
    """The token after a hyphen glued on both sides at i ("120-million"), else i."""
    if i < len(tokens) and tokens[i].text == "-" and glued(tokens, i) and glued(tokens, i + 1):
        return i + 1
    return i


def in_thousands(text: str) -> bool:
    """Whether digits are written in groups of thousands ("14,000", "4 000")."""
    return bool(_GROUPED.fullmatch(text) or _SPACE_GROUPED.fullmatch(text))


def digits_value(text: str) -> float | None:
    """'4,000' -> 4000.0, '1.05' -> 1.05; None for forms that are not one number ('1,2,3')."""
    if _GROUPED.fullmatch(text) or _INDIAN_GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    if _SWISS_GROUPED.fullmatch(text):
        return float(text.replace("'", "").replace("’", ""))
    if _SPACE_GROUPED.fullmatch(text):
        return float("".join(text.split()))
    if _PLAIN.fullmatch(text):
        return float(text)
    return None


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    start: int  # token index of the first token
    end: int  # token index past the last token
    words: bool  # spelt out ("five") rather than written in digits
    scaled: bool  # a scale word was applied ("billion")
    integer_digits: str | None = None  # the digits when a plain integer ("2024")


def _scale_at(tokens: list[Token], i: int, *, loose_ok: bool) -> float | None:
    if i >= len(tokens):
        return None
    word = tokens[i].lower
    if word not in SCALES:
        return None
    if word in MONEY_ONLY_SCALES and not loose_ok:
        return None
    if word in LOOSE_SCALES:
        # "5m" or "$5 m" but not "5 m tall": loose letters need to be glued
        # to the number (or follow a currency) and end the word.
        if not (glued(tokens, i) or loose_ok):
            return None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.start == tokens[i].end and nxt.is_word:
            return None
    return SCALES[word]


# What "half a ..." halves: the scales written as words, and a dozen.
_HALVED = {w: SCALES[w] for w in ("hundred", "thousand", "million", "billion", "trillion")}
_HALVED["dozen"] = 12.0


def scale_after_fraction(tokens: list[Token], k: int) -> float | None:
    """The scale a fraction ending at token k is of ("a quarter | of a million"), or None."""
    if (
        k + 2 < len(tokens)
        and tokens[k].lower == "of"
        and tokens[k + 1].lower in ("a", "an")
        and tokens[k + 2].lower in _HALVED
    ):
        return _HALVED[tokens[k + 2].lower]
    return None


def _fraction_of_scale(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """ "a quarter of a million", "two-thirds of a billion": the fraction of the scale,
    one number (not a share and a count of a million)."""
    fraction = parse_fraction(tokens, j)
    if fraction is None:
        return None
    value, k = fraction
    scale = scale_after_fraction(tokens, k)
    return None if scale is None else (value * scale, k + 3)


def _word_value(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Parse spelt-out numbers ("twenty-five", "two hundred", "a dozen") from token i."""
    n = len(tokens)
    total = 0.0
    current = 0.0
    seen = False
    j = i
    if (
        tokens[j].lower == "half"
        and j + 2 < n
        and tokens[j + 1].lower in ("a", "an")
        and tokens[j + 2].lower in _HALVED
    ):
        # "half a million", "half a dozen": half of the scale, whatever follows.
        scale = _HALVED[tokens[j + 2].lower]
        return scale / 2, j + 3
    if (of_scale := _fraction_of_scale(tokens, j)) is not None:
        return of_scale  # "three-quarters of a million": 750,000
    if (
        tokens[j].lower in ("a", "an")
        and j + 1 < n
        and tokens[j + 1].lower
        in (
            "hundred",
            "thousand",
            "million",
            "billion",
            "dozen",
        )
    ):
        current = 1
        seen = True
        j += 1
    while j < n:
        word = tokens[j].lower
        if word in TENS_WORDS and not (seen and current % 100 >= 10):
            current += TENS_WORDS[word]
            seen = True
            # "twenty-five"
            if (
                j + 2 < n
                and tokens[j + 1].text == "-"
                and glued(tokens, j + 1)
                and glued(tokens, j + 2)
                and tokens[j + 2].lower in UNITS_WORDS
                and 0 < UNITS_WORDS[tokens[j + 2].lower] < 10
            ):
                current += UNITS_WORDS[tokens[j + 2].lower]
                j += 2
            j += 1
        elif word in UNITS_WORDS and not (seen and current % 100 != 0):
            current += UNITS_WORDS[word]
            seen = True
            j += 1
        elif seen and word == "hundred":
            current = max(current, 1) * 100
            j += 1
        elif seen and word == "dozen":
            current = max(current, 1) * 12
            j += 1
        elif seen and word == "crore" and total and not current:
            total *= SCALES[word]  # "five lakh crore": crores of what came before
            j += 1
        elif seen and word in ("thousand", "million", "billion", "trillion", "lakh", "crore"):
            # "one crore taxpayers", "two lakh people": India's scales as words too.
            total += max(current, 1) * SCALES[word]
            current = 0
            j += 1
        elif (
            seen
            and word == "and"
            and j + 1 < n
            and tokens[j - 1].lower == "hundred"
            and (tokens[j + 1].lower in UNITS_WORDS or tokens[j + 1].lower in TENS_WORDS)
        ):
            j += 1
        else:
            break
    if not seen:
        return None
    return total + current, j


def _spaced_decimal(tokens: list[Token], i: int) -> float | None:
    """'6 . 2' as tokenised newswire writes 6.2: a point with one space on each side
    between digits. Running prose never spaces a point so; a year before it ('1990 .
    3 people') is left alone."""
    if i + 2 >= len(tokens):
        return None
    whole, point, frac = tokens[i], tokens[i + 1], tokens[i + 2]
    if (
        point.text == "."
        and point.start == whole.end + 1
        and frac.start == point.end + 1
        and frac.text.isdigit()
        and whole.text.isdigit()
        and len(whole.text) <= 3
    ):
        return float(f"{whole.text}.{frac.text}")
    return None


# A decimal comma, as most of Europe, Latin America and southern Africa write money:
# "1,20 zł", "R$ 0,85", "R1,85-million", "1,9 mld zł". One or two digits after the comma
# cannot be a group of thousands; read so only beside a currency or a scale.
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_MONEY_AFTER = frozenset({*SCALES, *CURRENCY_SUFFIX})


def _decimal_comma(tokens: list[Token], i: int, after_currency: bool) -> float | None:
    text = tokens[i].text
    if not _DECIMAL_COMMA.fullmatch(text):
        return None
    if after_currency or _money_word(tokens, i + 1):
        return float(text.replace(",", "."))
    return None


def _money_word(tokens: list[Token], k: int) -> bool:
    """Whether token k is a scale or a currency written after its amount."""
    # Imported here, as currencies reads this module's tokens; asked only of numbers no
    # other form reads ("1,20"), which few articles hold.
    from reader.extract.figures.currencies import name_starts

    word = tokens[k].lower if k < len(tokens) else ""
    # A sign after the amount too: "2,50 €", "4,90 zł"
    sign = len(word) == 1 and unicodedata.category(word) == "Sc"
    return sign or word in _MONEY_AFTER or word in name_starts()


def parse_number(tokens: list[Token], i: int, *, after_currency: bool = False) -> Number | None:
    """The number starting at token i, with any scale word after it."""
    tok = tokens[i]
    if tok.is_digits:
        value = digits_value(tok.text)
        if value is None:
            value = _decimal_comma(tokens, i, after_currency)
        if value is None:
            return None
        integer = tok.text if tok.text.isdigit() else None
        j = i + 1
        spaced = _spaced_decimal(tokens, i)
        if spaced is not None:
            value, integer, j = spaced, None, i + 3
        elif integer is not None and (bare := _bare_market_fraction(tokens, i)) is not None:
            value, integer, j = bare, None, i + 3
        scaled = False
        if (past_half := _half_after(tokens, j)) != j:
            value, integer, j = value + 0.5, None, past_half
        elif integer is not None and (fraction := _market_fraction(tokens, j)) is not None:
            value, integer, j = value + fraction[0], None, fraction[1]
        elif (cents := _cents_fraction(tokens, i, after_currency)) is not None:
            value, j = value + cents[0], cents[1]
        elif integer is not None and (vulgar := _vulgar_fraction(tokens, j)) is not None:
            value, integer, j = value + vulgar, None, j + 1  # "rose 23½p", "4½ lengths"
        after = past_hyphen(tokens, j)
        if after != j and (
            tokens[after].lower in HYPHENED_SCALES
            # Headlines' "P45-M dump deal", "P2.1-B flood control deals" after a currency.
            or (after_currency and tokens[after].text in ("M", "B"))
        ):
            j = after
        scale = _scale_at(tokens, j, loose_ok=after_currency)
        if scale is not None:
            value *= scale
            scaled = True
            integer = None
            j += 1
            # "5 hundred thousand", "Rs 20-lakh-crore": a second, larger scale multiplies
            # again.
            k = past_hyphen(tokens, j)
            if k != j and tokens[k].lower not in HYPHENED_SCALES:
                k = j
            second = _scale_at(tokens, k, loose_ok=False)
            if second is not None and second > scale:
                value *= second
                j = k + 1
        return Number(value, i, j, words=False, scaled=scaled, integer_digits=integer)
    parsed = _word_value(tokens, i)
    if parsed is None:
        return None
    value, j = parsed
    scaled = False
    if (past_half := _half_after(tokens, j)) != j:
        value, j = value + 0.5, past_half
    while j < len(tokens) and tokens[j].lower in ("million", "billion", "trillion", "bn"):
        value *= SCALES[tokens[j].lower]
        scaled = True
        j += 1
    return Number(value, i, j, words=True, scaled=scaled)


def _market_fraction(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """ "23-1/2 pence", "14 3/4": the eighths and sixteenths wire copy quotes prices in,
    after a whole number -> (the fraction, the token index past it)."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "-" and glued(tokens, j) else j
    if k + 2 >= len(tokens) or (k == j and (j == 0 or tokens[j].start - tokens[j - 1].end != 1)):
        return None
    if k > j and not glued(tokens, k):
        return None
    value = _eighths(tokens, k)
    if value is None:
        return None
    whole = tokens[j - 1].text if j else ""
    if len(whole) == 4 and whole.isdigit() and 1800 <= int(whole) <= 2100:
        return None  # "In 2004 3/4 of voters": a year, then a fraction of its own
    after = tokens[k + 3] if k + 3 < len(tokens) else None
    if after is not None and glued(tokens, k + 3) and after.text in ("/", "-"):
        return None  # "12 1/2/2024"
    return value, k + 3


def _cents_fraction(
    tokens: list[Token], i: int, after_currency: bool
) -> tuple[float, int] | None:
    """ "7.42-1/4 dlrs a bushel", "$4.91-1/4": a grain price in dollars and cents, then a
    fraction of a cent after a hyphen -> (the fraction in the number's last decimal
    place, the token index past it)."""
    text = tokens[i].text
    whole, point, decimals = text.partition(".")
    if not point or not 1 <= len(decimals) <= 2 or not whole.isdigit() or not decimals.isdigit():
        return None
    j = i + 1
    hyphen = j < len(tokens) and tokens[j].text == "-"
    if not (hyphen and glued(tokens, j) and glued(tokens, j + 1)):
        return None
    value = _eighths(tokens, j + 1)
    if value is None or not (after_currency or _money_word(tokens, j + 4)):
        return None
    return value / 10 ** len(decimals), j + 4


def _eighths(tokens: list[Token], k: int) -> float | None:
    """The value of a proper fraction in halves to sixty-fourths written at tokens k to
    k + 2 ("3/8"), the way markets quote prices."""
    if k + 2 >= len(tokens):
        return None
    top, slash, bottom = tokens[k], tokens[k + 1], tokens[k + 2]
    if not (slash.text == "/" and glued(tokens, k + 1) and glued(tokens, k + 2)):
        return None
    if not (top.text.isdigit() and bottom.text in ("2", "4", "8", "16", "32", "64")):
        return None
    if int(top.text) >= int(bottom.text):
        return None
    return int(top.text) / int(bottom.text)


# What wire copy quotes in eighths with no whole number before: "rose 3/8 dlr", "fell
# 1/4 point".
_FRACTION_UNITS = frozenset({
    "dlr", "dlrs", "dollar", "dollars", "stg", "pence", "cent", "cents", "cts", "point",
    "points",
})  # fmt: skip


def _bare_market_fraction(tokens: list[Token], i: int) -> float | None:
    """ "3/8 dlr": a market fraction alone, before what it is of (not a date, "3/8")."""
    if i + 3 >= len(tokens) or (i > 0 and tokens[i - 1].is_digits):
        return None
    after = tokens[i + 3]
    if glued(tokens, i + 3) or after.lower not in _FRACTION_UNITS:
        return None
    return _eighths(tokens, i)


def _vulgar_fraction(tokens: list[Token], j: int) -> float | None:
    if j < len(tokens) and glued(tokens, j):
        return VULGAR_FRACTIONS.get(tokens[j].text)
    return None


_HYPHENED_HALF = ["-", "and", "-", "a", "-", "half"]


def _half_after(tokens: list[Token], j: int) -> int:
    """Past "and a half" at token j ("five and a half years", "2 and a half million"),
    or its hyphened form ("three-and-a-half years"): half a unit more; else j."""
    if j + 2 < len(tokens) and [t.lower for t in tokens[j : j + 3]] == ["and", "a", "half"]:
        return j + 3
    if (
        j + 5 < len(tokens)
        and [t.lower for t in tokens[j : j + 6]] == _HYPHENED_HALF
        and all(glued(tokens, k) for k in range(j, j + 6))
    ):
        return j + 6
    return j


def parse_fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """'two-thirds', 'three quarters', 'a half', 'one-fifth' -> (value, end token index)."""
    n = len(tokens)
    tok = tokens[i].lower
    numerator: float | None = None
    j = i
    if tok in ("a", "an", "one"):
        numerator = 1
    elif tok in UNITS_WORDS and UNITS_WORDS[tok] > 0:
        numerator = UNITS_WORDS[tok]
    if numerator is None:
        return None
    j += 1
    if j < n and tokens[j].text == "-" and glued(tokens, j) and glued(tokens, j + 1):
        j += 1
    if j >= n:
        return None
    denom_word = tokens[j].lower
    if denom_word not in DENOMINATORS:
        return None
    plural = denom_word.endswith("s") or denom_word == "halves"
    if (numerator == 1) == plural:
        return None  # "one thirds", "two third" are not fractions
    if numerator >= DENOMINATORS[denom_word]:
        return None
    return numerator / DENOMINATORS[denom_word], j + 1
