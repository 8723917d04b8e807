"""A few words saying what a figure measures, taken from its own sentence.

The side panel lists figures away from the text, so each needs a label that
reads on its own ("investment in technological innovation", "mobile phones
sold last year"). The heuristics follow English clause shape, not any list
of topics: "X of <figure>", "<subject> reached <figure>", "<verb> <figure> in
<object>", and for counts the counted noun with the verb that acts on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from reader.extract.figures.lexicon import DENOMINATORS, MONTHS, SCALES, TENS_WORDS, UNITS_WORDS
from reader.extract.model import FigureKind

MAX_WORDS = 6

_WORD = re.compile(r"[^\W_][\w'’&.-]*[^\W_]|[^\W_]|[,;:()\"“”—–]|(?<=\s)-(?=\s)")
_NUMBER = "#"  # stands for a number: another figure, never part of a label
_DIGITS = frozenset("0123456789")
_BOUNDARY = {",", ";", ":", "(", ")", "—", "–", "-", _NUMBER}
_PREPOSITIONS = {"of", "in", "on", "for", "at", "from", "with", "by", "to", "into", "across"}
_QUOTES = {'"', "“", "”"}
_CLAUSE_WORDS = {"that", "which", "who", "while", "whereas", "but", "because", "although",
                 "said", "says", "according", "when", "where", "with"}  # fmt: skip
_EDGE_STOP = {
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
    "these", "those", "and", "or", "but", "after", "before", "while", "of", "in", "on", "at",
    "to", "for", "by", "as", "also", "with", "from", "into", "over", "under", "about",
    "around", "some", "nearly", "almost", "more", "than", "just", "only", "up", "is", "was",
    "were", "are", "be", "been", "being", "will", "would", "could", "should", "can", "may",
    "has", "have", "had", "do", "does", "did", "which", "who", "it", "there", "then",
    "so", "such", "reportedly", "still", "already", "now", "further", "even", "least",
    "within", "following", "past", "next", "last", "during", "exceeded", "surpassed",
    "approximately", "roughly", "estimated", "including", "like", "each", "one", "all",
    "most", "many", "none", "both", "any", "part", "between", "among",
}  # fmt: skip
_AUXILIARIES = {"had", "has", "have", "been", "will", "would", "be", "is", "was", "were",
                "are", "could", "should", "may", "might", "can", "being", "reportedly"}  # fmt: skip
_LINKING = {
    "reached", "reaches", "reach", "was", "were", "is", "are", "be", "totalled", "totaled",
    "totals", "hit", "hits", "stood", "rose", "fell", "grew", "exceeded", "topped",
    "amounted", "climbed", "jumped", "dropped", "surged", "increased", "decreased", "declined",
    "soared", "slumped", "plunged", "growing", "rising", "falling", "valued", "worth",
    "exceed", "exceeds", "top", "tops", "equalled", "equaled", "came", "stands",
    "risen", "fallen", "grown", "shrunk", "doubled", "tripled", "halved", "rise", "fall",
}  # fmt: skip
_IRREGULAR_PARTICIPLES = {
    "selling": "sold", "making": "made", "building": "built", "buying": "bought",
    "spending": "spent", "paying": "paid", "holding": "held", "bringing": "brought",
    "raising": "raised", "shipping": "shipped", "winning": "won", "losing": "lost",
    "sending": "sent", "leaving": "left", "finding": "found", "getting": "got",
    "giving": "given", "taking": "taken", "seeing": "seen", "running": "run",
    "cutting": "cut", "setting": "set", "putting": "put", "hiring": "hired",
    "opening": "opened", "planning": "planned", "using": "used", "closing": "closed",
    "producing": "produced", "creating": "created", "serving": "served",
    "employing": "employed", "establishing": "established", "adding": "added",
}  # fmt: skip


def _names_model(word: str) -> bool:
    """A capitalised word a number belongs to ("Xiaomi 12", "Windows 11"), not "In 2019"
    or "March 18"."""
    low = word.lower()
    return word[0].isupper() and low not in _EDGE_STOP and low not in MONTHS


class _W(NamedTuple):  # a named tuple: made for every word of every labelled sentence
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def _words(text: str, lo: int, hi: int) -> list[_W]:
    make = tuple.__new__  # _W(...) without the generated wrapper: runs for every word
    return [
        make(_W, (_NUMBER if w[0] in _DIGITS else w, lo + m.start(), lo + m.end()))
        for m in _WORD.finditer(text[lo:hi])
        if (w := m.group()) not in _QUOTES
    ]


class SentenceWords:
    """The words of one sentence at a time, read once for all the figures in it: each
    figure's label looks at the words before and after it, and those windows overlap."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentence: tuple[int, int] | None = None
        self._words: list[_W] = []
        self._starts: list[int] = []

    def window(self, sentence: tuple[int, int], lo: int, hi: int) -> list[_W]:
        """What `_WORD` finds in text[lo:hi], taken from the sentence's words when no
        word crosses the window's edges (else read afresh)."""
        if sentence != self._sentence:
            self._sentence = sentence
            self._words = _words(self.text, *sentence)
            self._starts = [w.start for w in self._words]
        words = self._words
        i = bisect_left(self._starts, lo)
        j = bisect_left(self._starts, hi, i)
        crossing = (i > 0 and words[i - 1].end > lo) or (j > i and words[j - 1].end > hi)
        if crossing or not sentence[0] <= lo <= hi <= sentence[1]:
            return _words(self.text, lo, hi)
        found = words[i:j]
        # A lone dash is a word only between spaces, which a window's edge is not.
        if found and found[0].text == "-" and found[0].start == lo:
            found = found[1:]
        if found and found[-1].text == "-" and found[-1].end == hi:
            found = found[:-1]
        return found


def _strip_asides(
    text: str, lo: int, hi: int, sentence_words: tuple[SentenceWords, tuple[int, int]] | None = None
) -> list[_W]:
    """Words of text[lo:hi] without bracketed and dash-enclosed asides. A number (another
    figure) stands as a boundary: a label never reads across one or holds one."""
    make = tuple.__new__
    if sentence_words is None:
        words = _words(text, lo, hi)
    else:
        cache, sentence = sentence_words
        words = cache.window(sentence, lo, hi)
    out: list[_W] = []
    depth = 0
    in_dash = False
    for idx, w in enumerate(words):
        if w.text is _NUMBER and idx and _names_model(words[idx - 1].text):
            w = make(_W, (text[w.start : w.end], w.start, w.end))  # "Xiaomi 12": a name
        if w.text == "(":
            depth += 1
            continue
        if w.text == ")":
            depth = max(0, depth - 1)
            continue
        if w.text in ("—", "–", "-"):
            # An aside closes with a second dash in the same sentence.
            if in_dash:
                in_dash = False
                continue
            if any(x.text == w.text for x in words[idx + 1 :]):
                in_dash = True
                continue
        if depth == 0 and not in_dash:
            out.append(w)
    return out


def _trim(words: list[_W]) -> list[_W]:
    while words and (words[0].lower in _EDGE_STOP or not words[0].text[0].isalnum()):
        words = words[1:]
    while words and (words[-1].lower in _EDGE_STOP or not words[-1].text[0].isalnum()):
        words = words[:-1]
    return words


def _join(words: list[_W]) -> str:
    text = " ".join(w.text for w in words)
    return text.strip(" .,;:\"“”'’")


def _last_clause(words: list[_W]) -> list[_W]:
    for idx in range(len(words) - 1, -1, -1):
        if words[idx].text in _BOUNDARY or words[idx].lower in _CLAUSE_WORDS:
            return words[idx + 1 :]
    return words


def _first_clause(words: list[_W]) -> list[_W]:
    for idx, w in enumerate(words):
        if w.text in _BOUNDARY or w.lower in _CLAUSE_WORDS or w.lower in ("and", "but"):
            return words[:idx]
    return words


def _participle(verb: str) -> str | None:
    low = verb.lower()
    if low in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[low]
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem + "ed"
        return stem + ("d" if stem.endswith("e") else "ed")
    if low.endswith("ed") and len(low) > 4:
        return low
    return None


_TIME_AFTER = re.compile(
    r"\s*((?:last|this|next) (?:year|month|quarter|week)|in (?:19|20)\d\d|a year"
    r"|per (?:year|month|day)|annually|each year|every year)\b",
    re.IGNORECASE,
)


_READ_AROUND = 400  # characters either side of a figure that its label may come from


def make_label(
    text: str,
    sentence: tuple[int, int],
    span: tuple[int, int],
    qualifier_start: int,
    kind: FigureKind,
    unit: str | None,
    blocked_before: int,
    span_text: str,
    words: SentenceWords | None = None,
) -> str:
    """Label a figure at `span` (with its qualifier from `qualifier_start`) in its sentence.

    `blocked_before` is where the previous figure in the sentence ends: words
    from before it belong to that figure, not this one. `words`, shared by the
    figures of an article, reads each sentence once.
    """
    s_lo, s_hi = sentence
    cache = (words, sentence) if words is not None else None
    # A label is read from the words near the figure: a sentence's far end says nothing
    # of it, and reading a long one whole at each figure costs its length squared.
    lo = max(s_lo, blocked_before, qualifier_start - _READ_AROUND)
    before = _strip_asides(text, min(lo, qualifier_start), qualifier_start, cache)
    after = _strip_asides(text, span[1], max(span[1], min(s_hi, span[1] + _READ_AROUND)), cache)
    clause_before = _last_clause(before)
    label = ""
    if kind == FigureKind.COUNT and unit:
        label = _count_label(text, clause_before, after, span, unit, span_text)
    elif kind == FigureKind.AGE:
        label = _age_label(clause_before or before, after, span_text)
    elif (
        kind in (FigureKind.DATE, FigureKind.DURATION)
        and after
        and re.search(r"\w-(?:quarter|half|year|month|week|day|decade)$", span_text)
    ):
        # An adjective ("fourth-quarter results", "ten-year plan") labels its noun.
        label = _join(_trim(_first_clause(after)[:3]))
    if not label and kind == FigureKind.MONEY:
        label = _attributive_label(before, after)
    if not label:
        label = _of_label(clause_before) or _subject_label(clause_before)
    if not label and kind in (FigureKind.MONEY, FigureKind.PERCENT):
        label = _verb_object_label(clause_before, after)
    if not label:
        label = _join(_trim(_trim(clause_before)[-5:]))
    if not label and before and before[-1].text == ":":
        # "Net loss: ($4.2 million)": a heading and its value.
        label = _join(_trim(_last_clause(before[:-1])[-MAX_WORDS:]))
    if not label and kind not in (FigureKind.DURATION, FigureKind.DATE):
        label = _after_label(after)
    return _shorten(label)


_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"}


def _attributive_label(before: list[_W], after: list[_W]) -> str:
    """ "signed a QR1.4bn deal", "Agro's ₹1,250-crore IPO": the noun the amount describes
    says what the money is better than whoever paid it."""
    if not before or not (
        before[-1].text.lower() in _DETERMINERS or before[-1].text.endswith(("'s", "’s"))
    ):
        return ""
    noun: list[_W] = []
    for i, w in enumerate(after[:3]):
        low = w.text.lower()
        nxt = after[i + 1].text if i + 1 < len(after) else ""
        if (
            not w.text[0].isalpha()
            or low in _EDGE_STOP
            or low in _PREPOSITIONS
            or low in _CLAUSE_WORDS
            or low in _LINKING
            or low in _PRONOUNS
            or low == "per"
            # a verb, not an adjective: "The £5m raised by the appeal", "£10m striker
            # joined on Friday" (not "a £50 fixed penalty")
            or (
                (low.endswith("ed") or low in _PAST_PARTICIPLES)
                and not (nxt[:1].islower() and nxt.lower() not in _EDGE_STOP)
            )
            or (w.text[0].isupper() and not w.text.isupper())
        ):
            break
        noun.append(w)
    return _join(noun)


_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
# Past participles not in -ed that a noun never is ("The $10bn spent on defence").
_PAST_PARTICIPLES = {
    "spent", "paid", "sold", "built", "bought", "held", "brought", "won", "lost", "sent",
    "given", "taken", "seen", "made",
}  # fmt: skip


def _after_label(after: list[_W]) -> str:
    while after and after[0].text in _BOUNDARY:
        after = after[1:]
    return _join(_trim(_first_clause(after)[:5]))


def fallback_label(
    kind: FigureKind, unit: str | None, text: str, sentence: tuple[int, int], span: tuple[int, int]
) -> str:
    """The words after the figure, else the counted noun, else the kind: never empty."""
    after = _after_label(_strip_asides(text, span[1], sentence[1]))
    if after:
        return _shorten(after)
    if unit and kind == FigureKind.COUNT:
        return unit
    return "timestamp" if kind == FigureKind.DATE and ":" in text[span[0] : span[1]] else str(kind)


def _shorten(label: str) -> str:
    words = label.split()
    if len(words) > MAX_WORDS:
        words = _fit(words)
        while words and words[-1].lower() in _EDGE_STOP:
            words.pop()
        while words and words[0].lower() in _EDGE_STOP:
            words.pop(0)
    return " ".join(words)


def _fit(words: list[str]) -> list[str]:
    """At most MAX_WORDS words of a noun phrase, cut where a phrase ends: trailing
    prepositional phrases go first ("average price of a home in London" -> "average
    price of a home"); with none, the last words, where an English head noun stands."""
    while len(words) > MAX_WORDS:
        cut = max((i for i, w in enumerate(words) if i > 0 and w.lower() in _PREPOSITIONS),
                  default=None)
        if cut is None:
            return words[-MAX_WORDS:]
        words = words[:cut]
    return words


def _of_label(clause: list[_W]) -> str:
    """'a registered capital of <fig>' -> 'registered capital'."""
    if len(clause) >= 2 and clause[-1].lower == "of":
        head: list[_W] = []
        for w in reversed(clause[:-1]):
            if (w.lower in _EDGE_STOP and w.lower not in ("total",)) or len(head) >= 4:
                break
            head.insert(0, w)
        return _join(_trim(head))
    return ""


def _subject_label(clause: list[_W]) -> str:
    """'Investment in technological innovation reached <fig>' -> the subject."""
    idx = len(clause) - 1
    # Allow a particle after the verb: "rose to", "stood at", "amounted to".
    if idx >= 0 and clause[idx].lower in ("to", "at", "by"):
        idx -= 1
    if idx < 1 or clause[idx].lower not in _LINKING:
        return ""
    subject = [w for w in clause[:idx] if w.lower not in _AUXILIARIES]
    verb = clause[idx]
    subject = _trim(subject)
    if not subject:
        return ""
    if verb.lower.endswith("ing"):
        subject = [*subject, verb]
    return _shorten(_join(subject))


def _verb_object_label(before: list[_W], after: list[_W]) -> str:
    """'plan to invest <fig> in R&D' -> 'plan to invest in R&D'."""
    head = _trim(before)[-3:]
    tail: list[_W] = []
    if after and after[0].lower in ("in", "on", "for", "into", "to"):
        for w in after[:4]:
            if w.text in _BOUNDARY or (tail and w.lower in ("over", "by", "within", "and")):
                break
            tail.append(w)
    words = head + tail
    return _join(words) if head and tail else ""


def _count_label(
    text: str, before: list[_W], after: list[_W], span: tuple[int, int], unit: str, span_text: str
) -> str:
    # The words of the span after the number: "newly joined partners", "young employees".
    words = span_text.split()
    while words and (
        _is_number_word(words[0])
        or words[0][0].isdigit()
        # "Half a million people", "a quarter of a million people": the words of the number
        or (words[0].lower() in _NUMBER_GLUE and _number_word_next(words))
    ):
        words.pop(0)
    while words and words[0].lower() in ("such", "more"):
        words.pop(0)
    if not words:
        # A bare number ("exceeded 10,000"): what the clause says is counted.
        generic = _join(_trim(_trim(before)[-5:]))
        return generic if unit.lower() in generic.lower() else ""
    noun_phrase = " ".join(words)
    parts = [noun_phrase]
    trimmed = _trim(before)
    verb = trimmed[-1] if trimmed and before and before[-1] is trimmed[-1] else None
    participle = _participle(verb.text) if verb else None
    time = _TIME_AFTER.match(text, span[1])
    if before and before[-1].lower == "of":
        of = _of_label(before)
        if of:
            return of if of.lower() != "number" else f"number of {noun_phrase}"
    if participle:
        parts.append(participle)
    elif len(before) >= 2 and before[-2].lower == "to" and before[-1].lower not in _EDGE_STOP:
        parts.insert(0, before[-1].text)  # "aims to sell 900,000 units" -> "sell units"
    elif after and after[0].lower in ("being", "were", "was") and len(after) > 1:
        if after[1].lower not in _EDGE_STOP and after[1].text not in _BOUNDARY:
            parts.append(_participle(after[1].text) or after[1].lower)
    elif after and after[0].lower.endswith("ed") and after[0].lower not in ("need",):
        parts.append(_join(_trim(_first_clause(after)[:5])))
    if time:
        parts.append(time.group(1))
    return " ".join(p for p in parts if p)


def _is_number_word(word: str) -> bool:
    first = word.lower().split("-")[0]
    return (
        first in UNITS_WORDS
        or first in TENS_WORDS
        or first in SCALES
        or first in DENOMINATORS
        or first == "dozen"
    )


# Small words inside a number written out: "half a million", "a quarter of a million".
_NUMBER_GLUE = frozenset({"a", "an", "of", "half"})


def _number_word_next(words: list[str]) -> bool:
    """Whether the first word after the small words that lead `words` is a number's."""
    rest = [w for w in words[1:4] if w.lower() not in _NUMBER_GLUE]
    return bool(rest) and _is_number_word(rest[0])


def _age_label(before: list[_W], after: list[_W], span_text: str) -> str:
    if span_text.lower().endswith("old") and after:
        noun = []
        for w in after[:3]:
            if w.lower in _EDGE_STOP or w.text in _BOUNDARY:
                break
            noun.append(w)
        if noun:
            return _join(noun)
    words = _trim(before)
    # "Lei Jun, 52, said": the name right before the comma.
    return _join(words[-4:]) if words else ""
