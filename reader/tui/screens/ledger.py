"""The figure ledger of one entity: every figure the corpus states about it.

A table (date, value, kind, label, article) read from the index in a thread
worker; `s` changes the column it is sorted by and `r` reverses it; rows
that state one measure with different values are marked ≠ and the note
under the table says which values; Enter opens the article at the figure;
`x` exports what is listed to CSV or JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.extract.model import EntityType
from reader.index import ledger
from reader.index.corpus_entities import CorpusEntity
from reader.index.ledger import LedgerRow, LedgerSort
from reader.tui import keymap
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.line_list import ItemList, LineList

if TYPE_CHECKING:
    from reader.index.library import Library

SORTS = tuple(LedgerSort)
DATE_CELLS = 11
KIND_CELLS = 9
HEADINGS = {LedgerSort.DATE: "date", LedgerSort.VALUE: "value", LedgerSort.KIND: "kind",
            LedgerSort.LABEL: "label", LedgerSort.ARTICLE: "article"}


@dataclass(frozen=True, slots=True)
class Columns:
    """Cells per column at a width: the value column fits the widest value (within
    limits), the label and the article share the rest."""

    value: int
    label: int

    @classmethod
    def fit(cls, rows: Sequence[LedgerRow], width: int) -> Columns:
        widest = max((len(row.shown) for row in rows), default=5)
        value = max(7, min(24, widest + 3))  # and "≠ "
        rest = max(12, width - DATE_CELLS - value - KIND_CELLS)
        return cls(value, max(8, rest // 2))

    def cells(self) -> tuple[int, int, int, int]:
        return DATE_CELLS, self.value, KIND_CELLS, self.label


def _cut(text: str, cells: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= cells else text[: max(0, cells - 1)] + "…"


def ledger_line(row: LedgerRow, columns: Columns, width: int) -> Text:
    """date · value (≠ when disputed) · kind · label · article, cut to `width`."""
    date_cells, value_cells, kind_cells, label_cells = columns.cells()
    day = row.day.isoformat() if row.day else "undated"
    line = Text(day.ljust(date_cells), style="" if row.day else "dim")
    line.append(_cut(row.shown, value_cells - 3).ljust(value_cells - 2), style="bold")
    line.append("≠ " if row.conflict else "  ", style="bold yellow")
    line.append(row.kind.ljust(kind_cells), style="dim")
    line.append(_cut(row.label, label_cells - 1).ljust(label_cells))
    title = row.article.title or row.article.id
    line.append(_cut(title, max(0, width - line.cell_len)), style="dim")
    return line


def ledger_heading(columns: Columns, by: LedgerSort, reverse: bool) -> Text:
    """The column names over `ledger_line`'s columns; the sorted one marked."""
    text = Text()
    cells = (*columns.cells(), 0)
    for (key, name), width in zip(HEADINGS.items(), cells, strict=True):
        if key is by:
            name += "↑" if reverse else "↓"
        text.append(name.ljust(width), style="bold" if key is by else "")
    return text


class LedgerRows(ItemList[LedgerRow]):
    """One line per figure, in columns fit to the widest value."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._columns: tuple[int, Columns] | None = None  # for the width they were fit to

    def show(self, items: Sequence[LedgerRow], empty: str,
             keep: LedgerRow | None = None) -> None:
        self._columns = None
        super().show(items, empty, keep)

    def item_lines(self, item: LedgerRow, width: int) -> list[Text]:
        return [ledger_line(item, self.columns(), width)]

    def columns(self) -> Columns:
        width = self.scrollable_content_region.width
        if self._columns is None or self._columns[0] != width:
            self._columns = (width, Columns.fit(self.items, width))
        return self._columns[1]


class LedgerScreen(Screen[LedgerRow | None]):
    """One entity's figures across the corpus; dismissed with the one to open."""

    BINDINGS = keymap.LEDGER_VIEW
    DEFAULT_CSS = """
    LedgerScreen { layout: vertical; }
    #ledger-header { height: 1; padding: 0 1; background: $panel; }
    #ledger-columns { height: 1; padding: 0 1; color: $text-muted; }
    #ledger-rows { height: 1fr; padding: 0 1; }
    #ledger-note { height: auto; max-height: 4; padding: 0 1; color: $warning; }
    """
    FORMATS: ClassVar[list[tuple[str, str]]] = [("csv", "CSV"), ("json", "JSON")]

    def __init__(self, library: Library, kind: EntityType, name: str) -> None:
        super().__init__()
        self.library = library
        self.kind = kind
        self.entity_name = name
        self.entity: CorpusEntity | None = None  # found by name in the worker
        self.rows: list[LedgerRow] = []
        self.sort_by = LedgerSort.DATE
        self.reverse = False

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Figures about {self.entity_name} — reading…"), id="ledger-header")
        yield Static("", id="ledger-columns")
        yield LedgerRows(id="ledger-rows")
        yield Static("", id="ledger-note")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(LedgerRows).focus()
        self._fetch()

    @work(thread=True, exclusive=True, group="ledger", exit_on_error=False,
          description="Reading an entity's figures from the index.")
    def _fetch(self) -> None:
        entity = self.library.find_entity(self.entity_name, self.kind)
        rows = self.library.ledger(entity) if entity is not None else []
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, entity, rows)

    def _show(self, entity: CorpusEntity | None, rows: list[LedgerRow]) -> None:
        self.entity = entity
        if entity is not None:
            self.entity_name = entity.name
        self.rows = rows
        self._redraw()

    def _redraw(self, keep: LedgerRow | None = None) -> None:
        shown = ledger.sort(self.rows, self.sort_by, reverse=self.reverse)
        articles = len({row.article.id for row in shown})
        disputed = sum(1 for row in shown if row.conflict)
        noun = "figure" if len(shown) == 1 else "figures"
        where = "article" if articles == 1 else "articles"
        header = f"Figures about {self.entity_name} — {len(shown):,} {noun} in {articles:,} {where}"
        if disputed:
            header += f", {disputed:,} stated with other values (≠)"
        header += f" · sorted by {self.sort_by.value}"
        self.query_one("#ledger-header", Static).update(Text(header))
        rows = self.query_one(LedgerRows)
        empty = (f"The corpus states no figures in sentences naming {self.entity_name}."
                 if self.entity is not None else f"{self.entity_name} is not in the index yet.")
        rows.show(shown, empty, keep)
        self._heading()
        self._note(self.query_one(LedgerRows).current)

    def _heading(self) -> None:
        rows = self.query_one(LedgerRows)
        self.query_one("#ledger-columns", Static).update(
            ledger_heading(rows.columns(), self.sort_by, self.reverse))

    def on_resize(self) -> None:
        self.call_after_refresh(self._heading)

    @on(LineList.Highlighted, "#ledger-rows")
    def _highlighted(self, event: LineList.Highlighted) -> None:
        self._note(self.query_one(LedgerRows).current)

    def _note(self, row: LedgerRow | None) -> None:
        note = self.query_one("#ledger-note", Static)
        if row is None:
            note.update("")
            return
        text = Text()
        if row.conflict:
            text.append(f"≠ {row.conflict}\n")
        text.append(f"“{row.text}” — {row.label}", style="dim")
        note.update(text)

    # -- keys --------------------------------------------------------------------------

    def action_sort(self) -> None:
        """`s`: sort by the next column."""
        keep = self.query_one(LedgerRows).current
        self.sort_by = SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)]
        self.reverse = False
        self._redraw(keep)

    def action_reverse(self) -> None:
        """`r`: the other way round."""
        keep = self.query_one(LedgerRows).current
        self.reverse = not self.reverse
        self._redraw(keep)

    def action_jump(self) -> None:
        row = self.query_one(LedgerRows).current
        if row is not None:
            self.dismiss(row)

    @on(LineList.Chosen)
    def _chosen(self, event: LineList.Chosen) -> None:
        event.stop()
        self.action_jump()

    def action_cursor_down(self) -> None:
        self.query_one(LedgerRows).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(LedgerRows).action_cursor_up()

    def action_export(self) -> None:
        """`x`: the rows as listed, to a CSV or JSON file."""
        from reader.store.export import write_atomic
        from reader.tui.widgets.bookmark_dialog import ExportDialog, default_export_path

        shown = list(self.query_one(LedgerRows).items)
        if not shown:
            self.notify("No figures to export.", timeout=3)
            return

        def write(path: Path, fmt: str) -> None:
            write_atomic(path, ledger.to_json(shown) if fmt == "json" else ledger.to_csv(shown))

        def exported(result: tuple[Path, str] | None) -> None:
            if result is not None:
                noun = "figure" if len(shown) == 1 else "figures"
                self.notify(f"Exported {len(shown)} {noun} to {result[0]}", timeout=8,
                            markup=False)

        slug = "-".join(self.entity_name.lower().split())[:40] or "entity"
        dialog = ExportDialog(len(shown), write, noun=("figure", "figures"),
                              formats=self.FORMATS,
                              default_path=default_export_path("csv", stem=f"figures-{slug}"))
        self.app.push_screen(dialog, exported)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The app holds the one error handler; Worker.StateChanged does not bubble.
        self.app.worker_state_changed(event.worker, event.state)  # type: ignore[attr-defined]
        if event.state == WorkerState.ERROR:
            self.query_one("#ledger-header", Static).update(
                Text(f"Figures about {self.entity_name} — the index could not be read"))

    def action_close(self) -> None:
        self.dismiss(None)
