"""What one article's run knows, shared by its stages (the mixins around it)."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.base import Context
from reader.extract.entities.gazetteer import places
from reader.extract.entities.perceptron import Perceptron
from reader.extract.entities.rules.shapes import (
    SHORT_BODIES,
    SURNAME_TITLES,
    plain_given_name,
    surname_of_unlisted_name,
)
from reader.extract.entities.rules.span import Span
from reader.extract.model import Entity, EntityType

# A word, then a title word that may be its surname: "Darlene Cardinal", "Kabir Sen".
_GIVEN_NAME_AND_TITLE = re.compile(
    r"\b([A-Z][a-z]+) (" + "|".join(sorted(SURNAME_TITLES)) + r")\b"
)
# After a dateline's town: its country or state, then the agency, a dash or the date.
_DATELINE_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s*\(|\s+[-—–]|\s+\d{4}-\d\d-\d\d|,\s+[A-Z][a-z]{2})"
)


class ArticleState:
    """The text, the lists and what the stages learn about the article as they go.

    The stages are mixins on this class (`ArticleRules` puts them together), so that
    each reads and extends one state: `candidates` sets the attributes declared here
    without a value, `_decide` the strongest cues.
    """

    dates: list[Entity]  # claimed before any name
    sport: bool  # a sports report: towns may be clubs
    products: list[tuple[int, int, str]]  # (start, end, brand or "")
    lower_vocab: set[str]  # the words the article writes in lower case
    mid_caps: set[str]  # words capitalised inside a sentence (names in this article)
    mid_caps_alone: set[str]  # of those, the ones not inside a longer capitalised run
    teams: frozenset[str]  # sides in results lines
    list_items: frozenset[int]  # starts of the items of lists inside names (name_lists)
    party_tags: list[re.Match[str]]  # "R-Texas"
    seat_tags: list[re.Match[str]]  # "(PN-Machang)"
    us_parties: bool  # whether "Democrats" are the American party
    strongest_other: dict[str, float]  # per name: its strongest cue against a person
    strongest_neither: dict[str, float]  # ... against a person and an organisation
    mention_labels: dict[int, str]  # per mention's start: the model's class for it alone
    place_named: set[str]  # towns that name a body and, alone, are the town (linking)

    def __init__(self, text: str, context: Context, model: Perceptron | None = None) -> None:
        self.text = text
        self.context = context
        self.model = model
        self.places = places()
        # Names the article defines ("X is a Brazilian maker of ..."), by the type given.
        self.defined: dict[str, EntityType] = {}
        # Those defined by a sentence of their own ("X is a maker of ..."), not only
        # in passing ("Lula, a former lathe operator and union leader").
        self.defined_outright: set[str] = set()
        # Whether the article is about votes (see EvidenceCollecting._about_votes).
        self.about_votes: bool | None = None
        # Names joined in lists ("Juventus, Milan and Lazio"), by their keys.
        self.name_lists: list[list[str]] = []
        # The (rank, surname) pairs of the article's officers ("PC Darren Lowe").
        self._officers: set[tuple[str, str]] | None = None
        # Names in lower case for headlines in capitals; made when the first one comes.
        self.folded_names: dict[str, str] | None = None
        self.defined_short: set[str] = set()  # '("Delmont" or "the Company")': see _acronyms
        self.named_in_full: dict[str, bool] = {}  # surname -> named with a given name
        self.only_possessive: dict[str, bool] = {}  # see Chunking._possessive_place
        self.bodies_named: dict[str, bool] = {}  # see _short_body_at
        # Country codes the article writes after competitors: "Luka Zupancic (SLO)".
        self.country_codes: set[str] = set()
        # surname -> where the full name first stands: see ArticleRules.candidates
        self.full_name_surnames: dict[str, int] = {}
        # Where each row of a market report's movers starts -> where its ticker does.
        self.mover_rows: dict[int, int] | None = None
        # A title word that is someone's surname -> where they are first named in full
        # ("Darlene Cardinal"): see Chunking._surname_of_someone_before
        self.titled_surnames: dict[str, int] | None = None
        # Where the article's list of references starts ("== References =="), if it has
        # one: see EvidenceCollecting._cited
        self.references_at: int | None = None

    def surname_named_before(self, word: str, start: int) -> bool:
        """Whether a title word is the surname of someone named in full before `start`
        ("Darlene Cardinal ... Cardinal said"): the text read once an article, at the
        first lone title word asked about."""
        if self.titled_surnames is None:
            self.titled_surnames = {}
            for m in _GIVEN_NAME_AND_TITLE.finditer(self.text):
                given, title = m.group(1), m.group(2)
                # not "My Lord": an address, no given name
                if given.lower() not in lx.FUNCTION_WORDS and (
                    plain_given_name(given)
                    # "Aditi Sen, an economist ... Sen said": a name the lists lack
                    or surname_of_unlisted_name(self.text, m.start(), m.end())
                ):
                    self.titled_surnames.setdefault(title, m.start())
        return self.titled_surnames.get(word, len(self.text)) < start

    def _short_body(self, span: Span) -> bool:
        """ "the Bank", "the Executive": the short form of a body the article names in
        full ("Bank of England", "Northern Ireland Executive"), kept as a candidate."""
        return len(span.words) == 1 and self._short_body_at(span.words[0], span.start)

    def _short_body_at(self, word: str, start: int) -> bool:
        if word not in SHORT_BODIES and word not in lx.BODIES:
            return False
        if not self.text.endswith(("the ", "The "), 0, start):
            return False
        # Whether the article names a body this word heads: searched once per word.
        named = self.bodies_named.get(word)
        if named is None:
            named = re.search(rf"[A-Z][\w'’.-]* {word}\b|\b{word} of [A-Z]", self.text) is not None
            self.bodies_named[word] = named
        return named

    def _country(self, key: str) -> bool:
        place = self.places.get(key)
        return place is not None and place.kind == "country" and not place.common_word

    def dateline(self, span: Span) -> bool:
        """A place in capitals opening a line, then its country, agency or date."""
        text = self.text
        if not (
            span.text.isupper()
            and len(span.text) > 2
            and (span.start == 0 or text[span.start - 1] == "\n")
        ):
            return False
        after = _DATELINE_AFTER.match(text, span.end)
        if after is None:
            return False
        # A dash then the story's first sentence; not a scorecard's "YORKSHIRE – First innings".
        line_end = text.find("\n", after.end())
        return after.group(0)[-1] not in "-—–" or line_end < 0 or line_end - after.end() > 40
