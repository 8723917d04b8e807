import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli, commands, errors


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("reader ")


def test_unexpected_error_is_one_line_and_logged(monkeypatch, capsys) -> None:
    class Exploding:
        NAME = "explode"
        HELP = "fails"

        @staticmethod
        def add_arguments(parser) -> None:
            return None

        @staticmethod
        def run(args) -> int:
            raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "_command_names", lambda: ["explode"])
    monkeypatch.setattr(cli, "_command_modules", lambda names=None: {"explode": Exploding})
    assert cli.main(["explode"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "RuntimeError: boom second line" in err
    assert "Traceback" not in err
    log = errors.log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "boom" in log


@pytest.mark.parametrize("argv", [["--help"], ["index", "--help"]])
def test_help_exits_cleanly(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(argv)
    assert stop.value.code == 0


def test_running_one_command_imports_only_that_command(monkeypatch) -> None:
    imported: list[list[str] | None] = []
    real = cli._command_modules

    def spy(names=None):
        imported.append(names)
        return real(names)

    monkeypatch.setattr(cli, "_command_modules", spy)
    with pytest.raises(SystemExit):
        cli.main(["bookmarks", "--help"])
    assert imported == [["bookmarks"]]


def _modules_after(argv: list[str]) -> set[str]:
    """The top-level packages a fresh interpreter has imported after `reader ARGV`."""
    code = (
        "import sys\n"
        "from reader import cli\n"
        "try:\n"
        f"    cli.main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    root = Path(cli.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env, check=True
    )
    return set(done.stderr.split())


def test_search_on_a_current_index_imports_no_extractor_nor_the_app(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        "Harbour board approves new berth\n\nThe board approved the berth on Monday.\n",
        encoding="utf-8",
    )
    assert cli.main(["index", str(corpus)]) == 0
    loaded = _modules_after(["search", "berth", "--corpus", str(corpus)])
    assert "whoosh" in loaded  # it did search
    heavy = {"textual", "trafilatura", "lxml"}
    assert not heavy & {name.split(".")[0] for name in loaded}
    assert not {"reader.extract.annotate", "reader.corpus.assemble", "reader.tui",
                "reader.extract.figures", "reader.extract.quotes"} & loaded
    # Nothing to extract nor regroup, no list order (relevance): not even those modules.
    assert not {"reader.index.extraction", "reader.index.duplicates",
                "reader.index.collection"} & loaded


@pytest.mark.parametrize("argv", [["--help"], ["--version"]])
def test_help_imports_no_command_nor_heavy_library(argv: list[str]) -> None:
    loaded = _modules_after(argv)
    heavy = {"whoosh", "textual", "trafilatura", "lxml", "rich", "platformdirs"}
    assert not heavy & {name.split(".")[0] for name in loaded}
    ours = {name for name in loaded if name.startswith("reader.")}
    assert ours <= {"reader.cli", "reader.commands"}


def test_the_command_list_names_every_command_module() -> None:
    files = sorted(
        info.name
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    )
    assert cli._command_names() == files
    for name in files:
        module = importlib.import_module(f"reader.commands.{name}")
        assert name == module.NAME
        assert commands.HELP[name] == module.HELP


def test_help_lists_every_command_with_its_help(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for name, text in commands.HELP.items():
        assert name in out and " ".join(text.split()) in out
