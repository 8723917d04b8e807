"""How a term's positions in a text field are stored: packed integers, not a pickle.

Whoosh's Positions format stores a posting's positions as a pickled list of
the gaps between them. A phrase query decodes the positions of its words in
every document holding all of them (4,900 documents for "electric vehicle"
among 20,000 articles): 1.6 µs a posting in Python, and a whole pickle call
when a gap is over 255. Here a value is one type byte and the positions as
little-endian unsigned integers, 16 bits wide unless a position needs 32:
decoding is a single C call, and the values take half the space.

The class is pickled into the index's schema: renaming or moving it makes
old indexes unreadable (they are then rebuilt, as for any schema change).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from whoosh.formats import Positions

from reader.index.blocks import LITTLE_ENDIAN, pack, unpack

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
