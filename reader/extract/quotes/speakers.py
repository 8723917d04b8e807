"""Who a speaker phrase names: an entity, a pronoun, or a description the article tied to a name.

"Lei said", "he said" after Lei has spoken, "the 80-year-old founder said"
after "Ren Zhengfei, the founder of Huawei": each resolves to a full name from
the entities of the same article. A phrase that cannot be tied to a name
("one official said", "they said") resolves to nobody: never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from reader.extract.anchored import alternation
from reader.extract.entities.lexicon import (
    DEMONYMS,
    FAMILY_DESCRIPTOR,
    HONORIFIC_SEX,
    NATIONALS,
    ORG_MARKERS,
    ROLES,
    TITLES,
    TITLES_BEFORE_A_PERSON,
    WEEKDAYS,
)
from reader.extract.entities.wordlists import given_name_sex, mostly_lower_case
from reader.extract.model import Entity, EntityType
from reader.extract.quotes.cues import (
    ANONYMITY,
    OPENING_WORDS,
    VERB,
    opening_phrase,
    shown_before,
    words,
)
from reader.extract.quotes.marks import paragraphs, quoted_spans
from reader.extract.quotes.sentences import sentence_bounds
from reader.extract.quotes.span_index import SpanIndex

Speaker = tuple[str, EntityType]

PRONOUNS = words("he she")
# A possessive standing for its pronoun, as the subject of a colon's lead ("Her reaction:").
POSSESSIVES = {"her": "she", "his": "he"}
# Words someone gave, named for what they were, before a colon: "Her reasoning is
# simple:", "Her view of the market:", "Ramaswamy-Holt's answer came in two parts:". The
# one whose words they are speaks.
POSSESSOR_OF_WORDS = re.compile(
    r"(?:(?P<pronoun>Her|His|her|his)|(?P<name>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s)"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:answer|reply|response|reaction|verdict|view|message|advice"
    r"|warning|explanation|reasoning|framing|assessment|note|take|conclusion|prediction"
    r"|retort|comment|comments|words|argument|pitch|plea|summary|diagnosis|instructions"
    r"|motto|mantra|philosophy|promise|vow|rebuttal|riposte|defence|defense)"
    # the noun ends its phrase: not "Her defence minister, X, said:"
    r"(?=\s*[:,]|\s+(?:was|is|were|came|comes|of|for|to|on|about|in|at)\b)"
)
# Pronouns a group or an organisation speaks through ("they said", "it said").
GROUP_PRONOUNS = words("they it")
# Nouns that stand for the organisation the article last named.
ORG_NOUNS = words(
    """
    company firm group bank carrier maker manufacturer ministry agency government council
    club party board department retailer insurer lender airline developer startup start-up
    commission court police army regulator union university school charity organisation
    organization business brand operator exchange league federation association publisher
    broadcaster network newspaper studio label orchestra festival museum hospital trust
    foundation institute committee watchdog carmaker automaker chipmaker miner utility
    biotech drugmaker supermarket grocer brewer conglomerate housebuilder force service
    shelter alliance forum coalition authority consortium partnership society
    """
)
# Words in the names of organisations an article calls by these nouns ("the charity"
# for the "Aire Valley Children's Trust"); any other noun by itself ("the bank").
_NAMED_BY = {
    "charity": words("charity trust foundation fund appeal"),
    "club": words("club fc united city athletic rovers town rangers wanderers albion county"),
    "university": words("university college"),
    "hospital": words("hospital trust infirmary"),
    "police": words("police constabulary"),
    "force": words("police constabulary force"),  # "Cumbria Police ... The force said"
    "service": words("service"),  # "the Scottish Fire and Rescue Service ... the service"
    "shelter": words("shelter refuge"),
}


# Nouns that mean a body only when its name says so: a force, a service, a shelter.
_NAMED_ONLY = words("force service shelter")
# Nouns for bodies that share their name with the event they run.
_EVENT_BODIES = words("festival league")


def _named_as(name: str, noun: str) -> bool:
    """Whether an organisation called `name` may be what "the <noun>" means."""
    return not _NAMED_BY.get(noun, {noun}).isdisjoint(name.lower().split())


# Nouns naming whoever speaks for an organisation: the statement is the organisation's.
SPOKESPEOPLE = words("spokesman spokeswoman spokesperson representative")
_VOICE_SEX = {"spokesman": "m", "spokeswoman": "f"}
# Words that open a phrase of time, place or a link before a pronoun subject.
_LINKS = words("and but so yet then later now still in on at after before during")
_ARTICLE = re.compile(r"^[Tt]he\s+")
# How far back a pronoun or description may look for its person (characters).
REACH = 1500
_JUST_BEFORE = 120  # how near a name must be for a description the lists lack
_TEEN_NOUNS = words("teenager teen")
# How the words that describe someone at a moment end ("a tearful Salcedo", "an
# emotional Salcedo", "a visibly relieved Salcedo", "a defiant Salcedo"), and words that
# end so but name someone else or a relation ("a friend of Salcedo", "a relative of
# Salcedo", "an agent for Salcedo").
_ADJECTIVE_ENDINGS = (
    "ful", "al", "ant", "ent", "ous", "ive", "ed", "ing", "ic", "less", "able", "ible", "y",
)  # fmt: skip
_NOT_ADJECTIVES = words(
    "relative agent ally confidant associate assistant attendant servant resident sibling"
    " rival family"
)
# What makes the name after it an object: a preposition or an active verb of beating, and
# up to two words in lower case ("a corner from captain Craig Rennie", "a lead slip against
# Jordan Whitlock"; not "by", whose name is a passive verb's doer: "was beaten by Holm").
_OBJECT_BEFORE = re.compile(
    r"\b(?:against|from|with|over|past|beat|beating|defeated|defeating)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}$"
    # A verb of getting the better of someone, its objects listed after it ("removed the
    # wicketkeeper Ben Ashdown and the dangerous Will Carrick").
    # Active only: not "was knocked out in the semi-final by Mads Holm".
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:bowled|trapped|outpointed|outsprinted|overtook|outplayed|"
    r"knocked\s+out|edged\s+out|saw\s+off)\s+(?:(?!\bby\b)[^.;:!?,]){0,80}$"
)
# Cricket's words for taking a batsman's wicket, which elsewhere sack someone ("Starmer
# dismissed Tom Reed as transport secretary"): read so only in a story about cricket.
_WICKET_TAKEN_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:removed|dismissed)\s+(?:(?!\bby\b)[^.;:!?,]){0,80}$"
)
_CRICKET = re.compile(r"\b(?:wickets?|innings|bowler|batsman|batter|overs)\b")
# How close a description must follow a person to be that person without more evidence.
NEAR = 300

_WORD = re.compile(r"[\w'’-]+")
_FILLER = words("the a an and of its his her their this that with")
# An age a description gives ("the 26-year-old"), and ages given people: "Rendall, 23,"
# right after the name, "the 23-year-old" later in the sentence that names them.
_AGED_WORD = re.compile(r"(\d{1,3})-year-old")
# "Rendall, 23,", "... by Mads Holm, 19.", "the 23-year-old".
_STATED_AGE = re.compile(
    r",\s+(?P<apposed>\d{1,3})(?:,|\.(?=\s|$))|\b(?P<described>\d{1,3})-year-old\b"
)
_SENTENCE_STOP = re.compile(r"[.!?]\s")
# Words between an age and the name it qualifies: "26-year-old son Liam Jones".
_BEFORE_A_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?=[A-Z])")
# Where a sentence's subject ends: its first auxiliary or common verb.
_SUBJECT_END = re.compile(
    r"\s(?:was|is|were|are|has|had|have|will|would|could|can|did|does|spoke|stood|sat|"
    r"looked|smiled|paused|turned|arrived|began|seemed)\b"
)
# A sentence that names its subject after the verb: "Among them was Mirriam Banda",
# "Among those waiting were".
# "Among them was ...", "Also testifying on Wednesday was ...", "Next to speak was ...":
# a sentence that brings its subject in after the verb.
_SUBJECT_AFTER_VERB = re.compile(
    r"(?:Among|Also|Next|Joining|Alongside)\s[^,.;:!?\"“”]{1,60}?\s(?:was|were)\s+"
)
# A pronoun or a description after a sentence's opening clause, right before its verb.
_SUBJECT_AFTER_CLAUSE = re.compile(r",\s+(he|she|He|She|the\s+[\w-]+(?:\s+[\w-]+)?)$")
# A clause set off by commas after the subject: ", who now has 19 goals this season,".
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^\"“”.;:]*,\s*$")
_CLAUSE_WORDS = words("which who whom that after before when while because although if")
# People around someone, who speak as a group ("his family", "her friends").
_KIN = words(
    "family relatives parents children friends colleagues lawyers neighbours grandmother "
    "grandfather grandparents aunt uncle cousin dad mum mother father sister brother"
)  # "his grandmother said" after the boy who died: someone unnamed


# Whom "her husband" names when the article gives both their names.
_SPOUSES = words("husband wife")


def _described_one(word: str, tokens: list[str]) -> str:
    """The noun that describes someone unnamed ("a father", "one of the companions"), in
    the singular, or ""."""
    if "of" in tokens and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word if person_noun(word) or word in _RELATION_NOUNS or word in _FELLOWS else ""


# Those with someone when something happened, described before they are named.
_FELLOWS = words("companion passenger climber caver walker diver hiker")


def kin_of_someone(tokens: list[str]) -> bool:
    """ "her family", "his lawyers": a group around someone, never that person."""
    return len(tokens) > 1 and tokens[0] in ("its", "his", "her", "their") and tokens[-1] in _KIN


# Numbers a body keeps, which say nothing in words: "LSEG data", "SCDF figures".
_DATA = words("data figures statistics stats numbers records calculations")
# A word in lower case after a nationality: what it describes ("the Italian press").
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
_A_NATIONS_THINGS = words(
    "press media newspapers papers television government authorities police parliament "
    "courts market league team side federation embassy army navy"
)
# Papers through which a body speaks, when they name it ("a report from the council").
_PAPERS_OF_A_BODY = words(
    "report statement document letter filing memo note website study survey analysis review"
    " audit"
)
_PAPER = re.compile(
    rf"\b(?:{'|'.join(sorted(_PAPERS_OF_A_BODY))})\b"
    # "a report published on Thursday by the Healthcare Inspectorate"
    r"(?P<of>\s+(?:(?:published|issued|released|prepared|written)\s+(?:[a-z]+\s+){0,3})?"
    r"(?:from|by|of)\s+(?:the\s+)?)?"
)
# Between a body and its paper: its possessive and one word ("GCMA's internal document").
_MODIFIES_PAPER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?")
# Things, not people: "the report said" is no one's words.
DOCUMENTS = words(
    "report reports study studies survey surveys statement document poll data figures analysis "
    "paper letter filing note memo research estimate estimates forecast index website "
    "results accounts"
)


@dataclass
class Speakers:
    text: str
    entities: list[Entity]
    # Stretches that are not the article's prose (photo captions): a name there is
    # nobody the next "he said" can mean.
    skip: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        names = [
            e
            for e in self.entities
            if e.type in (EntityType.PERSON, EntityType.ORG)
            and not any(s <= e.start < t for s, t in self.skip)
        ]
        names.sort(key=lambda e: e.start)
        self.names = names
        self.events = [e for e in self.entities if e.type is EntityType.EVENT]
        self.starts = [e.start for e in names]
        self.people = [e for e in names if e.type is EntityType.PERSON]
        self.people_starts = [e.start for e in self.people]
        self._leaders_by_noun: dict[str, tuple[list[int], list[Entity]]] = {}
        self._places = SpanIndex(
            (e for e in self.entities if e.type is EntityType.GPE), lambda e: (e.start, e.end)
        )
        self.last_speaker: tuple[int, Speaker] | None = None  # (until, speaker)
        self.last_partial = False  # whether those words were only a few quoted
        # Bodies that spoke through a spokesman or spokeswoman: where, and the voice's sex.
        self.voices: dict[str, tuple[int, str]] = {}
        self.anchor = 0
        self.quoted = [(q.start, q.end) for q in quoted_spans(self.text)]
        self._sentence_starts: list[int] | None = None  # in order; see `_opens`
        self._ages: dict[str, set[int]] | None = None  # see `_stated_ages`
        self._quoted_starts = [start for start, _ in self.quoted]
        # Each person's sex as the article shows it: an honorific ("Ms Park"), or the
        # pronoun that has already stood for them ("he said" after Seo's quote).
        self.sexes: dict[str, str] = {}
        for person in self.people:
            title = _TITLE_BEFORE.search(self.text, max(0, person.start - 12), person.start)
            sex = HONORIFIC_SEX.get(title.group(1)) if title is not None else None
            if sex is not None:
                self.sexes.setdefault(person.canonical, sex)

    # ---- lookups ------------------------------------------------------
    def entity_in(self, start: int, end: int) -> Entity | None:
        """The person mentioned inside text[start:end] ("Yasmin El-Amrani of Capital
        Nord"), else the organisation mentioned last."""
        found = []
        i = bisect_right(self.starts, end) - 1
        while i >= 0 and self.names[i].end > start:
            e = self.names[i]
            if e.start >= start and e.end <= end and not self._possessor(e):
                found.append(e)
            i -= 1
        people = [e for e in found if e.type is EntityType.PERSON]
        return people[-1] if people else (found[0] if found else None)

    def _seat_in(self, start: int, end: int) -> Entity | None:
        """A place whose spokespeople speak for it: a government's building ("a Downing
        Street spokesperson", "a Kremlin spokesman") or a country's government."""
        places = self._places.inside(start, end)
        return places[0] if places else None

    def _possessor(self, entity: Entity) -> bool:
        """A person before "'s" ("Ashby's campaign manager"): someone else speaks."""
        return entity.type is EntityType.PERSON and self.text.startswith(("'s", "’s"), entity.end)

    def person_before(self, offset: int) -> Entity | None:
        i = bisect_left(self.people_starts, offset) - 1
        if i >= 0 and offset - self.people[i].end <= REACH:
            return self.people[i]
        return None

    def org_before(self, offset: int, noun: str = "") -> Entity | None:
        """The organisation "the company" means: the one named most often so far (the
        article's subject), the latest of them on a tie; for "the bank", one whose
        name holds that noun ("National Bank of Tervania", not the Reuters dateline)
        when the article names one."""
        if noun:
            starts, leaders = self._leaders(noun)
            if starts and starts[0] < offset:
                return leaders[bisect_left(starts, offset) - 1]
        starts, leaders = self._leaders("")
        i = bisect_left(starts, offset)
        return leaders[i - 1] if i else None

    def _leaders(self, noun: str) -> tuple[list[int], list[Entity]]:
        """Where each organisation is mentioned (of those named as `noun`, when given),
        and after each mention the one named most often so far, the latest on a tie:
        made once per article, not counted again for each "the company said"."""
        if noun in self._leaders_by_noun:
            return self._leaders_by_noun[noun]
        starts: list[int] = []
        leaders: list[Entity] = []
        counts: dict[str, int] = {}
        best = ""
        bodies = [e for e in self.names if e.type is EntityType.ORG]
        if noun in _EVENT_BODIES:
            # "the festival said" of the "Wildmoor Festival", which names its event too:
            # its organisers speak for it.
            bodies = sorted(bodies + self.events, key=lambda e: e.start)
        for e in bodies:
            if noun and not _named_as(e.canonical, noun):
                continue
            counts[e.canonical] = counts.get(e.canonical, 0) + 1
            # This mention is the latest of its name: it leads unless another name
            # has been mentioned more often.
            if not best or counts[e.canonical] >= counts[best] or best == e.canonical:
                best = e.canonical
                leader = e
            starts.append(e.start)
            leaders.append(leader)
        self._leaders_by_noun[noun] = starts, leaders
        return starts, leaders

    # ---- phrases ------------------------------------------------------
    def _named_next(self, tokens: list[str], end: int) -> Speaker | None:
        """Someone described first and named in the next sentence: "One father ... told
        the press conference that ... . The father, Daniel Achterberg, 34, ..."."""
        head = next((h for t in tokens[1:5] if (h := _described_one(t, tokens))), None)
        if head is None:
            return None
        stop = self.text.find("\n\n", end)
        window_end = min(end + 400, stop if stop >= 0 else len(self.text))
        match = re.compile(rf"\bThe {re.escape(head)}, ").search(self.text, end, window_end)
        if match is not None:
            named = self.entity_in(match.end(), match.end() + 60)
            if named is not None and named.type is EntityType.PERSON and named.start == match.end():
                return named.canonical, named.type
        return self._named_later(head, tokens, end)

    def _named_later(self, head: str, tokens: list[str], end: int) -> Speaker | None:
        """ "One of the companions, who raised the alarm, said ... . Jonah Pell, the
        companion who raised the alarm, said later": the one the article names later by
        the same noun and described as before (not "One of the officers said" and "Ryan
        Kell, the officer who was stabbed")."""
        later = re.compile(rf", the {re.escape(head)}(?![\w'’])").search(self.text, end)
        if later is None:
            return None
        named = self.entity_in(max(0, later.start() - 60), later.start())
        if named is None or named.type is not EntityType.PERSON or named.end != later.start():
            return None
        # what the first mention's sentence says of them, up to its end or its line's
        stop = _SENTENCE_STOP.search(self.text, end)
        line_end = self.text.find("\n", end)
        until = min(
            stop.start() if stop else len(self.text),
            line_end if line_end >= 0 else len(self.text),
            end + 150,
            later.start(),
        )
        described = set(tokens) | set(_WORD.findall(self.text[end:until].lower()))
        said_of = set(_WORD.findall(self.text[later.end() : later.end() + 80].lower()))
        shared = {t for t in said_of & described if len(t) > 3} - {head}
        return (named.canonical, named.type) if len(shared) >= 2 else None

    def resolve(self, start: int, end: int, anchor: int | None = None) -> Speaker | None:
        """The speaker named by the phrase text[start:end], attributing the quotation
        that starts at `anchor` (default: the phrase)."""
        self.anchor = start if anchor is None else anchor
        clause = _RELATIVE_CLAUSE.search(self.text, start, end)
        if clause is not None:
            end = clause.start()  # "The 23-year-old, who has 19 goals, said": the subject
        phrase_raw = self.text[start:end]
        phrase = phrase_raw.strip()
        lead = len(phrase_raw) - len(phrase_raw.lstrip())  # an apposition's space
        if (
            phrase
            and phrase.split(maxsplit=1)[0].lower() in ("a", "an", "one")
            and self.entity_in(start, end) is None
            # "One father, whose daughter died, told ...": someone the next sentence names
            and (named := self._named_next([w.lower() for w in _WORD.findall(phrase)], end))
        ):
            return named
        if not phrase or _CLAUSE_WORDS & set(phrase.lower().split()):
            return None  # "... a meeting with Xi which indicated": a clause, not a speaker
        entity = self.entity_in(start, end)
        tokens = [w.lower() for w in _WORD.findall(phrase)]
        if (
            entity is not None
            and entity.type is not EntityType.PERSON
            and len(tokens) == 2
            and tokens[0] == "the"
            and tokens[1].endswith(("ian", "ese", "ard", "er"))
            and person_noun(tokens[1])
        ):
            entity = None  # "the Philadelphian said": a description of someone, not a name
        if people_of_a_place(tokens) and not (
            entity is not None and entity.type is EntityType.ORG and speaks_for(tokens)
        ):
            return None  # "ANGRY residents in Hallbrook say": no one named, not the town
        if any(t in _PAPERS_OF_A_BODY for t in tokens) and not any(t in _DATA for t in tokens):
            # "a staff report from the Riverton Planning Department", "an internal GCMA
            # document" (not the outlet that "saw" it): a body speaking through its paper.
            body = self._papers_body(start, end)
            if body is not None:
                return body.canonical, EntityType.ORG
        if not tokens or tokens[0] in DOCUMENTS:
            return None  # "data provided by Xiaomi": figures, not someone's words
        if (
            len(tokens) > 1
            and tokens[-1] in _DATA
            and (
                entity is None
                or not self.text[entity.start : entity.end].lower().endswith(tokens[-1])
            )
        ):
            # "according to LSEG data", "SCDF figures": numbers, not words (not the firm
            # "Meridex Health Data", the label "Greyhound Records")
            return None
        if any(t in SPOKESPEOPLE for t in tokens):
            speaker = self._spokesperson(start, end, entity, phrase, tokens)
            sex = _VOICE_SEX.get(next(t for t in tokens if t in SPOKESPEOPLE))
            if speaker is not None and speaker[1] is EntityType.ORG and sex is not None:
                self.voices[speaker[0]] = (end, sex)
            return speaker
        if (
            entity is not None
            and entity.type is EntityType.PERSON
            and tokens[:1] == ["the"]
            and " " not in entity.text
            and entity.end >= end - 1
        ):
            entity = None  # "the 47-year-old Swede": a description, not the name "Swede"
        if (
            entity is not None
            and entity.type is EntityType.PERSON
            and _NAMED_AS.fullmatch(self.text, start + lead, entity.start)
        ):
            # "A tenant surnamed Leung, 61, said": someone new, whoever else the article
            # calls Leung ("Chief Secretary Eric Chan" is not "a tenant surnamed Chan")
            return entity.text, entity.type
        if (
            entity is not None
            and entity.type is EntityType.PERSON
            and tokens[0] in ("a", "an")
            and entity.end >= end - 1
            and 1 <= len(between := self.text[start : entity.start].split()[1:]) <= 2
            and all(w.isalpha() and w.islower() for w in between)
            and between[-1].endswith(_ADJECTIVE_ENDINGS)
            and not any(
                person_noun(w) or w in _RELATION_NOUNS or w in _NOT_ADJECTIVES for w in between
            )
        ):
            # "a tearful Salcedo said", "an emotional Iker Salcedo said": the person, as
            # the writer sees them at that moment (not "a spokesman Tom Lee", nor "a
            # neighbour, Tom Lee,").
            return entity.canonical, entity.type
        if entity is not None and tokens[0] not in ("a", "an", "one"):
            after = self.text[entity.end : end].split()
            if (
                entity.type is EntityType.ORG
                and tokens[0] == "the"
                and len(tokens) > 1
                and (
                    # "the Republican governor": the body describes a person
                    (after and person_noun(after[-1].lower()))
                    or (
                        tokens[1] not in ORG_NOUNS
                        # "The Labour Party said": the name itself, after its article.
                        and self.text[start : entity.start].strip().lower() != "the"
                    )
                )
            ):
                # "the head of Xiaomi" names a person the text may have named before.
                person = self._described(tokens, start)
                if person is not None:
                    return person
            return entity.canonical, entity.type
        if len(tokens) == 1 and tokens[0] in PRONOUNS:
            return self._pronoun(start, tokens[0])
        if tokens[0] in POSSESSIVES and len(tokens) == 1:
            # "Her reaction:": the woman named before; not "Her remarks drew cries of".
            if POSSESSOR_OF_WORDS.match(self.text, start):
                return self._pronoun(start, POSSESSIVES[tokens[0]])
            return None
        if len(tokens) > 1 and tokens[-1] in PRONOUNS and tokens[0] in _LINKS:
            # "and in the book he writes:", "in his memoir she wrote:": the pronoun.
            return self._pronoun(start, tokens[-1])
        if len(tokens) == 1 and tokens[0] in GROUP_PRONOUNS:
            return self._organisation(start, named_before=False)
        seat = self._seat_in(start, end)
        if seat is not None and _ARTICLE.sub("", phrase) == seat.text:
            return seat.canonical, seat.type  # "Downing Street said", "the Kremlin said"
        named = _capitalised_run(phrase.split())
        if named and tokens[0] not in ("the", "a", "an", "one"):
            # A name the entity engine missed or typed otherwise ("Fatou Ndiaye said",
            # "Albuquerque said" after "Thiago Albuquerque"): the person it names.
            return self._person_named(named)
        if len(tokens) == 3 and tokens[1] in ORG_NOUNS and tokens[2] in DOCUMENTS:
            # "A club statement said": the club's words, as "a club spokesman" says them,
            # when the article names a club.
            return self._named_organisation(start, tokens[1])
        if tokens[0] in ("a", "an", "one", "another", "some", "two", "three", "several"):
            return None  # "one official", "a source close to the talks"
        if tokens[0].endswith(("'s", "’s")) and len(tokens) > 1:
            # "Ashby's campaign manager" with no name given: described like "the ...".
            return self._described(["the", *tokens[1:]], start)
        if tokens[0] in ("the", "its", "his", "her", "their"):
            head = tokens[-1]
            if len(tokens) == 2 and tokens[0] in ("his", "her") and head in _SPOUSES:
                spouse = self._spouse(tokens[0], start)
                if spouse is not None:
                    return spouse, EntityType.PERSON
            if kin_of_someone(tokens):
                return None  # "her family said": not the words of the woman named before
            if head in DOCUMENTS:
                # "the report said" after "36kr.com said": the organisation's report.
                return self._organisation(start, named_before=False)
            if head in _NAMED_ONLY:
                # "The force said": only a body the article named so ("Cumbria Police"),
                # never the last to speak; not "the fire service", "a memorial service"
                if tokens[:-1] != ["the"]:
                    return None
                return self._named_organisation(start, head)
            if head in ORG_NOUNS and len(tokens) <= 3:
                return self._organisation(start, noun=head)
            return self._described(tokens, start)
        return None

    def _spouse(self, possessive: str, offset: int) -> str | None:
        """ "Her husband said" after Kelly Hocking spoke: the other person of her surname
        the article names ("Kelly and Dan Hocking"), nearest before; no one if none is."""
        one = self._pronoun(offset, "he" if possessive == "his" else "she")
        if one is None or one[1] is not EntityType.PERSON or " " not in one[0]:
            return None
        surname = one[0].rsplit(None, 1)[1]
        for person in reversed(self.people[: bisect_left(self.people_starts, offset)]):
            name = person.canonical
            if name != one[0] and " " in name and name.rsplit(None, 1)[1] == surname:
                return name
        return None

    def _papers_body(self, start: int, end: int) -> Entity | None:
        """The body whose paper text[start:end] names: right after "report from", "letter
        of", or right before the paper ("a GCMA document"); not a report's subject ("a
        report into the collapse of Carillion"), a letter's recipient ("to Westfield
        Academy") or a body in the senders' description ("lawyers for Acme")."""
        for paper in _PAPER.finditer(self.text, start, end):
            for e in self.names[bisect_left(self.starts, start) :]:
                if e.start >= end:
                    break
                if e.type is not EntityType.ORG or e.end > end:
                    continue
                if (paper.group("of") and e.start == paper.end()) or (
                    e.end <= paper.start()
                    and _MODIFIES_PAPER.fullmatch(self.text, e.end, paper.start())
                ):
                    return e
        return None

    def _spokesperson(
        self, start: int, end: int, entity: Entity | None, phrase: str, tokens: list[str]
    ) -> Speaker | None:
        """ "a Downing Street spokesperson", "a spokeswoman for the Riviera Open", "the
        spokesperson": the organisation speaks; "Liberal Democrat spokeswoman Rachel
        Dunmore": she does."""
        if entity is not None and entity.type is EntityType.PERSON:
            role = self.text[start : entity.start].split()
            while role and (role[-1] in TITLES or role[-1].rstrip(".") in TITLES):
                role.pop()  # "spokesperson Cde Rutendo Chikava", "spokesman Dr Amir Khan"
            if role and role[-1].lower() in SPOKESPEOPLE:
                return entity.canonical, entity.type  # not "a spokeswoman with Joe Biden"
        if entity is not None and entity.type is EntityType.ORG:
            return entity.canonical, EntityType.ORG
        seat = self._seat_in(start, end)
        if seat is not None:
            return seat.canonical, seat.type  # "a Kremlin spokesman": the building speaks
        # Capitals after "a spokeswoman for" are a name even in common words
        # ("Memory Matters UK").
        named = _capitalised_run(phrase.split()[1:], common_words=True)
        if named and tokens[0] in ("a", "an"):
            return named, EntityType.ORG
        # "A council spokesperson": the council the article names, not the body that
        # spoke or was named most.
        voice = next(i for i, t in enumerate(tokens) if t in SPOKESPEOPLE)
        if voice and tokens[voice - 1] in ORG_NOUNS:
            named = self._named_organisation(start, tokens[voice - 1])
            if named is not None:
                return named
        return self._organisation(start)

    def _named_organisation(self, offset: int, noun: str) -> Speaker | None:
        """The organisation named before `offset` whose name says it is a `noun` ("the
        council": "Hallbrook and Weston District Council"), else None: not whichever body
        was named most ("A council statement" in a story about Network Rail)."""
        org = self.org_before(offset, noun)
        if org is None or not _named_as(org.canonical, noun):
            return None
        return org.canonical, EntityType.ORG

    def _person_named(self, named: str) -> Speaker:
        """A name written out: a full name the article uses when it is one word of it."""
        words_ = named.split()
        while len(words_) > 1 and (words_[0] in TITLES or words_[0].rstrip(".") in TITLES):
            words_ = words_[1:]  # "Cllr Malcolm Ferreira", "Assistant U.S. Attorney ..."
        named = " ".join(words_)
        if len(words_) == 1:
            for person in reversed(self.people):
                if " " in person.canonical and named in person.canonical.split():
                    return person.canonical, EntityType.PERSON
        else:
            # "Mac Giolla said" after "Ruairí Mac Giolla": a surname of several words.
            for person in reversed(self.people):
                if person.canonical.endswith(" " + named):
                    return person.canonical, EntityType.PERSON
        kind = EntityType.ORG if words_[-1] in ORG_MARKERS else EntityType.PERSON
        return named, kind

    def _organisation(
        self, offset: int, named_before: bool = True, noun: str = ""
    ) -> Speaker | None:
        """ "the company", "they", "the spokesperson": the organisation that spoke last
        nearby, else (unless only a speaker will do) the one last named."""
        speaker = self._last_organisation(offset)
        if noun and speaker is not None and not _named_as(speaker[0], noun):
            named = self.org_before(offset, noun)
            if named is not None and _named_as(named.canonical, noun):
                return named.canonical, EntityType.ORG  # "the bank" after Reuters spoke
        if speaker is not None or not named_before:
            return speaker
        org = self.org_before(offset, noun)
        return (org.canonical, EntityType.ORG) if org is not None else None

    def _pronoun(self, offset: int, pronoun: str) -> Speaker | None:
        """ "he said": whoever spoke last nearby, unless another person has since opened
        a sentence; with no one speaking before, the person last named. A "she" is
        never a man, nor "he" a woman, as far as the article shows (see `_agrees`)."""
        sex = "m" if pronoun == "he" else "f"
        if self.last_speaker is not None:
            until, speaker = self.last_speaker
            if speaker[1] is EntityType.ORG and self._voice(speaker[0], sex, offset):
                return speaker
            if offset - until <= REACH and speaker[1] is EntityType.PERSON:
                first = bisect_right(self.people_starts, until)
                since = self.people[first : bisect_left(self.people_starts, offset)]
                openers = [
                    p
                    for p in since
                    if self._agrees(p.canonical, sex) and not self._quoted(p) and self._opens(p)
                ]
                # Someone unnamed has since taken the sentence ("One Labour backbencher, a
                # friend of Mr Pryce, was less restrained. ‘...,’ he said."): nobody named.
                unnamed = self._unnamed_opener(until, offset)
                if unnamed is not None and not any(
                    p.start > unnamed for p in since if self._opens(p)
                ):
                    return None
                # Back to the speaker since ("In his closing speech, Mr Pemberton reminded
                # the jury ..."): the others named before are no longer the subject.
                again = max(
                    (i for i, p in enumerate(openers) if p.canonical == speaker[0]), default=-1
                )
                others = openers[again + 1 :]
                if others:
                    return self._meant(others[-1].canonical, sex)
                if self._agrees(speaker[0], sex):
                    return self._meant(speaker[0], sex)
        # If no one agrees, the name lists may be wrong about a given name ("Tunde"): the
        # nearest person the article itself has not shown to be of the other sex.
        unshown: str | None = None
        # "Aldo Vescovi, 86, Matteo's father, still comes in. He says ...": a possessor
        # inside a sentence is someone mentioned, meant only when no one else can be
        # (one opening it is its subject: "Saka's winner came late. ... he said").
        possessor: str | None = None
        question = self._question_before(offset)
        i = bisect_left(self.people_starts, offset) - 1
        while i >= 0 and offset - self.people[i].end <= REACH:
            person = self.people[i]
            if not self._quoted(person) and not _within(person, question):
                if (
                    self._possessor(person)
                    and not self._opens(person)
                    and self._agrees(person.canonical, sex)
                ):
                    possessor = possessor or person.canonical
                elif self._agrees(person.canonical, sex):
                    # "Home favourite Matteo Brambati finished behind Sepp Kainz. ... he
                    # said": the sentence's subject, not the one it names after
                    opener = self._opener_before(person)
                    if opener is not None and self._agrees(opener.canonical, sex):
                        return self._meant(opener.canonical, sex)
                    return self._meant(person.canonical, sex)
                if (
                    unshown is None
                    and person.canonical not in self.sexes
                    and offset - person.end <= NEAR * 2
                ):
                    unshown = person.canonical
            i -= 1
        if possessor is not None:
            return self._meant(possessor, sex)
        return self._meant(unshown, sex) if unshown is not None else None

    def _opener_before(self, person: Entity) -> Entity | None:
        """The person opening the sentence in which `person` is only mentioned later."""
        if self._opens(person):
            return None
        starts = self._starts()
        i = bisect_right(starts, person.start) - 1
        opened = starts[i] if i >= 0 else 0
        first = bisect_left(self.people_starts, opened)
        for other in self.people[first : bisect_left(self.people_starts, person.start)]:
            if other.canonical == person.canonical or self._quoted(other):
                continue
            if self._opens(other):
                return other
        return None

    def _starts(self) -> list[int]:
        """Where the article's sentences begin, read once."""
        if self._sentence_starts is None:
            self._sentence_starts = sorted(
                s for p, e in paragraphs(self.text) for s, _ in sentence_bounds(self.text, p, e)
            )
        return self._sentence_starts

    def _question_before(self, offset: int) -> tuple[int, int] | None:
        """The question that opens the sentence of the pronoun or description at
        `offset` ("Asked whether Delaney should retire, she said", "..., the promoter
        said"), as (start, end): whom it names is not who answers."""
        starts = self._starts()
        i = bisect_right(starts, offset) - 1
        if i < 0 or not self.text.startswith("Asked ", starts[i]):
            return None
        # (read past `offset`: what follows the comma tells a clause from an aside)
        main = _MAIN_CLAUSE_OPENS.search(self.text, starts[i], offset + 40)
        if main is None or main.start() >= offset:
            return None
        return starts[i], main.start()

    def _unnamed_opener(self, start: int, end: int) -> int | None:
        """Where the last sentence between `start` and `end` opening with someone unnamed
        ("One Labour backbencher", "A senior aide") starts, if one does."""
        found = None
        for m in _UNNAMED_SUBJECT.finditer(self.text, start, end):
            if person_noun(m.group("head").lower()):
                found = m.start()
        return found

    def _voice(self, body: str, sex: str, offset: int) -> bool:
        """Whether "she" at `offset` is the spokeswoman through whom `body` spoke last
        ("..., a spokeswoman for the forum explained. She said ..."): no one she could
        mean was named since."""
        said = self.voices.get(body)
        if said is None or said[1] != sex or not 0 <= offset - said[0] <= REACH:
            return False
        since = self.people[
            bisect_right(self.people_starts, said[0]) : bisect_left(self.people_starts, offset)
        ]
        return not any(self._agrees(p.canonical, sex) and not self._quoted(p) for p in since)

    def _agrees(self, name: str, sex: str) -> bool:
        """Whether "he" (m) or "she" (f) can mean the person called `name`: by what the
        article has shown of them, else by the given name's sex where the lists know it."""
        known = self.sexes.get(name)
        return known == sex if known is not None else _agrees(name, sex)

    def _meant(self, name: str, sex: str) -> Speaker:
        self.sexes.setdefault(name, sex)
        return name, EntityType.PERSON

    def _last_organisation(self, offset: int) -> Speaker | None:
        if self.last_speaker is not None:
            until, speaker = self.last_speaker
            if speaker[1] is EntityType.ORG and offset - until <= REACH:
                return speaker
        return None

    def _opens(self, entity: Entity) -> bool:
        """Whether `entity` opens its sentence (the subject, not someone mentioned)."""
        starts = self._starts()
        start = entity.start
        title = _TITLE_OR_ROLE_BEFORE.search(self.text, max(0, start - 40), start)
        if title is not None and not _CLAUSE_OPENERS.intersection(
            self.text[title.start() : start].lower().split()
        ):
            start = title.start()  # "Ms Park said", "Superintendent Karen Oduya paused"
        # The sentence `start` stands in: where it begins.
        opened = starts[i] if (i := bisect_right(starts, start) - 1) >= 0 else -1
        if opened == start or (opened == start - 1 and self.text[opened] in "\"“'‘"):
            # Not "Moore's mother, Lorraine Moore, stood": the one set beside the noun is.
            set_beside = _OWNERS_PERSON.match(self.text, entity.end)
            return not (
                self._possessor(entity)
                and set_beside is not None
                and _beside_a_name(set_beside.group("noun"))
            )
        if opened >= 0 and (
            owner := _OWNERS_PERSON_OPENS.fullmatch(self.text, opened, start)
            or _NOUN_OPENS.fullmatch(self.text, opened, start)
        ):
            # "Moore's mother, Lorraine Moore, stood behind the chief."
            return _beside_a_name(owner.group("noun"))
        # "Funmilayo Adeyemi, a hairdresser, and Musa Garba, a rider, had walked": the
        # second of two subjects.
        if opened >= 0 and _SECOND_SUBJECT.fullmatch(self.text, opened, start):
            first = bisect_left(self.people_starts, opened)
            speaking = self.last_speaker[1][0] if self.last_speaker else None
            if (
                first < len(self.people)
                and self.people[first].start == opened
                # "Smith and Peter Brown, his neighbour, spent the night": the one who
                # spoke before stays the likelier "he"
                and self.people[first].canonical != speaking
            ):
                return True
        # "Ashbourne manager Lennie Fairclough saw it differently.": a role before the name
        # (not "Chelsea manager Mauricio Pochettino's side were outplayed": his side's).
        if opened >= 0 and (role := _ROLE_BEFORE.fullmatch(self.text, opened, start)):
            if role.group("family"):
                # not a victim described ("Mother-of-three Kerry Dunn, 41, was pronounced
                # dead"): the one who spoke before may still be speaking of her
                return not self._possessor(entity) and not _HARMED_AFTER.match(
                    self.text, entity.end
                )
            return person_noun(role.group("role")) and not self._possessor(entity)
        if opened >= 0 and (role := _ROLE_IN_CAPITALS.fullmatch(self.text, opened, start)):
            # "Resident Graham Tully, 74, ... was more philosophical.": a role opening it
            return person_noun(role.group("role").lower()) and not self._possessor(entity)
        if opened >= 0 and (role := _PHRASE_THEN_ROLE.fullmatch(self.text, opened, start)):
            # "Speaking at his news conference, manager Steve Kerrigan was more cautious."
            return (
                opening_phrase(role.group("phrase").split())
                and person_noun(role.group("role"))
                and not self._possessor(entity)
            )
        # "Among those queuing was Jenny Lee, a developer, who said she had ordered two":
        # someone brought in to speak takes the floor wherever the name stands.
        if _WHO_SAID_AFTER.match(self.text, entity.end):
            return True
        # "Told of the remark, Ferreira shrugs.": the subject after an opening phrase.
        if self.text[max(0, start - 2) : start] != ", " or opened < 0:
            return False
        return opening_phrase(self.text[opened : start - 2].split())

    def _in_quote(self, offset: int) -> bool:
        i = bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and self.quoted[i][1] > offset

    def _quoted(self, entity: Entity) -> bool:
        """Whether a name stands inside quotation marks (a nickname, someone quoted)."""
        i = bisect_right(self._quoted_starts, entity.start) - 1
        return i >= 0 and self.quoted[i][1] >= entity.end

    def _described(self, tokens: list[str], offset: int) -> Speaker | None:
        """ "the 80-year-old founder": the person last mentioned before `offset` whom
        the article has called by that noun ("Huawei founder Ren Zhengfei")."""
        # The head noun: before "of" ("the founder of the giant"), else the last word.
        cut = tokens.index("of") if "of" in tokens[1:] else len(tokens)
        head = next((w for w in reversed(tokens[:cut]) if w not in _FILLER), "")
        if (len(head) < 3 and head not in PERSON_NOUNS) or head in DOCUMENTS:
            return None  # "the report said": no one's words
        if head in _UNNAMED_SOURCES:
            return self._apposed_source(head, offset)
        sentence_before = self.text.rfind(".", 0, max(0, self.text.rfind(".", 0, offset)))
        if ANONYMITY.search(self.text, max(0, sentence_before), offset):
            # "One shareholder, who asked not to be named, was blunter. “...,” the investor
            # said.": the one kept unnamed.
            return None
        mentions: dict[str, list[Entity]] = {}
        order: list[str] = []  # people by their last mention before `offset`, nearest first
        question = self._question_before(offset)
        for person in reversed(self.people[: bisect_left(self.people_starts, offset)]):
            if _within(person, question):
                continue  # "Asked whether Delaney should retire, the promoter said"
            if person.canonical not in mentions:
                if offset - person.end > REACH * 2:
                    break
                order.append(person.canonical)
            mentions.setdefault(person.canonical, []).append(person)
        age = next((int(m.group(1)) for w in tokens if (m := _AGED_WORD.fullmatch(w))), None)
        if head in _TEEN_NOUNS:
            # "the teenager": the one the article gave an age of 13 to 19, if any.
            ages = self._stated_ages()
            teens = [name for name in order if any(13 <= a <= 19 for a in ages.get(name, ()))]
            if teens:
                return teens[0], EntityType.PERSON
        if age is not None:
            # "the 26-year-old" is no one the article gave another age ("Rendall, the
            # 23-year-old"), and the one it gave that age, if any.
            ages = self._stated_ages()
            same = [name for name in order if age in ages.get(name, ())]
            if same:
                return same[0], EntityType.PERSON
            order = [name for name in order if not ages.get(name)]
        # Whom the writer has called by the noun (not in the description itself, nor in
        # a word someone said: "“Not against a senior like that,” the coach said" calls
        # no one a senior): the person named nearest to where it was said.
        # "the Kerry manager": first whom the writer called by the noun and the name
        # before it ("Kerry manager Padraig O'Sullivan", not "Cork manager Liam Barry").
        patterns = [re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)]
        named = _NAMED_NOUN.match(self.text, offset)
        if named is not None and named.group("noun").lower() == head:
            phrase = re.escape(named.group("name")) + r"\s+" + re.escape(named.group("noun"))
            patterns.insert(0, re.compile(rf"\b{phrase}\b", re.IGNORECASE))
        for pattern in patterns:
            found = self._called(pattern, order, mentions, offset)
            if found is not None:
                return found, EntityType.PERSON
        # "the CFO" is whom the writer called "chief financial officer" right beside their
        # name ("chief financial officer Park Ji-hoon", "Park, the chief financial
        # officer"), and the reverse; not a role in a clause about someone else.
        for alias in _ROLE_ALIASES.get(head, ()):
            for name in order:
                if any(self._titled(alias, person) for person in mentions[name]):
                    return name, EntityType.PERSON
        if tokens[0] in ("his", "her", "their"):
            return None  # "“...,” his neighbour said": someone of the one named, not him
        return self._described_as_last(head, offset, order, mentions)

    def _called(
        self,
        pattern: re.Pattern[str],
        order: list[str],
        mentions: dict[str, list[Entity]],
        offset: int,
    ) -> str | None:
        """Who, of `order` (nearest first), the writer called by `pattern` next to their
        name; not a name that opens the paragraph after the noun ("... with the judge
        describing it.\n\nChan Tai-man, 46," calls Chan no judge)."""
        for name in order:
            for person in mentions[name]:
                lo, hi = max(0, person.start - 80), min(person.end + 120, offset)
                for m in pattern.finditer(self.text, lo, hi):
                    if m.group()[:1].isupper() and (
                        (thing := _NOUN_AFTER.match(self.text, m.end())) is not None
                        and thing.group(1) in _A_NATIONS_THINGS
                    ):
                        continue  # "in the Italian press" calls no one Italian
                    if (
                        not self._in_quote(m.start())
                        and self._nearest_person(m.start()) is person
                        and not (
                            m.end() <= person.start
                            and "\n" in self.text[m.end() : person.start]
                        )
                    ):
                        return name
        return None

    def _titled(self, role: str, person: Entity) -> bool:
        """Whether `role` stands right before the person's name or in apposition after."""
        before = self.text[max(0, person.start - len(role) - 12) : person.start].lower()
        after = self.text[person.end : person.end + len(role) + 30].lower()
        return bool(
            re.search(rf"\b{re.escape(role)}\s+$", before)
            or re.match(rf",\s+(?:the\s+|its\s+|[\w’'-]+['’]s\s+)?{re.escape(role)}\b", after)
        )

    def _stated_ages(self) -> dict[str, set[int]]:
        """The ages the writer gives people: "Rendall, 23,", "Rendall ... the 23-year-old
        lost" (the person named last before the description, in its sentence)."""
        if self._ages is None:
            self._ages = {}
            said = [p for p in self.people if not self._quoted(p)]  # named by the writer
            starts = [p.start for p in said]
            for m in _STATED_AGE.finditer(self.text):
                if self._in_quote(m.start()):
                    continue
                i = bisect_left(starts, m.start())
                apposed = m.group("apposed") is not None
                if not apposed and (after := _BEFORE_A_NAME.match(self.text, m.end())):
                    # "her 26-year-old son Liam Jones": the age of the name after it.
                    if i < len(said) and said[i].start == after.end():
                        self._ages.setdefault(said[i].canonical, set()).add(
                            int(m.group("described"))
                        )
                    continue
                if i == 0:
                    continue
                person = said[i - 1]
                if (apposed and person.end != m.start()) or (
                    not apposed and _SENTENCE_STOP.search(self.text, person.end, m.start())
                ):
                    continue
                age = int(m.group("apposed") or m.group("described"))
                self._ages.setdefault(person.canonical, set()).add(age)
        return self._ages

    def _apposed_source(self, head: str, offset: int) -> Speaker | None:
        """ "the whistleblower said" after "Frances Haugen, the former Facebook product
        manager turned whistleblower,": the person the article set the noun beside; with
        none, the source is unnamed ("Another insider said ...", "the insider said")."""
        pattern = re.compile(rf"^,[^.;:!?\"“”]{{0,80}}\b{re.escape(head)}\b", re.IGNORECASE)
        for person in reversed(self.people[: bisect_left(self.people_starts, offset)]):
            if offset - person.end > REACH * 2:
                break
            if pattern.match(self.text[person.end : person.end + 100]):
                return person.canonical, EntityType.PERSON
        return None

    def _nearest_person(self, offset: int) -> Entity | None:
        """The person named nearest to `offset`, before or after it."""
        i = bisect_left(self.people_starts, offset)
        nearby = self.people[max(0, i - 1) : i + 1]
        return min(nearby, key=lambda p: abs(p.start - offset) + abs(p.end - offset), default=None)

    def _described_as_last(
        self, head: str, offset: int, order: list[str], mentions: dict[str, list[Entity]]
    ) -> Speaker | None:
        """With no one called by the noun: a person's noun means who spoke or was named last."""
        # How far back from where the quotation opens ("“...,” the 58-year-old former
        # paramedic said": not from after a long quotation).
        near = min(offset, self.anchor)
        if not person_noun(head):
            # A noun the lists lack ("the full-back", "the father-of-three"): the person
            # named just before, as long as not inside a quotation ("“Love Tom's ideas”.
            # The gardener, ..."); nobody for "the crowd" far from any name.
            question = self._question_before(offset)
            i = bisect_left(self.people_starts, offset) - 1
            while i >= 0 and (self._quoted(self.people[i]) or _within(self.people[i], question)):
                i -= 1
            if (
                i >= 0
                and near - self.people[i].end <= _JUST_BEFORE
                # not "Amy Lee ... died. A woman who lives opposite saw the flames."
                and self._unnamed_opener(self.people[i].end, near) is None
            ):
                return self._subject_not_object(self.people[i]).canonical, EntityType.PERSON
            return None
        # "“...,” the striker said." right after his quote: the person who spoke last.
        spoke = self._spoke_just_before(near, offset)
        if spoke is not None:
            return spoke
        # "Quintero was philosophical. “...,” the Uruguayan said.": a description right
        # after a person is named is that person, when no one else was named between
        # (a name inside the quotation is not: "“... loud for Tom ...,” said the
        # 26-year-old").
        said = {name: [p for p in mentions[name] if not self._quoted(p)] for name in order}
        order = sorted((n for n in order if said[n]), key=lambda n: -said[n][0].start)
        if order and near - said[order[0]][0].end <= NEAR:
            nearest = said[order[0]][0]
            between = self.people[bisect_left(self.people_starts, nearest.end) :]
            if all(
                p.canonical == order[0] or self._quoted(p) for p in between if p.start < offset
            ):
                return self._subject_not_object(nearest).canonical, EntityType.PERSON
        return None

    def _subject_not_object(self, person: Entity) -> Entity:
        """`person`, or the subject of its sentence when `person` is named there only as an
        object ("Docherty, 19, rose to meet a corner from captain Craig Rennie. The
        teenager said": Docherty; "Mads Kjeldsen struggled to explain how he had let a lead
        slip against Jordan Whitlock. “...,” the Dane said": Kjeldsen)."""
        starts = self._starts()
        i = bisect_right(starts, person.start) - 1
        if i < 0 or not (
            _OBJECT_BEFORE.search(self.text, starts[i], person.start)
            or (
                _WICKET_TAKEN_BEFORE.search(self.text, starts[i], person.start)
                and _CRICKET.search(self.text)
            )
        ):
            return person
        first = bisect_left(self.people_starts, starts[i])
        before = self.people[first : bisect_left(self.people_starts, person.start)]
        subject = next(
            (p for p in before if p.canonical != person.canonical and not self._quoted(p)), None
        )
        return subject if subject is not None and self._opens(subject) else person

    def _spoke_just_before(self, near: int, offset: int) -> Speaker | None:
        """The person who spoke last, within NEAR of `near`, unless the text has since
        named someone else ("The film's lead, Parvaneh Karimi, won. “...,” the veteran
        actress said.")."""
        if self.last_speaker is None:
            return None
        until, speaker = self.last_speaker
        if speaker[1] is not EntityType.PERSON or near - until > NEAR:
            return None
        since = self.people[
            bisect_right(self.people_starts, until) : bisect_left(self.people_starts, offset)
        ]
        # Not "Tomás Ribeiro's penalty": an owner named in passing takes no turn.
        if all(p.canonical == speaker[0] or self._quoted(p) or self._possessor(p) for p in since):
            return speaker
        return None

    def introduced(self, offset: int) -> Speaker | None:
        """Who a quotation standing alone at `offset`, with no attribution, is by: the
        subject of the paragraph before it when that paragraph quotes no one ("Adeyemi-
        Hart was visibly emotional as she accepted the award." then her words)."""
        previous_end = self.text.rfind("\n\n", 0, offset)
        if previous_end < 0:
            return None
        sentence = self._last_unquoted_sentence(previous_end)
        if sentence is None:
            return None
        start, end = sentence
        among = _SUBJECT_AFTER_VERB.match(self.text, start, end)
        if among is not None:
            # "Among them was Mirriam Banda, whose son ...": the subject after the verb.
            i = bisect_left(self.people_starts, among.end())
            if (
                i < len(self.people)
                and self.people[i].start == among.end()
                and not self._possessor(self.people[i])  # "Among them was Ann Lee's son"
            ):
                return self.people[i].canonical, EntityType.PERSON
        verb = _SUBJECT_END.search(self.text, start, min(end, start + 120))
        if verb is None:
            # "She now lives alone ...", "Outside a money changer, Wanida Phromsri
            # counted ...": the person the sentence opens with.
            return self._person_opening(start, end, offset, entity_only=True)
        # "Asked what the win meant, he paused", "Asked about his place in the side, the
        # 34-year-old was unusually candid": the pronoun or description after the clause.
        after_clause = _SUBJECT_AFTER_CLAUSE.search(self.text, start, verb.start())
        subject = start
        if after_clause is not None and (
            after_clause.group(1).lower() in ("he", "she")
            or person_noun(after_clause.group(1).split()[-1].lower())
        ):
            subject = after_clause.start(1)  # not "As the rain fell, the residents were"
        # A verb of a later clause ("..., a charge that has followed"): the person the
        # sentence opens with, when its start names no one.
        return self.resolve(subject, verb.start(), offset) or self._person_opening(
            start, end, offset, entity_only=True
        )

    def lead_in(self, offset: int) -> Speaker | None:
        """Who a quotation opening a sentence at `offset`, with no attribution, is by
        when the paragraph leads into it about a person and quotes nothing before it:
        "He recalls the night he was offered the job. “I was in a Travelodge ...”",
        "Told of this, Kilbride snorts. “...”", "Will he go back? “...”"."""
        sentence = self._last_unquoted_sentence(offset)
        if sentence is None:
            return None
        return self._person_opening(*sentence, offset)

    def _person_opening(
        self, start: int, end: int, offset: int, *, entity_only: bool = False
    ) -> Speaker | None:
        """The person text[start:end], a sentence, is about when it opens with them (after
        an opening phrase), for the quotation at `offset`; with `entity_only`, a pronoun
        or a person the entities name (not "Why go back now?")."""
        opened = _OPENING.match(self.text, start, end)
        if opened is not None and opening_phrase(opened.group(1).split()):
            start = opened.end()
        subject = ROLE_LEAD.match(self.text, start, end)
        if subject is None or not person_noun(subject.group("role").split()[-1]):
            subject = (
                _DESCRIBED_LEAD.match(self.text, start, end)
                # "In her acceptance speech Soltani thanked ...": a phrase with no comma
                or _PHRASE_THEN_NAME.match(self.text, start, end)
                or _LEAD_SUBJECT.match(self.text, start, end)
            )
        if _SOMEONE_ELSES.search(self.text, start, end):
            return None
        if subject is None and (described := self._description_opening(start, end)):
            # "the 48-year-old former banker returned to a phrase ...": whom it describes
            speaker = self.resolve(*described, offset)
            return speaker if speaker is not None and speaker[1] is EntityType.PERSON else None
        if subject is None:
            # "AWP Central Information Secretary Dr Saima Noreen Qureshi rejected ...": a
            # title of capitals ending in the person the entities name.
            run = _CAPITALS_RUN.match(self.text, start, end)
            person = self.entity_in(*run.span()) if run is not None else None
            if person is None or person.type is not EntityType.PERSON:
                return None
            if not self.text[person.end : run.end()].strip(" ,"):
                return person.canonical, EntityType.PERSON
            return None
        if entity_only and not (
            subject.group("who").lower() in PRONOUNS or self.entity_in(*subject.span("who"))
        ):
            return None
        speaker = self.resolve(*subject.span("who"), offset)
        return speaker if speaker is not None and speaker[1] is EntityType.PERSON else None

    def _description_opening(self, start: int, end: int) -> tuple[int, int] | None:
        """Where a sentence opens with a description of a person before its verb: "the
        48-year-old former investment banker returned", the longest run of words after
        "The" ending in a person's noun or an age that a word in lower case follows."""
        lead = _THE_WORDS.match(self.text, start, end)
        if lead is None:
            return None
        run = list(re.finditer(r"[\w’'-]+", lead.group(1)))
        for last in reversed(run):
            after = lead.start(1) + last.end()
            if (
                not last.group()[:1].isupper()
                and person_noun(last.group())
                and re.match(r"\s+[a-z]", self.text[after:end])
            ):
                if last.group() in _DONE_TO or _DONE_TO_AFTER.match(self.text, after, end):
                    return None  # "the victim had been threatened", "the man was charged"
                return start, after
        return None

    def _last_unquoted_sentence(self, end: int) -> tuple[int, int] | None:
        """The last sentence of the paragraph that ends at `end`, if nothing in that
        paragraph up to `end` is quoted."""
        start = self.text.rfind("\n\n", 0, end)
        start = 0 if start < 0 else start + 2
        if not self.text[start:end].strip() or not self._only_names_quoted(start, end):
            return None
        return sentence_bounds(self.text, start, end)[-1]

    def _only_names_quoted(self, start: int, end: int) -> bool:
        """Whether text[start:end] quotes nothing but names ("known simply as “Boots”",
        "his film “Dry Season”") and what a sign shows ("a banner reading “Listen to
        mothers”"), in the article's own quotation marks: no one's words."""
        for q_start, q_end in self.quoted[bisect_left(self.quoted, (start,)) :]:
            if q_start >= end:
                break
            words_ = self.text[q_start:q_end].split()
            if shown_before(self.text, start, q_start - 1):
                continue
            if len(words_) > 4 or not (
                _NAMING.search(self.text, start, q_start - 1) or _title_cased(words_)
            ):
                return False
        return True

    def continued(self, offset: int, end: int) -> Speaker | None:
        """Who a quotation from `offset` to `end`, opening a paragraph with no
        attribution, goes on from: whoever the paragraph before it ended by quoting ("X
        said: “...”", then her next paragraph of words), as news writes a run of quotes;
        also after a few words quoted in the writer's sentence ("X described the vote as
        “...”.", then her paragraphs), unless what follows the quotation gives it to
        someone or something else (see `_stands_alone`)."""
        if self.last_speaker is None:
            return None
        until, speaker = self.last_speaker
        previous_end = self.text.rfind("\n\n", 0, offset)
        previous_start = self.text.rfind("\n\n", 0, max(previous_end, 0))
        if previous_end < 0 or until < previous_start or until > offset:
            return None
        if self.last_partial and not self._stands_alone(end):
            return None
        return speaker

    def named_after(self, end: int) -> Speaker | None:
        """Who a quotation ending at `end`, with no attribution, is by when the sentence
        after it names them: "“...” That was Mick Reape, who has served ...", "“...”
        That was the verdict of former British number one Sue Carrick."."""
        after = _CLOSING.match(self.text, end)
        start = after.end() if after is not None else end
        came_from = _CAME_FROM.match(self.text, start)
        if came_from is not None:
            # "“...” The line, repeated three times, came from Pieter-Jan Mulder"
            return self.resolve(*came_from.span("who"), end)
        so_said = _SO_SAID.match(self.text, start)
        if so_said is not None:
            # "“...” So said Daniela Rojas, a metals analyst": the name after the verb.
            return self.resolve(*so_said.span("who"), end)
        named = _NAMED_AFTER.match(self.text, start)
        if named is not None and named.group("how"):
            return self.resolve(*named.span("how"), end)
        said_it = _SAID_IT_AFTER.match(self.text, start)
        if said_it is not None:
            # "“...” Bridget Hanratty, 78, laughed as she said it": the name who said it.
            person = self.entity_in(*said_it.span("who"))
            if person is not None and person.type is EntityType.PERSON:
                return person.canonical, EntityType.PERSON
        # The name itself, or after "the verdict of": not "That was not enough for Sarah
        # Lee", "That was the week Mary Collins was sacked".
        if named is None or not (named.group("of") or named.group("who")[:1].isupper()):
            return None
        return self.resolve(*named.span("who"), end)

    def next_sentence(self, offset: int, end: int) -> Speaker | None:
        """Who a quotation from `offset` to `end`, opening a sentence with no attribution,
        goes on from: whoever the sentence before it, in the same paragraph, quoted or
        reported ("X praised his driver's “ice-cold” management. “People forget ...”"),
        when the quotation stands alone."""
        if self.last_speaker is None:
            return None
        until, speaker = self.last_speaker
        if until > offset or "\n\n" in self.text[until:offset]:
            return None
        # From the speech to the quotation's first word: the rest of that sentence, then
        # the quotation's (the lookahead that ends a sentence needs the word after the mark).
        sentences = sentence_bounds(self.text, until, min(len(self.text), offset + 2))
        if len(sentences) > 2 or _SOMEONE_ELSES.search(self.text, sentences[0][0], offset):
            return None
        return speaker if self._stands_alone(end) else None

    def _stands_alone(self, end: int) -> bool:
        """Whether the quotation ending at `end` is a sentence of its own that nothing after
        it gives to another source: not "“...,” read the last message", "“...” was the
        headline", "“...” rang out", "“...” Those are the words of X", "“...” The chant
        ..." (a reaction of someone else's after it is no source: "“...” Mohamed Salah
        missed the game.")."""
        stop = self.text.find("\n\n", end)
        stop = stop if stop >= 0 else len(self.text)
        after = self.text[end:stop].lstrip("\"”’'")
        if not after.strip():
            return True
        if not _NEW_SENTENCE.match(after):
            return False
        return not _LEAD_OUT.match(after.lstrip())

    def said(self, until: int, speaker: Speaker | None, partial: bool = False) -> None:
        """Remember who spoke in the quotation and attribution ending at `until`, for
        the pronouns that follow (and whether they were only a few words quoted)."""
        if speaker is not None:
            self.last_speaker = (until, speaker)
            self.last_partial = partial


# After a quotation's closing mark, a new sentence (not "“...,” read the message").
_NEW_SENTENCE = re.compile(r"[.!?]?[\"”’']*\s+[\"“‘'(]?[A-Z0-9]")
# A sentence after a quotation that names its source: "That was the verdict of X",
# "Those are the words of Y", "The chant rang out", "The banner read".
_LEAD_OUT = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:words|verdict|view"
    r"|message|reaction|response|assessment|warning|claim)\b"
    r"|The\s+(?:chant|chants|chanting|banner|banners|sign|signs|placard|placards|slogan"
    r"|headline|message|post|tweet|note|letter|graffiti)\b"
)
# The closing marks and the space after a quotation, up to the next sentence or paragraph.
_CLOSING = re.compile(r"[.!?,]?[\"”’']*[.!?]?\s*")
# A sentence after a quotation that names who said it: "That was Mick Reape, who ...",
# "That was the verdict of former British number one Sue Carrick.", "Those were the
# words of the coroner, ...".
_NAMED_AFTER = re.compile(
    # "“...” That was how Ingrid Lindqvist, the champion's mother, described the day."
    # (a verb of telling it, past an apposition: not "That was how Ella Marsh, then 17,
    # learned she would play", "how Maria Lopez began her new life")
    r"(?:That|This)\s+(?:was|is)\s+how\s+(?P<how>[^.;:!?\"“”,]{2,60}?)"
    r"(?:,[^.;:!?\"“”]{2,80},)?\s+(?:described|put|summed|recalled|remembered|explained|told)\b"
    r"|(?:That|This|Those|These)\s+(?:was|is|were|are)\s+(?P<of>the\s+(?:[a-z]+\s+)?(?:words?"
    r"|verdict|view|message|reaction|response|assessment|warning|advice|take)\s+of\s+)?"
    r"(?P<who>[^.;:!?\"“”,]{3,100}?)(?=\s*[,.;]|\s+(?:who|speaking|standing|as|at|on|in)\b)"
)
_ROLE_ALIASES = {
    "cfo": ("chief financial officer", "finance chief", "finance director"),
    "ceo": ("chief executive", "chief executive officer"),
    "coo": ("chief operating officer",),
    "cto": ("chief technology officer",),
}
_CAME_FROM = re.compile(
    r"The\s+(?:line|lines|words|remark|comment|quote|warning|message)\b[^.!?\"“”]{0,100}?"
    r"\bcame\s+from\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)
# "So said Liverpool manager Arne Slot after the defeat": the phrase up to its comma or
# to when it was said; the person it names speaks (not the club before the role).
_SO_SAID = re.compile(
    r"So\s+(?:said|says|argued|argues|wrote|writes)\s+"
    r"(?P<who>[^,.;:!?\"“”]{3,80}?)(?=\s*[,.;]|\s+(?:after|before|when|on|in|at|as)\b)"
)
# A sentence after a quotation that opens with a person's name and tells of their saying
# it: "Bridget Hanratty, 78, from Drimnagh, laughed as she said it".
# (their own saying: "as she said it", "said it with a smile"; not "winced as the
# defendant said it")
_SAID_IT_AFTER = re.compile(
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\b(?:[^.!?\"“”]{0,80}?\b(?:as|when|while)"
    r"\s+(?:he|she)|(?:,[^.!?\"“”,]{1,60},)?)\s+(?:said|says)\s+(?:it|this|so)\b"
)
_PHRASE_THEN_NAME = re.compile(
    r"(?:In|At|On|During|After|Before|Throughout)\s+(?:[a-z][\w’'-]*\s+){0,4}"
    # the phrase ends in its noun, not a preposition ("During talks with Emmanuel Macron
    # the prime minister ...", "After the death of Harriet Cole her family ...")
    r"(?!(?:of|with|by|to|for|from|at|in|on|about)\s)[a-z][\w’'-]*\s+"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?!(?:the|a|an|her|his|their|its|our|police)\b)[a-z]"
)
# An opening phrase before a lead-in's subject ("Told of this, Kilbride snorts.").
_OPENING = re.compile(r"([A-Z][^,.;:!?]{2,100}),\s+")
# The subject of a lead-in sentence: a pronoun or a name, then its verb in lower case;
# or a question about them ("Will he go back?").
_LEAD_SUBJECT = re.compile(
    r"(?:(?:Will|Would|Does|Did|Is|Was|Has|Had|Can|Could)\s+)?"
    r"(?P<who>[Hh]e|[Ss]he|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]+"
    r"|(?!(?:The|A|An)\s)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    # "Brandt, 41, went further": an age or a short apposition before the verb, which
    # may quote a nickname ("Benedetti, nicknamed “La Professoressa” in the press, was")
    r"(?:,\s+(?:\d{1,3}|[^,.;:!?\"“”]{3,80}|[^,.;:!?\"“”]{2,40}[\"“][^\"“”]{1,40}[\"”]"
    r"[^,.;:!?\"“”]{0,80}),)?\s+[a-z]"
)
# A description, then the name set off by commas: "Tuvalu's climate minister, Mele
# Fakaofo, delivered ...", "The chief executive, Sophie Brandt, went further".
_CAPITALS_RUN = re.compile(r"(?:[A-Z][\w’'.()-]*,?\s+){2,9}(?=[a-z])")
_DESCRIBED_LEAD = re.compile(
    r"(?:[Tt]he|[A-Z][\w’'-]+['’]s)(?:\s+[a-z][\w’'-]*){1,3},\s+"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),"
)
# Whom a story's events are done to, who do not lead into words ("the victim", "the
# 19-year-old man was charged"): no speaker for the quotation after them.
_DONE_TO = words("victim victims suspect suspects accused defendant deceased")
_DONE_TO_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:charged|arrested|killed|found|stabbed|shot|injured|jailed|sentenced|convicted|"
    r"named|identified|threatened|attacked|taken|held|detained|remanded|murdered|beaten)\b"
)
# A sentence opening with "The" and up to five words in lower case: a description.
_THE_WORDS = re.compile(r"[Tt]he((?:\s+[a-z0-9][\w’'-]*){1,5})")
# Words that make the few quoted words after them a name: "known as", "nicknamed".
_NAMING = re.compile(
    r"\b(?:known|nicknamed|dubbed|named|titled|entitled|film|album|book|song|novel)"
    r"(?:\s+[\w’']+){0,6}?\s+(?:as\s+)?$"
)
# A relative clause of speech after a name, past an apposition: "Jenny Lee, a developer
# from Austin, who said".
_WHO_SAID_AFTER = re.compile(
    rf"(?:,[^,.;:!?\"“”]{{2,80}})?,\s+who\s+(?:had\s+|has\s+)?(?:{VERB})\b"
)
# A description that names a side, a party or a place before its noun: "the Kerry manager",
# "the Labour leader" (capitalised, as the writer wrote it).
_NAMED_NOUN = re.compile(r"[Tt]he\s+(?P<name>[A-Z][\w’'-]+)\s+(?P<noun>[a-z][\w-]+)\b")
# A sentence's first subject, an apposition of it and "and": what stands before its second.
_SECOND_SUBJECT = re.compile(r"[^,.;:!?\"“”]{2,60}(?:,[^,.;:!?\"“”]{2,80},)?\s+and\s+")
# A sentence opening with someone unnamed: "One Labour backbencher, a friend of ...",
# "A senior aide was blunter", "Another resident said".
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?:One|A|An|Another)\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]{3,})(?=,|\s+(?:was|is|who|had|has)\b)"
)
# Where a question's clause ends and the answer's begins: the first comma before anything
# but a relative clause or a verb ("Asked whether Delaney, who has lost twice, should
# retire, she said", "Asked about the strike, union leader Sharon Jones said").
_MAIN_CLAUSE_OPENS = re.compile(
    r",\s+(?!(?:who|whom|whose|which|that|should|would|could|will|was|is|had|has|have|were"
    r"|are|did|does|can|must|may|might)\b)"
)
# A phrase that opens on someone unnamed and names them next: "A tenant surnamed Leung",
# "a man named" (not "A neighbour of a woman surnamed Chan", who is the woman's neighbour).
_NAMED_AS = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!of\b)[a-z][\w-]*\s+){1,3}"
    r"(?:named|surnamed|identified\s+as|known\s+only\s+as)\s+"
)
# After an owner's "'s", the noun for someone set beside their name: "Moore's mother,
# Lorraine Moore,", "Bath's director of rugby, Johann Botha,", "Rasool's neighbour Shabana
# Bibi"; and the same from the sentence's start, owner included, after a word that sets
# the scene ("Nearby, ").
_NOUN_OF = r"(?P<noun>[a-z][\w-]*)(?:\s+of\s+[a-z][\w-]*)?"
_OWNERS_NOUN = rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?{_NOUN_OF},?\s+"
_OWNERS_PERSON = re.compile(rf"{_OWNERS_NOUN}(?=[A-Z])")
_OWNERS_PERSON_OPENS = re.compile(
    rf"(?:[A-Z][a-z]+,\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}"
    # "The museum's director, Dr Eleanor Kemp, was the first witness."
    rf"|(?:The|His|Her|Their|Its)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*){_OWNERS_NOUN}"
)
# A noun opening the sentence that the name set beside it is: "The director of rugby,
# Johann Botha, was less happy."
_NOUN_OPENS = re.compile(rf"(?:The|His|Her|Their|Its)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_NOUN_OF},\s+")
# A sentence saying its subject died or was hurt: "..., 41, was pronounced dead".
_HARMED_AFTER = re.compile(
    r"[^.!?\n]*?\b(?:died|dead|killed|murdered|stabbed|shot|injured|hurt|wounded|hospital"
    r"|fractured|critical|seriously|collapsed|crash)\b"
)
# The role (and the body or place) before a name that opens its sentence: "Ashbourne
# manager ", "Kingsmere boss ", "Former striker ". Not ROLE_LEAD, which reads the name
# too but fewer capitalised words before the role ("Kingsmere City FC boss").
# A role in capitals opening the sentence before a name: "Resident Graham Tully".
_ROLE_IN_CAPITALS = re.compile(r"(?P<role>[A-Z][a-z]+(?:-[a-z]+)*)\s+")
# An opening phrase, its comma and a role before a name: "Speaking at his news
# conference, manager Steve Kerrigan".
_PHRASE_THEN_ROLE = re.compile(r"(?P<phrase>[^.!?\n]+),\s+(?:the\s+)?(?P<role>[a-z][a-z-]+)\s+")
_ROLE_BEFORE = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][a-z-]+)\s+"
    # a tabloid's description opening the sentence: "Mum-of-two Shazia Begum, 34, ..."
    rf"|(?P<family>{FAMILY_DESCRIPTOR.pattern})\s+"
)
# A name after its role, with the body or place it serves: "Ashbourne chairman Geoffrey
# Stainton took the unusual step ...", "Fynbo chief investment officer Karen Lindqvist".
ROLE_LEAD = re.compile(
    r"(?:[A-Z][\w’'-]+\s+)?(?P<role>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})(?=[\s,])"
)
# A lead-in that puts the quotation in someone else's mouth or hand: a question asked of
# someone, a message, a letter ("Ms Lee asked the minister when ...", "the last text
# message her son sent"); not "She told reporters ...", "Mr Hale struck a defiant note".
_SOMEONE_ELSES = re.compile(
    r"\b(?:asked|asks)\s+(?:the|a|an|him|her|them|[A-Z])"
    r"|\b(?:text\s+message|message|letter|email|e-mail|tweet|card|banner|placard)s?\b"
)
# A title just before a name; all but "Dr" and "Prof" tell the person's sex.
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.? $")
# Words that open a phrase or a clause before the subject ("When Judge Mary Lowe
# adjourned", "Under Manager Phil Reid,"): no part of a title before a name.
_CLAUSE_OPENERS = OPENING_WORDS | words(
    "until since under unlike if although though because unless once for by as among amid "
    "despite like alongside following against besides including upon thanks around near "
    "towards toward within over"
)
# A title or a role in capitals before a name ("Ms Park", "Superintendent Karen Oduya",
# "Health Minister Colin Ashby"), maybe with the words of its body or place.
_TITLE_OR_ROLE_BEFORE = re.compile(
    rf"(?:\b[A-Z][\w’'-]*\s+){{0,2}}\b"
    rf"(?:{alternation(w.rstrip('.') for w in TITLES | TITLES_BEFORE_A_PERSON)})\.? $"
)


def _within(entity: Entity, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= entity.start and entity.end <= span[1]


# A given name romanised with a hyphen after the surname, as Cantonese and Korean names
# are written ("Chan Tai-man", "Moon Jae-in").
_ROMANISED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _agrees(name: str, sex: str) -> bool:
    """Whether "he" (m) or "she" (f) can mean the person called `name`."""
    parts = name.split()
    if len(parts) == 2 and _ROMANISED_GIVEN.fullmatch(parts[1]):
        return True  # "Chan Tai-man", "Moon Jae-in": a surname first, then the given name
    found = given_name_sex(parts[0])
    return not found or found == sex


# Nouns for people, beyond the roles the entity rules know: what a description of
# someone ends in ("the striker", "the 23-year-old", "the Spaniard").
PERSON_NOUNS = words(
    """
    striker forward midfielder defender goalkeeper keeper winger captain coach manager player
    veteran champion winner finalist seed rookie athlete runner rider driver boxer golfer
    favourite favorite hopeful underdog outsider newcomer debutant challenger runner-up
    sprinter cyclist swimmer skier racer holder
    actor actress singer star author writer novelist poet artist director producer composer
    conductor musician lawmaker politician senator mp congressman congresswoman candidate
    judge lawyer attorney prosecutor witness victim suspect defendant detective officer
    doctor scientist researcher professor teacher student nurse farmer worker resident
    man woman girl boy mother father wife husband son daughter sister brother widow
    president minister chancellor governor mayor chairman chairwoman chief executive founder
    economist analyst strategist investor trader banker owner boss governor secretary
    spokesman spokeswoman veteran diplomat envoy ambassador general commander pope bishop
    junior senior sophomore skipper batsman bowler all-rounder jockey trainer referee umpire
    entrepreneur designer chef engineer critic columnist commentator pundit activist campaigner
    backbencher aide td msp mep mla mpp mha mna
    gp pensioner retiree vicar priest pastor imam rabbi elder paramedic surgeon midwife
    firefighter soldier pilot survivor mourner protester volunteer organiser organizer
    spokesperson grower
    grandmother grandfather grandson granddaughter grandparent niece nephew aunt uncle
    cousin widower fiancée fiancé girlfriend boyfriend stepmother stepfather mum dad parent
    teenager teen youngster
    finn fleming zealander scouser yank
    """
) | {w.lower() for w in NATIONALS}  # the last line and these: people of a nation or a city
# Someone's relations, as the noun beside a name ("Rasool's neighbour Shabana Bibi"), though
# as a description ("the neighbour said") they may be anyone unnamed nearby.
_RELATION_NOUNS = words(
    """
    neighbour neighbor friend colleague teammate team-mate classmate flatmate housemate
    landlord landlady tenant rival predecessor successor assistant carer
    """
)


def _beside_a_name(noun: str) -> bool:
    """Whether `noun` set beside a name is that person: a role or a relation."""
    return person_noun(noun) or noun in _RELATION_NOUNS


def _title_cased(words_: list[str]) -> bool:
    """Quoted words that are a name, not speech: "the “Miracle at Medinah”"."""
    return (
        len(words_) >= 2
        and words_[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words_)
    )


_TITLE_SMALL_WORDS = words("a an the of at in on and for to")


def person_noun(head: str) -> bool:
    return (
        head in PERSON_NOUNS
        or head in ROLES
        or head.endswith(("-old", "man", "woman"))
        or (head[:1].isalpha() and head.capitalize() in DEMONYMS)
        or head.endswith(("ian", "ard", "ese"))  # Uruguayan, Spaniard, Japanese
        # "the unionist", "the economist", "the pianist"; not "the checklist".
        or (
            len(head) >= 7
            and head.endswith("ist")
            and not head.endswith(("klist", "tlist", "ylist", "hlist", "glist"))
        )
        # A compound ending in one: "the headteacher", "the shopkeeper", "the co-founder".
        or any(
            head[i:] in PERSON_NOUNS or head[i:] in ROLES
            for i in range(2, len(head) - 3)
            if head[i - 1] == "-" or len(head) - i >= 5
        )
    )


# People who speak as a crowd of a place, never for it: "residents in Hallbrook", "people
# living on the Moorside estate", "fans outside the ground" (not "officials at the
# Treasury", who may speak for it).
_PEOPLE_OF_A_PLACE = words(
    "residents people locals villagers neighbours neighbors parents fans shoppers commuters "
    "passengers families campaigners protesters tenants householders homeowners"
)
_UNNAMED_SOURCES = words("source sources insider insiders whistleblower")
_WHERE_THEY_ARE = words("in on at from near outside around across living who")


def speaks_for(tokens: list[str]) -> bool:
    """Whether a crowd before a body is its members ("Protesters from Extinction
    Rebellion", "Campaigners at Friends of the Earth"), who speak for it; not "Parents at
    Oakfield Primary School"."""
    return "from" in tokens or any(t in _ACTIVISTS for t in tokens[:2])


_ACTIVISTS = words("campaigners protesters activists")


def people_of_a_place(tokens: list[str]) -> bool:
    """Whether a phrase is a crowd and where it is ("angry residents in Hallbrook")."""
    crowd = tokens[1:] if len(tokens) > 2 and mostly_lower_case(tokens[0]) else tokens
    if crowd[:1] != tokens[:1] and crowd[0] not in _PEOPLE_OF_A_PLACE:
        crowd = tokens  # no adjective before a crowd: the phrase as it is
    return len(crowd) > 1 and crowd[0] in _PEOPLE_OF_A_PLACE and crowd[1] in _WHERE_THEY_ARE


def _capitalised_run(words_: list[str], common_words: bool = False) -> str:
    """The last run of capitalised words ("Security researcher Aarav Kulkarni" ->
    "Aarav Kulkarni"), joined; "" when the phrase has none or is a pronoun."""
    run: list[str] = []
    for word in words_:
        bare = word.strip("’'")
        if bare.endswith(("'s", "’s")):
            run = []  # "Saxony's economy minister": the possessor is not the speaker
            continue
        if (
            bare[:1].isupper()
            and bare.lower() not in _NOT_NAMES
            and (common_words or not mostly_lower_case(bare))
        ):
            run.append(bare)
        elif run and word[:1].islower() and word not in ("al-", "bin", "van", "de", "da"):
            run = []
    return " ".join(run)


# Not names, nor speakers: pronouns, articles and weekdays ("according to results
# published on Tuesday"); months stay, being names too ("April Smith", "Theresa May").
_NOT_NAMES = words("he she it they we i you his her its their the a an one") | frozenset(WEEKDAYS)
