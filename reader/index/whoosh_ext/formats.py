"""How postings' values are stored: positions as packed integers, not a pickle;
frequencies as Whoosh's own Frequency format stores them.

Whoosh's Positions format stores a posting's positions as a pickled list of
the gaps between them. A phrase query decodes the positions of its words in
every document holding all of them (4,900 documents for "electric vehicle"
among 20,000 articles): 1.6 µs a posting in Python, and a whole pickle call
when a gap is over 255. Here a value is one type byte and the positions as
little-endian unsigned integers, 16 bits wide unless a position needs 32:
decoding is a single C call, and the values take half the space.

The class is pickled into the index's schema: renaming or moving it makes
old indexes unreadable (they are then rebuilt, as for any schema change:
bump `schema.SCHEMA_VERSION` with it).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

from whoosh.formats import Positions
from whoosh.system import pack_uint

from reader.index.whoosh_ext.blocks import LITTLE_ENDIAN, pack, unpack

_SHORT, _LONG = "H", "I"  # the type byte is the array typecode
_SIZES = {ord(_SHORT): 2, ord(_LONG): 4}
_CODES = {ord(_SHORT): _SHORT, ord(_LONG): _LONG}
assert array(_SHORT).itemsize == 2 and array(_LONG).itemsize == 4  # the stored widths


class PackedPositions(Positions):
    """Whoosh's Positions format (frequency, weight, positions) with packed values."""

    def encode(self, poslist: Sequence[int]) -> bytes:  # type: ignore[override]
        code = _SHORT if not poslist or max(poslist) < 1 << 16 else _LONG
        return code.encode("ascii") + pack(code, poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:  # type: ignore[override]
        return list(decode(valuestring))

    def decode_frequency(self, valuestring: bytes) -> int:  # type: ignore[override]
        return (len(valuestring) - 1) // _SIZES[valuestring[0]]

    def decode_weight(self, valuestring: bytes) -> float:  # type: ignore[override]
        return self.decode_frequency(valuestring) * self.field_boost


def decode(value: bytes) -> Sequence[int]:
    """A packed value's positions, without copying them where the machine is little-endian."""
    code = _CODES[value[0]]  # KeyError for a byte no encode writes: damage
    if LITTLE_ENDIAN:
        return memoryview(value)[1:].cast(code)
    return unpack(code, value[1:])


# The value Whoosh's Frequency format stores for a posting's frequency (its
# `word_values` writes it inline; the format has no public encoder). Bound, not
# wrapped: it runs for every term of every document indexed.
frequency_value: Callable[[int], bytes] = pack_uint
