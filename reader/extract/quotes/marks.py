"""Where quotation marks open and close, paragraph by paragraph.

News opens a quotation with “ or ", closes it with ” or ", and runs one over
paragraphs by opening each paragraph again without closing the one before.
Single quotes are left to the text inside (nested quotes, apostrophes), unless the
article quotes in them (‘...’), as many British, Irish and South African papers do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
SINGLE_OPENING = "‘"
SINGLE_CLOSING = "’"
# A single mark opening a quotation: after a space, a bracket or a dash, before a word
# (not "‘60s", "rock ‘n’ roll").
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?![\d\s]|n’)", re.MULTILINE)
# A stretch in single marks within a paragraph, to see what stands outside them; a
# paragraph opening a quotation that runs on into the next one is inside it to its end
# (not one with "England's ‘keeper" in it, an elision left open).
_SINGLE_QUOTED = re.compile(r"‘[^‘\n]*?’(?![A-Za-z])|^‘[^‘\n]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int  # first character inside the marks
    end: int  # the closing mark (or the paragraph's end when the quote runs on)
    opened: int  # offset of the opening mark
    closed: bool  # False: no closing mark in this paragraph (runs on, or broken)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank lines separate them, as in Article.text."""
    out = []
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        if end < 0:
            end = len(text)
        if end > start:
            out.append((start, end))
        start = end + 2
    return out


def _opens(text: str, i: int, start: int) -> bool:
    """Whether the straight quote at i opens: at the paragraph start, or after a space,
    a bracket or a dash, and before something that is not a space."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def quotes_in_single_marks(text: str) -> bool:
    """Whether the article quotes in single marks: two or more open quotations, and
    double marks appear only inside them (nested); an article with any double mark of
    its own quotes in those, its single marks being scare quotes, titles or "rock ‘n’
    roll"."""
    if SINGLE_OPENING not in text or len(_SINGLE_OPENS.findall(text)) < 2:
        return False
    outside = _SINGLE_QUOTED.sub("", text)
    return not any(c in outside for c in OPENING + CLOSING + STRAIGHT)


# A word's clipped start, not a quotation's: "rock 'n' roll", "get 'em", "'til", "'cause".
_ELISION = re.compile(
    r"(?<![\w'])'(?:n'|(?:em|til|cause|cos|tis|twas|bout|round|ere|ave|ello)\b)"
    # a dropped g before the next word: "robbin' nobody", "nothin' doing"
    r"|(?<=\win)'(?=\s[a-z])",
    re.IGNORECASE,
)
_ELIDED = "\u02bc"  # a letter apostrophe: one character for the straight one
# A straight single mark where a quotation could open: after a space, a bracket or a
# dash, before a letter.
_STRAIGHT_OPENS = re.compile(r"(?:^|(?<=[\s(\[{—–:/\"-]))'(?=[^\W\d_])", re.MULTILINE)


def curled_single_marks(text: str) -> str:
    """The text with its straight single marks made typographic, when the article quotes
    in them ('I'm heartbroken,' said Doreen), as tabloids and many plain-text feeds do;
    else the text unchanged. One character for one, so offsets stay the same: a mark
    that opens (after a space, a bracket or a dash, before a letter) becomes ‘, every
    other straight one ’, and the typographic rules then tell quotes from apostrophes."""
    if "'" not in text or any(c in text for c in OPENING + CLOSING + SINGLE_OPENING):
        return text
    opens = {match.start() for match in _STRAIGHT_OPENS.finditer(text)}
    if len(opens) < 2:
        return text  # apostrophes only ("it's", "Ann's"): no quotation in single marks
    chars = list(text)
    for match in _ELISION.finditer(text):
        for i in range(match.start(), match.end()):
            if text[i] == "'":
                chars[i] = _ELIDED  # neither opens nor closes
    for match in re.finditer("'", text):
        i = match.start()
        if chars[i] == "'":
            chars[i] = SINGLE_OPENING if i in opens else SINGLE_CLOSING
    curled = "".join(chars)
    return curled if quotes_in_single_marks(curled) else text


def quoted_spans(text: str) -> list[Quoted]:
    """Every quoted stretch, in order; a stretch whose paragraph never closes it ends
    at the paragraph's end with `closed` False."""
    if quotes_in_single_marks(text):
        return _spans(text, SINGLE_OPENING, _closes_single)
    return _spans(text, OPENING, _closes_double)


def _closes_double(text: str, i: int) -> bool:
    return text[i] in CLOSING or text[i] == STRAIGHT


def _closes_single(text: str, i: int) -> bool:
    """A ’ that closes, not an apostrophe inside a word ("don’t", "Pryce’s") nor a
    plural's possessive before its noun ("the nurses’ pay")."""
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] != SINGLE_CLOSING or after.isalnum():
        return False
    return not (
        text[i - 1 : i] == "s" and after == " " and text[i + 2 : i + 3].islower()
    )


def _spans(text: str, opening: str, closes: Callable[[str, int], bool]) -> list[Quoted]:
    out: list[Quoted] = []
    straight = STRAIGHT if opening == OPENING else ""
    for start, end in paragraphs(text):
        if not any(c in text[start:end] for c in opening + straight):
            continue
        opened: int | None = None
        i = start
        while i < end:
            c = text[i]
            if opened is None:
                if c in opening or (c == straight and _opens(text, i, start)):
                    opened = i
            elif closes(text, i):
                if i > opened + 1:
                    out.append(Quoted(opened + 1, i, opened, True))
                opened = None
            elif c in opening and i > opened + 1 and text[i - 1].isspace():
                # A second opening before any closing: the first was never closed.
                out.append(Quoted(opened + 1, _trim_end(text, opened + 1, i), opened, False))
                opened = i
            i += 1
        if opened is not None and end > opened + 1:
            out.append(Quoted(opened + 1, _trim_end(text, opened + 1, end), opened, False))
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
