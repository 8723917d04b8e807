"""The figure ledger: every figure the corpus states about one entity.

A figure concerns an entity when its sentence names it (see `mentions`). Rows
that state the same measure (kind, unit and the words of the label) with
different values are flagged, so that "R&D: ¥100 bn (2022) vs ¥105 bn (2025)"
stands out among hundreds of rows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from reader.index.manifest import FigureRowTuple
from reader.index.model import ArticleSummary

# Words that say nothing about what a label measures.
_FILLER_WORDS = """a an the of in on for to by at from with and or its his her their this that
about some more than over under nearly almost around number total amount value
figure share level"""
_FILLER = frozenset(_FILLER_WORDS.split())
# Kinds whose differing values are worth flagging: an amount, a count, a share. A
# duration is mostly a period ("over five years"), an age changes with the date.
MEASURES = frozenset({"money", "count", "percent"})
_WORD = re.compile(r"[^\W\d_]+(?:[’'&-][^\W\d_]+)*")


class LedgerSort(StrEnum):
    DATE = "date"
    VALUE = "value"
    KIND = "kind"
    LABEL = "label"
    ARTICLE = "article"


@dataclass(frozen=True, slots=True)
class LedgerRow:
    article: ArticleSummary
    start: int  # the figure's span in the article's text
    end: int
    kind: str
    value: float
    value_max: float | None
    unit: str | None
    label: str
    shown: str  # normalised, as the figures panel writes it ("¥105 bn")
    text: str  # as the article writes it
    # Set when other rows state the same measure with another value: all of them.
    conflict: str | None = None

    @property
    def day(self) -> date | None:
        """The article's stated date (a file's time says nothing about a figure)."""
        return self.article.published


def label_stems(label: str) -> frozenset[str]:
    """The words that say what a label measures, cut to five letters ("investment",
    "invest" -> "inves") so that the forms of one word meet.

    Only common words: a measure is "revenue" or "stores opened"; names ("China",
    the entity itself) say whose it is, and would tie every label about them together.
    The first word may be capitalised.
    """
    stems = set()
    for i, match in enumerate(_WORD.finditer(label)):
        word = match.group()
        if word.islower() or (i == 0 and word[1:].islower()):
            word = word.lower()
            if word not in _FILLER:
                stems.add(word[:5])
    return frozenset(stems)


def build(
    rows: Iterable[FigureRowTuple], summaries: Mapping[str, ArticleSummary]
) -> list[LedgerRow]:
    """Ledger rows from `Manifest.figure_rows`, newest first, with conflicts flagged.

    Rows of articles no longer listed (`summaries` is the library's) are left out.
    """
    out: list[LedgerRow] = []
    seen: set[tuple[str, int]] = set()
    for article_id, start, end, kind, value, value_max, unit, label, shown, text in rows:
        summary = summaries.get(article_id)
        if summary is None or (article_id, start) in seen:
            continue  # gone from the list, or met under another of the entity's names
        seen.add((article_id, start))
        out.append(LedgerRow(summary, start, end, kind, value, value_max, unit, label, shown,
                             text))
    return sort(flag_conflicts(out), LedgerSort.DATE)


def same_measures(rows: Sequence[LedgerRow]) -> list[list[int]]:
    """Groups of rows (indices) that state one measure: the same kind (of `MEASURES`)
    and unit, and labels sharing a word that says what is measured (directly or
    through others)."""
    parent = list(range(len(rows)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str, str], int] = {}
    measured: list[int] = []  # rows whose label says what they measure
    for i, row in enumerate(rows):
        stems = label_stems(row.label) if row.kind in MEASURES else frozenset()
        if stems:
            measured.append(i)
        for stem in stems:
            j = first_with.setdefault((row.kind, row.unit or "", stem), i)
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in measured:
        groups.setdefault(root(i), []).append(i)
    return [members for members in groups.values() if len(members) > 1]


def flag_conflicts(rows: list[LedgerRow]) -> list[LedgerRow]:
    """Rows stating one measure with different values get a note naming them all."""
    out = list(rows)
    for members in same_measures(rows):
        values: dict[tuple[float, float | None], LedgerRow] = {}
        # Oldest first, the undated after them.
        for i in sorted(members, key=lambda i: (rows[i].day is None, _day_ordinal(rows[i]),
                                                 rows[i].start)):
            row = rows[i]
            values.setdefault((round(row.value, 6), row.value_max), row)
        if len(values) < 2:
            continue
        stated = " vs ".join(
            f"{row.shown} ({row.day.isoformat() if row.day else 'undated'})"
            for row in values.values()
        )
        note = f"{rows[members[0]].label}: {stated}"
        for i in members:
            out[i] = replace(rows[i], conflict=note)
    return out


def _day_ordinal(row: LedgerRow) -> int:
    day = row.day
    return day.toordinal() if day is not None else 0


def sort(rows: Iterable[LedgerRow], by: LedgerSort, *, reverse: bool = False) -> list[LedgerRow]:
    """Dates newest first (undated last), values largest first, words A to Z."""
    if by is LedgerSort.DATE:
        out = sorted(rows, key=lambda r: (r.article.title.lower(), r.start))
        out.sort(key=_day_ordinal, reverse=True)
    elif by is LedgerSort.VALUE:
        out = sorted(rows, key=lambda r: (r.kind, r.unit or "", -r.value))
    elif by is LedgerSort.KIND:
        out = sorted(rows, key=lambda r: (r.kind, r.unit or "", -_day_ordinal(r)))
    elif by is LedgerSort.LABEL:
        out = sorted(rows, key=lambda r: (r.label.lower(), -_day_ordinal(r)))
    else:
        out = sorted(rows, key=lambda r: (r.article.title.lower(), r.start))
    return out[::-1] if reverse else out


_COLUMNS = ("date", "value", "value_max", "unit", "kind", "shown", "label", "text",
            "conflict", "article_id", "title", "path", "start", "end")


def _record(row: LedgerRow) -> dict[str, object]:
    return {
        "date": row.day.isoformat() if row.day else None,
        "value": row.value,
        "value_max": row.value_max,
        "unit": row.unit,
        "kind": row.kind,
        "shown": row.shown,
        "label": row.label,
        "text": row.text,
        "conflict": row.conflict,
        "article_id": row.article.id,
        "title": row.article.title,
        "path": row.article.path,
        "start": row.start,
        "end": row.end,
    }


def to_json(rows: Iterable[LedgerRow]) -> str:
    return json.dumps([_record(row) for row in rows], ensure_ascii=False, indent=2)


def to_csv(rows: Iterable[LedgerRow]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in _record(row).items()})
    return buffer.getvalue()
