"""User settings from `config.toml`: key remaps and the theme (and, read by the
extractor itself, the entity recogniser: reader.extract.settings).

Parsing never raises: a broken or partly wrong file yields the defaults for
whatever could not be read plus one warning per problem, so a typo in the
config never stops anyone from reading. Pure Python (no Textual) so that it is
testable on its own; the app checks theme names against the themes it has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader import paths
from reader.extract import settings as entity_settings

CONFIG_NAME = "config.toml"

_MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
_NAMED_KEYS = {
    "up", "down", "left", "right", "home", "end", "pageup", "pagedown", "insert",
    "delete", "backspace", "tab", "enter", "escape", "space",
    "question_mark", "exclamation_mark", "quotation_mark", "number_sign", "dollar_sign",
    "percent_sign", "ampersand", "apostrophe", "left_parenthesis", "right_parenthesis",
    "asterisk", "plus", "comma", "minus", "full_stop", "slash", "colon", "semicolon",
    "less_than_sign", "equals_sign", "greater_than_sign", "at", "left_square_bracket",
    "backslash", "right_square_bracket", "circumflex_accent", "underscore",
    "grave_accent", "left_curly_bracket", "vertical_line", "right_curly_bracket", "tilde",
}  # fmt: skip
_FUNCTION_KEY = re.compile(r"f([1-9]|1[0-9]|2[0-4])")


@dataclass(frozen=True)
class Settings:
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> "key[,key...]"
    theme: str | None = None
    warnings: tuple[str, ...] = ()


def config_path() -> Path:
    return paths.config_dir() / CONFIG_NAME


def is_valid_key(key: str) -> bool:
    """True for a key Textual can bind: one character or a named key, with modifiers."""
    parts = key.split("+")
    *mods, name = parts
    if not name or any(m not in _MODIFIERS for m in mods):
        return False
    return len(name) == 1 or name in _NAMED_KEYS or bool(_FUNCTION_KEY.fullmatch(name))


def parse_settings(text: str, binding_ids: Iterable[str]) -> Settings:
    """Read settings from TOML text; unknown or malformed entries become warnings."""
    # Here, not at the top: the app starts without one when there is no config.toml.
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Settings(warnings=(f"config.toml is not valid TOML ({error}); using defaults",))
    known = set(binding_ids)
    warnings: list[str] = []
    keys: dict[str, str] = {}
    theme: str | None = None
    for name in data:
        if name not in ("keys", "theme", entity_settings.TABLE):
            warnings.append(f"config.toml: unknown setting {name!r} ignored")
    warnings.extend(entity_settings.parse(data.get(entity_settings.TABLE)).warnings)
    raw_theme = data.get("theme")
    if raw_theme is not None:
        if isinstance(raw_theme, str) and raw_theme.strip():
            theme = raw_theme.strip()
        else:
            warnings.append("config.toml: theme must be a theme name; using the default")
    raw_keys = data.get("keys", {})
    if not isinstance(raw_keys, dict):
        warnings.append("config.toml: [keys] must be a table of binding id = key")
        raw_keys = {}
    for binding_id, value in raw_keys.items():
        if binding_id not in known:
            warnings.append(f"config.toml: unknown binding {binding_id!r} ignored")
            continue
        if not isinstance(value, str):
            warnings.append(f"config.toml: key for {binding_id!r} must be a string")
            continue
        chosen = [k.strip() for k in value.split(",") if k.strip()]
        bad = [k for k in chosen if not is_valid_key(k)]
        if not chosen or bad:
            warnings.append(
                f"config.toml: {', '.join(bad) or repr(value)} is not a key name "
                f"(binding {binding_id!r} keeps its default)"
            )
            continue
        keys[binding_id] = ",".join(chosen)
    return Settings(keys=keys, theme=theme, warnings=tuple(warnings))


def load_settings(binding_ids: Iterable[str], path: Path | None = None) -> Settings:
    """Settings from the user's config file; defaults when there is none."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        return Settings(warnings=(f"cannot read {path.name} ({error}); using defaults",))
    return parse_settings(text, binding_ids)
