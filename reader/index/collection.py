"""Orders and folders of a corpus's articles, worked out from their summaries alone.

The article list, the search results sorted by date or source, and the
folder tree all read the same summaries the manifest gives, so none of this
touches the index files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from reader.index.model import ArticleSummary, SortOrder


def sort_summaries(newest: Sequence[ArticleSummary], order: SortOrder) -> list[ArticleSummary]:
    """`newest` (the library's order: by day newest first, then title) in `order`.

    Undated articles sort by their file's day; past that, by title. Relevance
    has no meaning without a query: the list stays newest first.
    """
    if order is SortOrder.OLDEST:
        # Stable: within a day the titles keep their A-Z order.
        return sorted(newest, key=_day_ordinal)
    if order is SortOrder.SOURCE:
        return sorted(newest, key=_source_key)
    return list(newest)


def rank(newest: Sequence[ArticleSummary], order: SortOrder) -> dict[str, int]:
    """Each article's position in `order`: search results are sorted by it."""
    return {summary.id: i for i, summary in enumerate(sort_summaries(newest, order))}


def _day_ordinal(summary: ArticleSummary) -> int:
    day = summary.day
    return day.toordinal() if day is not None else 10**7  # no day at all: last


def _source_key(summary: ArticleSummary) -> tuple[bool, str]:
    source = summary.source
    return (source is None, source.casefold() if source else "")


def undated_count(summaries: Iterable[ArticleSummary]) -> int:
    """Articles without a date of their own (sorted by their file's day)."""
    return sum(1 for summary in summaries if summary.published is None)


def describe_order(order: SortOrder, undated: int, total: int) -> str:
    """How the list is sorted, in words, saying when file times stand in for dates."""
    if order is SortOrder.SOURCE:
        text = "by source, then newest first"
    elif order is SortOrder.RELEVANCE:
        return "by relevance"
    else:
        text = "newest first" if order is SortOrder.NEWEST else "oldest first"
    if undated and order is not SortOrder.SOURCE:
        who = "none has a date" if undated == total else f"{undated:,} of {total:,} have no date"
        text += f" ({who}: file time, then title, stands in)"
    return text


@dataclass(frozen=True, slots=True)
class Folder:
    """One folder of the tree, with the articles in it and in its subfolders."""

    path: str  # relative to the corpus root, "/"-separated
    depth: int  # 0 for a top folder
    articles: int

    @property
    def name(self) -> str:
        return self.path.rpartition("/")[2]


def folder_tree(summaries: Iterable[ArticleSummary]) -> list[Folder]:
    """Every folder holding articles, parents before children, A to Z by name."""
    counts: Counter[str] = Counter()
    for summary in summaries:
        folder = summary.folder
        while folder:
            counts[folder] += 1
            folder = folder.rpartition("/")[0]
    ordered = sorted(counts, key=lambda path: path.casefold().split("/"))
    return [Folder(path, path.count("/"), counts[path]) for path in ordered]


def in_folder(summary: ArticleSummary, folder: str) -> bool:
    """Whether the article's file is in `folder` or below it."""
    own = summary.folder
    return own is not None and (own == folder or own.startswith(folder + "/"))


# -- copies ------------------------------------------------------------------------------

_GROUP = attrgetter("group")


def copies_by_group(summaries: Iterable[ArticleSummary]) -> dict[str, list[ArticleSummary]]:
    """Each group of copies (by its lead's id) with its members, in `summaries`' order."""
    groups: dict[str, list[ArticleSummary]] = {}
    for summary in summaries:
        if summary.group is not None:
            groups.setdefault(summary.group, []).append(summary)
    return groups


def collapse(rows: Sequence[ArticleSummary], *, lead_first: bool = True) -> list[int]:
    """The positions of `rows` that stand for their group of copies, in order, and
    every article without copies.

    A group stands where its lead is (the earliest copy), so that its row stays
    the same article whatever the order; without the lead among `rows`, or with
    `lead_first` off (search results: the best-ranked copy), its first member.
    """
    groups = list(map(_GROUP, rows))
    if not any(groups):
        return list(range(len(rows)))
    # Most articles have no copies: only the others go through the Python loop
    # (at 20,000 rows this takes 10 ms down to about 3).
    members = [i for i, group in enumerate(groups) if group is not None]
    leads: set[str] = set()
    if lead_first:
        leads = {rows[i].id for i in members if groups[i] == rows[i].id}
    seen: set[str] = set()
    keep = [True] * len(rows)
    for i in members:
        group = groups[i]
        if group in seen or (group in leads and rows[i].id != group):
            keep[i] = False
        else:
            seen.add(group)  # type: ignore[arg-type]
    return list(compress(range(len(rows)), keep))


def listed_count(summaries: Iterable[ArticleSummary]) -> int:
    """How many rows `summaries` make once each group of copies is one row."""
    groups: set[str] = set()
    alone = 0
    for summary in summaries:
        if summary.group is None:
            alone += 1
        else:
            groups.add(summary.group)
    return alone + len(groups)
