"""What the figure grammar reads from (`Context`) and what it produces (`Found`).

Kept apart from the rules so that the rule modules (grammar, money, ages) can
share them without importing each other.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from reader.extract.entities.wordlists import is_given_name
from reader.extract.figures.currencies import CueFinder
from reader.extract.figures.lexicon import COMMON_CAPITALISED, TENS_WORDS, UNITS_WORDS
from reader.extract.figures.numbers import Token, glued
from reader.extract.model import DateParts, FigureKind


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


# A year of history after the words that date an event: "in 1341", "until 1598", "c. 1318".
# The words that date an event before a year of history (`grammar._early_year` reads the
# same after its tokens): "in 1341", "until 1598", "c. 1318", "circa 1250".
EARLY_YEAR_WORDS = frozenset({"in", "since", "until", "till", "circa", "c.", "ca."})
_HISTORY_YEAR = re.compile(
    rf"\b(?i:{'|'.join(sorted(re.escape(w) for w in EARLY_YEAR_WORDS))}) 1[0-7]\d\d\b(?![,.]?\d)"
)


@dataclass
class Context:
    text: str
    tokens: list[Token]
    blocked: list[tuple[int, int]]
    title_lines: list[tuple[int, int]]
    # "¥" is the yuan here: English-language news writes the yen "¥" and the yuan
    # "yuan" or "RMB", so the sign is the yen unless the article is about China alone.
    yuan_context: bool
    published: date | None = None
    # The year whose currencies were tender: the publication's, else the latest year the
    # article names ("so far in 1995": the old Turkish lira's trillions, not today's).
    era: int | None = None
    cues: CueFinder = field(init=False)
    _blocked_starts: list[int] = field(default_factory=list)
    _writes_history: bool | None = None
    # Per currency's letters ("Sh"): whether the article writes them before a scaled
    # amount, and before a price (money.py reads each once).
    letter_amounts: dict[str, tuple[bool, bool]] = field(default_factory=dict)

    @property
    def writes_history(self) -> bool:
        """Whether the article dates events before 1800 ("in 1341", "c. 1318") twice or
        more: then its bare early years are years too ("ruled after him (1371–1402)")."""
        if self._writes_history is None:
            self._writes_history = len(_HISTORY_YEAR.findall(self.text, 0, 200_000)) >= 2
        return self._writes_history

    def __post_init__(self) -> None:
        self._blocked_starts = [s for s, _ in self.blocked]
        self.cues = CueFinder(self.text)

    def lower(self, i: int) -> str:
        """Token i in lower case; "" outside the text."""
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def sentence_tokens(self, i: int) -> list[Token]:
        """The tokens of the sentence around token i (40 tokens each way at most)."""
        tokens = self.tokens
        lo = i
        while lo > 0 and tokens[lo - 1].text not in (".", "!", "?") and i - lo < 40:
            lo -= 1
        hi = i
        while hi < len(tokens) - 1 and tokens[hi].text not in (".", "!", "?") and hi - i < 40:
            hi += 1
        return tokens[lo : hi + 1]

    def sentence_words(self, i: int) -> set[str]:
        """The lower-case words of the sentence around token i (40 tokens each way at most)."""
        return {t.lower for t in self.sentence_tokens(i)}

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
        if self.short_stop(j):
            return False
        if self.tokens[j].text == "-" and j + 1 == i and glued(self.tokens, i):
            return not glued(self.tokens, j)  # "Okoro-Hartley": a hyphen inside a word
        return self.tokens[j].text in (".", "!", "?", ":", ";", "•", "-", "–", "—")

    def short_stop(self, i: int) -> bool:
        """Token i is a full stop that ends no sentence: a middle initial's or that of a
        title or a month cut short ("Mrs. Fenwick", "Dr. Georges", "Oct. 29")."""
        if self.initial_stop(i):
            return True
        tokens = self.tokens
        if tokens[i].text != "." or not 0 < i < len(tokens) - 1:
            return False
        before, after = tokens[i - 1], tokens[i + 1]
        return (
            before.lower in _SHORTENED
            and before.end == tokens[i].start
            and (after.text[:1].isupper() or after.is_digits)
        )

    def initial_stop(self, i: int) -> bool:
        """Token i is the full stop of a middle initial after a given name ("Harold J.
        Whitcombe", and inside a hyphenated name: "Georges-L.-Dumont"); not "Group B.
        Three players were sent off"."""
        tokens = self.tokens
        if tokens[i].text != "." or not 1 < i < len(tokens) - 1:
            return False
        letter, first, after = tokens[i - 1], tokens[i - 2], tokens[i + 1]
        return (
            len(letter.text) == 1
            and letter.text.isupper()
            and (first.text == "-" or is_given_name(first.text))
            and (after.text == "-" or (after.is_word and after.text[:1].isupper()))
            and after.lower not in _NO_SURNAME
        )


# Words that open a sentence after "Group B." or "Ward C.", never a surname after an initial.
_NO_SURNAME = (
    frozenset(UNITS_WORDS)
    | frozenset(TENS_WORDS)
    | frozenset(COMMON_CAPITALISED)
    | {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "there"}
)
# Titles and months written short with a full stop, before a name or a day.
_SHORTENED = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "rev", "gen", "sen", "rep", "gov", "lt", "col", "capt",
    "sgt", "mt", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip


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


