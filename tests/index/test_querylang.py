import pytest

from reader.index.query_tree import (
    And,
    DateRange,
    Fuzzy,
    Key,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    TermRange,
    Word,
)
from reader.index.querylang import QueryError, parse


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"electric vehicle', "unbalanced quote"),
        ("person:'mara quill", "unbalanced quote"),
        ("(harbour OR bridge", "unbalanced parentheses"),
        ("harbour)", "unbalanced parentheses"),
        ("foo:bar", "unknown field 'foo': use title, person, org, place"),
        ("date:xyz", "bad date 'xyz' in date:xyz"),
        ("date:2024-13", "bad date '2024-13'"),
        ("date:[2025 to 2024]", "empty date range"),
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ("AND", "'AND' needs something"),
        ("harbour AND", "'AND' needs something to search for after it"),
        ("harbour AND OR bridge", "'AND' and 'OR' in a row"),
        ("harbour NOT", "'NOT' needs something"),
        ("()", "empty parentheses"),
        ("a*", "too broad"),
        ("*", "too broad"),
        ("innovation~5", "fuzzy distance 5"),
        ("title:", "nothing after 'title:'"),
        ("title:[a to b]", "ranges work only on dates"),
    ],
)
def test_malformed_queries_say_what_is_wrong(query: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse(query)
    assert message in info.value.message


def _dates(low: int, high: int) -> DateRange:
    return DateRange("date", low, high)


HARBOUR, BRIDGE = Word(None, "harbour"), Word(None, "bridge")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('person:"Mara Quill"', Key("person", "mara quill")),
        ("person:'MARA quill'", Key("person", "mara quill")),
        ("date:2024", _dates(20240101, 20241231)),
        ("date:2024-02", _dates(20240201, 20240229)),
        ("date:[2024-01 to 2025-03]", _dates(20240101, 20250331)),
        ("date:>=2024-06", _dates(20240601, 99999999)),
        ("date:<2024", _dates(0, 20231231)),
        ("invest*", Prefix("words", "invest")),
        ("innovaton~", Fuzzy("words", "innovaton", 1)),
        ("harbour -bridge", And((HARBOUR, Not(BRIDGE)))),
        (
            "place:(northport OR southvale)",
            Or((Key("place", "northport"), Key("place", "southvale"))),
        ),
        ("why?", Word(None, "why")),
    ],
)
def test_parse(query: str, expected: Node) -> None:
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("NOT NOT harbour", HARBOUR),
        ("NOT NOT NOT harbour", Not(HARBOUR)),
        ("harbour NOT -bridge", And((HARBOUR, BRIDGE))),
        ("-NOT harbour", And((Not(Word(None, "NOT")), HARBOUR))),
        ("harbour title:OR", And((HARBOUR, Word("title", "OR")))),
        ("date:[2024 to 2025}", _dates(20240101, 20241231)),
        ("date:{2024 to 2025]", _dates(20250101, 20251231)),
        ("date:[* to 2024]", _dates(0, 20241231)),
        ("date:[2024 to *]", _dates(20240101, 99999999)),
        ("[a to m]", TermRange("words", "a", "m")),
        ("{Atom TO tomato]", TermRange("words", "atom", "tomato", True, False)),
        ("[* TO m}", TermRange("words", None, "m", False, True)),
        ("[a TO]", TermRange("words", "a", None)),
        ("harbour (bridge [a TO c])", And((HARBOUR, And((BRIDGE, TermRange("words", "a", "c")))))),
        ("{a investors}", And((Word(None, "a"), Word(None, "investors}")))),
        ("[sic]", Word(None, "sic]")),
    ],
)
def test_parse_of_stacked_operators_and_ranges(query: str, expected: Node) -> None:
    """NOT NOT cancels out; a word starting with a bracket is no range the user
    did not write; an operator word after a minus or a field is a word."""
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a b OR c", And((Word(None, "a"), Or((Word(None, "b"), Word(None, "c")))))),
        ("a OR b AND c", Or((Word(None, "a"), And((Word(None, "b"), Word(None, "c")))))),
        ("NOT a OR b", Or((Not(Word(None, "a")), Word(None, "b")))),
        ("harbour^2 OR bridge", Or((HARBOUR, BRIDGE), boost=2.0)),
        ("title:harbour^2 OR bridge", Or((Word("title", "harbour", 2.0), BRIDGE))),
        ("-title:harbour", Not(Word("title", "harbour"))),
        ("harbour\xa0bridge", And((HARBOUR, BRIDGE))),
        # A minus before a phrase or a group excludes it, as before a word (Whoosh's
        # parser ignored it there, so the phrase counted as wanted).
        ('harbour -"old bridge"', And((HARBOUR, Not(Phrase(None, "old bridge"))))),
        ("harbour -(bridge OR a)", And((HARBOUR, Not(Or((BRIDGE, Word(None, "a"))))))),
        ("harbour - bridge", And((HARBOUR, Word(None, "-"), BRIDGE))),
    ],
)
def test_operators_bind_as_whoosh_bound_them(query: str, expected: Node) -> None:
    """NOT, then AND, then OR, then words side by side; a boost on an unfielded
    word starting an OR is the OR's (see `whoosh_query`'s equivalence test)."""
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date:[* TO to}", "bad date 'to'"),
        ("date:[2024 TO 2025", "a [ is never closed by ] or }"),
        ("title:[a TO m]", "ranges work only on dates and plain words"),
        ("org:([a TO m])", "ranges work only on dates and plain words"),
        ("[a TO b TO c]", "bad range '[a TO b TO c]'"),
        ("[2024-01 TO 2025]", "date:[2024-01 TO 2025-03] for dates"),
        ("[* TO *]", "too broad"),
        ("[m TO a]", "the start is after the end"),
        ("investors~99/", "fuzzy distance 99"),  # the / once hid the distance from the check
        ("a~b", "~ goes at the end of a word"),
    ],
)
def test_bad_ranges_and_fuzzy_terms_say_what_is_wrong(query: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse(query)
    assert message in info.value.message
