"""The side panel: the open article's figures, entities and quotes, and the
corpus's folders, in four tabs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, TabbedContent, TabPane

from reader.extract.model import Entity, EntityType, Figure, Quote
from reader.index.collection import Folder, folder_tree
from reader.index.model import ArticleSummary, StoredArticle
from reader.tui import keymap
from reader.tui.messages import (
    EntityChosen,
    FigureChosen,
    FolderChosen,
    LedgerWanted,
    QuoteChosen,
    QuotesWanted,
)
from reader.tui.widgets.article_view import ENTITY_LABELS
from reader.tui.widgets.line_list import LineList, Row

BAR_WIDTH = 8
_EIGHTHS = " ▏▎▍▌▋▊▉"
DEFAULT_ROW_WIDTH = 36  # before the panel has a size


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar `fraction` of `width` cells long, in eighths of a cell."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text.ljust(width)


def cut_at_word(text: str, width: int) -> str:
    """`text` in at most `width` cells, cut after a whole word with an ellipsis: a label
    is never cut mid-word (the highlighted figure's label is shown whole below the list)."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, max(1, width - 1))
    head = text[:cut] if cut > len(text) - len(text.lstrip()) else text[: max(1, width - 1)]
    return head.rstrip(" ·") + "…"


def figure_detail(figure: Figure) -> Text:
    """The highlighted figure whole: its words in the article, then its label unabridged."""
    out = Text()
    out.append(f"“{figure.text}”", style="bold")
    if figure.label:
        out.append("\n")
        out.append(figure.label)
    return out


def comparable_scale(figures: Sequence[Figure]) -> dict[int, float]:
    """Each figure's bar length among the figures it can be compared with.

    Only groups of two or more get a bar: a lone figure has nothing to be
    compared with (and dates are never compared).
    """
    # Imported when an article is shown, not at start: it loads the figures extractor.
    from reader.extract.figures.display import bar_fraction, comparable_groups

    scale: dict[int, float] = {}
    for members in comparable_groups(figures).values():
        if len(members) >= 2:
            # Each bar against the group's largest figure alone: asking bar_fraction
            # against the whole list is quadratic (47 s for the 3,000 figures of 1 MB).
            top = figures[max(members, key=lambda i: _magnitude(figures[i]))]
            for i in members:
                scale[i] = bar_fraction(figures[i], (top, figures[i]))
    return scale


def _magnitude(figure: Figure) -> float:
    return abs(figure.value_max if figure.value_max is not None else figure.value)


class PanelList(LineList):
    """A list drawn row by row, with the reader's j/k/g/G keys."""

    BINDINGS = keymap.PANEL_LIST


class FigureList(PanelList):
    """One row per figure: value and a bar against its comparable peers, kind and label
    under them. Rows are formatted as they scroll into view: a 1 MB article has
    3,000 figures and a screen shows twenty."""

    row_height = 2

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figures: tuple[Figure, ...] = ()
        self._scale: dict[int, float] | None = None

    def show(self, figures: tuple[Figure, ...]) -> None:
        self.figures = figures
        self._scale = None  # worked out when the first row is drawn
        if figures:
            self.set_rows([Row(str(i)) for i in range(len(figures))], highlighted=0)
        else:
            self.set_rows([Row(None, disabled=True)])

    def row_lines(self, index: int, width: int) -> list[Text]:
        """Value and bar on one line, kind and label under it, cut to the panel's width."""
        if not self.figures:
            return [Text("No figures in this article.", style="dim")]
        from reader.extract.figures.display import format_figure

        if self._scale is None:
            self._scale = comparable_scale(self.figures)
        figure = self.figures[index]
        width = width or DEFAULT_ROW_WIDTH
        value_width = max(6, width - BAR_WIDTH - 2)
        value = format_figure(figure)
        if len(value) > value_width:
            value = value[: value_width - 1] + "…"
        row = Text()
        row.append(value.ljust(value_width), style="bold")
        row.append(" ")
        row.append(bar(self._scale[index]) if index in self._scale else "", style="cyan")
        # A label that only repeats the kind ("date · date" for a dateline) says nothing.
        label = figure.label if figure.label and figure.label != figure.kind.value else ""
        detail = f"  {figure.kind.value}" + (f" · {label}" if label else "")
        return [row, Text(cut_at_word(detail, width - 1), style="dim")]

    def on_line_list_chosen(self, event: LineList.Chosen) -> None:
        event.stop()
        figure = self.figures[event.index]
        self.post_message(FigureChosen(figure.start, figure.end))


def entity_counts(entities: tuple[Entity, ...]) -> dict[EntityType, list[tuple[str, int]]]:
    """Mentions per entity, grouped by type, most mentioned first."""
    counts = Counter((e.type, e.canonical or e.text) for e in entities)
    grouped: dict[EntityType, list[tuple[str, int]]] = defaultdict(list)
    for (kind, name), count in counts.items():
        grouped[kind].append((name, count))
    return {
        kind: sorted(grouped[kind], key=lambda item: (-item[1], item[0].casefold()))
        for kind in EntityType
        if kind in grouped
    }


class EntityList(PanelList):
    """Entities by type with mention counts; Enter filters the list to them, `w` lists a
    person's quotes across the corpus, `l` the figures stated about an entity."""

    BINDINGS = keymap.ENTITY_LIST

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: dict[str, tuple[EntityType, str]] = {}
        self._items: list[tuple[str, int | None]] = []  # (name, mentions); (heading, None)

    def show(self, entities: tuple[Entity, ...]) -> None:
        self._entries = {}
        rows: list[Row] = []
        items: list[tuple[str, int | None]] = []
        for kind, names in entity_counts(entities).items():
            rows.append(Row(None, disabled=True))
            items.append((ENTITY_LABELS[kind].upper(), None))
            for name, count in names:
                key = f"{kind.value}:{name}"
                self._entries[key] = (kind, name)
                rows.append(Row(key))
                items.append((name, count))
        self._items = items
        if rows:
            self.set_rows(rows, highlighted=1)
        else:
            self.set_rows([Row(None, disabled=True)])

    def row_lines(self, index: int, width: int) -> list[Text]:
        if not self._items:
            return [Text("No entities in this article.", style="dim")]
        name, count = self._items[index]
        if count is None:
            return [Text(name, style="bold dim")]
        row = Text(f"  {name}")
        row.append(f"  ×{count}", style="dim")
        return [row]

    def on_line_list_chosen(self, event: LineList.Chosen) -> None:
        event.stop()
        entry = self._entries.get(event.row.id or "")
        if entry is not None:
            self.post_message(EntityChosen(*entry))

    def action_quotes(self) -> None:
        entry = self._current()
        if entry is not None:
            self.post_message(QuotesWanted(entry[1]))

    def action_ledger(self) -> None:
        entry = self._current()
        if entry is not None:
            self.post_message(LedgerWanted(*entry))

    def _current(self) -> tuple[EntityType, str] | None:
        row = self.highlighted_option
        return self._entries.get(row.id or "") if row is not None else None


def quote_row(quote: Quote, width: int) -> list[Text]:
    """The speaker (or "unattributed") in bold, the quote's first words under it."""
    head = Text(quote.speaker or "unattributed", style="bold" if quote.speaker else "dim")
    if quote.verb:
        head.append(f"  {quote.verb}", style="dim")
    words = " ".join(quote.text.split())
    body = Text(f"  “{cut_at_word(words, max(8, width - 4))}”", style="italic")
    return [head, body]


class QuoteList(PanelList):
    """One row per quotation: who, then the first words; Enter shows it in the article,
    `b` bookmarks it with its speaker and article as the citation."""

    row_height = 2

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: tuple[Quote, ...] = ()

    def show(self, quotes: tuple[Quote, ...]) -> None:
        self.quotes = quotes
        if quotes:
            self.set_rows([Row(str(i)) for i in range(len(quotes))], highlighted=0)
        else:
            self.set_rows([Row(None, disabled=True)])

    @property
    def highlighted_quote(self) -> Quote | None:
        row = self.highlighted_option
        if row is None or row.id is None or not self.quotes:
            return None
        return self.quotes[int(row.id)]

    def row_lines(self, index: int, width: int) -> list[Text]:
        if not self.quotes:
            return [Text("No quotations in this article.", style="dim")]
        return quote_row(self.quotes[index], width or DEFAULT_ROW_WIDTH)

    def on_line_list_chosen(self, event: LineList.Chosen) -> None:
        event.stop()
        quote = self.quotes[event.index]
        self.post_message(QuoteChosen(quote.start, quote.end))


class FolderList(PanelList):
    """The corpus's folders as a tree, each with its articles (subfolders included);
    Enter lists a folder's articles, the first row every article again.

    The tree is worked out when the tab is shown, not each time the list of
    articles changes (20,000 paths while the index is being built)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._summaries: list[ArticleSummary] | None = None
        self._read: set[str] = set()
        self._stale = False
        self.folders: list[Folder] = []
        self._unread: dict[str, int] = {}
        self._total = 0
        self._total_unread = 0

    def show_corpus(self, summaries: list[ArticleSummary]) -> None:
        self._summaries = summaries
        self._stale = True
        if self.is_on_screen:
            self._build()

    def show_read(self, read: set[str]) -> None:
        """The read marks changed: the unread counts follow, when the tab is shown."""
        self._read = read
        self._stale = True
        if self.is_on_screen:
            self._build()

    def on_show(self, event: events.Show) -> None:
        if self._stale:
            self._build()

    def _build(self) -> None:
        self._stale = False
        summaries = self._summaries or []
        self.folders = folder_tree(summaries)
        unread = [summary for summary in summaries if summary.id not in self._read]
        self._unread = {folder.path: folder.articles for folder in folder_tree(unread)}
        self._total = len(summaries)
        self._total_unread = len(unread)
        rows = [Row("")] + [Row(folder.path) for folder in self.folders]
        keep = self.highlighted_option.id if self.highlighted_option is not None else ""
        index = next((i for i, row in enumerate(rows) if row.id == keep), 0)
        self.set_rows(rows, highlighted=index)

    def row_lines(self, index: int, width: int) -> list[Text]:
        if index == 0:
            row = Text("All articles", style="bold")
            self._counts(row, self._total, self._total_unread)
            if not self.folders:
                row.append("  (no folders)", style="dim")
            return [row]
        folder = self.folders[index - 1]
        row = Text("  " * (folder.depth + 1) + folder.name + "/")
        self._counts(row, folder.articles, self._unread.get(folder.path, 0))
        return [row]

    @staticmethod
    def _counts(row: Text, articles: int, unread: int) -> None:
        row.append(f"  {articles:,}", style="dim")
        if unread:
            row.append(f" · {unread:,} unread", style="bold")

    def on_line_list_chosen(self, event: LineList.Chosen) -> None:
        event.stop()
        self.post_message(FolderChosen(event.row.id or None))


class SidePanel(Vertical):
    """Figures, Entities and Quotes tabs for the open article, and the corpus's Folders.
    Under the figures, the highlighted one in full: the list cuts labels to its width."""

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="figures-tab"):
            with TabPane("Figures", id="figures-tab"):
                yield FigureList(id="figures")
                yield Static(id="figure-detail")
            with TabPane("Entities", id="entities-tab"):
                yield EntityList(id="entities")
            with TabPane("Quotes", id="quotes-tab"):
                yield QuoteList(id="quotes")
            with TabPane("Folders", id="folders-tab"):
                yield FolderList(id="folders")

    def on_line_list_highlighted(self, event: LineList.Highlighted) -> None:
        if not isinstance(event.line_list, FigureList):
            return
        detail = self.query_one("#figure-detail", Static)
        figures = event.line_list.figures
        if event.index is None or not figures:
            detail.update("")
            detail.display = False
            return
        detail.update(figure_detail(figures[event.index]))
        detail.display = True

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = f"{tab}-tab"

    def show_article(self, article: StoredArticle | None) -> None:
        self.query_one(FigureList).show(article.figures if article else ())
        self.query_one(EntityList).show(article.entities if article else ())
        self.query_one(QuoteList).show(article.quotes if article else ())
