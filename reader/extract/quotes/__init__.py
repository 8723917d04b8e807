"""Who said what: quotations in marks and reported speech, with their speakers.

Speakers come from the article's own entities (so "Lei" is "Lei Jun", as
everywhere else in reader) through pronouns and descriptions the article tied
to a name; a quotation whose speaker the article does not name is kept with no
speaker, never given a guessed one.
"""

from __future__ import annotations

from reader.extract.model import Entity, Quote
from reader.extract.quotes.direct import attribute, quotations
from reader.extract.quotes.reported import candidate_sentences, read_reported
from reader.extract.quotes.speakers import Speakers


def extract_quotes(
    text: str, entities: list[Entity], skip: list[tuple[int, int]] | None = None
) -> list[Quote]:
    """Quotations in `text`, sorted by start; `entities` are the same text's; names in
    `skip` (photo captions) are nobody a pronoun can mean.

    Speakers are resolved in text order, so that "he said" is whoever spoke last.
    """
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
    return quotes


__all__ = ["extract_quotes"]
