"""The side panel: the open article's figures and entities, in two tabs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.extract.figures.display import bar_fraction, comparable_groups, format_figure
from reader.extract.model import Entity, EntityType, Figure
from reader.index.model import StoredArticle
from reader.tui import keymap
from reader.tui.messages import EntityChosen, FigureChosen
from reader.tui.widgets.article_view import ENTITY_LABELS

BAR_WIDTH = 8
_EIGHTHS = " ▏▎▍▌▋▊▉"
VALUE_WIDTH = 26  # with the bar, fits the 40-column side panel
DETAIL_WIDTH = VALUE_WIDTH + 1 + BAR_WIDTH


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar `fraction` of `width` cells long, in eighths of a cell."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text.ljust(width)


def comparable_scale(figures: Sequence[Figure]) -> dict[int, float]:
    """Each figure's bar length among the figures it can be compared with.

    Only groups of two or more get a bar: a lone figure has nothing to be
    compared with (and dates are never compared).
    """
    scale: dict[int, float] = {}
    for members in comparable_groups(figures).values():
        if len(members) >= 2:
            for i in members:
                scale[i] = bar_fraction(figures[i], figures)
    return scale


class PanelList(OptionList):
    """An OptionList with the reader's j/k/g/G keys."""

    BINDINGS = keymap.PANEL_LIST


class FigureList(PanelList):
    """One row per figure: value, a bar against its comparable peers, kind and label."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figures: tuple[Figure, ...] = ()

    def show(self, figures: tuple[Figure, ...]) -> None:
        self.figures = figures
        scale = comparable_scale(figures)
        options: list[Option] = []
        for index, figure in enumerate(figures):
            value = format_figure(figure)
            if len(value) > VALUE_WIDTH:
                value = value[: VALUE_WIDTH - 1] + "…"
            row = Text(no_wrap=True, overflow="ellipsis")
            row.append(value.ljust(VALUE_WIDTH), style="bold")
            row.append(" ")
            row.append(bar(scale[index]) if index in scale else "", style="cyan")
            detail = f"  {figure.kind.value}" + (f" · {figure.label}" if figure.label else "")
            if len(detail) > DETAIL_WIDTH:
                detail = detail[: DETAIL_WIDTH - 1] + "…"
            row.append(f"\n{detail}", style="dim")
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

    def show_article(self, article: StoredArticle | None) -> None:
        self.query_one(FigureList).show(article.figures if article else ())
        self.query_one(EntityList).show(article.entities if article else ())
