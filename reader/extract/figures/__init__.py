"""Figures: the numeric facts an article states, normalised and labelled.

`extract_figures(text)` reads money (in any current or recent currency, by
name, symbol or minor unit, negative amounts included), counts, percentages,
ages (with whose age it is), durations and dates out of cleaned article text.
Model numbers ("Xiaomi 12"), ordinals, times of day ("1300 GMT"), results in
sport ("3-1"), phone numbers, URLs and version strings are not figures.
Display helpers for people live in `reader.extract.figures.display`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reader.extract.figures.ages import age_subjects
from reader.extract.figures.dates import FoundDate, date_value, find_dates
from reader.extract.figures.durations import join_durations
from reader.extract.figures.grammar import Context, Found, scan, settle_subject_units, title_lines
from reader.extract.figures.guards import OTHER_PATTERNS, WEB_PATTERNS, blocked_spans
from reader.extract.figures.label import SentenceWords, fallback_label, make_label
from reader.extract.figures.money import (
    merge_compounds,
    settle_currency_words,
    settle_elided_units,
    settle_listed_units,
    settle_minor_units,
    settle_paired_dollars,
    settle_partitive_units,
    settle_quoted_rates,
)
from reader.extract.figures.moves import moved_label
from reader.extract.figures.numbers import tokenize
from reader.extract.figures.race_times import race_times
from reader.extract.model import Figure, FigureKind

__all__ = ["extract_figures"]

# A sentence ends at ". " before a capital or a digit, but "6 . 2" is a decimal point as
# tokenised text spaces it (see numbers._spaced_decimal).
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?:(?<!\d \.)[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=\d \.)\s+(?=[\"“‘(]?[A-Z]))"
    r"|\n+"
)
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])+|\b(?:No|no|vs|approx|etc|est))\.$"
)


def _with_datelines(*places: str) -> tuple[str, ...]:
    """Each place as written and as a dateline writes it ("SAITAMA —")."""
    return tuple(form for place in places for form in (place, place.upper()))


# Japan's cities; not those that name other things in Chinese stories ("Kobe Bryant",
# "Nikkei Asia reported").
_JAPANESE_PLACES = _with_datelines(
    "Tokyo", "Osaka", "Yokohama", "Nagoya", "Kyoto", "Sapporo", "Fukuoka", "Saitama",
    "Hiroshima", "Okinawa", "Hokkaido",
)
_CHINESE_PLACES = (
    *_with_datelines(
        "China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Chongqing",
        "Wuhan", "Tianjin", "Hangzhou", "Sichuan", "Nanjing", "Chengdu", "Suzhou", "Dalian",
        "Qingdao", "Xiamen",
    ),
    # China's largest companies, which a story about them may name instead of the country
    "Alibaba", "Tencent", "Huawei", "Xiaomi", "Baidu", "ByteDance", "Taobao", "Ant Group",
    "Pinduoduo", "Meituan", "JD.com", "BYD", "CATL", "WeChat", "Weibo",
)
_YEN_CUES = re.compile(
    r"\byen\b|\bJapan(?:ese)?\b|\bJPY\b|\b(?:" + "|".join(_JAPANESE_PLACES) + r")\b"
)
_YUAN_CUES = re.compile(
    r"\byuan\b|\bRMB\b|\bCNY\b|\brenminbi\b|\b(?:" + "|".join(_CHINESE_PLACES) + r")\b"
)
# Words each cue pattern needs: a substring test rules most articles out cheaply.
_CUE_WORDS = {
    _YEN_CUES: ("yen", "Japan", "JPY", *_JAPANESE_PLACES),
    _YUAN_CUES: ("yuan", "RMB", "CNY", "renminbi", *_CHINESE_PLACES),
}
_CONVERSION_GAP = re.compile(
    r"\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|or|equivalent to|"
    r"more than|over|US)\s*)?$",
    re.IGNORECASE,
)


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    """The figures in `text`, in order of appearance, spans non-overlapping."""
    if not text:
        return []
    tokens = tokenize(text)
    web = blocked_spans(text, WEB_PATTERNS)
    dates = find_dates(text, published)
    ctx = Context(
        text=text,
        tokens=tokens,
        blocked=sorted(web + blocked_spans(text, OTHER_PATTERNS)),
        title_lines=title_lines(text),
        yuan_context=_yuan_context(text),
        published=published,
        era=published.year if published is not None else _latest_year(text, dates),
    )
    claimed = [False] * len(tokens)
    found: list[Found] = []
    starts = [t.start for t in tokens]
    for d in dates:
        if any(s < d.end and d.start < e for s, e in web):
            continue
        first, last = _claim(starts, claimed, d.start, d.end)
        found.append(
            Found(
                d.start,
                d.end,
                FigureKind.DATE,
                date_value(d.parts),
                None,
                value_max=float(d.year_max) if d.year_max is not None else None,
                parts=d.parts,
                first_token=first,
                last_token=last,
            )
        )
    for start, end, seconds in race_times(text):
        if any(claimed[_token_index(starts, start) : _token_index(starts, end)]) or any(
            s < end and start < e for s, e in web
        ):
            continue
        first, last = _claim(starts, claimed, start, end)
        found.append(
            Found(start, end, FigureKind.DURATION, seconds, "second", first_token=first,
                  last_token=last)
        )  # fmt: skip
    found.extend(scan(ctx, claimed))
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Found] = []
    for f in found:
        if f.start < f.end and (not kept or f.start >= kept[-1].end):
            kept.append(f)
    kept = join_durations(text, merge_compounds(text, kept))
    settle_minor_units(ctx, kept)
    settle_elided_units(text, kept)
    kept = settle_listed_units(text, kept)
    settle_partitive_units(text, kept)
    settle_paired_dollars(text, kept)
    settle_currency_words(ctx, kept)
    settle_quoted_rates(ctx, kept)
    settle_subject_units(ctx, kept)
    kept = _without_number_lists(text, kept)
    age_subjects(ctx, kept)
    _link_conversions(text, kept)
    return _to_figures(text, kept)


def _latest_year(text: str, dates: list[FoundDate]) -> int | None:
    """The year an undated article says it was written in: the latest of its full dates
    (a wire dateline's "1996-08-27", "Jan 27, 1995") and of years it calls the present
    ("so far in 1995"); not years of history ("founded in 1984", "since 2003")."""
    years = [d.parts.year for d in dates if d.parts.year and d.parts.month and d.parts.day]
    years += [int(m.group("year") or m.group("year2")) for m in _PRESENT_YEAR.finditer(text)]
    return max(years, default=None)


_PRESENT_YEAR = re.compile(
    r"\b(?:so\s+far|earlier|later|to\s+date)\s+(?:in|this\s+year,?\s+in)\s+"
    r"(?P<year>(?:19|20)\d\d)\b|\bin\s+(?P<year2>(?:19|20)\d\d)\s+(?:so\s+far|to\s+date)\b",
    re.IGNORECASE,
)


# Four or more small numbers in a row with nothing counted: "The winning numbers were 4,
# 9, 17, 28, 33 and 41", a list of labels, not of quantities; a draw's "... and 47 plus
# Lucky Stars 2 and 9", "... and 47 to win" too (not "28 plus three goalkeepers").
_NUMBER_LIST = re.compile(
    r"\b\d{1,3}(?:, \d{1,3}){2,}(?:,? and \d{1,3})?\b"
    r"(?![.,]?\d|%| (?!plus [A-Z]|to win\b)[a-z])"
)


def _without_number_lists(text: str, found: list[Found]) -> list[Found]:
    if ", " not in text:
        return found
    lists = [m.span() for m in _NUMBER_LIST.finditer(text)]
    if not lists:
        return found
    return [
        f
        for f in found
        if not (
            f.kind == FigureKind.COUNT
            and f.unit is None
            and any(lo <= f.start and f.end <= hi for lo, hi in lists)
        )
    ]


def _yuan_context(text: str) -> bool:
    """Whether "¥" is the yuan: the article names China more often than Japan (English
    news writes the yen "¥" and the yuan "yuan" or "RMB", so a tie is the yen)."""
    if ("¥" not in text and "￥" not in text) or not _has_cue(text, _YUAN_CUES):
        return False
    yen = len(_YEN_CUES.findall(text)) if _has_cue(text, _YEN_CUES) else 0
    return len(_YUAN_CUES.findall(text)) > yen


def _has_cue(text: str, pattern: re.Pattern[str]) -> bool:
    return any(word in text for word in _CUE_WORDS[pattern]) and bool(pattern.search(text))


def _claim(starts: list[int], claimed: list[bool], start: int, end: int) -> tuple[int, int]:
    """The tokens of text[start:end], marked as read by a figure: (first, last) with
    last exclusive."""
    first, last = _token_index(starts, start), _token_index(starts, end)
    claimed[first:last] = [True] * (last - first)
    return first, last


def _token_index(starts: list[int], offset: int) -> int:
    from bisect import bisect_left

    return bisect_left(starts, offset)


def _link_conversions(text: str, found: list[Found]) -> None:
    """'4,000 yuan ($629)': two money figures, one amount; each points at the other."""
    for a, b in zip(range(len(found)), range(1, len(found)), strict=False):
        fa, fb = found[a], found[b]
        if fa.kind != FigureKind.MONEY or fb.kind != FigureKind.MONEY or fa.unit == fb.unit:
            continue
        gap = text[fa.end : fb.start]
        if _CONVERSION_GAP.fullmatch(gap) and text[fb.end : fb.end + 3].lstrip().startswith(")"):
            fa.link_to, fb.link_to = b, a


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    lo = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group() and _ABBREVIATION.search(text[max(lo, m.start() - 6) : m.start()]):
            continue
        spans.append((lo, m.start()))
        lo = m.end()
    spans.append((lo, len(text)))
    return spans


def _to_figures(text: str, found: list[Found]) -> list[Figure]:
    sentences = _sentences(text)
    words = SentenceWords(text)
    figures = []
    s_idx = 0
    prev_end_in_sentence = 0
    for f in found:
        while s_idx < len(sentences) - 1 and sentences[s_idx][1] <= f.start:
            s_idx += 1
            prev_end_in_sentence = sentences[s_idx][0]
        sentence = sentences[s_idx]
        q_start = f.start
        if f.qualifier:
            q_start = _qualifier_start(text, f.start, f.qualifier)
        subject = f.extra.get("subject")
        label = subject or make_label(
            text,
            sentence,
            (f.start, f.end),
            q_start,
            f.kind,
            None if "subject_unit" in f.extra else f.unit,  # its subject labels it
            max(prev_end_in_sentence, sentence[0]),
            text[f.start : f.end],
            words,
        )
        if f.qualifier == "to" and figures and figures[-1].end == _from_to_end(text, f.start):
            label = figures[-1].label  # "from five to nine": both ends count the same thing
        elif moved := moved_label(text, figures, sentence[0], f.start):
            label = moved  # "revenue rose 62% to ₹310 crore": the revenue's level
        if not label:
            # Nothing between this figure and the one before: it qualifies the same thing
            # ("105 billion yuan over the past five years").
            same = figures and figures[-1].start >= sentence[0]
            label = (
                figures[-1].label
                if same
                else fallback_label(f.kind, f.unit, text, sentence, (f.start, f.end))
            )
        prev_end_in_sentence = f.end
        figures.append(
            Figure(
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                kind=f.kind,
                value=float(f.value),
                unit=f.unit,
                qualifier=f.qualifier,
                label=label,
                value_max=float(f.value_max) if f.value_max is not None else None,
                linked=f.link_to,
                date_parts=f.parts,
                subject=subject,
            )
        )
    # A conversion reads under the label of the amount it converts.
    for idx, fig in enumerate(figures):
        if fig.linked is not None and fig.linked < idx:
            figures[idx] = replace(fig, label=figures[fig.linked].label)
    return figures


def _from_to_end(text: str, start: int) -> int:
    """Where the figure before a 'to <figure>' ends: start minus ' to '."""
    m = re.search(r"\s+to\s+$", text[max(0, start - 10) : start])
    return max(0, start - 10) + m.start() if m else -1


def _qualifier_start(text: str, start: int, qualifier: str) -> int:
    pattern = r"\s+".join(re.escape(w) for w in qualifier.split()) + r"\s*\W?\s*$"
    m = re.search(pattern, text[max(0, start - 60) : start], re.IGNORECASE)
    return max(0, start - 60) + m.start() if m else start
