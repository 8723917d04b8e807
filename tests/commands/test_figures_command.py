"""`reader figures --entity NAME`: an entity's figure ledger as a table, JSON or CSV."""

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_json_lists_the_figures_stated_about_an_entity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--entity", "Xiaomi", "--corpus", str(SEEDS), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    shown = {row["shown"] for row in rows}
    # "invest 100 billion yuan in R&D" and "Investment in technological innovation
    # reached 105 billion yuan": one measure stated with two values, flagged.
    assert {"¥100 bn", "¥105 bn"} <= shown
    flagged = next(row for row in rows if row["shown"] == "¥105 bn")
    assert "¥100 bn" in flagged["conflict"] and "¥105 bn" in flagged["conflict"]
    assert all(row["kind"] != "date" for row in rows)
    assert {"date", "value", "unit", "label", "article_id", "start", "end"} <= rows[0].keys()


def test_csv_has_a_header_and_one_line_per_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--entity", "lei jun", "--type", "person", "--corpus", str(SEEDS),
                 "--csv", "--sort", "value"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(row["article_id"].endswith(".txt") for row in rows)


def test_the_table_and_an_unknown_entity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--entity", "Xiaomi", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "Xiaomi Group (ORG)" in out and "¥105 bn" in out and "≠" in out
    assert main(["figures", "--entity", "Nobody Atall", "--corpus", str(SEEDS)]) == 1
    assert "no entity called 'Nobody Atall'" in capsys.readouterr().err
    assert main(["figures", "--entity", "Xiaomi", "--type", "person",
                 "--corpus", str(SEEDS)]) == 1
