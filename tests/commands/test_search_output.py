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


def test_copies_are_named_in_results_and_counted_by_index(tmp_path: Path, capsys) -> None:
    import json

    from tests.tui.conftest import copy_collection

    corpus = copy_collection(tmp_path)
    assert main(["index", str(corpus)]) == 0
    assert "4 articles are copies of one another, in 2 groups" in capsys.readouterr().out
    assert main(["search", '"cup final"', "--corpus", str(corpus), "--json"]) == 0
    hits = {h["id"]: h["copies_of"] for h in json.loads(capsys.readouterr().out)["hits"]}
    # Undated copies: the older file leads (file times fall a day apart in path order).
    assert hits == {"sport/final.txt": "sport/final.txt", "sport/final-copy.txt": "sport/final.txt"}
    assert main(["search", '"cup final"', "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "has copies" in out and "a copy of sport/final.txt" in out


def test_did_you_mean_only_when_nothing_matches_or_asked(
    seeds_dir: Path, capsys, monkeypatch
) -> None:
    from reader.index.library import Library

    asked: list[str] = []
    real = Library.suggest

    def spy(self: Library, query: str) -> str | None:
        asked.append(query)
        return real(self, query)

    monkeypatch.setattr(Library, "suggest", spy)
    # One article matches: no suggestion is looked for.
    assert main(["search", 'person:"Ren Zhengfei"', "--corpus", str(seeds_dir)]) == 0
    assert asked == [] and "did you mean" not in capsys.readouterr().out
    assert main(["search", "smartphnoe", "--corpus", str(seeds_dir)]) == 1
    assert asked == ["smartphnoe"]
    assert "did you mean: smartphone" in capsys.readouterr().out
    query = "xiaomi OR smartphnoe"
    assert main(["search", query, "--corpus", str(seeds_dir), "--limit", "1"]) == 0
    assert asked == ["smartphnoe"] and "did you mean" not in capsys.readouterr().out
    assert main(["search", query, "--corpus", str(seeds_dir), "--limit", "1", "--suggest"]) == 0
    assert asked[-1] == query
    assert "did you mean: xiaomi OR smartphone" in capsys.readouterr().out
