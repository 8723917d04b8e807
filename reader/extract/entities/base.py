"""The recogniser interface: rule engine, user dictionary, and later a statistical model.

Each recogniser proposes entities for one text on its own; the resolver
combines them, so a new backend plugs in without touching callers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from reader.extract.model import Entity


@dataclass(frozen=True, slots=True)
class Context:
    """What a recogniser may know about the text besides the text itself."""

    published: date | None = None


@runtime_checkable
class Recogniser(Protocol):
    name: str

    def recognise(self, text: str, context: Context) -> list[Entity]:
        """Entities in `text`: non-overlapping, sorted by start, offsets into `text`."""
        ...
