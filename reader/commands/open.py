"""`reader [CORPUS]`: open a folder of articles in the app."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from reader import commands
from reader.paths import sample_corpus_dir

NAME = "open"
HELP = commands.HELP[NAME]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=None,
        help="folder of articles (txt, md, html, json, jsonl); default: the sample corpus",
    )


def run(args: argparse.Namespace) -> int:
    corpus: Path = args.corpus if args.corpus is not None else sample_corpus_dir()
    corpus = corpus.expanduser()
    if not corpus.exists():
        print(f"reader: no such folder: {corpus}", file=sys.stderr)
        return 2
    if not corpus.is_dir():
        print(f"reader: not a folder: {corpus}", file=sys.stderr)
        return 2
    corpus = corpus.resolve()
    # The article list is read from the manifest while Textual is imported; the
    # index itself (Whoosh) opens after the first frame. Textual is imported only
    # here, so headless commands stay fast.
    # Start-up allocates hundreds of thousands of objects that all live on (modules,
    # widgets, 20,000 list rows): collecting them as they come only scans them over
    # and over (60-100 ms at 20,000 articles). The main screen turns the collector
    # back on after its first frame, with all of it frozen (`MainScreen._first_frame`).
    gc.disable()
    from reader.tui.first_look import FirstLook

    first_look = FirstLook.start(corpus)
    from reader.tui.app import ReaderApp

    ReaderApp(corpus, first_look=first_look).run()
    return 0
