"""What the index layer raises for a user to read, importable without Whoosh
(the app's first frame catches these before the index code is loaded)."""

from __future__ import annotations


class LibraryError(Exception):
    """A problem the user must know about; the message is one line."""


class IndexDamagedError(LibraryError):
    """The index is damaged and this process may not rebuild it (read-only)."""
