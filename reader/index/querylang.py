"""The user's query language: checked, and read into a query tree (`query_tree`).

The one parse of a query: it says clearly what is wrong (an unclosed quote, an
unknown field, a stray operator, which Whoosh's own parser silently misread)
and gives the tree the engine's queries are made from. Dates become date
ranges, entity names, folders and tags single keywords, and unfielded prefix,
wildcard, fuzzy and range terms go to the corpus's unstemmed words.

Operators bind as Whoosh's parser bound them, which the query language always
followed: NOT (or a leading -) the one thing after it, then AND, then OR, and
words side by side are all required (`a b OR c` is a AND (b OR c)).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from reader.index import query_tree as qt
from reader.index.errors import QueryError
from reader.index.fieldnames import (
    DATE_FIELD,
    FOLDER_FIELD,
    NAME_FIELDS,
    TAG_FIELD,
    USER_FIELDS,
    WORDS_FIELD,
    entity_key,
    folder_key,
    tag_key,
)

MIN_PREFIX = 2  # letters before a wildcard; shorter prefixes expand to half the vocabulary
MIN_FUZZY = 3
MAX_FUZZY_DISTANCE = 2
MAX_QUERY = 2000  # characters: far more than anyone types

_OPERATORS = ("AND", "OR", "NOT")
_FIELD = re.compile(r"([A-Za-z_]+):")
_FUZZY = re.compile(r"^(?P<word>.+?)~(?P<dist>\d+)?(?:/(?P<prefix>\d*))?$")
_TILDE = re.compile(r"(?<!\\)~")
_BOOST = re.compile(r"\^\d+(?:\.\d+)?$")
_DATE = re.compile(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$")
_COMPARE = re.compile(r"^(>=|<=|>|<)(.*)$")
_RANGE_TO = re.compile(r"\s+to\s+|^to\s+|\s+to$", re.IGNORECASE)
_WORD_END = set(' \t\n\r()"')
_RANGE_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # word, phrase, squote, range, open, close, op
    text: str
    field: str | None = None


def _fields_help() -> str:
    return ", ".join(USER_FIELDS)


def tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
            continue
        field = None
        m = _FIELD.match(query, i)
        if m:
            field = m.group(1).lower()
            if field not in USER_FIELDS:
                raise QueryError(f"unknown field '{m.group(1)}': use {_fields_help()}")
            i = m.end()
            if i >= n or query[i].isspace() or query[i] == ")":
                raise QueryError(f"nothing after '{m.group(0)}': write e.g. {field}:value")
            c = query[i]
        if c == "(":
            tokens.append(_Token("open", "(", field))
            i += 1
        elif c == ")":
            tokens.append(_Token("close", ")"))
            i += 1
        elif c == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError('unbalanced quote: a " is never closed')
            tokens.append(_Token("phrase", query[i + 1 : end], field))
            i = end + 1
        elif c == "'":
            end = query.find("'", i + 1)
            if end < 0:
                raise QueryError("unbalanced quote: a ' is never closed")
            tokens.append(_Token("squote", query[i + 1 : end], field))
            i = end + 1
        elif c in "[{" and (end := _range_end(query, i, field)) > i:
            tokens.append(_Token("range", query[i : end + 1], field))
            i = end + 1
        elif field is None and c == "-" and (
            _FIELD.match(query, i + 1) or query[i + 1 : i + 2] in ('"', "'", "(")
        ):
            # `-title:harbour`, `-"electric car"`, `-(oil OR gas)`: NOT, then the field,
            # phrase or group read as usual.
            tokens.append(_Token("op", "NOT"))
            i += 1
        else:
            j = i
            # Any white space ends a word, as it separated words for Whoosh's parser.
            while j < n and query[j] not in _WORD_END and not query[j].isspace():
                j += 1
            word = query[i:j]
            i = j
            if field is None and word in _OPERATORS:
                tokens.append(_Token("op", word))
            elif field is None and word.startswith("-") and len(word) > 1:
                # The rest is a word even if it reads as an operator (`-NOT`).
                tokens.append(_Token("op", "NOT"))
                tokens.append(_Token("word", word[1:]))
            else:
                tokens.append(_Token("word", word, field))
    return tokens


def _range_end(query: str, i: int, field: str | None) -> int:
    """Where the range opened at `i` closes, or -1 when `[` or `{` starts a word.

    Either bracket closes either: [2024 TO 2025} includes its start, not its end.
    Without a field, only brackets around a TO make a range: `[sic]` is a word.
    """
    ends = [e for e in (query.find("]", i + 1), query.find("}", i + 1)) if e >= 0]
    end = min(ends, default=-1)
    if field is not None and end < 0:
        raise QueryError(f"unbalanced bracket: a {query[i]} is never closed by ] or }}")
    if field is None and (end < 0 or not _RANGE_TO.search(query[i + 1 : end].strip())):
        return -1
    return end


def _check_structure(tokens: list[_Token]) -> None:
    depth = 0
    prev: _Token | None = None
    for tok in tokens:
        if tok.kind == "open":
            depth += 1
        elif tok.kind == "close":
            depth -= 1
            if depth < 0:
                raise QueryError("unbalanced parentheses: a ) has no matching (")
            if prev is not None and prev.kind == "open":
                raise QueryError("empty parentheses: put something to search for inside ( )")
            if prev is not None and prev.kind == "op":
                raise QueryError(f"'{prev.text}' needs something to search for after it")
        elif (
            tok.kind == "op" and tok.text != "NOT" and (prev is None or prev.kind in ("op", "open"))
        ):
            if prev is not None and prev.kind == "op" and prev.text != "NOT":
                raise QueryError(f"'{prev.text}' and '{tok.text}' in a row: drop one")
            raise QueryError(f"'{tok.text}' needs something to search for on each side")
        prev = tok
    if depth > 0:
        raise QueryError("unbalanced parentheses: a ( is never closed")
    if prev is not None and prev.kind == "op":
        raise QueryError(f"'{prev.text}' needs something to search for after it")
    if not any(t.kind in ("word", "phrase", "squote", "range") for t in tokens):
        raise QueryError("nothing to search for")


def _date_bounds(text: str, original: str) -> tuple[int, int]:
    """First and last day (YYYYMMDD) of a year, month or day."""
    m = _DATE.match(text.strip())
    bad = QueryError(f"bad date '{text}' in {original}: use YYYY, YYYY-MM or YYYY-MM-DD")
    if not m:
        raise bad
    year = int(m.group(1))
    if year < 1:
        raise bad
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is None:
        return year * 10000 + 101, year * 10000 + 1231
    if not 1 <= month <= 12:
        raise bad
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + last
    if not 1 <= day <= last:
        raise bad
    value = year * 10000 + month * 100 + day
    return value, value


def _next_day(value: int, step: int) -> int:
    try:
        day = date(value // 10000, value // 100 % 100, value % 100) + timedelta(days=step)
    except OverflowError:  # before 0001-01-01 or after 9999-12-31: the open end
        return 0 if step < 0 else 99999999
    return day.year * 10000 + day.month * 100 + day.day


def _date_range(tok: _Token) -> qt.DateRange:
    original = f"date:{tok.text}" if tok.kind == "word" else f"date:{tok.text!r}"
    if tok.kind == "range":
        inner = tok.text[1:-1].strip()
        parts = _RANGE_TO.split(inner)
        if len(parts) != 2:
            raise QueryError(f"bad date range '{tok.text}': write date:[2024-01 to 2025-03]")
        # An empty end or * leaves the range open on that side, as in Whoosh's syntax.
        lo_text, hi_text = ("" if p.strip() == "*" else p.strip() for p in parts)
        lo = _date_bounds(lo_text, original)[0] if lo_text else 0
        hi = _date_bounds(hi_text, original)[1] if hi_text else 99999999
        if tok.text.startswith("{") and lo_text:
            lo = _next_day(_date_bounds(lo_text, original)[1], 1)
        if tok.text.endswith("}") and hi_text:
            hi = _next_day(_date_bounds(hi_text, original)[0], -1)
    else:
        m = _COMPARE.match(tok.text)
        if m:
            op, value = m.groups()
            first, last = _date_bounds(value, original)
            lo, hi = {
                ">": (_next_day(last, 1), 99999999),
                ">=": (first, 99999999),
                "<": (0, _next_day(first, -1)),
                "<=": (0, last),
            }[op]
        else:
            lo, hi = _date_bounds(tok.text, original)
    if lo > hi:
        raise QueryError(f"empty date range in {original}: the start is after the end")
    return qt.DateRange(DATE_FIELD, lo, hi)


def _wildcard_check(word: str) -> None:
    first = min((word.find(c) for c in "*?" if c in word), default=len(word))
    if first < MIN_PREFIX:
        raise QueryError(f"'{word}' is too broad: type at least {MIN_PREFIX} letters before * or ?")


def _term_range(tok: _Token) -> qt.TermRange:
    """`[a TO m]` without a field: the words from a to m, which the searcher
    expands like a prefix, to the most frequent of them."""
    parts = _RANGE_TO.split(tok.text[1:-1].strip())
    hint = "write [a TO m] with single words, or date:[2024-01 TO 2025-03] for dates"
    if len(parts) != 2:
        raise QueryError(f"bad range '{tok.text}': {hint}")
    low, high = ("" if p.strip() == "*" else p.strip().lower() for p in parts)
    if not low and not high:
        raise QueryError(f"'{tok.text}' is too broad: give a start or an end, e.g. [a TO m]")
    if not all(_RANGE_WORD.fullmatch(end) for end in (low, high) if end):
        raise QueryError(f"bad range '{tok.text}': {hint}")
    if low and high and low > high:
        raise QueryError(f"empty range '{tok.text}': the start is after the end")
    return qt.TermRange(
        WORDS_FIELD, low or None, high or None, tok.text[0] == "{", tok.text[-1] == "}"
    )


def _pattern(field: str, word: str, boost: float) -> qt.Prefix | qt.Wildcard:
    """`invest*` is a prefix; a * elsewhere, or any ?, makes a wildcard."""
    if word.find("*") == len(word) - 1 and "?" not in word:
        return qt.Prefix(field, word[:-1], boost)
    return qt.Wildcard(field, word, boost)


def _word(tok: _Token, field: str | None) -> qt.Node | None:
    """A word's node; None when nothing is left of it (a lone `^2` or `[`)."""
    # A bracket starting a word is no range here (`{a investors}`, `[sic]`).
    text = tok.text.lstrip("[{")
    word = _BOOST.sub("", text)
    boost = float(text[len(word) + 1 :]) if len(word) < len(text) else 1.0
    # A question mark ending a plain word is punctuation, not a wildcard.
    if word.endswith("?") and "*" not in word and word.count("?") == 1 and len(word) > 1:
        word = word[:-1]
    fuzzy = _FUZZY.match(word)
    if fuzzy and not fuzzy.group("word").endswith("\\"):
        stem = fuzzy.group("word")
        digits = fuzzy.group("dist") or "1"
        # int() refuses 4,300+ digits; any distance that long is too large anyway.
        dist = int(digits) if len(digits) <= 3 else MAX_FUZZY_DISTANCE + 1
        if dist > MAX_FUZZY_DISTANCE:
            raise QueryError(
                f"fuzzy distance {digits} in '{word}' is too large: use ~1 or ~{MAX_FUZZY_DISTANCE}"
            )
        if len(stem) < MIN_FUZZY or any(c in stem for c in "*?"):
            raise QueryError(
                f"'{word}' is too broad: fuzzy search needs a word of {MIN_FUZZY}+ letters"
            )
        return qt.Fuzzy(field or WORDS_FIELD, stem.lower(), dist, boost)
    if _TILDE.search(word):
        raise QueryError(f"'{word}': ~ goes at the end of a word, as in innovaton~ or innovaton~2")
    if "*" in word or "?" in word:
        _wildcard_check(word)
        return _pattern(field or WORDS_FIELD, word.lower(), boost)
    if field in NAME_FIELDS:
        return qt.Key(field, entity_key(word), boost)
    if not word:
        return None
    return qt.Word(field, word, boost)


def _folder(tok: _Token) -> qt.Key:
    """`folder:politics/uk`: that folder and the folders below it, one keyword."""
    if tok.kind == "word" and any(c in tok.text for c in "*?~"):
        raise QueryError(f"folder:{tok.text}: name a folder, as in folder:politics/uk")
    key = folder_key(tok.text)
    if not key:
        raise QueryError(f"nothing to search for in folder:{tok.text!r}")
    return qt.Key(FOLDER_FIELD, key)


def _leaf(tok: _Token, field: str | None) -> qt.Node | None:
    """The node of a word, phrase or range token under `field`."""
    if field == DATE_FIELD:
        return _date_range(tok)
    if field == FOLDER_FIELD and tok.kind != "range":
        return _folder(tok)
    if field == TAG_FIELD and tok.kind != "range":
        key = tag_key(tok.text)
        if not key or any(c in key for c in "*?~"):
            raise QueryError(f"tag:{tok.text}: name a tag, as in tag:energy or tag:follow-up")
        return qt.Key(TAG_FIELD, key)
    if tok.kind == "range" and field is None:
        return _term_range(tok)
    if tok.kind == "range":
        raise QueryError(
            f"ranges work only on dates and plain words: date:{tok.text} or {tok.text}"
        )
    if field in NAME_FIELDS and tok.kind != "word":
        key = entity_key(tok.text)
        if not key:
            raise QueryError(f"nothing to search for in {field}:{tok.text!r}")
        return qt.Key(field, key)
    if tok.kind in ("phrase", "squote"):
        text = tok.text.replace('"', " ").strip()
        if not text:
            raise QueryError("nothing to search for between the quotes")
        return qt.Phrase(field, text)
    return _word(tok, field)


def parse(query: str) -> qt.Node:
    """The query's tree; raises QueryError with what is wrong."""
    if not query.strip():
        raise QueryError("nothing to search for")
    if len(query) > MAX_QUERY:
        # Far past what anyone types; Whoosh's parser, which once read the query,
        # slowed down with the square of the length (100 KB: a minute).
        raise QueryError(f"query too long: {len(query):,} characters, the limit is {MAX_QUERY:,}")
    tokens = tokenize(query)
    _check_structure(tokens)
    # Each open parenthesis: its field, and its operands and operators so far.
    levels: list[tuple[str | None, list[qt.Node | str]]] = [(None, [])]
    for tok in tokens:
        current, items = levels[-1]
        field = tok.field or current
        if tok.kind == "open":
            levels.append((field, []))
        elif tok.kind == "close":
            levels.pop()
            levels[-1][1].append(_group(items))
        elif tok.kind == "op":
            if tok.text == "NOT" and items and items[-1] == "NOT":
                items.pop()  # NOT NOT x is x
            else:
                items.append(tok.text)
        else:
            node = _leaf(tok, field)
            if node is not None:
                items.append(node)
    return _group(levels[0][1])


def _group(items: list[qt.Node | str]) -> qt.Node:
    """One parenthesis's operands and operators as a node: NOT binds the one
    operand after it, then AND, then OR, and what is left side by side is all
    required. An operator left without an operand (`a AND ^2`: nothing is
    searched for in ^2) is dropped."""
    operands: list[qt.Node | str] = []
    negate = False
    for item in items:
        if item == "NOT":
            negate = True
            continue
        if isinstance(item, str):
            operands.append(item)
        else:
            operands.append(qt.Not(item) if negate else item)
        negate = False
    for op in ("AND", "OR"):
        joined: list[qt.Node | str] = []
        pending = False  # an `op` after the last operand
        chained = False  # the last operand was made by this `op`
        for item in operands:
            if item == op:
                pending = bool(joined) and not isinstance(joined[-1], str)
            elif pending and not isinstance(item, str):
                left = joined.pop()
                assert not isinstance(left, str)
                joined.append(_joined(op, left, item, chained))
                pending, chained = False, True
            else:
                joined.append(item)
                pending = chained = False
        operands = joined
    nodes = [item for item in operands if not isinstance(item, str)]
    return nodes[0] if len(nodes) == 1 else qt.And(tuple(nodes))


def _joined(op: str, left: qt.Node, right: qt.Node, chained: bool) -> qt.And | qt.Or:
    """`left op right`, where `chained` says that `left` is this op's own node
    (`a OR b` before OR c), which takes `right` in.

    A boost on a word without a field that starts an OR boosts the whole OR
    (`harbour^2 OR bridge` is (harbour OR bridge)^2): so Whoosh's parser read
    it, joining the OR into the word's group of fields.
    """
    if op == "AND":
        return qt.And((*left.children, right) if isinstance(left, qt.And) else (left, right))
    if isinstance(left, qt.Or) and (chained or left.boost == 1.0):
        return qt.Or((*left.children, right), left.boost)
    if isinstance(left, qt.Word) and left.field is None and left.boost != 1.0:
        return qt.Or((dataclasses.replace(left, boost=1.0), right), left.boost)
    return qt.Or((left, right))
