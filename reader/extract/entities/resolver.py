"""Combine recognisers: earlier ones win overlaps and fix the type of a name."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence

from reader.extract import settings
from reader.extract.entities.base import Context, Recogniser
from reader.extract.entities.rules import RuleRecogniser
from reader.extract.entities.userdict import UserDictionary
from reader.extract.model import Entity

log = logging.getLogger(__name__)


def default_recognisers() -> list[Recogniser]:
    """The user's dictionary first (it takes precedence), then the configured engine:
    the built-in rules and model, or spaCy when config.toml asks for it and it is there."""
    return [UserDictionary.load(), _engine()]


_warned: set[str] = set()


def _engine() -> Recogniser:
    chosen = settings.load()
    if chosen.recogniser == "spacy":
        from reader.extract.entities.spacy_recogniser import SpacyRecogniser, SpacyUnavailable

        try:
            return SpacyRecogniser(chosen.spacy_model)
        except SpacyUnavailable as exc:
            if str(exc) not in _warned:
                _warned.add(str(exc))
                log.warning("using the built-in entity recogniser: %s", exc)
    return RuleRecogniser()


def resolve(text: str, context: Context, recognisers: Sequence[Recogniser]) -> list[Entity]:
    """Merge proposals in priority order.

    A later recogniser's mention is dropped where it overlaps an earlier one's,
    and takes the earlier one's type and canonical name when it has the same text,
    so a name the user defined is typed their way throughout the article.
    """
    accepted: list[Entity] = []
    known: dict[str, Entity] = {}
    for recogniser in recognisers:
        proposals = recogniser.recognise(text, context)
        ordered = sorted(accepted, key=lambda e: e.start)
        starts = [e.start for e in ordered]
        new: list[Entity] = []
        for entity in proposals:
            if not 0 <= entity.start < entity.end <= len(text):
                continue
            if _overlaps(ordered, starts, entity):
                continue
            prior = known.get(entity.text)
            if prior is not None:
                entity = Entity(entity.start, entity.end, entity.text, prior.type, prior.canonical)
            new.append(entity)
        for entity in new:
            known.setdefault(entity.text, entity)
        accepted.extend(new)
    accepted.sort(key=lambda e: (e.start, e.end))
    out: list[Entity] = []
    for entity in accepted:
        if out and entity.start < out[-1].end:
            continue
        out.append(entity)
    return out


def _overlaps(ordered: list[Entity], starts: list[int], entity: Entity) -> bool:
    """Whether `entity` overlaps any of `ordered` (sorted, non-overlapping)."""
    index = bisect_left(starts, entity.end)
    return index > 0 and ordered[index - 1].end > entity.start
