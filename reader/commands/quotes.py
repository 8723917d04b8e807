"""`reader quotes`: who said what in a corpus, newest first, with where to find it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from reader import commands
from reader.commands._indexing import LibraryError, fail, read_current
from reader.index.querylang import QueryError

NAME = "quotes"
HELP = commands.HELP[NAME]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", default=None, metavar="NAME", help="only this speaker's")
    parser.add_argument("--corpus", type=Path, default=None, help="default: the sample corpus")
    parser.add_argument("--limit", type=int, default=None, help="at most this many quotations")
    parser.add_argument("--json", action="store_true", help="print JSON with offsets")


def run(args: argparse.Namespace) -> int:
    try:
        found = read_current(args.corpus, lambda lib: lib.quotes(args.person))
    except (LibraryError, QueryError) as exc:
        return fail(str(exc))
    if args.limit is not None:
        found = found[: max(0, args.limit)]
    if args.json:
        rows = [
            {
                "speaker": item.quote.speaker,
                "speaker_type": item.quote.speaker_type.value if item.quote.speaker_type else None,
                "kind": item.quote.kind.value,
                "verb": item.quote.verb,
                "text": item.quote.text,
                "start": item.quote.start,
                "end": item.quote.end,
                "article": item.article.id,
                "title": item.article.title,
                "date": item.article.published.isoformat() if item.article.published else None,
                "path": item.article.path,
            }
            for item in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0 if rows else 1
    console = Console(highlight=False, soft_wrap=True)
    if not found:
        who = f" by {args.person}" if args.person else ""
        print(f"no quotations{who} found", flush=True)
        return 1
    for item in found:
        quote = item.quote
        speaker = quote.speaker or "unattributed"
        when = item.article.published.isoformat() if item.article.published else "undated"
        console.print(f"[bold]{escape(speaker)}[/bold] ({quote.kind.value}):")
        console.print(f"  “{escape(quote.text)}”")
        console.print(
            f"  [dim]{escape(item.article.title)} · {when} · "
            f"{escape(item.article.id)} @{quote.start}-{quote.end}[/dim]"
        )
    return 0
