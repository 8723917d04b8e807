"""File names as a user can read them, whatever bytes they hold.

On Linux a name is bytes. Python hands over a name that is not UTF-8 with
each bad byte as a lone surrogate (PEP 383), which no UTF-8 terminal, SQLite
or Whoosh accepts: one such name used to stop a whole index. Such names are
skipped with a reason, and shown with `\\xe9`-style escapes.
"""

from __future__ import annotations

import os
from pathlib import PurePath


def is_decodable(name: str) -> bool:
    """Whether the name is valid Unicode text (no bytes smuggled in as surrogates)."""
    if name.isascii():
        return True
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(name: str | PurePath) -> str:
    """The name (or path) printable anywhere: undecodable bytes as \\x escapes."""
    text = os.fspath(name)
    if is_decodable(text):
        return text
    try:
        raw = os.fsencode(text)  # the bytes on disk, where the platform keeps bytes
    except UnicodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")
