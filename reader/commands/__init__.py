"""Headless commands, one module each (see reader.cli).

`HELP` names every command with its one-line help, so that `reader --help`
lists them without importing any: a command's module pulls in the index, the
extractors or the app, and is imported only when that command runs.
"""

HELP: dict[str, str] = {
    "bookmarks": "List or export your bookmarks (Markdown or JSON).",
    "entities": "list the entities of a folder of articles with mention and article counts",
    "extract": "show the entities and figures found in one article file",
    "figures": "list every figure stated about an entity across a folder of articles (its ledger)",
    "index": "build or update the search index of a folder of articles",
    "open": "open a folder of articles in the reader app (default: the bundled sample corpus)",
    "quotes": "list the quotations of a corpus with their speakers (all, or one person's)",
    "search": "search a folder of articles (updates its index first when files changed)",
}
