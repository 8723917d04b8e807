"""The side panel: the open article's figures and entities, in two tabs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.extract.model import Entity, EntityType, Figure, FigureKind
from reader.index.model import StoredArticle
from reader.tui import keymap
from reader.tui.messages import EntityChosen, FigureChosen
from reader.tui.widgets.article_view import ENTITY_LABELS

BAR_WIDTH = 8
_EIGHTHS = " ▏▎▍▌▋▊▉"
VALUE_WIDTH = 16


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar `fraction` of `width` cells long, in eighths of a cell."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text.ljust(width)


def comparable_scale(figures: tuple[Figure, ...]) -> dict[int, float]:
    """Each figure's share of the largest figure of its kind and unit.

    Only groups of two or more get a bar: a lone figure has nothing to be
    compared with. Dates are points in time, not amounts, and get none.
    """
    groups: dict[tuple[FigureKind, str | None], list[int]] = defaultdict(list)
    for index, figure in enumerate(figures):
        if figure.kind != FigureKind.DATE:
            groups[(figure.kind, figure.unit)].append(index)
    scale: dict[int, float] = {}
    for members in groups.values():
        largest = max(abs(figures[i].value_max or figures[i].value) for i in members)
        if len(members) < 2 or largest <= 0:
            continue
        for i in members:
            scale[i] = abs(figures[i].value_max or figures[i].value) / largest
    return scale


class PanelList(OptionList):
    """An OptionList with the reader's j/k/g/G keys."""

    BINDINGS = keymap.PANEL_LIST


class FigureList(PanelList):
    """One row per figure: value, a bar against its comparable peers, kind and label."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figures: tuple[Figure, ...] = ()

    def show(self, figures: tuple[Figure, ...], display: Callable[[Figure], str]) -> None:
        self.figures = figures
        scale = comparable_scale(figures)
        values = [display(f) for f in figures]
        width = min(VALUE_WIDTH, max((len(v) for v in values), default=0))
        options: list[Option] = []
        for index, (figure, value) in enumerate(zip(figures, values, strict=True)):
            row = Text(no_wrap=True, overflow="ellipsis")
            cell = value if len(value) <= width else value[: width - 1] + "…"
            row.append(cell.ljust(width), style="bold")
            row.append(" ")
            row.append(bar(scale[index]) if index in scale else " " * BAR_WIDTH, style="cyan")
            row.append(f" {figure.kind.value}", style="dim")
            if figure.label:
                row.append(f" · {figure.label}")
            options.append(Option(row, id=str(index)))
        self.clear_options()
        if options:
            self.add_options(options)
        else:
            self.add_option(Option(Text("No figures in this article.", style="dim"),
                                   disabled=True))
        self.highlighted = 0 if figures else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            figure = self.figures[int(event.option.id)]
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
    """Entities by type with mention counts; Enter filters the list to them."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: dict[str, tuple[EntityType, str]] = {}

    def show(self, entities: tuple[Entity, ...]) -> None:
        self.clear_options()
        self._entries = {}
        options: list[Option] = []
        for kind, names in entity_counts(entities).items():
            options.append(
                Option(Text(ENTITY_LABELS[kind].upper(), style="bold dim"), disabled=True)
            )
            for name, count in names:
                key = f"{kind.value}:{name}"
                self._entries[key] = (kind, name)
                row = Text(no_wrap=True, overflow="ellipsis")
                row.append(f"  {name}")
                row.append(f"  ×{count}", style="dim")
                options.append(Option(row, id=key))
        if options:
            self.add_options(options)
            self.highlighted = 1
        else:
            self.add_option(Option(Text("No entities in this article.", style="dim"),
                                   disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self._entries.get(event.option.id or "")
        if entry is not None:
            self.post_message(EntityChosen(*entry))


class SidePanel(Vertical):
    """Figures and Entities tabs for the open article."""

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="figures-tab"):
            with TabPane("Figures", id="figures-tab"):
                yield FigureList(id="figures")
            with TabPane("Entities", id="entities-tab"):
                yield EntityList(id="entities")

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = f"{tab}-tab"

    def show_article(self, article: StoredArticle | None,
                     display: Callable[[Figure], str]) -> None:
        self.query_one(FigureList).show(article.figures if article else (), display)
        self.query_one(EntityList).show(article.entities if article else ())
