"""Ages: how a number is told to be someone's age, and whose age it is.

"the 80-year-old pianist", "a man aged 32", "John Smith, 45,", "Maria Lopez (29)",
"Ms Patel, who is 38,", "who turned 90", "in her 30s", "at just 29" near words
about a life. The person is the noun the age describes, or the name it stands by.
"""

from __future__ import annotations

import re

from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.lexicon import (
    CLUB_MARKERS,
    DEMONYMS,
    FACILITY_MARKERS,
    HONORIFIC_SEX,
    KIN_NOUNS,
    NORP_WORDS,
    ORG_MARKERS,
    TITLES,
)
from reader.extract.entities.wordlists import (
    given_name_sex,
    is_given_name,
    mostly_lower_case,
    name_strength,
)
from reader.extract.figures.context import Context, Found
from reader.extract.figures.lexicon import (
    AGE_CUES,
    COMMON_CAPITALISED,
    DURATION_UNITS,
    MONTHS,
    PERSON_NOUNS,
    UNITS_WORDS,
    WEEKDAYS,
)
from reader.extract.figures.numbers import Number, Token, glued
from reader.extract.model import FigureKind

AGE_WORDS = {"aged", "age", "ages"}
_PERSON_CUES = {"said", "says", "told", "he", "she", "his", "her", "who", "himself", "herself"}
_COPULAS = {"is", "was", "turned", "turns", "turning"}
_CLAUSE_END = {",", ".", ";", ")", "and", "when", "—", "–", "last", "this", "on", "in"}
_PERSON_SUFFIXES = ("ist", "ian", "ess", "er", "or")
# Jobs no suffix gives away, read as people only just before an age in apposition ("a
# former bank clerk, 41,"): elsewhere they qualify other nouns ("assistant coach") or are
# verbs ("cooks for 200 guests").
_JOBS_IN_APPOSITION = frozenset({
    "clerk", "agent", "guard", "cook", "maid", "nanny", "mechanic", "pilot", "tenant",
    "landlord", "landlady", "merchant", "accountant", "consultant", "assistant", "attendant",
    "servant", "employee", "surgeon", "midwife", "housewife", "medic", "inmate", "convict",
    "sergeant", "apprentice", "trainee", "migrant", "refugee",
})  # fmt: skip
_LIFE_VERBS = {"died", "dies", "retired", "retires", "married", "marries",
               "became", "becomes", "joined", "started", "began", "debuted"}  # fmt: skip
_INTRODUCERS = {"aged", "age", "ages", "the", "of", "at", "just", "only", "in", "his", "her",
                "their", "who", "is", "was", "turned", "turns", ",", "(", "and", "early", "mid",
                "late"}  # fmt: skip
# Words of a limit before an age, skipped only after an age word or a person noun ("aged
# over 60", "children under five"; not "most of them over the age of 75").
_AGE_LIMITS = {"over", "under", "between"}
_NOT_PEOPLE = {"number", "order", "other", "after", "over", "under", "water", "matter",
               "quarter", "member", "center", "centre", "power", "paper", "letter", "corner",
               "border", "summer", "winter", "october", "november", "december", "september",
               "never", "ever", "however", "whether", "either", "neither", "together",
               "rather", "further", "former", "latter", "major", "minor", "sector", "factor",
               "floor", "door", "river", "tower", "error", "manner", "dinner",
               "counter"}  # fmt: skip


def age_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """'-year-old', ' years old', '-month-old' after a number -> (unit, end)."""
    n = len(tokens)
    j = k
    if j < n and tokens[j].text == "-" and glued(tokens, j):
        j += 1
    if j < n and tokens[j].lower in ("year", "years", "month", "months", "week", "weeks"):
        unit = DURATION_UNITS[tokens[j].lower]
        m = j + 1
        hyphen_old = m + 1 < n and tokens[m].text == "-" and glued(tokens, m)
        if hyphen_old and tokens[m + 1].lower == "old":
            return unit, m + 2
        if m < n and tokens[m].lower == "old" and not glued(tokens, m):
            return unit, m + 1
        if m + 1 < n and tokens[m].lower == "of" and tokens[m + 1].lower == "age":
            return unit, j + 1
    return None


# A young person, whose age in apposition may be under 15 ("a third boy, 14, was cleared").
_YOUNG_PERSON = frozenset({
    "boy", "girl", "child", "son", "daughter", "teenager", "youngster", "pupil", "schoolboy",
    "schoolgirl", "brother", "sister", "baby", "toddler", "victim", "youth",
})  # fmt: skip

# People whose age "of" gives: "a boy of 12", "a man of 45", and what may follow it.
_PERSON_OF_AGE = frozenset({"boy", "girl", "man", "woman", "child", "youth", "pensioner"})
_AFTER_AN_AGE = frozenset({
    "was", "is", "who", "and", "from", "had", "has", "died", "were", "with", "in", "on",
})  # fmt: skip

# Groups named by an age limit after "under" or "over".
_YOUNG_PEOPLE = frozenset({"children", "kids", "babies", "infants", "pupils", "toddlers"})


def age_before(ctx: Context, start_tok: int, num: Number) -> bool:
    """'aged 35', 'at the age of 35', 'aged 19 and 22' (the second), 'who turned 90'."""
    prev = ctx.lower(start_tok - 1)
    if num.value > 130 or (num.words and num.value <= 1):
        return False
    if prev in AGE_WORDS or (prev == "of" and ctx.lower(start_tok - 2) == "age"):
        return True
    if (
        prev == "of"
        and ctx.lower(start_tok - 2) in _PERSON_OF_AGE
        and not num.words
        and 1 <= num.value <= 110
        and (
            num.end >= len(ctx.tokens)
            or not ctx.tokens[num.end].is_word
            or ctx.tokens[num.end].lower in _AFTER_AN_AGE
        )
    ):
        return True  # "a boy of 12,", "a woman of 80 was": not "a man of 45 stone"
    if prev in _AGE_LIMITS and ctx.lower(start_tok - 2) in AGE_WORDS:
        return True  # "aged between 16 and 24", "most of them aged over 60"
    if prev in ("turned", "turns", "turning") and not num.words:
        return bool(ctx.sentence_words(start_tok) & (_PERSON_CUES | AGE_CUES)) or (
            _person_before(ctx, start_tok - 1) is not None
        )
    if (
        prev in ("under", "over")
        and num.value <= 18
        and ctx.lower(start_tok - 2) in _YOUNG_PEOPLE
        and not (num.end < len(ctx.tokens) and ctx.tokens[num.end].lower in DURATION_UNITS)
    ):
        return True  # "children under five", "pupils over 11": the group's ages
    # "aged 19 and 22", "aged 19, 20 and 22": the later numbers share the first one's reading.
    if prev == "to":
        return ctx.tokens[start_tok - 2].is_digits and ctx.lower(start_tok - 3) in AGE_WORDS
    if prev == "," and not _list_goes_on(ctx, num.end):
        return False  # "died aged 85, 20 years after": no list
    return prev in ("and", "or", ",") and _listed_after_age_word(ctx, start_tok - 2)


def _listed_after_age_word(ctx: Context, j: int) -> bool:
    """True when token j ends a list of numbers that "aged" opens ("aged 19, 20")."""
    tokens = ctx.tokens
    while j >= 1 and tokens[j].is_digits:
        if ctx.lower(j - 1) in AGE_WORDS:
            return True
        if tokens[j - 1].text != ",":
            return False
        j -= 2
    return False


def _listed_pairs(ctx: Context, start_tok: int, end: int) -> bool:
    """Whether "Name, N," stands in a list of such pairs or after a colon: "Titles won:
    Lewis Hamilton, 7, Michael Schumacher, 7"."""
    tokens = ctx.tokens
    lo = _sentence_start(ctx, start_tok, 40)
    if any(t.text == ":" for t in tokens[lo:start_tok]):
        return True
    k = end + 1
    # (past an initial's stop: "Emma T., 21, Lucy P., 18")
    while k < min(len(tokens), end + 6) and (_capital(tokens[k]) or _initialled(tokens, k)):
        k += 1
    return k > end + 1 and k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].is_digits


_STREET_WORDS = frozenset({"Street", "Road", "Avenue", "Lane", "Square", "Place", "Drive"})


def _list_goes_on(ctx: Context, k: int) -> bool:
    """True when a number at token k is followed by another of its list (", 22", "and 22")."""
    tokens = ctx.tokens
    return k + 1 < len(tokens) and ctx.lower(k) in (",", "and", "or") and tokens[k + 1].is_digits


# Words of a sentence whose "Name, 89." is a score, not an age.
_SCORING = frozenset({
    "scorer", "scorers", "scored", "scoring", "goal", "goals", "runs", "wickets", "tries",
})  # fmt: skip


def bare_age(ctx: Context, start_tok: int, num: Number, end: int) -> Found | None:
    """A bare number that is an age: 'Lei Jun, 52, said', 'Maria Lopez (29)',
    'Ms Patel, who is 38,', 'Ellen Hart, is 104.', 'became chief at just 29'."""
    tokens = ctx.tokens
    n = len(tokens)
    if num.words or num.integer_digits is None or not 1 <= num.value <= 120:
        return None
    nxt = tokens[end].text if end < n else "."
    found = Found(
        tokens[start_tok].start,
        tokens[end - 1].end,
        FigureKind.AGE,
        num.value,
        "year",
        first_token=start_tok,
        last_token=end,
    )
    # Appositive: "Name, 52," / "Name (52)" / "the driver, 24," / "a third boy, 14,".
    if start_tok >= 2 and (
        num.value >= 15
        or tokens[start_tok - 2].lower in _YOUNG_PERSON
        # "Emma Lindqvist, 12, of Dover Township": a child's full name (not a record,
        # "Chicago Bears, 7-9,", a list's "Lewis Hamilton, 7, Michael Schumacher, 7," or
        # a street's number)
        or (
            start_tok >= 3
            and end == start_tok + 1
            and nxt == ","
            and not _listed_pairs(ctx, start_tok, end)
            and tokens[start_tok - 2].text not in _STREET_WORDS
            and _capital(tokens[start_tok - 2])
            and _capital(tokens[start_tok - 3])
            and is_given_name(tokens[start_tok - 3].text)
        )
    ):
        before = tokens[start_tok - 1].text
        name = tokens[start_tok - 2]
        bracketed = (before == "," and nxt == ",") or (before == "(" and nxt == ")")
        person = (
            (name.is_word and name.text[0].isupper())
            or _name_tail(ctx, start_tok - 2)  # "Chan Ka-wai, 27,"
            or is_person_noun(name.lower)
            or name.lower in _JOBS_IN_APPOSITION
            or bool(ctx.sentence_words(start_tok) & _PERSON_CUES)
        )
        if bracketed and name.is_word and name.lower not in _CLAUSE_END and person:
            return found
        # "..., said Dr Ann Lee, 52.": a full name's apposition that ends the sentence.
        first = tokens[start_tok - 3] if start_tok >= 3 else None
        if (
            before == ","
            and nxt == "."
            and not (end + 1 < n and tokens[end + 1].is_digits)
            and name.is_word
            and name.text[0].isupper()
            and first is not None
            and first.is_word
            and first.text[0].isupper()
            and not ctx.sentence_initial(start_tok - 3)
            # "ridden by Danny Kealy, 32.": a given name says it is a person's too, where
            # the sentence does not score ("Top scorer was Joe Root, 89.")
            and (
                bool(ctx.sentence_words(start_tok) & _PERSON_CUES)
                or (is_given_name(first.text) and not ctx.sentence_words(start_tok) & _SCORING)
            )
        ):
            return found
    if (
        start_tok >= 4
        and nxt == ","
        and tokens[start_tok - 1].text == ","
        and _initialled(tokens, start_tok - 2)
        and not _listed_pairs(ctx, start_tok, end)  # "Emma T., 21, Lucy P., 18,": scores
        and _capital(tokens[start_tok - 4])
        and is_given_name(tokens[start_tok - 4].text)
        and num.value >= 2
    ):
        # "Tomasz K., 44,": a name cut to its initial, as papers of several countries
        # write the accused's and private people's.
        return found
    prev = ctx.lower(start_tok - 1)
    # "Paddy Ashdown is 70", "Ms Patel, who is 38,", "Ellen Hart, is 104.", "she was 41":
    # a copula whose subject is a person, the number ending the clause.
    decimal = nxt == "." and end + 1 < n and tokens[end + 1].is_digits  # "6 . 5 %"
    if prev in _COPULAS and nxt in _CLAUSE_END and num.value >= 2 and not decimal:
        j = start_tok - 2
        while ctx.lower(j) in ("and", "now", "still", "just", "only", "already", "who", ","):
            j -= 1
        if j >= 2 and tokens[j - 1].text == "-" and glued(tokens, j) and glued(tokens, j - 1):
            j -= 2  # "Lee Seo-yeon was 27 when she founded it": the name's first part
        if j >= 0 and (
            ctx.lower(j) in ("he", "she")
            or _is_name_word(ctx, j)
            or is_person_noun(ctx.lower(j))
            or _superlative_subject(ctx, j)
        ):
            return found
    j = start_tok - 1
    if j >= 0 and tokens[j].lower in _AT_QUALIFIERS:
        found.qualifier = tokens[j].lower
        j -= 1
    if _at_an_age(ctx, j, start_tok, end):
        return found
    if (
        j >= 0
        and nxt == ","
        and 15 <= num.value <= 110
        and end + 1 < n
        # "Now 41, she controls ...", "Still working at 81, Giuseppe Lanza has cut ...":
        # the phrase opens its sentence and a person follows it.
        and (
            (tokens[j].lower == "now" and ctx.sentence_initial(j))
            or (
                tokens[j].lower == "at"
                and j > 1
                and tokens[j - 1].lower.endswith("ing")
                and tokens[j - 2].lower == "still"  # not "Polling at 45, Kamala Harris"
            )
        )
        and (
            ctx.lower(end + 1) in ("he", "she")
            or (_is_name_word(ctx, end + 1) and is_given_name(tokens[end + 1].text))
        )
    ):
        return found
    return None


_SUPERLATIVES = frozenset({"youngest", "oldest", "eldest"})


def _superlative_subject(ctx: Context, j: int) -> bool:
    """Whether the subject ending at token j is the youngest or the oldest of a group:
    "the youngest was 13", "the oldest victim in the village is 94"."""
    for k in range(j, max(-1, j - 7), -1):
        if ctx.tokens[k].text in (",", ";", ".", ":"):
            return False
        if ctx.lower(k) in _SUPERLATIVES:
            # bare, or of people: not "the oldest of the stations is 12"
            return k == j or any(is_person_noun(ctx.lower(i)) for i in range(k + 1, j + 1))
    return False


def _initialled(tokens: list[Token], j: int) -> bool:
    """Token j is the full stop of a surname cut to its initial ("Tomasz K.")."""
    return (
        j >= 1
        and tokens[j].text == "."
        and len(tokens[j - 1].text) == 1
        and tokens[j - 1].text.isupper()
        and glued(tokens, j)
    )


# Words between "at" and an age: "at just 29".
_AT_QUALIFIERS = ("just", "only", "barely")
# Words that stand for a person: "made her debut at 12", "They married at 19".
_PERSON_WORDS = frozenset({"he", "she", "i", "we", "they", "who", "his", "her", "their"})
# How far around "at" a person is looked for, in tokens.
_PERSON_REACH = 40


def _at_an_age(ctx: Context, at: int, start_tok: int, end: int) -> bool:
    """ "became chief at just 29", "At 34, Adebayo is the youngest", "made her debut at
    12": "at" (token `at`) before the number, which ends its clause, in a sentence that
    speaks of ages; under 13, a clock's hours too, only with a person in the sentence
    (not "The show started at 9")."""
    tokens = ctx.tokens
    nxt = tokens[end].text if end < len(tokens) else "."
    if ctx.lower(at) != "at" or nxt not in (",", ".", ";", ")", "and", "when", "—", "–"):
        return False
    if not ctx.sentence_words(start_tok) & AGE_CUES:
        return False
    if ctx.tokens[start_tok].text.isdigit() and int(ctx.tokens[start_tok].text) >= 13:
        return True
    first = at
    while first > max(0, at - _PERSON_REACH) and not ctx.sentence_initial(first):
        first -= 1
    last = end
    while last < min(len(tokens), end + _PERSON_REACH) and not ctx.sentence_initial(last):
        last += 1
    return any(
        ctx.lower(i) in _PERSON_WORDS or is_person_noun(ctx.lower(i)) or _is_name_word(ctx, i)
        for i in (*range(first, at), *range(end, last))
    )


def is_person_noun(word: str) -> bool:
    """A noun for a person: a known one ("woman", "driver"), or an agent ("pianist")."""
    if word in PERSON_NOUNS:
        return True
    if word.endswith("s") and not word.endswith("ss") and is_person_noun(word[:-1]):
        return True  # "Drivers aged 17 to 20", "pupils aged 11"
    return len(word) > 4 and word.endswith(_PERSON_SUFFIXES) and word not in _NOT_PEOPLE


def _is_name_word(ctx: Context, i: int) -> bool:
    tok = ctx.tokens[i]
    if not (tok.is_word and tok.text[0].isupper()) or tok.lower in COMMON_CAPITALISED:
        return False
    if tok.lower in MONTHS or tok.lower in WEEKDAYS or (tok.text.isupper() and len(tok.text) > 1):
        return False  # "Monday 9 January", "GW 31", "WE WAS 13"
    # A capital that opens the sentence names someone only with a capital beside it.
    if ctx.sentence_initial(i):
        if i + 2 < len(ctx.tokens) and _joins_name(ctx, i + 1):
            return _capital(ctx.tokens[i + 2])  # "Jean-Pierre Kasereka, 41,"
        if i + 2 < len(ctx.tokens) and ctx.lower(i + 1) in _PARTICLES:
            return _joins_name(ctx, i + 2)  # "Hassan al-Amiri, 46,"
        return i + 1 < len(ctx.tokens) and _capital(ctx.tokens[i + 1])
    return True


# Prepositions that make the name after them a place: "died in Boston aged 82".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})


def _place_preposition(ctx: Context, j: int, lo: int) -> int | None:
    """Where the preposition before the name ending at token j is, when it places it
    (a full name opening with a given name is a person's)."""
    first = j
    while first > lo and _is_name_word(ctx, first - 1):
        first -= 1
    before = first - 1
    if before <= lo or ctx.tokens[before].lower not in _PLACE_PREPOSITIONS:
        return None
    words = " ".join(t.text for t in ctx.tokens[first : j + 1])
    # "Sarah Hughes" is a person, "Milton Keynes" a place that opens with a given name.
    person = first < j and is_given_name(ctx.tokens[first].text) and not known_place(words)
    return None if person else before


def _capital(tok: Token) -> bool:
    return tok.is_word and tok.text[0].isupper()


def _name_at(ctx: Context, j: int, lo: int) -> str | None:
    """The name whose last word is token j ("Tom Reed", "Ms Patel", "Chan Ka-wai"), none
    before `lo`."""
    first = j
    if j - 2 >= lo and _name_tail(ctx, j):
        first = j - 2
    elif not _is_name_word(ctx, j):
        return None
    while first > lo:
        if _is_name_word(ctx, first - 1):
            first -= 1
        elif first - 2 >= lo and (
            ctx.initial_stop(first - 1)
            or (
                _joins_name(ctx, first - 1)
                and (_is_name_word(ctx, first - 2) or ctx.lower(first - 2) in _PARTICLES)
            )
        ):
            first -= 2  # "Michael J. Stack", "Vogt-Ramírez": back past the stop or hyphen
        else:
            break
    return _bare_name(ctx, first, j)


# Lower-case words a hyphen joins to a surname: "Hassan al-Amiri", "Fatima el-Sayed".
_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "abu", "abd", "ben"})


def _joins_name(ctx: Context, i: int) -> bool:
    """Token i joins two words of one name: an initial's full stop, a hyphen glued on
    both sides ("Vogt-Ramírez")."""
    if ctx.tokens[i].text == "-":
        return glued(ctx.tokens, i) and glued(ctx.tokens, i + 1)
    return ctx.initial_stop(i)


_DASHES = frozenset({"-", "–", "—"})
# Words a hyphen joins to a name that make it a modifier, not part of the name:
# "a Smith-led panel", "London-based".
_COMPOUND_TAILS = frozenset({
    "led", "based", "born", "era", "style", "owned", "run", "backed", "linked", "made",
    "like", "type", "class", "free", "bound", "wide", "funded", "controlled", "inspired",
    "themed", "speaking", "dominated", "held", "affiliated", "registered", "listed",
})  # fmt: skip


def _name_tail(ctx: Context, i: int) -> bool:
    """Token i is the lower-case end of a hyphenated given name ("Chan Ka-wai", "Leung
    Chun-ying"), joined to a name word before it."""
    tok = ctx.tokens[i]
    return (
        i >= 2
        and tok.is_word
        and tok.text.islower()
        and tok.lower not in _COMPOUND_TAILS
        and _joins_name(ctx, i - 1)
        and _is_name_word(ctx, i - 2)
    )


def _lower_at(tokens: list[Token], i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def _sentence_start(ctx: Context, i: int, window: int) -> int:
    """Where token i's sentence starts, within `window` tokens; a wire dateline ("PARIS,
    Dec 13 (Reuters) -") is not part of it, nor a line before it (a byline, a stamp)."""
    tokens = ctx.tokens
    if _dateline_end(tokens, i):
        return i + 1  # the sentence starts after token i
    lo = i
    while lo > 0 and i - lo < window and (
        tokens[lo - 1].text not in (".", "!", "?", ";") or ctx.short_stop(lo - 1)
    ):
        if _dateline_end(tokens, lo - 1) or "\n" in ctx.text[tokens[lo - 1].end : tokens[lo].start]:
            break
        lo -= 1
    return lo


def _dateline_end(tokens: list[Token], i: int) -> bool:
    """Token i is the dash after "(Reuters)" that ends a wire dateline."""
    return tokens[i].text in _DASHES and i > 0 and tokens[i - 1].text == ")"


def _person_before(ctx: Context, i: int, window: int = 12) -> tuple[str, bool] | None:
    """The person nearest before token i in its sentence -> (words, is a name)."""
    lo = _sentence_start(ctx, i, window)
    noun: str | None = None
    for j in range(i, lo - 1, -1):
        name = _name_at(ctx, j, lo)
        if name is not None:
            return name, True
        if noun is None and ctx.tokens[j].is_word and is_person_noun(ctx.tokens[j].lower):
            noun = ctx.tokens[j].text
    return (noun, False) if noun is not None else None


def _clause_subject(ctx: Context, i: int) -> str | None:
    """Who the sentence is about, up to token i: its first name ("Tom Reed became chief
    executive at 41"), else the person noun nearest before ("the singer died aged 87")."""
    lo = _sentence_start(ctx, i, 30)
    for j, last in _name_runs(ctx, lo, i):
        if j == last and known_place(ctx.tokens[j].text) and _lower_at(ctx.tokens, j + 1):
            continue  # "A Munich court sentenced Klaus Brandt": a place's name as a word
        return _bare_name(ctx, j, last)
    for j in range(i, lo - 1, -1):
        if ctx.tokens[j].is_word and is_person_noun(ctx.tokens[j].lower):
            return ctx.tokens[j].text
    return None


def _name_runs(ctx: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of name words in tokens lo..hi, as (first, last) token indexes."""
    runs: list[tuple[int, int]] = []
    j = lo
    while j <= hi:
        if _is_name_word(ctx, j):
            last = j
            while True:
                if last + 1 <= hi and _is_name_word(ctx, last + 1):
                    last += 1
                elif last + 2 <= hi and _joins_name(ctx, last + 1) and (
                    _is_name_word(ctx, last + 2) or _name_tail(ctx, last + 2)
                ):
                    last += 2  # "Harold J. Whitcombe", "Anneliese Vogt-Ramírez", "Ka-wai"
                else:
                    break
            runs.append((j, last))
            j = last
        j += 1
    return runs


def _bare_name(ctx: Context, j: int, last: int) -> str:
    """ "Designer Ritika Sehgal's" -> "Ritika Sehgal", "Newry's Pádraig Ó Flaithearta"
    -> "Pádraig Ó Flaithearta": without a role that opens the sentence before a full
    name, a nationality, a possessive before it (a place, a club) or the possessive after."""
    tokens = ctx.tokens
    if (
        last - j >= 2
        and ctx.sentence_initial(j)
        and is_person_noun(tokens[j].lower)
        # "Tyler J. Vukovich", "Okafor-Reid": a name's first word, no "Designer Ritika ..."
        and not (is_given_name(tokens[j].text) and len(tokens[j + 1].text) == 1)
        and not _joins_name(ctx, j + 1)
    ):
        j += 1
    if last - j >= 2 and tokens[j].text in DEMONYMS and is_given_name(tokens[j + 1].text):
        j += 1  # "Argentine Diego Ferraro"
    if last - j >= 2 and ctx.text.startswith(("'s", "’s"), tokens[j].end - 2):
        j += 1
    return re.sub(r"['’]s$", "", ctx.text[tokens[j].start : tokens[last].end])


def _person_after(ctx: Context, k: int) -> str | None:
    """'the 80-year-old pianist' -> 'pianist'; 'a 30-year-old British woman' -> 'British woman'."""
    tokens = ctx.tokens
    if k < len(tokens) and (tokens[k].lower in _NOT_DESCRIBED or _verb_at(tokens, k)):
        return None  # "The 38-year-old said ...": the age stands for the person
    words: list[Token] = []
    for j in range(k, min(k + 3, len(tokens))):
        tok = tokens[j]
        if not tok.is_word or (
            tok.lower in COMMON_CAPITALISED
            # "the 18-year-old top candidate": an everyday word before the person's noun
            and not (
                j + 1 < len(tokens)
                and tok.lower not in _NOT_DESCRIBED
                and tok.lower not in _NOT_ADJECTIVES
                and tokens[j + 1].text.islower()
                and is_person_noun(tokens[j + 1].lower)
            )
        ):
            break
        words.append(tok)
        if (is_person_noun(tok.lower) and not _demonym_before_noun(tokens, j)) or (
            j > k and _demonym_before_noun(tokens, j - 1)
        ):
            return ctx.text[words[0].start : tok.end]
    if words and _capital(words[0]):
        last = 0
        while last + 1 < len(words) and _capital(words[last + 1]):
            last += 1
        return ctx.text[words[0].start : words[last].end]
    return words[0].text if words else None


def _demonym_before_noun(tokens: list[Token], j: int) -> bool:
    """ "Asian" in "a 34-year-old Asian man", "Nigerian" in "a Nigerian national": a
    people's name (in "-ian" like "musician") describing the person noun after it."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        tokens[j].text in DEMONYMS
        and nxt is not None
        and nxt.text.islower()
        and (is_person_noun(nxt.lower) or nxt.lower in ("national", "nationals"))
    )


# Words after "the 38-year-old" that show it names a person rather than describing the
# noun after it.
_NOT_DESCRIBED = frozenset({
    "said", "says", "told", "added", "was", "is", "has", "had", "will", "would", "could",
    "who", "whose", "and", "but", "also", "now", "then", "from", "with", "in", "on", "at",
    "to", "of", "for", "as", "joined", "won", "became", "admitted", "denied",
})  # fmt: skip


# Everyday words that do not describe the noun after them ("a 90-year-old downtown that
# residents restored").
_NOT_ADJECTIVES = frozenset({"a", "an", "the", "that", "which", "whom", "than", "this", "these"})


# Words that follow a verb, not a noun, after "the 51-year-old leaves": its object or a
# preposition ("leaves with the club", "joins from Hull", "faces a ban").
_AFTER_A_VERB = frozenset({
    "with", "from", "for", "to", "the", "a", "an", "his", "her", "their", "its", "on", "in",
    "at", "after", "as", "up", "out", "back", "into",
})  # fmt: skip


# Common irregular past forms ("The 25-year-old struck seven sixes").
_PAST_FORMS = frozenset({
    "struck", "hit", "took", "made", "won", "lost", "left", "led", "ran", "got", "gave",
    "went", "came", "broke", "beat", "threw", "kept", "held", "fell", "spent", "began",
    "built", "caught", "sold", "bought", "brought", "drove", "wrote", "saw", "met", "paid",
    "shot", "swam", "rode", "sank", "stole", "fled", "flew", "fought",
})  # fmt: skip
# Words a verb in -ed takes after it and a noun never follows as ("pleaded guilty").
_ADVERBS = frozenset({"guilty", "twice", "home", "off", "down", "away", "out", "again"})


def _verb_at(tokens: list[Token], k: int) -> bool:
    """Whether token k reads as a verb: in the present ("leaves", "joins", "faces"), a
    word in -s that names no person, then an object or a preposition; in the past
    ("struck seven sixes", "scored twice"), a common past form, or one in -ed that no
    noun follows ("the 40-year-old married mother" describes her)."""
    word = tokens[k].lower
    if not tokens[k].is_word or is_person_noun(word) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.text == "-" and glued(tokens, k + 1):
        return False  # "the 24-year-old left-hander"
    if word in _PAST_FORMS:
        return True
    if word.endswith("ed") and len(word) > 4:
        # "clocked 7.89 seconds", "pleaded guilty", "jumped with": an object, an adverb or
        # a preposition; not a noun ("a retired bus driver", "a painted temple").
        return (
            nxt.is_digits
            or nxt.lower in _AFTER_A_VERB
            or nxt.lower in UNITS_WORDS
            or nxt.lower in _ADVERBS
            or (len(nxt.lower) > 4 and nxt.lower.endswith("ly"))
        )
    return word.endswith("s") and not word.endswith("ss") and nxt.lower in _AFTER_A_VERB


def _apposed_name(ctx: Context, k: int) -> str | None:
    """The name set off by commas after a noun ending at token k: "its 87-year-old owner,
    Lady Anne Crofton, has ..." -> "Lady Anne Crofton"; or right after it, a full name
    opening with a given name ("the 28-year-old striker Dean Morrow scoring")."""
    tokens = ctx.tokens
    if (
        k + 2 < len(tokens)
        and _capital(tokens[k + 1])
        and _capital(tokens[k + 2])
        and is_given_name(tokens[k + 1].text)
    ):
        last = k + 2
        while last + 1 < len(tokens) and _is_name_word(ctx, last + 1):
            last += 1
        return _bare_name(ctx, k + 1, last)
    if k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return None
    first = k + 2
    last = first
    if not _is_name_word(ctx, first):
        return None
    while last + 1 < len(tokens) and _is_name_word(ctx, last + 1):
        last += 1
    if last == first or last + 1 >= len(tokens) or tokens[last + 1].text not in (",", "."):
        return None  # one word is no full name ("owner, Smith,"); nor a list's start
    return _bare_name(ctx, first, last)


# A side or a body as British news writes it: "Manchester United have signed".
_PLURAL_VERBS = frozenset({"have", "are", "were", "say"})

# Verbs of an attribution after a quotation: '"...," said the 22-year-old'.
_SAID = frozenset({"said", "says", "added", "adds", "admitted", "explained", "insisted"})


def _previous_subject(ctx: Context, i: int, window: int = 40) -> str | None:
    """Who the sentence before the one at token i is about ("Olympique Lyonnais sacked
    coach Laurent Morvan. The 51-year-old ..."): a name after a role ("coach"), else
    the name that opens it ("Emeka Nwachukwu became ..."); None when it opens with none."""
    tokens = ctx.tokens
    lo = _sentence_start(ctx, i, 30)
    end = lo - 2  # the sentence before ends at its stop, token lo - 1
    if lo >= 3 and tokens[lo - 1].text in _CLOSING_MARKS and tokens[lo - 2].text in ".!?":
        # 'Rachel Danvers-Hale said: "... since 2007."' then "On the job cuts, the
        # 52-year-old ...": the sentence that opened the quotation, up to its mark.
        opening = next(
            (j for j in range(lo - 3, max(0, lo - 200), -1) if tokens[j].text in _OPENING_MARKS),
            None,
        )
        if opening is None or opening < 1:
            return None
        end = opening - 1
    elif lo < 2 or tokens[lo - 1].text not in (".", "!", "?"):
        return None  # no full sentence just before: a headline, a dateline, a new line
    start = _sentence_start(ctx, end, window)
    while start < end and tokens[start].text in _DASHES:
        start += 1  # "MACON, Ga. — Cornelius B. Hightower III": after the dateline's dash
    runs = _name_runs(ctx, start, end)
    for j, last in runs:
        role = tokens[j - 1] if j > start else None
        if role is not None and role.text.islower() and is_person_noun(role.lower):
            return _bare_name(ctx, j, last)
    opening = runs[0] if runs and runs[0][0] == start else None
    if runs and runs[0][0] == start + 2 and ctx.short_stop(start + 1):
        opening = start, runs[0][1]  # "Mrs. Fenwick died ...": with her title
    if opening is None or _lower_at(tokens, opening[1] + 1) in _PLURAL_VERBS:
        # "Manchester United have completed the signing of Wayne Rooney", "Police
        # arrested Tom Reed": a person's full name over a side or a body that opens.
        for j, last in runs:
            if last > j and is_given_name(tokens[j].text) and not ctx.sentence_initial(j):
                return _bare_name(ctx, j, last)
    if opening is not None:
        return _bare_name(ctx, *opening)
    first = tokens[start]
    if (
        _capital(first)
        and first.lower not in COMMON_CAPITALISED
        and start <= end
        and tokens[start + 1].text == ","
    ):
        return first.text  # "Penfold, a wildcard, took the first set": a surname alone
    return None


_DEATH_WORDS = frozenset({"died", "dies", "death"})
_CLOSING_MARKS = frozenset({'"', "”"})
_OPENING_MARKS = frozenset({'"', "“"})
# Words that open a phrase before a sentence's subject ("On the job cuts, the 52-year-old").
_OPENERS = frozenset({
    "on", "in", "at", "after", "before", "asked", "speaking", "for", "with", "despite",
    "unlike", "like", "as", "earlier", "later", "afterwards", "still", "yet", "but",
})  # fmt: skip


def _a_body(name: str) -> bool:
    """Whether `name` is a body's or a place's, not a person's: "Manchester United",
    "Buckingham Palace", "Cricket Australia" (no title or given name, and a place or a
    body's word in it)."""
    words = name.split()
    first = words[0].rstrip(".")
    return not (first in TITLES or is_given_name(first)) and (
        any(known_place(w) for w in words) or words[-1] in _BODY_WORDS
    )


def _may_be(name: str, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for `name`: a person's (not a body's or a place's:
    "Manchester United") whose title or given name tells no other sex."""
    if _a_body(name):
        return False  # "Manchester United", "Buckingham Palace" said he had died
    first = name.split()[0].rstrip(".")
    titled = first in TITLES
    sex = HONORIFIC_SEX.get(first, "") if titled else given_name_sex(first)
    return not sex or sex == ("m" if pronoun == "he" else "f")


_BODY_WORDS = ORG_MARKERS | FACILITY_MARKERS | CLUB_MARKERS


def age_subject(ctx: Context, found: Found) -> str | None:
    """Whose age `found` is: the noun it describes ("the 80-year-old pianist"), the
    name or noun it stands by ("John Smith, 45", "a man aged 32", "Ms Patel, who is
    38"), else who the sentence is about ("Tom Reed became chief at 41")."""
    tokens = ctx.tokens
    span_text = ctx.text[found.start : found.end].lower()
    if span_text.endswith("old") or span_text.endswith(("-year", "-month")):
        after = _person_after(ctx, found.last_token)
        if after is not None:
            noun_end = found.last_token + len(after.split()) - 1
            if after.islower() and (named := _apposed_name(ctx, noun_end)) is not None:
                return named  # "its 87-year-old owner, Lady Anne Crofton,"
            return after
        if span_text.endswith("old") and _lower_at(tokens, found.first_token - 1) == "the":
            # "appointed François Bayrou, tasking the 73-year-old with ...": the person
            # named last before the description, not the clause's subject.
            before = _person_before(ctx, found.first_token - 1, window=30)
            if before is not None and before[1]:
                return before[0]
            the = found.first_token - 1
            start = _sentence_start(ctx, the, 30)
            opens = start == the or (
                # "On the job cuts, the 52-year-old was more subdued": after an opening
                # phrase.
                _lower_at(tokens, the - 1) == ","
                and tokens[start].lower in _OPENERS
                and the - start <= 8
            )
            if opens or _lower_at(tokens, found.first_token - 2) in _SAID:
                # "The 38-year-old said", '"...," said the 22-year-old from Exeter': the
                # person the last sentence was about.
                previous = _previous_subject(ctx, found.first_token - 1)
                # not "Cricket Australia said ... the 34-year-old" (a surname alone may
                # be a town's too: "Westlake, who has not won ...")
                if previous is not None and not (" " in previous and _a_body(previous)):
                    return previous
    # Skip the words that introduce the age: "aged", "at the age of", "in her", "who is".
    j = found.first_token - 1
    skipped: set[str] = set()
    while j >= 0 and (
        tokens[j].lower in _INTRODUCERS
        or (
            tokens[j].lower in _AGE_LIMITS
            and j > 0
            and (tokens[j - 1].lower in AGE_WORDS or is_person_noun(tokens[j - 1].lower))
        )
    ):
        skipped.add(tokens[j].lower)
        j -= 1
    if j < 0:
        return None
    lo = _sentence_start(ctx, j, 12)
    if tokens[j].lower in ("he", "she") and j == lo:
        # "Harold Brennan, a character actor, died on Sunday. He was 89.": the person the
        # sentence before, a death's, was about (its window: an obituary's long first
        # sentence), when a person of that sex as far as the given name tells.
        before = _sentence_start(ctx, j - 2, 80) if j >= 2 else j
        if not any(t.lower in _DEATH_WORDS for t in tokens[before:j]):
            return None
        subject = _previous_subject(ctx, j, window=80)
        return subject if subject and _may_be(subject, tokens[j].lower) else None
    if not skipped & {"at", "turned", "turns"}:
        if _initialled(tokens, j) and (name := _name_at(ctx, j - 1, lo)) is not None:
            return name + "."  # "Tomasz K., 44,"
        name = _name_at(ctx, j, lo)
        if name is None and j == lo and _capital(tokens[j]) and "," in skipped:
            # "Hill, 28, who wears No. 95": a surname opening the sentence, when the
            # article has named its owner in full before ("Marcus Hill").
            name = _full_name_before(ctx, tokens[j].text, j)
        # "died in Boston aged 82", "a man from Leeds, 32": the name is where, unless it is
        # a person's ("bought it from Peter Walsh, 67").
        place = _place_preposition(ctx, j, lo) if name is not None else None
        if place is not None:
            # "died on Thursday in Boston aged 82", "a man from Leeds aged 32": the name
            # after the preposition is where, so the age is whoever the clause is about.
            return _clause_subject(ctx, place - 1)
        if name is not None:
            return name
        if tokens[j].is_word and is_person_noun(tokens[j].lower):
            return tokens[j].text
    if tokens[j].lower in _LIFE_VERBS and j > lo:
        # "The poet died aged 91": whoever did it, named or not.
        name = _name_at(ctx, j - 1, lo)
        if name is not None:
            return name
        if tokens[j - 1].is_word and tokens[j - 1].lower not in COMMON_CAPITALISED:
            return tokens[j - 1].text
    return _clause_subject(ctx, j)


def age_subjects(ctx: Context, found: list[Found]) -> None:
    """Record whose age each age figure is, as "subject" in `Found.extra`."""
    previous: Found | None = None
    for f in found:
        if f.kind != FigureKind.AGE:
            continue
        if previous is not None and _listed_after(ctx, previous, f):
            # "two men, aged 24 and 31": the ages of one list share whose they are.
            subject = previous.extra.get("subject")
        else:
            subject = age_subject(ctx, f)
        if subject and " " not in subject and subject[0].isupper():
            # "Penfold, a wildcard, 24": the full name the article gave the surname.
            subject = _full_name_before(ctx, subject, f.first_token) or subject
        if subject:
            f.extra["subject"] = subject
        previous = f


def _full_name_before(ctx: Context, word: str, i: int) -> str | None:
    """The one full name before token i (within a long article's reach) whose last word
    is `word`, without what describes its owner ("Prime Minister Edward Seaga" ->
    "Edward Seaga"), and no place ("Bethnal Green"): of those opening with a given name
    or an initial if any ("Peter Marsh", not "Calloway Marsh", a firm), and only if no
    other ends in it ("Mark Evans", "Paul Evans": either). None for a word that is mostly
    a given name itself, or a relative's ("his son Thomas" after "Sarah Thomas")."""
    if len(word) < 2 or _mostly_given_name(word):
        return None
    tokens = ctx.tokens
    found: set[tuple[str, bool]] = set()
    bare = True  # the word's own mention, nearest before the age: "his son Thomas, 16"
    for t in range(i - 1, max(0, i - _NAME_REACH), -1):
        if tokens[t].text != word:
            continue
        if bare:
            bare = False
            before = t - 2 if t > 1 and tokens[t - 1].text == "," else t - 1
            if before >= 0 and tokens[before].lower in _KIN_BEFORE:
                return None  # "his son Thomas", "the victim's daughter, Morgan,"
        name = _name_at(ctx, t, _sentence_start(ctx, t, 12))
        if name is None or not name.endswith(word):
            continue
        words = _without_description(name.split())
        full = " ".join(words)
        if len(words) > 1 and not known_place(full):
            given = is_given_name(words[0]) or len(words[0].rstrip(".")) == 1
            found.add((full, given))
    for choices in ({f for f, given in found if given}, {f for f, _ in found}):
        # One name written longer too ("Singer Jenna Rayne", "Jenna Rayne"): the shorter.
        choices = {f for f in choices if not any(f != g and f.endswith(" " + g) for g in choices)}
        if choices:
            return choices.pop() if len(choices) == 1 else None
    return None


_KIN_BEFORE = KIN_NOUNS | {
    "son", "brother", "sister", "mother", "father", "mum", "dad", "uncle", "aunt", "partner",
}  # fmt: skip
# How far back an age's surname looks for its full name, in tokens.
_NAME_REACH = 3000


def _mostly_given_name(word: str) -> bool:
    given, surname = name_strength(word)
    return given > surname


def _without_description(words: list[str]) -> list[str]:
    """A name's words after the last that describes its owner: a title, a nationality,
    a person noun, a possessive or an everyday word ("Substitute", "Ousted")."""
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if (
            w in TITLES
            or w in HONORIFIC_SEX
            or w in NORP_WORDS
            or w.endswith(("'s", "’s"))
            or (not is_given_name(w) and (is_person_noun(w.lower()) or mostly_lower_case(w)))
        ):
            return words[k + 1 :]
    return words


_LIST_JOINS = frozenset({",", "and", "or", "&"})


def _listed_after(ctx: Context, previous: Found, f: Found) -> bool:
    """True when only list joins stand between two ages ("aged 24 and 31", "aged 19, 20
    and 22"), so the second is another of the same people's."""
    if not ctx.text[f.start : f.end].isdigit():
        return False  # "Tom Reed, 61, and 58-year-old Amy Lee": her own
    between = ctx.tokens[previous.last_token : f.first_token]
    return bool(between) and all(t.lower in _LIST_JOINS for t in between)
