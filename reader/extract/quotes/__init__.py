"""Who said what: quotations in marks and reported speech, with their speakers.

Speakers come from the article's own entities (so "Lei" is "Lei Jun", as
everywhere else in reader) through pronouns and descriptions the article tied
to a name; a quotation whose speaker the article does not name is kept with no
speaker, never given a guessed one.
"""

from __future__ import annotations

from dataclasses import replace

from reader.extract.model import Entity, EntityType, Quote
from reader.extract.quotes.direct import attribute, quotations
from reader.extract.quotes.interview import interview_quotes
from reader.extract.quotes.marks import curled_single_marks
from reader.extract.quotes.reported import candidate_sentences, read_reported
from reader.extract.quotes.speakers import Speakers


def extract_quotes(
    text: str, entities: list[Entity], skip: list[tuple[int, int]] | None = None
) -> list[Quote]:
    """Quotations in `text`, sorted by start; `entities` are the same text's; names in
    `skip` (photo captions) are nobody a pronoun can mean.

    Speakers are resolved in text order, so that "he said" is whoever spoke last.
    """
    original = text
    # 'I'm heartbroken,' said Doreen: straight single marks read as typographic ones.
    curled = curled_single_marks(text)
    text = _commas_in_names_masked(curled, entities)
    speakers = Speakers(text, entities, skip or [])
    found = quotations(text, entities)
    taken = [(q.start, q.end) for q in found]
    events: list[tuple[int, object]] = [(q.start, q) for q in found]
    events += [(s, (s, e)) for s, e in candidate_sentences(text, taken)]
    events.sort(key=lambda event: event[0])
    quotes: list[Quote] = []
    for _, item in events:
        if isinstance(item, tuple):
            quotes.extend(read_reported(text, item[0], item[1], speakers))
        else:
            quotes.extend(attribute(text, item, speakers))  # type: ignore[arg-type]
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = _once(quotes)
    if answers := interview_quotes(text, entities):
        # An answer is one quotation, whatever it quotes inside.
        quotes = [q for q in quotes if not any(_overlap(q, a) for a in answers)]
        quotes = sorted(quotes + answers, key=lambda q: (q.start, q.end))
    if text is not original:
        quotes = [
            replace(
                q,
                text=original[q.start : q.end],
                speaker=_restored(q.speaker, curled is not original) if q.speaker else q.speaker,
            )
            for q in quotes
        ]
    return quotes


def _overlap(a: Quote, b: Quote) -> bool:
    return a.start < b.end and b.start < a.end


def _restored(speaker: str, curled: bool) -> str:
    """A speaker's name as the article writes it: its commas, its straight apostrophe."""
    speaker = speaker.replace(_MASK, ",")
    return speaker.replace("’", "'") if curled else speaker


def _once(quotes: list[Quote]) -> list[Quote]:
    """Each span once: a clause reported after a quotation ("called it “...” and said
    that ...") is read there and again as a sentence of reported speech. The reading
    that names a speaker is kept."""
    kept: list[Quote] = []
    for q in quotes:
        if kept and (kept[-1].start, kept[-1].end) == (q.start, q.end):
            if kept[-1].speaker is None and q.speaker is not None:
                kept[-1] = q
            continue
        kept.append(q)
    return kept


# Stands for a comma inside a name while speech is read, so that "A spokeswoman for the
# Department for Environment, Food and Rural Affairs said ..." is one speaker, not a
# clause ended at the comma. One character for one, so offsets stay the same.
_MASK = "\u00b8"


def _commas_in_names_masked(text: str, entities: list[Entity]) -> str:
    spans = [(e.start, e.end) for e in entities if "," in e.text and e.type is not EntityType.DATE]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] == ",":
                chars[i] = _MASK
    return "".join(chars)


__all__ = ["extract_quotes"]
