"""Wrapping with offsets: the fast path for plain text agrees with the general one."""

from __future__ import annotations

import random

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


def test_plain_text_wraps_like_the_general_path() -> None:
    pieces = ["a", "bb", "word", "é", "—", "’", "Ω", "x" * 30, " ", "  ", "   ", "\n"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        width = rng.randint(1, 25)
        assert wrap_offsets(text, width) == general(text, width), (text, width)


def test_mixed_text_wraps_like_the_general_path() -> None:
    pieces = ["a", "word", " ", "\n", "\xa0", "\t", "中文", "e\u0301", "x" * 12]
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        width = rng.randint(1, 20)
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
