"""`reader entities`: the people, organisations, places... a corpus mentions most."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reader import commands
from reader.commands._indexing import LibraryError, fail, read_current
from reader.extract.model import EntityType

NAME = "entities"
HELP = commands.HELP[NAME]

_TYPES = [t.value for t in EntityType if t is not EntityType.DATE]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=None, help="default: the sample corpus")
    parser.add_argument(
        "--type",
        choices=[t.lower() for t in _TYPES] + _TYPES,
        default=None,
        help="only this type",
    )
    parser.add_argument("--limit", type=int, default=50, help="names per type (default 50)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    try:
        facets = read_current(args.corpus, lambda lib: lib.facets(per_type=max(1, args.limit)))
    except LibraryError as exc:
        return fail(str(exc))
    if args.type:
        facets = [f for f in facets if f.type == args.type.upper()]
    if args.json:
        print(
            json.dumps(
                [
                    {"type": f.type, "name": f.name, "mentions": f.mentions, "articles": f.articles}
                    for f in facets
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        table = Table("type", "name", "mentions", "articles")
        for f in facets:
            table.add_row(f.type, Text(f.name), str(f.mentions), str(f.articles))
        Console().print(table)
    return 0 if facets else 1
