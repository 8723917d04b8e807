"""Which entity recogniser to run: the `[entities]` table of config.toml.

    [entities]
    recogniser = "spacy"            # "builtin" (the default) or "spacy"
    spacy_model = "en_core_web_sm"  # any installed spaCy pipeline with an NER

The built-in engine needs nothing but the package's data files. spaCy is an
optional extra (`pip install 'beat-reader[spacy]'` plus a model the user
installs); when it or the model is missing, the built-in engine runs and the
log says why. Reading never raises: a broken file means the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader import paths

CONFIG_NAME = "config.toml"
USER_DICTIONARY_NAME = "entities.toml"  # the user's own names: entities/userdict.py
TABLE = "entities"
RECOGNISERS = ("builtin", "spacy")
DEFAULT_SPACY_MODEL = "en_core_web_sm"


@dataclass(frozen=True, slots=True)
class EntitySettings:
    recogniser: str = "builtin"
    spacy_model: str = DEFAULT_SPACY_MODEL
    warnings: tuple[str, ...] = ()


def parse(data: object) -> EntitySettings:
    """Settings from the `[entities]` table's value; problems become warnings."""
    if data is None:
        return EntitySettings()
    if not isinstance(data, dict):
        return EntitySettings(warnings=("config.toml: [entities] must be a table",))
    warnings = []
    recogniser = data.get("recogniser", "builtin")
    if recogniser not in RECOGNISERS:
        warnings.append(
            f"config.toml: entities.recogniser must be one of {', '.join(RECOGNISERS)};"
            " using builtin"
        )
        recogniser = "builtin"
    model = data.get("spacy_model", DEFAULT_SPACY_MODEL)
    if not isinstance(model, str) or not model.strip():
        warnings.append("config.toml: entities.spacy_model must be a model name")
        model = DEFAULT_SPACY_MODEL
    for key in data:
        if key not in ("recogniser", "spacy_model"):
            warnings.append(f"config.toml: unknown setting entities.{key} ignored")
    return EntitySettings(recogniser, model.strip(), tuple(warnings))


@cache
def load(path: Path | None = None) -> EntitySettings:
    """The user's settings, read once per process (the index records the choice)."""
    path = path or paths.config_dir() / CONFIG_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # none (most users), or unreadable
        return EntitySettings()  # the app's own config reader reports a broken file
    # Here, not at the top: every `reader search` reads this, and most users have no file.
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return EntitySettings()
    return parse(data.get(TABLE))
