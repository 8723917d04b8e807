from pathlib import Path

from reader import paths


def test_environment_overrides_each_folder(tmp_path: Path, monkeypatch) -> None:
    for env, getter in (
        (paths.ENV_CACHE, paths.cache_dir),
        (paths.ENV_DATA, paths.data_dir),
        (paths.ENV_CONFIG, paths.config_dir),
        (paths.ENV_STATE, paths.state_dir),
    ):
        monkeypatch.setenv(env, str(tmp_path / env))
        assert getter() == tmp_path / env


def test_platform_defaults_when_not_overridden(monkeypatch) -> None:
    monkeypatch.delenv(paths.ENV_CACHE)
    monkeypatch.delenv(paths.ENV_DATA)
    assert paths.cache_dir().name == "reader"
    assert paths.data_dir().name == "reader"
    assert paths.cache_dir() != paths.data_dir()


def test_corpus_key_is_stable_and_distinguishes_folders(tmp_path: Path) -> None:
    a, b = tmp_path / "news", tmp_path / "other" / "news"
    assert paths.corpus_key(a) == paths.corpus_key(tmp_path / "." / "news")
    assert paths.corpus_key(a) != paths.corpus_key(b)
    assert paths.corpus_key(a).startswith("news-")


def test_sample_corpus_and_stylesheet_are_found() -> None:
    seeds = paths.sample_corpus_dir()
    assert len(list(seeds.glob("*.txt"))) == 5
    assert paths.stylesheet_path().is_file()
