"""The built-in rule engine: capitalised spans, typed by the evidence around them.

Steps: dates and product shapes first (they claim their spans); then runs of
capitalised words are cut at titles and roles, sentence-initial ordinary
words are dropped, and each remaining span collects evidence (suffixes,
cue words, appositions, the gazetteer, name shapes). Evidence is summed per
name over the whole article, so one name gets one type. Short forms then
follow their full names (surname -> full name, acronym -> definition), and
Title Case headlines are matched only against names known from the body.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from reader.extract.anchored import alternation
from reader.extract.entities import lexicon as lx
from reader.extract.entities.base import Context
from reader.extract.entities.companies import companies
from reader.extract.entities.dates import find_dates
from reader.extract.entities.demonym_bodies import join_demonym_bodies
from reader.extract.entities.features import (
    DEFINED_AS,
    Feature,
    context_features,
    name_features,
)
from reader.extract.entities.firm_names import LEGAL_FORMS, adopt_legal_names
from reader.extract.entities.gazetteer import Place, known_place, longest_name_words, places
from reader.extract.entities.initials import link_initials
from reader.extract.entities.name_lists import find_list_joins
from reader.extract.entities.perceptron import Perceptron
from reader.extract.entities.products import find_products
from reader.extract.entities.results import (
    BOX_LETTER_BEFORE,
    BOX_SCORE_HEADS,
    RECORD_AFTER,
    sides_in_results,
    summary_team,
)
from reader.extract.entities.tokens import (
    CREDIT_LINE,
    TITLE_ABBREVIATIONS,
    Token,
    headline_lines,
    mask_wire_slugs,
    tokenize,
)
from reader.extract.entities.topics import is_sport
from reader.extract.entities.wordlists import is_given_name, mostly_lower_case, name_strength
from reader.extract.model import Entity, EntityType

P, ORG, G, PR, E, N = (
    EntityType.PERSON,
    EntityType.ORG,
    EntityType.GPE,
    EntityType.PRODUCT,
    EntityType.EVENT,
    EntityType.NORP,
)
FALLBACK = 0.2  # an unknown capitalised name mid-sentence: most often an organisation


_ROLE_ALT = alternation(lx.ROLES | lx.LOWER_ROLES)
_ORG_CUE_ALT = alternation(lx.ORG_CUES)
# Web and mail addresses: their parts ("t.co", a link's slug) are never names.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE_ALT})s?\s+$", re.IGNORECASE)
_ROLE_OF_BEFORE = re.compile(rf"\b(?:{_ROLE_ALT})s?\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^\s+(?:co-)?(?:{_ROLE_ALT})\b", re.IGNORECASE)
_APPOSITION_ROLE = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?,\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_ROLE_ALT})\b",
    re.IGNORECASE,
)
# "Agassi, 34, will meet ...", "said Ann Lee, 52.": an age after a name.
_AGE_AFTER = re.compile(r"^,\s+(?:1[6-9]|[2-9]\d)(?:,\s|\.(?:\s|$)|\s+(?:and|of)\s)")
_APPOSITION_ORG = re.compile(
    rf"^,\s+(?:the|a|an)\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?(?:{_ORG_CUE_ALT})\b(?!['’])",
    re.IGNORECASE,
)  # "X, a Norwegian maker of ..." but not "X, a member of the band"
_ORG_CUE_BEFORE = re.compile(rf"\b(?:{_ORG_CUE_ALT})\s+$", re.IGNORECASE)
# "the Private Eye magazine", "the Chelsea club": the noun after the name says what it is.
_ORG_NOUN_AFTER = re.compile(
    r"^\s+(?:magazine|newspaper|tabloid|journal|club|band|label|firm|company|charity|"
    r"broadcaster|network|airline|bank|retailer|carmaker|chain|group)\b(?!['’-])"
)
# "state-owned Codelco", "Iran-backed Hezbollah", "Nasdaq-listed X": what is owned,
# backed or listed is an organisation, and so is "the Dutch-language De Standaard".
_OWNED_BEFORE = re.compile(r"\b\w+-(?:owned|listed|backed|controlled|run|funded|language)\s+$")
_QUALIFIED_LETTER_BEFORE = re.compile(
    r"\b(?!(?:" + "|".join(map(re.escape, sorted(lx.FUNCTION_WORDS))) + r")\s+$)[a-z]{3,}\s+$"
)
_CREDIT_BEFORE = re.compile(r"\b(?:Photo|Photos|Source|Image|Credit|Video|via)s?:?\s*$")
_SPEECH_AFTER = re.compile(
    r"^\s+(?:(?:also|then|later|has|had|previously|once|recently)\s+)?(?:"
    + "|".join(lx.SPEECH_VERBS)
    + r")\b"
)
# The inverted attribution after a quotation: "“...,” said Agassi", "..., added Ms Lee".
_SAID_AFTER_QUOTE = re.compile(r"[,”\"’'?!]\s+(?:said|says|added|asked|explained|insisted)\s+$")
# A person's full name in brackets after a name: the cast of a review or programme.
_PLAYED_BY_AFTER = re.compile(r"^\s\(([A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2})\)")
_BORN_AFTER = re.compile(r"^(?:\s+(?:was|is)\s+born\b|\s+\((?:born|b\.)\s)")
_EVENT_AFTER = re.compile(
    r"^\s+(?:event|conference|summit|festival|ceremony|expo|fair|tournament|games|rally)\b"
)
# "Oscar nominations", "the Bafta-winning actor", "a Grammy-winner": an award.
_AWARD_AFTER = re.compile(
    r"^(?:(?:\s+|-)(?:nomination|nominations|nominee|nominees|ceremony|statuette)|"
    r"-(?:winning|winner|nominated))\b"
)  # not " winning" or " winner" alone: "Bobick winning the title", "a late De Wit winner"
# A player's position or a side's staff after a town's name: the town's club.
_TEAM_ROLE_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:fast\s+|left-arm\s+|right-arm\s+|off-|leg-)?(?:striker|goalkeeper|keeper|"
    r"midfielder|defender|winger|wing|full-back|centre-back|centre-half|fly-half|scrum-half|"
    r"flanker|hooker|lock|prop|batsman|batter|bowler|spinner|seamer|all-rounder|"
    r"wicketkeeper|wicket-keeper|opener|pitcher|quarterback|linebacker|captain|skipper|"
    r"coach|manager|boss|team-mate|teammate)\b"
)
# "Newcastle are third", "Portsmouth have won four": a town with a plural verb is its
# side (British usage); not one of a pair ("Leeds and York are ...") nor the object
# of a preposition ("residents of Bath have ...").
_PLURAL_VERB_AFTER = re.compile(r"^\s+(?:are|were|have)\b(?!\s+(?:been\s+)?(?:home|twinned)\b)")
_PAIR_BEFORE = re.compile(r"(?:\band|\bor|,|\bof|\bin|\bfrom|\bat|\bto|\bnear)\s+$")
# "signed for Leicester", "on loan from Genk", "joined Porto from Benfica".
_TRANSFER_BEFORE = re.compile(
    r"\b(?:signed\s+(?:for|from)|on\s+loan\s+(?:from|at|to)|joined|join(?:ed|ing)\s+from|"
    r"(?:free\s+)?transfer\s+from)\s+$"
)
_FROM_CLUB_BEFORE = re.compile(r"\bjoin(?:ed|ing|s)?\s+(?:[A-Z][\w'’.-]*\s+){1,3}from\s+$")
_CLUB_NAMED_AFTER = re.compile(r"^\s+(?:side|club|outfit)\s+[A-Z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Secretary-General|Director|Director-General|Commissioner|"
    r"Chancellor|Chief)\s+of\s+(?:the\s+)?\Z"
)
_TITLE_PORTFOLIOS = lx.PORTFOLIOS | {"Exchequer", "Staff"}
# "the 1996 album Odelay", "his debut novel, Purple Hibiscus": a title, no one's name.
_WORK_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|debut|new|latest|first|second|third|final|last|hit|"
    r"\d{4})|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+)?(?:album|EP|LP|film|movie|novel|book|memoir|"
    r"opera|musical|sitcom|documentary|poem|painting|song|single|track|series|programme|drama|"
    r"thriller|comedy|horror|biopic|sequel|spinoff|spin-off|anthology|compilation|soundtrack|"
    r"mixtape|game|episode|play)\s*,?\s*[\"“‘']?$"
)  # "the 1996 album Odelay", "Universal's crime thriller “Marseille”"
# A year alone in brackets after a title: a film's, album's or book's ("Ben-Hur (1959)").
_YEAR_AFTER = re.compile(r"^\s\((?:1[89]|20)\d\d\)")
_PRODUCT_AFTER = re.compile(r"^\s+(?:" + "|".join(lx.PRODUCT_CUES) + r")\b")
_PLACE_BEFORE = re.compile(
    r"\b(?:province|city|state|region|county|capital|town|village|country|prefecture|island|"
    r"parish|district|municipality|hamlet|suburb|commune|borough|township)\s+of\s+$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"^\s+(?:province|provincial|city|municipality|municipal|prefecture|county|region|"
    r"rainforest|river|basin|delta|valley|estuary|coast|coastline|peninsula|desert|"
    r"archipelago|glacier|canyon|lagoon|highlands)\b"
)
# "the mayor of Pau", "MP for Bolton North East": what an office represents is a place.
_REPRESENTS_BEFORE = re.compile(
    r"\b(?:(?:[Mm]ayor|[Gg]overnor|[Bb]ishop|[Aa]rchbishop)\s+of"
    r"|(?:MPs?|MSPs?|MEPs?|MLAs?|TDs?|[Cc]ouncillor|[Mm]ember)\s+for)\s+$"
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|to|near|across|outside|around|visit|visited)\s+$")
_SHARES_AFTER = re.compile(r"^\s+(?:shares|stock|shareholders|share\s+price)\b")
# "shares in Rio Tinto", "a stake in Arsenal", "shares of Nvidia": what is owned in parts.
_SHARES_BEFORE = re.compile(
    r"\b(?:shares|stock|stake|stakes|shareholders)\s+(?:in|of)\s+$", re.IGNORECASE
)
# "Xstrata fell 3.9 percent": a price that moves by a share or pence is a company's.
_PRICE_MOVE_AFTER = re.compile(
    r"^\s+(?:shares\s+)?(?:fell|rose|gained|lost|slipped|jumped|climbed|dropped|added|shed|"
    r"eased|firmed|slid|tumbled|surged|plunged|soared|sank|dipped|advanced|declined|rallied|"
    r"retreated|edged\s+(?:up|down|higher|lower)|was\s+(?:up|down)|closed\s+(?:up|down))\s+"
    r"(?:by\s+)?(?:a\s+further\s+|another\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|pence|p\b|cents)"
)
_POSSESSIVE_ORG_AFTER = re.compile(
    r"^['’]s?\s+(?:shares|stock|revenue|revenues|profit|profits|board|headquarters|subsidiary|"
    r"business|products|brand|stores|sales|market\s+value|valuation|ceo|founder|co-founder|chairman|"
    r"chairwoman|chief\s+executive|chief\s+financial\s+officer|cfo|shareholders)\b",
    re.IGNORECASE,
)
# Of those, what only a company has: no person has shareholders or a chief executive.
_POSSESSIVE_FIRM_AFTER = re.compile(
    r"^['’]s?\s+(?:shares|stock|board|headquarters|subsidiary|market\s+value|ceo|"
    r"chief\s+executive|chief\s+financial\s+officer|cfo|shareholders)\b",
    re.IGNORECASE,
)
# "Moody's said", "Moody's and Fitch" (not "Tom's and Jerry's bikes"): a possessive
# that owns no noun is a business named for its founder. Not before "was" or a past
# participle: "Smith's was the better goal", "Smith's had a fine season" (has had).
_POSSESSIVE_VERB_AFTER = re.compile(
    r"^['’]s\s+(?:(?:said|says|expects)\b|and\s+[A-Z][\w&.-]*(?![\w&.'’-]))"
)
_PEOPLE_AT_BEFORE = re.compile(
    r"\b(?:" + alternation(lx.ORG_PEOPLE_AT) + r")\s+(?:at|of|in)\s+(?:the\s+)?$", re.IGNORECASE
)
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:analysts?|economists?|strategists?|shareholders|employees|spokes(?:man|woman|person))\b"
)
# "3. Breaux Greer, United States, 83.40", "Mikhail Youzhny (Russia) beat ...":
# a competitor's nation after the name, then a result or the next clause.
_NATION_AFTER = re.compile(
    r"^(?:,\s+|\s+\()([A-Z][A-Za-z.'’ -]{1,30}?)(?:\)|,)\s*(?:[\d(]|beat\b|$)"
)
_PLACE_IN_BEFORE = re.compile(
    r"\b(?:(?:conference|summit|meeting|talks|polls|rally|office|offices|headquarters|based|"
    r"born|held|lives|lived)\s+in|(?:travel|travelled|traveled|flew|arrived)\s+(?:to|in))\s+$"
)
_AT_OF_BEFORE = re.compile(r"\b(?:at|of)\s+$")
# How _PLACE_BEFORE, _PEOPLE_AT_BEFORE, _PLACE_IN_BEFORE and _ROLE_OF_BEFORE end: each
# has one of these words as a whole word (after white space), as the last word or the
# last but "the".
_PARTICLE_END = re.compile(r"(?:at|of|in|to)\s+(?:the\s+)?$", re.IGNORECASE)
_STATEMENT_AFTER = re.compile(r"^\s+said\s+in\s+a\s+(?:statement|filing|release)\b")
_BASED_AFTER = re.compile(r"^-based\b")
_OWNER_BEFORE = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|['’]s?)\s+$")
_FEATURE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:" + "|".join(lx.PRODUCT_FEATURES) + r")\b")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
# A short name defined in quotes in brackets: '("Delmont" or "the Company")', '(“Kilbride”)'.
_QUOTED_ALIAS = re.compile(r"\(\s*[\"“]([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})[\"”]")
# What may stand between a firm's name and that definition: its ticker, its legal form.
_TICKER_TAIL = re.compile(r"\s*\([A-Za-z ]{2,20}:\s*[A-Z.]{1,6}\)\s*$")
_LEGAL_TAIL = re.compile(rf",?\s+{alternation(LEGAL_FORMS | {'Co', 'Co.'})}\s*$")
_ACRONYM_EXPANSION_AFTER = re.compile(r"\b([A-Z]{2,6})\s+\(([a-z][a-z\s-]{3,60})\)")
_LIST_GAP = re.compile(r"^(?:,\s+|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+|\s+&\s+)$")
# What follows a player in a team sheet: the next separator, or "(capt)", "(wk)".
_LIST_CLOSE = re.compile(r"^(?:\s*[,;.)\n]|\s+\((?:capt|c|wk|vc|gk)\)|\s*$)")
_NAME_BEFORE_BRACKET = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}) \($")
_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.? ?){1,3} ?[A-Z][\w'’-]+")
_POSSESSIVE_BEFORE_LAST = re.compile(r"['’]s?\s+\S+$")
# Heads of a church body named "X of Y" ("Church of England", "Diocese of El Paso").
_CHURCH_BODIES = frozenset({"Church", "Diocese", "Archdiocese", "Eparchy"})
# Words that stand for a body the article names in full, after "the", though not bodies
# on their own as "Senate" is (`lx.BODIES`): "the Bank", "the Executive", "the Party".
_SHORT_BODIES = frozenset({"Bank", "Executive", "Party"})
_LETTER_LABEL_AFTER = re.compile(r": [A-Z]")  # "J: Hamish Loughnan"; not "on X: @handle"
# Capitalised words that name no one body on their own ("Opposition members walked out",
# "the Government said", "Health officials", "the Church"): none of the annotated news's
# 128 such mentions is an entity.
_GENERIC_ALONE = frozenset({"Opposition", "Government", "Church", "Health"})
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Sts", "Sts."})
_FISCAL_YEAR = re.compile(r"(?:Q[1-4]|H[12])?FY\d{2}(?:\d{2})?")
_QUOTES_OPEN = "\"“‘'"
_QUOTES_CLOSE = "\"”’'"
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")


MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "entity_model.tsv.gz"
_MISC_KINDS = (N, E, PR)
# The rules' summed evidence, added to the model's summed scores: general
# knowledge (suffixes, cue words) that a small training set under-weights.
EVIDENCE_PRIOR = 3.0  # measured: 0 to 8 tried on wikigold folds, news-dev and the seeds
_CLASS_INDEX = {P: 0, ORG: 1, G: 2, N: 3, E: 3, PR: 3}
# "Organisation" is where the model puts names it cannot place, so a name the rules
# hold no organisation cue for (a suffix, "analysts at", "said in a statement": less
# than 1 a mention) and the model prefers to MISC or "not a name" by less than this
# a mention is given that runner-up: measured 0 to 10 on wikigold and news-train
# folds and news-dev (3: F1 the same, organisation precision up 0.01 to 0.02).
ORG_MARGIN = 3.0
# A cue this strong in one mention (the gazetteer's 2.5, "the town of" 3) keeps a
# one-word name's own type against a longer name that contains it.
OWN_CUE = 2.5
# The evidence of a side (a result, a record, a player's role after the name) that makes
# a town of a sports report its club at every mention.
TEAM_CUE = 4.0


@cache
def entity_model() -> Perceptron | None:
    """The shipped typing model (scripts/train_entity_model.py), loaded once."""
    return Perceptron.load(MODEL_FILE)


def _label_type(label: str, evidence: dict[EntityType, float]) -> EntityType | None:
    """The model's CoNLL label as our type; MISC is split by the rules' evidence."""
    if label == "PER":
        return P
    if label == "ORG":
        return ORG
    if label == "LOC":
        return G
    if label == "MISC":
        misc = {k: v for k, v in evidence.items() if k in _MISC_KINDS}
        return max(misc, key=misc.__getitem__) if misc else PR
    return None


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str
    words: list[str]
    sent_start: bool = False
    headline: bool = False
    evidence: dict[EntityType, float] = field(default_factory=dict)
    after_title: bool = False
    quoted: bool = False  # named as a quotation's speaker: "“I'm delighted,” said Agassi"

    def add(self, kind: EntityType, score: float) -> None:
        self.evidence[kind] = self.evidence.get(kind, 0.0) + score


def _key(text: str) -> str:
    return text.replace("’", "'")


class RuleRecogniser:
    """The rule engine with the shipped typing model; needs nothing but the data files.

    `model` replaces the shipped model (training measures candidates this way);
    without any model, types come from the rules' evidence alone.
    """

    name = "rules"

    def __init__(self, model: Perceptron | None = None) -> None:
        self.model = model

    def recognise(self, text: str, context: Context) -> list[Entity]:
        return _Article(text, context, self.model or entity_model()).run()


class _Article:
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
        # Names in lower case for headlines in capitals; made when the first one comes.
        self.folded_names: dict[str, str] | None = None
        self.defined_short: set[str] = set()  # '("Delmont" or "the Company")': see _acronyms
        self.bodies_named: dict[str, bool] = {}  # see _short_body_at
        # Country codes the article writes after competitors: "Luka Zupancic (SLO)".
        self.country_codes: set[str] = set()

    # ---- driver -------------------------------------------------------
    def candidates(self) -> list[Span]:
        """Every capitalised span with the rules' evidence collected; body spans are
        those with words left and not in a headline (what the model types)."""
        text = self.text
        self.dates = find_dates(text, self.context.published)
        self.sport = is_sport(text)
        self.products = find_products(text, self.sport)
        blocked = [(d.start, d.end) for d in self.dates] + [(s, e) for s, e, _ in self.products]
        if "://" in text or "www." in text or "@" in text:
            blocked += [m.span() for m in _ADDRESS.finditer(text)]
        tokens = tokenize(mask_wire_slugs(text))
        self.lower_vocab = {t.word for t in tokens if t.word[:1].islower()}
        headlines = headline_lines(text, tokens)
        self.mid_caps = {
            t.word for t in tokens if t.cap and not t.sent_start and t.line not in headlines
        }
        self.teams = sides_in_results(text, self.sport)
        # "R-Texas" tags, read once: the letters become entities in `run`, and their
        # presence says the article's "Democrats" are the American party.
        self.party_tags = list(_PARTY_LETTER.finditer(text)) if "-" in text else []
        self.us_parties = bool(self.party_tags)
        spans = self._spans(tokens, blocked, headlines)
        body = [s for s in spans if not s.headline]
        self._possessive_names(body)
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
        names = {
            s.text for s in body if _POSSESSIVE_VERB_AFTER.match(text[s.end : s.end + 20])
        }
        if not names:
            return
        for span in body:
            if span.text in names and text.startswith(("'s", "’s"), span.end):
                span.end += 2
                span.text = text[span.start : span.end]
                span.words = [*span.words[:-1], span.words[-1] + text[span.end - 2 : span.end]]
                span.add(ORG, 3)

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
        names = link_initials(adopt_legal_names(names, {s.text for s in spans}))
        persons = self._person_parts(names)
        orgs = self._org_parts(names)
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
        for span in body:
            entity = self._resolve(span, names, persons, acronyms, orgs)
            if entity is not None:
                out.append(entity)
        for span in spans:
            if span.headline:
                out.extend(self._headline(span, names, persons, acronyms, orgs))
        letters = _party_letters(text, self.party_tags)
        if letters:
            # "D-5th Ward" is the party's letter and a ward, not one name.
            starts = {letter.start for letter in letters}
            out = [e for e in out if e.start not in starts] + letters
        return _nicknamed(text, join_demonym_bodies(text, _non_overlapping(out)))

    # ---- chunking -----------------------------------------------------
    def _spans(
        self, tokens: list[Token], blocked: list[tuple[int, int]], headlines: set[int]
    ) -> list[Span]:
        blocked_chars = set()
        for start, end in blocked:
            blocked_chars.update(range(start, end))
        text = self.text
        lists = find_list_joins(text)  # "Department for Environment, Food and Rural Affairs"
        runs: list[list[Token]] = []
        run: list[Token] = []
        pending_connectors: list[Token] = []
        for token in tokens:
            if not token.cap and not (run and token.word in lx.CONNECTORS):
                if (
                    run
                    and run[-1].word in lx.NUMBERED_STATIONS
                    # "BBC Radio", not "English Channel"
                    and all(t.word.isupper() for t in run[:-1])
                    and token.word.isdigit()
                    and len(token.word) <= 2
                    and token.start == run[-1].end + 1
                ):
                    # "BBC Radio 4", "Channel 5", "BBC Radio 6 Music": the number names it.
                    run.append(token)
                    continue
                if (
                    run
                    and run[-1].word in lx.ROAD_WORDS
                    and token.word.isdigit()
                    and len(token.word) <= 4
                    and token.start == run[-1].end + 1
                ):
                    run.append(token)  # "County Road 484", "Interstate 75"
                    continue
                # Most words: neither in a name nor joining one, so they end any run
                # (blocked or not: the test below is needed only for the others).
                if run:
                    runs.append(run)
                run, pending_connectors = [], []
                continue
            if token.start in blocked_chars or (token.end - 1) in blocked_chars:
                if run:
                    runs.append(run)
                run, pending_connectors = [], []
                continue
            if token.cap:
                if run:
                    gap = text[run[-1].end : token.start] if not pending_connectors else ""
                    joined = False
                    if token.start in lists.items:
                        joined = True
                    elif pending_connectors:
                        joined = self._may_join(run, pending_connectors, token)
                    elif not run[-1].cut_after and (
                        gap == " "
                        or gap == " & "
                        or (gap == ". " and run[-1].word in TITLE_ABBREVIATIONS)
                    ):
                        joined = True
                    elif run[-1].possessive and (
                        run[-1].word in lx.NAME_POSSESSIVES
                        or token.word in lx.POSSESSIVE_INSTITUTIONS
                        or (run[-1].word in lx.OFFICE_HOLDERS and token.word in lx.OFFICES)
                        # "St Brigid's National School", "St Patrick's Day": a saint's
                        # possessive names what follows (not "St Mirren's Jamie McGrath").
                        or (run[0].word in _SAINTS and _no_name(token.word))
                    ):
                        joined = text[run[-1].end : token.start].strip() in ("'s", "’s", "'", "’")
                    elif (
                        gap in ("' ", "’ ")
                        and run[-1].word.endswith("s")
                        and (
                            token.word in lx.POSSESSIVE_INSTITUTIONS
                            or (run[0].word in _SAINTS and _no_name(token.word))
                        )
                    ):
                        joined = True  # "All Saints' Cathedral": a plural's apostrophe
                    elif run[-1].line == token.line and gap == " " and run[-1].cut_after:
                        joined = False
                    if joined:
                        run.extend(pending_connectors)
                        run.append(token)
                        pending_connectors = []
                        continue
                    runs.append(run)
                run, pending_connectors = [token], []
            else:
                # A connector after a run (the only other words that get here): "Bank of
                # China", "Committee of the Party", "Jeroen van der Veer": up to two
                # connectors, one space apart, wait for the next capital.
                last = pending_connectors[-1] if pending_connectors else run[-1]
                if token.start in lists.connectors:
                    pending_connectors.append(token)  # ", and" in a list inside a name
                elif text[last.end : token.start] != " " or len(pending_connectors) >= 2:
                    runs.append(run)
                    run, pending_connectors = [], []
                else:
                    pending_connectors.append(token)
        if run:
            runs.append(run)
        spans: list[Span] = []
        for run in runs:
            spans.extend(self._segments(run, run[0].line in headlines))
        return spans

    def _may_join(self, run: list[Token], connectors: list[Token], nxt: Token) -> bool:
        """ "Committee of the Communist Party", "Bank of China": a connector inside a name."""
        text = self.text
        if text[connectors[-1].end : nxt.start] != " " or run[-1].cut_after:
            return False
        head = run[-1].word
        words = [c.word for c in connectors]
        if all(w in lx.NAME_PARTICLES for w in words) and (
            head in lx.NAME_PARTICLES_CAPITALISED
            or head in lx.GIVEN_NAMES
            or head in lx.HONORIFICS
            or name_strength(head)[0] > 0
            or (len(run) > 1 and is_given_name(run[-2].word))
            # "Joop ter Horst", "Ruud van Nistelrooy": these particles open surnames only.
            or (words[0] in lx.SURNAME_PARTICLES and len(run) == 1 and head not in lx.ORG_MARKERS)
        ):
            # "Jeroen van der Veer", "Van der Hoek", "Lula da Silva", "Mr van Gaal",
            # "Alberto Cuesta de Mora"
            return True
        if words[0] in lx.FOREIGN_CONNECTORS and any(t.word in lx.FOREIGN_ORG_HEADS for t in run):
            return True  # "Banco do Brasil", "Caixa Geral de Depósitos"
        if words[0] in ("of", "for", "on", "de", "la", "du", "del", "der", "von"):
            return (
                (head in lx.ORG_MARKERS and not (head in lx.SHOPS and words[0] == "on"))
                or head in lx.EVENT_MARKERS
                or (words[0] == "of" and (head in lx.PLACES_OF or head in lx.LAW_WORDS))
                or (words[0] == "of" and head in _CHURCH_BODIES)  # "Church of England"
            )
        if words[0] == "&":
            return any(t.word == "of" for t in run) and run[0].word in lx.ORG_MARKERS
        return False

    def _segments(self, run: list[Token], headline: bool) -> list[Span]:
        """Cut a run at titles and roles and peel a leading nationality off a person."""
        if len(run) > 1 and run[-1].word in _PARTY_MEMBERS:
            # "a Kentucky Republican", "West Virginia Democrats": a place, then a party.
            before_party = self.text[run[0].start : run[-2].end]
            everyday = len(run) == 2 and mostly_lower_case(run[0].word)  # "Free Democrats"
            place = self.places.get(before_party)
            country = place is not None and place.kind in ("country", "continent")
            # "Sweden Democrats" is a party of its own; a state's are members of one.
            if known_place(before_party) and not everyday and not country:
                return [*self._segments(run[:-1], headline), *self._segments(run[-1:], headline)]
        out: list[Span] = []
        current: list[Token] = []
        after_title = False
        pieces: list[tuple[list[Token], bool]] = []
        if _TITLE_OF_BEFORE.search(self.text, max(0, run[0].start - 40), run[0].start):
            # "Secretary of State Colin Powell", "Chancellor of the Exchequer Gordon
            # Brown": the portfolio ends the title, and a name may follow it.
            portfolio = 0
            while portfolio < len(run) and run[portfolio].word in _TITLE_PORTFOLIOS:
                portfolio += 1
            if portfolio == len(run):
                return []  # "the Minister of Defence": all title, no name
            if portfolio:
                run, after_title = run[portfolio:], True
        ends_with_marker = run[-1].word in _NAME_HEADS
        # "General Motors": a title opening a name that ends in an organisation
        # marker, with no given name after it, is part of the organisation's name.
        title_opens_org = ends_with_marker and not any(t.word in lx.GIVEN_NAMES for t in run)
        # "Czech Republic", "Latin America": a place's name that opens with a nationality.
        whole_place = known_place(self.text[run[0].start : run[-1].end])
        for index, token in enumerate(run):
            word = token.word
            is_title = (
                word in lx.TITLES
                or (word.lower() in lx.ROLES and word[0].isupper())
                # "LT Obi Nwankwo", "FG Oyelaran 38": a player's position or a scoring
                # play's letters before a name, as a title is.
                or (self.sport and index + 1 < len(run) and word in _SPORT_CODES)
            )
            if is_title and (index == 0 and title_opens_org and len(run) > 1):
                is_title = False
            if is_title and len(run) == 1 and self.text.startswith(("—", "–"), token.end):
                is_title = False  # "KC—Chase 6 pass": a scoring summary's team
            if is_title and index > 0 and index + 2 == len(run) and ends_with_marker:
                is_title = False  # "Virginia General Assembly": a title word in the name
            if (
                is_title
                and word == "Executive"
                and index > 0
                and index + 1 == len(run)
                and known_place(
                    self.text[run[1 if run[0].word == "The" else 0].start : run[index - 1].end]
                )
            ):
                is_title = False  # "Northern Ireland Executive": a devolved government
            if (
                is_title
                and index + 1 == len(run)
                and (index == 0 or (index == 1 and run[0].word == "The"))
                and self._short_body_at(word, token.start)
            ):
                is_title = False  # "the Executive" after the "Northern Ireland Executive"
            if is_title and current and index + 2 == len(run) and run[-1].word in lx.NAME_SUFFIXES:
                is_title = False  # "Martin Luther King Jr.": a surname before the suffix
            if (
                is_title
                and index + 1 == len(run)
                and index > 0
                and word in _SURNAME_TITLES
                and (
                    run[index - 1].word in _SURNAME_HONORIFICS
                    or (len(current) == 1 and _plain_given_name(current[0].word))
                )
            ):
                is_title = False  # "Justin King", "Mr King", "Ms Bishop": a surname
            if (
                is_title
                and index + 1 == len(run)
                and word not in lx.TITLES
                and current
                and current[-1].word not in ("The", "A")  # "The Member of the Assembly"
                and all(mostly_lower_case(t.word) for t in current)
            ):
                is_title = False  # "Interactive Investor": a role word that ends a name
            if is_title and not (ends_with_marker and index > 0 and word in lx.ORG_MARKERS):
                if current and all(
                    t.word in lx.PORTFOLIOS or (i == 0 and t.word in ("The", "A"))
                    for i, t in enumerate(current)
                ):
                    # "Finance Minister", "Transportation Secretary", "The Prime Minister":
                    # part of the title.
                    current = []
                while len(current) > 1 and current[-1].word in _TITLE_SIDES:
                    current = current[:-1]  # "Senate Majority Leader": the Senate's
                kept = len(current)
                while kept > 1 and current[kept - 1].word in lx.PORTFOLIOS - {"State"}:
                    kept -= 1
                if kept < len(current) and known_place(
                    self.text[current[0].start : current[kept - 1].end]
                ):
                    # "Alberta Health Minister Janelle Prystupa": the province, then the
                    # title; not "Interior Health CEO", a body.
                    current = current[:kept]
                if current:
                    pieces.append((current, after_title))
                current = []
                after_title = True
                continue
            if (
                current
                and current[-1].word in lx.ORG_MARKERS
                and (word in lx.SURNAMES or word in lx.GIVEN_NAMES)
                and len(current) > 1
            ):
                # "Xiaomi Group Wang Xiang": the organisation ends at its suffix.
                pieces.append((current, after_title))
                current, after_title = [], False
            if (
                not whole_place
                # "Western Sydney", "Northern Queensland": a part of the place; and
                # "Eastern District of Virginia": a compass word is no nationality before
                # anything but a given name.
                and not (
                    word in _COMPASS
                    and index + 1 < len(run)
                    and (
                        not is_given_name(run[index + 1].word)
                        or (index + 2 == len(run) and known_place(run[-1].word))
                    )
                )
                and (
                    word in lx.DEMONYMS
                    # "Spaniard Alberto Cuesta", "Dutchman Erik Smit"
                    or (
                        word in lx.NORP_WORDS
                        and index + 1 < len(run)
                        and is_given_name(run[index + 1].word)
                        and not any(
                            t.word in _NAME_HEADS or t.word in lx.LOC_MARKERS
                            for t in run[index + 1 :]
                        )  # "Celtic Park"
                    )
                )
                and word not in lx.SURNAMES
                and word not in lx.GIVEN_NAMES
                and index + 1 < len(run)
                and run[index + 1].word not in lx.DEMONYMS  # "Liberal Democrats"
                and run[index + 1].word not in lx.PLACES_OF  # "Persian Gulf", "Islamic State"
                and (
                    is_given_name(run[index + 1].word)
                    or (
                        not current
                        and not any(t.word in _NAME_HEADS for t in run[index + 1 :])
                        # "Chinese Xiaomi" splits; "British Museum", "American Red
                        # Cross", "Georgian Dream" are one name of everyday words.
                        and not all(
                            t.word[1:].islower() and mostly_lower_case(t.word)
                            for t in run[index + 1 :]
                        )
                    )
                )
            ):
                # "Kenyan Daniel Rono", "Alabama Republican Jeff Sessions",
                # "South Korean Kim Ji-yeon": the nationality is not part of the name.
                if current and all(t.word in _COMPASS for t in current):
                    pieces.append(([*current, token], after_title))
                else:
                    if current:
                        pieces.append((current, after_title))
                    pieces.append(([token], after_title))
                current = []
                continue
            current.append(token)
        if current:
            pieces.append((current, after_title))
        for toks, titled in pieces:
            while toks and toks[-1].word in lx.CONNECTORS:
                toks = toks[:-1]
            if not toks:
                continue
            start, end = toks[0].start, toks[-1].end
            out.append(
                Span(
                    start,
                    end,
                    self.text[start:end],
                    [t.word for t in toks],
                    sent_start=toks[0].sent_start,
                    headline=headline,
                    after_title=titled,
                )
            )
        return out

    # ---- evidence -----------------------------------------------------
    def _collect(self, span: Span) -> None:
        text, words = self.text, span.words
        # Sentence-initial ordinary words are not part of names ("Speaking at"); one
        # an ampersand binds to the next is ("Marks & Spencer", "Johnson & Johnson").
        while (
            span.sent_start
            and words
            and not span.text[len(words[0]) :].lstrip().startswith("&")
            and span.text not in self.teams  # "Arsenal 2 West Ham 0"
            and self._ordinary(words[0], alone=_opens_alone(words), named=_before_marker(words))
            and not self._opens_with_place(words)  # "New York agreed"
            and not _named_weather(words)  # "Tropical Storm Beryl strengthened"
            and not (len(words) == 1 and summary_team(span.text, text, span.end))
        ):
            drop = len(words[0])
            rest = span.text[drop:].lstrip()
            span.start += len(span.text) - len(rest)
            span.text, words = rest, words[1:]
            span.words = words
        if (
            not words
            or (
                all(w.lower() in lx.FUNCTION_WORDS and not w.isupper() for w in words)
                and not self._named_in_running_text(span)
            )
            or (
                _only_titles_and_markers(words)
                and span.text not in lx.EVENT_WORDS
                and not _institution(words)
                and not self._short_body(span)
                and not (len(words) == 1 and summary_team(span.text, text, span.end))
                and not (
                    len(words) == 1
                    and words[0] in _SURNAME_TITLES
                    and _HONORIFIC_BEFORE.search(text, max(0, span.start - 6), span.start)
                )  # "Mr King": a surname
            )
            or (len(words) == 1 and words[0].upper() in lx.COMMON_ACRONYMS)
            or (len(words) == 1 and _FISCAL_YEAR.fullmatch(words[0]) is not None)  # "FY24"
            or (len(words) == 1 and words[0] in _GENERIC_ALONE)
            or words == ["I"]  # the pronoun, wherever it stands ("South America and I")
            # A box score's heading letter: "W—Morimoto 3-1", "E—Whitcomb (4)", "T—3:07";
            # a racecard's or an interview's: "J: Hamish Loughnan T: Gemma Thorburn", "Q:".
            or (len(span.text) == 1 and text.startswith(("—", "–"), span.end))
            or (len(span.text) == 1 and _LETTER_LABEL_AFTER.match(text, span.end) is not None)
            # A digest's section heading in capitals on a line of its own: "CRICKET",
            # "RUGBY LEAGUE", "ROUNDUP".
            or self._section_heading(span)
            # and its columns' letters: "LOB—St. Louis 5", "HRs—Chicago, Reyes (12)".
            or (span.text in BOX_SCORE_HEADS and text.startswith(("—", "–"), span.end))
            # A byline's beat: "By Harriet Lowe Music reporter", "Science correspondent".
            or (
                len(words) == 1
                and words[0] in lx.BEATS
                and _BEAT_ROLE_AFTER.match(text, span.end) is not None
            )
            or (len(words) == 1 and _money(words[0], text, span.end))
            or (len(words) == 1 and words[0].lower().removesuffix("s") in lx.WEEKDAYS)
            # A month's short form before a day or in brackets: "Mumbai, Mar 12", "(Feb)".
            or (
                len(words) == 1
                and words[0].istitle()
                and words[0].lower().rstrip(".") in _MONTH_SHORT
                and _DAY_OR_BRACKET_AFTER.match(text, span.end) is not None
            )
            or (len(words) == 1 and _is_contraction(words[0].lower().replace("’", "'")))
        ):
            span.words = []
            return
        before = text[max(0, span.start - 60) : span.start]
        after = text[span.end : span.end + 80]
        surface = span.text
        n = len(words)
        if n == 1 and len(surface) == 1 and _QUALIFIED_LETTER_BEFORE.search(before):
            span.words = []  # "vitamin C", "hepatitis B": a letter that names a kind
            return
        place = self.places.get(surface)
        if place is None and surface.isupper() and len(surface) > 3:
            place = self.places.get(surface.title())  # "AUSTIN, Texas" datelines
        if span.after_title:
            span.add(P, 3)
        if surface in self.teams:
            # A side in a result: a club is an organisation, a country stays a place.
            if place is not None and place.kind in ("country", "continent"):
                span.add(G, 2)
            else:
                span.add(ORG, 4)
        head = _head(words)
        if n > 1 and head in lx.ORG_MARKERS:
            span.add(ORG, 3)
            opening = words[1] if words[0] == "The" and n > 2 else words[0]
            if (n > 2 and self._country(opening)) or opening in ("US", "U.S.", "UK", "U.K."):
                # "US Food and Drug Administration": the country's body, not the country.
                span.add(ORG, 3)
        elif _institution(words) and not span.sent_start:
            span.add(ORG, 1)  # "the Senate", "Parliament"
        elif n == 1 and head in _SHORT_BODIES:
            span.add(ORG, 1)  # "the Bank", "the Executive": a candidate only as a short form
        if n > 2 and head in _CHURCH_BODIES and "of" in words:
            span.add(ORG, 3)  # "Church of England", "Anglican Church of Kenya", "Diocese of X"
        if (
            n > 1
            and words[-1] in lx.POSSESSIVE_INSTITUTIONS
            and _POSSESSIVE_BEFORE_LAST.search(surface) is not None
            and words[-1] not in lx.FACILITY_MARKERS
        ):
            span.add(ORG, 3)  # "Maggie's Kitchen", "Considine’s Bar": a business
        if (n > 1 and words[-1].isdigit() and words[-2] in lx.ROAD_WORDS) or _ROAD_CODE.fullmatch(
            surface
        ):
            span.add(G, 4)  # "County Road 484", "Interstate 75", "I-75", "BR-135"
        if n > 2 and words[-1] in ("Center", "Centre") and words[-2] in _VENUE_KINDS:
            span.add(G, 3)  # "Accra International Conference Centre", "Guiana Space Centre"
        if n > 1 and words[-1] in lx.LOC_MARKERS and head not in lx.ORG_MARKERS:
            span.add(G, 2)  # "Lansdowne Road", "Emirates Stadium", "Potomac River"
        elif head in lx.PLACES_OF and head != words[-1] and words[-1] not in lx.ORG_MARKERS:
            span.add(G, 2)  # "Gulf of Mexico", "Isle of Man"
        if n == 2 and words[0] in _COMPASS and place is None and known_place(words[1]):
            span.add(G, 3)  # "Western Sydney", "Northern Queensland"
        if n == 2 and words[0] in ("Co", "Co.") and known_place(words[1]):
            span.add(G, 4)  # "Co Limerick": an Irish county, not a company
        if surface.isupper() and _RIC_INDEX_BEFORE.search(before):
            span.add(PR, 4)  # ".DJI", ".SPX": an index's Reuters code, after its name
        if _DOMAIN_RE.fullmatch(surface):
            span.add(ORG, 3)
        if n > 1 and any(
            w in lx.NUMBERED_STATIONS and nxt.isdigit() for w, nxt in pairwise(words)
        ):
            span.add(ORG, 4)  # "BBC Radio 4", "Channel 5", "BBC Radio 6 Music": a broadcaster
        if n == 1 and _DEPARTMENT_LETTERS.fullmatch(surface):
            span.add(ORG, 4)  # "MoD", "DfE", "DoJ": a ministry's or department's letters
        if (n > 1 and head in lx.EVENT_MARKERS) or surface in lx.EVENT_WORDS:
            span.add(E, 3.5 if head not in lx.ORG_MARKERS else 0)
        if surface.endswith("New Year"):
            span.add(E, 3)
        if _named_weather(words) and not _MADE_THING_AFTER.match(after):
            # "Storm Darragh", "Hurricane Milton", "Tropical Storm Alberto"; not "Storm
            # Shadow missiles" or "Typhoon jets".
            span.add(E, 6)
        if words[-1] in lx.PARTY_WORDS and (n == 1 or words[0] not in lx.TITLES):
            span.add(ORG, 4 if n == 1 else 3)  # "Labour", "Liberal Democrats"
        elif n == 1 and (surface in lx.NORP_WORDS or _is_compound_demonym(surface)):
            span.add(N, 4)
        elif n > 1 and words[-1] in lx.DEMONYMS and head not in lx.ORG_MARKERS:
            span.add(N, 3)  # "Social Democrats", "South Korean"
        # The *_BEFORE patterns end at the end of `before` and span at most three
        # words, so searching from the start of those words finds the same matches
        # without trying the long alternations at every earlier position.
        last1, last2, last3 = _last_word_starts(before)
        # Those that end in "of", "at", "in" or "to" (maybe then "the") can match only
        # where this does: most spans are spared them.
        particle = _PARTICLE_END.match(before, last1) or _PARTICLE_END.match(before, last2)
        if (
            n == 1
            and self.sport
            and surface in lx.COUNTRY_CODES
            and after.startswith(")")
            and (competitor := _COMPETITOR_BEFORE.search(before)) is not None
            # Not a body's letters: "Monetary Authority of Singapore (MAS)".
            and not _initials(competitor.group(1)).endswith(surface)
        ):
            span.add(G, 5)
            self.country_codes.add(surface)
        if n == 1 and summary_team(surface, text, span.end) and (
            not before or before.endswith(("\n", ". "))
        ):
            span.add(ORG, 3)  # a scoring summary's team: "KC—Chase 6 pass", "Den—FG Marsh 29"
        if _WING_BEFORE.search(before, last1):
            span.add(ORG, 2)  # "the hard-left France Unbowed", "the far-right Vox": a party
        if n <= 2 and BOX_LETTER_BEFORE.search(before):
            span.add(P, 3)  # "W—Castellano 4-2", "E—Okafor (3)": a box score's player
        if _CALLING_ITSELF_BEFORE.search(before, last3):
            span.add(ORG, 3)  # "a ransomware gang calling itself Nightjar"
        if n <= 2 and _PARTY_TAG_BEFORE.search(before):
            span.add(G, 3)  # "Sen. Dale Hoversten, R-Spencer": the town the member is from
        if (
            n == 1
            and before.endswith("(@")
            and (owner := _HANDLE_OWNER.search(before))
            and _named_person(owner.group(1).split())
        ):
            span.add(P, 3)  # "— Graham Pettifer (@GPettiferRUK)": a post's handle, its author
        if (
            n == 1  # not "Maeve (Paapa Essiedu)", a part and its actor
            and before.endswith("(")
            and place is None
            and after[:1] in "),"  # not "(Thwaites 84)": a substitute and the minute
            and self._after_a_person(before)
        ):
            span.add(ORG, 2.5)  # "J. Griffiths (Aberavon)", "Ruby Fitz (Mitchell)": a club
        if before.endswith(("Photo/", "Photo /", "Photos/")) and 2 <= n <= 4:
            span.add(P, 6)  # "(AP Photo/Odelin Saint-Fleur)": the photographer, beyond doubt
        elif _CREDIT_BEFORE.search(before, last1):
            # "Photo: Xinhua": who supplied the picture, an agency or a photographer,
            # even one the gazetteer knows as a town.
            span.add(ORG, 2)
            place = None
        if (
            place is not None
            and place.kind not in ("country", "continent", "area")
            # "from Nairobi side Mathare United": the town of the club named next.
            and not _CLUB_NAMED_AFTER.match(after)
            and (
                _TEAM_ROLE_AFTER.match(after)
                or (_PLURAL_VERB_AFTER.match(after) and not _PAIR_BEFORE.search(before, last1))
                or _TRANSFER_BEFORE.search(before, last3)
                or _FROM_CLUB_BEFORE.search(before)
                or (self.sport and RECORD_AFTER.match(after))
            )
        ):
            # "Braga goalkeeper X", "Newcastle are third", "signed for Leicester": a
            # town or county that fields a side stands for its club; a country stays a
            # place (CoNLL-style annotation types a national side by its country).
            span.add(ORG, 4)
            place = None
        if place is not None:
            needs_evidence = (
                place.common_word or surface in lx.SURNAMES or (surface in lx.GIVEN_NAMES)
            )
            if not needs_evidence:
                span.add(G, 1.0 if place.kind == "town" else 2.5)
            elif (_LOCATIVE_BEFORE.search(before, last1) and not span.sent_start) or re.match(
                r"^,\s+[A-Z]", after
            ):
                span.add(G, 2)
            if place.kind == "country" and before.endswith("(") and after.startswith(")"):
                span.add(G, 3)  # "Andy Murray (GB) beat ...": a competitor's nation
        if (defined := DEFINED_AS.match(after)) and (span.sent_start or after[:1] == ","):
            # "X is a Brazilian manufacturer of bicycles", "X, a Norwegian maker of ...":
            # a definition outweighs the passing cues of the name's other mentions. Only
            # a name that opens its sentence is what "is a" defines: not "Danvers,
            # Massachusetts is an American rapper".
            phrase = defined.group(1).lower().split()
            noun = phrase[-1]
            kind = (
                ORG
                # "Lula, a former lathe operator": what a person was, not a firm.
                if noun in lx.DEFINED_ORG and "former" not in phrase
                else P
                if noun in lx.DEFINED_PERSON
                else G
                if noun in lx.DEFINED_PLACE
                else None
            )
            if kind is not None:
                key = _key(surface)
                self.defined.setdefault(key, kind)
                span.add(kind, 3)
                if after[:1] != ",":
                    self.defined_outright.add(key)
        if _WORK_BEFORE.search(before, last3) or _quoted_work(before, after):
            span.add(PR, 3)
        elif _YEAR_AFTER.match(after) and head not in lx.ORG_MARKERS:
            span.add(PR, 2.5)  # "Municipal (2019) and Tender Weapons (2022)": works
        if n == 1 and _AWARD_AFTER.match(after):
            span.add(E, 3)
        if (
            (particle and _PLACE_BEFORE.search(before, last2))
            or _PLACE_AFTER.match(after)
            or _REPRESENTS_BEFORE.search(before, last2)
        ):
            span.add(G, 3)
        if place is not None and _BASED_AFTER.match(after):
            span.add(G, 3)  # "the Austin-based company"
        if n == 1 and before.endswith("(") and _AGENCY_AFTER.match(after):
            # "BEIJING, March 3 (Xinhua) --": the wire agency, whatever else the word names.
            span.add(ORG, 6)
        if _SHARES_BEFORE.search(before, last2):
            span.add(ORG, 3)  # "shares in Rio Tinto", a town's name too
        if place is None:
            person_shaped = self._person_shaped(words)
            if (
                person_shaped
                and words[0] not in lx.GIVEN_NAMES
                and _AT_OF_BEFORE.search(before, last1)
            ):
                person_shaped = False  # "at Morgan Stanley": surname-shaped, not a person
            if (particle and _PEOPLE_AT_BEFORE.search(before, last3)) or _PEOPLE_AFTER.match(after):
                span.add(ORG, 3)
            if (
                n == 1
                and not span.sent_start
                and particle
                and _PLACE_IN_BEFORE.search(before, last3)
                and not _POSSESSIVE_ORG_AFTER.match(after)
            ):
                span.add(G, 2)  # "a news conference in Frankfurt": a place not in the gazetteer
            if _STATEMENT_AFTER.match(after):
                span.add(ORG, 1.5)
            if _OWNER_BEFORE.search(before, last1) and _FEATURE_AFTER.match(after):
                span.add(PR, 3)  # "its Autopilot system"
            role_of_before = particle and _ROLE_OF_BEFORE.search(before, last3)
            if _ROLE_BEFORE.search(before, last1) and not role_of_before:
                span.add(P, 3)
            if _APPOSITION_ROLE.match(after) or _AGE_AFTER.match(after):
                span.add(P, 3)
            if role_of_before and not person_shaped:
                span.add(ORG, 2)
            if _ROLE_AFTER.match(after) and not person_shaped:
                span.add(ORG, 2.5)
            if (
                _ORG_CUE_BEFORE.search(before, last1)
                or _OWNED_BEFORE.search(before, last1)
                or _APPOSITION_ORG.match(after)
                or _ORG_NOUN_AFTER.match(after)
            ):
                span.add(ORG, 2)
            if _POSSESSIVE_FIRM_AFTER.match(after):
                span.add(ORG, 2)  # "Shell's board", "Veltrane's chief executive"
            elif _POSSESSIVE_ORG_AFTER.match(after) or _SHARES_AFTER.match(after):
                span.add(ORG, 1)  # "Shell's profits", "Shell shares"
            if _PRICE_MOVE_AFTER.match(after):
                span.add(ORG, 2)
            if n == 1 and _owns_person(after):
                span.add(ORG, 3)  # "Ferrari's Charles Leclerc", "Apple's Tim Cook"
            if _listed_initial_name(words, before, after):
                span.add(P, 3)  # "S Easterby, D Wallace, D Leamy": a team sheet
            if head not in lx.ORG_MARKERS and self._competitor(after):
                span.add(P, 3)
            if _EVENT_AFTER.match(after):
                span.add(E, 1.5)
            if _PRODUCT_AFTER.match(after):
                span.add(PR, 3)  # "Quillo smartphones": a brand, hardly a person or place
            if person_shaped:
                span.add(P, 2)
            if _SPEECH_AFTER.match(after) and not _THE_BEFORE.search(before, last1):
                # "Ms Okafor said"; not "the Red Cross said", "the Treasury said".
                span.add(P, 1 if n > 1 else 0.5)
            elif _SAID_AFTER_QUOTE.search(before, last2) and not after.startswith(("'s", "’s")):
                # "“I'm delighted,” said Agassi"; not "said Toyota’s team director".
                span.add(P, 2)
                span.quoted = True
            if _BORN_AFTER.match(after):
                span.add(P, 3)  # "Walt Disney was born in Chicago", "Ann Lee (born 1950)"
            if (
                n <= 2
                and (played := _PLAYED_BY_AFTER.match(after))
                and _named_person(played.group(1).split())
            ):
                span.add(P, 2)  # "Maeve (Rosalind Achterberg)": a part and who plays it
            if lx.foreign_body(words):
                span.add(ORG, 2)  # "Banco do Brasil", "Caixa Geral de Depósitos": a body
        if not span.evidence:
            if n > 1 and _quoted(before, after):
                # A whole quotation in capitals with nothing naming it: a title or
                # slogan ("Future Forward Together"), none of the types we mark.
                span.words = []
            elif not span.sent_start and not self._stop(span, before, after):
                span.add(ORG, FALLBACK)

    def _opens_with_place(self, words: list[str]) -> bool:
        """Whether the first words name a place of more than one word ("New York",
        "Great Yarmouth"), whose first word alone would read as an everyday one."""
        return any(known_place(" ".join(words[:n])) for n in range(min(len(words), 4), 1, -1))

    def _named_in_running_text(self, span: Span) -> bool:
        """ "Shares in Next rose", "Mrs May said": a lone everyday word capitalised
        inside a sentence of running text is a name; at a sentence start, after a quote
        mark or colon, or in a headline its capital says nothing."""
        if span.sent_start or span.headline or len(span.words) != 1 or len(span.text) < 3:
            return False
        before = self.text[max(0, span.start - 3) : span.start].rstrip(" ")
        after = self.text[span.end : span.end + 2]
        if after[:1] == " " and after[1:].isupper():
            return False  # "Deputy First Minister": a title's word
        return bool(before) and (before[-1].isalnum() or before[-1] in ",")

    def _short_body(self, span: Span) -> bool:
        """ "the Bank", "the Executive": the short form of a body the article names in
        full ("Bank of England", "Northern Ireland Executive"), kept as a candidate."""
        return len(span.words) == 1 and self._short_body_at(span.words[0], span.start)

    def _short_body_at(self, word: str, start: int) -> bool:
        if word not in _SHORT_BODIES and word not in lx.BODIES:
            return False
        if not self.text.endswith(("the ", "The "), 0, start):
            return False
        # Whether the article names a body this word heads: searched once per word.
        named = self.bodies_named.get(word)
        if named is None:
            named = re.search(rf"[A-Z][\w'’.-]* {word}\b|\b{word} of [A-Z]", self.text) is not None
            self.bodies_named[word] = named
        return named

    def _ordinary(self, word: str, alone: bool, named: bool = False) -> bool:
        """Whether a capitalised word at a sentence start is an ordinary word ("Analysts",
        "Election", "I'm"), not the start of a name. How English usually writes a word
        decides only for a word `alone` or before a given name ("Centre Declan Ryan"):
        "Royal Dutch Shell" opens with an everyday word. A word `named` by the street or
        firm word after it keeps its "-ing" ("Downing Street", "Reading Station")."""
        low = word.lower().replace("’", "'")
        if word.isupper() and len(word) > 1 and word not in lx.COMMON_ACRONYMS:
            return False  # "WHO chief ...": an acronym, not the pronoun
        if low in lx.FUNCTION_WORDS or _is_contraction(low):
            return True
        if word in self.mid_caps:
            return False  # capitalised mid-sentence elsewhere: a name in this article
        if alone and low in self.lower_vocab and word not in lx.DEMONYMS:
            return True  # "Sterling was steady" where the text also says "against sterling"
        place = self.places.get(word)
        if (place and not place.common_word) or word in lx.DEMONYMS or word in lx.SURNAMES:
            return False
        if low in self.lower_vocab:
            return True
        if low.endswith(("ing", "ly", "ed")) and word not in lx.GIVEN_NAMES and not named:
            return True
        if alone and "-" in word:
            # "Co-author Pieter van Rensburg", "Ex-minister Ana Lopes": a role in parts.
            parts = low.split("-")
            return all(len(p) <= 3 or mostly_lower_case(p) for p in parts[:-1]) and (
                mostly_lower_case(parts[-1]) or parts[-1] in lx.ROLES
            )
        return alone and mostly_lower_case(word)

    def _competitor(self, after: str) -> bool:
        """Whether a country (or an IOC-style code) follows the name as in results."""
        match = _NATION_AFTER.match(after)
        if match is None:
            return False
        nation = match.group(1).strip()
        place = self.places.get(nation)
        return (place is not None and place.kind == "country") or (
            len(nation) == 3 and nation.isupper()
        )

    @staticmethod
    def _after_a_person(before: str) -> bool:
        """Whether a person's name ends just before the bracket: what a team sheet, a
        prize list or a results line puts in brackets after it is their club, school
        or town ("N. Fitzgerald (Shannon)", "Noeline Prebble (Wānaka)"), not a person."""
        named = _NAME_BEFORE_BRACKET.search(before)
        if named is None:
            return False
        words = named.group(1).split()
        return _INITIALS_SURNAME.fullmatch(named.group(1)) is not None or _named_person(words)

    def _section_heading(self, span: Span) -> bool:
        """Whether the span is a results digest's heading in capitals on a line of its
        own ("CRICKET", "RUGBY LEAGUE"): everyday words, never a name there."""
        text = self.text
        if not span.text.isupper() or len(span.text) < 3:
            return False
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        return line.strip(" :") == span.text and all(
            len(w) > 3 and mostly_lower_case(w.lower()) for w in span.text.split()
        )  # not "NHS", whose lower case the word list has from web addresses

    def _person_shaped(self, words: list[str]) -> bool:
        if not 2 <= len(words) <= 4 or not all(w.isalpha() and w[0].isupper() for w in words):
            return False
        if any(w.isupper() and len(w) > 1 for w in words):
            return False
        first = words[0]
        if first in lx.AMBIGUOUS_SURNAMES:
            return False
        return (first in lx.SURNAMES and len(words) <= 3) or first in lx.GIVEN_NAMES

    def _stop(self, span: Span, before: str, after: str) -> bool:
        """Capitalised words that are not names: common acronyms, slogans in quotes."""
        words = span.words
        if len(words) == 1:
            word = words[0]
            if word.upper() in lx.COMMON_ACRONYMS or len(word) == 1:
                return True
            if word.lower() in self.lower_vocab or word.lower() in lx.FUNCTION_WORDS:
                return True
        if _only_titles_and_markers(words):
            return True
        quoted = before[-1:] in _QUOTES_OPEN and after[:1] in _QUOTES_CLOSE
        return quoted or len(words) > 4

    def _suppress_common_acronyms(self, spans: list[Span]) -> None:
        """ "electric vehicle (EV)", "BOM (bill of materials)": acronyms of common nouns."""
        common: set[str] = set()
        for match in _ACRONYM_DEF.finditer(self.text):
            acronym = match.group(1)
            words = re.findall(r"[\w-]+", self.text[max(0, match.start() - 80) : match.start()])
            expansion = words[-len(acronym) :] if len(words) >= len(acronym) else []
            if expansion and all(w[:1].islower() for w in expansion):
                common.add(acronym)
        for match in _ACRONYM_EXPANSION_AFTER.finditer(self.text):
            common.add(match.group(1))
        for span in spans:
            if span.text in common:
                span.evidence.clear()
                span.words = []

    def _lists(self, spans: list[Span]) -> None:
        """ "Nio, Li Auto and Xpeng Motors": unknown members take their neighbours' type."""
        group: list[Span] = []
        joined = False  # by "and", "or" or "&" somewhere, not commas alone
        closed = False  # the last join was "and", "or" or "&"

        def flush() -> None:
            typed = [s for s in group if max(s.evidence.values(), default=0) >= 2]
            if len(group) < 2 or not typed:
                return
            # Only a list whose typed members agree: in "Chick Corea, Yes, Gentle
            # Giant, Kansas" a person and a state say nothing of the bands between.
            kinds = {max(s.evidence, key=s.evidence.__getitem__) for s in typed}
            if len(kinds) == 1:
                kind = kinds.pop()
                if len(group) == 2 and not joined and kind is not G:
                    # Two names and a comma: a town and its county ("Theale, Berkshire")
                    # or an apposition, "Jeroen van der Veer, Shell's chief executive".
                    return
                for s in group:
                    if s.words and max(s.evidence.values(), default=0) < 2:
                        s.add(kind, 2)

        previous: Span | None = None
        text = self.text
        for span in spans:
            if not span.words:
                continue
            gap = text[previous.end : span.start] if previous is not None else ""
            if (
                previous is not None
                and _LIST_GAP.match(gap)
                # "(Reporting by Ann Lee in London and Raj Rao in Mumbai ...)": a
                # reporter after a town is no list of places.
                and not CREDIT_LINE.search(text, text.rfind("\n", 0, span.start) + 1, span.start)
                # "A, B and C, CNN": a list ends at its "and"; a comma after it opens
                # something else (the reporters' outlet, an apposition).
                and not (closed and gap.strip() == ",")
            ):
                group.append(span)
                closed = gap.strip(", ") != ""
                joined = joined or closed
            else:
                flush()
                group, joined, closed = [span], False, False
            previous = span
        flush()

    # ---- decisions ----------------------------------------------------
    def _decide(self, spans: list[Span]) -> dict[str, tuple[EntityType, str]]:
        """One type per name, decided by the weight of all its mentions in the article:
        the entity model's scores when it is shipped, else the rules' evidence alone."""
        model = self.model
        # The strongest cue against a person in any one mention of each name, and the
        # strongest against an organisation and a person both.
        self.strongest_other: dict[str, float] = {}
        self.strongest_neither: dict[str, float] = {}
        strongest_org: dict[str, float] = {}
        mentions: dict[str, int] = defaultdict(int)
        quoted: dict[str, int] = defaultdict(int)
        totals: dict[str, list[float]] = {}
        evidence: dict[str, dict[EntityType, float]] = defaultdict(dict)
        for span in spans:
            if not span.words:
                continue
            if model is None and not span.evidence:
                continue
            key = _key(span.text)
            bucket = evidence[key]
            mentions[key] += 1
            quoted[key] += span.quoted
            other = max((v for k, v in span.evidence.items() if k is not P), default=0.0)
            if other > self.strongest_other.get(key, 0.0):
                self.strongest_other[key] = other
            neither = max((v for k, v in span.evidence.items() if k not in (P, ORG)), default=0.0)
            if neither > self.strongest_neither.get(key, 0.0):
                self.strongest_neither[key] = neither
            if span.evidence.get(ORG, 0.0) > strongest_org.get(key, 0.0):
                strongest_org[key] = span.evidence[ORG]
            for kind, score in span.evidence.items():
                bucket[kind] = bucket.get(kind, 0.0) + score
            if model is not None:
                scores = self._scores(model, span)
                total = totals.setdefault(key, [0.0] * len(scores))
                for i, value in enumerate(scores):
                    total[i] += value
        # "AUSTIN" in a dateline and "Austin" in the body are one name.
        aliases: dict[str, str] = {}
        for name in list(evidence):
            title = name.title()
            if name.isupper() and len(name) > 3 and title != name and title in evidence:
                target = evidence[title]
                for kind, score in evidence.pop(name).items():
                    target[kind] = target.get(kind, 0.0) + score
                mentions[title] += mentions.pop(name)
                if model is not None:
                    into = totals[title]
                    for i, value in enumerate(totals.pop(name)):
                        into[i] += value
                aliases[name] = title
                if name in self.defined:
                    # "CALOI is a Brazilian manufacturer ...", then "Caloi" throughout.
                    self.defined.setdefault(title, self.defined[name])
                    if name in self.defined_outright:
                        self.defined_outright.add(title)
        names: dict[str, tuple[EntityType, str]] = {}
        for name, scores in evidence.items():
            if model is not None:
                total = totals[name]
                for kind, score in scores.items():
                    total[_CLASS_INDEX[kind]] += EVIDENCE_PRIOR * score
                order = sorted(range(len(total)), key=total.__getitem__, reverse=True)
                label = model.classes[order[0]]
                if (
                    label == "ORG"
                    and model.classes[order[1]] in ("MISC", "O")
                    and scores.get(ORG, 0.0) < mentions[name]
                    and total[order[0]] - total[order[1]] < ORG_MARGIN * mentions[name]
                ):
                    label = model.classes[order[1]]
                elif (
                    label == "ORG"
                    and model.classes[order[1]] == "PER"
                    and quoted[name] == mentions[name]
                    and not scores.get(ORG)
                    and name not in companies()
                ):
                    # Named only as a quotation's speaker, with no cue of a body: in the
                    # annotated news 1,020 of 1,155 such speakers are people.
                    label = "PER"
                kind = _label_type(label, scores)
                if kind is P and (_firm_of_names(name) or name.split()[0] in lx.HOUSE_WORDS):
                    kind = ORG  # "Marks & Spencer"; "Maison Varenne", "Casa Ortega"
                if (
                    scores.get(N, 0.0) >= 3 * mentions[name]
                    and not (" " in name and name in companies())  # "Anglo American gained"
                    # "Mumbai Indians (8-3)", "Celtic manager Tommy Rennie": a sports
                    # report's club of that name (a nation's word needs the stronger cue:
                    # "English manager Roy Hodgson").
                    and not (
                        self.sport
                        and strongest_org.get(name, 0.0)
                        >= (TEAM_CUE if name in lx.DEMONYMS else OWN_CUE)
                    )
                ):
                    kind = N  # a nationality or party word at every mention: a closed class
                if (defined := self.defined.get(name)) is not None:
                    # "X is a brand of pencils": the article says what X is, for every
                    # mention of the name, whatever the model makes of each.
                    kind = defined
                if kind is None:
                    continue
            else:
                kind = max(scores, key=scores.__getitem__)
            canonical = name
            place = (
                self.places.get(name)
                or self.places.get(name.replace("'", "’"))
                or (self.places.get(name.title()) if name.isupper() else None)
            )
            if (
                kind is ORG
                and place is not None
                and place.kind == "country"
                and not place.common_word
                and scores.get(ORG, 0.0) < 3 * mentions[name]
            ):
                # A country is a place, also when it borrows, votes or is rated ("IMF
                # approves $370 million for Ghana"): annotated news types 1,729 of 1,730
                # country names so. Strong cues of an organisation of the same name still
                # win ("Georgia" the party, "Ghana" the national airline).
                kind = G
            if (
                kind is G
                and self.sport
                and place is not None
                and place.kind not in ("country", "continent")
                and strongest_org.get(name, 0.0) >= TEAM_CUE
            ):
                # "Kansas City (8-3)", "Seattle right back Reese Tyler": a town a sports
                # report shows fielding a side stands for the side at its other mentions
                # too ("Kansas City answered with a 75-yard drive").
                kind = ORG
            if kind is G and place is not None:
                canonical = place.canonical
            elif kind is G and name in self.country_codes:
                canonical = lx.COUNTRY_CODES[name]  # "SLO" -> "Slovenia"
            elif kind is ORG and name in _US_PARTIES and self.us_parties:
                canonical = _US_PARTIES[name]  # "Republicans" beside "R-Texas": one party
            names[name] = (kind, canonical)
        for name, target in aliases.items():
            if target in names:
                names[name] = names[target]
        return names

    def _person_parts(self, names: dict[str, tuple[EntityType, str]]) -> dict[str, list[str]]:
        parts: dict[str, list[str]] = defaultdict(list)
        for name, (kind, canonical) in names.items():
            if kind is P and " " in name:
                words = name.split()
                # Each word, and a surname of several words ("Mac Giolla" of
                # "Ruairí Mac Giolla").
                if words[-1] in lx.NAME_SUFFIXES:
                    words = words[:-1]  # "Rivera" is Anthony Rivera Jr.; "Jr." is nobody
                tails = [" ".join(words[i:]) for i in range(1, len(words) - 1)]
                # "Van der Veer said" opens a sentence with "van der Veer".
                tails += [tail[0].upper() + tail[1:] for tail in tails if tail[0].islower()]
                for part in [*words, *tails]:
                    if canonical not in parts[part]:
                        parts[part].append(canonical)
        return parts

    def _org_parts(self, names: dict[str, tuple[EntityType, str]]) -> dict[str, str]:
        """The first and last words of organisation names that can stand for them alone
        (not markers, connectors, places or nationalities)."""
        parts: dict[str, str] = {}
        for name, (kind, canonical) in names.items():
            words = name.split()
            if kind is not ORG or len(words) < 2:
                continue
            if len(words) == 2 and words[0] in _COMPASS:
                continue  # "North Lismore" is no name for Lismore
            first, last = words[0], words[-1]
            # An everyday first word does not stand for its body: "Science" is not the
            # Science and Technology Facilities Council.
            everyday = not first.isupper() and mostly_lower_case(first)
            for word in {last} if everyday else {first, last}:
                if (
                    word[:1].isupper()
                    and word not in lx.ORG_MARKERS
                    and word not in lx.CONNECTORS
                    and word not in lx.DEMONYMS
                    and word not in lx.TITLES
                    and (
                        word not in self.places
                        # "Caldwell Therapeutics Inc." is Caldwell; a small town's name
                        # in a company's (not "Wigan Council") stands for the company.
                        or (self.places[word].kind == "town" and last in _COMPANY_ENDS)
                    )
                ):
                    parts.setdefault(word, canonical)
        return parts

    def _acronyms(
        self, names: dict[str, tuple[EntityType, str]]
    ) -> dict[str, tuple[EntityType, str]]:
        out: dict[str, tuple[EntityType, str]] = {}
        for match in _ACRONYM_DEF.finditer(self.text):
            acronym = match.group(1)
            before = self.text[max(0, match.start() - 120) : match.start()].rstrip()
            for name, (kind, canonical) in names.items():
                if (
                    " " in name
                    and before.replace("’", "'").endswith(name)
                    # A body's own-language letters ("Democratic Left Alliance (SLD)")
                    # or short name ("Oswaldo Cruz Foundation (Fiocruz)", "Elections
                    # Supervisory Agency (Bawaslu)") need not be the English initials;
                    # a place there is the side's country ("Dinamo Zagreb (Croatia)").
                    and (
                        _initials(name).startswith(acronym[0])
                        or (kind is ORG and (acronym.isupper() or acronym not in self.places))
                    )
                ):
                    out[acronym] = (kind, canonical)
        for match in _QUOTED_ALIAS.finditer(self.text):
            # 'Delmont Logistics, Inc. (NYSE: DLMT) ("Delmont" or "the Company")': a
            # release's or a judgment's own short name for the firm it has just named.
            before = self.text[max(0, match.start() - 160) : match.start()]
            before = _LEGAL_TAIL.sub("", _TICKER_TAIL.sub("", before)).replace("’", "'")
            for name, (kind, canonical) in names.items():
                if kind is ORG and before.endswith(name) and match.group(1) != name:
                    out[match.group(1)] = (kind, canonical)
                    self.defined_short.add(match.group(1))
                    break
        for name, (kind, canonical) in names.items():
            if kind is ORG and " " in name:
                initials = _initials(name)
                if len(initials) >= 2:
                    out.setdefault(initials, (kind, canonical))
        return out

    def _resolve(
        self,
        span: Span,
        names: dict[str, tuple[EntityType, str]],
        persons: dict[str, list[str]],
        acronyms: dict[str, tuple[EntityType, str]],
        orgs: dict[str, str],
    ) -> Entity | None:
        if not span.words:
            return None
        key = _key(span.text)
        strong = max(span.evidence.values(), default=0.0)
        # A surname alone is the person named in full elsewhere in the article,
        # unless this mention itself says otherwise ("analysts at Morgan").
        other = max((v for k, v in span.evidence.items() if k is not P), default=0.0)
        if (
            len(span.words) == 1
            and len(key) > 2
            and key.isupper()
            and key not in acronyms
            and (folded := _title_case(key)) in persons
            and folded not in orgs
            and not self._dateline(span)  # "LINCOLN, Neb. (AP) —" beside a Mr Lincoln
        ):
            # "PETTIFER: Good morning" beside "Tom Pettifer": a transcript's speaker, a
            # byline's surname in capitals.
            return Entity(span.start, span.end, span.text, P, self._nearest(span, persons[folded]))
        if (
            key in persons
            # The release's own short name for the firm, not its founder Harold Delmont,
            # unless this mention says otherwise ("Mr Delmont").
            and (key not in self.defined_short or span.evidence.get(P, 0.0) >= 2.5)
            # "Caloi is a maker of bicycles" beside "Luigi Caloi": not the man.
            and (key not in self.defined_outright or self.defined[key] is P)
            and (len(span.words) == 1 or names.get(key, (P, ""))[0] is P)
            and not (other >= 3 and other > span.evidence.get(P, 0.0))
            and (
                names.get(key, (P, ""))[0] is P
                or not self._own_cue(key)
                or _stands_for_person(key, persons[key], self._country(key))
            )
        ):
            return Entity(span.start, span.end, span.text, P, self._nearest(span, persons[key]))
        if key in acronyms:
            kind, canonical = acronyms[key]
            if key in names and names[key][0] is not kind and strong >= 2.5:
                kind, canonical = names[key]
            return Entity(span.start, span.end, span.text, kind, canonical)
        if (
            len(span.words) == 1
            and key in orgs
            and key not in self.defined  # the article's own name for it, not a longer one's
            and span.evidence.get(P, 0.0) < 3
            and not (
                key in names
                and names[key][0] is not ORG
                and self.strongest_neither.get(key, 0.0) >= OWN_CUE
            )
        ):
            # "Shell" after "Royal Dutch Shell", "Sachs" after "Goldman Sachs".
            return Entity(span.start, span.end, span.text, ORG, orgs[key])
        if (
            (
                (key in names and names[key][0] is ORG and _institution(span.words))
                # Not "Police said", "Board member Ruth Nanouk": after "the" only.
                or (self._short_body(span) and names.get(key, (ORG, ""))[0] is ORG)
            )
            and (body := _headed_body(key, names))
        ):
            # "the Bank" after "Bank of England", "the Executive" after "Northern Ireland
            # Executive", "the Commission" after "European Commission".
            return Entity(span.start, span.end, span.text, ORG, body)
        if key not in names:
            return None
        kind, canonical = names[key]
        if kind is not G and self._dateline(span):
            # "MELBOURNE, Australia (AP) —" beside "Melbourne 34 Brisbane 12": the
            # dateline is the town wherever its club plays.
            place = self.places.get(span.text.title())
            if place is not None:
                return Entity(span.start, span.end, span.text, G, place.canonical)
        return Entity(span.start, span.end, span.text, kind, canonical)

    def _dateline(self, span: Span) -> bool:
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

    def _country(self, key: str) -> bool:
        place = self.places.get(key)
        return place is not None and place.kind == "country" and not place.common_word

    def _own_cue(self, key: str) -> bool:
        """Whether one mention of the name holds a strong cue of its own against a person
        ("the town of Bridgton", a gazetteer place): its type is not inherited then."""
        return self.strongest_other.get(key, 0.0) >= OWN_CUE

    def _nearest(self, span: Span, candidates: list[str]) -> str:
        if len(candidates) == 1:
            return candidates[0]
        best, best_distance = candidates[0], None
        for candidate in candidates:
            index = self.text.rfind(candidate, 0, span.start)
            distance = span.start - index if index >= 0 else len(self.text) * 2
            if best_distance is None or distance < best_distance:
                best, best_distance = candidate, distance
        return best

    def _headline(
        self,
        span: Span,
        names: dict[str, tuple[EntityType, str]],
        persons: dict[str, list[str]],
        acronyms: dict[str, tuple[EntityType, str]],
        orgs: dict[str, str],
    ) -> list[Entity]:
        """Title Case: only names known from the body, places, nationalities and
        names that are plainly a person's (a common given name, then a surname) count.
        In capitals ("RUSSIA SAYS CHECHEN TRUCE HOLDING"), the same in the body's case."""
        if (outlet := self._byline_outlet(span, names)) is not None:
            return [outlet]
        out: list[Entity] = []
        words = span.words
        shouting = any(len(w) > 1 and w.isupper() for w in words)
        if shouting and self.folded_names is None:
            # The article's names by their lower case, once for all its capitals headlines.
            self.folded_names = {
                k.casefold(): k for k in (*names, *persons, *orgs) if not k.isupper()
            }
        folded = self.folded_names or {}
        # "By Maria Quintero": a byline's names are people's, also a surname the
        # gazetteer knows as a town (Quintero, Chile).
        byline = self.text.startswith("By ", self.text.rfind("\n", 0, span.start) + 1)
        offsets = []
        position = span.start
        for word in words:
            index = self.text.find(word, position)
            offsets.append(index)
            position = index + len(word)
        i = 0
        limit = max(longest_name_words(), 6)
        while i < len(words):
            found = None
            for j in range(min(len(words), i + limit), i, -1):
                start = offsets[i]
                end = offsets[j - 1] + len(words[j - 1])
                surface = self.text[start:end]
                forms = [surface]
                # "CHECHEN" as the body writes it, else "NEW YORK" as "New York"; not
                # "MAY" or "TOP", everyday words before they are names.
                if (
                    shouting
                    and surface.isupper()
                    and not all(mostly_lower_case(w) for w in surface.lower().split())
                ):
                    forms.append(folded.get(_key(surface).casefold()) or _title_case(surface))
                if j - i == 1 and surface in lx.BEATS and _BEAT_ROLE_AFTER.match(self.text, end):
                    continue  # "Hannah Pryce Science correspondent": a byline's beat
                for form in forms:
                    typed = self._headline_name(
                        form, j - i, names, persons, acronyms, orgs, byline=byline
                    )
                    if typed is not None:
                        found = (j, Entity(start, end, surface, *typed))
                        break
                if found is not None:
                    break
            if found is None:
                i += 1
            else:
                i = found[0]
                out.append(found[1])
        return out

    def _byline_outlet(
        self, span: Span, names: dict[str, tuple[EntityType, str]]
    ) -> Entity | None:
        """ "By Natalie Szczepanski, Detroit Metro Bulletin": the paper the reporter
        writes for, after the comma (a town there is where they file from)."""
        text = self.text
        line_start = text.rfind("\n", 0, span.start) + 1
        if not _BYLINE_BEFORE.fullmatch(text, line_start, span.start):
            return None
        if not _BYLINE_PART_END.match(text, span.end) or _key(span.text) in names:
            return None
        words = span.words
        if len(words) < 2 or span.text in self.places or words[-1] in lx.BEATS:
            return None
        if words[-1].lower() in _BYLINE_ROLES:
            return None  # "By Tom Ackroyd, Racing Correspondent"
        return Entity(span.start, span.end, span.text, ORG, span.text)

    def _headline_name(
        self,
        surface: str,
        n: int,
        names: dict[str, tuple[EntityType, str]],
        persons: dict[str, list[str]],
        acronyms: dict[str, tuple[EntityType, str]],
        orgs: dict[str, str],
        *,
        byline: bool = False,
    ) -> tuple[EntityType, str] | None:
        """The type and canonical name of `n` headline words, if the article or the
        lists know them."""
        key = _key(surface)
        if key in names:
            kind, canonical = names[key]
            # "ORIOLES" as the body's "Orioles" stands for: the Baltimore Orioles.
            if n == 1 and canonical == key and kind is ORG and key in orgs:
                return ORG, orgs[key]
            if n == 1 and canonical == key and kind is P and key in persons:
                return P, persons[key][0]
            return kind, canonical
        if n == 1 and key in persons:
            return P, persons[key][0]
        if n == 1 and key in orgs:
            return ORG, orgs[key]
        if key in acronyms:
            return acronyms[key]
        if (place := self.places.get(surface)) and _plain_place(place):
            return G, place.canonical
        if n == 1 and (surface in lx.DEMONYMS or _is_compound_demonym(surface)):
            return N, surface
        if 2 <= n <= 4 and _named_person(surface.split(), town_surname=byline):
            return P, surface  # "By Declan Fahy", "1. Amelie Mauresmo"
        return None


# The name an embedded post gives before its author's handle: "— Ann Lee (@annlee)".
_HANDLE_OWNER = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}) \(@$")
# A byline's reporters, up to the comma before their paper: "By A and B, " .
_BYLINE_BEFORE = re.compile(r"By [A-Z][^,\n]{2,60},\s+")
_BYLINE_PART_END = re.compile(r"\s*(?:,|$)", re.MULTILINE)
_REPORTERS = ("correspondent", "editor", "reporter", "writer", "columnist", "critic")
_BYLINE_ROLES = frozenset(_REPORTERS) | lx.words("bureau staff desk team")
# A reporter's role after a beat: "Science correspondent", "Education Editor".
_BEAT_ROLE_AFTER = re.compile(r"\s+(?:" + "|".join(_REPORTERS) + r")s?\b", re.IGNORECASE)
_MONTH_SHORT = frozenset(m for m in lx.MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
_DAY_OR_BRACKET_AFTER = re.compile(r"\.?(?: \d{1,2}\b|\)| swap\b)")
# The dot that opens a Reuters index code (" .DJI", "(.FTSE)"); not a sentence's full stop.
_RIC_INDEX_BEFORE = re.compile(r"(?:^|[\s(])\.\Z")
# A road's letters and number: a US interstate, a Brazilian federal highway.
_ROAD_CODE = re.compile(r"(?:I|BR)-\d{1,3}")
_DOMAIN_RE = re.compile(r"[\w-]+\.(?:com|net|org|cn|io|co|hk|ai|tv)", re.IGNORECASE)
_LAST_WORDS_REVERSED = re.compile(r"\s*(\S+)(?:\s+(\S+))?(?:\s+(\S+))?")


def _last_word_starts(text: str) -> tuple[int, int, int]:
    """Where the last, second-last and third-last whitespace-separated words of `text` start
    (0 for words it does not have). Matched on the reversed text, so only the tail is read."""
    match = _LAST_WORDS_REVERSED.match(text[::-1])
    if match is None:
        return 0, 0, 0
    n = len(text)
    _, (_, end1), (start2, end2), (start3, end3) = match.regs  # -1 for a group not matched
    return n - end1, n - end2 if start2 >= 0 else 0, n - end3 if start3 >= 0 else 0


# Letters of a "Ministry of" or "Department for/of": "MoD", "DfE", "DoJ", "DfID".
_DEPARTMENT_LETTERS = re.compile(r"[A-Z](?:o|f|of)[A-Z]{1,2}")
_COMPASS = lx.words("North South East West Northern Southern Eastern Western Central")


_CONTRACTION = re.compile(r"([a-z]+)'(?:m|s|re|ve|ll|d|t)")


# Members of a party, after the place they represent ("a Kentucky Republican").
_PARTY_MEMBERS = frozenset({
    "Republican", "Republicans", "Democrat", "Democrats", "Conservative", "Conservatives",
    "Tory", "Tories", "Liberal", "Liberals",
})  # fmt: skip
# Weather that forecasters name: "Storm Darragh", "Typhoon Haiyan" are events; weapons
# and machines share the words ("Storm Shadow missiles", "Eurofighter Typhoon jets").
_NAMED_WEATHER = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})
_MADE_THING_AFTER = re.compile(
    r"\s+(?:missiles?|rockets?|jets?|fighters?|aircraft|planes?|drones?|tanks?|systems?|"
    r"engines?|cars?|phones?|models?)\b"
)
# Portfolio words that say which side holds a title ("House Minority Leader").
_TITLE_SIDES = frozenset({"Majority", "Minority"})
# Words that end an organisation or event name: a nationality before one of them is
# part of that name ("Spanish Air Defense Command", "Hungarian Grand Prix").
_NAME_HEADS = lx.ORG_MARKERS | lx.EVENT_MARKERS


def _named_weather(words: list[str]) -> bool:
    """ "Storm Darragh", "Tropical Storm Alberto": a storm's kind, then its name."""
    if words[:2] == ["Tropical", "Storm"]:
        words = words[1:]
    return len(words) > 1 and words[0] in _NAMED_WEATHER and words[1] not in _NAMED_WEATHER


# After a wire agency's name in a dateline: its bracket, then the dash ("(Xinhua) --").
_AGENCY_AFTER = re.compile(r"\)\s*(?:--?|—|–)\s")
# After a dateline's town: its country or state, then the agency, a dash or the date.
_DATELINE_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s*\(|\s+[-—–]|\s+\d{4}-\d\d-\d\d|,\s+[A-Z][a-z]{2})"
)


_POSSESSED_NAME = re.compile(r"^['’]s\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+")


def _owns_person(after: str) -> bool:
    """Whether a possessive is followed straight by a person's full name: a team, a
    company or a country has its people so ("Ferrari's Charles Leclerc"); a person's
    possessive is followed by a relation or a thing ("Smith's wife Anne")."""
    match = _POSSESSED_NAME.match(after)
    if match is None:
        return False
    given = match.group(1)
    return given in lx.GIVEN_NAMES or name_strength(given)[0] >= 2


# "R120m", "R8 million", "R120-million", "T$398.3 billion": a currency's letters before
# an amount, not a name.
_MONEY_WORD = re.compile(r"[A-Z]{1,3}\$?\d[\d.,]*(?:m|bn|k|tn|-million|-billion)?")
_MULTIPLIER_AFTER = re.compile(r"\s?(?:m|bn|k|tn|million|billion|trillion)\b")


def _money(word: str, text: str, end: int) -> bool:
    if text[end : end + 1] == "$" and word.isupper() and len(word) <= 3:
        return True  # "T$", "NT$", "HK$" before the amount
    if _MONEY_WORD.fullmatch(word) is None:
        return False
    return word[-1].isalpha() or _MULTIPLIER_AFTER.match(text, end) is not None


# A work's noun near a quoted title, in the same sentence: "a song from it, “Cahokia,”",
# "Her 2022 debut, 'Omalicha'", "release ‘Floodwall’, their first album".
_WORK_NOUN = re.compile(
    r"\b(?:albums?|EPs?|LPs?|singles?|songs?|tracks?|records?|films?|movies?|documentar(?:y|ies)"
    r"|series|shows?|programmes?|novels?|books?|memoirs?|plays?|operas?|musicals?|paintings?"
    r"|poems?|debut|opener|closer|anthem|hit|ballads?|videos?|podcasts?|games?|titled)\b"
)
_WHOLLY_QUOTED_AFTER = re.compile(r"[,.!?]?[\"”’']")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_SPEECH_NEAR = re.compile(r"\b(?:said|says|asked|asks|added|adds|replied|told|wrote|shouted)\b")


def _quoted_work(before: str, after: str) -> bool:
    """Whether a span is all of a quotation near a work's noun: a title, not a person
    ("“Cahokia,” landed on an episode", "Best tracks: "Fjordgrav," "Draugen"")."""
    if not before or before[-1] not in _QUOTES_OPEN or not _WHOLLY_QUOTED_AFTER.match(after):
        return False
    if before[-1] == "'" and before[-2:-1].isalnum():
        return False  # an apostrophe inside a word, not a quotation mark
    if _SPEECH_NEAR.search(after, 0, 30):
        return False  # "“Ridley,” she said": a name spoken to, in a quotation
    near = _SENTENCE_BREAK.split(before[-70:-1])[-1], _SENTENCE_BREAK.split(after[1:50])[0]
    return any(_WORK_NOUN.search(side) for side in near)


def _no_name(word: str) -> bool:
    """Whether `word` is neither a given name nor a surname: what may follow a saint's
    possessive in a name ("St Brigid's National School"), unlike a player's name ("St
    Mirren's Jamie McGrath")."""
    if word in lx.EVENT_MARKERS or word in lx.POSSESSIVE_INSTITUTIONS:
        return True  # "St Patrick's Day", "St Mary's Hospital"
    return not is_given_name(word) and name_strength(word)[1] == 0 and word not in lx.SURNAMES


def _quoted(before: str, after: str) -> bool:
    """Whether a span stands alone between quotation marks: not at the start of the text
    (where `before` is empty) and not before a possessive ("Ridley Scott's"). Capitalised
    words the span has shed may stand between the mark and it (“Mobile Phone X AIoT”)."""
    before = _SHED_CAPITALS.sub("", before)
    return (
        before[-1:] != ""
        and before[-1] in _QUOTES_OPEN
        and after[:1] != ""
        and after[0] in _QUOTES_CLOSE
        and not _POSSESSIVE_AFTER.match(after)
    )


# Words a quoted span sheds at its start ("Mobile" of “Mobile Phone X AIoT”); an article
# opening a title stays a title's ("The Kite Runner", "A Beautiful Lie").
_SHED_CAPITALS = re.compile(r"(?<=[“\"‘'])(?:(?!(?:The|A|An)\b)[A-Z][\w-]*\s+){1,2}$")
_PARTY_LETTER = re.compile(r"(?:(?<=, )|(?<=\())([RD])-(?=[A-Z]|\d{1,2}(?:st|nd|rd|th) )")
_PARTIES = {"R": "Republican Party", "D": "Democratic Party"}
# What the members' words name in an article that tags its politicians "R-Texas": the
# party, as the tags do (elsewhere "Democrats" may be another country's party).
_US_PARTIES = {
    "Republican": _PARTIES["R"], "Republicans": _PARTIES["R"], "GOP": _PARTIES["R"],
    "Democrat": _PARTIES["D"], "Democrats": _PARTIES["D"], "Democratic": _PARTIES["D"],
}  # fmt: skip
# Letters of a position or a scoring play that sports reports put before a player's name
# (not those that open names too: "RB Leipzig", "LG Electronics", "RIO DE JANEIRO", nor
# "RT", which tweets put before a retweeted account).
_SPORT_CODES = lx.words(
    "QB FB WR TE LT OT OG OL DL DT LB ILB OLB CB SS FS LHP RHP DH FG TD MVP"
)
# Honorifics before a surname; a title word after one is that surname ("Mr King").
_SURNAME_HONORIFICS = lx.words("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr.")
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted({h.rstrip(".") for h in _SURNAME_HONORIFICS})) + r")\.? \Z"
)
# Title words that are also common surnames: "Justin King", "Ollie Pope", "Mr Bishop".
_SURNAME_TITLES = lx.words("King Pope Bishop Judge Marshal Sheriff Chancellor Prince Major")


def _plain_given_name(word: str) -> bool:
    """A given name in title case that is no title, party, nationality or article."""
    return (
        word.istitle()
        and word not in lx.TITLES
        and word not in lx.PARTY_WORDS
        and word not in lx.DEMONYMS
        and word not in lx.NORP_WORDS
        and word not in ("The", "A")
        and is_given_name(word)
    )
# Kinds of centre that are a place (a venue, a base, a jail), not a body that works there.
_VENUE_KINDS = lx.words(
    "Conference Convention Exhibition Shopping Leisure Aquatic Aquatics Sports Civic Events "
    "Space Launch Detention Correctional Millennium"
)
# A party's place on the spectrum just before its name.
_WING_BEFORE = re.compile(
    r"\b(?:(?:far|hard|centre|center|radical|extreme|populist)-(?:right|left)|"
    r"(?:left|right)-wing)\s+$",
    re.IGNORECASE,
)
# A group that names itself: "a gang calling itself", "a group that calls itself".
_CALLING_ITSELF_BEFORE = re.compile(r"\b(?:calling|calls|called)\s+(?:itself|themselves)\s+$")
# A competitor's name before the bracket of a country code.
_COMPETITOR_BEFORE = re.compile(
    r"([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|and|the|for|de|do|du)){0,5}) \($"
)
# The legal forms that end a company's full name.
_COMPANY_ENDS = lx.words(
    "Inc Inc. Incorporated Ltd Ltd. Limited Corp Corp. Corporation LLC PLC plc AG SA NV GmbH "
    "S.A. N.V. SpA Pty Bhd Oyj ASA AB KK Co Co."
)
_HOME_TOWN = re.compile(
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|\d{1,2}(?:st|nd|rd|th) (?:Ward|District))[,)]"
)
# A member's party letter before the town or state after it: "R-Spencer", "(D-Calif.)".
_PARTY_TAG_BEFORE = re.compile(r"(?:, |\()[RD]-\Z")
_STATE_AFTER = re.compile(r"([A-Z][\w.]*)(?: [A-Z][\w.]*)?")  # "Texas", "N.Y.", "New Mexico"


def _party_letters(text: str, tags: list[re.Match[str]]) -> list[Entity]:
    """ "Sen. Ted Cruz, R-Texas", "(D-Calif.)": the letter is the member's party, when a
    state or place follows it."""
    out = []
    for match in tags:
        state = _STATE_AFTER.match(text, match.end())
        if (
            state is not None
            and any(
                known_place(name) or name in lx.US_STATE_ABBREVIATIONS
                for whole in (state.group(), state.group(1))
                for name in (whole, whole.rstrip("."))
            )
        ) or _HOME_TOWN.match(text, match.end()) is not None:  # "R-Spencer,", "D-5th Ward,"
            letter = match.group(1)
            out.append(Entity(match.start(), match.end(1), letter, ORG, _PARTIES[letter]))
    return out


def _is_contraction(low: str) -> bool:
    """ "i'm", "we've", "don't": a pronoun or verb with its clitic, never a name."""
    match = _CONTRACTION.fullmatch(low)
    return match is not None and (match.group(1) in lx.FUNCTION_WORDS or low.endswith("n't"))


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _plain_place(place: Place) -> bool:
    """A place name unlikely to be anything else: not an everyday word, not a small town."""
    return not place.common_word and place.kind != "town"


def _named_person(words: list[str], *, town_surname: bool = False) -> bool:
    """A common given name followed by one or two words that can only be a surname, and
    maybe a middle initial ("Rosa I. Marrero"); `town_surname` where a surname may also
    be a town's name (a byline)."""
    initial = len(words) > 2 and _MIDDLE_INITIAL.fullmatch(words[1]) is not None
    if initial:
        words = [words[0], *words[2:]]  # the initial says a person's name, whatever its last
    if not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha() for w in words):
        return False
    words = [_title_case(w) if len(w) > 1 and w.isupper() else w for w in words]  # "AS DUTCH"
    if words[0].lower() in lx.FUNCTION_WORDS:
        return False
    if name_strength(words[0])[0] < 2 and words[0] not in lx.GIVEN_NAMES:
        return False
    last = words[-1]
    return not (
        mostly_lower_case(last)
        or last in lx.ORG_MARKERS
        or last in lx.EVENT_MARKERS
        or last in lx.LOC_MARKERS
        or (last in places() and not initial and not town_surname)
        or any(mostly_lower_case(w) for w in words[1:-1])  # "ISRAEL APPROVES WEST"
    )


def _institution(words: list[str]) -> bool:
    """ "Senate", "Parliament": one word that names a body on its own, not a title (nor
    a company suffix: "Group VP")."""
    return len(words) == 1 and words[0] in lx.BODIES and words[0] not in lx.TITLES


def _title_case(surface: str) -> str:
    """ "NEW YORK" as "New York", "O'DRISCOLL" as "O'Driscoll", "MENSAH-LOWE" as
    "Mensah-Lowe", "MCCRONE" as "McCrone" (the first word's)."""
    titled = surface.title().replace("’S", "’s").replace("'S", "'s")
    if titled.startswith("Mc") and len(titled) > 3:
        titled = "Mc" + titled[2].upper() + titled[3:]
    return titled


def _headed_body(word: str, names: dict[str, tuple[EntityType, str]]) -> str | None:
    """The one organisation of the article a body's word alone stands for: "Bank" for
    the "Bank of England", "Commission" for the "European Commission"."""
    found = {
        canonical
        for name, (kind, canonical) in names.items()
        if kind is ORG
        and name != word
        and (name.startswith(f"{word} of ") or name.endswith(f" {word}"))
    }
    return found.pop() if len(found) == 1 else None


def _stands_for_person(part: str, full_names: list[str], country: bool = False) -> bool:
    """Whether a word with a strong cue of its own ("the town of Bridgton") still stands
    for a person named in full: a surname ("Barkley" of "Olly Barkley") or a word the
    name lists call a name; not a place that opened one doubtful "Bridgton Hinkleys",
    nor a country that opened one ("France" of "France Unbowed")."""
    if any(name.endswith(" " + part) for name in full_names):
        return True
    if country:
        return False
    return part in lx.GIVEN_NAMES or part in lx.SURNAMES or name_strength(part) != (0, 0)


def _firm_of_names(name: str) -> bool:
    """ "Johnson & Johnson", "Marks & Spencer", "Faber & Faber": surnames joined by an
    ampersand name a firm; "David Christison & Lee Tate" are two people."""
    sides = [side.split() for side in name.split("&")]
    return len(sides) == 2 and all(sides) and min(len(side) for side in sides) == 1


def _listed_initial_name(words: list[str], before: str, after: str) -> bool:
    """ "G Murphy;", "S Easterby, D Wallace", "J White (capt)": an initial and a surname
    between a list's separators, as team sheets and scorecards write their players."""
    if len(words) != 2 or len(words[0]) != 1 or not words[0].isupper():
        return False
    if not words[1][:1].isupper() or len(words[1]) < 2:
        return False
    opened = before.rstrip(" ")[-1:] in (",", ";", ":", "(", "\n", "")
    return opened and _LIST_CLOSE.match(after) is not None


def _before_marker(words: list[str]) -> bool:
    """Two words, the second a street's, place's or firm's ("Downing Street")."""
    return len(words) == 2 and (
        words[1] in lx.LOC_MARKERS or words[1] in lx.FACILITY_MARKERS or words[1] in lx.ORG_MARKERS
    )


def _opens_alone(words: list[str]) -> bool:
    """Whether the first word stands apart from the rest: alone, before a given name
    ("Centre Declan Ryan") or before a nationality that ends the span ("Former
    Egyptian [President]"); "Royal Dutch Shell" opens a name."""
    if len(words) == 1 or is_given_name(words[1]):
        return True
    return len(words) == 2 and words[1] in lx.DEMONYMS


def _head(words: list[str]) -> str:
    """The word that types a name: the last (before a numeral: "World War II"), or
    the one before "of" ("Ministry of X")."""
    for index, word in enumerate(words):
        if word in ("of", "for", "on") and index:
            return words[index - 1]
    if len(words) > 1 and words[-1] in lx.ROMAN_NUMERALS:
        return words[-2]
    return words[-1]


def _only_titles_and_markers(words: list[str]) -> bool:
    """ "Chief Executive", "Senior Manager": no name in it. But "General Motors" is one
    (a title word followed by an organisation marker that is not itself a title), and
    so is an organisation word followed by an event word ("Academy Awards")."""
    if (
        len(words) > 1
        and words[-1] in lx.ORG_MARKERS
        and words[-1] not in lx.TITLES
        and words[0] in lx.TITLES
        and words[0] not in lx.ORG_MARKERS
    ):
        return False
    if (
        len(words) > 1
        and words[-1] in lx.EVENT_MARKERS
        and words[-2] in lx.ORG_MARKERS
        and words[-2] not in lx.TITLES
    ):
        return False  # "Academy Awards", "League Cup": a body's event is named so
    named = [w for w in words if w != "&"]
    if len(named) > 1 and not any(w in lx.TITLES for w in named):
        # "Daily Mail", "Mail & Guardian", "Standard Bank", "Cabinet Office", "Alliance
        # Party", "Centre Court": markers together with no title among them name a thing.
        return False
    return all(w in lx.TITLES or w in lx.ORG_MARKERS or w in lx.EVENT_MARKERS for w in words)


def _is_compound_demonym(word: str) -> bool:
    if "-" not in word:
        return False
    head, _, tail = word.partition("-")
    if head in lx.DEMONYMS and tail in lx.DEMONYMS:
        return True  # "German-Dutch", "Moslem-Croat"
    return head in lx.DEMONYM_PREFIXES and (tail in places() or tail in lx.DEMONYMS)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("'s", "").split() if w[0].isupper())


# Between a given name and a surname: a nickname in quotes (Patrick "Packy" Donnelly).
_NICKNAME = re.compile(r"\s+[\"“]([A-Z][^\"”\n]{0,24})[\"”]\s+")


_SURNAME_AT = re.compile(r"[A-Z][a-z][\w'’-]*(?![\w'’-])")


def _nicknamed(text: str, entities: list[Entity]) -> list[Entity]:
    """Patrick "Packy" Donnelly is one person, Patrick Donnelly, and so is a later
    "Donnelly" the article names no other way."""
    if '"' not in text and "“" not in text:
        return entities
    out: list[Entity] = []
    merged: dict[str, str] = {}
    i = 0
    while i < len(entities):
        first = entities[i]
        match = _NICKNAME.match(text, first.end) if first.type is P else None
        if match is not None:
            j = i + 1
            while j < len(entities) and entities[j].end <= match.end():
                j += 1  # the nickname itself, if it was taken for a name
            last = entities[j] if j < len(entities) else None
            # The surname may have been typed otherwise alone (Samuel "Sonny" Vickers).
            if (
                last is not None
                and last.start == match.end()
                and (last.type is P or " " not in last.text)
                and last.type is not EntityType.DATE
            ):
                canonical = f"{first.canonical} {last.canonical}"
                merged[last.canonical] = canonical
                whole = text[first.start : last.end]
                out.append(Entity(first.start, last.end, whole, P, canonical))
                i = j + 1
                continue
            surname = _SURNAME_AT.match(text, match.end())
            if surname is not None and (last is None or last.start >= surname.end()):
                # The surname the quote mark left to open a "sentence" of its own.
                canonical = f"{first.canonical} {surname.group()}"
                merged[surname.group()] = canonical
                whole = text[first.start : surname.end()]
                out.append(Entity(first.start, surname.end(), whole, P, canonical))
                i = j
                continue
        out.append(first)
        i += 1
    if merged:
        out = [
            Entity(e.start, e.end, e.text, P, merged[e.canonical])
            if e.type is P and e.canonical in merged
            else e
            for e in out
        ]
    return out


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
