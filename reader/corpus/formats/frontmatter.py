"""YAML-style front matter (`---` ... `---`) read as simple `key: value` lines.

Only what an article header needs: scalars, quoted or not, and a list of
`- item` lines under a key with no value (several authors). No YAML library.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_PAIR = re.compile(r"^(?P<key>[A-Za-z_][\w -]*?)\s*:\s*(?P<value>.*)$")
_ITEM = re.compile(r"^\s*-\s+(?P<value>.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """(fields with lower-case keys, offset where the body starts); ({}, 0) when absent."""
    opening = _OPEN.match(text)
    if not opening:
        return {}, 0
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return {}, 0
    fields: dict[str, str] = {}
    items: dict[str, list[str]] = {}
    current: str | None = None
    for line in text[opening.end() : closing.start()].split("\n"):
        item = _ITEM.match(line)
        if item and current is not None:
            items.setdefault(current, []).append(_unquote(item.group("value")))
            continue
        pair = _PAIR.match(line)
        if not pair:
            continue
        current = pair.group("key").strip().lower()
        value = _unquote(pair.group("value"))
        if value.startswith("[") and value.endswith("]"):
            value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        if value:
            fields[current] = value
    for key, values in items.items():
        fields.setdefault(key, ", ".join(v for v in values if v))
    end = closing.end()
    if text[end : end + 1] == "\n":
        end += 1
    return fields, end


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if " #" in value:  # a YAML comment after the value
        value = value.split(" #", 1)[0].rstrip()
    return value
