"""The figure grammar: number (+ range) + scale + currency / percent / unit / counted noun.

Each number in the text is read once, left to right; what follows it decides
its kind. Candidates are plain `Found` records; `extract` turns them into
`Figure`s once labels and links are known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.extract.figures.guards import is_code, is_model_number
from reader.extract.figures.lexicon import (
    AGE_CUES,
    AMBIGUOUS_SUFFIX,
    CENT_WORDS,
    CODE_NEEDS_CAPITALS,
    COUNT_FILLERS,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    DURATION_QUALIFIERS,
    DURATION_UNITS,
    IRREGULAR_PLURALS,
    NOT_PLURAL,
    QUALIFIERS,
    TENS_WORDS,
    UNITS_WORDS,
)
from reader.extract.figures.numbers import (
    Number,
    Token,
    glued,
    parse_fraction,
    parse_number,
)
from reader.extract.model import DateParts, FigureKind

_SUFFIX_BY_LEN = sorted(
    ((tuple(k.split()), v) for k, v in CURRENCY_SUFFIX.items()), key=lambda kv: -len(kv[0])
)
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
# Currency words after a number, grouped by first word (longest first within each).
_SUFFIX_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _code in _SUFFIX_BY_LEN:
    _SUFFIX_BY_FIRST.setdefault(_words[0], []).append((_words, _code))
_SYMBOLS = {"$", "€", "£", "¥", "￥", "₹", "₩", "₽", "₫", "₱", "฿", "₺"}
_DASHES = {"-", "–", "—"}
_STOP = {
    "of", "in", "on", "at", "to", "for", "and", "or", "the", "a", "an", "by", "with", "from",
    "than", "as", "that", "which", "who", "is", "was", "were", "are", "be", "been", "has",
    "have", "had", "will", "would", "can", "could", "this", "these", "those", "it", "its",
    "their", "his", "her", "our", "times", "per", "each", "every", "after", "before", "since",
    "until", "during", "over", "under", "about", "into", "out", "up", "down", "not", "no",
    "percent", "cent", "ago", "later", "earlier", "apiece",
}  # fmt: skip
_NUMBER_STARTS = set(UNITS_WORDS) | set(TENS_WORDS) | {"a", "an", "half"}
_TEMPORAL_PREPS = {"in", "since", "by", "until", "till", "from", "before", "after", "of",
                   "during", "through", "to", "for", "mid", "early", "late", "year", "fiscal",
                   "between", "and", "pre", "post", "around"}  # fmt: skip
_AGE_WORDS = {"aged", "age", "ages"}
_PERSON_CUES = {"said", "says", "told", "he", "she", "his", "her", "who", "himself", "herself"}


@dataclass(slots=True)
class Found:
    start: int  # character offsets into the text
    end: int
    kind: FigureKind
    value: float
    unit: str | None
    qualifier: str | None = None
    value_max: float | None = None
    parts: DateParts | None = None
    first_token: int = 0
    last_token: int = 0  # exclusive
    link_to: int | None = None  # index into the found list
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    text: str
    tokens: list[Token]
    blocked: list[tuple[int, int]]
    title_lines: list[tuple[int, int]]
    yen_context: bool
    won_context: bool
    _blocked_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._blocked_starts = [s for s, _ in self.blocked]

    def is_blocked(self, start: int, end: int) -> bool:
        k = bisect_right(self._blocked_starts, start)
        for s, e in self.blocked[max(0, k - 3) : k + 1]:
            if s < end and start < e:
                return True
        # A long blocked span may start far before: check the widest ones too.
        return any(s < end and start < e for s, e in self.blocked[: max(0, k - 3)] if e > start)

    def in_title_line(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.title_lines)

    def sentence_initial(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.tokens[j].text in "\"“”‘’'(":
            j -= 1
        if j < 0:
            return True
        if "\n" in self.text[self.tokens[j].end : self.tokens[i].start]:
            return True
        return self.tokens[j].text in (".", "!", "?", ":", ";", "•", "-", "–", "—")


def title_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines), where every word is capitalised."""
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with",
             "from", "as", "vs", "x", "×"}  # fmt: skip
    out = []
    for m in re.finditer(r"[^\n]+", text):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", m.group()) if w.lower() not in small]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.8:
            out.append(m.span())
    return out


def _lower(tokens: list[Token], i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def currency_prefix(ctx: Context, i: int) -> tuple[str, int] | None:
    """A currency written before a number at token i -> (ISO code, index of the number)."""
    tokens = ctx.tokens
    n = len(tokens)
    tok = tokens[i]
    if tok.text in _SYMBOLS:
        code = CURRENCY_PREFIX[tok.text]
        if tok.text in ("¥", "￥") and ctx.yen_context:
            code = "JPY"
        j = i + 1
    elif (
        tok.is_word
        and i + 1 < n
        and tokens[i + 1].text == "$"
        and glued(tokens, i + 1)
        and tok.lower + "$" in CURRENCY_PREFIX
    ):
        code = CURRENCY_PREFIX[tok.lower + "$"]
        j = i + 2
    elif (
        tok.is_word
        and tok.lower in CURRENCY_PREFIX
        and (tok.text.isupper() or tok.text in ("Rs", "Rp"))
    ):
        if (
            tok.lower in CODE_NEEDS_CAPITALS
            and not tok.text.isupper()
            and tok.text
            not in (
                "Rs",
                "Rp",
            )
        ):
            return None
        code = CURRENCY_PREFIX[tok.lower]
        j = i + 1
        if j < n and tokens[j].text == "." and glued(tokens, j):
            j += 1
    else:
        return None
    if j < n and tokens[j].is_digits and tokens[j].start - tokens[j - 1].end <= 1:
        return code, j
    return None


def _suffix_currency(ctx: Context, k: int) -> tuple[str, int, str] | None:
    tokens = ctx.tokens
    if k >= len(tokens):
        return None
    for words, code in _SUFFIX_BY_FIRST.get(tokens[k].lower, ()):
        if k + len(words) > len(tokens):
            continue
        if all(tokens[k + w].lower == words[w] for w in range(len(words))):
            word = words[-1]
            if word in AMBIGUOUS_SUFFIX and len(words) == 1:
                if word == "won" and not ctx.won_context:
                    continue
                if word != "won":
                    continue
            return code, k + len(words), word
    return None


def _percent_at(tokens: list[Token], k: int) -> tuple[str, int] | None:
    t0, t1 = _lower(tokens, k), _lower(tokens, k + 1)
    if tokens[k : k + 1] and tokens[k].text == "%":
        return "%", k + 1
    if t0 == "percentage" and t1 in ("point", "points"):
        return "pp", k + 2
    if t0 == "per" and t1 == "cent":
        return "%", k + 2
    if t0 in ("percent", "pct"):
        return "%", k + 1
    return None


def _is_plural_noun(tok: Token) -> bool:
    word = tok.lower
    if not tok.is_word or word in NOT_PLURAL:
        return False
    if word in IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


def counted_noun(ctx: Context, k: int) -> tuple[str, int] | None:
    """The noun a number counts: '170 million mobile phones' -> ('mobile phones', end)."""
    tokens = ctx.tokens
    first_content: int | None = None
    j = k
    limit = min(len(tokens), k + 5)
    while j < limit:
        tok = tokens[j]
        if tok.text == "-" and first_content is not None and glued(tokens, j) and j + 1 < limit:
            j += 1  # "smart-home devices"
            continue
        if not tok.is_word or tok.lower in _STOP:
            return None
        if j > k and "\n" in ctx.text[tokens[j - 1].end : tok.start]:
            return None
        if _is_plural_noun(tok):
            start = first_content if first_content is not None else j
            return ctx.text[tokens[start].start : tok.end], j + 1
        if tok.lower in DURATION_UNITS:
            return None
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
    while j >= 2 and steps < 14:
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


def _sentence_words(ctx: Context, i: int) -> set[str]:
    tokens = ctx.tokens
    lo = i
    while lo > 0 and tokens[lo - 1].text not in (".", "!", "?") and i - lo < 40:
        lo -= 1
    hi = i
    while hi < len(tokens) - 1 and tokens[hi].text not in (".", "!", "?") and hi - i < 40:
        hi += 1
    return {t.lower for t in tokens[lo : hi + 1]}


def _is_year(num: Number) -> bool:
    return (
        num.integer_digits is not None
        and len(num.integer_digits) == 4
        and 1800 <= num.value <= 2100
    )


def _ordinal_follows(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and glued(tokens, j) and tokens[j].lower in ("st", "nd", "rd", "th")


def scan(ctx: Context, claimed: list[bool]) -> list[Found]:
    """Read every number in the text that is not claimed by a date or blocked."""
    tokens = ctx.tokens
    out: list[Found] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if claimed[i] or not (tok.is_digits or tok.text in _SYMBOLS or tok.is_word):
            i += 1
            continue
        if (
            tok.is_word
            and tok.lower not in _NUMBER_STARTS
            and tok.lower + "$" not in (CURRENCY_PREFIX)
            and tok.lower not in CURRENCY_PREFIX
        ):
            i += 1
            continue
        found = _read_figure(ctx, i, claimed)
        if found is None:
            i += 1
            continue
        for f in found:
            out.append(f)
            for t in range(f.first_token, f.last_token):
                claimed[t] = True
        i = max(f.last_token for f in found)
    return out


def _read_figure(ctx: Context, i: int, claimed: list[bool]) -> list[Found] | None:
    tokens = ctx.tokens
    n = len(tokens)
    start_tok = i
    code: str | None = None
    prefix = currency_prefix(ctx, i)
    if prefix is not None:
        code, i = prefix
    elif (
        tokens[i].is_word
        and (tokens[i].lower + "$" in CURRENCY_PREFIX or tokens[i].lower in (CURRENCY_PREFIX))
        and tokens[i].lower not in _NUMBER_STARTS
    ):
        return None
    if tokens[i].text in _SYMBOLS:
        return None

    # Fractions: "two-thirds of", "a quarter of", "half of".
    if code is None and tokens[i].is_word:
        frac = _read_fraction(ctx, i)
        if frac is not None:
            return [frac]

    num = parse_number(tokens, i, after_currency=code is not None)
    if num is None:
        return None
    if any(claimed[t] for t in range(num.start, num.end)):
        return None
    first_char = tokens[start_tok].start
    if ctx.is_blocked(tokens[num.start].start, tokens[num.end - 1].end):
        return None
    if not num.words and (is_code(tokens, num.start, num.end) or _ordinal_follows(tokens, num.end)):
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
    from_to = tokens[start_tok - 1].lower == "from" if start_tok > 0 else False
    k = num.end
    if k + 1 < n and not from_to:
        sep = tokens[k]
        between = start_tok > 0 and tokens[start_tok - 1].lower == "between"
        sep_ok = sep.lower in ("to",) or (sep.text in _DASHES) or (between and sep.lower == "and")
        if sep.text == "-" and not (glued(tokens, k) and glued(tokens, k + 1)):
            sep_ok = False
        if sep_ok:
            j = k + 1
            pre2 = currency_prefix(ctx, j)
            if pre2 is not None and pre2[0] == (code or pre2[0]):
                code = code or pre2[0]
                j = pre2[1]
            if (
                tokens[j].is_digits
                or tokens[j].lower in UNITS_WORDS
                or tokens[j].lower in (TENS_WORDS)
            ):
                num2 = parse_number(tokens, j, after_currency=code is not None)
                if (
                    num2 is not None
                    and num2.words == num.words
                    and not is_code(tokens, num2.start, num2.end)
                    and not ctx.is_blocked(tokens[j].start, tokens[num2.end - 1].end)
                ):
                    low = num.value
                    if num2.scaled and not num.scaled and num2.value > num.value * 1000:
                        scale = _scale_of(num2)
                        low = num.value * scale
                    if num2.value > low:
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
    if from_to and found.kind != FigureKind.DATE:
        # "from five to nine": the starting number takes the unit of the one it goes to.
        nxt = _follow_to(ctx, found, claimed)
        if nxt is not None:
            return [found, nxt]
    return [found]


def _scale_of(num: Number) -> float:
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


def _read_fraction(ctx: Context, i: int) -> Found | None:
    tokens = ctx.tokens
    if tokens[i].lower == "half":
        prev = _lower(tokens, i - 1)
        if _lower(tokens, i + 1) == "of" and prev not in (
            "first",
            "second",
            "1st",
            "2nd",
            "the",
            "other",
            "latter",
            "former",
        ):
            return Found(
                tokens[i].start,
                tokens[i].end,
                FigureKind.PERCENT,
                0.5,
                "fraction",
                first_token=i,
                last_token=i + 1,
            )
        return None
    parsed = parse_fraction(tokens, i)
    if parsed is None:
        return None
    value, end = parsed
    hyphenated = end - i == 3
    if not hyphenated and _lower(tokens, end) != "of":
        return None  # "a third party", "one quarter" of a year
    if tokens[i].lower in ("a", "an") and _lower(tokens, i - 1) in ("first", "second", "the"):
        return None
    return Found(
        tokens[i].start,
        tokens[end - 1].end,
        FigureKind.PERCENT,
        value,
        "fraction",
        first_token=i,
        last_token=end,
    )


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
        )

    if code is not None:
        # A currency after the number as well ("US$5 billion dollars") belongs to the span.
        suffix = _suffix_currency(ctx, end) if end < n else None
        last = suffix[1] if suffix is not None and suffix[0] == code else end
        return make(FigureKind.MONEY, code, last)
    k = end
    if k < n:
        percent = _percent_at(tokens, k)
        if percent is not None:
            return make(FigureKind.PERCENT, percent[0], percent[1])
        suffix = _suffix_currency(ctx, k)
        if suffix is not None:
            iso, last, word = suffix
            if word in CENT_WORDS:
                return make(
                    FigureKind.MONEY,
                    iso,
                    last,
                    value=num.value / 100,
                    vmax=value_max / 100 if value_max else None,
                )
            return make(FigureKind.MONEY, iso, last)
        age = _age_suffix(tokens, k)
        if age is not None:
            return make(FigureKind.AGE, age[0], age[1])
        duration = _duration_suffix(tokens, k)
        if (
            duration is not None
            and not (_is_year(num) and not glued(tokens, k))
            and not (duration[0] == "quarter" and _lower(tokens, duration[1]) == "of")
        ):
            return make(FigureKind.DURATION, duration[0], duration[1])
    # Ages written before the number: "aged 35", "at the age of 35".
    prev = _lower(tokens, start_tok - 1)
    if (
        (prev in _AGE_WORDS or (prev == "of" and _lower(tokens, start_tok - 2) == "age"))
        and (not num.words or num.value > 1)
        and num.value <= 130
    ):
        return make(FigureKind.AGE, "year", end)
    # Decades of life: "in his 50s".
    if (
        k < n
        and tokens[k].lower == "s"
        and glued(tokens, k)
        and prev in ("his", "her", "their", "early", "mid", "late")
        and num.value in range(10, 100, 10)
    ):
        return make(FigureKind.AGE, "year", k + 1, vmax=num.value + 9)
    if _is_year(num) and not num.words:
        year_found = _year(ctx, start_tok, num, end, value_max, make)
        if year_found is not None:
            return year_found
    noun = counted_noun(ctx, k) if k < n else None
    if noun is not None:
        unit, last = noun
        if num.words and num.value == 1 and value_max is None:
            return None
        return make(FigureKind.COUNT, unit, last)
    age = _bare_age(ctx, start_tok, num, end)
    if age is not None:
        return age
    # A bare number: a count when the sentence says what is counted, or when written in digits.
    context_noun = _number_context_noun(ctx, start_tok)
    if context_noun is not None:
        return make(FigureKind.COUNT, context_noun, end)
    if num.words:
        return None
    if num.value < 10 and "." not in tokens[num.start].text and not num.scaled:
        return None  # a lone small number says too little to be a figure
    return make(FigureKind.COUNT, None, end)


def _year(
    ctx: Context, start_tok: int, num: Number, end: int, value_max: float | None, make
) -> Found | None:  # type: ignore[no-untyped-def]
    tokens = ctx.tokens
    prev = _lower(tokens, start_tok - 1)
    temporal = prev in _TEMPORAL_PREPS or (
        start_tok > 0 and tokens[start_tok - 1].text in (",", "(", "-", "–")
    )
    noun = counted_noun(ctx, end) if end < len(tokens) else None
    if noun is not None and not temporal:
        return None
    if value_max is not None and not (1800 <= value_max <= 2100):
        return None
    vmax = value_max
    # "2020-21": a short second year.
    parts = DateParts(year=int(num.value))
    return make(FigureKind.DATE, None, end, vmax=vmax, parts=parts)


def _age_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """'-year-old', ' years old', '-month-old' after a number -> (unit, end)."""
    n = len(tokens)
    j = k
    if j < n and tokens[j].text == "-" and glued(tokens, j):
        j += 1
    if j < n and tokens[j].lower in ("year", "years", "month", "months", "week", "weeks"):
        unit = DURATION_UNITS[tokens[j].lower]
        m = j + 1
        if (
            m + 1 < n
            and tokens[m].text == "-"
            and glued(tokens, m)
            and tokens[m + 1].lower == ("old")
        ):
            return unit, m + 2
        if m < n and tokens[m].lower == "old" and not glued(tokens, m):
            return unit, m + 1
        if m + 1 < n and tokens[m].lower == "of" and tokens[m + 1].lower == "age":
            return unit, j + 1
    return None


def _duration_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    n = len(tokens)
    j = k
    hyphen = False
    if j < n and tokens[j].text == "-" and glued(tokens, j):
        j += 1
        hyphen = True
    if j < n and tokens[j].lower in DURATION_UNITS:
        if hyphen and not glued(tokens, j):
            return None
        word = tokens[j].lower
        if word in ("second",) and not hyphen:
            return None  # "2 second" is rarely a duration; "2 seconds" is
        return DURATION_UNITS[word], j + 1
    return None


def _bare_age(ctx: Context, start_tok: int, num: Number, end: int) -> Found | None:
    """'at just 35' near words about a person, or 'Lei Jun, 52, said'."""
    tokens = ctx.tokens
    n = len(tokens)
    if num.words or num.integer_digits is None or not 1 <= num.value <= 120:
        return None
    nxt = tokens[end].text if end < n else "."
    # Appositive: "Name, 52," / "Name (52)".
    if start_tok >= 2 and num.value >= 15:
        before = tokens[start_tok - 1].text
        name = tokens[start_tok - 2]
        bracketed = (before == "," and nxt == ",") or (before == "(" and nxt == ")")
        person = (name.is_word and name.text[0].isupper()) or bool(
            _sentence_words(ctx, start_tok) & _PERSON_CUES
        )
        if bracketed and name.is_word and name.lower not in _STOP and person:
            return Found(
                tokens[start_tok].start,
                tokens[end - 1].end,
                FigureKind.AGE,
                num.value,
                "year",
                first_token=start_tok,
                last_token=end,
            )
    j = start_tok - 1
    qualifier = None
    if j >= 0 and tokens[j].lower in ("just", "only", "barely"):
        qualifier = tokens[j].lower
        j -= 1
    at_end = nxt in (",", ".", ";", ")", "and", "when", "—", "–")
    if j >= 0 and tokens[j].lower == "at" and at_end and _sentence_words(ctx, start_tok) & AGE_CUES:
        return Found(
            tokens[start_tok].start,
            tokens[end - 1].end,
            FigureKind.AGE,
            num.value,
            "year",
            qualifier=qualifier,
            first_token=start_tok,
            last_token=end,
        )
    return None
