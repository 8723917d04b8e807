"""`reader quotes` and the `said:` field, end to end on the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_quotes_of_one_person_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--person", "Lei Jun", "--corpus", str(SEEDS), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["speaker"] for r in rows} == {"Lei Jun"}
    dates = [r["date"] or "" for r in rows]
    assert dates == sorted(dates, reverse=True)  # newest first
    texts = {r["text"] for r in rows}
    assert "there is nothing that cannot be overcome" in texts
    first = rows[0]
    assert set(first) >= {"kind", "verb", "start", "end", "article", "title", "path"}


def test_a_part_of_a_name_finds_its_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--person", "zhengfei", "--corpus", str(SEEDS), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["speaker"] for r in rows} == {"Ren Zhengfei"}
    assert any(r["text"].startswith("I firmly believe") for r in rows)


def test_every_quote_and_nobody_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "Lei Jun (direct):" in out and "Zhou Yunjie" in out
    assert main(["quotes", "--person", "Nobody Atall", "--corpus", str(SEEDS)]) == 1
    assert "no quotations by Nobody Atall found" in capsys.readouterr().out


def test_said_field_searches_speakers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", 'said:"Ren Zhengfei"', "--corpus", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [h["id"][:3] for h in data["hits"]] == ["001"]
    assert main(["search", "said:zhou AND innovation", "--corpus", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [h["id"][:3] for h in data["hits"]] == ["000"]
