"""The Whoosh queries made from query trees are the ones Whoosh's parser made.

Before the query tree, `querylang` rewrote a query into Whoosh's syntax and
Whoosh's MultifieldParser (title and body, AND between words, the fuzzy-term
plugin) parsed that string. `data/whoosh_queries.json` holds what that path
made of 739 queries (those of the tests, the benchmarks and the README's table,
boosts, fields and operators, and random combinations of them): run once with
the code of commit df48cea, each query's Whoosh query (below as `describe`
gives it) or its QueryError. The one parse must make exactly the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from whoosh import query as wq

from reader.index.querylang import QueryError
from reader.index.searching import make_parser, parse

_EXPECTED = json.loads((Path(__file__).parent / "data" / "whoosh_queries.json").read_text("utf-8"))
# Positions in the string Whoosh's parser read, which nothing uses.
_POSITIONS = {"startchar", "endchar", "char_ranges"}


def describe(q: Any) -> Any:
    """A query as plain data: its class and attributes, all the way down."""
    if q is wq.NullQuery:
        return "NullQuery"
    if isinstance(q, wq.Query):
        attrs = {k: describe(v) for k, v in sorted(vars(q).items()) if k not in _POSITIONS}
        return [type(q).__name__, attrs]
    if isinstance(q, list | tuple):
        return [describe(x) for x in q]
    if isinstance(q, bytes):
        return {"bytes": q.decode("utf-8", "replace")}
    if q is None or isinstance(q, str | int | float | bool):
        return q
    return repr(q)


def made(query: str) -> Any:
    try:
        return describe(parse(make_parser(), query))
    except QueryError as error:
        return "QueryError: " + error.message


def test_the_same_whoosh_queries_as_the_parser_made() -> None:
    assert len(_EXPECTED) == 739
    wrong = [(query, expected) for query, expected in _EXPECTED if made(query) != expected]
    assert not wrong, f"{len(wrong)} differ, the first: {wrong[0]}"


def test_equal_queries_compare_equal() -> None:
    """`describe` is no looser than Whoosh's own equality."""
    parser = make_parser()
    a, b = parse(parser, "harbour^2 OR title:bridge"), parse(parser, "harbour^2 OR title:bridge")
    assert a == b and describe(a) == describe(b)
    assert describe(a) != describe(parse(parser, "harbour OR title:bridge^2"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Whoosh's parser read the quote in `person:'lei'^2` as part of the name.
        ("person:lei^2", wq.Term("person", "lei", boost=2.0)),
        # It made the boost after ~ a word of its own (^2 analyses to nothing; ^2.5 to "2.5").
        ("innovaton~^2", wq.FuzzyTerm("words", "innovaton", 2.0, 1, 0)),
        ("innovaton~2^3", wq.FuzzyTerm("words", "innovaton", 3.0, 2, 0)),
        # ANDNOT, ANDMAYBE and REQUIRE were Whoosh's operators only between two
        # spaces (and REQUIRE at the start), unchecked: the query language has
        # AND, OR and NOT.
        ("harbour ANDNOT bridge", "harbour andnot bridge"),
        ("harbour REQUIRE bridge", "harbour require bridge"),
        # `-date:2024` searched the numeric field for the text "2024"; `-title:invest*`
        # read as NOT words AND title:invest*.
        ("-date:2024", wq.Not(wq.NumericRange("date", 20240101, 20241231))),
        ("-title:invest*", wq.Not(wq.Prefix("title", "invest"))),
        # Crashed in Whoosh's parser (IndexError): NOT, then an operator.
        ("NOT ^2 AND harbour", "harbour"),
    ],
)
def test_where_whoosh_misread_the_rewritten_string(query: str, expected: Any) -> None:
    """Queries whose rewriting into Whoosh's syntax Whoosh's parser read otherwise
    than the query language meant: the tree says what was meant."""
    if isinstance(expected, str):
        expected = parse(make_parser(), expected)
    assert parse(make_parser(), query) == expected


def test_a_tree_leaf_is_analysed_as_the_index_was() -> None:
    parser = make_parser()
    assert parse(parser, "Investing") == wq.Or(
        [wq.Term("title", "invest"), wq.Term("body", "invest")]
    )
    assert parse(parser, "title:foo-bar^2") == wq.And(
        [wq.Term("title", "foo", boost=2.0), wq.Term("title", "bar", boost=2.0)]
    )
    assert parse(parser, "title:investing*") == wq.Prefix("title", "invest")
    with pytest.raises(QueryError, match="only very common words"):
        parse(parser, "the AND (of OR NOT a)")
