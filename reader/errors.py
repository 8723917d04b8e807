"""The last line of defence: an unexpected error is logged, never shown as a traceback.

The user gets one line that says what went wrong and where the details are;
the full traceback goes to a log file in the user state dir for a bug report.
"""

from __future__ import annotations

import datetime as _dt
import traceback
from pathlib import Path

from reader import paths


def log_file() -> Path:
    return paths.state_dir() / "errors.log"


def log_exception(error: BaseException, context: str = "") -> Path | None:
    """Append the traceback to the error log; None when even that is impossible."""
    target = log_file()
    stamp = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    lines = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} {context}\n{lines}\n")
    except OSError:
        return None
    return target


def one_line(error: BaseException) -> str:
    """A single line describing the error, for a status bar or stderr."""
    text = " ".join(str(error).split())
    if not text:
        return type(error).__name__
    if len(text) > 200:
        text = text[:199] + "…"
    return f"{type(error).__name__}: {text}" if not isinstance(error, OSError) else text


def report_unexpected(error: BaseException, context: str = "") -> str:
    """Log the error and return the line to show the user."""
    where = log_exception(error, context)
    suffix = f" (details in {where})" if where else ""
    return f"reader: unexpected error: {one_line(error)}{suffix}"
