"""Settings parsing: bad input becomes warnings and defaults, never an exception."""

from __future__ import annotations

from pathlib import Path

from reader.tui.app import ReaderApp
from reader.tui.config import is_valid_key, load_settings, parse_settings

IDS = ReaderApp.binding_ids()


def test_remaps_and_theme_are_read() -> None:
    settings = parse_settings(
        'theme = "textual-light"\n[keys]\n"reader.next_article" = "ctrl+n"\n', IDS
    )
    assert settings.keys == {"reader.next_article": "ctrl+n"}
    assert settings.theme == "textual-light"
    assert settings.warnings == ()


def test_broken_toml_gives_one_warning_and_defaults() -> None:
    settings = parse_settings("[keys\nnonsense", IDS)
    assert settings.keys == {} and settings.theme is None
    assert len(settings.warnings) == 1 and "not valid TOML" in settings.warnings[0]


def test_unknown_ids_bad_keys_and_wrong_types_are_each_reported() -> None:
    text = (
        "colour = 1\ntheme = 3\n[keys]\n"
        '"reader.nope" = "x"\n"reader.quit" = "ctrl+"\n'
        '"reader.help" = 5\n"reader.prev_article" = "ctrl+p,f5"\n'
    )
    settings = parse_settings(text, IDS)
    assert settings.keys == {"reader.prev_article": "ctrl+p,f5"}
    assert settings.theme is None
    joined = "\n".join(settings.warnings)
    for expected in ("colour", "theme", "reader.nope", "ctrl+", "reader.help"):
        assert expected in joined
    assert len(settings.warnings) == 5


def test_key_names() -> None:
    for good in ("j", "J", "ctrl+n", "shift+tab", "f12", "question_mark", "alt+ctrl+x", "]"):
        assert is_valid_key(good), good
    for bad in ("", "ctrl+", "hyperdrive+x", "f99", "notakey", "ctrl+notakey"):
        assert not is_valid_key(bad), bad


def test_missing_file_is_the_defaults(tmp_path: Path) -> None:
    assert load_settings(IDS, tmp_path / "none.toml").warnings == ()


def test_unreadable_file_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xff\xfe\x00bad")
    assert load_settings(IDS, path).warnings


def test_binding_ids_are_unique_and_cover_every_binding() -> None:
    assert len(IDS) == len(set(IDS))
    bindings = [b for _, group in ReaderApp.help_groups() for b in group]
    assert all(b.id and b.id.startswith("reader.") for b in bindings)
