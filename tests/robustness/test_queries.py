"""Whatever is typed in the search box: results, or a QueryError with a one-line message.

Never another exception: the search bar shows `QueryError.message` as it is,
and anything else would reach the user as a failure. The parser's ordinary
error messages are checked in tests/index/test_querylang.py.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.index import querylang, searching
from reader.index.errors import MAX_MESSAGE
from reader.index.library import Library, QueryError
from reader.index.querylang import MAX_QUERY
from reader.index.schema import USER_FIELDS
from reader.index.searching import MAX_EXPANSION, bound, make_parser, parse

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
        querylang.parse("foo:bar\n\nsecond line")
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


def ids(library: Library, query: str) -> set[str]:
    return {hit.summary.id for hit in library.search(query).hits}


@pytest.mark.parametrize(
    ("query", "same_as"),
    [("NOT NOT china", "china"), ("NOT NOT NOT china", "NOT china"),
     ("NOT NOT NOT NOT china", "china"), ("xiaomi NOT NOT china", "xiaomi china"),
     ("xiaomi OR NOT NOT NOT china", "xiaomi OR NOT china"), ("NOT (NOT china)", "china"),
     ("NOT NOT (NOT NOT china)", "china"), ("NOT -china", "china"), ("-NOT china", "china"),
     ("title:(NOT NOT china)", "title:china")],
)  # fmt: skip
def test_query_stacked_nots_cancel_in_pairs(
    seeds_library: Library, query: str, same_as: str
) -> None:
    everything = {s.id for s in seeds_library.summaries()}
    assert set() < ids(seeds_library, "china") < everything  # so that NOT changes the answer
    assert ids(seeds_library, query) == ids(seeds_library, same_as)
    seeds_library.facets(query)


@pytest.mark.parametrize("query", ["china -OR", "-AND china", "china title:NOT", "china -NOT"])
def test_query_operator_words_after_a_minus_or_a_field_are_words(
    seeds_library: Library, query: str
) -> None:
    # "or", "and", "not" are too common to be indexed: the query is china alone.
    assert ids(seeds_library, query) == ids(seeds_library, "china")


RANGES = ["[a TO z]", "{a TO z}", "[a TO]", "{TO z}", "[* TO z}", "[0 TO 9]", "{and TO the]"]
RANGE_FIELDS = [None, *USER_FIELDS]


@pytest.mark.parametrize("field", RANGE_FIELDS, ids=[f or "no-field" for f in RANGE_FIELDS])
@pytest.mark.parametrize("shape", ["{field}{range}", "{field}({range})", "china {field}{range}"])
def test_query_wide_ranges_in_every_field_answer_in_time_or_say_what_is_wrong(
    seeds_library: Library, field: str | None, shape: str
) -> None:
    for text in RANGES:
        query = shape.format(field=f"{field}:" if field else "", range=text)
        started = time.perf_counter()
        answer = outcome(seeds_library, query)
        try:
            seeds_library.facets(query)
        except QueryError:
            assert answer != "ok"
        assert time.perf_counter() - started < 2.0, query  # the budget the issue sets
        if field not in (None, "date"):
            assert "ranges work only on dates and plain words" in answer, query


def test_query_word_range_is_cut_to_its_most_frequent_words_and_says_partial(
    seeds_library: Library,
) -> None:
    result = seeds_library.search("[a TO z]")
    assert result.partial and result.total == len(seeds_library.summaries())
    searcher = seeds_library._s()
    assert searcher is not None
    b = bound(parse(make_parser(), "[a TO z]"), searcher.reader(), seeds_library._manifest)
    # Each of the most frequent stems is searched in the title and the body.
    assert b.partial and len({text for _, text in b.terms}) == MAX_EXPANSION
    assert {field for field, _ in b.terms} == {"title", "body"}
    assert seeds_library.search("[zebra TO zebu]").partial is False


def test_query_word_range_past_the_expansion_budget_is_still_bounded(
    seeds_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(searching, "EXPANSION_BUDGET", 0.0)  # as if the vocabulary were huge
    searcher = seeds_library._s()
    assert searcher is not None
    b = bound(parse(make_parser(), "[a TO z] OR co*"), searcher.reader(), seeds_library._manifest)
    assert b.partial and 0 < len({text for _, text in b.terms}) <= 2 * MAX_EXPANSION


def test_query_evaluation_stops_at_its_time_limit_and_says_partial(seeds_library: Library) -> None:
    query = "china OR xiaomi OR huawei OR phone OR car"
    assert not seeds_library.search(query).partial
    cut = seeds_library.search(query, time_limit=0.0)
    assert cut.partial and cut.total < seeds_library.search(query).total


@pytest.mark.parametrize(
    ("query", "message"),
    [("[a TO b TO c]", "bad range"), ("[2024-01 TO 2025]", "date:[2024-01 TO 2025-03]"),
     ("[* TO *]", "too broad"), ("[z TO a]", "start is after the end"),
     ("date:[* TO to}", "bad date 'to'"), ("{a", "nothing to search for")],
)  # fmt: skip
def test_query_bad_ranges_say_what_is_wrong(
    seeds_library: Library, query: str, message: str
) -> None:
    assert message in outcome(seeds_library, query)


@pytest.mark.parametrize("query", ["{a investors}", "[sic]", "(china [sic])"])
def test_query_brackets_without_to_are_words_not_ranges(seeds_library: Library, query: str) -> None:
    result = seeds_library.search(query)
    assert not result.partial  # no expansion: Whoosh did not read a range


def test_query_is_expanded_once_for_its_results_facets_and_passages(
    seeds_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.index import querying

    calls: list[object] = []
    real = querying.bound
    monkeypatch.setattr(querying, "bound", lambda *a: calls.append(a) or real(*a))
    result = seeds_library.search("[b TO y] china")
    seeds_library.facets("[b TO y] china")
    seeds_library.passages("[b TO y] china", [h.summary.id for h in result.hits])
    seeds_library.match_offsets(result.hits[0].summary.id, "[b TO y] china")
    assert len(calls) == 1
    seeds_library.search("[b TO y] xiaomi")
    assert len(calls) == 2
