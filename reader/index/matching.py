"""Where a query matches inside an article's text, and its best passage.

Marks are found by running the index's own analyzers over the stored text, so
a stemmed, prefix or fuzzy match is marked exactly when it made the article
match; a phrase is marked as one span. This drives passages in results and
next/previous match in the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.extract.model import Entity, Quote
from reader.index.analysis import body_tokens
from reader.index.model import Passage
from reader.index.schema import (
    ENTITY_FIELDS,
    NAME_FIELDS,
    SAID_FIELD,
    TEXT_FIELDS,
    entity_key,
)
from reader.index.searching import Bounded

PASSAGE_CHARS = 240
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"'”’)]?\s+")


@dataclass(frozen=True, slots=True)
class MatchSpec:
    stems: frozenset[str]
    title_stems: frozenset[str]  # searched in the title only: marked in the headline only
    title_phrases: frozenset[tuple[str, ...]]
    phrases: tuple[tuple[str, ...], ...]
    entities: frozenset[tuple[str, str]]  # (field, indexed name)

    @classmethod
    def from_bounded(cls, b: Bounded) -> MatchSpec:
        entity_fields = set(NAME_FIELDS)
        anywhere = {t for f, t in b.terms if f in TEXT_FIELDS and f != "title"}
        return cls(
            stems=frozenset(t for f, t in b.terms if f in TEXT_FIELDS),
            title_stems=frozenset(t for f, t in b.terms if f == "title") - anywhere,
            title_phrases=frozenset(w for f, w in b.phrases if f == "title")
            - {w for f, w in b.phrases if f != "title"},
            phrases=tuple(words for _, words in b.phrases if len(words) > 1),
            entities=frozenset((f, t) for f, t in b.terms if f in entity_fields),
        )

    @property
    def empty(self) -> bool:
        return not (self.stems or self.phrases or self.entities)


def _phrase_words(spec: MatchSpec) -> frozenset[str]:
    return frozenset(w for phrase in spec.phrases for w in phrase)


def _needles(spec: MatchSpec) -> tuple[str, ...]:
    """Lowercase strings one of which a paragraph must contain to hold a match.

    A Porter stem changes at most its last two letters of the word it comes
    from ("happy" -> "happi"), so all but those are a prefix of the word.
    """
    stems = spec.stems | _phrase_words(spec)
    return tuple({s[: max(len(s) - 2, 1)] for s in stems})


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for part in text.split("\n\n"):
        out.append((start, part))
        start += len(part) + 2
    return out


def find_marks(
    text: str,
    entities: tuple[Entity, ...],
    spec: MatchSpec,
    title_end: int = 0,
    quotes: tuple[Quote, ...] = (),
) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of every match in `text`.

    `title_end` is where the headline paragraph ends (0: the text has none); a
    `said:` term marks the quotations of that speaker.
    """
    return _marks(_paragraphs(text), entities, spec, title_end, quotes)


def passage_for(
    text: str,
    entities: tuple[Entity, ...],
    spec: MatchSpec,
    skip: int = 0,
    title_end: int = 0,
    quotes: tuple[Quote, ...] = (),
) -> Passage:
    """The best passage, analysing only the two paragraphs most likely to hold it."""
    needles = _needles(spec)
    paragraphs = _paragraphs(text)
    if needles:
        ranked = []
        for offset, para in paragraphs:
            low = para.lower()
            counts = [low.count(n) for n in needles]
            if any(counts):
                ranked.append((-(sum(1 for c in counts if c) * 10 + sum(counts)), offset, para))
        paragraphs = [(offset, para) for _, offset, para in sorted(ranked)[:2]]
    return best_passage(text, _marks(paragraphs, entities, spec, title_end, quotes), skip)


def _marks(
    paragraphs: list[tuple[int, str]],
    entities: tuple[Entity, ...],
    spec: MatchSpec,
    title_end: int = 0,
    quotes: tuple[Quote, ...] = (),
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    in_phrase = _phrase_words(spec)
    # Words that only occur inside phrases are marked only where the phrase is.
    lone = spec.stems - in_phrase if spec.phrases else spec.stems
    needles = _needles(spec)
    # Analysing only the paragraphs that can match keeps passages for 20 hits cheap.
    for offset, para in paragraphs if needles else ():
        low = para.lower()
        if not any(n in low for n in needles):
            continue
        if lone or spec.phrases:
            stems = [(p, w, s + offset, e + offset) for p, w, s, e in body_tokens(para)]
            spans.extend(
                (s, e)
                for _, w, s, e in stems
                if w in lone and (e <= title_end or w not in spec.title_stems)
            )
            for phrase in spec.phrases:
                n = len(phrase)
                for i in range(len(stems) - n + 1):
                    if all(stems[i + k][1] == phrase[k] for k in range(n)) and all(
                        stems[i + k][0] == stems[i][0] + k for k in range(n)
                    ):
                        end = stems[i + n - 1][3]
                        if end <= title_end or phrase not in spec.title_phrases:
                            spans.append((stems[i][2], end))
    if spec.entities:
        fields = dict(ENTITY_FIELDS.items())
        spans.extend(
            (e.start, e.end)
            for e in entities
            if e.type in fields and (fields[e.type], entity_key(e.canonical)) in spec.entities
        )
        spans.extend(
            (q.start, q.end)
            for q in quotes
            if q.speaker and (SAID_FIELD, entity_key(q.speaker)) in spec.entities
        )
    return _merge(spans)


def names_quotes(spec: MatchSpec) -> bool:
    """Whether the query has a `said:` term, so that passages need the quotations."""
    return any(field == SAID_FIELD for field, _ in spec.entities)


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
