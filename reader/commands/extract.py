"""`reader extract FILE`: the entities and figures of one file, for checking extraction."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from reader import commands
from reader.corpus.model import Article, SkippedFile
from reader.extract.annotate import annotate
from reader.extract.model import EntityType

NAME = "extract"
HELP = commands.HELP[NAME]

STYLES = {
    EntityType.PERSON: "bold cyan",
    EntityType.ORG: "bold magenta",
    EntityType.GPE: "bold green",
    EntityType.PRODUCT: "bold yellow",
    EntityType.EVENT: "bold red",
    EntityType.NORP: "bold blue",
    EntityType.DATE: "italic bright_white on grey23",
}
FIGURE_STYLE = "underline"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="an article file")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON with offsets into the file's text (as read as UTF-8)",
    )


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        print(f"reader extract: {path}: no such file", file=sys.stderr)
        return 2
    try:
        from reader.corpus.loader import load_file

        loaded = load_file(path, path.parent)
    except (OSError, ValueError) as exc:
        print(f"reader extract: {path}: cannot read ({exc})", file=sys.stderr)
        return 2
    if isinstance(loaded, SkippedFile):
        print(f"reader extract: {path}: {loaded.reason}", file=sys.stderr)
        return 2
    if not loaded:
        print(f"reader extract: {path}: no article text found", file=sys.stderr)
        return 2
    if args.json:
        payload, unmapped = to_json(loaded)
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        if unmapped:
            print(
                f"reader extract: {unmapped} mention(s) lie in text the loader rewrote"
                " and have no offset in the file; left out",
                file=sys.stderr,
            )
        return 0
    console = Console(highlight=False)
    for article in loaded:
        console.print(render(article))
        console.print()
    console.print(legend())
    return 0


def to_json(articles: list[Article]) -> tuple[dict[str, Any], int]:
    """Mentions of every article with offsets mapped to the file; and how many could not be."""
    entities: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    unmapped = 0
    many = len(articles) > 1
    for article in articles:
        annotations = annotate(article)
        for entity in annotations.entities:
            span = _raw_span(article, entity.start, entity.end)
            if span is None:
                unmapped += 1
                continue
            item = {
                "start": span[0],
                "end": span[1],
                "text": entity.text,
                "type": entity.type.value,
                "canonical": entity.canonical,
            }
            entities.append({**item, "article": article.id} if many else item)
        kept: dict[int, int] = {}
        rows: list[dict[str, Any]] = []
        for index, figure in enumerate(annotations.figures):
            span = _raw_span(article, figure.start, figure.end)
            if span is None:
                unmapped += 1
                continue
            kept[index] = len(figures) + len(rows)
            row = dataclasses.asdict(figure)
            row.update(start=span[0], end=span[1], kind=figure.kind.value)
            if many:
                row["article"] = article.id
            rows.append(row)
        for row in rows:
            if row.get("linked") is not None:
                row["linked"] = kept.get(row["linked"])
        figures.extend(rows)
    return {"entities": entities, "figures": figures}, unmapped


def _raw_span(article: Article, start: int, end: int) -> tuple[int, int] | None:
    raw_start, raw_end = article.to_raw(start), article.to_raw(end)
    if raw_start is None or raw_end is None or raw_end - raw_start != end - start:
        return None
    return raw_start, raw_end


def render(article: Article) -> Text:
    """The cleaned article with entities coloured by type and figures underlined."""
    annotations = annotate(article)
    text = Text(article.text)
    for figure in annotations.figures:
        text.stylize(FIGURE_STYLE, figure.start, figure.end)
    for entity in annotations.entities:
        text.stylize(STYLES[entity.type], entity.start, entity.end)
    return text


def legend() -> Text:
    out = Text()
    for kind, style in STYLES.items():
        out.append(kind.value, style=style)
        out.append("  ")
    out.append("figure", style=FIGURE_STYLE)
    return out
