"""Where a query matches inside an article's text, and its best passage.

Marks are found by running the index's own analyzers over the stored text, so
a stemmed, prefix or fuzzy match is marked exactly when it made the article
match; a phrase is marked as one span. This drives passages in results and
next/previous match in the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.extract.model import Entity
from reader.index.model import Passage
from reader.index.schema import (
    BODY_ANALYZER,
    ENTITY_FIELDS,
    TEXT_FIELDS,
    WORDS_ANALYZER,
    WORDS_FIELD,
    entity_key,
)
from reader.index.searching import Bounded

PASSAGE_CHARS = 240
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"'”’)]?\s+")


@dataclass(frozen=True, slots=True)
class MatchSpec:
    stems: frozenset[str]
    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    entities: frozenset[tuple[str, str]]  # (field, indexed name)

    @classmethod
    def from_bounded(cls, b: Bounded) -> MatchSpec:
        entity_fields = set(ENTITY_FIELDS.values())
        return cls(
            stems=frozenset(t for f, t in b.terms if f in TEXT_FIELDS),
            words=frozenset(t for f, t in b.terms if f == WORDS_FIELD),
            phrases=tuple(words for _, words in b.phrases if len(words) > 1),
            entities=frozenset((f, t) for f, t in b.terms if f in entity_fields),
        )

    @property
    def empty(self) -> bool:
        return not (self.stems or self.words or self.phrases or self.entities)


def _phrase_words(spec: MatchSpec) -> frozenset[str]:
    return frozenset(w for phrase in spec.phrases for w in phrase)


def find_marks(text: str, entities: tuple[Entity, ...], spec: MatchSpec) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of every match in `text`."""
    spans: list[tuple[int, int]] = []
    in_phrase = _phrase_words(spec)
    # Words that only occur inside phrases are marked only where the phrase is.
    lone = spec.stems - in_phrase if spec.phrases else spec.stems
    if lone or spec.phrases:
        stems: list[tuple[int, str, int, int]] = [
            (t.pos, t.text, t.startchar, t.endchar)
            for t in BODY_ANALYZER(text, positions=True, chars=True, mode="index")
        ]
        spans.extend((s, e) for _, w, s, e in stems if w in lone)
        for phrase in spec.phrases:
            n = len(phrase)
            for i in range(len(stems) - n + 1):
                if all(stems[i + k][1] == phrase[k] for k in range(n)) and all(
                    stems[i + k][0] == stems[i][0] + k for k in range(n)
                ):
                    spans.append((stems[i][2], stems[i + n - 1][3]))
    if spec.words:
        spans.extend(
            (t.startchar, t.endchar)
            for t in WORDS_ANALYZER(text, chars=True, mode="index")
            if t.text in spec.words
        )
    if spec.entities:
        fields = {t: f for t, f in ENTITY_FIELDS.items()}
        spans.extend(
            (e.start, e.end)
            for e in entities
            if e.type in fields and (fields[e.type], entity_key(e.canonical)) in spec.entities
        )
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def best_passage(
    text: str, marks: list[tuple[int, int]], skip: int = 0, size: int = PASSAGE_CHARS
) -> Passage:
    """The window of about `size` characters holding the most distinct matches.

    `skip` is where the body starts (after the headline), used when nothing is marked.
    """
    if not marks:
        return _window(text, skip, size, [])
    best_i, best_score = 0, -1.0
    j = 0
    for i, (start, _) in enumerate(marks):
        while j < len(marks) and marks[j][1] <= start + size:
            j += 1
        window = marks[i:j]
        distinct = {text[s:e].lower() for s, e in window}
        # Prefer variety of matched words, then their number, then the lede.
        score = len(distinct) * 10 + len(window) - start / max(len(text), 1)
        if score > best_score:
            best_i, best_score = i, score
    first = marks[best_i][0]
    # Start at the sentence holding the first match when it begins close enough.
    par_start = text.rfind("\n\n", 0, first)
    par_start = 0 if par_start < 0 else par_start + 2
    start = par_start
    for m in _SENTENCE_START.finditer(text, par_start, first):
        start = m.end()
    if first - start > size // 3:
        start = text.rfind(" ", 0, first - size // 6) + 1
    return _window(text, start, size, marks)


def _window(text: str, start: int, size: int, marks: list[tuple[int, int]]) -> Passage:
    par_end = text.find("\n\n", start)
    par_end = len(text) if par_end < 0 else par_end
    end = min(par_end, start + size)
    if end < par_end:
        space = text.rfind(" ", start, end)
        if space > start:
            end = space
    body = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 and text[start - 1] not in "\n" else ""
    suffix = "…" if end < par_end else ""
    shift = len(prefix) - start
    kept = tuple((s + shift, e + shift) for s, e in marks if s >= start and e <= end)
    return Passage(prefix + body + suffix, kept)
