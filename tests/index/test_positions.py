"""Packed positions must read back exactly, through our decoder and Whoosh's own matchers."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from reader.index.library import Library
from reader.index.schema import build_schema
from reader.index.whoosh_ext.formats import PackedPositions, decode

POSITIONS = st.lists(st.integers(0, 2**32 - 1), max_size=40, unique=True).map(sorted)


@settings(max_examples=300, deadline=None)
@given(POSITIONS)
def test_positions_read_back(positions: list[int]) -> None:
    fmt = PackedPositions(field_boost=2.0)
    value = fmt.encode(positions)
    assert list(decode(value)) == positions
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)
    assert fmt.decode_weight(value) == 2.0 * len(positions)


def test_small_positions_take_two_bytes_each() -> None:
    fmt = PackedPositions()
    assert len(fmt.encode([3, 70, 65535])) == 1 + 3 * 2
    assert len(fmt.encode([3, 70, 65536])) == 1 + 3 * 4


def test_text_fields_store_packed_positions() -> None:
    schema = build_schema()
    assert type(schema["body"].format) is PackedPositions
    assert type(schema["title"].format) is PackedPositions
    assert schema["title"].format.field_boost == 2.0


def test_whoosh_own_phrase_matcher_reads_them(tmp_path: Path, open_library) -> None:  # type: ignore[no-untyped-def]
    """Shapes the evaluator leaves to Whoosh (a phrase with slop) decode through the format."""
    root = tmp_path / "corpus"
    root.mkdir()
    filler = " ".join(["words"] * 70_000)  # positions past 16 bits
    (root / "near.txt").write_text("Report\n\nAn electric red vehicle was sold.")
    (root / "far.txt").write_text(f"Report\n\n{filler} electric vehicle.")
    (root / "apart.txt").write_text("Report\n\nElectric bikes, then many more words and a vehicle.")
    library: Library = open_library(root)
    library.update()
    s = library._s()
    assert s is not None
    found = s.search(wq.Phrase("body", ["electr", "vehicl"], slop=2), limit=None)
    assert sorted(hit["id"] for hit in found) == ["far.txt", "near.txt"]
    assert [h.summary.id for h in library.search('"electric vehicle"').hits] == ["far.txt"]


def test_an_unknown_type_byte_is_damage_not_numbers() -> None:
    import pytest

    with pytest.raises(KeyError):
        decode(b"d" + bytes(8))
