"""Posting blocks whose ids, weights and values are packed arrays, not pickled tuples.

Whoosh 2.7 stores each block of up to 128 postings as a zlib-compressed pickle
of three tuples: the id gaps, the weights and the values, one Python object
each. Unpickling those 384 objects was the largest single cost of reading a
posting list (58 µs a block; a quarter of a phrase query at 20,000 articles).
Here the same three parts are bytes: little-endian 32-bit id gaps and 32-bit
float weights (Whoosh keeps weights as 32-bit floats anyway), and the values
as their lengths plus one joined string. A block header, the compression and
everything else in the file stay Whoosh's.

The codec is pickled into each segment's description in the index's table
of contents: renaming or moving these classes makes old indexes unreadable
(they are then rebuilt, as for any schema change: bump `schema.SCHEMA_VERSION`
with it).
"""

from __future__ import annotations

import itertools
import operator
import sys
from array import array
from collections.abc import Iterator, Sequence
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PostingsWriter

LITTLE_ENDIAN = sys.byteorder == "little"
assert array("I").itemsize == 4 and array("f").itemsize == 4  # the stored widths
# Blocks under about this many bytes are stored uncompressed (the block header says which).
COMPRESS_FROM = 128


def pack(typecode: str, values: Sequence[int] | Sequence[float]) -> bytes:
    """`values` as little-endian bytes (the byte order of every packed value in the index)."""
    packed = array(typecode, values)
    if not LITTLE_ENDIAN:
        packed.byteswap()
    return packed.tobytes()


def unpack(typecode: str, data: bytes) -> array[Any]:
    unpacked = array(typecode)
    unpacked.frombytes(data)
    if not LITTLE_ENDIAN:
        unpacked.byteswap()
    return unpacked


class PackedCodec(W3Codec):
    """Whoosh's default codec, with packed posting blocks in the postings file."""

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        if byteids:  # term vectors: not in our schema, left as Whoosh writes them
            return super().postings_writer(dbfile, byteids=True)
        return PackedPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(
        self, dbfile: Any, terminfo: Any, format_: Any, term: Any = None, scorer: Any = None
    ) -> Any:
        if terminfo.is_inlined():  # kept in the term's record (none at Whoosh's inline limit)
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return PackedLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class PackedPostingsWriter(W3PostingsWriter):
    """W3PostingsWriter writing packed blocks; everything around them is Whoosh's."""

    def add_posting(
        self, id_: int, weight: float, vbytes: bytes, length: int | None = None
    ) -> None:
        """Whoosh's add_posting without its four type assertions per posting,
        ~600 postings per article: the ids and weights come from Whoosh's own
        posting pool (integers and floats), which has checked the bytes."""
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            if self._minlength is None or length < self._minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def _write_block(self, last: bool = False) -> None:
        """Whoosh's, leaving small blocks uncompressed: most terms have a block
        of a few postings, where zlib saves a few bytes for ~20 µs a call."""
        if 8 * len(self._ids) + sum(map(len, self._values)) >= COMPRESS_FROM:
            super()._write_block(last)
            return
        level, self._compression = self._compression, 0
        try:
            super()._write_block(last)
        finally:
            self._compression = level

    def _mini_ids(self) -> bytes:  # type: ignore[override]
        ids = self._ids
        return pack("I", list(map(operator.sub, ids, itertools.chain((0,), ids))))

    def _mini_weights(self) -> bytes | float | None:  # type: ignore[override]
        weights = self._weights
        first = weights[0]
        if all(w == first for w in weights):
            return None if first == 1.0 else first
        return pack("f", weights)

    def _mini_values(self) -> tuple[bytes, bytes] | bytes | None:  # type: ignore[override]
        fixed = self._format.fixed_value_size()
        if fixed is not None and fixed >= 0:
            return super()._mini_values()  # joined (or no values): already compact
        values = self._values
        return pack("I", [len(v) for v in values]), b"".join(values)


class PackedLeafMatcher(W3LeafMatcher):
    """W3LeafMatcher reading packed blocks: `decoded()` gives a whole block at once."""

    def _read_header(self) -> None:
        try:
            super()._read_header()
        except Exception as exc:  # Whoosh raises a bare Exception for a bad block tag
            raise ValueError(f"damaged postings: {exc}") from exc

    def _read_ids(self) -> None:
        if self._data is None:
            self._read_data()
        self._ids = tuple(itertools.accumulate(unpack("I", self._data[0])))

    def _read_weights(self) -> None:
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        if isinstance(weights, bytes):
            self._weights = unpack("f", weights)
        else:
            self._weights = array("f", [1.0 if weights is None else weights]) * self._blocklength

    def _read_values(self) -> None:
        if self._data is None:
            self._read_data()
        values = self._data[2]
        # Ours: (lengths, joined). Whoosh's tuple of values never reaches this class,
        # because a segment's codec, stored with it, picks the matcher.
        if not isinstance(values, tuple):
            super()._read_values()  # fixed size or none: Whoosh's layout
            return
        lengths, joined = values
        ends = list(itertools.accumulate(unpack("I", lengths)))
        self._values = tuple(map(joined.__getitem__, map(slice, [0, *ends[:-1]], ends)))

    def blocks(
        self, values: bool
    ) -> Iterator[tuple[tuple[int, ...], Sequence[float], Sequence[Any]]]:
        """Every remaining block, decoded whole (see `decoded`)."""
        while self.is_active():
            yield self.decoded(values)
            self._next_block()

    def decoded(self, values: bool) -> tuple[tuple[int, ...], Sequence[float], Sequence[Any]]:
        """The current block's ids, weights and (if asked) values."""
        if self._ids is None:
            self._read_ids()
        if self._weights is None:
            self._read_weights()
        if values and self._values is None:
            self._read_values()
        return self._ids, self._weights, (self._values if values else ())
