"""The corpus's entities as a whole: who is in it, with whom, and when.

Read from the manifest's entity rows (see `mentions`), never from the articles
themselves, so that each view costs one SQLite query at 20,000 articles.
A single word that stands for a full name across the corpus ("Blair" for
"Tony Blair", by the rule `searching.aliases` follows) is counted with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reader.extract.model import EntityType
from reader.index.model import ALIASED_TYPES

_ALIASED = frozenset(t.value for t in ALIASED_TYPES)


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """One entity of the corpus (or of a result set), its aliases counted in."""

    type: EntityType
    name: str
    keys: tuple[str, ...]  # its own key first, then the single words standing for it
    articles: int
    mentions: int

    @property
    def key(self) -> str:
        return self.keys[0]


@dataclass(frozen=True, slots=True)
class Companion:
    """An entity that appears with another: in how many of its articles and paragraphs."""

    type: EntityType
    name: str
    key: str
    articles: int
    paragraphs: int


@dataclass(frozen=True, slots=True)
class Timeline:
    """Articles per period over the span the dates cover, empty periods included."""

    unit: str  # "month" or "week"
    periods: tuple[tuple[date, int], ...]  # each period's first day, and its articles
    undated: int = 0

    @property
    def total(self) -> int:
        return sum(n for _, n in self.periods) + self.undated


def aliases(totals: Iterable[tuple[str, str, str, int, int]]) -> dict[tuple[str, str], str]:
    """(type, single word) -> the full name's key it stands for.

    A single-word name stands for the multi-word name holding that word that
    the most articles use, when that one is used at least twice as often as any
    other (the rule search applies, so the counts match what a filter finds).
    """
    singles: set[tuple[str, str]] = set()
    multi: list[tuple[str, str, int]] = []
    for type_, key, _name, articles, _mentions in totals:
        if type_ not in _ALIASED:
            continue
        if " " in key:
            multi.append((type_, key, articles))
        else:
            singles.add((type_, key))
    holders: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for type_, key, articles in multi:
        for word in dict.fromkeys(key.split()):
            if (type_, word) in singles:
                holders.setdefault((type_, word), []).append((articles, key))
    out = {}
    for short, names in holders.items():
        names.sort(key=lambda n: (-n[0], n[1]))
        if len(names) == 1 or names[0][0] >= 2 * names[1][0]:
            out[short] = names[0][1]
    return out


def merged(
    totals: Sequence[tuple[str, str, str, int, int]],
    alias_of: Mapping[tuple[str, str], str],
    overlaps: Mapping[tuple[str, str], int],
) -> list[CorpusEntity]:
    """Every entity, aliases (`aliases`) folded into their full names, most articles
    first; `overlaps` counts the articles that use both, so they count once."""
    own = {(t, k): (name, articles, mentions) for t, k, name, articles, mentions in totals
           if (t, k) not in alias_of}
    keys: dict[tuple[str, str], list[str]] = {ident: [ident[1]] for ident in own}
    for type_, key, name, articles, mentions in totals:
        full = (type_, alias_of.get((type_, key), key))
        if full[1] == key:
            continue
        if full not in own:  # its full name is not in this set: counted on its own
            own[type_, key] = (name, articles, mentions)
            keys[type_, key] = [key]
            continue
        full_name, full_articles, full_mentions = own[full]
        own[full] = (full_name, full_articles + articles, full_mentions + mentions)
        keys[full].append(key)
    out = [
        CorpusEntity(EntityType(type_), name, tuple(keys[type_, key]),
                     articles - overlaps.get((type_, key), 0), mentions)
        for (type_, key), (name, articles, mentions) in own.items()
    ]
    out.sort(key=lambda e: (-e.articles, -e.mentions, e.name.lower()))
    return out


def companions(
    counts: Iterable[tuple[str, str, str, int, int]],
    known: Mapping[tuple[str, str], CorpusEntity] | None = None,
) -> list[Companion]:
    """Who appears with an entity, from `Manifest.companion_counts` (aliases already
    folded there): most articles first, named as the corpus's entity list names them."""
    out = []
    for type_, key, name, articles, shared in counts:
        full = known.get((type_, key)) if known is not None else None
        out.append(Companion(EntityType(type_), full.name if full else name, key, articles,
                             shared))
    out.sort(key=lambda c: (-c.articles, -c.paragraphs, c.name.lower()))
    return out


def timeline(days: Iterable[date | None], span: tuple[date, date] | None = None) -> Timeline:
    """Articles per month, or per week when the dates span less than three months.

    `span` (first, last) sets the range, so that two timelines line up: an entity's
    over the corpus's dates.
    """
    dated: list[date] = []
    undated = 0
    for day in days:
        if day is None:
            undated += 1
        else:
            dated.append(day)
    if span is not None:
        first, last = span
        dated = [day for day in dated if first <= day <= last]
    elif not dated:
        return Timeline("month", (), undated)
    else:
        first, last = min(dated), max(dated)
    if (last - first).days < 92:
        start = first - timedelta(days=first.weekday())
        counts = Counter(day - timedelta(days=day.weekday()) for day in dated)
        periods = []
        week = start
        while week <= last:
            periods.append((week, counts.get(week, 0)))
            week += timedelta(days=7)
        return Timeline("week", tuple(periods), undated)
    months = Counter(date(day.year, day.month, 1) for day in dated)
    periods = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        period = date(year, month, 1)
        periods.append((period, months.get(period, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return Timeline("month", tuple(periods), undated)
