"""Which currency a name or symbol means: ISO 4217 data from CLDR, plus news usage.

The table (reader/extract/data/currencies.tsv, built by scripts/build_currencies.py)
gives every currency tendered since 1960 with its English names, symbols and the
places that use it. From it come three indexes the grammar asks:

- names after a number, by first word: "finnish markka", "rials", "us dollars";
- symbols: "€", "₾", "NZ$" (hand-kept prefixes in `lexicon` take precedence);
- cues: the adjective and places of each currency ("Iranian", "Iran"), which pick
  one currency for a bare word many share ("rials", "shillings", "francs").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from reader.extract.figures.lexicon import (
    AMBIGUOUS_SUFFIX,
    CASED_SUFFIXES,
    CURRENCY_EXTRA_CUES,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    ENGLISH_HEADS,
    FIXED_HEADS,
    HEAD_DEFAULTS,
    ISO_CODES_ALSO_WORDS,
    NAME_LIKE_CITIES,
    NOT_CURRENCY_HEADS,
    WIRE_ABBREVIATIONS,
)
from reader.extract.figures.numbers import Token

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "currencies.tsv"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\S")


@dataclass(frozen=True, slots=True)
class Currency:
    code: str
    since: int
    until: int | None  # None while it is still tender
    digits: int  # decimals of the minor unit
    names: tuple[str, ...]  # English, singular and plural
    symbols: tuple[str, ...]
    places: tuple[str, ...]

    def tender_in(self, year: int) -> bool:
        return self.since <= year and (self.until is None or year <= self.until)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Currency words after a number: which currencies they may mean, and how."""

    codes: tuple[str, ...]  # candidates, most likely first
    end: int  # token index past the words
    head: str  # the last word, singular: "rial", "dollar"
    named: bool  # a full name or alias ("Iranian rials"), not a bare head ("rials")


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]
    codes: tuple[str, ...]
    head: str
    named: bool


def words_of(text: str) -> tuple[str, ...]:
    """Lower-case words as the figure tokenizer splits them ("U.S. dollars" -> u . s . dollars)."""
    return tuple(w.lower() for w in _WORD.findall(text))


def _singular(word: str) -> str:
    for plural, single in (("ies", "y"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    return word


@cache
def currencies() -> dict[str, Currency]:
    """Every currency in the data file by ISO code; empty when the file is missing."""
    try:
        text = DATA_FILE.read_text(encoding="utf-8")
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, since, until, digits, names, symbols, places = line.split("\t")
        out[code] = Currency(
            code,
            int(since),
            int(until) if until else None,
            int(digits),
            tuple(names.split("|")),
            tuple(symbols.split()),
            tuple(places.split("|")) if places else (),
        )
    return out


@cache
def spaced_iso_codes() -> frozenset[str]:
    """Lower-case ISO codes of the currencies tender today that read as money before or
    after a number in capitals ("UGX 12,000", "ETB 300", "5,000 MWK"), but those that
    are also words or other abbreviations."""
    return frozenset(
        code.lower()
        for code, cur in currencies().items()
        if cur.until is None and code.lower() not in ISO_CODES_ALSO_WORDS
    )


def _rank(codes: list[str]) -> tuple[str, ...]:
    """Candidates most likely first: current before historic, then the most places."""
    table = currencies()
    return tuple(
        sorted(
            dict.fromkeys(codes),
            key=lambda c: (table[c].until is not None, -len(table[c].places), c)
            if c in table
            else (True, 0, c),
        )
    )


@cache
def _name_index() -> dict[str, list[_Entry]]:
    """Name entries by first word, longest first.

    A full name ("Iranian rials") or an alias from `lexicon` names its currency;
    a bare head ("rials") only offers candidates, which `resolve` chooses from.
    """
    full: dict[tuple[str, ...], list[str]] = {}
    bare: dict[tuple[str, ...], list[str]] = {}
    for cur in currencies().values():
        for name in cur.names:
            words = words_of(name)
            if not words or _singular(words[-1]) in NOT_CURRENCY_HEADS:
                continue
            if len(words) > 1:
                full.setdefault(words, []).append(cur.code)
            bare.setdefault(words[-1:], []).append(cur.code)
    entries = [
        _Entry(words, _rank(codes), _singular(words[-1]), False) for words, codes in bare.items()
    ]
    entries += [
        _Entry(words, _rank(codes), _singular(words[-1]), True) for words, codes in full.items()
    ]
    for alias, code in CURRENCY_SUFFIX.items():
        words = words_of(alias)
        entries.append(_Entry(words, (code,), _singular(words[-1]), True))
    for head, codes in ENGLISH_HEADS.items():
        words = words_of(head)
        entries.append(_Entry(words, _rank(list(codes)), _singular(words[-1]), False))
    shortened = {full: short for short, full in WIRE_ABBREVIATIONS.items()}
    entries += [
        _Entry((*e.words[:-1], shortened[e.words[-1]]), e.codes, e.head, e.named)
        for e in list(entries)
        if e.words[-1] in shortened
    ]
    index: dict[str, dict[tuple[str, ...], _Entry]] = {}
    for entry in entries:  # later entries (aliases) replace earlier ones with the same words
        index.setdefault(entry.words[0], {})[entry.words] = entry
    return {
        first: sorted(by_words.values(), key=lambda e: -len(e.words))
        for first, by_words in index.items()
    }


def _words_at(tokens: Sequence[Token], k: int, words: tuple[str, ...]) -> bool:
    n = len(words)
    return k + n <= len(tokens) and all(tokens[k + w].lower == words[w] for w in range(n))


def match_name(tokens: Sequence[Token], k: int) -> NameMatch | None:
    """The currency name starting at token k, longest first."""
    if k >= len(tokens):
        return None
    cased = CASED_SUFFIXES.get(tokens[k].lower)
    if cased is not None and tokens[k].text != cased:
        return None  # "30 ft": feet, not forints
    for entry in _name_index().get(tokens[k].lower, ()):
        if _words_at(tokens, k, entry.words):
            return NameMatch(entry.codes, k + len(entry.words), entry.head, entry.named)
    return None


@cache
def _modifier_index() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """What stands before a minor unit to say whose it is: the adjective of a name
    ("canadian" of "Canadian dollar"), or a one-word name ("euro" of "euro cents")."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for cur in currencies().values():
        for name in cur.names:
            words = words_of(name)
            modifier = words[:-1] if len(words) > 1 else words
            if modifier:
                by_words.setdefault(modifier, []).append(cur.code)
            if len(modifier) == 1 and len(modifier[0]) == 2 and name.split()[0].isupper():
                # "U.S. cents", "N.Z. cents": the letters as wire copy dots them.
                dotted = (modifier[0][0], ".", modifier[0][1], ".")
                by_words.setdefault(dotted, []).append(cur.code)
        for symbol in cur.symbols:
            # "48 HK cents", "NT cents": the letters of the dollar's sign.
            letters = symbol[:-1].lower()
            if symbol.endswith("$") and len(letters) >= 2 and letters.isalpha():
                by_words.setdefault((letters,), []).append(cur.code)
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for words, codes in sorted(by_words.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(words[0], []).append((words, _rank(codes)))
    return index


def modifier_codes(tokens: Sequence[Token], k: int) -> tuple[tuple[str, ...], int] | None:
    """Currencies whose adjective or name starts at token k -> (codes, index past it)."""
    if k >= len(tokens):
        return None
    for words, codes in _modifier_index().get(tokens[k].lower, ()):
        if _words_at(tokens, k, words):
            return codes, k + len(words)
    return None


@cache
def name_starts() -> frozenset[str]:
    """Lower-case words a currency name or a minor unit's modifier can open with."""
    return frozenset({*_name_index(), *_modifier_index()})


@cache
def heads_of(code: str) -> frozenset[str]:
    """The singular head words a currency's names end in: USD -> {"dollar"}."""
    cur = currencies().get(code)
    if cur is None:
        return frozenset()
    return frozenset(_singular(words_of(name)[-1]) for name in cur.names if words_of(name))


@cache
def _symbol_index() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for cur in currencies().values():
        for symbol in cur.symbols:
            out.setdefault(symbol.lower(), []).append(cur.code)
    return {symbol: _rank(codes) for symbol, codes in out.items()}


def symbol_codes(symbol: str) -> tuple[str, ...]:
    """Currencies a written symbol may stand for; the hand-kept prefixes win."""
    low = symbol.lower()
    if low in CURRENCY_PREFIX:
        return (CURRENCY_PREFIX[low],)
    return _symbol_index().get(low, ())


def _country_word(cur: Currency) -> str:
    """The first word of a currency's name, its country's ("Turkish" of "Turkish Lira")."""
    return cur.names[0].split()[0] if cur.names else ""


# Words before a currency's head that name no country ("Israeli New Shekel").
_NOT_CUES = frozenset({"new", "old"})


@cache
def _cues_of(code: str) -> tuple[str, ...]:
    """The words that name a currency's country, lower-case: its adjective ("south
    korean" of "South Korean Won"), its places ("iran") and the cities in `lexicon`."""
    table = currencies()
    cur = table.get(code)
    if cur is None:
        return ()
    cues: list[str] = list(cur.places)
    for other, extra in CURRENCY_EXTRA_CUES.items():
        # A city names its country for every currency the country has had
        # ("Istanbul": the lira of 1999 as well as today's), not for one that only
        # shared a territory with it ("Paris" is no cue for Comoros's franc, "Mumbai"
        # none for Nepal's rupee, which India's also circulates beside).
        other_cur = table.get(other)
        mine, theirs = set(cur.places), set(other_cur.places) if other_cur else set()
        if other == code or (
            other_cur is not None
            and mine
            and theirs
            and (theirs <= mine or mine <= theirs)
            and _country_word(cur) == _country_word(other_cur)
        ):
            cues += extra
    for name in cur.names:
        words = name.split()
        if len(words) > 1:
            cues.append(" ".join(words[:-1]))  # "South Korean" of "South Korean Won"
            if words[-2].lower() not in _NOT_CUES:
                cues.append(words[-2])  # "Korean"; not "New" of "Israeli New Shekel"
    return tuple(dict.fromkeys(c.lower() for c in cues if c))


# Capitalised words a place may follow at a sentence's start: "In Santiago, ...".
_BEFORE_A_PLACE = frozenset({"In", "At", "From", "To", "Near", "Outside", "Around", "Across"})


class CueFinder:
    """Where an article names a currency's country. Looked up only for the currencies a
    bare name leaves to choose from ("rupees": India's, Pakistan's...), each once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None = None
        self._found: dict[str, list[int]] = {}
        self._among: dict[tuple[str, ...], list[tuple[str, list[int]]]] = {}

    def positions(self, code: str) -> list[int]:
        """Character offsets where the article names the currency's country, ascending."""
        found = self._found.get(code)
        if found is None:
            if self._lower is None:
                self._lower = self.text.lower()
            found = sorted(
                p
                for cue in _cues_of(code)
                for p in _whole_word_finds(self._lower, cue)
                if cue not in NAME_LIKE_CITIES or self._alone(p, len(cue))
            )
            self._found[code] = found
        return found

    def has(self, code: str) -> bool:
        return bool(self.positions(code))

    def _alone(self, at: int, length: int) -> bool:
        """A name at `at` that stands alone as a place: no name around it ("Santiago
        Solari", "Senator Santiago"), no "de" after it, no article before it ("a Havana")."""
        before = self.text[max(0, at - 20) : at].split()
        after = self.text[at + length : at + length + 20].split()
        if before:
            word = before[-1]
            if word in ("a", "an") or (word[:1].isupper() and word not in _BEFORE_A_PLACE):
                return False
        return not (after and (after[0][:1].isupper() or after[0] in ("de", "del")))

    def named_among(self, codes: tuple[str, ...]) -> list[tuple[str, list[int]]]:
        """The candidates whose country the article names, with where (once per set)."""
        found = self._among.get(codes)
        if found is None:
            found = [(c, pos) for c in codes if (pos := self.positions(c))]
            self._among[codes] = found
        return found


def _whole_word_finds(text: str, cue: str) -> list[int]:
    """Where `cue` stands in `text` as whole words ("iran", not in "iranian")."""
    out = []
    start = text.find(cue)
    while start >= 0:
        end = start + len(cue)
        before_ok = start == 0 or not (cue[0].isalnum() and text[start - 1].isalnum())
        after_ok = end >= len(text) or not (cue[-1].isalnum() and text[end].isalnum())
        if before_ok and after_ok:
            out.append(start)
        start = text.find(cue, start + 1)
    return out


def resolve(
    match: NameMatch,
    at: int,
    cues: CueFinder,
    *,
    published: date | None = None,
    era: int | None = None,
    evidence: bool = False,
) -> str | None:
    """One currency for the name at character offset `at`.

    A full name picks the currency tender at publication, else in the `era` the
    article's own years give (the current one when neither is known). A bare head
    shared by several currencies ("francs") goes to the one whose country the
    article names nearest before it, else to
    the usual one in news. A head that is also an English word ("won", "marks")
    needs that country or other `evidence` of money (a scale: "5 million rand"),
    else None.
    """
    codes = match.codes
    ambiguous = match.head in AMBIGUOUS_SUFFIX and not match.named
    if ambiguous and not evidence:
        # "40 marks" in an article about Germany is a grade unless the mark was still
        # money then: a bare everyday word reads as a currency of its time only.
        codes = _tender_among(codes, published.year if published else None, strict=True)
        if not codes:
            return None
    elif published is not None or era is not None:
        codes = _tender_among(codes, published.year if published is not None else era)
    if match.named or match.head in FIXED_HEADS:
        return FIXED_HEADS.get(match.head) if not match.named else codes[0]
    if len(codes) == 1 and not ambiguous:
        return codes[0]  # "rupiah", "euros": one currency, nothing to choose
    named_at = cues.named_among(codes)
    if named_at:
        # The country named nearest before, else first after; on a tie ("Polish" names
        # the zloty of today and of 1990) the likelier candidate, which comes first.
        rank = {c: i for i, c in enumerate(codes)}
        before = [
            (max(p for p in pos if p < at), -rank[c], c) for c, pos in named_at if pos[0] < at
        ]
        if before:
            return max(before)[2]
        return min((pos[0], rank[c], c) for c, pos in named_at)[2]
    if ambiguous and not evidence:
        return None
    default = HEAD_DEFAULTS.get(match.head)
    return default if default in codes else codes[0]


@lru_cache(maxsize=512)
def _tender_among(
    codes: tuple[str, ...], year: int | None, *, strict: bool = False
) -> tuple[str, ...]:
    """The candidates tender in `year` (None: today's); all of them when none was,
    unless `strict`."""
    table = currencies()
    tender = tuple(
        c
        for c in codes
        if c not in table
        or (table[c].until is None if year is None else table[c].tender_in(year))
    )
    return tender if tender or strict else codes
