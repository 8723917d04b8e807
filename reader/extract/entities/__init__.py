"""Named entities in article text, with no model download.

`extract_entities` runs the recognisers (the user's dictionary, then the
rule engine) and lets the resolver combine them.
"""

from __future__ import annotations

from datetime import date

from reader.extract.entities.base import Context, Recogniser
from reader.extract.entities.resolver import default_recognisers, resolve
from reader.extract.model import Entity


def extract_entities(text: str, published: date | None = None) -> list[Entity]:
    """Entity mentions in `text`: non-overlapping, sorted by start."""
    context = Context(published=published)
    return resolve(text, context, default_recognisers())


__all__ = ["Context", "Recogniser", "extract_entities"]
