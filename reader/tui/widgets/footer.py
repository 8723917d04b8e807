"""The key footer: the screen's shown bindings drawn as one line of one widget.

Textual's Footer is a container of one widget per key (a dozen on the main
screen), each styled on its own, and it remounts them all whenever the
screen's bindings change: its keys cost about a fifth of the time to the first
frame. This footer looks the same (keys in the footer-key colours, the command
palette's key on the right) but only redraws, and only when what it shows
changed; every focus move, keymap and app-focus event changes the bindings,
and most leave the keys as they were.

A click on a key presses it, as on Textual's; hovering one shows its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True, slots=True)
class FooterKey:
    """One key as the footer shows it."""

    key: str  # what a click presses
    display: str  # the key as the keymap names it ("⏎", "^p")
    description: str
    enabled: bool
    tooltip: str


class ReaderFooter(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer--key",
        "footer--description",
        "footer--hover",
        "footer--divider",
    }
    DEFAULT_CSS = """
    ReaderFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--hover {
            background: $block-hover-background;
        }
        & > .footer--divider {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: tuple[FooterKey, ...] = ()
        self.palette: FooterKey | None = None
        self._spans: list[tuple[int, int, FooterKey]] = []  # cells each key covers, as drawn
        self._hovered: FooterKey | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        app = self.app
        active = screen.active_bindings
        first: dict[str, FooterKey] = {}  # an action bound to several keys shows its first
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in first:
                first[binding.action] = FooterKey(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    enabled,
                    tooltip,
                )
        keys = tuple(first.values())
        palette = None
        entry = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        if entry is not None:
            _, binding, enabled, tooltip = entry
            palette = FooterKey(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                enabled,
                tooltip or binding.tooltip or binding.description,
            )
        if (keys, palette) != (self.keys, self.palette):
            self.keys, self.palette = keys, palette
            self.refresh()

    def shown(self) -> list[str]:
        """The keys with their descriptions, as drawn ("J Next article")."""
        return [f"{k.display} {k.description}".strip() for k in self.keys]

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer--key")
        description_style = self.get_component_rich_style("footer--description")
        hover = self.get_component_rich_style("footer--hover", partial=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, FooterKey]] = []

        def add(key: FooterKey, key_text: str, description: str) -> None:
            start = line.cell_len
            extra = hover if key is self._hovered else Style()
            dim = Style(dim=True) if not key.enabled else Style()
            line.append(key_text, key_style + extra + dim)
            line.append(description, description_style + extra + dim)
            spans.append((start, line.cell_len, key))

        for key in self.keys:
            add(key, f" {key.display} ", f"{key.description} " if key.description else "")
        if self.palette is not None:
            palette = self.palette
            key_text, description = palette.display, f" {palette.description} "
            # Docked right, as Textual's: over the last keys when the line is full.
            width = self.size.width
            right = 1 + cell_len(key_text) + cell_len(description)
            if line.cell_len > width - right:
                line.truncate(max(0, width - right))
                spans = [s for s in spans if s[1] <= width - right]
            line.pad_right(width - right - line.cell_len)
            line.append("▏", self.get_component_rich_style("footer--divider"))
            add(palette, key_text, description)
        self._spans = spans
        return line

    def _key_at(self, x: int) -> FooterKey | None:
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_at(event.x)
        if key is not self._hovered:
            self._hovered = key
            self.tooltip = (key.tooltip or None) if key is not None else None
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.tooltip = None
            self.refresh()
