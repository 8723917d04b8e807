"""The user's entities.toml takes precedence; a broken one is ignored with a warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader import paths
from reader.extract.entities import Context, Recogniser, extract_entities
from reader.extract.entities.resolver import resolve
from reader.extract.entities.rules import RuleRecogniser
from reader.extract.entities.userdict import UserDictionary
from reader.extract.model import Entity
from reader.extract.model import EntityType as T


def _write(text: str) -> Path:
    path = paths.config_dir() / "entities.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_user_names_take_precedence_with_aliases() -> None:
    _write('[[entity]]\nname = "Orion Deck"\ntype = "product"\naliases = ["Orion"]\n')
    got = {
        e.text: (e.type, e.canonical)
        for e in extract_entities("Orion sold well. Shares of firm Orion rose.")
    }
    assert got["Orion"] == (T.PRODUCT, "Orion Deck")


@pytest.mark.parametrize(
    "content",
    ["this is = not toml [", '[[entity]]\nname = "X"\ntype = "PLANET"\n', "entity = 3\n"],
)
def test_broken_file_is_ignored_with_a_warning(
    content: str, caplog: pytest.LogCaptureFixture
) -> None:
    _write(content)
    with caplog.at_level(logging.WARNING):
        got = extract_entities("Governor Anna Berg spoke.")
    assert any(e.text == "Anna Berg" for e in got)
    assert "entities.toml" in caplog.text


def test_missing_file_means_no_entries() -> None:
    assert UserDictionary.load().entries == []


def test_recognisers_plug_in_through_the_protocol() -> None:
    class Fixed:
        name = "fixed"

        def recognise(self, text: str, context: Context) -> list[Entity]:
            return [Entity(0, 4, text[:4], T.EVENT, "Gala")]

    assert isinstance(Fixed(), Recogniser)
    got = resolve("Gala Berg met Governor Anna Berg.", Context(), [Fixed(), RuleRecogniser()])
    assert got[0] == Entity(0, 4, "Gala", T.EVENT, "Gala")
    assert all(e.start >= 4 for e in got[1:])
