"""Sides in match results: the names an article shows playing ("Arsenal 3 Bolton 1", "beat
Wigan 2-1", league tables, line scores, cricket totals), which are teams whatever else
the name could be, and the letters of box scores and scoring summaries ("LOB—", "KC—").
The entity rules add an organisation's evidence to the sides' mentions.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.extract.entities import lexicon as lx

_SIDE = r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|de|del|of|and)){0,3}?"
# A side that ends the match: all its words ("a 2-2 draw with Manchester City"), and no
# second side joined by "and"; `sides_in_results` adds its first word, its short name.
_SIDE_TAIL = r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|de|del|of)){0,3}"
# "Arsenal 3 Bolton 1" on a line of its own; "Leicester 24-16 Bath"; "beat Bolton 2-1".
# A club's own number after its name ("Schalke 04 2", "Hannover 96 0"): kept out of the side.
_CLUB_NUMBER = r"(?:\s+\d{2}(?=\s+\d))?"
# The scorers after a side's score: "Bayern Munich 1 (Tiedtke 38) Hansa Rostock 1 (...)".
_SCORERS = r"(?:\s+\([^()\n]{1,120}\))?"
# A side's country in brackets, in the results of a European or world competition.
_SIDE_COUNTRY = r"(?:\s+\([A-Z][A-Za-z .]{1,25}\))?"
_RESULT_LINE = re.compile(
    rf"^\s*(?:The\s+)?({_SIDE}){_SIDE_COUNTRY}{_CLUB_NUMBER}\s+\d{{1,3}}{_SCORERS}\s*[,–-]?\s+"
    rf"({_SIDE}){_SIDE_COUNTRY}{_CLUB_NUMBER}\s+\d{{1,3}}\s*(?:[(;,.-]|$)",
    re.MULTILINE,
)
# American papers' results, a comma between the sides: "Other area scores: Poteau 42,
# Stigler 7; Roland 28, Keota 0; Pocola 21, Talihina 20 (OT)."
# A semicolon joins the pairs, which a scorers' line ("Goals: Lampard 34, Drogba 61.")
# does not.
_RESULT_COMMA_PAIR = re.compile(
    rf"(?:;[ \t]+({_SIDE})[ \t]+\d{{1,3}},[ \t]+({_SIDE})[ \t]+\d{{1,3}}"
    r"(?:[ \t]+\((?:\d?OT|SO)\))?[ \t]*(?=[;.]|$)"
    rf"|(?:^|:[ \t]+)({_SIDE})[ \t]+\d{{1,3}},[ \t]+({_SIDE})[ \t]+\d{{1,3}}"
    r"(?:[ \t]+\((?:\d?OT|SO)\))?[ \t]*(?=;))",
    re.MULTILINE,
)
# A row of a league table: a side, then games played and how they went ("Schalke 04
# 3 2 1 0 5 1 7"); the played count is the sum of the next two or three (won, drawn,
# lost), which a golfer's round scores or a batting line's figures are not.
_TABLE_ROW = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]?[ \t]+)?({_SIDE})(?:[ \t]+\([A-Z]{{1,2}}\))?"  # "(C)", "(R)"
    rf"((?:[ \t]+[+−–-]?\d{{1,3}}){{4,}})[ \t]*$",  # goal difference signed: "+28", "−1"
    re.MULTILINE,
)
# A side's won-lost record after its town in a match report: "Kansas City (8-3)".
RECORD_AFTER = re.compile(r"^ \(\d{1,2}-\d{1,2}(?:-\d{1,2})?[),;]")  # "(22-6, 12-3 MVC)"
# A line score: a side, its points by period, a dash and its total ("Boston 1 1 1 0 — 3",
# "New York 000 120 003 — 6 10 0").
_LINE_SCORE = re.compile(
    rf"^[ \t]*({_SIDE})(?:[ \t]+\d{{1,3}}){{2,}}[ \t]*[—–-]+[ \t]*\d{{1,3}}\b", re.MULTILINE
)
# A cricket side's total with its scorers, "Sussex 312 (T. Whitcombe 104, ...)", and
# its innings, "Essex first innings".
_INNINGS_TOTAL = re.compile(
    rf"\b({_SIDE})\s+\d{{1,3}}(?:-\d{{1,2}}|\s+for\s+\d{{1,2}})?(?:\s+(?:declared|dec))?"
    rf"\s+\((?:[A-Z]\.?\s)+[A-Z][\w'’-]+\s+\d"
)
_INNINGS = re.compile(rf"\b({_SIDE})\s+(?:first|second|1st|2nd)\s+innings\b")
# A club that carries its founding year ("Racing 92 won", "Schalke 04's coach"): the
# years 1890-1909, which German and French clubs write after their names.
_CLUB_YEAR = re.compile(r"\b([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?) (?:0\d|9\d)\b(?![\d.,:%/-]\d)")
_SCORE = re.compile(r"\d\s?[–-]\s?\d")
_RESULT_INLINE = re.compile(rf"\b({_SIDE})\s+\d{{1,3}}\s?[–-]\s?\d{{1,3}}\s+({_SIDE_TAIL})\b")
# A score not followed by another ("6-3 6-4" is a tennis player's sets, not a team's).
_ONE_SCORE = r"\d{1,3}\s?[–-]\s?\d{1,3}\b(?!,?\s\d{1,2}\s?[–-]\s?\d)"
_RESULT_AFTER_VERB = re.compile(
    rf"\b(?:beat|beating|defeated|thrashed|edged|hammered|drew\s+with|lost\s+to|against)\s+"
    rf"({_SIDE})\s+{_ONE_SCORE}"
)
# "Lazio beat Roma 2-1", "Athletic Bilbao won 2-1 at Getafe", "a 2-0 win over Braga".
_RESULT_SUBJECT = re.compile(
    rf"\b({_SIDE})\s+(?:(?:came\s+from\s+behind|fought\s+back|held\s+on|rallied|went\s+on)"
    rf"\s+to\s+)?(?:beat|beats|defeated|defeats|thrashed|thrashes|edged|edges|hammered|"
    rf"hammers|routed|routs|overcame|overcomes|outlasted|outlasts|downed|downs|topped|tops|"
    rf"stunned|stuns|saw\s+off|sees\s+off|(?:held|holds)\s+off|"
    rf"(?:eased|eases|swept|sweeps|cruised|cruises|edged|edges|rallied|rallies)\s+past)"
    rf"\s+({_SIDE})\s+(?:by\s+)?{_ONE_SCORE}"
)  # "Rivermouth came from behind to beat Castleford 2-1", "beat Waterford by 3-21 to 0-25"
_RESULT_WON = re.compile(
    rf"\b({_SIDE})\s+(?:won|lost|drew)\s+{_ONE_SCORE}"
    rf"(?:\s+(?:at|against|to|with|away\s+to|at\s+home\s+to)\s+({_SIDE_TAIL}))?"
)
_RESULT_NOUN = re.compile(
    rf"{_ONE_SCORE}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw|triumph)\s+"
    rf"(?:over|against|at|to|by|with)\s+({_SIDE_TAIL})"
)


_SENTENCE_END_IN_SIDE = re.compile(r"(?<=[a-z])\. ")
# The group of each result pattern whose side ends the match.
_TAIL_GROUP = {_RESULT_INLINE: 2, _RESULT_WON: 2, _RESULT_NOUN: 1}
_NOT_SIDES = frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS) | lx.FUNCTION_WORDS


def sides_in_results(text: str, sport: bool) -> frozenset[str]:
    """Names that appear as sides in a match result anywhere in the article, and in a
    sports report's league tables and cricket scores."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    out: set[str] = set()
    # Most articles hold no "2-1": the inline patterns, tried at every capital, wait for one.
    patterns = (
        (
            _RESULT_LINE,
            _RESULT_INLINE,
            _RESULT_AFTER_VERB,
            _RESULT_SUBJECT,
            _RESULT_WON,
            _RESULT_NOUN,
        )
        if _SCORE.search(text)
        else (_RESULT_LINE,)
    )
    if sport and ";" in text:
        patterns += (_RESULT_COMMA_PAIR,)  # not "Ages of the victims: Wilson 42, Harper 37; ..."
    sides: list[str | None] = []
    for pattern in patterns:
        tail = _TAIL_GROUP.get(pattern, 0)
        for match in pattern.finditer(text):
            for group, side in enumerate(match.groups(), 1):
                if group == tail and side is not None:
                    # A side that ends the match ends at a sentence's end: "won 24-10 at
                    # Salford. In the Championship"; its first word is its short name
                    # ("Chennai" of "beat Chennai Super Kings").
                    side = _SENTENCE_END_IN_SIDE.split(side)[0]
                    sides.append(side.split(" ", 1)[0])
                sides.append(side)
    if sport:
        sides += [m.group(1) for m in _TABLE_ROW.finditer(text) if _games(m.group(2))]
        if "—" in text or "–" in text or " - " in text:
            sides += [m.group(1) for m in _LINE_SCORE.finditer(text)]
        if "innings" in text or "(" in text:
            sides += [m.group(1) for p in (_INNINGS_TOTAL, _INNINGS) for m in p.finditer(text)]
        # Written so more than once: once could be a player's minute or tally.
        club_years = list(_CLUB_YEAR.finditer(text))
        years = Counter(m.group(0) for m in club_years)
        sides += [m.group(1) for m in club_years if years[m.group(0)] > 1]
    for side in sides:
        if side is None:
            continue
        # "Pleased. Athletico Renz beat ...", "at Bellhaven.": a sentence's end
        # is not part of a side.
        side = _SENTENCE_END_IN_SIDE.split(side)[-1]
        if side.endswith(".") and side[-2:-1].islower():
            side = side[:-1]
        words = side.lower().split()
        if not ({words[0], words[-1]} & _NOT_SIDES):
            out.add(side)
    return frozenset(out)


def comma_result_rows(text: str) -> list[tuple[int, int]]:
    """Where "Poteau 42, Stigler 7; Roland 28, Keota 0" rows stand, both sides and their
    scores: the products rules read no model numbers there."""
    if ";" not in text:
        return []
    out = []
    for match in _RESULT_COMMA_PAIR.finditer(text):
        first = match.start(1) if match.group(1) is not None else match.start(3)
        out.append((first, match.end()))
    return out


def _games(numbers: str) -> bool:
    """Whether a table row's numbers open with games played, won, drawn and lost (or
    played, won and lost), maybe after the club's own number ("Schalke 04")."""
    values = [int(v.lstrip("+−–-")) for v in numbers.split()]
    for row in (values, values[1:]):
        if len(row) >= 4 and 0 < row[0] in (row[1] + row[2] + row[3], row[1] + row[2]):
            return True
    return False


# The column letters of a baseball box score, before a dash: no names.
BOX_SCORE_HEADS = lx.words("DP LOB HR HRs SB CS SF IP ER BB SO HBP WP PB Sv 2B 3B GIDP")
# A box score's heading letter just before a name: win, loss, save, error.
BOX_LETTER_BEFORE = re.compile(r"(?:^|[\s.])[WLSEH][—–]\Z")


def summary_team(word: str, text: str, end: int) -> bool:
    """A team's short letters before a dash in a scoring summary ("KC—", "Den—")."""
    return 2 <= len(word) <= 4 and word not in BOX_SCORE_HEADS and text.startswith(("—", "–"), end)
