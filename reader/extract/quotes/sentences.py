"""Sentence boundaries good enough for attribution: "said X." ends a sentence, "Mr." does not."""

from __future__ import annotations

import re

from reader.extract.quotes.cues import words

_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = words(
    """
    mr mrs ms dr prof st mt sr jr inc ltd co corp no vs etc gen col lt sgt capt rep sen gov
    u.s e.g i.e a.m p.m approx dept est
    """
)
# Month abbreviations end no sentence before a day ("Jun. 5"), but "Lei Jun." does.
_MONTHS = words("jan feb mar apr jun jul aug sep sept oct nov dec")


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end]."""
    out = []
    begin = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        word = text[max(start, match.start() - 12) : match.start()].split()
        last = word[-1].lower().lstrip('("“') if word else ""
        bare = last.rstrip(".")
        if bare in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue  # "Mr. Lei", "John J. Brody"
        if bare in _MONTHS and text[stop : stop + 3].strip()[:1].isdigit():
            continue  # "Aug. 16"
        out.append((begin, stop))
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        out.append((begin, end))
    return out


def trimmed_end(text: str, i: int, chars: str | None = None) -> int:
    """`len(text[:i].rstrip(chars))` without copying the text before `i`: asked once per
    quotation or sentence, the copy made extraction quadratic in a long article's length."""
    while i > 0 and (text[i - 1].isspace() if chars is None else text[i - 1] in chars):
        i -= 1
    return i
