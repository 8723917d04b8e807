"""`reader figures --entity NAME`: the figure ledger of one entity across a corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader import commands
from reader.commands._indexing import LibraryError, fail, read_current
from reader.extract.model import EntityType

if TYPE_CHECKING:
    from reader.index.corpus_entities import CorpusEntity
    from reader.index.ledger import LedgerRow
    from reader.index.library import Library

NAME = "figures"
HELP = commands.HELP[NAME]

_TYPES = [t.value.lower() for t in EntityType if t is not EntityType.DATE]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--entity", required=True, metavar="NAME",
                        help="a person, organisation, place... as `reader entities` lists it")
    parser.add_argument("--type", choices=_TYPES, default=None,
                        help="the entity's type, when the name has several")
    parser.add_argument("--corpus", type=Path, default=None, help="default: the sample corpus")
    parser.add_argument("--sort", choices=["date", "value", "kind", "label", "article"],
                        default="date", help="row order (default: newest first)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")
    output.add_argument("--csv", action="store_true", help="print CSV instead of a table")


def run(args: argparse.Namespace) -> int:
    from reader.index import ledger

    kind = EntityType(args.type.upper()) if args.type else None
    def read(library: Library) -> tuple[CorpusEntity | None, list[LedgerRow]]:
        entity = library.find_entity(args.entity, kind)
        return entity, library.ledger(entity) if entity is not None else []

    try:
        entity, rows = read_current(args.corpus, read)
    except LibraryError as exc:
        return fail(str(exc))
    if entity is None:
        what = f"{args.type} " if args.type else ""
        return fail(f"no {what}entity called {args.entity!r} in this corpus "
                    "(`reader entities` lists them)", code=1)
    rows = ledger.sort(rows, ledger.LedgerSort(args.sort))
    if args.json:
        print(ledger.to_json(rows))
    elif args.csv:
        sys.stdout.write(ledger.to_csv(rows))
    else:
        _print_table(entity.name, entity.type.value, rows)
    return 0 if rows else 1


def _print_table(name: str, kind: str, rows: list[LedgerRow]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    if not rows:
        console.print(Text(f"No figures stated about {name} ({kind})."))
        return
    table = Table("date", "value", "kind", "label", "article", title=f"{name} ({kind})")
    for row in rows:
        value = Text(row.shown)
        if row.conflict:
            value.append(" ≠", style="bold yellow")
        table.add_row(row.day.isoformat() if row.day else "", value, row.kind, Text(row.label),
                      Text(row.article.title))
    console.print(table)
    conflicts = sorted({row.conflict for row in rows if row.conflict})
    for note in conflicts:
        console.print(Text(f"≠ {note}", style="yellow"))
