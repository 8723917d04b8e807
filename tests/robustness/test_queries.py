"""Whatever is typed in the search box: results, or a QueryError with a one-line message.

Never another exception: the search bar shows `QueryError.message` as it is,
and anything else would reach the user as a failure. The parser's ordinary
error messages are checked in tests/index/test_querylang.py.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.index.library import Library, QueryError
from reader.index.querylang import MAX_MESSAGE, MAX_QUERY, translate

QUERY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcome(library: Library, query: str) -> str:
    """'ok', or the QueryError message, checked to be one short line."""
    try:
        library.search(query, limit=5, passages=2)
    except QueryError as error:
        assert error.message, query
        assert "\n" not in error.message and "\r" not in error.message
        assert len(error.message) <= MAX_MESSAGE
        assert all(ord(c) >= 32 for c in error.message)
        return error.message
    return "ok"


@pytest.mark.parametrize(
    "query",
    ['"electric vehicle', "person:'lei jun", "'", '"', 'a "b', "car 'bike"],
)
def test_query_unbalanced_quotes_are_a_query_error(seeds_library: Library, query: str) -> None:
    assert "unbalanced quote" in outcome(seeds_library, query)


@pytest.mark.parametrize("query", ["(xiaomi", "xiaomi)", "((xiaomi)", "(", ")", "title:(car"])
def test_query_unbalanced_parentheses_are_a_query_error(seeds_library: Library, query: str) -> None:
    assert "parenthes" in outcome(seeds_library, query)


@pytest.mark.parametrize(
    "query",
    ["AND", "OR", "OR OR", "NOT", "NOT NOT", "xiaomi AND", "AND xiaomi", "xiaomi OR OR car",
     "(OR car)", "(car OR)", "car AND (", "NOT (", "-", "--"],
)  # fmt: skip
def test_query_bare_operators_are_a_query_error(seeds_library: Library, query: str) -> None:
    assert outcome(seeds_library, query) != "ok"


@pytest.mark.parametrize(
    "query",
    ["date:2024-13", "date:2024-02-30", "date:2024-00", "date:0000", "date:xyz", "date:>",
     "date:>=", "date:[x to y]", "date:[2024-13 to 2025]", "date:[2024 to 2025 to 2026]",
     "date:[]", "date:{}", "date:[2025 to 2024]", "date:*", "date:2024*", "date:99999",
     "date:-1"],
)  # fmt: skip
def test_query_bad_dates_are_a_query_error(seeds_library: Library, query: str) -> None:
    assert outcome(seeds_library, query) != "ok"


@pytest.mark.parametrize(
    "query",
    ["date:<0001", "date:<=0000", "date:<0001-01-01", "date:>9999-12-31", "date:>=9999",
     "date:{0001 to 0001}", "date:{9999 to 9999}", "date:[0001 to 9999]"],
)  # fmt: skip
def test_query_dates_at_the_ends_of_the_calendar_do_not_overflow(
    seeds_library: Library, query: str
) -> None:
    outcome(seeds_library, query)  # a result or a QueryError: never OverflowError


@pytest.mark.parametrize(
    "query", ["colour:red", "Colour:red", "_:x", "foo_bar:x", "a:", ":a", "::", "title::"]
)
def test_query_bad_field_names_are_a_query_error(seeds_library: Library, query: str) -> None:
    message = outcome(seeds_library, query)
    assert message != "ok"


@pytest.mark.parametrize(
    "query",
    ["xiaomi " * 20_000, "x" * 100_000, "date:" + "9" * 100_000, "(" * 50_000 + "car",
     '"' + "car " * 25_000, "zz" + "?" * 100_000, "car~" + "9" * 50_000],
    ids=["words", "one-word", "date", "parens", "open-phrase", "wildcards", "fuzzy"],
)  # fmt: skip
def test_query_very_long_input_is_answered_with_a_short_message(
    seeds_library: Library, query: str
) -> None:
    assert len(query) >= 50_000
    assert "too long" in outcome(seeds_library, query)


def test_query_at_the_length_limit_is_still_searched(seeds_library: Library) -> None:
    query = ("xiaomi car " * 1000)[:MAX_QUERY]
    assert outcome(seeds_library, query) == "ok"


@pytest.mark.parametrize(
    "query",
    ["\x00", "car\x00", "a\x00b", "\x01\x02\x1f", "\x7f", "car\nbike", "car\r\nbike", "\t",
     "\u200b", "\ufeff", "date:2024\x00", "person:'\x00'", 'title:"\x1b[31m"'],
)  # fmt: skip
def test_query_control_characters_and_nul_are_handled(seeds_library: Library, query: str) -> None:
    outcome(seeds_library, query)


@pytest.mark.parametrize(
    "query",
    ["*", "~", ":", "^", "?", "\\", "[", "]", "{", "}", "+", "a~", "~~", "^2", "a*", "*a",
     "person:*", "car~0", "car~99999999999999999999", "car^999999999999999999", "car^x",
     "car~/", "car~1/2"],
)  # fmt: skip
def test_query_lone_special_characters_are_handled(seeds_library: Library, query: str) -> None:
    outcome(seeds_library, query)


@pytest.mark.parametrize(
    "query",
    ["日本語", "Zürich", "العربية", "🙂", "Ελλάδα*", "place:'São Paulo'", 'person:"Łukasz"',
     "ﬁnance", "İstanbul~", "\u0301"],
)  # fmt: skip
def test_query_unicode_is_searched(seeds_library: Library, query: str) -> None:
    outcome(seeds_library, query)


def test_query_error_message_is_one_line_for_a_multiline_query() -> None:
    with pytest.raises(QueryError) as raised:
        translate("foo:bar\n\nsecond line")
    assert raised.value.message.startswith("unknown field 'foo'")
    assert "\n" not in raised.value.message


_QUERY_ALPHABET = st.sampled_from(
    [
        *"abcxyz AND OR NOT ()\"'*?~^:[]{}-+<>=/\\,.0123456789\x00\n\té日",
        "person:",
        "org:",
        "place:",
        "date:",
        "title:",
        "source:",
        " to ",
        "2024-",
        "xiaomi",
    ]
)


@QUERY_SETTINGS
@given(st.lists(_QUERY_ALPHABET, max_size=30).map("".join))
def test_query_fuzzed_from_query_syntax_never_raises_anything_but_query_error(
    seeds_library: Library, query: str
) -> None:
    outcome(seeds_library, query)


@QUERY_SETTINGS
@given(st.text(max_size=80))
def test_query_fuzzed_from_any_text_never_raises_anything_but_query_error(
    seeds_library: Library, query: str
) -> None:
    outcome(seeds_library, query)
    for other in (seeds_library.match_offsets, seeds_library.facets):
        try:
            if other is seeds_library.facets:
                seeds_library.facets(query)
            else:
                seeds_library.match_offsets(seeds_library.summaries()[0].id, query)
        except QueryError:
            pass
