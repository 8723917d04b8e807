"""Reading segments in place must read exactly what Whoosh's own files read."""

from __future__ import annotations

import pickle

from reader.index.whoosh_ext.mapped import _ViewReader


def test_pickles_load_in_sequence_through_peek() -> None:
    """pickle.load peeks ahead and then reads only what it used: each object
    comes back whole and the position lands right after it (as Whoosh's
    posting blocks need: a header pickle, then raw data)."""
    objects = [(128, 4051, 3.5, 1, 7, 200), "x" * 1000, list(range(300)), b"\x00" * 5]
    data = b"".join(pickle.dumps(o, 2) for o in objects) + b"tail"
    reader = _ViewReader(memoryview(data))
    for obj in objects:
        assert pickle.load(reader) == obj  # type: ignore[arg-type]
    assert reader.read() == b"tail"


def test_peek_does_not_move() -> None:
    reader = _ViewReader(memoryview(b"abcdef"))
    reader.seek(2)
    assert reader.peek(3).startswith(b"cd")
    assert reader.tell() == 2
    assert reader.read(2) == b"cd"
    assert reader.peek() == b"ef"
