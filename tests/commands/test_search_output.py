"""The terminal output of `reader search` shows the user's query as typed."""

from pathlib import Path

from reader.cli import main


def test_query_text_is_not_read_as_markup(seeds_dir: Path, capsys) -> None:
    assert main(["search", "xiaomi [/b]", "--corpus", str(seeds_dir), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "match xiaomi [/b]" in out


def test_counts_agree_in_number(seeds_dir: Path, capsys) -> None:
    assert main(["search", 'person:"Ren Zhengfei"', "--corpus", str(seeds_dir)]) == 0
    out = capsys.readouterr().out
    assert "1 article matches" in out
