"""Messages the panes post upward; the main screen routes them.

Widgets never reach into each other: they say what the user asked for and the
screen (or app) decides what happens, so new features can listen in.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.extract.model import EntityType


@dataclass
class ArticleChosen(Message):
    """The user moved to an article in the list (by key or click)."""

    article_id: str


@dataclass
class FigureChosen(Message):
    """Scroll the article to a figure and flash it."""

    start: int
    end: int


@dataclass
class QuoteChosen(Message):
    """Scroll the article to a quotation and flash it."""

    start: int
    end: int


@dataclass
class QuotesWanted(Message):
    """List every quotation of this person across the corpus."""

    person: str


@dataclass
class LedgerWanted(Message):
    """List every figure the corpus states about this entity."""

    type: EntityType
    canonical: str


@dataclass
class EntityChosen(Message):
    """Filter the article list to the articles that mention this entity."""

    type: EntityType
    canonical: str


@dataclass
class PassagesWanted(Message):
    """The result list shows rows whose passages were not fetched: these articles."""

    article_ids: tuple[str, ...]


@dataclass
class PassageMoved(Message):
    """The passage cursor moved; reading state remembers it."""

    paragraph: int


@dataclass
class FolderChosen(Message):
    """Filter the article list to a folder and those below it (None: every folder)."""

    folder: str | None
