import subprocess
import sys

import pytest

from reader import cli, errors


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
