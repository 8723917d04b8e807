"""The user's own names: `entities.toml` in the config dir, which takes precedence.

    [[entity]]
    name = "Acme Robotics"
    type = "ORG"
    aliases = ["Acme", "AR"]

A file that cannot be read or parsed is reported once in the log and ignored.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from reader import paths
from reader.extract import settings
from reader.extract.entities.base import Context
from reader.extract.model import Entity, EntityType

log = logging.getLogger(__name__)
FILE_NAME = settings.USER_DICTIONARY_NAME

_cache: dict[Path, tuple[float, UserDictionary]] = {}


@dataclass(frozen=True, slots=True)
class UserEntry:
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()


class UserDictionary:
    """Finds the user's names and aliases as whole words, case-sensitively."""

    name = "user"

    def __init__(self, entries: list[UserEntry]) -> None:
        self.entries = entries
        self._lookup: dict[str, UserEntry] = {}
        for entry in entries:
            for surface in (entry.name, *entry.aliases):
                self._lookup.setdefault(surface, entry)
        surfaces = sorted(self._lookup, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)")
            if surfaces
            else None
        )

    @classmethod
    def load(cls, path: Path | None = None) -> UserDictionary:
        """The dictionary at `path` (default: the config dir's), cached until the file changes."""
        path = path or paths.config_dir() / FILE_NAME
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return cls([])
        cached = _cache.get(path)
        if cached and cached[0] == mtime:
            return cached[1]
        dictionary = cls(_read(path))
        _cache[path] = (mtime, dictionary)
        return dictionary

    def recognise(self, text: str, context: Context) -> list[Entity]:
        if self._pattern is None:
            return []
        out = []
        for match in self._pattern.finditer(text):
            entry = self._lookup[match.group()]
            out.append(Entity(match.start(), match.end(), match.group(), entry.type, entry.name))
        return out


def _read(path: Path) -> list[UserEntry]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("ignoring %s: %s", path, str(exc).splitlines()[0] if str(exc) else exc)
        return []
    raw = data.get("entity", [])
    if not isinstance(raw, list):
        log.warning("ignoring %s: 'entity' must be an array of tables ([[entity]])", path)
        return []
    entries = []
    for number, item in enumerate(raw, 1):
        try:
            name = item["name"]
            kind = EntityType(str(item.get("type", "")).upper())
            aliases = item.get("aliases", [])
            if not isinstance(name, str) or not name.strip():
                raise ValueError("name must be a non-empty string")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                raise ValueError("aliases must be a list of strings")
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            log.warning("ignoring entry %d in %s: %s", number, path, exc)
            continue
        entries.append(UserEntry(name.strip(), kind, tuple(a.strip() for a in aliases)))
    return entries
