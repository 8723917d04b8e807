"""Every key binding of the app, with a stable id per binding.

The ids are what users remap in `config.toml` (`[keys] "reader.next_article" = "ctrl+n"`),
so they are part of the user-facing contract: never rename one lightly.
Widgets take their BINDINGS from here so that the help screen, the footer and
the remapping all read one table.
"""

from __future__ import annotations

from textual.binding import Binding


def bind(
    binding_id: str, keys: str, action: str, description: str, *, show: bool = True,
    priority: bool = False,
) -> Binding:
    return Binding(
        keys, action, description, show=show, id=binding_id, tooltip=description,
        priority=priority,
    )


APP = [
    bind("reader.quit", "q", "quit", "Quit"),
    bind("reader.help", "question_mark", "help", "Keys"),
]

# On the main screen, so they work from every pane of it (and not under a dialog).
MAIN = [
    bind("reader.focus_next", "tab", "app.focus_next", "Next pane", show=False),
    bind("reader.focus_previous", "shift+tab", "app.focus_previous", "Previous pane", show=False),
    bind("reader.next_article", "J,right_square_bracket", "next_article", "Next article"),
    bind("reader.prev_article", "K,left_square_bracket", "prev_article", "Previous article"),
    bind("reader.toggle_entities", "e", "toggle_entities", "Entity colours"),
    bind("reader.toggle_raw", "r", "toggle_raw", "Raw text"),
    bind("reader.copies", "c", "toggle_copies", "Copies"),
    bind("reader.clear_filter", "escape", "clear_filter", "Clear filter", show=False),
    bind("reader.focus_list", "1", "focus_pane('list')", "Go to the article list", show=False),
    bind("reader.focus_article", "2", "focus_pane('article')", "Go to the article", show=False),
    bind("reader.focus_figures", "3", "focus_pane('figures')", "Go to Figures", show=False),
    bind("reader.focus_entities", "4", "focus_pane('entities')", "Go to Entities", show=False),
    bind("reader.focus_quotes", "5", "focus_pane('quotes')", "Go to Quotes", show=False),
    bind("reader.focus_folders", "6", "focus_pane('folders')", "Go to Folders", show=False),
    # Priority: handled as the key arrives, so keys typed right after it reach the bar.
    bind("reader.search.open", "slash", "search_open", "Search", priority=True),
    bind("reader.search.next_match", "n", "next_match", "Next match"),
    bind("reader.search.prev_match", "N", "prev_match", "Previous match", show=False),
    bind("reader.search.sort", "o,ctrl+o", "search_sort", "Sort the list or results",
         show=False),
    bind("reader.search.entity", "s", "search_entity", "Search for this entity", show=False),
]

# Across the corpus: on the main screen, after the others (the footer shows what fits).
CORPUS = [
    bind("reader.entities.browse", "E", "entity_browser", "Entities"),
]

# Reading state: added to the main screen by `reader.tui.marking.Marking`.
MARKING = [
    bind("reader.read.toggle", "u", "toggle_read", "Read / unread"),
    bind("reader.read.unread_only", "U", "unread_only", "Unread only", show=False),
    bind("reader.tags.edit", "t", "tag_article", "Tag article", show=False),
]

# How the panes share the screen: added to the main screen by `reader.tui.panes.Panes`.
PANES = [
    bind("reader.list.wider", "greater_than_sign", "list_wider", "Wider list", show=False),
    bind("reader.list.narrower", "less_than_sign", "list_narrower", "Narrower list",
         show=False),
]

# In the search bar (its Input swallows printable keys, so these are not letters).
SEARCH_BAR = [
    bind("reader.search.close", "escape", "close", "Clear the search", show=False),
    bind("reader.search.history_older", "up", "history(1)", "Earlier query", show=False),
    bind("reader.search.history_newer", "down", "history(-1)", "Later query", show=False),
    bind("reader.search.accept", "tab", "accept_suggestion", "Accept did-you-mean", show=False),
    bind("reader.search.suggest", "ctrl+s", "suggest", "Did you mean: a spelling from the corpus",
         show=False),
]

ARTICLE_LIST = [
    bind("reader.list.down", "down,j", "cursor_down", "Down", show=False),
    bind("reader.list.up", "up,k", "cursor_up", "Up", show=False),
    bind("reader.list.top", "g,home", "top", "Top", show=False),
    bind("reader.list.bottom", "G,end", "bottom", "Bottom", show=False),
    bind("reader.list.page_down", "pagedown", "page_down", "Page down", show=False),
    bind("reader.list.page_up", "pageup", "page_up", "Page up", show=False),
    bind("reader.list.read", "enter", "read", "Read"),
]

ARTICLE_VIEW = [
    bind("reader.article.next_passage", "down,j", "next_passage", "Next passage"),
    bind("reader.article.prev_passage", "up,k", "prev_passage", "Previous passage"),
    bind("reader.article.top", "g,home", "top", "Top", show=False),
    bind("reader.article.bottom", "G,end", "bottom", "Bottom", show=False),
    bind("reader.article.page_down", "pagedown,space", "page_down", "Page down", show=False),
    bind("reader.article.page_up", "pageup", "page_up", "Page up", show=False),
]

PANEL_LIST = [
    bind("reader.panel.down", "j", "cursor_down", "Down", show=False),
    bind("reader.panel.up", "k", "cursor_up", "Up", show=False),
    bind("reader.panel.top", "g", "first", "Top", show=False),
    bind("reader.panel.bottom", "G", "last", "Bottom", show=False),
    bind("reader.panel.select", "enter", "select",
         "Go to figure or quote / filter by entity or folder"),
]

# On the Entities tab: every quotation of the highlighted person, across the corpus.
ENTITY_LIST = [
    bind("reader.entity.quotes", "w", "quotes", "Who said what: their quotes"),
    bind("reader.entity.ledger", "l", "ledger", "Figure ledger: their figures"),
]

# The entity browser (`E`): its filter box takes every printable key, so the
# other keys are Enter, arrows, Tab and ctrl.
ENTITY_BROWSER = [
    bind("reader.browser.choose", "enter", "choose", "Narrow the list", priority=True),
    bind("reader.browser.switch", "tab", "switch", "Entities / appears with", priority=True),
    bind("reader.browser.type", "ctrl+t", "cycle_type", "Type"),
    bind("reader.browser.ledger", "ctrl+l", "ledger", "Figure ledger"),
    bind("reader.browser.down", "down", "cursor_down", "Down", show=False),
    bind("reader.browser.up", "up", "cursor_up", "Up", show=False),
    bind("reader.browser.page_down", "pagedown", "page_down", "Page down", show=False),
    bind("reader.browser.page_up", "pageup", "page_up", "Page up", show=False),
    bind("reader.browser.close", "escape", "close", "Clear / close"),
]

# One entity's figure ledger (ctrl+l in the browser, `l` on an entity).
LEDGER_VIEW = [
    bind("reader.ledger.jump", "enter", "jump", "Open at the figure", priority=True),
    bind("reader.ledger.sort", "s", "sort", "Sort by next column"),
    bind("reader.ledger.reverse", "r", "reverse", "Reverse"),
    bind("reader.ledger.export", "x", "export", "Export"),
    bind("reader.ledger.down", "j,down", "cursor_down", "Down", show=False),
    bind("reader.ledger.up", "k,up", "cursor_up", "Up", show=False),
    bind("reader.ledger.close", "escape,q", "close", "Close"),
]

# The corpus-wide quotes of one person (`w` on an entity).
QUOTES_VIEW = [
    bind("reader.quotes.jump", "enter", "jump", "Open at the quote", priority=True),
    bind("reader.quotes.down", "j,down", "cursor_down", "Down", show=False),
    bind("reader.quotes.up", "k,up", "cursor_up", "Up", show=False),
    bind("reader.quotes.close", "escape,q", "close", "Close"),
]

HELP = [
    bind("reader.help.close", "escape,q,question_mark", "close", "Close", priority=True),
]

# Bookmarks: added to the main screen by `reader.tui.bookmarking.Bookmarking`.
BOOKMARKING = [
    bind("reader.bookmark.add", "b", "bookmark_add", "Bookmark passage"),
    bind("reader.bookmarks.open", "B", "bookmarks_open", "Bookmarks"),
]

# The bookmarks view (`B`).
BOOKMARKS_VIEW = [
    bind("reader.bookmarks.jump", "enter", "jump", "Open at the passage", priority=True),
    bind("reader.bookmarks.edit", "e", "edit", "Edit note and tags"),
    bind("reader.bookmarks.delete", "d", "delete", "Delete"),
    bind("reader.bookmarks.undo", "u", "undo", "Undo delete"),
    bind("reader.bookmarks.export", "x", "export", "Export"),
    bind("reader.bookmarks.filter", "slash", "filter", "Filter"),
    bind("reader.bookmarks.down", "j", "cursor_down", "Down", show=False),
    bind("reader.bookmarks.up", "k", "cursor_up", "Up", show=False),
    bind("reader.bookmarks.close", "escape,q", "close", "Close"),
]

# The bookmark and export dialogs (Enter in a text box also saves).
BOOKMARK_DIALOG = [
    bind("reader.dialog.save", "enter", "save", "Save"),
    bind("reader.dialog.cancel", "escape", "cancel", "Cancel"),
]
