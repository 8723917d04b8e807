"""What the index layer raises for a user to read, importable without Whoosh
(the app's first frame catches these before the index code is loaded)."""

from __future__ import annotations

import re

MAX_MESSAGE = 200  # characters of a QueryError message
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class LibraryError(Exception):
    """A problem the user must know about; the message is one line."""


class IndexDamagedError(LibraryError):
    """The index is damaged and this process may not rebuild it (read-only)."""


class QueryError(ValueError):
    """A query the user must fix; `message` says what is wrong."""

    def __init__(self, message: str) -> None:
        # Messages quote the query: keep them one short line whatever was typed.
        message = " ".join(_CONTROL.sub(" ", message).split())
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1] + "…"
        super().__init__(message)
        self.message = message
