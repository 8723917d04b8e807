"""The reader app: settings, the shared store, errors, help and the palette.

Reader actions and slow work live on the main screen (`screens/main.py`);
this module only wires up what is app-wide.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from reader import errors
from reader.index.errors import QueryError
from reader.paths import stylesheet_path
from reader.store.database import Database
from reader.tui import keymap
from reader.tui.config import Settings, load_settings
from reader.tui.first_look import FirstLook
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.side_panel import PanelList


class ReaderApp(App[None]):
    CSS_PATH = str(stylesheet_path())
    TITLE = "reader"
    BINDINGS = keymap.APP
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, corpus_root: Path, *, corpus_label: str | None = None,
                 first_look: FirstLook | None = None) -> None:
        super().__init__()
        self.corpus_root = corpus_root
        self.first_look = first_look
        self.corpus_label = corpus_label or corpus_root.name
        self.settings = Settings()
        self.db: Database | None = None
        self._main: MainScreen | None = None  # kept: the screen stack is empty at unmount

    def get_default_screen(self) -> Screen:
        self.db = Database.open()
        self._main = MainScreen(self.corpus_root, self.db, corpus_label=self.corpus_label,
                                first_look=self.first_look)
        return self._main

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def on_mount(self) -> None:
        self.apply_settings(load_settings(self.binding_ids()))
        if self.db is not None:
            if self.db.notice:
                self.notify(self.db.notice, severity="warning", timeout=10)
            if not self.db.writable:
                self.notify(f"Saving is off: {self.db.reason}", severity="warning", timeout=10)

    def on_unmount(self) -> None:
        """Release the index (its lock and files): a second app in the same process,
        as in tests and the screenshot script, would otherwise open it read-only."""
        library = self._main.library if self._main is not None else None
        if library is not None:
            library.close()

    # -- settings ----------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        warnings = list(settings.warnings)
        theme = settings.theme
        if theme is not None and theme not in self.available_themes:
            warnings.append(f"config.toml: unknown theme {theme!r}; using the default")
            theme = None
        keys = dict(settings.keys)
        self.settings = Settings(keys=keys, theme=theme, warnings=tuple(warnings))
        if theme is not None:
            self.theme = theme
        if keys:
            self.set_keymap(keys)
        for warning in warnings:
            self.notify(warning, title="Settings", severity="warning", timeout=8, markup=False)

    # -- help and palette --------------------------------------------------------------

    @classmethod
    def help_groups(cls) -> list[tuple[str, list[Binding]]]:
        """Every pane's bindings, read from the classes: the help screen and the
        config's list of remappable ids both come from here, so neither drifts.
        A new pane adds its class here."""
        groups: list[tuple[str, list]] = [
            ("Everywhere", [*cls.BINDINGS, *MainScreen.BINDINGS]),
            ("Article list", list(ArticleList.BINDINGS)),
            ("Article text", list(ArticleView.BINDINGS)),
            ("Search bar", list(SearchBar.BINDINGS)),
            ("Figures and entities tabs", list(PanelList.BINDINGS)),
            ("Entities tab", list(keymap.ENTITY_LIST)),
            # From the keymap, not the classes: those screens load on first use.
            ("Entity browser", list(keymap.ENTITY_BROWSER)),
            ("Figure ledger", list(keymap.LEDGER_VIEW)),
            ("Quotes view", list(keymap.QUOTES_VIEW)),
            ("Bookmarks view", list(keymap.BOOKMARKS_VIEW)),
            ("Bookmark and export dialogs", list(keymap.BOOKMARK_DIALOG)),
            ("This screen", list(keymap.HELP)),
        ]
        return [(heading, [b for b in group if isinstance(b, Binding)])
                for heading, group in groups]

    @classmethod
    def binding_ids(cls) -> list[str]:
        """The ids a user may remap in config.toml."""
        return [b.id for _, group in cls.help_groups() for b in group if b.id]

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups(), self.settings.keys))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from reader.tui.screens.bookmarks import BookmarksScreen

        yield from super().get_system_commands(screen)
        main = self.main
        targets = [
            ("", type(self).BINDINGS, self),
            ("", MainScreen.BINDINGS, main),
            ("List: ", ArticleList.BINDINGS, main.article_list),
            ("Article: ", ArticleView.BINDINGS, main.view),
            ("Search bar: ", SearchBar.BINDINGS, main.search_bar),
        ]
        if isinstance(screen, BookmarksScreen):
            targets.append(("Bookmarks: ", BookmarksScreen.BINDINGS, screen))
        for prefix, bindings, node in targets:
            for binding in bindings:
                if isinstance(binding, Binding) and binding.action != "quit":
                    yield SystemCommand(
                        f"{prefix}{binding.description}",
                        f"{binding.tooltip} ({binding.id})",
                        lambda node=node, action=binding.action: self.call_later(
                            node.run_action, action
                        ),
                    )

    # -- errors ------------------------------------------------------------------------

    async def run_action(self, action, default_namespace=None, namespaces=None) -> bool:  # type: ignore[no-untyped-def]
        """Every key, click and palette action: a failing one is logged and told in one
        line, where Textual would end the app and print a traceback."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except Exception as error:
            if isinstance(error, QueryError):  # a malformed query: a warning
                self.notify(error.message, severity="warning", markup=False)  # type: ignore[attr-defined]
                return True
            name = action if isinstance(action, str) else action[1]
            where = errors.log_exception(error, f"action {name}")
            suffix = f" (details in {where})" if where else ""
            self.notify(
                f"{name} failed: {errors.one_line(error)}{suffix}",
                severity="error", timeout=10, markup=False,
            )
            return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Worker.StateChanged does not bubble: screens forward theirs here.
        self.worker_state_changed(event.worker, event.state)

    def worker_state_changed(self, worker: Worker, state: WorkerState) -> None:
        """Every worker's failure ends here: logged to a file, told in one line."""
        if state != WorkerState.ERROR or worker.error is None:
            return
        error = worker.error
        what = worker.description or worker.name
        if isinstance(error, QueryError):  # a malformed query: a warning
            self.notify(error.message, severity="warning", markup=False)  # type: ignore[attr-defined]
            return
        where = errors.log_exception(error, what)
        suffix = f" (details in {where})" if where else ""
        self.notify(
            f"{what.rstrip('.')} failed: {errors.one_line(error)}{suffix}",
            severity="error", timeout=10, markup=False,
        )
        if isinstance(self.screen_stack[0], MainScreen):
            self.main.worker_failed(worker)
