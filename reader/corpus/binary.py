"""Recognise files that are not text, so they are skipped with a useful reason.

Magic numbers name the common kinds; anything else with NUL bytes or mostly
control characters is "binary file". UTF-16/32 text also holds NUL bytes, so
callers check for a byte-order mark (or BOM-less UTF-16) first.
"""

from __future__ import annotations

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", ""),  # too short to trust alone; see _weak
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", ""),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", ""),
    (b"\xca\xfe\xba\xbe", "Mach-O or Java class file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

# Short signatures that ordinary text could start with: only trusted when the
# rest of the data is binary too.
_WEAK = {b"BM": "BMP image", b"BZh": "bzip2 archive", b"MZ": "Windows executable"}

# Every byte except the control characters that text never holds.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in b"\t\n\r\f\v\x1b")


def binary_kind(data: bytes) -> str | None:
    """'binary file (PDF)' and the like, or None when the data looks like text."""
    head = data[:8192]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            if name:
                return f"binary file ({name})"
            if _looks_binary(head):
                return f"binary file ({_WEAK[magic]})"
    if head[4:8] == b"ftyp":
        return "binary file (MP4/QuickTime media)"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        kind = {b"WAVE": "WAV audio", b"AVI ": "AVI video", b"WEBP": "WebP image"}[head[8:12]]
        return f"binary file ({kind})"
    if _looks_binary(head):
        return "binary file"
    return None


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls / len(head) > 0.1
