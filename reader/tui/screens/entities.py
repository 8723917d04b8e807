"""The entity browser (`E`): every entity of the corpus, or of the listed articles.

Type to filter by name, ctrl+t to keep one type; beside the list, for the
highlighted entity: its articles over time and who appears with it (in the
same article, in the same paragraph). Enter on either list narrows the
article list to that entity (with the filters already on); ctrl+l opens its
figure ledger. Everything is read from the index's manifest in thread
workers, so a keystroke only filters names already in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.extract.fold import without_accents
from reader.extract.model import EntityType
from reader.index.corpus_entities import Companion, CorpusEntity, Timeline, timeline
from reader.index.ledger import LedgerRow
from reader.tui import keymap
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.line_list import ItemList, LineList
from reader.tui.widgets.timeline import TimelineChart

if TYPE_CHECKING:
    from reader.index.library import Library

TYPE_NAMES = {
    EntityType.PERSON: "person",
    EntityType.ORG: "organisation",
    EntityType.GPE: "place",
    EntityType.NORP: "group",
    EntityType.PRODUCT: "product",
    EntityType.EVENT: "event",
}
PLURALS = {kind: "people" if kind is EntityType.PERSON else f"{name}s"
           for kind, name in TYPE_NAMES.items()}
# ctrl+t steps through these: every type, then one at a time.
TYPE_CYCLE: tuple[EntityType | None, ...] = (None, *TYPE_NAMES)
COMPANIONS_SHOWN = 200
DETAILS_DELAY_SECONDS = 0.12


@dataclass(frozen=True, slots=True)
class BrowserResult:
    """What the browser was closed with: an entity to narrow the list to, or a
    figure of a ledger to open the article at."""

    entity: tuple[EntityType, str] | None = None
    figure: LedgerRow | None = None


def matching(entities: Sequence[CorpusEntity], typed: str,
             kind: EntityType | None) -> list[CorpusEntity]:
    """The entities whose name holds every typed word, of `kind` if given: those
    where each typed word starts a word of the name first ("ch": China, Chew Shou
    Zi), then those holding it anywhere (Hong Kong Stock Exchange), each part in
    the order given (most articles first). Accents and the letters they mark are one
    ("kos" finds Kościuszko, "sao" São Paulo), as a keyboard may not type them."""
    words = _plain(typed).split()
    starting: list[CorpusEntity] = []
    inside: list[CorpusEntity] = []
    for e in entities:
        if kind is not None and e.type is not kind:
            continue
        name = _plain(e.name)
        if not all(w in name for w in words):
            continue
        parts = name.split()
        if all(any(part.startswith(w) for part in parts) for w in words):
            starting.append(e)
        else:
            inside.append(e)
    return starting + inside


# Letters no decomposition takes an accent off: "Zdzisław", "Søren", "Straße".
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def _plain(text: str) -> str:
    """`text` lower-cased without accents, for matching what was typed."""
    return without_accents(text.lower().translate(_UNMARKED))


def name_line(name: str, kind: EntityType, counts: str, width: int) -> Text:
    """A name (cut to fit), its type dimmed, and `counts` at the right edge."""
    counts = f"  {counts}"
    kind_text = f"  {TYPE_NAMES.get(kind, kind.value.lower())}"
    room = max(4, width - len(counts) - len(kind_text))
    name = name if len(name) <= room else name[: room - 1] + "…"
    line = Text(name)
    line.append(kind_text, style="dim")
    line.append(" " * max(0, width - len(name) - len(kind_text) - len(counts)))
    line.append(counts)
    return line


class EntityRows(ItemList[CorpusEntity]):
    """One row per entity: name, type, and its articles, right-aligned."""

    @property
    def entities(self) -> list[CorpusEntity]:
        return self.items

    def item_lines(self, item: CorpusEntity, width: int) -> list[Text]:
        return [name_line(item.name, item.type, f"{item.articles:,}", width)]


class CompanionRows(ItemList[Companion]):
    """Who appears with the highlighted entity: articles, and paragraphs shared."""

    @property
    def companions(self) -> list[Companion]:
        return self.items

    def show(self, items: Sequence[Companion], empty: str,
             keep: Companion | None = None) -> None:
        super().show(items[:COMPANIONS_SHOWN], empty, keep)

    def item_lines(self, item: Companion, width: int) -> list[Text]:
        return [name_line(item.name, item.type, f"{item.articles:,} / {item.paragraphs:,}",
                          width)]


class EntityBrowser(Screen[BrowserResult | None]):
    """Every entity with its article count; details of the highlighted one beside."""

    BINDINGS = keymap.ENTITY_BROWSER
    DEFAULT_CSS = """
    EntityBrowser { layout: vertical; }
    #browser-header { height: 1; padding: 0 1; background: $panel; }
    #browser-body { height: 1fr; }
    #browser-left { width: 1fr; min-width: 30; }
    #browser-filter { border: none; height: 1; padding: 0 1; background: $boost; }
    #browser-entities { height: 1fr; padding: 0 1; }
    #browser-right { width: 1fr; border-left: solid $panel; }
    #browser-detail { height: auto; padding: 0 1; }
    #browser-with-title { height: 1; padding: 0 1; margin-top: 1; }
    #browser-companions { height: 1fr; padding: 0 1; }
    .inactive > .line-list--option-highlighted { background: $panel; color: $foreground; }
    """

    def __init__(self, library: Library, *, scope_ids: list[str] | None = None,
                 scope_label: str = "the corpus",
                 scope_days: Sequence[date | None] = ()) -> None:
        super().__init__()
        self.library = library
        self.scope_ids = scope_ids
        self.scope_label = scope_label
        days = [d for d in scope_days if d is not None]
        self.span = (min(days), max(days)) if days else None
        self.scope_timeline: Timeline = timeline(scope_days)
        self.entities: list[CorpusEntity] | None = None
        self.kind: EntityType | None = None
        self.on_companions = False  # which list the cursor keys and Enter act on
        self.shown_for: CorpusEntity | None = None  # the entity the details are of
        self._details_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Entities — reading the index…"), id="browser-header")
        with Horizontal(id="browser-body"):
            with Vertical(id="browser-left"):
                yield Input(placeholder="type to filter by name", id="browser-filter")
                yield EntityRows(id="browser-entities")
            with Vertical(id="browser-right"):
                yield Static("", id="browser-detail")
                yield TimelineChart(id="browser-timeline")
                yield TimelineChart(id="browser-scope-timeline")
                yield Static(Text("Appears with   articles / same paragraph", style="bold"),
                             id="browser-with-title")
                yield CompanionRows(id="browser-companions")
        yield ReaderFooter()

    @property
    def entity_rows(self) -> EntityRows:
        return self.query_one(EntityRows)

    @property
    def companion_rows(self) -> CompanionRows:
        return self.query_one(CompanionRows)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.companion_rows.add_class("inactive")
        self.query_one("#browser-scope-timeline", TimelineChart).show(
            f"Articles in {self.scope_label}", self.scope_timeline)
        self._load()

    # -- loading -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="browser-load", exit_on_error=False,
          description="Counting the corpus's entities.")
    def _load(self) -> None:
        found = self.library.corpus_entities(self.scope_ids)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded, found)

    def _loaded(self, entities: list[CorpusEntity]) -> None:
        self.entities = entities
        self._refilter()

    def _refilter(self) -> None:
        if self.entities is None:
            return
        typed = self.query_one(Input).value
        shown = matching(self.entities, typed, self.kind)
        kind = f" ({PLURALS[self.kind]} only)" if self.kind else ""
        if typed.strip():
            empty = f"No entity{kind} matches “{typed.strip()}”."
        else:
            empty = f"No entities{kind} in {self.scope_label}."
        self.entity_rows.show(shown, empty)
        header = f"Entities — {len(shown):,} of {len(self.entities):,} in {self.scope_label}{kind}"
        self.query_one("#browser-header", Static).update(Text(header))
        self._details_for(self.entity_rows.current)

    @on(Input.Changed, "#browser-filter")
    def _typed(self) -> None:
        self._refilter()

    @on(LineList.Highlighted, "#browser-entities")
    def _highlighted(self, event: LineList.Highlighted) -> None:
        self._details_for(self.entity_rows.current)

    def _details_for(self, entity: CorpusEntity | None) -> None:
        if entity == self.shown_for:
            return
        self.shown_for = entity
        detail = self.query_one("#browser-detail", Static)
        chart = self.query_one("#browser-timeline", TimelineChart)
        if entity is None:
            detail.update("")
            chart.show("", None)
            self.companion_rows.show([], "")
            return
        mentions = "mention" if entity.mentions == 1 else "mentions"
        text = Text(entity.name, style="bold")
        text.append(f"  {TYPE_NAMES.get(entity.type, entity.type.value.lower())}", style="dim")
        articles = "article" if entity.articles == 1 else "articles"
        text.append(f"\n{entity.articles:,} {articles}, {entity.mentions:,} {mentions}")
        if len(entity.keys) > 1:
            text.append(f"\nalso written: {', '.join(entity.keys[1:])}", style="dim")
        detail.update(text)
        chart.show(f"Articles naming {entity.name}", None)
        self.companion_rows.show([], "reading…")
        # Typing moves the highlight at every key: read the details once it rests.
        if self._details_timer is not None:
            self._details_timer.stop()
        self._details_timer = self.set_timer(DETAILS_DELAY_SECONDS,
                                             lambda: self._fetch_details(entity))

    @work(thread=True, exclusive=True, group="browser-detail", exit_on_error=False,
          description="Reading who appears with an entity, and when.")
    def _fetch_details(self, entity: CorpusEntity) -> None:
        months = self.library.entity_timeline(entity, self.span)
        if get_current_worker().is_cancelled:
            return
        companions = self.library.companions(entity)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_details, entity, months, companions)

    def _show_details(self, entity: CorpusEntity, months: Timeline,
                      companions: list[Companion]) -> None:
        if entity != self.shown_for:
            return
        self.query_one("#browser-timeline", TimelineChart).show(
            f"Articles naming {entity.name}", months)
        self.companion_rows.show(companions, "Nobody else is named in its articles.")

    # -- keys --------------------------------------------------------------------------

    def _active(self) -> LineList:
        return self.companion_rows if self.on_companions else self.entity_rows

    def action_cursor_down(self) -> None:
        self._active().action_cursor_down()

    def action_cursor_up(self) -> None:
        self._active().action_cursor_up()

    def action_page_down(self) -> None:
        self._active().action_page_down()

    def action_page_up(self) -> None:
        self._active().action_page_up()

    def action_switch(self) -> None:
        """Tab: the cursor keys and Enter move to the other list."""
        self.on_companions = not self.on_companions
        self.companion_rows.set_class(not self.on_companions, "inactive")
        self.entity_rows.set_class(self.on_companions, "inactive")

    def action_cycle_type(self) -> None:
        """ctrl+t: one type at a time, then every type again."""
        self.kind = TYPE_CYCLE[(TYPE_CYCLE.index(self.kind) + 1) % len(TYPE_CYCLE)]
        self._refilter()

    def _chosen(self) -> tuple[EntityType, str] | None:
        if self.on_companions:
            c = self.companion_rows.current
            return (c.type, c.name) if c is not None else None
        e = self.entity_rows.current
        return (e.type, e.name) if e is not None else None

    def action_choose(self) -> None:
        """Enter: narrow the article list to the entity under the cursor."""
        chosen = self._chosen()
        if chosen is not None:
            self.dismiss(BrowserResult(entity=chosen))

    @on(LineList.Chosen)
    def _clicked(self, event: LineList.Chosen) -> None:
        event.stop()
        self.on_companions = event.control is self.companion_rows
        self.action_choose()

    def action_ledger(self) -> None:
        """ctrl+l: every figure stated about the entity under the cursor."""
        from reader.tui.screens.ledger import LedgerScreen

        chosen = self._chosen()
        if chosen is None:
            return

        def opened(row: LedgerRow | None) -> None:
            if row is not None:
                self.dismiss(BrowserResult(figure=row))

        self.app.push_screen(LedgerScreen(self.library, *chosen), opened)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The app holds the one error handler (it logs and says it in one line);
        # Worker.StateChanged does not bubble.
        self.app.worker_state_changed(event.worker, event.state)  # type: ignore[attr-defined]
        if event.state == WorkerState.ERROR:
            if event.worker.group == "browser-load":
                self.query_one("#browser-header", Static).update(
                    Text("Entities — the index could not be read"))
            else:
                self.companion_rows.show([], "Could not be read from the index.")

    def action_close(self) -> None:
        """Esc: clear the filter first, then close."""
        box = self.query_one(Input)
        if box.value:
            box.value = ""
        else:
            self.dismiss(None)
