"""Whoosh file storage that reads segments in place instead of copying them.

Whoosh maps a compound segment file, then hands each part of it (postings,
term index, stored fields) out as a `BufferFile`, whose `BytesIO` copies the
part into memory. Opening a searcher on a 20,000-article index thereby copied
~140 MB (another ~60 MB on the first stored-field read), which was most of the
app's memory and most of the time to open the index. Here the parts are
zero-copy views of the mapping: pages are read from the OS page cache as
queries touch them, and shared with it.
"""

from __future__ import annotations

import contextlib
import mmap
import os
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

COMPOUND_SUFFIX = ".seg"  # whoosh.codec.base.Segment.COMPOUND_EXT
# Most that peek() returns: more than a posting block's header pickle, far less
# than the 128 KiB pickle asks for (copying that much per block would cost more).
_PEEK = 256


class _ViewReader:
    """The file interface StructFile reads through (read, seek, tell, readline
    for pickles), over a memoryview, without copying it."""

    __slots__ = ("_pos", "_size", "_view")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self._size = len(view)

    def read(self, n: int | None = -1) -> bytes:
        start = self._pos
        end = self._size if n is None or n < 0 else min(self._size, start + n)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def peek(self, n: int = 0) -> bytes:
        """Bytes ahead, without moving: with it pickle.load reads a block's
        header tuple in two calls instead of one per opcode."""
        return self._view[self._pos : self._pos + _PEEK].tobytes()  # like io's: n is a hint

    def readline(self, limit: int = -1) -> bytes:
        start = self._pos
        end = self._size if limit is None or limit < 0 else min(self._size, start + limit)
        chunk = self._view[start:end].tobytes()
        newline = chunk.find(b"\n")
        if newline >= 0:
            chunk = chunk[: newline + 1]
        self._pos = start + len(chunk)
        return chunk

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            offset += self._pos
        elif whence == os.SEEK_END:
            offset += self._size
        if offset < 0:
            raise ValueError(f"negative seek position {offset}")
        self._pos = offset
        return offset

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view.release()


class MappedFile(BufferFile):
    """A BufferFile whose reads and subsets are views of one mapping, never copies."""

    def __init__(self, buf: memoryview, name: str | None = None, onclose: Any = None) -> None:
        self._buf = buf
        self._name = name
        self.file = _ViewReader(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> MappedFile:
        return MappedFile(self._buf[position : position + length], name=name or self._name)


class MappedStorage(FileStorage):
    """FileStorage whose compound segments open as MappedFile.

    `supports_mmap` is False so that Whoosh's CompoundStorage does not map the
    file a second time and copy from that: it asks our file for `subset()`s.
    """

    supports_mmap = False

    def __init__(self, path: str, readonly: bool = False) -> None:
        super().__init__(path, supports_mmap=False, readonly=readonly)

    def open_file(self, name: str, **kwargs: Any) -> Any:
        if not name.endswith(COMPOUND_SUFFIX):
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as handle:
            # An empty file cannot be mapped (ValueError): damage, as Whoosh would find it.
            mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapping)

        def unmap(_file: MappedFile) -> None:
            view.release()
            # Parts still open keep views of it: then the mapping goes with the last of them.
            with contextlib.suppress(BufferError):
                mapping.close()

        return MappedFile(view, name=name, onclose=unmap)
