"""The filters that narrow the article list, and that combine (shown as chips).

Each Enter on an entity, folder or `U` adds one; a second entity narrows the
list to the articles with both, while a second folder (or unread) takes the
place of the first. A search runs within the filters too. Esc removes the
last one; a click on a chip's ✕ removes that one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reader.index.collection import in_folder
from reader.index.model import ArticleSummary


class FilterKind(StrEnum):
    ENTITY = "entity"
    FOLDER = "folder"
    UNREAD = "unread"


@dataclass(frozen=True, slots=True)
class ListFilter:
    kind: FilterKind
    label: str  # as the chip reads: "person: Lei Jun", "folder: politics", "unread"
    folder: str | None = None
    ids: frozenset[str] = frozenset()  # an entity's articles, found once in the index

    def allows(self, summary: ArticleSummary, read_ids: set[str]) -> bool:
        if self.kind is FilterKind.ENTITY:
            return summary.id in self.ids
        if self.kind is FilterKind.FOLDER:
            return self.folder is not None and in_folder(summary, self.folder)
        return summary.id not in read_ids

    def replaces(self, other: ListFilter) -> bool:
        """Whether adding `self` drops `other`: one folder and one unread filter at a
        time, and an entity chosen twice is there once."""
        if self.kind is FilterKind.ENTITY:
            return other.kind is FilterKind.ENTITY and other.label == self.label
        return other.kind is self.kind


def combined(filters: Sequence[ListFilter], new: ListFilter) -> list[ListFilter]:
    """`filters` with `new` added last (see `ListFilter.replaces`)."""
    return [f for f in filters if not new.replaces(f)] + [new]


def narrowed(
    rows: Iterable[ArticleSummary], filters: Sequence[ListFilter], read_ids: set[str]
) -> list[ArticleSummary]:
    """The rows every filter allows, in their order."""
    if not filters:
        return list(rows)
    return [row for row in rows if all(f.allows(row, read_ids) for f in filters)]


def describe(filters: Sequence[ListFilter], query: str | None = None) -> str | None:
    """The header's one-line account of what narrows the list, or None."""
    parts = [f.label for f in filters]
    if query:
        parts.append(f"/{query}")
    return " + ".join(parts) or None
