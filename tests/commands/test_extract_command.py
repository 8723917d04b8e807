from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

TEXT = "Governor Anna Berg visited Nairobi on Friday.\n\nShe said sales rose 30 percent.\n"


def test_json_offsets_point_into_the_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    raw = path.read_text(encoding="utf-8")
    assert {"Anna Berg", "Nairobi", "Friday"} <= {e["text"] for e in data["entities"]}
    for item in data["entities"] + data["figures"]:
        assert raw[item["start"] : item["end"]] == item["text"]
    person = next(e for e in data["entities"] if e["text"] == "Anna Berg")
    assert person == {
        "start": 9,
        "end": 18,
        "text": "Anna Berg",
        "type": "PERSON",
        "canonical": "Anna Berg",
    }
    assert {"kind", "value", "unit", "qualifier", "label"} <= set(data["figures"][0])


def test_rich_output_has_text_and_legend(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Anna Berg" in out and "PERSON" in out and "DATE" in out


@pytest.mark.parametrize("name", ["missing.txt", "image.png"])
def test_unreadable_file_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture, name: str
) -> None:
    path = tmp_path / name
    if name.endswith(".png"):
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert main(["extract", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
