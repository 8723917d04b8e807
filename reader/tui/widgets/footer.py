"""The key footer, rebuilt once per burst of binding changes.

Textual's Footer rebuilds all its keys each time the screen's bindings change,
and every focus move, keymap and app-focus event is such a change: starting
the app fired five, each remounting a dozen key widgets and restyling them
(a fifth of the CPU before the first frame). Changes that arrive while a
rebuild is already waiting for the next refresh add nothing to it.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class ReaderFooter(Footer):
    _rebuild_pending = False

    def bindings_changed(self, screen: Screen) -> None:
        if self._rebuild_pending:
            return  # the rebuild already scheduled reads the bindings as they are then
        # The conditions under which Footer schedules a rebuild.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._rebuild_pending = True
        super().bindings_changed(screen)

    async def recompose(self) -> None:
        self._rebuild_pending = False
        await super().recompose()
