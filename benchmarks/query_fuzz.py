"""Generated queries through search and facets: what crashes, what stalls.

    READER_CACHE_DIR=... python benchmarks/query_fuzz.py CORPUS [--count 3000] [--seed 21]

Queries are built from the query language's own pieces (words, prefixes,
fuzzy terms, phrases, every field, date and term ranges, stacked operators,
parentheses) and from stray characters, by a seeded generator: the same seed
gives the same queries, so a failure reproduces. Each query goes through
`Library.search` and `Library.facets` as the app and `reader search` call
them; a `QueryError` is an answer, any other exception a crash. Index the
corpus first (`reader index CORPUS`) with the same READER_CACHE_DIR.
tests/robustness/test_query_fuzz.py runs the same generator on the seeds.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.index.library import Library, QueryError
from reader.index.schema import USER_FIELDS

WORDS = ("profit", "china", "bank", "oil", "election", "xiaomi", "investors", "shares",
         "market", "minister", "energy", "smartphone", "to", "TO", "and", "the", "a", "z",
         "Zürich", "日本", "co", "in", "2024", "9", "lei", "jun", "huawei", "beijing")  # fmt: skip
DATES = ("2024", "2025-03", "2024-02-29", "1999-12-31", "0001", "9999", "2024-13", "x", "*",
         "", "to", "2023/05/01")  # fmt: skip
STRAY = "*?~^:[]{}()\"'\\-+<>=/!&|,.;\x00\t\n"


@dataclass(frozen=True, slots=True)
class Outcome:
    query: str
    seconds: float  # search and facets together
    answer: str  # "ok", "partial", "query error: ...", or "crash: Type: message"


class QueryGenerator:
    """Random queries from the query language's grammar, reproducible from a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def queries(self, count: int) -> Iterator[str]:
        for _ in range(count):
            roll = self.rng.random()
            if roll < 0.08:
                yield self._stray()
            elif roll < 0.2:
                # Mostly the ranges that search; a range in another field is an error.
                field = self.rng.choice((None, None, None, "date", "date", *USER_FIELDS))
                yield self._range(field)
            else:
                yield self._expression(depth=0)

    def _expression(self, depth: int) -> str:
        rng = self.rng
        parts = [self._operand(depth) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        out = parts[0]
        for part in parts[1:]:
            glue = rng.choice((" ", " AND ", " OR ", " AND NOT ", " OR NOT ", " NOT ", " -"))
            out += glue + part
        return out

    def _operand(self, depth: int) -> str:
        rng = self.rng
        nots = rng.choice((0, 0, 0, 0, 1, 2, 3))
        prefix = "NOT " * nots if rng.random() < 0.8 else "-" * nots
        roll = rng.random()
        if roll < 0.15 and depth < 3:
            inner = self._expression(depth + 1)
            unbalanced = rng.random() < 0.05
            atom = rng.choice((f"({inner}", f"{inner})")) if unbalanced else f"({inner})"
        elif roll < 0.45:
            atom = self._field_atom()
        else:
            atom = self._word_atom()
        return prefix + atom

    def _word(self) -> str:
        rng = self.rng
        if rng.random() < 0.8:
            return rng.choice(WORDS)
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzé0") for _ in range(rng.randint(1, 9)))

    def _word_atom(self) -> str:
        rng = self.rng
        word = self._word()
        roll = rng.random()
        if roll < 0.15:
            return word[: rng.randint(1, 5)] + rng.choice(("*", "?", "*?", "**"))
        if roll < 0.25:
            dist = rng.choice(("", "0", "1", "2", "3", "99"))
            return f"{word}~{dist}" + rng.choice(("", "/1", "/"))
        if roll < 0.3:
            return f"{word}^{rng.choice(('2', '0.5', 'x', '1e9', ''))}"
        if roll < 0.45:
            quote = rng.choice(('"', '"', "'"))
            words = " ".join(self._word() for _ in range(rng.randint(0, 4)))
            return quote + words + (quote if rng.random() < 0.9 else "")
        if roll < 0.5:
            return self._range(None)
        return word

    def _field_atom(self) -> str:
        rng = self.rng
        field = rng.choice(USER_FIELDS)
        roll = rng.random()
        if field == "date" and roll < 0.6:
            return "date:" + rng.choice(("", ">", ">=", "<", "<=")) + rng.choice(DATES)
        if roll < 0.05:
            return self._range(field)
        if roll < 0.15:
            return f"{field}:({self._expression(depth=2)})"
        return f"{field}:{self._word_atom()}"

    def _range(self, field: str | None) -> str:
        rng = self.rng
        values = DATES if field == "date" else (*WORDS, "*", "", "0", "a", "z")
        low, high = rng.choice(values), rng.choice(values)
        open_, close = rng.choice("[{"), rng.choice("]}")
        close = "" if rng.random() < 0.05 else close
        to = rng.choice((" TO ", " to ", " TO ", " ", " TO TO "))
        body = f"{open_}{low}{to}{high}{close}"
        if field is None:
            return body
        return f"{field}:({body})" if rng.random() < 0.2 else f"{field}:{body}"

    def _stray(self) -> str:
        rng = self.rng
        return "".join(rng.choice(STRAY + "ab ") for _ in range(rng.randint(1, 12)))


def run(library: Library, query: str) -> Outcome:
    """Search and facets for one query, timed; never raises."""
    started = time.perf_counter()
    try:
        result = library.search(query, limit=20)
        library.facets(query)
        answer = "partial" if result.partial else "ok"
    except QueryError as error:
        answer = f"query error: {error.message}"
    except Exception as error:  # what the fuzz is looking for
        answer = f"crash: {type(error).__name__}: {error}"
    return Outcome(query, time.perf_counter() - started, answer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--slow", type=float, default=1.0, help="list queries over this (s)")
    args = parser.parse_args()
    library = Library.open(args.corpus)
    library.search("warm up")
    outcomes = [run(library, q) for q in QueryGenerator(args.seed).queries(args.count)]
    library.close()
    crashes = [o for o in outcomes if o.answer.startswith("crash")]
    slow = sorted((o for o in outcomes if o.seconds > args.slow), key=lambda o: -o.seconds)
    times = sorted(o.seconds for o in outcomes)
    kinds = {k: sum(o.answer.startswith(k) for o in outcomes) for k in ("ok", "partial", "query")}
    over = sum(o.seconds > 2.0 for o in outcomes)
    print(
        f"{len(outcomes)} queries (seed {args.seed}): {kinds['ok']} answered, "
        f"{kinds['partial']} partial, {kinds['query']} query errors, {len(crashes)} crashes; "
        f"median {times[len(times) // 2] * 1000:.1f} ms, "
        f"p99 {times[int(len(times) * 0.99)] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms, "
        f"{over} over 2 s"
    )
    for o in crashes:
        print(f"  crash  {o.query!r}: {o.answer}")
    for o in slow[:20]:
        print(f"  {o.seconds:5.2f} s {o.query!r}: {o.answer}")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
