"""The figure grammar: number (+ range) + scale + currency / percent / unit / counted noun.

Each number in the text is read once, left to right; what follows it decides
its kind. Candidates are plain `Found` records; `extract` turns them into
`Figure`s once labels and links are known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from reader.extract.figures.ages import age_before, age_suffix, bare_age
from reader.extract.figures.context import EARLY_YEAR_WORDS, Context, Found, title_lines
from reader.extract.figures.currencies import match_name
from reader.extract.figures.guards import (
    is_code,
    is_innings_total,
    is_label,
    is_model_number,
    is_part_of_whole,
    is_year_digits,
    score_end,
)
from reader.extract.figures.lexicon import (
    ABBREVIATED_DURATIONS,
    AREA_UNITS,
    COUNT_FILLERS,
    CRICKET_WORDS,
    DURATION_QUALIFIERS,
    DURATION_UNITS,
    DWELLINGS,
    GLUED_MEASURE_UNITS,
    HYPHEN_UNITS,
    IRREGULAR_PLURALS,
    MEASURE_UNITS,
    NOT_COUNTED_SUBJECTS,
    NOT_PLURAL,
    QUALIFIERS,
    RACE_WORDS,
    SCALES,
    SPORTS_CUES,
    SQUARE_UNITS,
    TEMPERATURE_SCALES,
    TENS_WORDS,
    UNITS_WORDS,
    WEEKDAYS,
)
from reader.extract.figures.money import (
    PREFIX_WORDS,
    Suffix,
    accounts_negative,
    currency_signs,
    minor_value,
    read_prefix,
    read_suffix,
)
from reader.extract.figures.moves import MOVE_VERBS
from reader.extract.figures.numbers import (
    Number,
    Token,
    glued,
    parse_fraction,
    parse_number,
    past_hyphen,
    scale_after_fraction,
)
from reader.extract.model import DateParts, FigureKind

__all__ = ["Context", "Found", "counted_noun", "scan", "title_lines"]

_QUALIFIER_WORDS = sorted((tuple(q.split()) for q in QUALIFIERS), key=len, reverse=True)
_DURATION_QUALIFIER_WORDS = sorted(
    (tuple(q.split()) for q in DURATION_QUALIFIERS), key=len, reverse=True
)


def _by_last_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by their last word, in their original order: the matcher then
    tries only the phrases that can end at the token in front of a number."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[-1], []).append(phrase)
    return out


_QUALIFIERS_BY_LAST = _by_last_word(_QUALIFIER_WORDS)
_DURATION_QUALIFIERS_BY_LAST = _by_last_word(_DURATION_QUALIFIER_WORDS + _QUALIFIER_WORDS)
_DASHES = {"-", "–", "—"}
_STOP = {
    "of", "in", "on", "at", "to", "for", "and", "or", "the", "a", "an", "by", "with", "from",
    "than", "as", "that", "which", "who", "is", "was", "were", "are", "be", "been", "has",
    "have", "had", "will", "would", "can", "could", "this", "these", "those", "it", "its",
    "their", "his", "her", "our", "times", "per", "each", "every", "after", "before", "since",
    "until", "during", "over", "under", "about", "into", "out", "up", "down", "not", "no",
    "percent", "cent", "ago", "later", "earlier", "apiece", "behind", "ahead", "against",
    "between", "beyond", "near", "off", "onto", "past", "through", "toward", "towards",
    "without", "within", "across", "along", "around", "among", "despite",
}  # fmt: skip
_NUMBER_STARTS = set(UNITS_WORDS) | set(TENS_WORDS) | {"a", "an", "half", "quarter"}
_WORD_STARTS = _NUMBER_STARTS | PREFIX_WORDS  # words a figure can open with
_TEMPORAL_PREPS = {"in", "since", "by", "until", "till", "from", "before", "after", "of",
                   "during", "through", "to", "for", "mid", "early", "late", "year", "fiscal",
                   "between", "and", "pre", "post", "around"}  # fmt: skip
_DETERMINERS = {"the", "its", "his", "her", "their", "this", "that", "a", "an", "our", "my", "your"}
_PERCENT_WORDS = {"percent", "percents", "pct", "percentage"}
# What says that beds are a ward's or a care home's places.
_CARE = frozenset({
    "hospital", "hospitals", "ward", "wards", "patient", "patients", "care", "hospice",
    "clinic", "nursing", "nhs", "trust", "burns", "residents",
})  # fmt: skip
_MINUS = {"-", "−"}
_SIGN_WORDS = _MINUS | {"("}  # what can stand before a negative amount, with "minus"
_THOUSANDS = re.compile(r"\d{1,3}((?:,000)+)")


# A move in percentage points is small ("1.4pp", "12pp"; a book's "320pp" is its pages),
# after a word that says it moved.
_POINTS_NUMBER = re.compile(r"\d{1,2}(?:\.\d+)?")
_POINT_MOVES = MOVE_VERBS | {"by", "lost", "narrowed", "widened", "cut"}


def _lower(tokens: list[Token], i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def _percent_at(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """'%', 'per cent', 'percent', 'pct', 'percentage' -> '%'; 'percentage points' -> 'pp';
    'basis points' -> 'bp'."""
    t0, t1 = _lower(tokens, k), _lower(tokens, k + 1)
    if tokens[k : k + 1] and tokens[k].text == "%":
        return "%", k + 1
    if t0 == "percentage" and t1 in ("point", "points"):
        return "pp", k + 2
    if (
        t0 == "percentage"
        and t1 == "-"
        and _lower(tokens, k + 2) in ("point", "points")
        and glued(tokens, k + 1)
        and glued(tokens, k + 2)
    ):
        return "pp", k + 3  # "a 1.5 percentage-point cut"
    if t0 == "per" and t1 in ("cent", "cents"):
        return "%", k + 2
    if t0 == "basis" and t1 in ("point", "points"):
        return "bp", k + 2  # a rate's move in hundredths of a point, kept as written
    # "a 25-basis-point hike", "a 25 basis-point cut"
    hyphened = t0 == "-" and t1 == "basis" and glued(tokens, k) and glued(tokens, k + 1)
    first = k + 1 if hyphened else k
    if (
        _lower(tokens, first) == "basis"
        and _lower(tokens, first + 1) == "-"
        and _lower(tokens, first + 2) in ("point", "points")
        and glued(tokens, first + 1)
        and glued(tokens, first + 2)
    ):
        return "bp", first + 3
    if tokens[k : k + 1] and tokens[k].text in ("bp", "bps") and len(tokens[k - 1].text) <= 3:
        return "bp", k + 1  # "30bp", "30 bps" (not "BP", the oil company, nor a 9600 bps modem)
    if t0 in _PERCENT_WORDS:
        return "%", k + 1
    if (
        tokens[k : k + 1]
        and tokens[k].text in ("pp", "ppts")
        and k > 1
        and _POINTS_NUMBER.fullmatch(tokens[k - 1].text)
        and tokens[k - 2].lower in _POINT_MOVES
    ):
        # "rose 1.4pp", "down 3 ppts": a move in percentage points (not a "32pp
        # supplement", its pages, nor "70 ppt" of a chemical, parts per trillion)
        return "pp", k + 1
    if tokens[k : k + 1] and tokens[k].text == "pc" and glued(tokens, k):
        return "%", k + 1  # "rose 3pc": the British papers' per cent
    return None


def _percent_of_before(ctx: Context, start_tok: int) -> int | None:
    """'per cent of 22', 'percent of 10': the percent word before the number, with no
    number of its own before it -> index of its first token."""
    tokens = ctx.tokens
    if ctx.lower(start_tok - 1) != "of":
        return None
    j = start_tok - 2
    if ctx.lower(j) in _PERCENT_WORDS:
        first = j
    elif ctx.lower(j) in ("cent", "cents") and ctx.lower(j - 1) == "per":
        first = j - 1
    else:
        return None
    before = tokens[first - 1] if first > 0 else None
    if before is not None and (before.is_digits or before.lower in UNITS_WORDS
                               or before.lower in TENS_WORDS or before.lower in ("%", "a")):
        return None  # "5 percent of 200", "a percent of 10"
    return first


_SINGULARS_IN_MEN = frozenset({
    "specimen", "abdomen", "regimen", "acumen", "bitumen", "stamen", "albumen", "cyclamen",
})  # fmt: skip


def _is_plural_noun(tok: Token) -> bool:
    word = tok.lower
    if not tok.is_word or word in NOT_PLURAL:
        return False
    if word in IRREGULAR_PLURALS or word.endswith(("children", "women", "people")):
        return True  # "11 grandchildren", "300 businesswomen"
    if len(word) > 5 and word.endswith("men") and word not in _SINGULARS_IN_MEN:
        return True  # "40 firemen", "12 gunmen"
    stem = tok.text[:-1]
    if len(stem) >= 2 and tok.text.endswith("s") and stem.isupper() and stem.isalpha():
        return True  # "240 million PCs", "12 MPs"
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


_SPORT_PLURALS = frozenset({"runs", "hits", "sets", "starts"})
# What a toll counts, as news writes it after the number ("with 5,674 injured").
_CASUALTIES = frozenset({"dead", "injured", "wounded", "missing", "hurt", "displaced"})
# A toll's first word, before "and" and the second number: "were killed and 96 injured".
_TOLL_WORDS = frozenset({"killed", "dead", "died"})


def _second_of_a_toll(tokens: Sequence[Token], k: int) -> bool:
    """Whether the number before token k is a toll's second, whose noun the first gave:
    "44 people were killed and 96 injured", "43 people killed and 210 injured" (not "lost
    71 killed and 204 wounded", nor "6 were killed and 20 injured": no noun to take)."""
    if k < 5 or _lower(tokens, k - 2) != "and" or _lower(tokens, k - 3) not in _TOLL_WORDS:
        return False
    noun = k - 5 if _lower(tokens, k - 4) in ("were", "was") else k - 4
    number = tokens[noun - 1]
    return _is_plural_noun(tokens[noun]) and (
        number.is_digits or number.lower in UNITS_WORDS or number.lower in TENS_WORDS
    )


# Verbs' forms that are plural nouns after another noun: "20,000 job cuts", "tax rises".
_NOUN_AFTER_NOUN = frozenset({"cuts", "rises", "falls", "runs", "hits", "sets", "plans"})


def _plural_next(ctx: Context, j: int) -> bool:
    """Whether the word after token j, on the same line, is another plural noun."""
    tokens = ctx.tokens
    if j + 1 >= len(tokens):
        return False  # "... and 5 injured" ending a headline
    after = tokens[j + 1]
    return (
        _is_plural_noun(after)
        and after.lower not in _STOP
        and "\n" not in ctx.text[tokens[j].end : after.start]
    )


# A course's years, which name students and places: "first-year places", "final-year".
_YEARS_OF_STUDY = frozenset({"first", "second", "third", "fourth", "final", "penultimate"})


def _year_of_study(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether token j is a word of "second-year", "first-year": a course's year."""
    if tokens[j].lower == "second" and j + 2 < len(tokens):
        return tokens[j + 1].text == "-" and glued(tokens, j + 1) and tokens[j + 2].lower == "year"
    return (
        tokens[j].lower == "year"
        and j > k + 1
        and tokens[j - 1].text == "-"
        and glued(tokens, j)
        and tokens[j - 2].lower in _YEARS_OF_STUDY
    )


# A preposition before a number whose word after it ends the clause: "his first title in
# 187 starts and ...", "in 40 runs." — a verb's plural form there is a noun, as no verb
# can end a clause straight after "in 187".
_BEFORE_A_TALLY = frozenset({"in", "from", "across"})
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")", "and", "but"})
_NOT_NOUNS = frozenset({"is", "was", "has", "does", "as", "us", "its", "his", "this", "thus"})


def _verb_form_noun(tokens: Sequence[Token], k: int) -> bool:
    return (
        2 <= k < len(tokens) - 1
        and tokens[k].lower in NOT_PLURAL
        and tokens[k].lower.endswith("s")
        and tokens[k].lower not in _NOT_NOUNS
        and tokens[k - 1].is_digits
        and tokens[k - 2].lower in _BEFORE_A_TALLY
        and tokens[k + 1].lower in _CLAUSE_ENDS
    )


_AFTER_A_BRACKET = re.compile(r"\)\s*[\d,.]+\s*$")


def _a_name_not_a_noun(ctx: Context, j: int) -> bool:
    """Whether the capitalised words at token j after a results line's number are the
    next candidate's name ("(Lab) 11,206 James Sleaford (Con) 4,623"), not what is
    counted ("31 La Liga games", "35 Labour MPs"): two or more of them, the last no
    plural, and no lower-case word after them."""
    tokens = ctx.tokens
    if not _AFTER_A_BRACKET.search(ctx.text, max(0, tokens[j].start - 20), tokens[j].start):
        return False
    end = j
    while (
        end < len(tokens)
        and tokens[end].is_word
        and tokens[end].text[:1].isupper()
        and (end == j or ctx.text[tokens[end - 1].end : tokens[end].start] == " ")
    ):
        end += 1
    after = tokens[end] if end < len(tokens) else None
    return (
        end - j >= 2
        and not tokens[end - 1].text.endswith("s")
        and not (after is not None and after.is_word and after.text[:1].islower())
    )


# A model's designation between a number and what it counts: "96 AH-64E Apache
# helicopters", "35 F-35A fighters", "105 Leopard 2A8 tanks", "90 JAS 39 Gripen fighters",
# "152 K9 howitzers": capitals run into digits, or digits into a capital.
_MODEL_CODE = re.compile(
    r"(?:[A-Z][a-z]+ )?(?:[A-Z]{1,4}(?: ?\d{1,4}|-\d{1,4})(?:[A-Z]{0,2}\d?|[a-z]{2,4})"
    r"(?:-[A-Z0-9]{1,4})?(?: Block \d{1,3})?"  # "A320neo", "F-16 Block 70"
    r"|[A-Z]{5}-\d{1,4}|\d{1,3}[A-Z]\d?)(?= [A-Za-z])"
    # a maker's, class's or league's name and a number, before a plural: "12 Type 45
    # destroyers", "50 Boeing 787-10 Dreamliners", "30 Ligue 1 games"
    r"|[A-Z][a-z]+ \d{1,4}(?:-\d{1,4})?(?= [A-Za-z][a-z]+s\b)"
)


def _past_model_code(ctx: Context, k: int) -> int:
    """The first token after a model's designation at token k, or k when there is none."""
    tokens = ctx.tokens
    match = _MODEL_CODE.match(ctx.text, tokens[k].start) if k < len(tokens) else None
    if match is None:
        return k
    j = k
    while j < len(tokens) and tokens[j].start < match.end():
        j += 1
    return j


def counted_noun(ctx: Context, k: int) -> tuple[str, int] | None:
    """The noun a number counts: '170 million mobile phones' -> ('mobile phones', end)."""
    tokens = ctx.tokens
    if _verb_form_noun(tokens, k):
        return tokens[k].text, k + 1
    first_content: int | None = None
    j = _past_model_code(ctx, k)
    if j > k:
        first_content = k  # the designation is part of what is counted
    limit = min(len(tokens), j + 5)
    while j < limit:
        tok = tokens[j]
        if tok.text == "-" and first_content is not None and glued(tokens, j) and j + 1 < limit:
            j += 1  # "smart-home devices"
            continue
        if not tok.is_word or (
            tok.lower in _STOP
            # "off-piste skiers": a stop word that opens a hyphenated word is not one,
            # nor one that ends it ("mail-in ballots", "walk-in clinics")
            and not (j + 1 < limit and tokens[j + 1].text == "-" and glued(tokens, j + 1))
            and not (j > k and tokens[j - 1].text == "-" and glued(tokens, j))
        ):
            return None
        if j > 0 and "\n" in ctx.text[tokens[j - 1].end : tok.start]:
            return None
        if j == k and tok.text == "plus":
            # "200 plus cases": what is counted comes after "plus"
            if j + 1 < limit and (
                tokens[j + 1].text[:1].isupper()
                or tokens[j + 1].is_digits
                or tokens[j + 1].lower in UNITS_WORDS
                or tokens[j + 1].lower in TENS_WORDS
            ):
                return None  # "28 plus three goalkeepers": a second number's noun
            j += 1
            limit = min(len(tokens), limit + 1)
            continue
        if j == k and tok.text[:1].isupper() and _a_name_not_a_noun(ctx, j):
            return None  # "Harjit Dhaliwal (Lab) 11,206 James Sleaford (Con)": a name's
        if (
            _is_plural_noun(tok)
            or (first_content is not None and tok.lower in _NOUN_AFTER_NOUN)
            # "scored 147 runs": a verb's form right after a number in sport is its noun.
            or (j == k and tok.lower in _SPORT_PLURALS and ctx.sentence_words(j) & _PLURAL_CUES)
            or (
                j == k
                and tok.lower in _CASUALTIES
                and not _plural_next(ctx, j)
                # "44 people were killed and 96 injured": the first one's noun
                and not _second_of_a_toll(tokens, k)
            )
        ):
            start = first_content if first_content is not None else j
            # "2,300 police officers": a plural noun naming the next one's kind.
            while j + 1 < limit and _plural_next(ctx, j):
                j += 1
            return ctx.text[tokens[start].start : tokens[j].end], j + 1
        if tok.lower in DURATION_UNITS and not _year_of_study(tokens, j, k):
            return None  # (a year of study is no duration: "4,200 first-year places")
        filler = tok.lower in COUNT_FILLERS or tok.lower.endswith(("ly", "ed"))
        if first_content is None and filler:
            j += 1
            continue
        if first_content is None:
            first_content = j
        j += 1
    return None


def _qualifier(ctx: Context, start_tok: int, duration: bool) -> tuple[str | None, int]:
    """The qualifier phrase ending right before token `start_tok` -> (text, first token)."""
    tokens = ctx.tokens
    if start_tok < 1:
        return None, start_tok
    by_last = _DURATION_QUALIFIERS_BY_LAST if duration else _QUALIFIERS_BY_LAST
    for words in by_last.get(tokens[start_tok - 1].lower, ()):
        n = len(words)
        s = start_tok - n
        if s < 0:
            continue
        if all(tokens[s + w].lower == words[w] for w in range(n)):
            if "\n" in ctx.text[tokens[s].start : tokens[start_tok].start]:
                continue
            phrase = " ".join(words)
            return phrase, s
    return None, start_tok


def _number_context_noun(ctx: Context, start_tok: int) -> str | None:
    """'the number of team partners ... five' -> 'team partners' (same sentence, before)."""
    tokens = ctx.tokens
    j = start_tok - 1
    steps = 0
    while j >= 2 and steps < 20:
        if (
            tokens[j].text in (".", "!", "?", ";")
            or "\n" in ctx.text[tokens[j].end : tokens[j + 1].start]
        ):
            return None
        if tokens[j].lower == "of" and tokens[j - 1].lower in ("number", "total", "count"):
            words = []
            m = j + 1
            while m < start_tok and tokens[m].is_word and tokens[m].lower not in _STOP:
                words.append(m)
                if _is_plural_noun(tokens[m]) or len(words) >= 4:
                    break
                m += 1
            if words and _is_plural_noun(tokens[words[-1]]):
                return ctx.text[tokens[words[0]].start : tokens[words[-1]].end]
            return None
        j -= 1
        steps += 1
    return None


# Verbs that move or state a total whose subject says what is counted: "Measles cases in
# England rose to 2,911", "tourist arrivals crossed 2 million".
_TOTAL_VERBS = frozenset({
    "rose", "fell", "climbed", "jumped", "dropped", "grew", "increased", "decreased",
    "reached", "hit", "crossed", "topped", "passed", "exceeded", "totalled", "totaled",
    "numbered", "stood", "doubled", "tripled", "surged", "soared", "slipped", "declined",
})  # fmt: skip
_OWNERS = frozenset({"its", "their", "his", "her", "our"})
# What a subject may measure of the things after its "of", rather than count them.
_MEASURES_OF = frozenset({
    "cost", "costs", "price", "prices", "value", "values", "rate", "rates", "fare", "fares",
    "level", "levels", "share", "average", "proportion", "percentage", "size", "weight",
})  # fmt: skip
# What a change between a verb of totals and its level is written with: "by a quarter,".
_CHANGE_WORDS = frozenset({
    "by", ",", "%", "per", "cent", "percent", "pct", "a", "an", "quarter", "third",
    "half", "fifth", "tenth", "two-thirds", "three-quarters", "about", "nearly", "almost",
})  # fmt: skip


def settle_subject_units(ctx: Context, found: list[Found]) -> None:
    """A bare count whose sentence's subject says what it counts takes that noun as its
    unit; after the passes that give bare numbers a currency or a unit of their pair
    ("orders rose to 39.2 billion from 32.5 billion crowns")."""
    for f in found:
        if f.kind == FigureKind.COUNT and f.unit is None and f.first_token is not None:
            f.unit = _subject_noun(ctx, f.first_token)
            if f.unit is not None:
                f.extra["subject_unit"] = "1"  # labelled as a bare count, by its subject


def _subject_noun(ctx: Context, start_tok: int) -> str | None:
    """ "Measles cases in England rose to 2,911": the plural noun heading the subject of
    a verb of totals just before the number, with at most a short phrase after it; a
    common noun (not "Daiwa Securities fell 42"), capitalised only opening its sentence."""
    tokens = ctx.tokens
    j = start_tok - 1
    if _lower(tokens, j) in _HEDGES:  # "rose to nearly 300"
        j -= 1
    if _lower(tokens, j) == "to":
        j -= 1
        # "rose by a quarter, to 1,140", "fell 12% to 3,400": the change before the level
        k = j
        while k > j - 6 and (
            _lower(tokens, k) in _CHANGE_WORDS or (k >= 0 and tokens[k].is_digits)
        ):
            k -= 1
        if k < j and _lower(tokens, k) in _TOTAL_VERBS:
            j = k
    elif _lower(tokens, j) in ("by", "at"):
        j -= 1
    if _lower(tokens, j) not in _TOTAL_VERBS:
        return None
    if _lower(tokens, j - 1) in ("has", "have", "had"):
        j -= 1
    for k in range(j - 1, max(-1, j - 6), -1):
        tok = tokens[k]
        if not tok.is_word or "\n" in ctx.text[tok.end : tokens[k + 1].start]:
            return None
        if _is_plural_noun(tok) and tok.lower not in _STOP:
            # The noun ends the subject or a phrase of place or origin follows it.
            follows = _lower(tokens, k + 1)
            opens = k == 0 or tokens[k - 1].text in (".", "!", "?", ";", ":")
            phrase_after = follows in ("in", "to", "at", "from", "across", "on")
            if (
                (k + 1 == j or phrase_after)
                # capitalised only opening its sentence before a phrase of place
                # ("Admissions in the UK rose"; not "Wolves climbed to 40")
                and (tok.text.islower() or (opens and phrase_after))
                and tok.lower not in NOT_COUNTED_SUBJECTS
                # not "The cost of tickets rose to 60": the subject is the cost
                and not (_lower(tokens, k - 1) == "of" and _lower(tokens, k - 2) in _MEASURES_OF)
            ):
                return _noun_before_its_place(ctx, k) or tok.lower
            return None
    return None


_PLACE_OR_ORIGIN = frozenset({"in", "at", "from", "across", "on"})


def _noun_before_its_place(ctx: Context, k: int) -> str | None:
    """ "Claims from the northern NSW floods had reached 236,000": the subject's noun
    before a phrase of place or origin that ends in another plural ("floods")."""
    tokens = ctx.tokens
    for m in range(k - 1, max(0, k - 6), -1):
        tok = tokens[m]
        if not tok.is_word or "\n" in ctx.text[tok.end : tokens[m + 1].start]:
            return None
        if tok.lower in _PLACE_OR_ORIGIN:
            head = tokens[m - 1]
            opens = m - 1 == 0 or tokens[m - 2].text in (".", "!", "?", ";", ":")
            if (
                head.is_word
                and _is_plural_noun(head)
                and (head.text.islower() or opens)
                and head.lower not in _STOP
                and head.lower not in NOT_COUNTED_SUBJECTS
            ):
                return head.lower
            return None
    return None


def _is_year(num: Number) -> bool:
    return num.integer_digits is not None and is_year_digits(num.integer_digits)


def _ordinal_follows(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and glued(tokens, j) and tokens[j].lower in ("st", "nd", "rd", "th")


_AFL_SCORE = re.compile(r"(\d{1,2})\.(\d{1,2}) \((\d{1,3})\)")


def _afl_score(text: str, at: int) -> re.Match[str] | None:
    """ "18.14 (122)": Australian football's goals, behinds and total, six points a goal
    (the sum tells it from a share and its seats, "33.7 (411)")."""
    match = _AFL_SCORE.match(text, at)
    if match is None:
        return None
    goals, behinds, total = (int(g) for g in match.groups())
    return match if goals * 6 + behinds == total else None


def scan(ctx: Context, claimed: list[bool]) -> list[Found]:
    """Read every number in the text that is not claimed by a date or blocked."""
    tokens = ctx.tokens
    out: list[Found] = []
    i = 0
    n = len(tokens)
    signs = currency_signs()
    sports = _SportsCue(ctx)
    while i < n:
        tok = tokens[i]
        if claimed[i]:
            i += 1
            continue
        start = i
        if tok.is_digits:
            if "." in tok.text and (afl := _afl_score(ctx.text, tok.start)):
                # "18.14 (122)": Australian football's goals, behinds and total, a score
                while i < n and tokens[i].start < afl.end():
                    i += 1
                continue
            if i + 1 < n and tokens[i + 1].text in _DASHES:
                past_score = score_end(tokens, i, sports)
                if past_score:
                    i = past_score  # "3-1", "24-17": a result, not a range
                    continue
        elif tok.is_word:
            if tok.lower not in _WORD_STARTS:
                i += 1
                continue
        elif tok.text not in signs:
            i += 1
            continue
        elif i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].is_word:
            start = i - 1  # a letter glued to the sign opens it: "S$5", "GH₵20"
            if claimed[start] or not read_prefix(ctx, start):
                start = i
        found = _read_figure(ctx, start, claimed)
        if found is None:
            i += 1
            continue
        for f in found:
            out.append(f)
            for t in range(f.first_token, f.last_token):
                claimed[t] = True
        i = max(f.last_token for f in found)
    _share_counted_nouns(tokens, out)
    _majorities(ctx, out)
    return out


def _majorities(ctx: Context, found: list[Found]) -> None:
    """ "a majority of 66": seats when its sentence counts seats, else votes ("held the
    seat with a majority of 3,412"); "down from 167" after it, the same."""
    tokens = ctx.tokens
    for f in found:
        if f.kind is not FigureKind.COUNT or f.unit is not None or f.value_max is not None:
            continue
        k = f.first_token - 1
        if _lower(tokens, k) in _HEDGES or _lower(tokens, k) in ("just", "only"):
            k -= 1
        if _lower(tokens, k) != "of" or _lower(tokens, k - 1) != "majority":
            continue
        sentence = ctx.sentence_tokens(f.first_token)
        seats = any(
            t.lower == "seats" or (t.lower == "seat" and j > 0 and sentence[j - 1].text == "-")
            for j, t in enumerate(sentence)
        )  # "356 seats", "a 419-seat landslide"; not "held the seat"
        f.unit = "seats" if seats else "votes"

def _share_counted_nouns(tokens: list[Token], found: list[Found]) -> None:
    """ "by 204 votes to 115", "from 30 stores to 45": the second number counts what
    the first does; "rose 4.50 crowns to 156.50", "closed up 40 yen at 2,960": and is
    money in the same currency; so is a forecast's amount after a result's ("rose to
    386.5 bln yen, and forecast 420 bln")."""
    for a, b in pairwise(found):
        if (
            # Not after cents: "eased 25 cents to 16.75" ends in rand, and which is
            # for `settle_minor_units` to say.
            (a.kind is FigureKind.COUNT or (a.kind is FigureKind.MONEY and "minor" not in a.extra))
            and b.kind is FigureKind.COUNT
            and a.unit is not None
            and b.unit is None
            and (
                b.first_token == a.last_token + 1
                or _rivals_own(tokens, a.last_token, b.first_token)
            )
            and (
                tokens[a.last_token].lower == "to"
                or (
                    # "closed up 40 yen at 2,960"; not "fined $400 at 19", an age
                    a.kind is FigureKind.MONEY
                    and tokens[a.last_token].lower == "at"
                    and a.first_token > 0
                    and tokens[a.first_token - 1].lower in _MOVES
                    and (b.value >= 100 or "." in tokens[b.first_token].text)
                )
            )
            and b.value_max is None
        ):
            b.kind, b.unit = a.kind, a.unit
        elif (
            a.kind is FigureKind.MONEY
            and b.kind is FigureKind.COUNT
            and b.unit is None
            and tokens[b.last_token - 1].lower in SCALES
            and 0 < b.first_token - a.last_token <= 4
            and (
                tokens[a.last_token].lower in _VERSUS
                or _FORECAST.intersection(
                    tokens[t].lower for t in range(a.last_token, b.first_token)
                )
            )
            and all(
                tokens[t].is_word or tokens[t].text == ","
                for t in range(a.last_token, b.first_token)
            )
        ):
            # "net loss 120 mln euros vs profit 980 mln": the same currency, not said twice.
            b.kind, b.unit = a.kind, a.unit


def _rivals_own(tokens: list[Token], to: int, first: int) -> bool:
    """ "286 electoral college votes to John Kerry's 251": a rival's tally after "to",
    counted as the first is."""
    names = tokens[to + 1 : first]
    return (
        0 < len(names) <= 3
        and tokens[to].lower == "to"
        and all(t.is_word and t.text[:1].isupper() for t in names)
        and names[-1].text.endswith(("'s", "’s"))
    )


_VERSUS = frozenset({"vs", "versus", "against"})
# Words a price's move follows: "closed up 40 yen", "fell 12 pence" (the move verbs, and
# the market's own).
_MOVES = MOVE_VERBS | {"lost", "added", "shed", "eased", "firmed", "rising", "falling"}
# Verbs whose amount is of the kind just reported: "and forecast 420 bln for this year".
_FORECAST = frozenset({
    "forecast", "forecasts", "expects", "projected", "projects", "sees", "targets", "budgeted",
})  # fmt: skip
def _index_before(tokens: list[Token], i: int) -> bool:
    """A stock index named in the 12 words before token i, in the same sentence (the dot
    of a Reuters code, " .DJI", ends none; numbers and marks do not count as words)."""
    words = 0
    for j in range(i - 1, max(-1, i - 40), -1):
        if tokens[j].text in (".", "!", "?", ";") and not (
            j + 1 < len(tokens) and glued(tokens, j + 1)
        ):
            return False
        if tokens[j].lower == "benchmark" and _lower(tokens, j + 1) in _NOT_INDEXED:
            continue  # "cut its benchmark rate to 7.75%": a rate, not an index
        if tokens[j].lower in _INDEX_WORDS or (
            tokens[j].text.isupper() and j > 0 and tokens[j - 1].text == "." and glued(tokens, j)
        ):
            return True  # an index's name, or its Reuters code (".SPX")
        if tokens[j].is_word:
            words += 1
            if words > 12:
                return False
    return False


# Words that name a stock index, whose bare levels are no figures.
_INDEX_WORDS = frozenset({
    "index", "indices", "ftse", "nikkei", "dow", "s&p", "seng", "sensex", "nifty", "dax",
    "cac", "kospi", "stoxx", "nasdaq", "topix", "asx", "composite", "benchmark",
})  # fmt: skip
# Words of interest rates: a point in words beside one is a rate's change ("cut its rate
# by a quarter point"), and a "benchmark" before one is no index ("the benchmark rate").
_RATE_WORDS = frozenset({
    "rate", "rates", "interest", "yield", "yields", "inflation", "repo", "lending", "mortgage",
    "borrowing", "bank", "fed", "ecb",
})  # fmt: skip
# What a "benchmark" may be besides an index: a rate, a bond's yield, a price.
_NOT_INDEXED = _RATE_WORDS | {"policy", "bond", "bonds", "crude", "price", "prices"}


class _SportsCue:
    """Whether the sentence around a token talks about sport; asked only at 'N-M'."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def __call__(self, i: int) -> bool:
        return bool(self.ctx.sentence_words(i) & SPORTS_CUES)


def _read_figure(ctx: Context, i: int, claimed: list[bool]) -> list[Found] | None:
    tokens = ctx.tokens
    n = len(tokens)
    start_tok = i
    code: str | None = None
    prefix = read_prefix(ctx, i)
    if prefix is not None:
        code, i = prefix
    elif tokens[i].is_word and tokens[i].lower not in _NUMBER_STARTS:
        return None
    if not (tokens[i].is_digits or tokens[i].is_word):
        return None

    # Fractions: "two-thirds of", "a quarter of", "half of".
    if code is None and tokens[i].is_word:
        frac = _read_fraction(ctx, i)
        if frac is not None:
            return [frac]
        span = _a_long_span(ctx, i)
        if span is not None:
            return [span]

    num = parse_number(tokens, i, after_currency=code is not None)
    if num is None:
        return None
    if any(claimed[t] for t in range(num.start, num.end)):
        return None
    first_char = tokens[start_tok].start
    if ctx.is_blocked(tokens[num.start].start, tokens[num.end - 1].end):
        return None
    if code is None:
        ratio = _read_ratio(ctx, num) or _read_rate(ctx, num)
        if ratio is not None:
            return [ratio]
    if code is None and _a_multiple(tokens, num.end):
        return None  # "10 times the national average": how a figure compares, not one
    if not num.words and (
        # Letters a currency prefix has read are no code's ("R180 a month").
        (is_code(tokens, num.start, num.end) and (code is None or start_tok == num.start))
        or _ordinal_follows(tokens, num.end)
        or is_label(tokens, num.start, num.end)
        or is_innings_total(tokens, num.start, num.end)
    ):
        return None
    if code is None and not num.scaled and is_part_of_whole(tokens, num.start, num.end):
        return None
    if num.words and tokens[num.start].lower in ("a", "an") and not num.scaled and (num.value == 1):
        return None
    title = ctx.in_title_line(first_char)
    if code is None and is_model_number(
        tokens,
        num.start,
        num.end,
        title_line=title,
        sentence_initial_prev=num.start > 0 and ctx.sentence_initial(num.start - 1),
    ):
        return None
    if (
        num.words
        and tokens[num.start].text[0].isupper()
        and not title
        and not (ctx.sentence_initial(num.start))
    ):
        # "the annual Two Sessions", "Group of Seven": a capitalised number word mid-sentence
        # belongs to a name.
        return None

    # Range: "two to three years", "10-20%", "$5-6 billion", "between 3 and 5".
    value_max: float | None = None
    end = num.end
    # "rose from 15 to 31 per cent" is a move: two figures; "ranged from 15 to 31 per
    # cent", "tickets priced from €9 to €25" are one range ("costs from £1,200 to £2,500"
    # is as often a move).
    from_to = _lower(tokens, start_tok - 1) == "from" and _lower(tokens, start_tok - 2) not in (
        "range", "ranged", "ranges", "ranging", "varied", "varies", "vary", "varying", "priced",
    )
    k = num.end
    # "5.25%-5.50%": a sign on both ends of the range.
    signs_both = (
        k + 2 < n
        and tokens[k].text == "%"
        and tokens[k + 1].text in _DASHES
        and glued(tokens, k + 1)
        and glued(tokens, k + 2)
    )
    if signs_both:
        k += 1
    if k + 1 < n and from_to and (short_year := _short_second_year(tokens, num, k)) is not None:
        value_max = short_year  # "a contract from 2025-26": one season, not 2025 and 26
        end = k + 2
    elif k + 1 < n and not from_to:
        sep = tokens[k]
        between = start_tok > 0 and tokens[start_tok - 1].lower == "between"
        sep_ok = sep.lower in ("to",) or (sep.text in _DASHES) or (between and sep.lower == "and")
        if sep.text == "-" and not (glued(tokens, k) and glued(tokens, k + 1)):
            sep_ok = False
        short_year = _short_second_year(tokens, num, k)
        if short_year is not None:
            # "2020-21", "the 2025/26 season": a span of two years, the second cut short.
            sep_ok = False
            value_max = short_year
            end = k + 2
        if sep_ok:
            j = k + 1
            pre2 = read_prefix(ctx, j)
            # "rose 16.1% in 2004 to £125,000": an amount of its own after a bare year (not
            # "between 1900 and $2100 a night")
            own_amount = (
                pre2 is not None and code is None and _year_like(num) and not between
            )
            if (
                pre2 is not None
                and not own_amount
                and (
                    pre2[0] == (code or pre2[0])
                    # "NZ$7.25-$7.75", "A$3m to $4m": a bare "$" repeats the dollar before it.
                    or (code is not None and tokens[j].text == tokens[num.start - 1].text == "$")
                )
            ):
                code = code or pre2[0]  # "between 25 and $40", "rose 3,000 to £285,000"
                j = pre2[1]
            if not own_amount and (
                tokens[j].is_digits
                or tokens[j].lower in UNITS_WORDS
                or tokens[j].lower in (TENS_WORDS)
            ):
                num2 = parse_number(tokens, j, after_currency=code is not None)
                if (
                    num2 is not None
                    # both in words or both in digits, unless "between" or "aged" says it
                    # is a range: "between eight and 25 years", "children aged two to 10"
                    and (
                        num2.words == num.words
                        or _lower(tokens, start_tok - 1) in ("between", "aged")
                    )
                    and not is_code(tokens, num2.start, num2.end)
                    and not ctx.is_blocked(tokens[j].start, tokens[num2.end - 1].end)
                    # not "$5 to 20 euros": two currencies, two amounts
                    and not (
                        code is not None
                        and (other := match_name(tokens, num2.end)) is not None
                        and code not in other.codes
                    )
                    and (not signs_both or _lower(tokens, num2.end) == "%")
                    and not (
                        # "between 2016 and 2021", "from 1968 to 1999": two dates (a span
                        # is written "1979-2000")
                        sep.text not in _DASHES
                        and code is None
                        and _year_like(num)
                        and _year_like(num2)
                        and counted_noun(ctx, num2.end) is None
                    )
                ):
                    low = num.value
                    if num2.scaled and not num.scaled and num2.value > num.value * 1000:
                        scale = _scale_of(num2, tokens)
                        low = num.value * scale
                    elif not num.scaled and not num2.scaled:
                        low = num.value * _shared_thousands(num, tokens[j].text)
                    # "fell by 20,000 to 1.4 million", "cut by £2m to £10m": a change and
                    # the level it reached, not a range ("rise by 5 to 10 per cent").
                    change_then_level = (
                        start_tok > 0
                        and (
                            tokens[start_tok - 1].lower == "by"
                            or tokens[start_tok - 1].lower in _MOVE_VERBS
                        )
                        and sep.lower == "to"
                        and num2.value >= 4 * low
                    )
                    if num2.value > low and not change_then_level:
                        value_max = num2.value
                        num = Number(
                            low,
                            num.start,
                            num.end,
                            num.words,
                            num.scaled or num2.scaled,
                            num.integer_digits,
                        )
                        end = num2.end
    found = _classify(ctx, start_tok, num, end, code, value_max, title)
    if found is None:
        return None
    _sign(ctx, found)
    if from_to and found.kind != FigureKind.DATE:
        # "from five to nine": the starting number takes the unit of the one it goes to.
        nxt = _follow_to(ctx, found, claimed)
        if nxt is not None:
            return [found, nxt]
    return [found]


def _year_like(num: Number) -> bool:
    digits = num.integer_digits
    return digits is not None and len(digits) == 4 and 1800 <= num.value <= 2100


# "rose £3,000 to £285,000": a move by an amount, as after "by".
_MOVE_VERBS = frozenset({
    "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "grew", "grow",
    "grows", "increased", "decreased", "climbed", "jumped", "dropped", "slipped", "gained",
    "lost", "added", "shed", "cut", "raised", "lifted", "reduced", "slashed", "shrank",
    "shrunk", "declined", "boosted", "lowered", "drop", "drops", "jump", "jumps", "climb",
    "climbs", "increase", "increases", "decrease", "decreases", "decline", "declines",
    "shrink", "shrinks", "slumped", "surged", "soared", "plunged", "tumbled", "slid", "sank",
    "expanded", "trimmed", "narrowed", "widened",
    # "responded by raising fares by about a third"
    "rising", "falling", "growing", "climbing", "jumping", "dropping", "declining", "raising",
    "cutting", "lifting", "reducing", "lowering", "increasing", "boosting", "slashing",
    "trimming",
})  # fmt: skip


def _short_second_year(tokens: list[Token], num: Number, k: int) -> float | None:
    """The whole second year of "2020-21" or "2025/26" (sep at token k), or None."""
    if not _is_year(num) or num.scaled or k + 1 >= len(tokens):
        return None
    sep, second = tokens[k], tokens[k + 1]
    if sep.text not in ("-", "/", "–") or not (glued(tokens, k) and glued(tokens, k + 1)):
        return None
    if not (second.is_digits and len(second.text) == 2):
        return None
    year = int(num.value)
    if int(second.text) != (year + 1) % 100:
        return None
    return float(year + 1)


def _shared_thousands(num: Number, second: str) -> float:
    """'$50-100,000', '30-40,000 jobs': the first number shares the thousands of the
    second when that makes a range within a factor of ten -> the multiplier (else 1)."""
    m = _THOUSANDS.fullmatch(second)
    if m is None or num.integer_digits is None or len(num.integer_digits) > 3:
        return 1.0
    scale = 1000.0 ** (len(m.group(1)) // 4)
    high = float(second.replace(",", ""))
    return scale if num.value * scale <= high < num.value * scale * 10 else 1.0


def _sign(ctx: Context, found: Found) -> None:
    """A negative amount: 'minus 3.2 percent', '-0.5%', '-$2,400', and in accounts
    '($4.2 million)'. The sign joins the span."""
    first = found.first_token
    if first == 0:
        return
    tokens = ctx.tokens
    before = tokens[first - 1]
    if before.text not in _SIGN_WORDS and before.lower != "minus":
        return
    if before.lower == "minus" and [_lower(tokens, first - 3), _lower(tokens, first - 2)] == [
        "plus",
        "or",
    ]:
        return  # "a margin of error of plus or minus 2.2 percentage points": a spread
    if found.kind not in (FigureKind.MONEY, FigureKind.PERCENT, FigureKind.COUNT):
        return
    if found.value_max is not None or found.value < 0:
        return
    if before.lower == "minus" or (
        before.text in _MINUS
        and (found.kind != FigureKind.COUNT or found.unit in _TEMPERATURE_UNITS)
        and glued(tokens, first)
        and not (first > 1 and glued(tokens, first - 1))
        and not (first > 1 and _ends_amount(tokens[first - 2]))
    ):
        found.value = -found.value
        found.start, found.first_token = before.start, first - 1
    elif found.kind == FigureKind.MONEY and accounts_negative(ctx, found):
        found.value = -found.value
        found.start, found.first_token = before.start, first - 1
        found.end = tokens[found.last_token].end
        found.last_token += 1


_TEMPERATURE_UNITS = frozenset({*TEMPERATURE_SCALES.values(), "°"})


def _ends_amount(tok: Token) -> bool:
    """A token that ends an amount ("60", "%", "m"): a dash after it joins a range
    ("60 % -80 %"), it is no minus sign."""
    return tok.is_digits or tok.text == "%" or tok.lower in SCALES or tok.text in currency_signs()


def _scale_of(num: Number, tokens: list[Token]) -> float:
    """The scale word that ends `num` ("3 lakh": 1e5, "3 million": 1e6), else the
    largest power of a thousand under its value."""
    scale = SCALES.get(_lower(tokens, num.end - 1)) if num.scaled else None
    if scale is not None:
        # "3 lakh crore": the scale words multiply
        k = num.end - 2
        while k > num.start and (before := SCALES.get(_lower(tokens, k))) is not None:
            scale *= before
            k -= 1
        return scale
    for scale in (1e12, 1e9, 1e6, 1e3, 1e2):
        if num.value >= scale and num.scaled:
            return scale
    return 1.0


def _follow_to(ctx: Context, found: Found, claimed: list[bool]) -> Found | None:
    tokens = ctx.tokens
    k = found.last_token
    if k + 1 >= len(tokens) or tokens[k].lower != "to":
        return None
    nxt = _read_figure(ctx, k + 1, claimed)
    if not nxt:
        return None
    second = nxt[0]
    second.qualifier = second.qualifier or "to"
    if found.unit is None and second.unit is not None and found.kind == FigureKind.COUNT:
        found.kind = second.kind
        found.unit = second.unit
    elif second.unit is None and second.kind == FigureKind.COUNT:
        second.kind = found.kind
        second.unit = found.unit
    return second


def _read_ratio(ctx: Context, num: Number) -> Found | None:
    """ "One in five children", "1 in 10 adults": a share, as "a fifth of" is."""
    tokens = ctx.tokens
    k = num.end
    if num.scaled or _lower(tokens, k) != "in" or k + 1 >= len(tokens):
        return None
    if not (tokens[k + 1].is_digits or tokens[k + 1].lower in _NUMBER_STARTS):
        return None
    whole = parse_number(tokens, k + 1)
    if whole is None:
        return None
    # "one in 20", and odds in digits: "1 in 20 million" (not "1 in five")
    one_in = num.value == 1 and (bool(num.words) or not whole.words)
    if whole.words != num.words and not one_in:
        return None  # "one in 20" is how news writes it; "three in 20" or "3 in five" not
    # Odds are written "one in 2.7 million" or "one in 139,838,160"; other shares stay
    # small ("two in five", "1 in 10").
    if (whole.scaled or whole.value > 1000) and not one_in:
        return None
    if _is_year(whole) and "," not in tokens[whole.start].text and not whole.scaled:
        return None  # "the first one in 2019"; "one in 2,000" is odds
    if not 1 <= num.value < whole.value or num.value != int(num.value):
        return None
    before = num.start - 2 if _lower(tokens, num.start - 1) == "." else num.start - 1
    if before >= 0 and tokens[before].lower in ("no", "number"):
        return None  # "ranked No. 1 in 2,000 schools": a rank
    if not num.words and (whole.scaled or whole.value > 1000) and (
        (before >= 0 and tokens[before].is_word and tokens[before].text[:1].isupper())
        or (whole.end < len(tokens) and tokens[whole.end].is_word and tokens[whole.end].lower
            not in _ODDS_WORDS)
    ):
        # odds in digits only as odds read: not "Key Stage 1 in 16,000 schools", "Phase 1
        # in 1,200 volunteers"
        return None
    if _duration_suffix(tokens, whole.end) is not None:
        return None  # "one in 10 minutes"
    return _share(tokens, num.start, whole.end, num.value / whole.value, "fraction")


# Words that may follow odds written in digits: "1 in 20 million chance".
_ODDS_WORDS = frozenset({"chance", "chances", "odds"})


def _read_rate(ctx: Context, num: Number) -> Found | None:
    """ "45.3 per 100,000 people", "12 per 1,000 live births": a rate, one figure whose
    unit is the population it is counted in (not 45.3 and a count of 100,000 people)."""
    tokens = ctx.tokens
    k = num.end
    end = _rate_base_end(ctx, k)
    if end is None:
        return None
    unit = ctx.text[tokens[k].start : tokens[end - 1].end]
    return Found(
        tokens[num.start].start,
        tokens[end - 1].end,
        FigureKind.COUNT,
        num.value,
        unit,
        first_token=num.start,
        last_token=end,
    )


_RATE_BASES = frozenset({100.0, 1000.0, 10_000.0, 100_000.0, 1_000_000.0})


def _rate_base_end(ctx: Context, k: int) -> int | None:
    """Past a rate's base at token k ("per 100,000 people", "per 1,000 live births"), or None."""
    tokens = ctx.tokens
    if _lower(tokens, k) != "per" or k + 1 >= len(tokens) or not tokens[k + 1].is_digits:
        return None
    base = parse_number(tokens, k + 1)
    if base is None or base.value not in _RATE_BASES:
        return None
    noun = counted_noun(ctx, base.end) if base.end < len(tokens) else None
    return noun[1] if noun is not None else base.end


def _point_after(tokens: list[Token], k: int) -> int | None:
    """A point of an interest rate after a fraction at token k ("a quarter of a
    percentage point", "half a point", "a quarter-point cut") -> the end token."""
    j = past_hyphen(tokens, k)  # "quarter-point"
    if j == k and _lower(tokens, j) in ("point", "percentage"):
        # "cut its rate by a quarter point", "a quarter percentage point": a rate's, not
        # "the quarter point of the season" nor a gymnast's score
        if not any(t.lower in _RATE_WORDS for t in tokens[max(0, k - 15) : k]):
            return None
    elif j == k:
        if _lower(tokens, j) == "of":
            j += 1
        if _lower(tokens, j) != "a":
            return None
        j += 1
    points = _percent_at(tokens, j)  # "percentage point", "percentage-point"
    if points is not None and points[0] == "pp":
        return points[1]
    return j + 1 if _lower(tokens, j) in ("point", "points") else None


# Words before "a century" that make it a batsman's hundred, not a hundred years.
_CENTURY_MAKERS = frozenset({
    "scored", "scores", "score", "made", "makes", "hit", "hits", "struck", "reached",
    "reaches", "notched", "smashed", "compiled", "brought", "posted", "registered", "added",
})  # fmt: skip


# Words that make "runs", "hits" after a number their noun: "struck 126 runs off 112 balls".
_PLURAL_CUES = SPORTS_CUES | (CRICKET_WORDS - _SPORT_PLURALS)


def _a_long_span(ctx: Context, i: int) -> Found | None:
    """ "in nearly a decade", "for a century": one decade or century. A shorter unit
    after "a" is more often a rate ("£30,000 a year", "twice a week") and is left out."""
    tokens = ctx.tokens
    if tokens[i].lower not in ("a", "an") or i + 1 >= len(tokens):
        return None
    unit = tokens[i + 1]
    if unit.lower not in ("decade", "century") or unit.start - tokens[i].end != 1:
        return None
    if i + 2 < len(tokens) and tokens[i + 2].text == "-" and glued(tokens, i + 2):
        return None  # "a decade-long feud": the adjective, not the span
    if unit.lower == "century" and (
        _lower(tokens, i - 1) in _CENTURY_MAKERS or ctx.sentence_words(i) & CRICKET_WORDS
    ):
        return None  # "scored a century", "a century off 90 balls": a hundred runs
    return Found(
        tokens[i].start,
        unit.end,
        FigureKind.DURATION,
        1.0,
        unit.lower,
        first_token=i,
        last_token=i + 2,
    )


# What follows a multiple ("three times the average", "20 times faster", "four times
# what they paid"), not a count of times ("capped 45 times", "five times a week").
_AFTER_A_MULTIPLE = frozenset({
    "the", "its", "their", "his", "her", "our", "what", "more", "higher", "larger", "bigger",
    "greater", "faster", "lower", "smaller", "longer", "cheaper", "worse", "better",
    # what a price is a multiple of: "16 times earnings", "13 times average income"
    "earnings", "ebitda", "book", "forward", "sales", "revenue", "revenues", "profit",
    "profits", "income", "incomes", "salary", "salaries", "wages", "average", "median",
    "annual",
})  # fmt: skip


def _a_multiple(tokens: list[Token], k: int) -> bool:
    """Whether "times" at token k makes the number before it a multiple (not "25 times
    the season before", "stabbed 17 times, the jury heard": how often)."""
    after = _lower(tokens, k + 1)
    return _lower(tokens, k) == "times" and (
        (after in _AFTER_A_MULTIPLE and _lower(tokens, k + 2) not in _OCCASIONS)
        or (after == "as" and _lower(tokens, k + 2) in ("much", "many", "likely"))
    )


# What "N times the ..." counts occasions in: "25 times the season before".
_OCCASIONS = frozenset({
    "season", "year", "week", "month", "day", "campaign", "previous", "past", "last",
    "following", "next", "jury", "court", "same", "first", "second", "third",
})  # fmt: skip


def _decade_of_life_before(tokens: list[Token], i: int) -> bool:
    """ "in their 20s and 30s", "in her 50s or 60s": the second decade of life of a pair."""
    return (
        i >= 4
        and tokens[i - 1].lower in ("and", "or", "to")
        and tokens[i - 2].lower == "s"
        and tokens[i - 3].text in ("10", "20", "30", "40", "50", "60", "70", "80", "90")
        and tokens[i - 4].lower in ("his", "her", "their", "early", "mid", "late")
    )


def _share(tokens: list[Token], first: int, end: int, value: float, unit: str) -> Found:
    """A percentage figure over tokens[first:end]: a share ("fraction") or points ("pp")."""
    return Found(
        tokens[first].start,
        tokens[end - 1].end,
        FigureKind.PERCENT,
        value,
        unit,
        first_token=first,
        last_token=end,
    )


def _point_fraction(tokens: list[Token], i: int, value: float, end: int) -> Found | None:
    point_end = _point_after(tokens, end)
    return None if point_end is None else _share(tokens, i, point_end, value, "pp")


# Words that may follow "fell by a third": what the change is over or led to.
_AFTER_A_CHANGE = frozenset({
    "to", "in", "on", "since", "from", "over", "after", "last", "this", "and", "but", "as",
    "at", "between", "compared", "while", "when", "than", "or", "for", "during", "within",
    "against", "year",
})  # fmt: skip


# A party's lead in a poll, in points of its share: "a poll put him nine points behind",
# "on 27 per cent of the vote, two points ahead"; not a league's "three points clear", nor
# "10 points ahead at half-time, shooting 58 percent".
_LEAD_WORDS = frozenset({"ahead", "behind", "clear", "adrift"})
_POLL_WORDS = frozenset({
    "poll", "polls", "survey", "polling", "yougov", "ipsos", "survation", "opinium", "gallup",
    "mori", "comres", "savanta", "redfield", "pollster", "pollsters",
})  # fmt: skip
_SHARE_WORDS = frozenset({"%", "cent", "percent"})
_VOTE_WORDS = frozenset({"turnout", "vote", "votes"})


def _vote_swing(tokens: list[Token], i: int) -> bool:
    """ "a swing of 14 points", "whose share rose by 11 points": points of the vote (not
    an index's: "The All Share index rose by 120 points", "a swing of 800 points")."""
    before = [_lower(tokens, j) for j in range(max(0, i - 6), i)]
    if _INDEX_WORDS & set(before) or "stocks" in before:
        return False
    value = tokens[i].text.replace(",", "")
    if value.replace(".", "", 1).isdigit() and float(value) > 30:
        return False
    return before[-2:] == ["swing", "of"] or (
        before[-1:] == ["by"] and ("share" in before or "swing" in before) and "price" not in before
    )


def _share_of_votes(ctx: Context, i: int) -> bool:
    """A poll or a pollster in the sentence around token i, or a share with a vote, or two
    shares ("on 41 per cent, 12 points ahead of the Conservatives on 29 per cent")."""
    words = [t.lower for t in ctx.sentence_tokens(i)]
    shares = sum(1 for w in words if w in _SHARE_WORDS)
    return (
        not _POLL_WORDS.isdisjoint(words)
        or shares >= 2
        or (shares == 1 and not _VOTE_WORDS.isdisjoint(words))
    )


# Hedges between "by" or "of" and a fraction: "fell by almost a third".
_HEDGES = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "over", "under"})
# Nouns of a change: "a drop of about a quarter".
_CHANGE_NOUNS = frozenset({
    "drop", "fall", "rise", "increase", "decrease", "decline", "cut", "jump", "reduction",
    "gain", "loss", "slump", "surge", "growth",
})  # fmt: skip
# Comparatives after a fraction: "a fifth less than", "a third more".
_COMPARATIVES = frozenset({
    "less", "more", "fewer", "lower", "higher", "cheaper", "smaller", "bigger", "larger",
    "longer", "shorter",
})  # fmt: skip


# Verbs a share of people opens a clause with: "Nearly half said", "a third were aged".
_SHARE_VERBS = frozenset({
    "said", "say", "says", "were", "was", "are", "is", "had", "have", "backed", "voted",
    "agreed", "opposed", "supported", "reported", "expect", "expected", "want", "wanted",
})  # fmt: skip


def _share_as_subject(tokens: list[Token], i: int, end: int) -> bool:
    """A hedged fraction opening its clause with a verb after it, the whole it is of
    named before: "Nearly half said they had switched", "almost a third were aged 15"."""
    if _lower(tokens, end) not in _SHARE_VERBS:
        return False
    k = i - 1
    if _lower(tokens, k) not in _HEDGES:
        return False
    return k == 0 or not tokens[k - 1].is_word or tokens[k - 1].lower in ("and", "but")


def _changed_by(tokens: list[Token], i: int) -> bool:
    """A move verb (or "up", "down") and "by", or a change's noun and "of", before token
    i, maybe with a hedge between: a fraction there is a change ("fell by a third", "cut
    the grant by half", "down by a sixth", "a drop of about a quarter")."""
    k = i - 1
    if _lower(tokens, k) in _HEDGES:
        k -= 1
    if _lower(tokens, k) == "of":
        return _lower(tokens, k - 1) in _CHANGE_NOUNS
    if _lower(tokens, k) != "by":
        return False
    if _lower(tokens, k - 1) in ("up", "down"):
        return True
    # "cut the price of 1GB of data by a third": the verb's object may hold a number.
    for j in range(k - 1, max(-1, k - 9), -1):
        if not tokens[j].is_word and not tokens[j].text[0].isdigit():
            return False  # the clause ends
        if tokens[j].lower in _MOVE_VERBS:
            return True
    return False


def _read_fraction(ctx: Context, i: int) -> Found | None:
    tokens = ctx.tokens
    if tokens[i].lower == "quarter":
        return _point_fraction(tokens, i, 0.25, i + 1)  # "the ECB's quarter-point rise"
    if tokens[i].lower == "half":
        point = _point_fraction(tokens, i, 0.5, i + 1)
        if point is not None:
            return point  # "half a percentage point"
        prev = _lower(tokens, i - 1)
        follows = _lower(tokens, i + 1)
        if _changed_by(tokens, i) and (
            follows == "" or follows in _AFTER_A_CHANGE or not tokens[i + 1].is_word
        ):
            return _share(tokens, i, i + 1, 0.5, "fraction")  # "cut by half"
        if follows in ("of", "the") and prev not in (
            "first",
            "second",
            "1st",
            "2nd",
            "the",
            "other",
            "latter",
            "former",
        ):
            # "half of voters", "about half the long-term average"
            return _share(tokens, i, i + 1, 0.5, "fraction")
        if _share_as_subject(tokens, i, i + 1):
            return _share(tokens, i, i + 1, 0.5, "fraction")  # "Nearly half said"
        return None
    parsed = parse_fraction(tokens, i)
    if parsed is None or scale_after_fraction(tokens, parsed[1]) is not None:
        return None  # "a quarter of a million people": one count, read as a number
    value, end = parsed
    point = _point_fraction(tokens, i, value, end)
    if point is not None:
        return point  # "a quarter of a percentage point": a rate's move, not a share
    hyphenated = end - i == 3
    changed_by = _changed_by(tokens, i)
    if (
        changed_by
        and end < len(tokens)
        and tokens[end].is_word
        and tokens[end].lower not in _AFTER_A_CHANGE
    ):
        return None  # "cut by a third party's bid"
    compared = _lower(tokens, end) in _COMPARATIVES  # "a fifth less than"
    if (
        not hyphenated
        and not changed_by
        and not compared
        and _lower(tokens, end) != "of"
        and not _share_as_subject(tokens, i, end)  # "almost a third were aged 15 to 17"
    ):
        return None  # "a third party", "one quarter" of a year
    if tokens[i].lower in ("a", "an") and _lower(tokens, i - 1) in ("first", "second", "the"):
        return None
    return _share(tokens, i, end, value, "fraction")


def _classify(
    ctx: Context,
    start_tok: int,
    num: Number,
    end: int,
    code: str | None,
    value_max: float | None,
    title: bool,
) -> Found | None:
    tokens = ctx.tokens
    n = len(tokens)
    first = tokens[start_tok]

    def make(
        kind: FigureKind,
        unit: str | None,
        last: int,
        *,
        value: float | None = None,
        vmax: float | None = value_max,
        parts: DateParts | None = None,
        qualifier: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> Found:
        q, _ = _qualifier(ctx, start_tok, kind == FigureKind.DURATION)
        return Found(
            first.start,
            tokens[last - 1].end,
            kind,
            num.value if value is None else value,
            unit,
            qualifier=qualifier or q,
            value_max=vmax,
            parts=parts,
            first_token=start_tok,
            last_token=last,
            extra=dict(extra) if extra else {},
        )

    scaled = {"scaled": "1"} if num.scaled else {}
    if code is not None:
        # A currency after the number as well ("US$5 billion dollars") belongs to the span.
        suffix = read_suffix(ctx, end, first.start, scaled=True) if end < n else None
        same = suffix is not None and suffix.code == code and suffix.minor is None
        return make(FigureKind.MONEY, code, suffix.end if same else end, extra=scaled)
    k = end
    if k < n:
        percent = _percent_at(tokens, k)
        if percent is not None:
            return make(FigureKind.PERCENT, percent[0], percent[1])
        if _lower(tokens, k) == "of" and _lower(tokens, k + 1) in ("a", "one"):
            point = _percent_at(tokens, k + 2)
            if point is not None and point[0] == "pp":
                return make(FigureKind.PERCENT, "pp", point[1])  # "0.8 of a percentage point"
        if _lower(tokens, k) in ("point", "points") and _vote_swing(tokens, start_tok):
            return make(FigureKind.PERCENT, "pp", k + 1)
        if (
            _lower(tokens, k) in ("point", "points")
            and (
                _lower(tokens, k + 1) in _LEAD_WORDS
                # "turnout of 61.8 per cent, down 4.2 points on 2019"
                or (
                    _lower(tokens, start_tok - 1) in ("up", "down")
                    and _lower(tokens, k + 1) in ("on", "from", "since")
                    and is_year_digits(tokens[k + 2].text if k + 2 < len(tokens) else "")
                )
            )
            and _share_of_votes(ctx, start_tok)
        ):
            return make(FigureKind.PERCENT, "pp", k + 1)  # a poll's "two points ahead"
        money = _money_after(ctx, k, first.start, num, make)
        if money is not None:
            return money
        if tokens[k].text == "p" and glued(tokens, k):
            return None  # "1080p", "720p": a video format, not pence
        age = age_suffix(tokens, k)
        if age is not None:
            return make(FigureKind.AGE, age[0], age[1])
        duration = _duration_suffix(tokens, k)
        if (
            duration is not None
            and not (_is_year(num) and not glued(tokens, k))
            and not (duration[0] == "quarter" and _lower(tokens, duration[1]) == "of")
        ):
            return make(FigureKind.DURATION, duration[0], duration[1])
        temperature = _temperature_suffix(tokens, k)
        if temperature is not None:
            return make(FigureKind.COUNT, temperature[0], temperature[1])
        measure = _measure_suffix(tokens, k)
        if measure is not None:
            if tokens[k].text == "l" and _race_result(ctx, k):
                measure = "lengths", measure[1]  # "11 ran. 2½l, 4l, nk.": a race's margins
            return make(FigureKind.COUNT, *measure)
        after = past_hyphen(tokens, k)
        if after > k and (unit := HYPHEN_UNITS.get(_lower(tokens, after))) is not None:
            # the home, maybe after one word that says which ("a four-room HDB flat", "a
            # three-bed council house")
            home = _lower(tokens, after + 1)
            which = tokens[after + 1] if after + 1 < n else None
            if home not in DWELLINGS and which is not None and which.is_word:
                home = _lower(tokens, after + 2)
            if (
                unit in ("beds", "rooms")
                and num.value <= 6
                and home in DWELLINGS
                # "a four-bed unit for burns patients": a ward's places, where the
                # sentence says care (but "a three-bed home in Leeds" is a house)
                and not (unit == "beds" and not _CARE.isdisjoint(ctx.sentence_words(start_tok)))
            ):
                return None  # "a three-bed semi", "a five-room flat": a kind of home
            return make(FigureKind.COUNT, unit, after + 1)  # "a 26-mile route"
        if after > k and _lower(tokens, after) == "square":
            # "a 450-square-foot flat", "a 60-square-metre office": an area.
            end_unit = past_hyphen(tokens, after + 1)
            area = AREA_UNITS.get(_lower(tokens, end_unit))
            if end_unit > after + 1 and area is not None:
                return make(FigureKind.COUNT, area, end_unit + 1)
    if _race_distance(ctx, start_tok, num):
        value = num.value / 1e6
        vmax = value_max / 1e6 if value_max is not None else None
        return make(FigureKind.COUNT, "metres", end, value=value, vmax=vmax)
    # "per cent of 22": the percent word written before the number.
    percent_first = _percent_of_before(ctx, start_tok)
    if percent_first is not None and (k >= n or counted_noun(ctx, k) is None):
        found = make(FigureKind.PERCENT, "%", end)
        found.start, found.first_token = tokens[percent_first].start, percent_first
        return found
    # Ages written before the number: "aged 35", "at the age of 35", "who turned 90".
    prev = _lower(tokens, start_tok - 1)
    if age_before(ctx, start_tok, num):
        return make(FigureKind.AGE, "year", end)
    # Decades of life: "in his 50s".
    if (
        k < n
        and tokens[k].lower == "s"
        and glued(tokens, k)
        and (
            prev in ("his", "her", "their", "early", "mid", "late")
            or _decade_of_life_before(tokens, start_tok)
        )
        and num.value in range(10, 100, 10)
    ):
        return make(FigureKind.AGE, "year", k + 1, vmax=num.value + 9)
    if _is_year(num) and not num.words:
        year_found = _year(ctx, start_tok, num, end, value_max, make)
        if year_found is not None:
            return year_found
    elif _early_year(ctx, start_tok, num, end, value_max):
        # "in 1421", "c. 1421", "Bhairarasa I (1471–1509)": a year of history
        return make(FigureKind.DATE, None, end, vmax=value_max,
                    parts=DateParts(year=int(num.value)))
    if prev == "magnitude" and not num.words:
        return make(FigureKind.COUNT, "magnitude", end)  # "a magnitude 6.8 earthquake"
    noun = counted_noun(ctx, k) if k < n else None
    if noun is not None:
        unit, last = noun
        if num.words and num.value == 1 and value_max is None:
            return None
        if (rate_end := _rate_base_end(ctx, last)) is not None:
            # "14.2 cases per 100,000 people": one rate, its base part of the unit
            base = ctx.text[tokens[last].start : tokens[rate_end - 1].end]
            return make(FigureKind.COUNT, f"{unit} {base}", rate_end)
        return make(FigureKind.COUNT, unit, last)
    if (
        (num.scaled or num.integer_digits is not None)
        and _lower(tokens, k) == "of"
        and _lower(tokens, k + 1) in _OWNERS
    ):
        # "buy back up to 50 million of its own shares": a count of what it owns, not an
        # amount in the currency named later in the sentence; "grounded 14 of its Boeing
        # 727 jets": of its things, a few words naming their kind between.
        j = k + 3 if _lower(tokens, k + 2) == "own" else k + 2
        # In whole digits only ("one of its biggest customers" is no tally).
        reach = j + 1 if num.scaled else min(n, j + 4)
        for m in range(j, reach):
            if m < n and _is_plural_noun(tokens[m]) and tokens[m].text.islower():
                return make(FigureKind.COUNT, tokens[m].lower, end)
            if m >= n or not (tokens[m].is_word or tokens[m].is_digits):
                break
            if tokens[m].is_digits and not tokens[m - 1].text[:1].isupper():
                break  # "won 3 of her last 10 races": the whole is the figure, not the part
    age = bare_age(ctx, start_tok, num, end)
    if age is not None:
        return age
    if prev in ("to", "at") and not num.words and _index_before(tokens, start_tok):
        return None  # "the FTSE 100 rose 0.4 percent to 8,245.6": an index's level
    # A bare number: a count when the sentence says what is counted, or when written in digits.
    context_noun = _number_context_noun(ctx, start_tok)
    if context_noun is not None:
        return make(FigureKind.COUNT, context_noun, end)
    if (
        num.words
        and num.value >= 100_000
        and (
            prev == "by"
            # "rose to three million", not "worth close to a million"
            or (prev == "to" and _lower(tokens, start_tok - 2) in _TOTAL_VERBS)
            or (prev == "of" and _lower(tokens, start_tok - 2) in _CHANGE_NOUNS)
        )
    ):
        # "a rise of half a million", "fell by two million": a change's size, in words
        return make(FigureKind.COUNT, None, end)
    if num.words:
        return None
    if num.value < 10 and "." not in tokens[num.start].text and not num.scaled:
        return None  # a lone small number says too little to be a figure
    if prev == "of" and _lower(tokens, start_tok - 2) == "out":
        return None  # "60 marks out of 100": the scale of another figure
    if prev == "per" and not (k < n and tokens[k].text == "-"):
        return None  # "14.1 cases per 100,000": the rate's base (not "per 60-kg sack")
    if (
        k + 1 < n
        and tokens[k].text == "-"
        and glued(tokens, k)
        and glued(tokens, k + 1)
        and tokens[k + 1].lower in _EVENT_LENGTHS
    ):
        return None  # "a 13-match winning run", "a 72-hole total": a run's length
    return make(FigureKind.COUNT, None, end)


# What a run, a series or a total is counted in ("a 13-match winning run", "the 72-hole
# total", "92-octane petrol"): the number describes it and counts nothing news states.
_EVENT_LENGTHS = frozenset({
    "match", "game", "test", "fight", "bout", "hole", "over", "octane", "race", "round",
})  # fmt: skip


# Nouns a year before them dates rather than counts ("below 2019 levels").
_DATED_BY_A_YEAR = frozenset({"level", "levels", "highs", "lows", "peak", "peaks"})
_LEVEL_COMPARED = frozenset({"below", "above", "to", "beyond"})
# What has levels in figures near a year's: "gold near 2050 levels".
_PRICED = frozenset({
    "gold", "silver", "oil", "brent", "crude", "index", "indices", "nifty", "sensex", "dow",
    "ftse", "nasdaq", "s&p", "p", "bitcoin", "ether", "ethereum", "price", "prices", "priced",
    "shares", "stock", "stocks", "points", "spot", "futures", "yield", "yields", "bullion",
    "metal", "palladium", "platinum", "copper", "kospi", "nikkei", "topix", "dax", "cac",
    "cryptocurrency", "traded", "trading",
})


def _year(
    ctx: Context,
    start_tok: int,
    num: Number,
    end: int,
    value_max: float | None,
    make: Callable[..., Found],
) -> Found | None:
    tokens = ctx.tokens
    prev = _lower(tokens, start_tok - 1)
    temporal = prev in _TEMPORAL_PREPS or (
        start_tok > 0 and tokens[start_tok - 1].text in (",", "(", "-", "–")
    )
    noun = counted_noun(ctx, end) if end < len(tokens) else None
    if noun is not None and not temporal:
        # "the 2008 financial crisis", "the 1993 Des Moines flood", "2012 London Olympics":
        # a year before a name, or after a determiner, dates what follows; "2000 workers"
        # with a qualifier ("more than 2000 workers") counts them.
        qualifier, _ = _qualifier(ctx, start_tok, False)
        named = tokens[end].text[0].isupper() and not ctx.in_title_line(tokens[end].start)
        # "Berlin's 2025 budget": a possessive determines the noun as "the" does.
        possessive = prev.endswith(("'s", "’s"))
        # "whose 1958 novel" dates one thing; "whose 2000 members" counts them.
        whose = prev == "whose" and not _is_plural_noun(tokens[end])
        # "still 11% below 2019 levels", "back to pre-pandemic 2019 highs": a year's
        # level is compared with, not a count of levels.
        dated = (
            tokens[end].lower in _DATED_BY_A_YEAR
            and noun[1] == end + 1
            and (prev in _LEVEL_COMPARED or _lower(tokens, start_tok - 3) == "pre")
            # "gold slipped below 2000 levels", "the Nifty surpassed 1950 levels": a
            # price's or an index's level, in a market report
            and not any(
                tokens[j].lower in _PRICED for j in range(max(0, start_tok - 12), start_tok)
            )
        )
        if not dated and (qualifier is not None or not (
            named or possessive or whose or prev in _DETERMINERS
        )):
            return None
    if value_max is not None and not (1800 <= value_max <= 2100):
        return None
    # "2020-21" comes here as 2020 to 2021 (see `_short_second_year`).
    parts = DateParts(year=int(num.value))
    return make(FigureKind.DATE, None, end, vmax=value_max, parts=parts)


# Words before a year of history: "in 1421", "until 1763", "c. 1421", "circa 1250".
_EARLY_YEAR_BEFORE = EARLY_YEAR_WORDS | {"c", "ca"}  # "c", "ca": the stop a token of its own
_NOT_A_YEAR_AFTER = frozenset({
    "of", "on", "gmt", "bst", "utc", "cet", "est", "local", "today",
    "tomorrow", "tonight", "this", "hours", "hrs", "hr", "h", "trading", "version",
    "versions", "form", "territory", "range", "metres", "m", "cc", "points", "pts",
})


def _early_year(
    ctx: Context, start_tok: int, num: Number, end: int, value_max: float | None
) -> bool:
    """Four digits from 1000 to 1799 that a history writes as a year: after "in", "until"
    or "c.", or a reign's or a life's span ("1471–1509"), counting nothing after them
    ("in 1500 homes" counts). Years of news are `_is_year`'s."""
    digits = num.integer_digits
    if digits is None or len(digits) != 4 or num.scaled or not 1000 <= num.value < 1800:
        return False
    if num.value != int(num.value) or "," in ctx.tokens[num.start].text:
        return False
    if end < len(ctx.tokens) and counted_noun(ctx, end) is not None:
        return False
    tokens = ctx.tokens
    # "until 1700 on Sunday", "in 1300 trading", "in 1500 of its stores", "in 1100 and
    # 1400 versions": a time, a session, a count or a size
    after = _lower(tokens, end)
    if after in _NOT_A_YEAR_AFTER or after in WEEKDAYS:
        return False
    if after in ("and", "or", "to") and end + 1 < len(tokens) and tokens[end + 1].is_digits:
        return False  # "in 1500 and 5000", "in 1100 and 1400 versions"
    prev = _lower(tokens, start_tok - 1)
    if prev == "." and _lower(tokens, start_tok - 2) in ("c", "ca"):
        prev = "c."
    if value_max is not None:
        # a span of years: a life's or a reign's in brackets after a name ("Bhairarasa I
        # (1471–1509)", "(c. 1421 – c. 1440)"); not "a narrow band (1450–1480)", "ranged
        # from 1200 to 1300"
        named = prev == "(" and start_tok >= 2 and (
            tokens[start_tok - 2].text[:1].isupper()
            or tokens[start_tok - 2].text == ","
            or ctx.writes_history  # "ruled after him (1371–1402)" in a page of history
        )
        return (
            (prev in _EARLY_YEAR_BEFORE or named)
            and 1000 <= value_max < 1800
            and 0 < value_max - num.value <= 120
        )
    # "Duke of Mirov from 1339 until his death" in a page of history
    return prev in _EARLY_YEAR_BEFORE or (prev == "from" and ctx.writes_history)


def _temperature_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """'40.3C', '-5°C', '104F', '35 degrees Celsius': the scale and the token after it.
    A bare "35 degrees" stays a count of degrees (angles are degrees too)."""
    n = len(tokens)
    j = k
    degree = tokens[j].text == "°" and glued(tokens, j)
    if degree:
        j += 1
    if j < n and tokens[j].text in ("C", "F") and (degree or glued(tokens, j)):
        glued_on = tokens[j + 1] if j + 1 < n and glued(tokens, j + 1) else None
        if glued_on is not None and (glued_on.is_word or glued_on.text == "-"):
            return None  # "4C-rated", "4Cs": a word, not a temperature
        return TEMPERATURE_SCALES[tokens[j].lower], j + 1
    if degree:
        return "°", j
    if tokens[k].lower in ("degrees", "degree") and k + 1 < n:
        scale = TEMPERATURE_SCALES.get(tokens[k + 1].lower)
        if scale is not None and tokens[k + 1].text[0].isupper():
            return scale, k + 2
    return None


def _measure_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """'140km', '35,000 ft', '1.2GW', '187km/h', '480 sq ft', '424 parts per million':
    a unit of measure written as its symbol, and the token index past it."""
    n = len(tokens)
    tok = tokens[k]
    if tok.lower in ("sq", "sq.") and k + 1 < n:
        # "sq" may take its own full stop as a token: "1,850 sq. ft".
        j = k + 2 if tokens[k + 1].text == "." and glued(tokens, k + 1) else k + 1
        area = SQUARE_UNITS.get(_lower(tokens, j))
        return (f"sq {area}", j + 1) if j < n and area is not None else None
    if tok.lower == "parts" and _lower(tokens, k + 1) == "per":
        scale = _lower(tokens, k + 2)
        return (f"parts per {scale}", k + 3) if scale in ("million", "billion") else None
    joined = glued(tokens, k)
    unit = MEASURE_UNITS.get(tok.text) or (GLUED_MEASURE_UNITS.get(tok.text) if joined else None)
    if unit is None:
        return None
    end = k + 1
    if (
        unit in ("km", "ft")
        and end + 1 < n
        and tokens[end].text == "/"
        and glued(tokens, end)
        and glued(tokens, end + 1)
        and tokens[end + 1].lower in ("h", "hr", "s")
    ):
        unit, end = f"{unit}/{'s' if tokens[end + 1].lower == 's' else 'h'}", end + 2
    nxt = tokens[end] if end < n else None
    if nxt is not None and glued(tokens, end) and (nxt.is_word or nxt.is_digits):
        return None  # "5ghz", "4GB2": part of a longer code
    return unit, end


# A horse race's result, where a glued "l" is lengths, not litres: "11 ran", the short
# margins ("nk", "hd") or "Distances:" (not "she ran 42km and drank 5l").
_RACE_MARGINS = frozenset({"distances", "nk", "hd", "shd", "dht"})
_FIELD_RAN = re.compile(r"\b\d{1,2} ran\b")


def _race_result(ctx: Context, k: int) -> bool:
    if not _RACE_MARGINS.isdisjoint(ctx.sentence_words(k)):
        return True
    at = ctx.tokens[k].start
    return _FIELD_RAN.search(ctx.text, max(0, at - 40), at) is not None


def _race_distance(ctx: Context, start_tok: int, num: Number) -> bool:
    """ "the 100m", "the 400m hurdles", "cleared 5.75m": a race's distance or a jump's
    height in metres, not 100 million (which news writes with a currency or a counted
    noun: "4.3m passengers")."""
    tokens = ctx.tokens
    scale = tokens[num.end - 1]
    if not (num.scaled and scale.text == "m" and glued(tokens, num.end - 1)):
        return False
    metres = num.value / 1e6
    before = _lower(tokens, start_tok - 1)
    if (
        before in _FIELD_VERBS
        and 0.5 <= metres <= 120
        and (
            bool(ctx.sentence_words(start_tok) & SPORTS_CUES)
            # centimetres measured: "cleared 5.82m" (millions are rounded to one place)
            or (
                _CENTIMETRES.search(tokens[num.start].text) is not None
                and _lower(tokens, num.end) != "of"  # "cleared 2.45m of debt"
            )
        )
        and (num.end >= len(tokens) or counted_noun(ctx, num.end) is None)
    ):
        return True  # a height or a throw in a sports report: "cleared 5.75m"
    digits = "".join(tokens[num.start].text.replace(",", "").split())
    if num.integer_digits is None and not digits.isdigit():
        return False  # "1500m", "1,500m", "1 500m"; not "4.3m"
    if metres != int(metres) or not 50 <= metres <= 10000:
        return False
    after = _lower(tokens, num.end)
    if after in RACE_WORDS or (after == "world" and _lower(tokens, num.end + 1) in RACE_WORDS):
        return True  # "the 1,500m final", "her own 1,500m world record"
    if after == ":" and ctx.sentence_words(start_tok) & SPORTS_CUES:
        return True  # a results heading: "Varsity match, 10,000m: 1 J Ellis (Cam) 29:58"
    grouped = tokens[num.start].text != digits
    if grouped and not ctx.sentence_words(start_tok) & SPORTS_CUES:
        return False  # "the 1,500m raised": grouped digits are money's unless sport is near
    if counted_noun(ctx, num.end) is not None if num.end < len(tokens) else False:
        return False  # "4.3m passengers"
    if (
        before in ("and", "or")
        and start_tok >= 3
        and tokens[start_tok - 2].text == "m"
        and glued(tokens, start_tok - 2)
        and tokens[start_tok - 3].is_digits
    ):
        return True  # "the 800m and 1,500m double": a second distance after the first
    # "the 100m", "a tactical 1500m", "won the men's 400m".
    return before in ("the", "a", "men's", "women's") or (
        _lower(tokens, start_tok - 2) in ("the", "a") and before.isalpha() and before.islower()
    )


_CENTIMETRES = re.compile(r"\.\d\d$")
# Verbs that give a height, a length or a throw in metres ("cleared 5.75m").
_FIELD_VERBS = frozenset({
    "cleared", "clears", "jumped", "jumps", "leapt", "leaped", "threw", "throws", "hurled",
    "vaulted", "launched",
})  # fmt: skip


def _duration_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    n = len(tokens)
    j = k
    hyphen = False
    if j < n and tokens[j].text == "-" and glued(tokens, j):
        j += 1
        hyphen = True
    if (
        j < n
        and not hyphen
        and tokens[j].text in ABBREVIATED_DURATIONS
        and (glued(tokens, j) or tokens[j].text == "secs")
    ):
        return ABBREVIATED_DURATIONS[tokens[j].text], j + 1
    if j < n and tokens[j].lower in DURATION_UNITS:
        if hyphen and not glued(tokens, j):
            return None
        word = tokens[j].lower
        if word in ("second",) and not hyphen:
            return None  # "2 second" is rarely a duration; "2 seconds" is
        if (
            hyphen
            and word == "day"
            and k > 0
            and tokens[k - 1].lower in ("one", "1")
            and j + 1 < n
            and tokens[j + 1].lower in _ONE_DAY_FORMAT
        ):
            return None  # "his 11th one-day century": cricket's format, not a day
        return DURATION_UNITS[word], j + 1
    return None


# What "one-day" names in cricket: the 50-over game, not the length of anything.
_ONE_DAY_FORMAT = frozenset({
    "international", "internationals", "century", "centuries", "hundred", "series", "cup",
    "side", "squad", "team", "format", "cricket", "game", "games", "match", "matches",
    "debut", "captain", "captaincy", "career",
})  # fmt: skip


def _money_after(
    ctx: Context, k: int, at: int, num: Number, make: Callable[..., Found]
) -> Found | None:
    """A currency after the number at token k ("5 euros", "15 €", "12 pence"), or joined
    to it by a hyphen as an adjective ("a 15-cent dividend", "a 500-euro fine")."""
    tokens = ctx.tokens
    suffix = read_suffix(ctx, k, at, scaled=num.scaled)
    if suffix is None and tokens[k].text == "-" and glued(tokens, k) and glued(tokens, k + 1):
        suffix = read_suffix(ctx, k + 1, at, scaled=num.scaled)
        if suffix is not None and (suffix.end != k + 2 or not _hyphen_money_ok(ctx, suffix)):
            suffix = None
    if suffix is None:
        return None
    if suffix.minor is None:
        return make(FigureKind.MONEY, suffix.code, suffix.end,
                    extra={"scaled": "1"} if num.scaled else None)
    # Counted in minor units ("12 pence"): the value is in major units; the count is kept
    # for a compound ("3 dollars 50 cents"), the unit word for `settle_minor_units`.
    found = make(
        FigureKind.MONEY, suffix.code, suffix.end, value=minor_value(num.value, suffix.per)
    )
    found.extra.update(minor=suffix.minor, count=repr(num.value))
    if suffix.per != 100:
        found.extra["per"] = str(suffix.per)
    if suffix.explicit:
        found.extra["explicit"] = "1"
    if found.value_max is not None:
        found.value_max = minor_value(found.value_max, suffix.per)
    return found


def _hyphen_money_ok(ctx: Context, suffix: Suffix) -> bool:
    """'a 10-pound bag' weighs; 'a 10-pound note' pays: a hyphenated pound needs
    British money named in the article."""
    return suffix.minor is not None or suffix.code != "GBP" or ctx.cues.has("GBP")

