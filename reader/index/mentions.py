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
from reader.index.manifest import EntityCount, FigureRow
from reader.index.schema import entity_key

# A ledger of dates says little ("2024" next to a company): dates date the other rows.
LEDGER_KINDS = frozenset(kind.value for kind in FigureKind if kind is not FigureKind.DATE)


def manifest_rows(
    article: Article, entities: list[Entity], figures: list[Figure]
) -> tuple[tuple[EntityCount, ...], tuple[FigureRow, ...]]:
    """One row per entity (by type and key): mentions, the paragraphs holding them and
    the figures its sentences state; and those figures (no others: the ledger is all
    that reads them)."""
    named = sorted(
        (e for e in entities if e.type is not EntityType.DATE and e.canonical.strip()),
        key=lambda e: e.start,
    )
    starts = [p.start for p in article.paragraphs]
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], str] = {}
    masks: Counter[tuple[str, str]] = Counter()
    keys = [(e.type.value, entity_key(e.canonical)) for e in named]
    for e, key in zip(named, keys, strict=True):
        counts[key] += 1
        names.setdefault(key, e.canonical.strip())
        masks[key] |= 1 << (max(0, bisect_right(starts, e.start) - 1) % 63)
    stated, kept = _figures_by_entity(article, named, keys, figures)
    rows = tuple(
        EntityCount(type_, key, names[type_, key], n, masks[type_, key],
                    ",".join(str(seq) for seq in stated.get((type_, key), {})))
        for (type_, key), n in counts.items()
    )
    return rows, kept


def _figures_by_entity(
    article: Article,
    named: list[Entity],
    keys: list[tuple[str, str]],
    figures: list[Figure],
) -> tuple[dict[tuple[str, str], dict[int, None]], tuple[FigureRow, ...]]:
    """Which figures (but dates) each entity's sentences state, and those figures."""
    wanted = sorted((f for f in figures if f.kind.value in LEDGER_KINDS), key=lambda f: f.start)
    stated: dict[tuple[str, str], dict[int, None]] = {}
    kept: list[FigureRow] = []
    if not wanted or not named:
        return stated, ()
    named_starts = [e.start for e in named]
    figure_starts = [f.start for f in wanted]
    for start, end in _sentences_holding(article, figure_starts):
        first = bisect_right(named_starts, start - 1)
        inside = dict.fromkeys(
            key for e, key in zip(named[first:], keys[first:], strict=True) if e.start < end
        )
        if not inside:
            continue
        for fig in wanted[bisect_right(figure_starts, start - 1):]:
            if fig.start >= end:
                break
            seq = len(kept)
            kept.append(FigureRow(seq, fig.start, fig.end, fig.kind.value, fig.value,
                                  fig.value_max, fig.unit, fig.label, format_figure(fig),
                                  fig.text))
            for key in inside:
                stated.setdefault(key, {})[seq] = None
    return stated, tuple(kept)


def _sentences_holding(article: Article, starts: list[int]) -> list[tuple[int, int]]:
    """The sentences (offsets in the article's text) that hold one of `starts` (sorted)."""
    text = article.text
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
