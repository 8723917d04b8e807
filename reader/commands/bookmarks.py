"""`reader bookmarks list|export`: the user's bookmarks without opening the app."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from reader import commands
from reader.store.bookmarks import Bookmark, BookmarkStore
from reader.store.database import Database, StoreError
from reader.store.export import FORMATS, render, write_atomic

NAME = "bookmarks"
HELP = commands.HELP[NAME]

_QUOTE_WIDTH = 300


def add_arguments(parser: argparse.ArgumentParser) -> None:
    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--corpus", metavar="DIR", type=Path, help="only this corpus folder")
        p.add_argument(
            "--filter", metavar="TEXT", help="only bookmarks whose quote, note, tags or title match"
        )

    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="show bookmarks, newest first (the default)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    common(listing)
    export = actions.add_parser("export", help="write bookmarks as Markdown or JSON")
    export.add_argument("--format", choices=FORMATS, default="md", help="default: md")
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write here (default: stdout)"
    )
    common(export)
    parser.set_defaults(action="list", json=False, corpus=None, filter=None)


def run(args: argparse.Namespace) -> int:
    db = Database.open()
    try:
        if db.notice:
            print(f"reader: {db.notice}", file=sys.stderr)
        store = BookmarkStore(db)
        found = store.list(corpus=args.corpus, text=args.filter)
        if args.action == "export":
            return _export(found, args.format, args.output)
        if args.json:
            sys.stdout.write(render(found, "json"))
        else:
            sys.stdout.write(_text_listing(found, args, db))
        return 0
    except StoreError as exc:
        print(f"reader bookmarks: {exc.message}", file=sys.stderr)
        return 2
    finally:
        db.close()


def _export(found: list[Bookmark], fmt: str, output: Path | None) -> int:
    text = render(found, fmt)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomic(output, text)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"reader bookmarks: cannot write {output}: {reason}", file=sys.stderr)
        return 2
    noun = "bookmark" if len(found) == 1 else "bookmarks"
    print(f"Exported {len(found)} {noun} to {output}.")
    return 0


def _text_listing(found: list[Bookmark], args: argparse.Namespace, db: Database) -> str:
    if not found:
        if args.filter:
            return f"No bookmarks match {args.filter!r}.\n"
        if args.corpus is not None:
            return f"No bookmarks for {args.corpus}.\n"
        return (
            "No bookmarks yet. Bookmark a passage while reading an article in the app;\n"
            f"bookmarks are kept in {db.path or 'memory'}.\n"
        )
    noun = "bookmark" if len(found) == 1 else "bookmarks"
    lines = [f"{len(found)} {noun}, newest first", ""]
    for b in found:
        cited = ", ".join(x for x in (b.source, b.published) if x)
        head = f"#{b.id}  {b.created[:10]}  {' '.join(b.title.split()) or b.article_id}"
        lines.append(f"{head} ({cited})" if cited else head)
        quote = " ".join(b.quote.split())
        said = f" — {b.speaker}" if b.speaker else ""
        lines.append(
            textwrap.indent(
                textwrap.fill(f"“{textwrap.shorten(quote, _QUOTE_WIDTH)}”{said}", 76), "    "
            )
        )
        if b.note:
            lines.append(textwrap.indent(f"Note: {b.note}", "    "))
        if b.tags:
            lines.append(f"    Tags: {', '.join(b.tags)}")
        lines.append(
            f"    {b.file}" + ("  [detached: passage no longer found]" if b.detached else "")
        )
        lines.append("")
    return "\n".join(lines)
