"""JSON and JSON Lines: one article per object.

Field names vary between scrapers, so each metadata field accepts the usual
aliases. Article.raw for a row is its text field (newlines normalised): that is
what the raw view shows, and what paragraph offsets point into.
"""

from __future__ import annotations

import json
from typing import Any

from reader.corpus.dates import parse_date
from reader.corpus.decoding import normalise_newlines, replace_lone_surrogates
from reader.corpus.document import BadPart, Document, FormatError, Metadata
from reader.corpus.formats.html import visible_body_text
from reader.corpus.paragraphs import split_text

_TEXT_KEYS = ("text", "body", "content", "article", "maintext", "full_text")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_at", "publish_date", "pubdate", "datetime",
              "date_published", "created_at")  # fmt: skip
_SOURCE_KEYS = ("source", "site", "sitename", "site_name", "publisher", "outlet")
_URL_KEYS = ("url", "link", "source_url")
_AUTHOR_KEYS = ("author", "authors", "byline")
_CONTAINER_KEYS = ("articles", "items", "data", "results", "docs", "documents", "records")
_HTML_HINTS = ("<p>", "<p ", "<br", "<div")


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), "a number"
    )


def _first(row: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {k.lower(): v for k, v in row.items() if isinstance(k, str)}
    for key in keys:
        value = lowered.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """Every string an article takes from JSON comes through here: lone surrogate
    escapes ("\\ud800") become U+FFFD, and the article is kept."""
    if isinstance(value, str):
        return replace_lone_surrogates(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return replace_lone_surrogates("\n\n".join(value))  # a list of paragraphs
    if isinstance(value, dict):
        name = value.get("name")
        return replace_lone_surrogates(name) if isinstance(name, str) else None
    return None


def _names(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_as_text(v) for v in value) if n]
        return ", ".join(names) or None
    return _as_text(value)


def row_document(row: Any, part: str, label: str) -> Document | BadPart:
    """The Document for one JSON object; `label` names it in messages ("row 3", "line 7")."""
    if not isinstance(row, dict):
        return BadPart(part, f"{label}: expected an article object, got {_describe(row)}")
    text = _as_text(_first(row, _TEXT_KEYS))
    if not text or not text.strip():
        return BadPart(part, f"{label}: no article text (no 'text', 'body' or 'content' field)")
    text = normalise_newlines(text)
    if any(hint in text[:2000].lower() for hint in _HTML_HINTS):
        text = normalise_newlines(visible_body_text(text))
    title = _as_text(_first(row, _TITLE_KEYS))
    meta = Metadata(
        title=" ".join(title.split()) or None if title else None,
        published=parse_date(_first(row, _DATE_KEYS)),
        source=_as_text(_first(row, _SOURCE_KEYS)),
        author=_names(_first(row, _AUTHOR_KEYS)),
        url=_as_text(_first(row, _URL_KEYS)),
    )
    return Document(raw=text, blocks=split_text(text), meta=meta, part=part)


def _rows(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if _first(data, _TEXT_KEYS) is None:
            for key in _CONTAINER_KEYS:
                inner = data.get(key)
                if isinstance(inner, list) and inner and isinstance(inner[0], dict):
                    return inner
        return [data]
    raise FormatError(f"JSON holds {_describe(data)}, not an article object or a list of them")


def read_json(text: str) -> list[Document | BadPart]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    except RecursionError as exc:
        raise FormatError("invalid JSON: nested too deeply") from exc
    rows = _rows(data)
    if not rows:
        raise FormatError("JSON list is empty")
    if isinstance(data, list) and not any(isinstance(r, dict) for r in rows):
        raise FormatError(
            f"JSON is a list of {_describe(rows[0]).split()[-1]}s, not article objects"
        )
    if len(rows) == 1 and not isinstance(data, list):
        doc = row_document(rows[0], "", "object")
        if isinstance(doc, BadPart):
            raise FormatError(doc.reason.removeprefix("object: "))
        return [doc]
    return [row_document(row, f"#{i}", f"row {i}") for i, row in enumerate(rows, start=1)]


def read_jsonl(text: str) -> list[Document | BadPart]:
    out: list[Document | BadPart] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        part = f"#{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(
                BadPart(part, f"line {number}: invalid JSON ({exc.msg}, column {exc.colno})")
            )
            continue
        except RecursionError:
            out.append(BadPart(part, f"line {number}: invalid JSON (nested too deeply)"))
            continue
        out.append(row_document(row, part, f"line {number}"))
    return out
