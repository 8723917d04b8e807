"""Choosing the entity recogniser in config.toml: the built-in engine or spaCy."""

from __future__ import annotations

import importlib.machinery
import logging
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from reader.extract import settings, version
from reader.extract.entities import extract_entities, resolver
from reader.extract.entities import spacy_recogniser as spacy_backend
from reader.extract.entities.rules import RuleRecogniser
from reader.extract.model import EntityType
from reader.tui.config import parse_settings


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path))
    settings.load.cache_clear()
    spacy_backend._pipeline.cache_clear()
    resolver._warned.clear()

    def write(text: str) -> None:
        (tmp_path / "config.toml").write_text(text, encoding="utf-8")
        settings.load.cache_clear()

    yield write
    settings.load.cache_clear()
    spacy_backend._pipeline.cache_clear()


def test_the_settings_default_to_the_builtin_engine() -> None:
    assert settings.parse(None) == settings.EntitySettings()
    chosen = settings.parse({"recogniser": "spacy", "spacy_model": "en_core_web_md"})
    assert (chosen.recogniser, chosen.spacy_model, chosen.warnings) == (
        "spacy",
        "en_core_web_md",
        (),
    )


@pytest.mark.parametrize(
    ("table", "warning"),
    [
        ({"recogniser": "bert"}, "must be one of builtin, spacy"),
        ({"spacy_model": ""}, "must be a model name"),
        ({"colour": "red"}, "unknown setting entities.colour"),
        ("spacy", "must be a table"),
    ],
)
def test_bad_settings_warn_and_fall_back(table: object, warning: str) -> None:
    chosen = settings.parse(table)
    assert chosen.recogniser == "builtin"
    assert any(warning in w for w in chosen.warnings)


def test_the_app_config_accepts_the_entities_table() -> None:
    assert parse_settings('[entities]\nrecogniser = "spacy"\n', []).warnings == ()
    warned = parse_settings('[entities]\nrecogniser = "nope"\n', []).warnings
    assert len(warned) == 1 and "entities.recogniser" in warned[0]


def test_spacy_chosen_but_missing_runs_the_builtin_engine_and_says_why(
    config, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy -> ImportError
    config('[entities]\nrecogniser = "spacy"\n')
    with caplog.at_level(logging.WARNING):
        engines = resolver.default_recognisers()
    assert isinstance(engines[-1], RuleRecogniser)
    assert "spaCy is not installed" in caplog.text
    assert version.engine_version() == ""


class _Ent:
    def __init__(self, text: str, start: int, label: str) -> None:
        self.text, self.start_char, self.end_char, self.label_ = (
            text,
            start,
            start + len(text),
            label,
        )


class _Pipeline:
    def __init__(self) -> None:
        self.pipe_names = ["tok2vec", "tagger", "ner"]
        self.enabled: list[str] = []

    def select_pipes(self, enable: list[str]) -> None:
        self.enabled = enable

    def __call__(self, text: str) -> types.SimpleNamespace:
        ents = []
        for surface, label in (
            ("Tony Blair", "PERSON"),
            ("Labour", "ORG"),
            ("Downing Street", "FAC"),
            ("last year", "DATE"),
            ("Blair", "PERSON"),
            ("42", "CARDINAL"),
        ):
            start = text.find(surface, ents[-1].end_char if ents else 0)
            if start >= 0:
                ents.append(_Ent(surface, start, label))
        return types.SimpleNamespace(ents=ents)


@pytest.fixture
def fake_spacy(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    loaded: dict[str, object] = {}

    def load(name: str) -> _Pipeline:
        if name != "en_test_model":
            raise OSError(f"[E050] Can't find model '{name}'")
        loaded[name] = _Pipeline()
        return loaded[name]  # type: ignore[return-value]

    module = types.ModuleType("spacy")
    module.__spec__ = importlib.machinery.ModuleSpec("spacy", None)
    module.load = load  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy", module)
    return loaded


def test_spacy_chosen_and_installed_supplies_the_names(config, fake_spacy) -> None:
    config('[entities]\nrecogniser = "spacy"\nspacy_model = "en_test_model"\n')
    text = "Tony Blair led Labour from Downing Street last year. Blair won 42 seats."
    found = {
        (e.text, e.type, e.canonical) for e in extract_entities(text, published=date(2005, 5, 6))
    }
    assert ("Tony Blair", EntityType.PERSON, "Tony Blair") in found
    assert ("Blair", EntityType.PERSON, "Tony Blair") in found
    assert ("Labour", EntityType.ORG, "Labour") in found
    assert ("Downing Street", EntityType.GPE, "Downing Street") in found
    # Dates come from reader's own rules (resolved), numbers are not names.
    assert ("last year", EntityType.DATE, "2004") in found
    assert not any(text == "42" for text, _, _ in found)
    assert fake_spacy["en_test_model"].enabled == ["tok2vec", "ner"]  # type: ignore[attr-defined]
    assert version.engine_version() == "+spacy-en_test_model"


def test_a_missing_spacy_model_runs_the_builtin_engine(
    config, fake_spacy, caplog: pytest.LogCaptureFixture
) -> None:
    config('[entities]\nrecogniser = "spacy"\nspacy_model = "en_core_web_lg"\n')
    with caplog.at_level(logging.WARNING):
        engines = resolver.default_recognisers()
    assert isinstance(engines[-1], RuleRecogniser)
    assert "'en_core_web_lg' is not installed" in caplog.text
