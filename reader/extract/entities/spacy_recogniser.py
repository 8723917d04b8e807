"""spaCy as the entity recogniser, for users who have it and an English model installed.

Chosen in config.toml (see `reader.extract.settings`); never a default dependency, never a
download. Dates still come from reader's own date rules, which resolve
"last year" against the publication date; spaCy supplies the names.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from reader.extract.entities.base import Context
from reader.extract.entities.dates import find_dates
from reader.extract.model import Entity, EntityType

log = logging.getLogger(__name__)

# spaCy's OntoNotes labels -> reader's types; the rest (dates, numbers, laws,
# works of art, languages) are not names reader colours or searches.
LABELS = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORG,
    "GPE": EntityType.GPE,
    "LOC": EntityType.GPE,
    "FAC": EntityType.GPE,
    "NORP": EntityType.NORP,
    "EVENT": EntityType.EVENT,
    "PRODUCT": EntityType.PRODUCT,
}


class SpacyUnavailable(Exception):
    """spaCy or the chosen model is not installed."""


@cache
def _pipeline(model: str) -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise SpacyUnavailable("spaCy is not installed (pip install 'beat-reader[spacy]')") from exc
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise SpacyUnavailable(
            f"the spaCy model {model!r} is not installed (python -m spacy download {model})"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise SpacyUnavailable(f"the spaCy model {model!r} has no entity recogniser")
    nlp.select_pipes(enable=[name for name in ("tok2vec", "ner") if name in nlp.pipe_names])
    return nlp


class SpacyRecogniser:
    name = "spacy"

    def __init__(self, model: str) -> None:
        self.model = model
        self.nlp = _pipeline(model)  # raises SpacyUnavailable

    def recognise(self, text: str, context: Context) -> list[Entity]:
        dates = find_dates(text, context.published)
        taken = [(d.start, d.end) for d in dates]
        names: list[Entity] = []
        for ent in self.nlp(text).ents:
            kind = LABELS.get(ent.label_)
            start, end = ent.start_char, ent.end_char
            if kind is None or any(s < end and start < e for s, e in taken):
                continue
            names.append(Entity(start, end, ent.text, kind, ent.text))
        out = [*dates, *_with_full_names(names)]
        out.sort(key=lambda e: (e.start, e.end))
        return out


def _with_full_names(entities: list[Entity]) -> list[Entity]:
    """ "Blair" after "Tony Blair" in the same text names him (as the built-in engine does)."""
    full = [e.text for e in entities if e.type is EntityType.PERSON and " " in e.text]
    out = []
    for e in entities:
        if e.type is EntityType.PERSON and " " not in e.text:
            holder = next((f for f in full if e.text in f.split()), None)
            if holder is not None:
                e = Entity(e.start, e.end, e.text, e.type, holder)
        out.append(e)
    return out
