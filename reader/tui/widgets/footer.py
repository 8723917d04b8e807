"""The key footer, rebuilt once per burst of binding changes, and only when what
it shows changed.

Textual's Footer rebuilds all its keys each time the screen's bindings change,
and every focus move, keymap and app-focus event is such a change: starting
the app fired five, each remounting a dozen key widgets and restyling them
(a fifth of the CPU before the first frame). Changes that arrive while a
rebuild is already waiting for the next refresh add nothing to it.

Most of those changes leave the keys as they were (moving to the next article
refreshes the bindings because `c` is offered on some articles only): the
rebuild is skipped when everything the footer's compose reads, the shown
bindings with their state, tooltips and key labels and the palette's key, is
the same as at the last rebuild.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class ReaderFooter(Footer):
    _rebuild_pending = False
    _built_from: Any = None
    # Our own note that bindings have arrived (Footer keeps one too, privately).
    _bindings_seen = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_seen = True
        if self._rebuild_pending:
            return  # the rebuild already scheduled reads the bindings as they are then
        # The conditions under which Footer schedules a rebuild.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._rebuild_pending = True
        super().bindings_changed(screen)

    def _what_compose_reads(self) -> Any:
        """What Footer.compose builds its keys from (None before bindings are ready)."""
        if not self._bindings_seen:
            return None
        app = self.app
        active = self.screen.active_bindings
        shown = tuple(
            (binding, enabled, tooltip, app.get_key_display(binding))
            for (_, binding, enabled, tooltip) in active.values()
            if binding.show
        )
        palette = active.get(app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            _, binding, enabled, tooltip = palette
            palette = (binding, enabled, tooltip, app.get_key_display(binding))
        return (shown, palette, self.show_command_palette, app.ENABLE_COMMAND_PALETTE)

    async def recompose(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached:
            await super().recompose()
            return
        reads = self._what_compose_reads()
        if reads is not None and reads == self._built_from:
            return  # the same keys: rebuilding them would change nothing
        self._built_from = reads
        await super().recompose()
