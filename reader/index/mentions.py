"""What the manifest records of an article's entities and figures, for corpus views.

The entity browser, co-occurrence and the figure ledger read these rows (one
SQLite query each) instead of reopening thousands of stored articles: where
each entity is mentioned (by paragraph), and which entities each figure's
sentence names, so that "every figure about X" is one indexed lookup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from reader.corpus.model import Article
from reader.extract.figures.display import format_figure
from reader.extract.model import Entity, EntityType, Figure, FigureKind
from reader.extract.quotes.sentences import sentence_bounds
from reader.index.manifest import EntityCount, FigureMention
from reader.index.schema import entity_key

# A ledger of dates says little ("2024" next to a company): dates date the other rows.
LEDGER_KINDS = frozenset(kind.value for kind in FigureKind if kind is not FigureKind.DATE)


def entity_counts(article: Article, entities: list[Entity]) -> tuple[EntityCount, ...]:
    """One row per entity (by type and key): mentions, and the paragraphs holding them."""
    starts = [p.start for p in article.paragraphs]
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], str] = {}
    paragraphs: dict[tuple[str, str], dict[int, None]] = {}
    for e in entities:
        if e.type is EntityType.DATE or not e.canonical.strip():
            continue
        key = (e.type.value, entity_key(e.canonical))
        counts[key] += 1
        names.setdefault(key, e.canonical.strip())
        paragraphs.setdefault(key, {})[max(0, bisect_right(starts, e.start) - 1)] = None
    return tuple(
        EntityCount(type_, key, names[type_, key], n,
                    ",".join(str(p) for p in paragraphs[type_, key]))
        for (type_, key), n in counts.items()
    )


def figure_mentions(
    article: Article, entities: list[Entity], figures: list[Figure]
) -> tuple[FigureMention, ...]:
    """Each figure (but dates) once per entity named in its sentence."""
    wanted = [f for f in figures if f.kind.value in LEDGER_KINDS]
    if not wanted:
        return ()
    named = sorted(
        (e for e in entities if e.type is not EntityType.DATE and e.canonical.strip()),
        key=lambda e: e.start,
    )
    if not named:
        return ()
    named_starts = [e.start for e in named]
    out: list[FigureMention] = []
    for start, end in _sentences_holding(article, wanted):
        first = bisect_right(named_starts, start - 1)
        inside = [e for e in named[first:] if e.start < end]
        if not inside:
            continue
        keys = dict.fromkeys((e.type.value, entity_key(e.canonical)) for e in inside)
        for fig in wanted:
            if start <= fig.start < end:
                shown = format_figure(fig)
                out.extend(
                    FigureMention(type_, key, fig.start, fig.end, fig.kind.value, fig.value,
                                  fig.value_max, fig.unit, fig.label, shown, fig.text)
                    for type_, key in keys
                )
    return tuple(out)


def _sentences_holding(article: Article, figures: list[Figure]) -> list[tuple[int, int]]:
    """The sentences (offsets in the article's text) that hold at least one figure."""
    text = article.text
    starts = sorted(f.start for f in figures)
    out = []
    for paragraph in article.paragraphs:
        begin, stop = paragraph.start, paragraph.end
        i = bisect_right(starts, begin - 1)
        if i == len(starts) or starts[i] >= stop:
            continue
        for s_start, s_end in sentence_bounds(text, begin, stop):
            j = bisect_right(starts, s_start - 1)
            if j < len(starts) and starts[j] < s_end:
                out.append((s_start, s_end))
    return out
