"""One reader per file format: text -> Documents (and bad rows, for JSON Lines)."""

from __future__ import annotations

from collections.abc import Callable

from reader.corpus.document import BadPart, Document
from reader.corpus.formats import html, jsonfile, markdown, txt

FormatReader = Callable[[str], list[Document | BadPart]]

# Suffix -> (format name, reader).
READERS: dict[str, tuple[str, FormatReader]] = {
    ".txt": ("txt", txt.read),
    ".text": ("txt", txt.read),
    ".md": ("md", markdown.read),
    ".markdown": ("md", markdown.read),
    ".html": ("html", html.read),
    ".htm": ("html", html.read),
    ".xhtml": ("html", html.read),
    ".json": ("json", jsonfile.read_json),
    ".jsonl": ("jsonl", jsonfile.read_jsonl),
    ".ndjson": ("jsonl", jsonfile.read_jsonl),
}
