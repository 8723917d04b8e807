"""Figures written for people: "¥105 bn", "170 m mobile phones", "> 30 %", "H1 2024".

The side panel shows figures away from their sentence, so the display form
is compact and unambiguous (ISO currency symbol, short scale words), and
comparable figures (same kind and unit) can be drawn as bars against each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import DateParts, Figure, FigureKind

_SYMBOL = {
    "USD": "US$", "CNY": "¥", "JPY": "JP¥", "HKD": "HK$", "EUR": "€", "GBP": "£",
    "SGD": "S$", "AUD": "A$", "CAD": "C$", "TWD": "NT$", "NZD": "NZ$", "INR": "₹",
    "KRW": "₩", "RUB": "₽", "BRL": "R$", "THB": "฿", "VND": "₫", "PHP": "₱", "TRY": "₺",
    "ILS": "₪", "UAH": "₴", "NGN": "₦", "MXN": "MX$",
}  # fmt: skip
_LEADING_SYMBOL = re.compile(r"[^\d-]*")
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
_QUALIFIER_SIGN = {
    "more than": ">", "over": ">", "above": ">", "exceeded": ">", "exceeding": ">",
    "surpassed": ">", "topped": ">", "greater than": ">", "higher than": ">",
    "in excess of": ">", "upwards of": ">", "at least": "≥", "no less than": "≥",
    "not less than": "≥", "less than": "<", "fewer than": "<", "under": "<", "below": "<",
    "lower than": "<", "up to": "≤", "at most": "≤", "no more than": "≤", "within": "≤",
    "not more than": "≤", "some": "~", "about": "~", "around": "~", "approximately": "~",
    "roughly": "~", "nearly": "~", "almost": "~", "close to": "~", "an estimated": "~",
    "estimated": "~", "circa": "~", "approx": "~", "just over": ">", "well over": ">",
    "just under": "<",
}  # fmt: skip
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_RELATIVE_YEAR = {-1: "last year", 0: "this year", 1: "next year"}


def _number(value: float) -> str:
    """Short, exact enough for reading: 105 -> '105', 1.05 -> '1.05', 4000 -> '4,000'."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    # Small values keep a third decimal: a share price of 147.5p is £1.475, a rise of
    # 4.3p £0.043.
    places = 3 if abs(value) < 10 else 2
    return f"{value:,.{places}f}".rstrip("0").rstrip(".")


def _scaled(value: float, *, small_k: bool = False) -> str:
    for scale, word in _SCALES:
        if abs(value) >= scale and (scale > 1e3 or small_k):
            return f"{_number(round(value / scale, 2))} {word}"
    return _number(value)


def format_value(value: float, unit: str | None, kind: FigureKind | str) -> str:
    """One value with its unit: ('1.05e11', 'CNY', money) -> '¥105 bn'."""
    kind = FigureKind(kind)
    if kind == FigureKind.MONEY:
        symbol = _SYMBOL.get(unit or "", f"{unit} " if unit else "")
        sign = "-" if value < 0 else ""  # "-US$4.2 m", not "US$-4.2 m"
        return f"{sign}{symbol}{_scaled(abs(value), small_k=False)}"
    if kind == FigureKind.PERCENT:
        if unit == "fraction":
            return f"{_number(round(value * 100, 1))} %"
        return f"{_number(value)} {unit if unit in ('pp', 'bp') else '%'}"
    if kind in (FigureKind.DURATION, FigureKind.AGE):
        word = unit or "year"
        plural = "" if value == 1 else ("ies" if word.endswith("y") and word != "day" else "s")
        stem = word[:-1] if plural == "ies" else word
        text = f"{_number(value)} {stem}{plural}"
        return f"aged {_number(value)}" if kind == FigureKind.AGE and word == "year" else text
    if kind == FigureKind.COUNT:
        number = _scaled(value)
        return f"{number} {unit}" if unit else number
    return _number(value)


def format_date(parts: DateParts) -> str:
    """'H1 2024', 'Q4', '18 Mar', '5 Mar 2025 12:22', '1990s'."""
    if parts.decade is not None:
        return f"{parts.decade}s"
    # An unresolved relative year is shown as written: "Q1 last year", "28 Dec last year".
    if parts.year is not None:
        year = str(parts.year)
    elif parts.rel_year is not None:
        year = _RELATIVE_YEAR.get(parts.rel_year, f"{parts.rel_year:+d} y")
    else:
        year = ""
    if parts.half is not None:
        return f"H{parts.half} {year}".strip()
    if parts.quarter is not None:
        return f"Q{parts.quarter} {year}".strip()
    bits = []
    if parts.day is not None:
        bits.append(str(parts.day))
    if parts.month is not None:
        bits.append(_MONTHS[parts.month - 1])
    if year:
        bits.append(year)
    text = " ".join(bits)
    if parts.hour is not None and parts.minute is not None:
        text += f" {parts.hour:02d}:{parts.minute:02d}"
    return text or "date"


def format_figure(fig: Figure) -> str:
    """The figure as the side panel shows it: qualifier sign, value (or range), unit."""
    if fig.kind == FigureKind.DATE:
        parts = fig.date_parts
        text = format_date(parts) if parts is not None else _number(fig.value)
        if fig.value_max is not None:
            high = fig.value_max
            # A year's end is a year: "2019–2021", not "2019–2,021".
            text += f"–{int(high)}" if high == int(high) else f"–{_number(high)}"
        return text
    if fig.kind == FigureKind.DURATION and fig.unit == "second" and _RACE_TIME.search(fig.text):
        return _race_time(fig.value)
    if fig.value_max is not None:
        low = format_value(fig.value, fig.unit, fig.kind)
        high = format_value(fig.value_max, fig.unit, fig.kind)
        text = _join_range(low, high, fig.kind)
    else:
        text = format_value(fig.value, fig.unit, fig.kind)
    sign = _QUALIFIER_SIGN.get((fig.qualifier or "").lower())
    return f"{sign} {text}" if sign else text


# A race's time as the text wrote it ("3:58.12", "3min 54.21sec"), not "162.5 seconds".
_RACE_TIME = re.compile(r"\d:\d|\dmin|\d min")


def _race_time(seconds: float) -> str:
    """238.12 -> "3:58.12", as results write a race's time (239.999 -> "4:00.00"); an
    hour or more in hours, minutes and whole seconds, as a marathon's ("2:02:48")."""
    total = round(seconds, 2)
    if total >= 3600:
        hours, rest = divmod(total, 3600)
        minutes, secs = divmod(rest, 60)
        secs_text = f"{int(secs):02d}" if secs == int(secs) else f"{secs:05.2f}"
        return f"{int(hours)}:{int(minutes):02d}:{secs_text}"
    minutes = int(total // 60)
    return f"{minutes}:{total - minutes * 60:05.2f}"


def _join_range(low: str, high: str, kind: FigureKind) -> str:
    """'2 years' + '3 years' -> '2–3 years'; '¥5 bn' + '¥6 bn' -> '¥5–6 bn'."""
    if kind == FigureKind.AGE:
        return f"{low}–{high.removeprefix('aged ')}"
    # A currency written once: the symbol or code both ends open with ("NZ$", "IRR ").
    symbol = _LEADING_SYMBOL.match(low)
    prefix = symbol.group() if symbol and kind == FigureKind.MONEY else ""
    if not high.startswith(prefix):
        prefix = ""
    low, high = low.removeprefix(prefix), high.removeprefix(prefix)
    low_words, high_words = low.split(" "), high.split(" ")
    if len(low_words) > 1 and low_words[1:] == high_words[1:]:
        return f"{prefix}{low_words[0]}–{' '.join(high_words)}"
    return f"{prefix}{low}–{high}"


def comparable_key(fig: Figure) -> tuple[str, str]:
    """Figures with the same key can share a bar scale: same kind, same unit."""
    unit = fig.unit or ""
    if fig.kind == FigureKind.COUNT:
        unit = unit.split()[-1].lower() if unit else ""
    return str(fig.kind), unit


def comparable_groups(figures: Sequence[Figure]) -> dict[tuple[str, str], list[int]]:
    """Indexes of figures that can be compared, by (kind, unit); dates are not compared."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, fig in enumerate(figures):
        if fig.kind == FigureKind.DATE:
            continue
        groups.setdefault(comparable_key(fig), []).append(index)
    return groups


def bar_fraction(fig: Figure, figures: Sequence[Figure]) -> float:
    """How long this figure's bar is among its comparable figures, in [0, 1]."""
    if fig.kind == FigureKind.DATE:
        return 0.0
    key = comparable_key(fig)
    top = max(
        (
            abs(f.value_max if f.value_max is not None else f.value)
            for f in figures
            if f.kind != FigureKind.DATE and comparable_key(f) == key
        ),
        default=0.0,
    )
    if top <= 0:
        return 0.0
    own = abs(fig.value_max if fig.value_max is not None else fig.value)
    return max(0.0, min(1.0, own / top))
