"""`reader index [CORPUS] [--rebuild]`: build or update a corpus' search index."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from reader import commands
from reader.commands._indexing import LibraryError, corpus_arg, fail, open_library
from reader.corpus.names import shown
from reader.index.model import IndexHolder, IndexReport

NAME = "index"
HELP = commands.HELP[NAME]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=None,
        help="folder of articles; default: the sample corpus",
    )
    parser.add_argument("--rebuild", action="store_true", help="index every file again")


def run(args: argparse.Namespace) -> int:
    corpus = corpus_arg(args.corpus)
    err = Console(stderr=True)
    try:
        library = open_library(corpus)
    except LibraryError as exc:
        return fail(str(exc))
    with library:
        try:
            with Progress(
                TextColumn("indexing"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[path]}", style="dim"),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("index", total=None, path="")

                def progress(done: int, total: int, path: str) -> None:
                    bar.update(task, completed=done, total=total or None, path=path[-50:])

                report = library.update(progress, rebuild=args.rebuild)
        except LibraryError as exc:
            return fail(str(exc))
    # soft_wrap: a long corpus path must not break the summary line when the
    # output goes to a pipe or a script that greps it.
    console = Console(soft_wrap=True)
    if report.read_only:
        _print_held(console, report, corpus)
        return HELD_ELSEWHERE
    _print_report(console, report, corpus)
    return 0


HELD_ELSEWHERE = 1  # exit code: another process holds the index, this run did not index


def _print_held(console: Console, report: IndexReport, corpus: Path) -> None:
    """Why nothing was indexed, and what the index holds so far: not a summary of
    this run, which would read as an empty corpus while the other one builds it."""
    holder = report.holder or IndexHolder(None, False)
    then = (
        "it indexes the rest itself; run `reader index` again once it has finished"
        if holder.indexing
        else "it indexed the folder when it opened; run `reader index` again once it has"
        " closed to pick up later changes"
    )
    console.print(f"{holder.describe()}; this run does not index", style="yellow", markup=False)
    console.print(
        f"as of its last commit: {report.articles} articles in {shown(corpus)}, "
        f"{report.entities} entity mentions, {report.figures} figures",
        markup=False,
    )
    console.print(then, markup=False)


def _print_report(console: Console, report: IndexReport, corpus: Path) -> None:
    if report.rebuilt_reason:
        console.print(f"index {report.rebuilt_reason}", style="yellow", markup=False)
    for message in report.messages:
        console.print(message, style="yellow", markup=False)
    console.print(
        f"[bold]{report.articles}[/] articles in {escape(shown(corpus))}: "
        f"{report.added} files added, {report.changed} changed, {report.removed} removed, "
        f"{report.unchanged} unchanged"
    )
    console.print(
        f"{report.entities} entity mentions, {report.figures} figures; {report.seconds:.1f} s"
    )
    if report.duplicate_groups:
        groups = report.duplicate_groups
        console.print(
            f"{report.duplicate_articles} articles are copies of one another, in {groups}"
            f" group{'s' if groups != 1 else ''} (the app lists each group once)",
            markup=False,
        )
    if report.skipped:
        console.print(f"[yellow]{len(report.skipped)} files skipped:[/]")
        for path, reason in report.skipped:
            console.print(f"  {shown(path)}: {reason}", markup=False)
