import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_index_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "5 articles" in out and "5 files added" in out
    assert main(["index", str(SEEDS)]) == 0
    assert "5 unchanged" in capsys.readouterr().out


def test_summary_and_paths_stay_on_one_line_under_a_long_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Piped output is 80 columns wide; a deep corpus folder must not break lines."""
    corpus = tmp_path / ("a-rather-long-folder-name-for-a-corpus-" * 3) / "articles"
    shutil.copytree(SEEDS, corpus)
    assert main(["index", str(corpus)]) == 0
    summary = capsys.readouterr().out.splitlines()[0]
    assert str(corpus) in summary and summary.endswith(
        "5 files added, 0 changed, 0 removed, 0 unchanged"
    )


def test_search_json_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", 'person:"Ren Zhengfei"', "--corpus", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["hits"][0]["id"].startswith("001_")
    assert main(["search", "qqqzzzxx", "--corpus", str(SEEDS)]) == 1
    capsys.readouterr()
    assert main(["search", '"unclosed', "--corpus", str(SEEDS)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unbalanced quote" in err


def test_search_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "xiaomi", "--corpus", str(SEEDS), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "articles match" in out and "more; use --limit" in out


def test_missing_corpus_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "x", "--corpus", str(tmp_path / "none")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_entities_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", "--corpus", str(SEEDS), "--type", "person", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["type"] == "PERSON" for r in rows)
    assert rows[0]["articles"] >= rows[-1]["articles"]
