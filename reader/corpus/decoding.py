"""Bytes -> text, the way a reader expects: BOMs honoured, UTF-8 first,
then Windows-1252, then Latin-1 (which never fails), newlines normalised.

`Decoded.text` equals what `open(path, encoding=Decoded.encoding).read()`
gives in text mode, so offsets agree with annotations made that way.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


_SURROGATE = re.compile("[\ud800-\udfff]")


class DecodeError(ValueError):
    """The bytes claim an encoding they do not follow."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name that reproduces `text` with open()


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 text (NULs at every other byte)."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.7 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.7 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def replace_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate as U+FFFD, the replacement character.

    Decoding bytes never makes one, but a JSON escape can ("\\ud800": half an
    emoji cut off by a scraper), and nothing that stores UTF-8 accepts it. One
    bad character should not cost the article, so it is replaced, as a
    decoder replaces an invalid byte.
    """
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, *, declared: str | None = None, encoding: str | None = None) -> Decoded:
    """Decode `data`; `encoding` is forced (BOM or BOM-less UTF-16), `declared` is tried second.

    Raises DecodeError only when a forced encoding does not fit the bytes.
    """
    if encoding is not None:
        try:
            return Decoded(normalise_newlines(data.decode(encoding)), encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid {encoding.upper()} text ({exc.reason})") from exc
    candidates = ["utf-8"]
    if declared and declared not in candidates:
        candidates.append(declared)
    candidates.append("cp1252")
    for name in candidates:
        try:
            return Decoded(normalise_newlines(data.decode(name)), name)
        except (UnicodeDecodeError, LookupError):
            continue
    # Latin-1 maps every byte, so this last resort cannot fail.
    return Decoded(normalise_newlines(data.decode("latin-1")), "latin-1")
