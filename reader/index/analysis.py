"""How text becomes index terms: shared by indexing, querying and marking matches.

Matching, passages and in-article match offsets must all see the same tokens,
so the analyzers live here and nowhere else. The classes are pickled into the
index's schema: renaming or moving them makes old indexes unreadable (they
are then rebuilt, as for any schema change).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
    Tokenizer,
    default_pattern,
)
from whoosh.formats import Frequency, Positions

from reader.index.whoosh_ext.formats import PackedPositions, frequency_value

# Positions skipped at a paragraph break, so that no phrase runs across one
# ("... electric.\n\nVehicle makers ..." is not the phrase "electric vehicle").
PARAGRAPH_GAP = 1
PARAGRAPH_BREAK = "\n\n"


class ParagraphTokenizer(Tokenizer):
    """Whoosh's RegexTokenizer that also numbers each token's paragraph (`token.para`)."""

    def __init__(self, expression: str | re.Pattern[str] = default_pattern) -> None:
        # As Whoosh's RegexTokenizer (its rcompile): a string is compiled, a pattern kept.
        self.expression = re.compile(expression) if isinstance(expression, str) else expression

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.expression.pattern == self.expression.pattern

    def __hash__(self) -> int:
        return hash(self.expression.pattern)

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.para = 0
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        para, last = 0, 0
        for pos, match in enumerate(self.expression.finditer(value)):
            start, end = match.span()
            if value.find(PARAGRAPH_BREAK, last, start) >= 0:
                para += 1
            last = end
            t.text = match.group(0)
            t.boost = 1.0
            t.stopped = False
            t.para = para
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class ParagraphGapFilter(Filter):
    """Moves each token PARAGRAPH_GAP positions further per paragraph before it.

    It comes after the stop filter, whose renumbering would close the gaps.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.positions:
                t.pos += PARAGRAPH_GAP * getattr(t, "para", 0)
            yield t


# Whoosh's StemmingAnalyzer, paragraph-aware.
BODY_ANALYZER = (
    ParagraphTokenizer()
    | LowercaseFilter()
    | StopFilter()
    | StemFilter(cachesize=-1)
    | ParagraphGapFilter()
)
# Unstemmed, lowercase words of title and body: the vocabulary for prefix,
# wildcard and fuzzy matching (a stem is no prefix of the words it stands for:
# "investm*" must find "investment") and for spelling suggestions. The words are
# kept in the manifest's vocabulary, not as postings (see `searching`).
WORDS_ANALYZER = RegexTokenizer() | LowercaseFilter()

_TOKENIZER, _LOWER, _STOP, _STEM, _GAP = BODY_ANALYZER.items


def body_tokens(text: str) -> list[tuple[int, str, int, int]]:
    """(position, stem, start, end) of each token BODY_ANALYZER indexes in `text`.

    The same steps, read from the analyzer itself, without its per-token
    generator chain and Token objects: a quarter of the time, which is most
    of the cost of marking passages for 20 results.
    """
    out: list[tuple[int, str, int, int]] = []
    stops, shortest, longest = _STOP.stops, _STOP.min, _STOP.max
    stems = _STEMS
    if len(stems) > _STEMS_MAX:
        stems.clear()
    pos = -1
    para, last = 0, 0
    for i, m in enumerate(_TOKENIZER.expression.finditer(text)):
        start, end = m.span()
        if text.find(PARAGRAPH_BREAK, last, start) >= 0:
            para += 1
        last = end
        word = m.group().lower()
        if len(word) < shortest or (longest is not None and len(word) > longest) or word in stops:
            continue
        # Like StopFilter(renumber=True): the first kept token keeps its place.
        pos = i if pos < 0 else pos + 1
        stemmed = stems.get(word)
        if stemmed is None:
            stemmed = stems[word] = word if word in _STEM.ignore else _STEM.stemfn(word)
        out.append((pos + PARAGRAPH_GAP * para, stemmed, start, end))
    return out


def body_terms(text: str) -> list[tuple[str, int]]:
    """(stem, position) of each token BODY_ANALYZER indexes in `text`: what
    `body_tokens` finds, without character offsets, for indexing.

    Paragraph by paragraph with `findall` (no match object per token and no
    search for a break before each one): twice as fast as `body_tokens`.
    """
    out: list[tuple[str, int]] = []
    stops, shortest, longest = _STOP.stops, _STOP.min, _STOP.max
    stems = _STEMS
    if len(stems) > _STEMS_MAX:
        stems.clear()
    i, pos, para = 0, -1, 0
    for index, piece in enumerate(text.split(PARAGRAPH_BREAK)):
        words = _FIND_WORDS(piece)
        if not words:
            continue
        if index:  # a break since the last token, or since the start
            para += 1
        gap = PARAGRAPH_GAP * para
        for word in map(str.lower, words):
            i += 1
            if len(word) < shortest or (longest is not None and len(word) > longest):
                continue
            if word in stops:
                continue
            pos = i - 1 if pos < 0 else pos + 1
            stemmed = stems.get(word)
            if stemmed is None:
                stemmed = stems[word] = word if word in _STEM.ignore else _STEM.stemfn(word)
            out.append((stemmed, pos + gap))
    return out


def _findall(expression: re.Pattern[str]) -> Callable[[str], list[str]]:
    """The whole matches of `expression` in a text, as a C-level findall when possible.

    findall returns groups instead of whole matches when a pattern has any, so
    Whoosh's default pattern, whose one group only repeats a part, is used with
    that group made non-capturing; any other pattern with groups goes match by match.
    """
    if expression.groups == 0:
        return expression.findall
    if expression.pattern == default_pattern.pattern:
        rewritten = re.compile(expression.pattern.replace("(\\.", "(?:\\."), expression.flags)
        if rewritten.groups == 0:
            return rewritten.findall
    return lambda text: [m.group() for m in expression.finditer(text)]


_FIND_WORDS = _findall(_TOKENIZER.expression)


# word -> stem, as StemFilter's own cache but a plain dict lookup (no call per word).
_STEMS: dict[str, str] = {}
_STEMS_MAX = 500_000


def stem_of(word: str) -> str | None:
    """The term BODY_ANALYZER indexes for one lowercase word; None for a stop word
    or a word outside its length limits, which it does not index."""
    shortest, longest = _STOP.min, _STOP.max
    if len(word) < shortest or (longest is not None and len(word) > longest):
        return None
    if word in _STOP.stops:
        return None
    stems = _STEMS
    stemmed = stems.get(word)
    if stemmed is None:
        if len(stems) > _STEMS_MAX:
            stems.clear()
        stemmed = stems[word] = word if word in _STEM.ignore else _STEM.stemfn(word)
    return stemmed


def words_tokens(text: str) -> list[str]:
    """The lowercase words WORDS_ANALYZER makes of `text`, in order."""
    return list(map(str.lower, _FIND_ALL_WORDS(text)))


_WORDS_TOKENIZER, _WORDS_LOWER = WORDS_ANALYZER.items
_FIND_ALL_WORDS = _findall(_WORDS_TOKENIZER.expression)


def postings(fieldobj: Any, value: str) -> tuple[tuple[bytes, int, float, bytes], ...]:
    """What `fieldobj.index(value)` yields, for the analyzers above computed
    without Whoosh's per-token generator chain (2-3x faster; the same bytes).

    Fields with other analyzers or formats go through Whoosh itself.
    """
    fmt, analyzer = fieldobj.format, fieldobj.analyzer
    if analyzer is not BODY_ANALYZER and analyzer is not WORDS_ANALYZER:
        return tuple(fieldobj.index(value))
    boost = fmt.field_boost
    if type(fmt) is Frequency:
        counts = Counter(
            words_tokens(value)
            if analyzer is WORDS_ANALYZER
            else (term for term, _ in body_terms(value))
        )
        return tuple(
            (term.encode("utf-8"), n, float(n) * boost, frequency_value(n))
            for term, n in counts.items()
        )
    if type(fmt) in (Positions, PackedPositions):
        terms = (
            body_terms(value)
            if analyzer is BODY_ANALYZER
            else zip(words_tokens(value), itertools.count())
        )
        places: defaultdict[str, list[int]] = defaultdict(list)
        for term, pos in terms:
            places[term].append(pos)
        return tuple(
            (term.encode("utf-8"), len(at), len(at) * boost, fmt.encode(at))
            for term, at in places.items()
        )
    return tuple(fieldobj.index(value))
