"""The extractors' version, worked out without importing the extractors.

It changes whenever their output can change: a new engine release, a change to
the user's entities.toml, or another recogniser chosen in config.toml; the index
re-extracts then. Every update of an index compares it first (so does every
`reader search`), which is why it lives here and not beside the extractors:
importing those loads the entity rules, word lists and figure grammar.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import cache

from reader import paths
from reader.extract import settings

ENGINE_VERSION = "56"


@cache
def extractor_version() -> str:
    """Worked out once per process, like the settings it reads."""
    return ENGINE_VERSION + engine_version() + _user_dictionary_digest()


def engine_version() -> str:
    """What identifies the configured engine's output, for the extractor version."""
    chosen = settings.load()
    if chosen.recogniser == "spacy" and _installed("spacy"):
        return f"+spacy-{chosen.spacy_model}"
    return ""


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _user_dictionary_digest() -> str:
    try:
        data = (paths.config_dir() / settings.USER_DICTIONARY_NAME).read_bytes()
    except OSError:
        return ""
    return "+user-" + hashlib.blake2b(data, digest_size=4).hexdigest()
