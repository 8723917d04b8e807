"""Wrapping with offsets: the fast path for plain text agrees with the general one."""

from __future__ import annotations

import random

import pytest
from rich.cells import cell_len, get_character_cell_size

from reader.tui import wrap
from reader.tui.wrap import NARROW, wrap_offsets


def general(text: str, width: int) -> list[tuple[int, int]]:
    """Every hard line measured word by word (what the fast path must reproduce)."""
    starts: list[int] = []
    ends: list[int] = []
    offset = 0
    for hard_line in text.split("\n"):
        wrap._wrap_line(hard_line, offset, max(1, width), starts, ends)
        offset += len(hard_line) + 1
    return list(zip(starts, ends, strict=True))


# Plain text takes the fast path; wide, combining and unusual spaces the general one.
PLAIN = ["a", "bb", "word", "é", "—", "’", "Ω", "x" * 30, " ", "  ", "   ", "\n"]
MIXED = ["a", "word", " ", "\n", "\xa0", "\t", "中文", "e\u0301", "x" * 12]


@pytest.mark.parametrize(
    ("pieces", "seed", "count", "longest", "widest"),
    [
        (PLAIN, 7, 5000, 40, 25),
        (MIXED, 11, 2000, 30, 20),
    ],
    ids=["plain", "mixed"],
)
def test_text_wraps_like_the_general_path(
    pieces: list[str], seed: int, count: int, longest: int, widest: int
) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest)))
        width = rng.randint(1, widest)
        assert wrap_offsets(text, width) == general(text, width), (text, width)


def test_lines_fit_and_long_words_fold() -> None:
    text = "  lead spaces then an extraordinarily-long-hyphenated-word and more"
    lines = wrap_offsets(text, 10)
    assert text[slice(*lines[0])] == "  lead "  # leading spaces count
    assert all(cell_len(text[a:b].rstrip()) <= 10 for a, b in lines)
    assert "".join(text[a:b] for a, b in lines) == text
    assert "extraordin" in [text[a:b] for a, b in lines]


def test_wide_characters_count_two_cells() -> None:
    text = "中文中文中文 abc"
    lines = wrap_offsets(text, 5)
    assert all(cell_len(text[a:b].rstrip()) <= 5 for a, b in lines)
    assert [text[a:b].rstrip() for a, b in lines] == ["中文", "中文", "中文", "abc"]


def test_the_narrow_set_is_one_cell_and_never_space() -> None:
    assert len(NARROW) % 3 == 0 and set(NARROW[1::3]) == {"-"}
    ranges = [(NARROW[i], NARROW[i + 2]) for i in range(0, len(NARROW), 3)]
    for low, high in ranges:
        for code in range(ord(low), ord(high) + 1):
            char = chr(code)
            assert get_character_cell_size(char) == 1 and not char.isspace(), hex(code)
