"""Interviews set out as questions and answers ("Q: ..." / "A: ..." paragraphs).

An answer is the interviewee's words though no mark or verb says so: the paragraph
after "A:" is a direct quotation of the person the interview is with. A question is
the interviewer's only when the article names one ("Kemi Adesanya spoke to her");
"we asked" is the publication's voice, no quotation. Only an article that says it is an
interview, and opens with it after a short introduction, is read so: an explainer's FAQ
after a story, a quiz or a court transcript is not.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.extract.model import Entity, EntityType, Quote, QuoteKind

# A paragraph opening with its speaker's letter: "Q: Why a bookkeeper?", "A: Because ...".
_TURN = re.compile(r"^(Q|A)[:.] +(?=\S)", re.MULTILINE)
# The interviewer named in the introduction: "Kemi Adesanya spoke to her", "interviewed by
# Kemi Adesanya".
_SPOKE_TO = re.compile(r" +(?:(?:spoke|talked) (?:to|with)|interviewed) (?:him|her|them)\b")
_BY = re.compile(r"\b(?:interviewed|interview) by +$", re.IGNORECASE)
# A byline's name, the writer's, not the person interviewed: "By Kemi Adesanya".
_BYLINE = re.compile(r"(?:^|\n)(?:By|BY|by) +$")
# What an introduction says of an interview: "Q&A:", "spoke to her", "this interview".
_INTERVIEW_CUE = re.compile(
    r"\bQ ?& ?A\b|\binterview(?:ed|s)?\b|\b(?:spoke|talked|talks|speaks) (?:to|with)\b"
    r"|\btold us\b|\bin conversation\b|\bsat down with\b",
    re.IGNORECASE,
)
# Each side must speak at least this often for the article to be an interview.
_TURNS = 2
# Paragraphs (the headline's and a byline's among them) before the first question.
_INTRODUCTION = 6


def interview_quotes(text: str, entities: list[Entity]) -> list[Quote]:
    """The answers (and a named interviewer's questions) of a Q&A, in text order."""
    if "Q" not in text or "A" not in text:
        return []
    turns = [(m.group(1), m.end()) for m in _TURN.finditer(text)]
    if sum(k == "A" for k, _ in turns) < _TURNS or sum(k == "Q" for k, _ in turns) < _TURNS:
        return []
    first = turns[0][1]
    introduction = text[:first]
    if introduction.count("\n\n") > _INTRODUCTION or not _INTERVIEW_CUE.search(introduction):
        return []
    people = [
        e
        for e in entities
        if e.type is EntityType.PERSON
        and e.start < first
        and not _BYLINE.search(text, max(0, e.start - 4), e.start)
    ]
    if not people:
        return []
    interviewer = _interviewer(text, people)
    counts = Counter(e.canonical for e in people if e.canonical != interviewer)
    if not counts:
        return []
    # The person the introduction is about: named most, the first named of equals
    # (a Counter keeps the order names first came in).
    interviewee = max(counts, key=counts.__getitem__)
    quotes: list[Quote] = []
    for kind, start in turns:
        speaker = interviewee if kind == "A" else interviewer
        if speaker is None:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        quotes.append(
            Quote(start, end, text[start:end], QuoteKind.DIRECT, speaker, EntityType.PERSON, None)
        )
    return quotes


def _interviewer(text: str, people: list[Entity]) -> str | None:
    for e in people:
        if _SPOKE_TO.match(text, e.end) or _BY.search(text, max(0, e.start - 20), e.start):
            return e.canonical
    return None
