import pytest

from reader.index.querylang import QueryError, translate


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
        translate(query)
    assert message in info.value.message


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('person:"Mara Quill"', "person:'mara quill'"),
        ("person:'MARA quill'", "person:'mara quill'"),
        ("date:2024", "date:[20240101 TO 20241231]"),
        ("date:2024-02", "date:[20240201 TO 20240229]"),
        ("date:[2024-01 to 2025-03]", "date:[20240101 TO 20250331]"),
        ("date:>=2024-06", "date:[20240601 TO 99999999]"),
        ("date:<2024", "date:[0 TO 20231231]"),
        ("invest*", "words:invest*"),
        ("innovaton~", "words:innovaton~1"),
        ("harbour -bridge", "harbour NOT bridge"),
        ("place:(northport OR southvale)", "( place:'northport' OR place:'southvale' )"),
        ("why?", "why"),
    ],
)
def test_translation(query: str, expected: str) -> None:
    assert translate(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("NOT NOT harbour", "harbour"),
        ("NOT NOT NOT harbour", "NOT harbour"),
        ("harbour NOT -bridge", "harbour bridge"),
        ("-NOT harbour", "NOT not harbour"),
        ("harbour title:OR", "harbour title:or"),
        ("date:[2024 to 2025}", "date:[20240101 TO 20241231]"),
        ("date:{2024 to 2025]", "date:[20250101 TO 20251231]"),
        ("date:[* to 2024]", "date:[0 TO 20241231]"),
        ("date:[2024 to *]", "date:[20240101 TO 99999999]"),
        ("[a to m]", "words:['a' TO 'm']"),
        ("{Atom TO tomato]", "words:{'atom' TO 'tomato']"),
        ("[* TO m}", "words:['' TO 'm'}"),
        ("[a TO]", "words:['a' TO]"),
        ("harbour (bridge [a TO c])", "harbour ( bridge words:['a' TO 'c'] )"),
        ("{a investors}", "a investors}"),
        ("[sic]", "sic]"),
    ],
)
def test_translation_of_stacked_operators_and_ranges(query: str, expected: str) -> None:
    """Nothing reaches Whoosh that its parser fails on (NOT NOT) or reads as a range
    the user did not write (a word starting with a bracket)."""
    assert translate(query) == expected


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
        translate(query)
    assert message in info.value.message
