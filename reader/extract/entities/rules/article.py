"""One article through the rule engine: candidates, their types, the entities."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.extract.entities.dates import YEAR, find_dates
from reader.extract.entities.demonym_bodies import join_demonym_bodies
from reader.extract.entities.features import Feature, context_features, name_features
from reader.extract.entities.firm_names import adopt_legal_names
from reader.extract.entities.handles import handle_spans, typed_handles
from reader.extract.entities.initials import link_initials
from reader.extract.entities.lexicon import ARTICLES, FUNCTION_WORDS, STATUTES
from reader.extract.entities.perceptron import Perceptron
from reader.extract.entities.products import find_products
from reader.extract.entities.results import sides_in_results
from reader.extract.entities.rules.chunking import Chunking
from reader.extract.entities.rules.evidence import EvidenceCollecting
from reader.extract.entities.rules.headlines import HeadlineMatching
from reader.extract.entities.rules.linking import ShortFormLinking, storm_parts
from reader.extract.entities.rules.name_edges import with_their_own_edges
from reader.extract.entities.rules.nicknames import nicknamed
from reader.extract.entities.rules.party_tags import (
    PARTY_LETTER,
    party_letters,
    seat_letters,
    seat_tags,
    split_seat_tags,
)
from reader.extract.entities.rules.span import ORG, PR, KnownNames, Span, name_key
from reader.extract.entities.rules.voting import TypeVoting
from reader.extract.entities.tokens import headline_lines, mask_wire_slugs, tokenize
from reader.extract.entities.topics import is_sport
from reader.extract.entities.wordlists import is_given_name, mostly_lower_case
from reader.extract.model import Entity, EntityType

# Web and mail addresses: their parts ("t.co", a link's slug) are never names.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
# "Moody's said", "Moody's and Fitch" (not "Tom's and Jerry's bikes"), "Marlow's has
# reported": a possessive that owns no noun is a business named for its founder. Not
# before "was" or a past participle: "Smith's was the better goal", "Smith's had a fine
# season" (has had), "Kane's scored"; nor "is": "Smith's is the best goal he has scored".
_POSSESSIVE_VERB_AFTER = re.compile(
    r"^['’]s\s+(?:(?:said|says|expects)\b|and\s+[A-Z][\w&.-]*(?![\w&.'’-]))"
)
# A firm's own verbs after it, which no noun shares (not "will", "rose", "fell": "Kane's
# will to win", "Britain's fell 2%", "her rose garden"): "Marlow's has reported".
_POSSESSIVE_FIRM_VERB_AFTER = re.compile(r"^['’]s\s+(?:has|employs|operates|owns|sells)\b")
# The same after a preposition, before another or a clause's end: "at Tennant's for forty
# years", "shares in Marlow's," (not "The decision is Ukraine's,", "has been Bolt's since
# 2009": what someone owns, its noun left out).
_POSSESSIVE_PLACE_AFTER = re.compile(
    r"^['’]s(?:\s+(?:for|since|during|until|throughout)\b|\s*[,;)](?!\s*(?:and|or)\b))"
)
# (not "of": "a friend of Tom's")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|to|in|from|into|with|by|for)\s+$")


def _non_overlapping(entities: list[Entity]) -> list[Entity]:
    entities.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for entity in entities:
        if entity.end <= entity.start:
            continue
        if out and entity.start < out[-1].end:
            continue
        out.append(entity)
    return out


# A law's year after its name: "Employment Rights Act 1996", "Securities Exchange Act of
# 1934" (the year is the law's, not a date of the story).
_LAW_YEAR_AFTER = re.compile(rf" (?:of )?{YEAR}\b(?![-–/.,]\d)")
DATE = EntityType.DATE


def _laws_with_years(text: str, entities: list[Entity]) -> list[Entity]:
    """A law's name and its year as one name: the statute is cited that way; "the Act"
    or "the Bill" alone, a law named earlier, is no name."""
    out: list[Entity] = []
    skip = -1
    for i, e in enumerate(entities):
        if i == skip or (
            (e.text in STATUTES or (e.text == "Bill" and e.type is PR))
            and e.type is not EntityType.PERSON
            and text[max(0, e.start - 4) : e.start].lower() == "the "
        ):
            continue
        nxt = entities[i + 1] if i + 1 < len(entities) else None
        if (
            nxt is not None
            and e.type is not DATE
            and e.text.rsplit(None, 1)[-1] in STATUTES
            and " " in e.text
            and nxt.type is DATE
            and (m := _LAW_YEAR_AFTER.match(text, e.end)) is not None
            and m.end() == nxt.end
        ):
            out.append(Entity(e.start, nxt.end, text[e.start : nxt.end], PR, e.canonical))
            skip = i + 1
            continue
        out.append(e)
    return out


def _without_the(entities: list[Entity]) -> list[Entity]:
    """An organisation's name without its leading article, as a sentence's start already
    has it: "in The Guardian" names the Guardian (titles of works keep theirs)."""
    out = []
    for e in entities:
        if e.type is ORG and e.canonical.startswith("The ") and len(e.canonical) > 4:
            e = Entity(e.start, e.end, e.text, e.type, e.canonical[4:])
        if e.type is ORG and e.text.startswith("The ") and len(e.text) > 4:
            e = Entity(e.start + 4, e.end, e.text[4:], e.type, e.canonical)
        out.append(e)
    return out


class ArticleRules(Chunking, EvidenceCollecting, TypeVoting, ShortFormLinking, HeadlineMatching):
    """The stages in order: `candidates` (training reads them), then `run`."""

    def candidates(self) -> list[Span]:
        """Every capitalised span with the rules' evidence collected; body spans are
        those with words left and not in a headline (what the model types)."""
        text = self.text
        self.dates = find_dates(text, self.context.published)
        self.sport = is_sport(text)
        self.products = find_products(text, self.sport)
        blocked = [(d.start, d.end) for d in self.dates] + [(s, e) for s, e, _ in self.products]
        self.handles = handle_spans(text)
        blocked += self.handles
        if "://" in text or "www." in text or "@" in text:
            blocked += [m.span() for m in _ADDRESS.finditer(text)]
        tokens = tokenize(mask_wire_slugs(text))
        self.seat_tags = seat_tags(text)
        if self.seat_tags:
            tokens = split_seat_tags(tokens, self.seat_tags)
        self.lower_vocab = {t.word for t in tokens if t.word[:1].islower()}
        headlines = headline_lines(text, tokens)
        mid = [t for t in tokens if t.cap and not t.sent_start and t.line not in headlines]
        self.mid_caps = {t.word for t in mid}
        # Those standing alone there, not only inside a longer name ("Tucson Water").
        joined = {(a.end, b.start) for a, b in pairwise(tokens) if a.cap and b.cap}
        ends_joined = {a for a, b in joined if text[a:b] == " "}
        starts_joined = {b for a, b in joined if text[a:b] == " "}
        self.mid_caps_alone = {
            t.word for t in mid if t.end not in ends_joined and t.start not in starts_joined
        }
        self.teams = sides_in_results(text, self.sport)
        # "R-Texas" tags, read once: the letters become entities in `run`, and their
        # presence says the article's "Democrats" are the American party.
        self.party_tags = list(PARTY_LETTER.finditer(text)) if "-" in text else []
        self.us_parties = bool(self.party_tags)
        spans = self._spans(tokens, blocked, headlines)
        body = [s for s in spans if not s.headline]
        self._possessive_names(body)
        # "Ferguson" after "Alex Ferguson": the man's surname, whatever town shares it, from
        # where the full name first stands. The name lists hold "The" and everyday words as
        # given names: not those ("The Somerset opener", "Will Carrick" is kept).
        self.full_name_surnames = {}
        for s in body:
            if (
                len(s.words) >= 2
                and s.words[0] not in ARTICLES
                and is_given_name(s.words[0])
                and s.words[0].lower() not in self.lower_vocab
                and s.words[0].lower() not in FUNCTION_WORDS  # "My Lord": an address
            ):
                self.full_name_surnames.setdefault(s.words[-1], s.start)
        for span in body:
            self._collect(span)
        self._suppress_common_acronyms(body)
        self._lists(body)
        return spans

    def _possessive_names(self, body: list[Span]) -> None:
        """ "McDonald's said", "Moody's and Fitch": a possessive that owns no noun is
        part of a business's name, so that name keeps its "'s" at every mention
        ("McDonald's shares" too) and is a business."""
        text = self.text
        names = {s.text for s in body if self._names_a_business(s)}
        if not names:
            return
        for span in body:
            if span.text in names and text.startswith(("'s", "’s"), span.end):
                span.end += 2
                span.text = text[span.start : span.end]
                span.words = [*span.words[:-1], span.words[-1] + text[span.end - 2 : span.end]]
                span.add(ORG, 3)

    def _names_a_business(self, span: Span) -> bool:
        """Whether what follows a name's 's says it owns nothing: a verb of its own
        ("Moody's said", "Marlow's has reported"), or a preposition before the name and
        another or a clause's end after it ("at Tennant's for forty years")."""
        text = self.text
        after = text[span.end : span.end + 20]
        if _POSSESSIVE_VERB_AFTER.match(after):
            return True
        if not (
            _POSSESSIVE_FIRM_VERB_AFTER.match(after)
            or (
                _POSSESSIVE_PLACE_AFTER.match(after)
                and _PREPOSITION_BEFORE.search(text[max(0, span.start - 8) : span.start])
            )
        ):
            return False
        # Not a country's or a region's ("is Ukraine's,"; a town may name a shop:
        # "Marlow's has reported"), nor an everyday word's ("back to Mum's").
        place = self.places.get(span.text)
        return (place is None or place.kind in ("town", "city")) and not mostly_lower_case(
            span.text
        )

    def features(self, span: Span) -> list[Feature]:
        return [*name_features(span.words, span.text), *self._context(span)]

    def _context(self, span: Span) -> list[Feature]:
        lower = len(span.words) == 1 and span.words[0].lower() in self.lower_vocab
        return context_features(
            span.words,
            self.text,
            span.start,
            span.end,
            sent_start=span.sent_start,
            after_title=span.after_title,
            evidence=span.evidence,
            place=self.places.get(span.text),
            lower_in_text=lower,
            sport=self.sport,
        )

    def _scores(self, model: Perceptron, span: Span) -> list[float]:
        """The model's scores of one mention: the name's own part kept per name."""
        words = span.words
        own = model.cached_scores(span.text, lambda: name_features(words, span.text))
        return [a + b for a, b in zip(own, model.scores(self._context(span)), strict=True)]

    def run(self) -> list[Entity]:
        text = self.text
        spans = self.candidates()
        dates, products = self.dates, self.products
        body = [s for s in spans if not s.headline]
        names = self._decide(body)
        names = link_initials(adopt_legal_names(names, {name_key(s.text) for s in spans}))
        persons = self._person_parts(names)
        orgs = self._org_parts(names)
        storms = storm_parts(names)
        acronyms = self._acronyms(names)
        out: list[Entity] = [*dates]
        brands: list[tuple[int, str]] = []
        for start, end, brand in products:
            surface = text[start:end]
            canonical = surface
            if not brand:
                # "12 Pro" after "Xiaomi 12": the nearest brand before it.
                previous = [b for s, b in brands if s < start]
                canonical = f"{previous[-1]} {surface}" if previous else surface
            else:
                brands.append((start, brand))
            out.append(Entity(start, end, surface, PR, canonical))
        known = KnownNames(names, persons, acronyms, orgs, storms)
        for span in body:
            entity = self._resolve(span, known)
            if entity is not None:
                out.append(entity)
        for span in spans:
            if span.headline:
                out.extend(self._headline(span, known))
        out += typed_handles(text, self.handles, out)
        letters = party_letters(text, self.party_tags) + seat_letters(self.seat_tags)
        if letters:
            # "D-5th Ward" is the party's letter and a ward, not one name.
            starts = {letter.start for letter in letters}
            out = [e for e in out if e.start not in starts] + letters
        out = _laws_with_years(text, _without_the(_non_overlapping(out)))
        out = with_their_own_edges(text, out)
        return nicknamed(text, join_demonym_bodies(text, out))
