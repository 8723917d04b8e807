"""`reader search QUERY`: ranked articles with their best passage, or JSON for scripts."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from reader import commands
from reader.commands._indexing import LibraryError, corpus_arg, fail, open_library, quiet_update
from reader.index.library import QueryError
from reader.index.model import SearchResult, SortOrder

NAME = "search"
HELP = commands.HELP[NAME]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help='e.g. xiaomi AND date:2025, person:"Lei Jun", invest*')
    parser.add_argument("--corpus", type=Path, default=None, help="default: the sample corpus")
    parser.add_argument("--limit", type=int, default=10, help="results to show (default 10)")
    parser.add_argument(
        "--sort", choices=[s.value for s in SortOrder], default=SortOrder.RELEVANCE.value
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="suggest a spelling (did you mean) even when the query matches",
    )


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit must be 1 or more")
    try:
        library = open_library(corpus_arg(args.corpus))
    except LibraryError as exc:
        return fail(str(exc))
    with library:
        try:
            quiet_update(library)
            result = library.search(
                args.query,
                sort=SortOrder(args.sort),
                limit=args.limit,
                passages=args.limit,
                suggest=False,
            )
            # A did-you-mean looks words up in the whole vocabulary: only when nothing
            # matched, or when asked for.
            if args.suggest or not result.total:
                suggestion = library.suggest(args.query)
                result = dataclasses.replace(result, suggestion=suggestion)
        except QueryError as exc:
            return fail(f"bad query: {exc.message}")
        except LibraryError as exc:
            return fail(str(exc))
    if args.json:
        print(json.dumps(_as_json(result), ensure_ascii=False, indent=2))
    else:
        _print(result)
    return 0 if result.total else 1


def _as_json(result: SearchResult) -> dict[str, object]:
    return {
        "query": result.query,
        "total": result.total,
        "partial": result.partial,
        "suggestion": result.suggestion,
        "elapsed_ms": round(result.elapsed_ms, 1),
        "hits": [
            {
                "id": h.summary.id,
                "title": h.summary.title,
                "published": h.summary.published.isoformat() if h.summary.published else None,
                "source": h.summary.source,
                "path": h.summary.path,
                # The id leading its group of copies (exact or near duplicates), or null.
                "copies_of": h.summary.group,
                "score": round(h.score, 3),
                "hits": h.hit_count,
                "passage": None
                if h.passage is None
                else {"text": h.passage.text, "marks": [list(m) for m in h.passage.marks]},
            }
            for h in result.hits
        ],
    }


def _plural(count: int, word: str) -> str:
    if count == 1:
        return word
    return word + ("es" if word.endswith("ch") else "s")


def _print(result: SearchResult) -> None:
    # Rich only for the listing: `--json`, which scripts run, starts ~20 ms sooner.
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    console = Console()
    shown = len(result.hits)
    partial = " (partial: the search was cut short)" if result.partial else ""
    # The query and suggestion are the user's text: never let Rich read them as markup.
    summary = Text.assemble(
        (str(result.total), "bold"),
        " article matches " if result.total == 1 else " articles match ",
        (result.query, "cyan"),
        f" ({result.elapsed_ms:.0f} ms){partial}",
    )
    console.print(summary, highlight=False)
    if result.suggestion:
        console.print(Text.assemble("did you mean: ", (result.suggestion, "bold")))
    for rank, hit in enumerate(result.hits, start=1):
        s = hit.summary
        when = s.published.isoformat() if s.published else "undated"
        head = Text(f"{rank:>2}. ", style="dim")
        head.append(s.title, style="bold")
        head.append(f"  {when}", style="dim")
        if s.source:
            head.append(f" · {s.source}", style="dim")
        head.append(f" · {hit.hit_count} {_plural(hit.hit_count, 'match')}", style="dim")
        if s.group is not None:
            head.append(" · has copies" if s.group == s.id else f" · a copy of {s.group}",
                        style="dim")
        console.print(head)
        if hit.passage is not None:
            passage = Text(hit.passage.text)
            for start, end in hit.passage.marks:
                passage.stylize("bold reverse", start, end)
            console.print(Padding(passage, (0, 0, 0, 4)))
        # A path stays on one line so that it can be copied or piped.
        console.print(Text(f"    {s.path}", style="dim"), soft_wrap=True)
    if result.total > shown:
        console.print(f"[dim]{result.total - shown} more; use --limit[/]")
