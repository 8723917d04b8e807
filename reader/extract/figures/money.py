"""Money around a number: the currency before it or after it, minor units, compounds.

"$5", "C$300 million", "c $ 16.4 million", "15 €", "95₽", "420 million Finnish
markka", "12 pence", "a 15-cent dividend", "3 dollars 50 cents". Which currency a
word or symbol means is `currencies`' business; here is where it stands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from reader.extract.figures.context import Context, Found
from reader.extract.figures.currencies import (
    NameMatch,
    currencies,
    heads_of,
    match_name,
    modifier_codes,
    name_starts,
    resolve,
    spaced_iso_codes,
    symbol_codes,
)
from reader.extract.figures.lexicon import (
    AMBIGUOUS_SUFFIX,
    AMOUNT_FOLLOWERS,
    CASED_SUFFIXES,
    CURRENCY_EXTRA_CUES,
    CURRENCY_PREFIX,
    HEIGHT_WORDS,
    ISO_CODES_ALSO_WORDS,
    LOOSE_LETTER_PREFIXES,
    LOOSE_SCALES,
    MINOR_UNITS,
    MIXED_CASE_PREFIXES,
    NOT_COUNTED_SUBJECTS,
    SCALES,
    SPACED_CODES,
    SPACED_DOLLAR_PREFIXES,
    WEIGHED_GOODS,
    WEIGHT_CUES,
)
from reader.extract.figures.numbers import (
    VULGAR_CLASS,
    VULGAR_FRACTIONS,
    Token,
    glued,
    in_thousands,
    past_hyphen,
)
from reader.extract.model import FigureKind

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_POUNDS = {"pound", "pounds"}
_COMPOUND_GAP = re.compile(r"\s*(?:and\s+)?")


@dataclass(frozen=True, slots=True)
class Suffix:
    """A currency written after a number."""

    code: str
    end: int  # token index past it
    minor: str | None = None  # the minor unit word ("pence"), when the number counts those
    explicit: bool = False  # the currency was named ("Canadian cents"), not assumed
    per: int = 100  # minor units in the major: a dinar's fils are thousandths


@cache
def currency_signs() -> frozenset[str]:
    """Single characters that are a currency sign ("$", "€", "₾", "¢"): symbols that read
    the same on either side of a number and are never part of a word."""
    symbols = {s for cur in currencies().values() for s in cur.symbols}
    symbols |= {s for s in CURRENCY_PREFIX if len(s) == 1} | {s for s in MINOR_UNITS if len(s) == 1}
    return frozenset(s for s in symbols if len(s) == 1 and unicodedata.category(s) == "Sc")


def is_currency_sign(text: str) -> bool:
    return text in currency_signs()


def _sign_code(ctx: Context, text: str, at: int) -> str | None:
    if text in ("¥", "￥"):
        return "CNY" if ctx.yuan_context else "JPY"
    if text == "$" and (home := _home_dollar(ctx.text, at)) is not None:
        return home
    codes = symbol_codes(text)
    return codes[0] if codes else None


def read_prefix(ctx: Context, i: int) -> tuple[str, int] | None:
    """A currency written before a number at token i -> (ISO code, index of the number)."""
    tokens = ctx.tokens
    n = len(tokens)
    tok = tokens[i]
    code: str | None = None
    if (
        tok.text == "$"
        and i + 2 < n
        and tokens[i + 1].is_word
        and glued(tokens, i + 1)
        and (codes := symbol_codes(tokens[i + 1].lower + "$"))
    ):
        # "$A150 million", "$NZ40": Australian and New Zealand papers put the letters
        # after the sign.
        code, j = codes[0], i + 2
    elif is_currency_sign(tok.text):
        code = _sign_code(ctx, tok.text, tok.start)
        j = i + 1
    elif tok.is_word and i + 1 < n:
        low = tok.lower
        nxt = tokens[i + 1]
        if is_currency_sign(nxt.text) and (glued(tokens, i + 1) or low in SPACED_DOLLAR_PREFIXES):
            # "C$", "HK$", "NZ$", and tokenised "c $", "hk $".
            codes = symbol_codes(low + nxt.text)
            code = codes[0] if codes else None
            j = i + 2
        elif low == "u" and _us_dollar_at(tokens, i):
            code, j = "USD", _us_dollar_at(tokens, i)
        elif tok.text == "R" and (
            rand_at(tokens, i)
            or _glued_thousands(tokens, i)  # "R14,000 was taken", as "Sh2,800" is
            or (
                (
                    _RAND_RATE.match(ctx.text, tok.start)
                    or _RAND_CENTS.match(ctx.text, tok.start)
                    or _RAND_MOVE_BEFORE.search(ctx.text, max(0, tok.start - 24), tok.start)
                )
                and ctx.cues.has("ZAR")
            )
        ):
            code, j = "ZAR", i + 1
        elif tok.text in _LETTER_CURRENCIES and (
            rand_at(tokens, i)
            or (tok.text in _SPACED_LETTERS and tokens[i + 1].is_digits)
            or _cued_letters(ctx, i)
            or (tok.text not in _PRICE_ONLY_LETTERS and _spaced_scaled(tokens, i))
        ):
            # "N54.9 trillion", "Sh346 billion", "KSh 1.2 trillion": the article's country
            # decides among those the letters may be; with none named, the first (the
            # shilling news writes "Sh" most is Kenya's).
            options = _LETTER_CURRENCIES[tok.text]
            cued = [c for c in options if ctx.cues.has(c)]
            code = cued[0] if cued else (
                options[0] if tok.text not in _CUED_ONLY_LETTERS else None
            )
            j = i + 1
        elif (
            tok.text == "S"
            and i + 2 < n
            and tokens[i + 1].text == "/"
            and glued(tokens, i + 1)
            and tokens[i + 2].is_digits
            and (
                _scaled_at(tokens, i + 2)
                or (
                    ctx.cues.has("PEN")
                    # a price's shape: cents ("S/4.50") or the sign set apart ("S/ 50");
                    # not "S/2004 S 6", a moon, nor a shirt's "S/10"
                    and ("." in tokens[i + 2].text or not glued(tokens, i + 2))
                )
            )
        ):
            code, j = "PEN", i + 2  # Peru's sol: "S/ 1.6 billion", "S/4.50 a kilo"
        elif tok.text == "Fr" and _franc_at(tokens, i):
            # Switzerland's papers: "Fr. 104.50", "Fr. 3'995" (France's wrote "FFr").
            code, j = "CHF", i + 2
        elif (
            low in CURRENCY_PREFIX
            and (
                (tok.text.isupper() and low not in _MIXED_CASE_ONLY)
                or tok.text in MIXED_CASE_PREFIXES
            )
            # "AED1.2bn" with its scale; not "SAR123", a call sign
            and not (low in SPACED_CODES and glued(tokens, i + 1) and not _scaled_at(tokens, i + 1))
        ):
            # Codes only in capitals ("TRY 5", "RMB 10"): "try 5" is a verb.
            code = CURRENCY_PREFIX[low]
            if low == "rs":
                code = _rupee(ctx, tok.start)
            j = i + 1
            if low == "sk" and not _slovak_amount(tokens, j):
                return None  # "Sk19,068", "Sk650", "Sk5bn"; not a "Sk8-Hi" trainer
            if (
                low in LOOSE_LETTER_PREFIXES
                # "SFr 33", "DKr 2,500": the financial press's capital inside the letters
                # is no everyday abbreviation.
                and not (tok.text[1:2].isupper() and tok.text[2:3].islower())
                and not _letters_amount(tokens, i)
                # "a monthly pass will rise to NIS 198" in a story that names Israel
                and not (tok.text == "NIS" and ctx.cues.has(code))
            ):
                return None
            if j < n and tokens[j].text == "." and glued(tokens, j):
                j += 1
        elif (
            tok.text.isupper()
            and len(low) == 3
            and (
                low in spaced_iso_codes()
                # "worth MAD 24 billion" in a story that names Morocco: a code that is
                # also a word, before a scaled amount.
                or (
                    low in ISO_CODES_ALSO_WORDS
                    and _scaled_at(tokens, i + 1)
                    and ctx.cues.has(tok.text)
                )
            )
            and not glued(tokens, i + 1)
            and _iso_amount_after(tokens, i + 1)
        ):
            code, j = tok.text, i + 1  # "UGX 12,000", "ETB 300": any currency's code
        else:
            return None
    else:
        return None
    if code is None or j >= n:
        return None
    if tokens[j].is_digits and tokens[j].start - tokens[j - 1].end <= 1:
        return code, j
    return None


def _iso_amount_after(tokens: list[Token], i: int) -> bool:
    """Whether the number at token i after an ISO code is an amount of it: not a year
    ("NIO 2024 deliveries") nor a count of something ("ETB 12 schools", "HNL 45 minutes",
    "AZN 2.1%")."""
    if i >= len(tokens) or not tokens[i].is_digits:
        return False
    text = tokens[i].text
    if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or after.text in (",", ".", ";", ")", ":"):
        return True
    if after.text == "%":
        return False
    return not (after.is_word and after.text.islower()) or (
        after.lower in AMOUNT_FOLLOWERS or after.lower in SCALES
    )


def _franc_at(tokens: list[Token], i: int) -> bool:
    """'Fr. 1.86': the abbreviation's full stop glued, then the amount after one space
    (not "Fr. Murphy", nor a sentence's end "... in Fr. 3 new posts" with no stop)."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and glued(tokens, i + 1)
        and tokens[i + 2].is_digits
        and tokens[i + 2].start - tokens[i + 1].end <= 1
    )


def _letters_amount(tokens: list[Token], i: int) -> bool:
    """Whether the number after currency letters that are also abbreviations reads as
    money: glued to them, with decimals, a scale or "a share" ("DM5", "DM 5.73", "NIS
    2.3bn", "SFr 38 a share"; not "a DM 20 minutes later", "the NIS 2 directive")."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_digits:
        return False
    if glued(tokens, i + 1) or "." in tokens[i + 1].text:
        return True
    after = [t.lower for t in tokens[i + 2 : i + 4]]
    return bool(after) and (after[0] in SCALES or after in (["a", "share"], ["per", "share"]))


# Letters that write a currency glued to a scaled amount, with the currencies each may
# be (the article's country decides): "N500bn" naira, "Sh20bn" / "KSh20bn" shillings.
_LETTER_CURRENCIES = {
    "N": ("NGN",), "Sh": ("KES", "UGX", "TZS"), "KSh": ("KES",), "Ksh": ("KES",),
    "USh": ("UGX",), "Ush": ("UGX",), "TSh": ("TZS",), "Tsh": ("TZS",),
    "Shs": ("UGX", "KES", "TZS"), "Ushs": ("UGX",),  # Uganda's papers: "Shs4.6 trillion"
    # The Philippines' papers write the peso "P", Botswana's the pula: "P1.8 billion",
    # "P1.35 per liter" in a story that names the country or Manila.
    "P": ("PHP", "BWP"),
    # The Gulf's papers: "Dh1.35m" dirhams (Morocco's too), "QR7.4 billion" riyals, "KD2bn"
    # dinars.
    "Dh": ("AED", "MAD"), "Dhs": ("AED",), "QR": ("QAR",), "SR": ("SAR",), "BD": ("BHD",),
    "KD": ("KWD",), "RO": ("OMR",),
    # Egypt's papers: "LE64bn", "LE5.80 to the dollar".
    "LE": ("EGP",),
    # Turkey's papers: "TL3.2 billion", "TL 450 million".
    "TL": ("TRY",),
    # Thailand's papers: "Bt22 billion", "Bt300 a day".
    "Bt": ("THB",),
    # Zambia's and Malawi's kwacha, Papua New Guinea's kina, Myanmar's kyat: "K19.2
    # billion", only in a story that names one of them.
    "K": ("ZMW", "MWK", "PGK", "MMK"),
}  # fmt: skip


# Of those, the letters that name other things too ("N95 masks", "Verstappen was P1"):
# money with no scale only in a price's shape.
_PRICE_ONLY_LETTERS = frozenset({"N", "P", "K"})
# Of those, the letters that are money only in a story naming a country they are money
# in ("K2 billion" is as often a mountain's or a rifle's name).
_CUED_ONLY_LETTERS = frozenset({"N", "K"})
# Letters that are a currency only as its press writes them: "NRs" (Nepal's rupee), not
# "NRS" (National Records of Scotland).
# not "SK7 2AB", a Stockport postcode, nor "RBS 2025", the bank
_MIXED_CASE_ONLY = frozenset({"nrs", "sk", "rbs", "rbl", "rbls"})
# The rupees "Rs" writes besides India's.
_OTHER_RUPEES = ("PKR", "LKR", "NPR", "MUR")

# Letters that are a currency and nothing else, also with a space and no scale: "KSh 1.2
# trillion", "a dividend of KSh 1.20".
_SPACED_LETTERS = frozenset({"KSh", "Ksh", "USh", "Ush", "TSh", "Tsh", "Shs", "Ushs"})


def _cued_letters(ctx: Context, i: int) -> bool:
    """ "a dividend of Sh1.20", "LE5.80 to the dollar" with no scale: the currency of
    those letters in an article that names its country ("Nairobi-listed", "Egypt's"),
    or with thousands ("Sh2,800"); elsewhere "Sh1" may be anything. "N" only as a price
    ("N75 a litre", "N128.50 to the dollar"), not a name ("N95 masks" in a Lagos story)."""
    tokens = ctx.tokens
    letters = tokens[i].text
    if not (i + 1 < len(tokens) and tokens[i + 1].is_digits and glued(tokens, i + 1)):
        return False
    if letters in _PRICE_ONLY_LETTERS and not _price_shape(tokens, i):
        return False
    if letters not in _PRICE_ONLY_LETTERS and _glued_thousands(tokens, i):
        return True  # "Sh2,800", "Dh1,200"
    if letters in _ARTICLE_LETTERS:
        scaled, priced = _letters_elsewhere(ctx, letters)
        if scaled:
            return True  # "under Sh50" where the article wrote "Sh38.3 trillion"
        if priced and letters in _PRICE_LETTERS and len(tokens[i + 1].text) >= 2:
            return True  # "Sh350 a kilo ..., against Sh220": a price in those letters
    return any(ctx.cues.has(code) for code in _LETTER_CURRENCIES[letters])


# Letters that name nothing else a reader meets in money news (not "TL1" a model, "KD3"
# a grade, "SR71" a plane, "RO301" a flight): the article's currency wherever it writes
# them before a number, once it writes them before a scaled amount.
_ARTICLE_LETTERS = frozenset({"Sh", "Shs", "Dh", "Dhs", "Bt"})
# Of those, the ones a price names the article's currency by (not "Bt", also Bluetooth's
# and a crop's: "Bt5.3", "Bt11 corn").
_PRICE_LETTERS = frozenset({"Sh", "Shs", "Dh", "Dhs"})


def _letters_elsewhere(ctx: Context, letters: str) -> tuple[bool, bool]:
    """Whether the article writes the letters glued to a scaled amount somewhere ("Sh38.3
    trillion"), and to a number that reads as a price ("Sh350 a kilo", "Dh12.50"): then
    they are its currency wherever they stand before a number. Read once an article."""
    known = ctx.letter_amounts.get(letters)
    if known is None:
        tokens = ctx.tokens
        scaled = priced = False
        for k, tok in enumerate(tokens):
            if tok.text != letters or k + 1 >= len(tokens) or not glued(tokens, k + 1):
                continue
            scaled = scaled or _scaled_at(tokens, k + 1)
            priced = priced or (
                k + 2 < len(tokens) and tokens[k + 1].is_digits and _price_shape(tokens, k)
            )
            if scaled and priced:
                break
        known = ctx.letter_amounts[letters] = (scaled, priced)
    return known


def _slovak_amount(tokens: list[Token], j: int) -> bool:
    """Whether token j after "Sk" is a price: three digits or more, or a scale after."""
    n = len(tokens)
    return j < n and (len(tokens[j].text) >= 3 or (j + 1 < n and tokens[j + 1].lower in SCALES))


def _glued_thousands(tokens: list[Token], i: int) -> bool:
    """Thousands glued to the letters at token i: a price, whatever else they name."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and glued(tokens, i + 1) and in_thousands(after.text)


def _price_shape(tokens: list[Token], i: int) -> bool:
    """Letters and a number that read as a price: decimals ("N128.50", "P1.35"), thousands
    ("P30,000"), a rate after it ("N75 a litre") or a move ("from N65 and ..."); not "N95
    masks", "Verstappen was P1", "P6 pupils"."""
    number = tokens[i + 1].text
    if "." in number or "," in number or " " in number:
        return True
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    if after in _PRICE_AFTER:
        return True
    moved = i > 0 and tokens[i - 1].lower in _BEFORE_A_PRICE
    return moved and (not after or not after.isalpha() or after in _AFTER_A_MOVE)


# What follows a price: "N75 a litre", "N65 per kilo", "from N65 to N75".
_PRICE_AFTER = frozenset({"a", "an", "per", "to", "from", "each"})
# What a price stands after: "from N65", "sells for around P58".
_BEFORE_A_PRICE = frozenset({
    "from", "to", "around", "about", "at", "for", "of", "under", "over", "nearly", "almost",
})  # fmt: skip
# What follows a price moved to or from ("from N65 and kerosene ..."), not a thing named
# by letters ("switched to N95 masks").
_AFTER_A_MOVE = frozenset({"and", "or", "in", "on", "at", "by", "last", "this", "since", "after"})


def _a_city(text: str, at: int, code: str) -> bool:
    """Whether the cue of `code` at offset `at` is one of its cities or provinces."""
    return any(text.startswith(city, at) for city in CURRENCY_EXTRA_CUES.get(code, ()))


def _rupee(ctx: Context, at: int) -> str:
    """The rupee "Rs" writes at offset `at`: India's, unless the article names only another
    rupee's country before it ("Rs15 billion" in Sindh, "Rs 500 million" in Colombo), and
    not India, whose papers often name no Indian place at all, only a neighbour."""
    india = set(ctx.cues.positions("INR"))
    named = []
    for code in _OTHER_RUPEES:
        own = ctx.cues.positions(code)
        india -= set(own)  # "Nepal" names Nepal's rupee, not India's
        # Its country named before the amount, or one of its cities anywhere ("the
        # Karachi Stock Exchange" after the profit); not "talks with Pakistan" later on.
        if any(p < at or _a_city(ctx.text, p, code) for p in own):
            named.append(code)
    if india or len(named) != 1:
        return "INR"
    return named[0]


def _scale_after(tokens: list[Token], i: int) -> int | None:
    """The index of the scale after the number at token i ("1.2 trillion", "20bn",
    "120-million"), else None."""
    if i + 1 >= len(tokens):
        return None
    j = past_hyphen(tokens, i + 1)
    return j if j < len(tokens) and tokens[j].lower in SCALES else None


def _scaled_at(tokens: list[Token], i: int) -> bool:
    """A number at token i with a scale after it ("1.2 trillion", "20bn")."""
    return tokens[i].is_digits and _scale_after(tokens, i) is not None


# A rate in rand with no scale, "R180 a month": read so only in an article about South
# Africa, where "R" before a bare number is as often a road ("the R21").
_RAND_RATE = re.compile(r"R\d[\d,.]*\s+(?:a|an|per)\s+(?:hour|day|week|month|year)\b")
# Rand and cents with no scale, in an article about South Africa: "firmed to R6.12";
# not "the R101" or "R21", a road's or a vaccine's name.
_RAND_CENTS = re.compile(r"R\d[\d,]*\.\d\d\b|R\d{1,3},\d\d\b")  # also "R21,35", a decimal comma
# A level in rand after a move in rand: "Sasol rose R4.50 to R215".
# The move has cents, as money does and a road's number ("from the R21 to R24") never has.
_RAND_MOVE_BEFORE = re.compile(r"\bR\d[\d,]*\.\d\d\s+(?:to|from)\s+$")


def rand_at(tokens: list[Token], i: int) -> bool:
    """'R120m', 'R8 million', 'R1.5bn', 'R120-million': the rand's sign glued to an
    amount with a scale. Without one, "R" before a number is more often a name ("the
    R101", "R21 vaccine")."""
    if i + 2 >= len(tokens) or not (tokens[i + 1].is_digits and glued(tokens, i + 1)):
        return False
    j = _scale_after(tokens, i + 1)
    return j is not None and (tokens[j].lower not in LOOSE_SCALES or glued(tokens, j))


def _spaced_scaled(tokens: list[Token], i: int) -> bool:
    """ "KD 168.4 million", "QR 7.4 billion": the letters a space before an amount with
    a scale, as the Gulf's papers also write them; no route or grade has millions."""
    if i + 2 >= len(tokens) or not tokens[i + 1].is_digits or glued(tokens, i + 1):
        return False
    if i > 0 and tokens[i - 1].lower.endswith(("'s", "’s")):
        return False  # "Bangladesh's BD 1.5 million migrant workers": the country's letters
    j = _scale_after(tokens, i + 1)
    if j is None or (tokens[j].lower in LOOSE_SCALES and not glued(tokens, j)):
        return False
    if j + 1 >= len(tokens):
        return True
    # "RO 10 million-litre capacity", "BD 1.5 million migrant workers": a count's scale
    # (not "LE 3.5 billion upgrading 120 hospitals")
    nouns = [t.lower for t in tokens[j + 1 : j + 3] if t.is_word and t.text.islower()]
    counted = (
        bool(nouns)
        and nouns[0] not in _AFTER_AN_AMOUNT
        and not nouns[0].endswith("ing")
        and any(w.endswith("s") for w in nouns)
    )
    return tokens[j + 1].text != "-" and not counted


# Words that follow an amount of money in a sentence ("KD 168.4 million in the nine
# months", "QR 1.2bn last year").
_AFTER_AN_AMOUNT = frozenset({
    "in", "for", "to", "of", "and", "or", "from", "on", "at", "by", "as", "over", "a", "an",
    "the", "last", "this", "per", "with", "was", "is", "were", "are", "will", "would", "up",
    "down", "since", "after", "before", "during", "compared", "against", "versus", "vs",
})  # fmt: skip


def _us_dollar_at(tokens: list[Token], i: int) -> int:
    """'U.S.$', 'u.s. $', 'u.s $' from token i -> index of the number after it, else 0."""
    n = len(tokens)
    if not (i + 3 < n and tokens[i + 1].text == "." and tokens[i + 2].lower == "s"):
        return 0
    j = i + 3
    if tokens[j].text == "." and j + 1 < n:
        j += 1
    return j + 1 if tokens[j].text == "$" and j + 1 < n else 0


# Words a currency prefix can open with ("US", "hk", "RMB", "u" of "u.s. $"); a letter
# glued to a sign ("S" of "S$") opens one too.
PREFIX_WORDS = frozenset(
    {
        *CURRENCY_PREFIX,
        *SPACED_DOLLAR_PREFIXES,
        "u",
        "fr",
        "s",  # Peru's "S/"
        *(k.lower() for k in _LETTER_CURRENCIES),
        *spaced_iso_codes(),
        *ISO_CODES_ALSO_WORDS,
    }
)


def read_suffix(ctx: Context, k: int, at: int, *, scaled: bool) -> Suffix | None:
    """A currency written after a number, from token k: a sign, a name or a minor unit.

    `at` is where the figure starts (cues are looked for before it); `scaled` says
    the number had a scale word, which is evidence of money for ambiguous names.
    """
    tokens = ctx.tokens
    n = len(tokens)
    if k >= n or tokens[k].lower not in _suffix_starts():
        return None
    tok = tokens[k]
    # A sign after the number ("15 €", "95₽"), unless it opens the next amount ("5 $10").
    if is_currency_sign(tok.text):
        after = tokens[k + 1] if k + 1 < n else None
        opens_next = after is not None and after.is_digits and after.start - tok.end <= 1
        if not glued(tokens, k) and opens_next:
            return None
        if tok.text in MINOR_UNITS:  # "99¢"
            return Suffix(MINOR_UNITS[tok.text][0], k + 1, tok.text)
        code = _sign_code(ctx, tok.text, tokens[k - 1].start)
        return Suffix(code, k + 1) if code else None
    if not tok.is_word:
        return None
    if tok.lower in _SUFFIX_CODES and _code_after_amount(tokens, k, scaled=scaled):
        return Suffix(_SUFFIX_CODES[tok.lower], k + 1)  # "5,400 million USD", "1.35 YTL"
    if (
        len(tok.text) == 3
        and tok.lower in spaced_iso_codes()
        # "5,000 MWK", "1.2 million ETB"; not "10 AWG" wire, "20 KGS"
        and (scaled or not tokens[k - 1].text.isdigit())
        and _code_after_amount(tokens, k, scaled=scaled)
    ):
        return Suffix(tok.text, k + 1)
    minor = _minor_at(ctx, k)
    if minor is not None:
        return minor
    # "92 Canadian cents", "50 euro cents": a currency's adjective before its minor unit.
    modifier = modifier_codes(tokens, k)
    if modifier is not None:
        codes, m = modifier
        if m < n and tokens[m].lower in MINOR_UNITS:
            word = tokens[m].lower
            fitting = [c for c in codes if heads_of(c) & MINOR_UNITS[word][1]]
            if fitting:
                return Suffix(fitting[0], m + 1, word, explicit=True)
    match = match_name(tokens, k)
    if match is None:
        return None
    if tokens[k].lower in _LOWER_CASE_ONLY and not tokens[k].text.islower():
        return None  # "600 ZL were recalled", "3 KR titles": other letters
    if tokens[k].lower in CASED_SUFFIXES and not (ctx.cues.has("HUF") or _FORINT.search(ctx.text)):
        return None  # "a 42 Ft yacht", "40 Ft Tree": feet, with no forint in the story
    code = _resolve_name(ctx, match, k, at, scaled=scaled)
    return Suffix(code, match.end) if code else None


# Currency letters after a number only in lower case, as Scandinavian and Polish papers
# write them ("39 kr", "186.6 billion zl").
_LOWER_CASE_ONLY = frozenset({"kr", "zl"})

# ISO codes read after a number too, in capitals ("5,400 million USD", "1.35 TRY", "500
# RMB"), and the new Turkish lira's "YTL" of 2005-2008; not the old press's letters, which
# name other things there ("200 PTA members").
_PRESS_LETTERS = frozenset({"bfr", "dkr", "ffr", "nkr", "sfr", "skr", "pta", "nrs"})
_SUFFIX_CODES = {
    **{
        c: code
        for c, code in CURRENCY_PREFIX.items()
        if c.isalpha() and len(c) == 3 and c not in _PRESS_LETTERS
    },
    **{code: code.upper() for code in SPACED_CODES},
    "ytl": "TRY",
}


def _code_after_amount(tokens: list[Token], k: int, *, scaled: bool) -> bool:
    """Capital letters at k that are a currency after its amount ("1.35 YTL per dollar"),
    not an acronym before what it qualifies ("10 SAR helicopters", "200 CAD drawings",
    "500 CAD FILES LOST" in a headline), nor after a year ("the 2027 CAD notes")."""
    tok = tokens[k]
    if not tok.text.isupper():
        return False
    number = tokens[k - 1].text
    if not scaled and len(number) == 4 and number.isdigit():
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is None or not after.is_word:
        return True
    if after.text.isupper() and len(after.text) > 1:
        return False
    if scaled and after.lower.endswith("ing"):
        return True  # "will spend 90 bn NOK developing the field": a clause, not a noun
    return not after.text.islower() or after.lower in AMOUNT_FOLLOWERS


@cache
def _suffix_starts() -> frozenset[str]:
    """Every token a currency after a number can open with: a cheap first test."""
    return frozenset(
        {*currency_signs(), *MINOR_UNITS, *name_starts(), *_SUFFIX_CODES, *spaced_iso_codes()}
    )


def _resolve_name(ctx: Context, match: NameMatch, k: int, at: int, *, scaled: bool) -> str | None:
    if not match.named:
        if match.head == "pound" and (
            ctx.sentence_words(k) & WEIGHT_CUES  # "weighed 7 pounds"
            or (not scaled and _goods_after(ctx, match.end))  # "300 pounds of cocaine"
            or (not scaled and _height_before(ctx, k))  # "5-foot-10 and 180 pounds"
        ):
            return None
        nxt = ctx.tokens[match.end] if match.end < len(ctx.tokens) else None
        if (
            match.head in AMBIGUOUS_SUFFIX
            and nxt is not None
            and nxt.is_word
            and nxt.text.islower()
            and nxt.lower not in AMOUNT_FOLLOWERS
            # "a 1.6 trillion-won order": joined to its scale, the word is the amount's
            and not (scaled and ctx.tokens[k - 1].text == "-" and glued(ctx.tokens, k))
            # "fined Hanbit 11.2 billion won on Wednesday" in a story from Korea: a scaled
            # amount, then when or where, is the currency's.
            and not (
                scaled and nxt.lower in _TIME_OR_PLACE_AFTER and _named_country(ctx, match)
            )
            # "will spend 2,600 billion dong clearing land" in a story from Vietnam: a scaled
            # amount, then a clause on what it buys.
            and not (scaled and nxt.lower.endswith("ing") and _named_country(ctx, match))
            # "its 1.8 trillion won takeover of Asiana" in a story from Korea: a scaled amount
            # after a determiner qualifies the noun after it.
            and not (
                scaled
                and nxt.lower not in _AMOUNT_DETERMINERS
                and _determiner_before(ctx.tokens, k)
                and _named_country(ctx, match)
            )
        ):
            return None  # "5 real estate firms", "3 won awards": a word, not money
        if ctx.tokens[k].lower == "mark" and _THE_BEFORE.search(ctx.text, max(0, at - 5), at):
            return None  # "crossed the 100-crore mark", "the 1 million mark": a milestone
    return resolve(match, at, ctx.cues, published=ctx.published, era=ctx.era, evidence=scaled)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TIME_OR_PLACE_AFTER = frozenset({"on", "in", "at", "last", "this", "for", "from", "over"})
# Words that open an amount qualifying a noun: "its 1.8 trillion won takeover".
_AMOUNT_DETERMINERS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
})  # fmt: skip


def _determiner_before(tokens: list[Token], k: int) -> bool:
    """Whether a determiner opens the amount before the currency word at k."""
    i = k - 1
    while i >= 0 and (tokens[i].is_digits or tokens[i].lower in SCALES or tokens[i].text in ",."):
        i -= 1
    return i >= 0 and tokens[i].lower in _AMOUNT_DETERMINERS


def _named_country(ctx: Context, match: NameMatch) -> bool:
    """Whether the article names the country of a currency the word may be."""
    return any(ctx.cues.has(code) for code in match.codes)


def _height_before(ctx: Context, k: int) -> bool:
    """Whether a height ends just before the number at token k - 1, with at most "and",
    "about" and punctuation between ("5-foot-10 and 180", "6 inches tall, about 130")."""
    i = k - 2
    while i >= max(0, k - 6):
        word = ctx.lower(i)
        if word in HEIGHT_WORDS:
            return True
        if not (word in _BETWEEN_HEIGHT_AND_WEIGHT or ctx.tokens[i].is_digits):
            return False
        i -= 1
    return False


_BETWEEN_HEIGHT_AND_WEIGHT = frozenset({",", "-", "and", "about", "around", "roughly", "some"})


def _goods_after(ctx: Context, k: int) -> bool:
    """Whether "of" and something weighed follow token k, that thing ending the phrase
    ("of pure cocaine in the boot"; not "of food aid", "of fish exports")."""
    if ctx.lower(k) != "of":
        return False
    for i in range(k + 1, min(k + 4, len(ctx.tokens))):
        word = ctx.tokens[i]
        if not word.is_word or not word.text.islower():
            return False
        if word.lower in WEIGHED_GOODS:
            after = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
            return (
                after is None
                or not after.is_word
                or after.lower in AMOUNT_FOLLOWERS
                or after.lower.endswith(("ed", "en"))  # "of fentanyl concealed in a tyre"
            )
    return False


_TEMPERATURE_WORDS = frozenset({
    "temperature", "temperatures", "degrees", "heat", "hot", "warm", "cold", "celsius",
    "hottest", "coldest", "warmest", "coolest", "heatwave", "mercury", "weather",
})  # fmt: skip


_PENCE_BEFORE = re.compile(
    rf"\d+(?:\.\d+|{VULGAR_CLASS})?p,?\s+(?:to|from|to\s+reach|reaching)\s+$"
)
# A level in pence after a move in pence: "fell 14p to 186.5p".
_PENCE_AFTER = re.compile(r",?\s+(?:to|to\s+reach|reaching)\s+\d[\d,]*(?:\.\d+)?p\b")


def _minor_at(ctx: Context, k: int) -> Suffix | None:
    """'12 pence', '64 cents', '40 kopecks', '85p' (with British money in the article)."""
    tok = ctx.tokens[k]
    word = tok.lower
    if word not in MINOR_UNITS:
        return None
    if word == "sen" and (tok.text != "sen" or ctx.tokens[k - 1].end < tok.start - 1):
        return None  # "lost 50 sen", not "in 2020\n\nSen. Julia Breckenridge"
    if word == "c":
        # "412.3c", "a dividend of 186c": cents as South African and Australian papers
        # write them, glued to the number, in an article with rand or dollars; not a
        # temperature ("hit 30c").
        nxt = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
        glued_word = nxt is not None and glued(ctx.tokens, k + 1) and (nxt.is_word or nxt.is_digits)
        if tok.text != "c" or not glued(ctx.tokens, k) or glued_word:
            return None
        if ctx.sentence_words(k) & _TEMPERATURE_WORDS:
            return None
        if not (
            "$" in ctx.text
            or ctx.cues.has("ZAR")
            or ctx.cues.has("AUD")
            or _article_dollar(ctx.text) in ("AUD", "NZD")
        ):
            return None
    if word == "p":
        nxt = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
        glued_word = nxt is not None and glued(ctx.tokens, k + 1) and (nxt.is_word or nxt.is_digits)
        if tok.text != "p" or not glued(ctx.tokens, k) or glued_word:
            return None
        after_pounds = ctx.lower(k - 2) in _POUNDS or (
            ctx.lower(k - 2) == "and" and ctx.lower(k - 3) in _POUNDS
        )
        # "rose 4.3p to 147.5p": a fraction of a penny is a share price, never a video
        # format or a page.
        decimal = "." in ctx.tokens[k - 1].text or ctx.tokens[k - 1].text in VULGAR_FRACTIONS
        # "rose 12.5p to 352p": the level after a move in pence is in pence too.
        number_start = ctx.tokens[k - 1].start
        paired = _PENCE_BEFORE.search(
            ctx.text, max(0, number_start - 30), number_start
        ) or _PENCE_AFTER.match(ctx.text, tok.end)  # "fell 14p to 186.5p": the move too
        if not (after_pounds or decimal or paired or ctx.cues.has("GBP")):
            return None  # "1080p" video, "p" for page; "1 pound 15p" is money
    if word == "cts" and ctx.sentence_words(k) & _GEM_WORDS:
        return None  # "a 2.5 cts diamond": carats
    if word == "fils" and not ctx.cues.has("AED"):
        # Kuwait's, Bahrain's and Jordan's fils are thousandths of their dinars: "shares
        # rose 14 fils to 812 fils" in a story from Kuwait.
        dinars = [code for code in _FILS_DINARS if ctx.cues.has(code)]
        return Suffix(dinars[0], k + 1, word, explicit=True, per=1000) if dinars else None
    if word.startswith("piast"):
        # Egypt's, unless the article is Lebanon's, Syria's or Sudan's.
        cued = [c for c in _OTHER_PIASTRES if ctx.cues.has(c)]
        return Suffix(cued[0] if cued else MINOR_UNITS[word][0], k + 1, word)
    return Suffix(MINOR_UNITS[word][0], k + 1, word)


_OTHER_PIASTRES = ("LBP", "SYP", "SDG")
_FILS_DINARS = ("KWD", "BHD", "JOD")
_GEM_WORDS = frozenset({
    "diamond", "diamonds", "stone", "stones", "gem", "gems", "ruby", "sapphire", "emerald",
    "ring", "jewel", "jewellery", "jewelry", "carat", "carats",
})  # fmt: skip


def minor_value(value: float, per: int = 100) -> float:
    """A count of minor units in major units: 470 pence -> 4.70 (each unit in
    `MINOR_UNITS` is a hundredth of its currency, whatever CLDR's digits say: the
    Ugandan shilling has no decimals, yet a cent would still be a hundredth; only a
    dinar's fils say `per` 1000)."""
    return round(value / per, 10)


def merge_compounds(text: str, found: list[Found]) -> list[Found]:
    """'3 dollars 50 cents', 'two pounds and forty pence': one amount, in major units."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.kind == FigureKind.MONEY
            and prev.kind == FigureKind.MONEY
            and "minor" in f.extra
            and "minor" not in prev.extra
            and "scaled" not in prev.extra
            and prev.value_max is None
            and f.value_max is None
            and prev.unit is not None
            and prev.value == int(prev.value)
            and _COMPOUND_GAP.fullmatch(text[prev.end : f.start])
            and heads_of(prev.unit) & MINOR_UNITS[f.extra["minor"]][1]
            and float(f.extra["count"]) < int(f.extra.get("per", "100"))
        ):
            prev.value += minor_value(float(f.extra["count"]), int(f.extra.get("per", "100")))
            prev.end = f.end
            prev.last_token = f.last_token
            continue
        out.append(f)
    return out


def _nearest_unit(
    text: str, found: list[Found], idx: int, reach: int, fits: Callable[[Found], bool]
) -> str | None:
    """The currency of the nearest amount of money in the same sentence as `found[idx]`,
    among the `reach` figures on either side, that `fits`."""
    f = found[idx]
    best: tuple[int, str] | None = None
    for other in found[max(0, idx - reach) : idx + reach + 1]:
        if other is f or other.kind != FigureKind.MONEY or other.unit is None:
            continue
        if not fits(other):
            continue
        lo, hi = (other.end, f.start) if other.end <= f.start else (f.end, other.start)
        if _SENTENCE_END.search(text, lo, hi):
            continue
        distance = abs(other.start - f.start)
        if best is None or distance < best[0]:
            best = (distance, other.unit)
    return best[1] if best is not None else None


def settle_minor_units(ctx: Context, found: list[Found]) -> None:
    """A minor unit takes the currency of an amount in the same sentence that it divides
    ('3 cents at 1.45 euros' are euro cents), else of the article's only such currency,
    else (cents) the dollar of the country the article names."""
    text = ctx.text
    # The currencies of the article's amounts in major units, asked once per minor unit's
    # heads: a long wire table of cents asked them again for each of its rows.
    majors = {
        other.unit
        for other in found
        if other.kind == FigureKind.MONEY and "minor" not in other.extra and other.unit is not None
    }
    of_heads: dict[frozenset[str], set[str]] = {}
    for idx, f in enumerate(found):
        if f.kind != FigureKind.MONEY or "minor" not in f.extra or "explicit" in f.extra:
            continue
        heads = MINOR_UNITS[f.extra["minor"]][1]
        unit = _nearest_unit(
            text,
            found,
            idx,
            4,
            lambda other, heads=heads: (
                "minor" not in other.extra and bool(heads_of(other.unit) & heads)
            ),
        )
        if unit is not None:
            f.unit = unit  # a hundredth all the same: only the currency changes
            continue
        # None in its sentence: the article's one currency with those heads, if it names
        # only one ("17.6 cents a litre" in a story whose dollars are all C$).
        key = frozenset(heads)
        if key not in of_heads:
            of_heads[key] = {unit for unit in majors if heads_of(unit) & heads}
        units = of_heads[key]
        if len(units) == 1:
            f.unit = next(iter(units))
        elif not units and f.unit == "USD":
            # Cents glued as "41c" are an Australian or South African paper's, wherever the
            # article names its country; "cents" written out need it nearer.
            glued_c = f.extra["minor"] == "c"
            local = _article_dollar(text) if glued_c else None
            if glued_c and local is None and _south_african_paragraph(text, f.start):
                local = "ZAR"  # "85c a litre" in a South African paper: the rand's cents
            f.unit = local or _local_dollar(text, f.start, f.end) or f.unit


# A dollar's rate, quoted in American cents: "The Canadian dollar was at 71.6 cents U.S.",
# "The loonie closed at 73.2 cents", "81.25 U.S. cents".
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")
_QUOTED_IN_US_CENTS = re.compile(
    r"\b(?:dollar|loonie|greenback)\b|\bU\.?S\.?(?=\s*cents\b)|\bcents\s+U\.?S\b"
)
# Dollars other than America's whose cents a paper writes bare ("232.9 cents a litre" in
# Vancouver), by the country, its people or its cities named before them in the sentence.
_LOCAL_DOLLAR_CUES = {
    "CAD": "Canada|Canadian|Toronto|Vancouver|Montreal|Ottawa|Calgary|Edmonton|Winnipeg"
    "|Ontario|Quebec|Alberta|British Columbia|Nova Scotia|Saskatchewan",
    "AUD": "Australia|Australian|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra"
    "|Queensland|New South Wales|Tasmania",
    "NZD": "New Zealand|Auckland|Wellington|Christchurch|Dunedin",
    "SGD": "Singapore",
    "HKD": "Hong Kong",
    "JMD": "Jamaica|Jamaican|Kingston",
    "TTD": "Trinidad|Tobago|Port of Spain",
}
def _south_african_paragraph(text: str, at: int) -> bool:
    """Whether the paragraph around `at` is about South Africa and names no American
    market ("rose 85c on Wall Street after selling its South African bottler")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    return bool(_SOUTH_AFRICA.search(paragraph)) and not _AMERICA.search(paragraph)


_FORINT = re.compile(r"\b[Ff]orints?\b")
_SOUTH_AFRICA = re.compile(
    r"\b(?:South Africa|South African|Johannesburg|Gauteng|Cape Town|Durban|Pretoria)\b"
)
# Cities that are people's names too, cues only as places: not "Sydney Clarke", "Perth
# Amboy", "Kingston upon Thames".
_NAME_LIKE = r"(?<!\w)(?:Sydney|Perth|Kingston|Wellington|Adelaide)(?:\s+[A-Z]|\s+upon\b)"
_LOCAL_DOLLAR_CUE = re.compile(
    rf"(?!{_NAME_LIKE})(?:"
    + "|".join(rf"(?P<{code}>\b(?:{cues})\b)" for code, cues in _LOCAL_DOLLAR_CUES.items())
    + ")"
)


@lru_cache(maxsize=4)
def _article_dollar(text: str) -> str | None:
    """The dollar of the country an article names last: read once per article, however
    many amounts in glued cents ("41c") ask."""
    return _named_dollar(text, 0, len(text))


def _named_dollar(
    text: str, lo: int, hi: int, skip: frozenset[str] = frozenset()
) -> str | None:
    """The dollar of the country named last in text[lo:hi], by a cue not in `skip`."""
    named = [cue for cue in _LOCAL_DOLLAR_CUE.finditer(text, lo, hi) if cue.group() not in skip]
    return named[-1].lastgroup if named else None


def _last_sentence_break(text: str, lo: int, at: int) -> int | None:
    """Where the sentence holding `at` opens, if a sentence ends in text[lo:at]."""
    opens = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, at)]
    return opens[-1] if opens else None


# Dollars a paper marks as its own or another country's ("A$", "$NZ", "C$", "Jamaican
# dollars"): in such copy, and in a wire's, a bare "$" is America's.
_MARKED_LOCAL_DOLLAR = re.compile(
    r"\b(?:A|AU|C|CA|NZ|S|HK|NT|J|TT)\$|\$(?:A|NZ)\b"
    r"|\b(?:Australian|Canadian|New Zealand|NZ|Singapore|Hong Kong|Jamaican|Taiwan|Trinidad"
    r"(?: and Tobago)?|US|U\.S\.)\s+(?:dollars|dlrs)\b"  # amounts' ("the Australian dollar fell")
)
# A public body or public money, whose sums a local paper writes in its own dollars:
# "Brisbane City Council's $4.3 billion budget", "Australia's wage tribunal", "The
# Reserve Bank of Australia" (not a company's results, which are often in US dollars).
_PUBLIC_BODY = (
    r"(?:City|Shire|Regional|District|County|Municipal|Town|[Cc]ity|[Ss]hire|town)\s+"
    r"[Cc]ouncil|[Gg]overnment|Treasury|Treasurer|Reserve Bank|Bank of Canada|[Tt]ribunal"
)
_PUBLIC_MONEY = re.compile(rf"\b(?:{_PUBLIC_BODY}|[Bb]udget|minimum wage)\b")
_PUBLIC_BODY_NAMED = re.compile(rf"\b(?:{_PUBLIC_BODY})\b")
# A household's money, which a local paper writes in its own dollars.
_HOUSEHOLD = re.compile(
    r"\b(?:mortgages?|repayments?|rents?|bills?|wages?|salar(?:y|ies)|pensions?|fares?"
    r"|levy|levies|borrowers?|households?|a\s+(?:week|fortnight|month))\b"
)
# America named in the sentence: its dollars, whoever speaks ("Canada's government said
# US tariffs on $30 billion of American steel ...").
_AMERICA = re.compile(r"\b(?:US|U\.S\.|American|Americans|Washington|New York|Wall Street)\b")
# Cities that are also others' names or towns: no country's dollar by themselves.
_TWO_COUNTRY_CITIES = frozenset({"Wellington", "Kingston", "Perth", "Victoria", "Hamilton"})
_WIRE_CREDIT = re.compile(r"\((?:Reuters?|AP|AFP|Bloomberg|Dow Jones|UPI)\)")


@lru_cache(maxsize=4)
def _marks_its_dollars(text: str) -> bool:
    return bool(_MARKED_LOCAL_DOLLAR.search(text) or _WIRE_CREDIT.search(text))


def _home_dollar(text: str, at: int) -> str | None:
    """The dollar of the country a sentence names before a bare "$" at `at`, with a
    public body or public money ("Brisbane City Council's $4.3 billion budget", "The
    Reserve Bank of Australia ... adding about $124 a month"), or of a household's money
    after a lead about that country's public body (see `_household_dollar`): a local
    paper's own dollar, where the copy marks none."""
    if _marks_its_dollars(text):
        return None
    lo = max(0, at - 300)
    start = _last_sentence_break(text, lo, at)
    if start is None:
        start = max(lo, text.rfind("\n", 0, at) + 1)
    if _AMERICA.search(text, start, at + 60):
        return None
    if _PUBLIC_MONEY.search(text, start, at):
        # the country named in the sentence, else earlier in its paragraph ("... at South
        # Australian hospitals ... . The government has committed $2.1 billion")
        paragraph = text.rfind("\n", 0, start) + 1
        return _named_dollar(text, start, at, skip=_TWO_COUNTRY_CITIES) or (
            None
            if _AMERICA.search(text, paragraph, start)
            else _named_dollar(text, paragraph, start, skip=_TWO_COUNTRY_CITIES)
        )
    return _household_dollar(text, start, at)


def _household_dollar(text: str, start: int, at: int) -> str | None:
    """The dollar of a household's money (a mortgage, a bill, a fare) in the sentence from
    `start`, when the paragraph's lead names the country's public body: "The Reserve Bank
    of New Zealand cut the cash rate. ASB estimated that a borrower with a $600,000
    mortgage would save about $190 a fortnight." A country the sentence names itself comes
    first ("In Sydney, the median house price ...")."""
    end = _SENTENCE_END.search(text, at)
    if not _HOUSEHOLD.search(text, start, end.start() if end else len(text)):
        return None
    paragraph = text.rfind("\n", 0, start) + 1
    lead_end = _SENTENCE_BREAK.search(text, paragraph)  # (its lookahead reads past `start`)
    if (
        lead_end is None
        or lead_end.start() >= start
        or not _PUBLIC_BODY_NAMED.search(text, paragraph, lead_end.start())
        or _AMERICA.search(text, paragraph, lead_end.start())
    ):
        return None
    return _named_dollar(text, start, at, skip=_TWO_COUNTRY_CITIES) or _named_dollar(
        text, paragraph, lead_end.start(), skip=_TWO_COUNTRY_CITIES
    )


def _local_dollar(text: str, start: int, end: int) -> str | None:
    """The dollar of the country named last before a bare amount in cents, in its
    paragraph; None when none is, or the sentence quotes a dollar's rate."""
    lo = max(0, start - 300)
    opened = _last_sentence_break(text, lo, start)
    if _QUOTED_IN_US_CENTS.search(text, lo if opened is None else opened, end + 6):
        return None
    paragraph = text.rfind("\n\n", 0, start)
    return _named_dollar(text, 0 if paragraph < 0 else paragraph, start)


# Words that hedge an amount just before it.
_HEDGE = r"(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?"
# What joins an amount whose currency is left out to one that has it: "rose to 3.21 billion
# crowns from 2.85 billion", "between 40 million and 52 million euros".
_SET_AGAINST = r"from|to|against|versus|vs\.?|compared with"
_ELIDED_AFTER = re.compile(rf"\b(?:{_SET_AGAINST}|and)\s+{_HEDGE}$")
# What sets a number against the figure just before it (not "and": "from 41 and 47 yards").
_PAIRED_AFTER = re.compile(rf"\b(?:{_SET_AGAINST})\s+{_HEDGE}$")
# What sets a count, and only a count, against the one just before it: a level after its
# "peak of", "record high of" ("passengers ... its 2019 peak of 71.2 million"; not "rose
# 3% ... a record high of 98"), or "fewer than" after it ("some 4,000 fewer than").
_LEVEL_OF = re.compile(rf"\b(?:peak|high|low|record)\s+of\s+{_HEDGE}$")
_PAIRED_BY_AFTER = re.compile(r"\s+(?:fewer|more|less)\s+than\b")
_TO_BEFORE = re.compile(r"\b(?:to|to\s+reach|reaching)\s+$")
# "..., up from 61,000 in 2005": the writer's own comparison, reaching a longer way back.
_UP_FROM = re.compile(rf"\b(?:up|down)\s+from\s+{_HEDGE}$")
# An amount written in a minor unit: "25 cents", "12.5p", "99¢".
_MINOR_WRITTEN = re.compile(r"(?:\d\s?(?:c|p|¢)|\b(?:cents?|pence|penny|kopecks?|paise))$")
# Another's estimate of the count just given: "police put the figure at closer to" (not
# "put the toll at", deaths, nor "their number", someone else's).
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates?|placed)\s+(?:the|that)\s+"
    r"(?:figure|number|total|count)\s+at\s+"
    r"(?:(?:closer\s+to|about|around|nearly|almost|more\s+than|over|just|only|some)\s+)?$"
)
# A share set beside a count: "6,845,210 votes, or 54.3 per cent,".
_SHARE_ASIDE = re.compile(r",\s+or\s+(?:about\s+|nearly\s+|almost\s+)?")
# What may stand between a pair: a date or a span of time ("in 2004, up from").
_TIME_BETWEEN = (FigureKind.DATE, FigureKind.DURATION)
# A time in seconds and hundredths after "in": a finisher's ("second in 9.89").
_RACE_TIME_AFTER = re.compile(r"\bin\s+$")
_HUNDREDTHS = re.compile(r"\d{1,2}\.\d\d")
# A total in a score after the number: "to 188 for five", "to 15 under par".
_TALLY_AFTER = re.compile(
    r"\s+(?:for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?:under|over)\s+par\b)"
)
# A counted noun a pair may share ("iPods", "homes"), not a measure ("°C", "mm").
_COUNTED_NOUN = re.compile(r"[A-Za-z][A-Za-z-]*[a-z]s|people|children|men|women")
_SCALED = re.compile(r"\d\s*-?\s*(?:million|billion|trillion|bn|mn|m|tn)\b", re.IGNORECASE)
# The verb a counted subject's elided twin goes on with: "and 200,000 left homeless".
_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|had|remain|remained|left|lost|died|fled|went|returned"
    r"|stayed|stay|took|received|voted|signed|joined|injured|wounded|hurt)\b"
)


# A verb that takes a total to a new level, its plural object, then "to": "lifting
# subscribers to 60 million", "doubled its stores to 400".
_OBJECT_TO = re.compile(
    r"\b(?:lift|rais|increas|boost|bring|brought|grow|grew|expand|doubl|tripl|swell)[a-z]*"
    r"\s+(?:(?:its|their|the)\s+)?(?P<noun>[a-z]{3,}s)\s+to\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$"
)


def _pair_reach(text: str, start: int, and_then_verb: bool, previous: Found) -> int:
    """How far back a number's pair may be: further after "up from" a count ("half a
    million people ... last year, up from 61,000") or for a verb's twin."""
    if previous.kind == FigureKind.COUNT and _UP_FROM.search(text, max(0, start - 20), start):
        return 100
    return 80 if and_then_verb else 60


# A noun that names a sum of money, then the word that gives its amount, in the same
# sentence: "on turnover of", "last year's total of", "on sales up 7 pct at".
_MONEY_NOUN_BEFORE = re.compile(
    r"\b(?:turnover|revenues?|sales|income|profits?|earnings|budget|spending|total|proceeds"
    rf"|valuation)\b(?:[^.;:!?\n]|\.\d){{0,30}}?\b(?:of|at|to|was|were)\s+{_HEDGE}$"
)
# Plural nouns a total of money is raised or cut to: "raised its estimates to 1.5
# trillion" (yen, not estimates).
_AMOUNTS_OF_MONEY = frozenset({
    "estimates", "forecasts", "projections", "targets", "loans", "bids", "offers", "budgets",
    "investments", "deposits", "funds", "holdings", "borrowings", "debts", "valuations",
    "outlays", "payouts", "dividends", "bonuses", "fines", "subsidies", "grants", "allowances",
    "provisions", "writedowns", "charges", "guidance", "capex", "spending",
})  # fmt: skip


def _a_finishers_time(text: str, found: list[Found], idx: int) -> bool:
    f = found[idx]
    if not (
        _RACE_TIME_AFTER.search(text, max(0, f.start - 4), f.start)
        and _HUNDREDTHS.fullmatch(text, f.start, f.end)
    ):
        return False
    timed = [o for o in found[:idx] if o.kind == FigureKind.DURATION and o.unit == "second"]
    return bool(timed) and not _SENTENCE_END.search(text, timed[-1].end, f.start)


# A total reached after a count added: "to reach", "reaching", "taking the total to".
_REACHED_TOTAL = re.compile(
    rf"\b(?:to\s+reach|reaching|taking\s+(?:the|its|their)\s+total\s+to)\s+{_HEDGE}$"
)
# What adds to a count ("added 1.4 million subscribers", "gained 300,000 members").
_ADDED_BEFORE = re.compile(
    r"\b(?:added|adding|gained|gaining|signed\s+up|won|winning|hired|recruited|attracted)"
    r"\s+(?:(?:a\s+further|another|some|about|nearly|more\s+than)\s+)?$"
)


def _figures_before(found: list[Found], idx: int) -> list[Found]:
    """Up to three figures before figure idx, past dates and spans of time ("2.1 million
    boxes in 2004, up from")."""
    return [o for o in found[max(0, idx - 3) : idx] if o.kind not in _TIME_BETWEEN]


def _added_count(text: str, found: list[Found], idx: int) -> str | None:
    """The counted noun of the count added just before figure idx, in its sentence."""
    before = _figures_before(found, idx)
    if not before:
        return None
    previous = before[-1]
    if (
        previous.kind != FigureKind.COUNT
        or not _COUNTED_NOUN.fullmatch(previous.unit or "")
        or _SENTENCE_END.search(text, previous.end, found[idx].start)
        or not _ADDED_BEFORE.search(text, max(0, previous.start - 30), previous.start)
    ):
        return None
    return previous.unit


def settle_elided_units(text: str, found: list[Found]) -> None:
    """A number with no unit at all compared with a figure of its sentence ("from 2.85
    billion a year earlier", "4.5 million iPods, up from 733,000") takes that figure's
    unit, as news writes a pair's unit once: a scaled amount the currency of the scaled
    amount of money, else a number the counted noun, the currency or the per cent of the
    figure just before it."""
    for idx, f in enumerate(found):
        if f.kind != FigureKind.COUNT or f.unit is not None:
            continue
        if _a_finishers_time(text, found, idx):
            # "won in 9.84 seconds, with Fredericks second in 9.89": the next finisher's
            # time, in the seconds of the winner's in its sentence
            f.kind, f.unit = FigureKind.DURATION, "second"
            continue
        if _PUT_AT.search(text, max(0, f.start - 60), f.start):
            # "Half a million people marched ..., although police put the figure at
            # 200,000": the same count, by another's estimate, as far back as its sentence
            counts = [o for o in found[:idx] if o.kind == FigureKind.COUNT and o.unit]
            if (
                counts
                and _COUNTED_NOUN.fullmatch(counts[-1].unit or "")
                and not _SENTENCE_END.search(text, counts[-1].end, f.start)
            ):
                f.unit = counts[-1].unit
            continue
        level = bool(_LEVEL_OF.search(text, max(0, f.start - 28), f.start))
        if level or _PAIRED_BY_AFTER.match(text, f.end):
            # the counted noun of the count just before it in its sentence, or for a level
            # the currency of a price ("ended at 29.45 pesos ... after touching a low of
            # 29.60"), never a change's per cent
            before = _figures_before(found, idx)
            previous = before[-1] if before else None
            if (
                previous is None
                or f.start - previous.end > _pair_reach(text, f.start, False, previous)
                or _SENTENCE_END.search(text, previous.end, f.start)
            ):
                continue
            if previous.kind == FigureKind.COUNT and _COUNTED_NOUN.fullmatch(previous.unit or ""):
                f.unit = previous.unit
            elif (
                level
                and previous.kind == FigureKind.MONEY
                and not _SCALED.search(text, f.start, f.end)
                and not _MINOR_WRITTEN.search(text, previous.start, previous.end)
            ):
                f.kind, f.unit = previous.kind, previous.unit
            continue
        if _REACHED_TOTAL.search(text, max(0, f.start - 28), f.start) and (
            added := _added_count(text, found, idx)
        ):
            # "added 1.4 million subscribers in the quarter to reach 79.1 million": the
            # total of what was added (not "needed 27 balls to reach 50", runs)
            f.unit = added
            continue
        if not _ELIDED_AFTER.search(text, max(0, f.start - 28), f.start):
            if _MONEY_NOUN_BEFORE.search(text, max(0, f.start - 50), f.start) and _SCALED.search(
                text, f.start, f.end
            ):
                # "1.79 billion Swiss francs ..., on turnover of 38.05 billion": a sum of
                # money named by its noun, in the currency of the scaled money before it
                # in its sentence ("iPhone sales were 231 million, bringing in $200
                # billion" counts phones)
                unit = _nearest_unit(
                    text,
                    found,
                    idx,
                    3,
                    lambda o, at=f.start: (
                        o.end <= at and bool(_SCALED.search(text, o.start, o.end))
                    ),
                )
                if unit is not None:
                    f.kind, f.unit = FigureKind.MONEY, unit
            continue
        counted = _OBJECT_TO.search(text, max(0, f.start - 60), f.start)
        if counted is not None and not (
            counted.group("noun") in NOT_COUNTED_SUBJECTS
            or counted.group("noun") in _AMOUNTS_OF_MONEY
        ):
            # "lifting subscribers to 60 million": the verb's object says what is counted.
            f.unit = counted.group("noun")
            continue
        if _SCALED.search(text, f.start, f.end):
            unit = _nearest_unit(
                text,
                found,
                idx,
                3,
                lambda other: bool(_SCALED.search(text, other.start, other.end)),
            )
            if unit is not None:
                f.kind, f.unit = FigureKind.MONEY, unit
                continue
        # The figure before it, past dates and spans of time ("2.1 million boxes in 2004,
        # up from", "4.5 million iPods in the three months to December, up from").
        before = _figures_before(found, idx)
        previous = before[-1] if before else None
        if (
            len(before) > 1
            and previous is not None
            and previous.kind == FigureKind.PERCENT
            and _SHARE_ASIDE.fullmatch(text, before[-2].end, previous.start)
            and before[-2].kind == FigureKind.COUNT
        ):
            # "6,845,210 votes, or 54.3 per cent, against 5,102,447": the count, past
            # its share
            previous = before[-2]
        # "111 people were killed and 200,000 left homeless": a second subject of the
        # same kind, its verb right after it.
        and_then_verb = text[max(0, f.start - 5) : f.start].endswith("and ") and bool(
            _VERB_AFTER.match(text, f.end)
        )
        if (
            previous is None
            or previous.unit is None
            or f.start - previous.end > _pair_reach(text, f.start, and_then_verb, previous)
            or not (_PAIRED_AFTER.search(text, max(0, f.start - 28), f.start) or and_then_verb)
            or _SENTENCE_END.search(text, previous.end, f.start)
            or _TALLY_AFTER.match(text, f.end)
        ):
            continue
        if and_then_verb and previous.kind != FigureKind.COUNT:
            continue
        if previous.kind == FigureKind.COUNT and _COUNTED_NOUN.fullmatch(previous.unit):
            f.unit = previous.unit  # "4.5 million iPods, up from 733,000 a year earlier"
        elif (
            previous.kind in (FigureKind.MONEY, FigureKind.PERCENT)
            and not _SCALED.search(text, f.start, f.end)
            # after cents the level is in the major unit, which the cents do not say
            and not _MINOR_WRITTEN.search(text, previous.start, previous.end)
            # nothing numeric between them: "rose 2% to 4,312 from 4,201" is an index's
            and not any(c.isdigit() for c in text[previous.end : f.start])
            # a share against a share ("53.8 percent against 40.3"), not a change then a
            # level ("firmed 0.4% to 20.12 per dollar")
            and (
                previous.kind != FigureKind.PERCENT
                # basis points run past 100, and a level after a change in them is in them
                # too: "to 120 basis points from 150", "widened 12 basis points to 145"
                or previous.unit == "bp"
                or (f.value <= 100 and not _TO_BEFORE.search(text, max(0, f.start - 12), f.start))
            )
        ):
            # "rose to 124.35 yen from 123.80", "53.8 percent of the vote against 40.3"
            f.kind, f.unit = previous.kind, previous.unit


# Words that make a bare number part of a count just given: "about 1.5 million of them
# from abroad", "some 8,000 of those landing", "including 121 at University Hospital".
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom)\b")
_PART_OF_BEFORE = re.compile(
    rf"\b(?:including|among\s+them|of\s+whom)\s+(?:more\s+than\s+)?{_HEDGE}$"
)


# Numbers listed before the last one, which carries the list's unit: "4, 11 and ".
_LISTED = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
_LISTED_BEFORE = re.compile(rf"(?<![^\s(])((?:{_LISTED}, ){{1,8}}{_LISTED}),? (?:and|or) $")
_LISTED_NUMBER = re.compile(_LISTED)
_LABEL_BEFORE = re.compile(
    r"(?:\b\w*[A-Z][\w-]*|\b(?:numbers?|no|nos|class|years?|grades?|levels?|stages?|tiers?"
    r"|phases?|categor(?:y|ies)|routes?|platforms?|wards?|sections?|pages?|rooms?|gates?))"
    r"\.? $"
)


def settle_listed_units(text: str, found: list[Found]) -> list[Found]:
    """Bare numbers listed before a per cent or a counted noun that closes the list take
    it: "rose 4, 11 and 23 per cent", "cut 40, 120 and 300 jobs" (news writes a list's
    unit once, and a lone "4" is a figure only by it). Three or more: a pair ("between 4
    and 23 per cent") is a range."""
    added: list[Found] = []
    for f in found:
        if not (
            f.kind == FigureKind.PERCENT
            or (f.kind == FigureKind.COUNT and _COUNTED_NOUN.fullmatch(f.unit or ""))
        ) or not _LISTED_NUMBER.match(text, f.start):
            continue
        m = _LISTED_BEFORE.search(text, max(0, f.start - 120), f.start)
        if (
            m is None
            # "Class 10, 11 and 12 students", "Boeing 737, 767 and 787 jets", "On June 12,
            # 13 and 14 fans": numbers that label, after the word they number
            or _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start())
            # "10, 9 and 7 million cars", "2, 3 and 5 thousand jobs": the last one's
            # scale is not read for the others; "600 plus contractors" adds to them
            or float(_LISTED_NUMBER.match(text, f.start).group().replace(",", "")) != f.value
            or " plus " in text[f.start : f.end]
        ):
            continue
        base = m.start(1)
        for n in _LISTED_NUMBER.finditer(m.group(1)):
            lo, hi = base + n.start(), base + n.end()
            same = [o for o in found if o.start < hi and lo < o.end]
            if not same:
                value = float(n.group().replace(",", ""))
                added.append(Found(lo, hi, f.kind, value, f.unit))
            elif (
                len(same) == 1
                and (same[0].start, same[0].end) == (lo, hi)
                and same[0].kind == FigureKind.COUNT
                and same[0].unit is None
            ):
                same[0].kind, same[0].unit = f.kind, f.unit
    if not added:
        return found
    return sorted([*found, *added], key=lambda o: o.start)


def settle_partitive_units(text: str, found: list[Found]) -> None:
    """A bare number that is part of a count its sentence has just given takes that
    count's noun: "1,673,230 pilgrims performed the Hajj, about 1.5 million of them from
    abroad", "931 patients were waiting on trolleys, including 121 at Limerick"."""
    for idx, f in enumerate(found):
        if f.kind != FigureKind.COUNT or f.unit is not None:
            continue
        if not (
            _PART_OF_AFTER.match(text, f.end)
            or _PART_OF_BEFORE.search(text, max(0, f.start - 30), f.start)
        ):
            continue
        # The nearest count that can hold it: a part is no larger than its whole ("221
        # drones over 14 regions, including 43 over Ryazan").
        for whole in reversed(found[max(0, idx - 4) : idx]):
            if _SENTENCE_END.search(text, whole.end, f.start):
                break
            if (
                whole.kind == FigureKind.COUNT
                and whole.unit
                and _COUNTED_NOUN.fullmatch(whole.unit.split()[-1])
                and whole.value >= f.value
            ):
                f.unit = whole.unit
                break


# Currencies' names that are also everyday counts ("90 marks", "three crowns"): a count
# of one is money only beside money of that name. Not "pounds", also a weight.
_AMBIGUOUS_CURRENCY_WORDS = frozenset({"marks", "crowns", "kroner", "kronor", "francs"})


def settle_currency_words(ctx: Context, found: list[Found]) -> None:
    """A count of a word that names the article's money elsewhere ("2.75 billion marks",
    then "a dividend of 1.10 marks a share") is that money: the word alone was too
    ambiguous ("marks", "crowns") to call it so there. So are marks quoted against
    another currency in their sentence ("the dollar rose to 1.5210 marks")."""
    text = ctx.text
    words: dict[str, str] = {}
    for f in found:
        if f.kind == FigureKind.MONEY and f.unit is not None:
            last = text[f.start : f.end].rsplit(" ", 1)[-1].lower()
            if last in _AMBIGUOUS_CURRENCY_WORDS:
                words.setdefault(last, f.unit)
    for f in found:
        if f.kind != FigureKind.COUNT or f.unit is None:
            continue
        word = f.unit.lower()
        if word in words:
            f.kind, f.unit = FigureKind.MONEY, words[word]
        elif (
            word == "marks"
            and _RATE_DIGITS.match(text, f.start)
            and not ctx.sentence_words(f.first_token).isdisjoint(_QUOTED_AGAINST)
        ):
            f.kind, f.unit = FigureKind.MONEY, "DEM"


# A bare dollar amount: "$7.90", "14.50 dlrs", "4 million dollars" (not "US$5", "A$5",
# "5 Canadian dollars"), and what sets it against the amount before it as the same
# money: "from" ("NZ$8.40 ..., from $7.90"; not "to $1", "against $12 for its US rival",
# "compared with $58 in New York": a rate or another country's price), or "or" before a
# price a share; not a gloss ("..., or about $180 million", "($49bn)").
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_BARE_DOLLAR = re.compile(
    r"\$\s?\d[^$]*|\d[\d.,]*(?:\s+(?:mln|million|billion|bln|bn|m))?\s+(?:dlrs|dollars?)"
)
_OR_BEFORE = re.compile(r",?\s+or\s+$")
_A_SHARE_AFTER = re.compile(r"\s+(?:a|per)\s+(?:share|unit)\b")


def settle_paired_dollars(text: str, found: list[Found]) -> None:
    """A bare dollar amount set against another country's dollars just before it in its
    sentence is in those dollars ("lifted its price to NZ$8.40 ..., from $7.90"): news
    names the dollar once for a pair, as it does the currency of "rose to 3.21 billion
    crowns from 2.85 billion"."""
    for idx, f in enumerate(found):
        if f.kind != FigureKind.MONEY or f.unit != "USD" or idx == 0:
            continue
        if not _BARE_DOLLAR.fullmatch(text, f.start, f.end):
            continue
        before = _figures_before(found, idx)
        previous = before[-1] if before else None
        if (
            previous is None
            or previous.kind != FigureKind.MONEY
            or previous.unit in (None, "USD")
            or "dollar" not in heads_of(previous.unit)
            or f.start - previous.end > 80
            or _SENTENCE_END.search(text, previous.end, f.start)
        ):
            continue
        lead = text[max(0, f.start - 20) : f.start]
        if (_FROM_BEFORE.search(lead) and f.value != 1) or (
            # a price a share after a total ("420 mln Canadian dlrs, or 14.50 dlrs a
            # share"), not the same price again in American dollars ("C$14.50 a share,
            # or $10.60 a share")
            _OR_BEFORE.search(lead)
            and _A_SHARE_AFTER.match(text, f.end)
            and not _A_SHARE_AFTER.match(text, previous.end)
        ):
            f.unit = previous.unit


# A currency that marks are quoted against in a rate: "the dollar rose to 1.5210 marks",
# which dealers quote to three or four decimals (not "scored 90 marks").
_QUOTED_AGAINST = frozenset({
    "dollar", "dollars", "sterling", "yen", "pound", "pounds", "franc", "francs", "lira",
    "guilder", "guilders", "punt", "peseta", "escudo", "schilling", "krona", "krone",
    "drachma", "rouble", "zloty", "forint", "rand", "rupee", "euro", "ecu",
})  # fmt: skip
_RATE_DIGITS = re.compile(r"\d\.\d{3,4}\b")


# What sets a rate's currency against another: "to the dollar", "per euro", "against the".
_RATE_SIDE = r"(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?"
# A rate's other side after the number: "35.86 to the dollar", "20.12 per dollar".
_QUOTED_PER = re.compile(
    rf"\s+{_RATE_SIDE}(?:U\.?S\.?\s+)?(?:dollar|euro|pound|yen|greenback)\b"
)
# The same before a currency named on the way back from a rate: "against the euro".
_AGAINST_SIDE = re.compile(rf"\b{_RATE_SIDE}$")


def settle_quoted_rates(ctx: Context, found: list[Found]) -> None:
    """ "the rupee ended at 35.86 to the dollar": a bare number quoted against a currency
    is the price of one of it in the currency its sentence names just before."""
    text, tokens = ctx.text, ctx.tokens
    for f in found:
        if f.kind != FigureKind.COUNT or f.unit is not None or not _QUOTED_PER.match(text, f.end):
            continue
        for k in range(f.first_token - 1, max(-1, f.first_token - 20), -1):
            if tokens[k].text in (".", "!", "?"):
                break
            match = match_name(tokens, k)
            start = tokens[k].start
            if match is not None and _AGAINST_SIDE.search(text, max(0, start - 16), start):
                continue  # "The franc, up 11% against the euro over two years, eased to ..."
            if match is not None:
                code = resolve(
                    match, tokens[k].start, ctx.cues, published=ctx.published, era=ctx.era
                )
                if code is not None:
                    f.kind, f.unit = FigureKind.MONEY, code
                break


def accounts_negative(ctx: Context, found: Found) -> bool:
    """'Net loss: ($4.2 million)', a table cell '(€12.5m)': brackets as accounts write a
    loss. A bracketed amount in prose is an aside or a conversion, never negative."""
    tokens = ctx.tokens
    first, last = found.first_token, found.last_token
    if first < 1 or last >= len(tokens):
        return False
    if tokens[first - 1].text != "(" or tokens[last].text != ")":
        return False
    text = ctx.text
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before = text[line_start : tokens[first - 1].start].rstrip()
    table_row = "|" in line or "\t" in line
    return table_row or before.endswith(":")
