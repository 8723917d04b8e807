"""Command-line entry point.

`reader [CORPUS]` opens the app; `reader COMMAND ...` runs a headless command.
Each command lives in its own module under `reader/commands/` and exposes
`NAME`, `HELP`, `add_arguments(parser)` and `run(args) -> int`; its name and
help are also listed in `reader.commands.HELP`, so that `reader --help` imports
no command (they pull in the index, the extractors or the app).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from types import ModuleType

from reader import __version__, commands


def _command_names() -> list[str]:
    """Command names, from reader.commands.HELP: none is imported."""
    return sorted(commands.HELP)


def _command_modules(names: list[str] | None = None) -> dict[str, ModuleType]:
    """Import the commands asked for (all by default).

    Importing only the command being run keeps start-up short: the app does
    not pay for the extractors or the store's export code before it draws, and
    `reader --help` imports none.
    """
    found: dict[str, ModuleType] = {}
    for name in _command_names() if names is None else names:
        module = importlib.import_module(f"{commands.__name__}.{name}")
        found[module.NAME] = module
    return found


def build_parser(
    modules: dict[str, ModuleType], names: list[str] | None = None
) -> argparse.ArgumentParser:
    """The parser for every command in `names` (default: those of `modules`); only
    the commands in `modules` get their arguments, the others their help line."""
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A keyboard-first terminal reader for folders of news articles.",
        epilog="With no command, opens CORPUS (default: the bundled sample corpus) in the app.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in sorted({*modules, *(names or ())}):
        module = modules.get(name)
        text = module.HELP if module is not None else commands.HELP[name]
        command_parser = sub.add_parser(name, help=text, description=text)
        if module is not None:
            module.add_arguments(command_parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    names = _command_names()
    # A first argument that is not a command is the corpus folder for the app.
    if not argv or (argv[0] not in names and not argv[0].startswith("-")):
        argv = ["open", *argv]
    # Only the command being run is imported; `reader --help` and `--version` need none.
    modules = _command_modules([argv[0]]) if argv[0] in names else {}
    # The other commands' help lines only show in `reader --help`: a command being run
    # gets a parser of its own alone (each subparser costs argparse's gettext lookups).
    parser = build_parser(modules, None if modules else names)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(modules[args.command].run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader search ... | head` closes the pipe early; that is not an error.
        return 0
    except Exception as error:  # never show a traceback to a user
        # Imported here: the error log's path needs platformdirs, which `--help` does not.
        from reader.errors import report_unexpected

        print(report_unexpected(error, f"reader {args.command}"), file=sys.stderr)
        return 3
