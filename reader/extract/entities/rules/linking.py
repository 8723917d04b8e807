"""Short forms to full names: surnames, acronyms, a firm's own short name, "the Bank"."""

from __future__ import annotations

import re
from collections import defaultdict

from reader.extract.anchored import alternation
from reader.extract.entities import lexicon as lx
from reader.extract.entities.firm_names import LEGAL_FORMS
from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.name_lists import PLACE_BODY_HEADS
from reader.extract.entities.rules import cues
from reader.extract.entities.rules.shapes import (
    COMPASS,
    a_persons_letters,
    initials_of,
    institution,
    title_case,
)
from reader.extract.entities.rules.span import ORG, G, KnownNames, P, Span, name_key
from reader.extract.entities.rules.state import ArticleState
from reader.extract.entities.rules.voting import OWN_CUE
from reader.extract.entities.wordlists import (
    given_name_sex,
    is_given_name,
    mostly_lower_case,
    name_strength,
)
from reader.extract.model import Entity, EntityType

# What puts a town, not its side, after it: "in", going home there, coming from there
# (not "travel to", "a trip to": a fixture against the side).
_PLACE_MENTION_BEFORE = re.compile(
    r"\b(?:in|people of|village of|town of|back to|back down to|back up to|trip from|"
    r"journey from|fans from|supporters from|travelled from|traveled from|-year-old from)\s+$",
    re.IGNORECASE,
)

# What puts a town at a mention that might be a person of the same name: living, being
# born or based there, coming from it, going back to it ("born in Lahti", "lives in
# Derby", "the people of Preston"; not "a gem in Preston", "brought in Palmer").
_LIVED_IN_BEFORE = re.compile(
    r"(?:\bborn(?:\s+[\w,.]+){0,3}?\s+in"  # "born 1961 in", "born on 3 May 1931 in"
    r"|\b(?:lives?|lived|living|based|raised|grew\s+up|died|buried|settled|studied|"
    r"educated|headquartered|located|situated|native|resident|residents|office|offices)"
    r"\s+in|\b(?:people|residents|village|town|city|suburb|natives?)\s+of|-year-old\s+from"
    r"|\bback\s+(?:home\s+)?to)\s+$",
    re.IGNORECASE,
)
# Being in a town, plainly: "people in Lima", "importers in Hobart", "a rally in Preston",
# "hospitals in Winnipeg and Brandon", "(Reporting by Renzo Villanueva in Lima": after a
# plural, a place's noun or a name, not after what may be a person's quality or part
# ("a real talent in Carlisle", "a gem in Preston", "confidence in Lima", "members voted
# in Durham as their leader").
_IN_TOWN_BEFORE = re.compile(r"\b(?P<word>[^\W\d_][\w'’-]*)\s+in\s+(?:[A-Z][\w'’-]+\s+and\s+)?$")
_LOCATING_WORDS = frozenset(
    {
        "house", "home", "college", "campus", "court", "office", "rally", "parish", "room",
        "centre", "center", "hospital", "school", "church", "shop", "store", "street",
        "city", "town", "village", "area", "region", "county", "district", "club", "ground",
        "stadium", "hotel", "farm", "base", "plant", "factory", "prison", "jail", "station",
        "airport", "port", "harbour", "harbor", "university", "clinic", "mosque", "temple",
        "market", "care", "councillor", "councilor", "flat", "apartment", "people", "folk",
        "met", "worked", "held",
    }
)  # fmt: skip
# The region or country after a town: "a furniture maker in Kingston, Jamaica".
_REGION_AFTER = re.compile(r",\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
# What is held in a firm or a person, not in a town: "shares in Beaumont", "a stake in".
_HELD_IN = frozenset({"shares", "stake", "stakes", "holding", "holdings", "interest", "investment"})
# Lower-case words ending in "s" that are no plural nouns.
_NOT_PLURALS = frozenset({"is", "was", "has", "his", "its", "this", "us", "as", "yes", "plus"})


def _in_a_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] follows "in" after a word that puts a place
    there, or with its region or country after it."""
    found = _IN_TOWN_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    word = found.group("word")
    low = word.lower()
    if low in _HELD_IN:
        return False  # "Shares in Beaumont rose": the firm's
    region = _REGION_AFTER.match(text, end)
    return (
        word[0].isupper()
        or low in _LOCATING_WORDS
        or (word.islower() and low.endswith("s") and low not in _NOT_PLURALS)
        or (region is not None and known_place(region.group(1)))
    )


# A case's name ("Delgado v. Harmon Ranch Foods"), or the person doing something ("in
# Hamilton taking the lead").
_NOT_THE_TOWN_AFTER = re.compile(
    r"\s+(?:v\.?\s+[A-Z]|(?!during|following|including|according)[a-z]+ing\b)"
)
# Bodies named for the place they serve, whose place's name alone is the place.
_PLACES_OWN_BODIES = frozenset({"Council", "Police", "Constabulary", "Infirmary"})
# The last words of bodies a place names: its club, its hospital, its school.
_PLACE_NAMED_HEADS = PLACE_BODY_HEADS | lx.words("Club Clinic Library Museum Station Airport")
# A short name defined in quotes in brackets: '("Delmont" or "the Company")', '(“Kilbride”)'.
_QUOTED_ALIAS = re.compile(r"\(\s*[\"“]([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})[\"”]")
# An encyclopedia's short name for the body it opens with: "Brannvik & Söhne AB, commonly
# known simply as Brannvik, is ...", "Kowa Holdings (also known as Kowa)".
_KNOWN_AS_ALIAS = re.compile(
    r"(?:,|\()\s*(?:(?:is|was)\s+)?(?:(?:commonly|also|often|usually|more|better|widely"
    r"|popularly|locally)\s+)*known\s+(?:simply\s+)?as\s+[\"“]?"
    r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})"
)
# What may stand between a firm's name and that definition: its ticker, its legal form.
_TICKER_TAIL = re.compile(r"\s*\([A-Za-z ]{2,20}:\s*[A-Z.]{1,6}\)\s*$")
_LEGAL_TAIL = re.compile(rf",?\s+{alternation(LEGAL_FORMS | {'Co', 'Co.'})}\s*$")
# The legal forms that end a company's full name.
_COMPANY_ENDS = lx.words(
    "Inc Inc. Incorporated Ltd Ltd. Limited Corp Corp. Corporation LLC PLC plc AG SA NV GmbH "
    "S.A. N.V. SpA Pty Bhd Oyj ASA AB KK Co Co."
)


# A sentence going on about a person after a name: "who", "his", "she" before its end, or
# what only a person does ("Brackley died", "retired in 2005", "left school at 15").
_PERSONAL_AFTER = re.compile(
    r"[^.!?\n]{0,80}?\b(?:who|whom|his|her|he|she|himself|herself)\b"
    r"|,?\s+(?:(?:later|never|also|then|eventually)\s+)?(?:died|retired|married|was\s+born"
    r"|grew\s+up|studied|left\s+school|served\s+in|is\s+survived|was\s+knighted"
    r"|was\s+appointed\s+(?:CBE|OBE|MBE|KBE|DBE)|stepped\s+down)\b"
)


# A relative of the name's: "Brannvik's two sons", "Pike's grandmother" (a person's).
_KIN_AFTER = re.compile(
    r"['’]s\s+(?:(?:two|three|four|eldest|youngest|late)\s+)?"
    rf"(?:{alternation(lx.KIN_NOUNS | {'son', 'father', 'mother', 'brother'})})\b"
)

# What is named after a person: "The Nobel Prize is named after Nobel".
_NAMED_AFTER_BEFORE = re.compile(r"\b(?:named|called)\s+(?:after|for)\s+$")

# How far back a person named in full still means the surname alone, whatever the firm.
_JUST_NAMED = 200


def _letters_after_capitals(name: str) -> str:
    """The initials of a name's words after a first word in capitals, with a hyphened
    word's parts ("NGX All-Share Index": "ASI"); "" when it has no such first word."""
    first, *rest = name.split()
    if len(rest) < 2 or not first.isupper():
        return ""
    return "".join(part[0] for word in rest for part in word.split("-") if part[:1].isupper())


def _capitals_folded(key: str) -> str:
    """ "BREXFORD Town" as "Brexford Town": words of three capitals or more in title case."""
    return " ".join(title_case(w) if len(w) > 2 and w.isupper() else w for w in key.split(" "))


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


def _of_body(name: str, names: dict[str, tuple[EntityType, str]]) -> str | None:
    """The one organisation of the article a name of two words or more opens, its "of"
    next: "Reserve Bank" for the "Reserve Bank of New Zealand"."""
    found = {
        canonical
        for other, (kind, canonical) in names.items()
        if kind is ORG and other.startswith(f"{name} of ")
    }
    return found.pop() if len(found) == 1 else None


def _race_of(word: str, names: dict[str, tuple[EntityType, str]]) -> str | None:
    """The one race of the article named in its language that `word` opens: "Tour" for
    the "Tour de France"."""
    found = {
        canonical
        for name, (kind, canonical) in names.items()
        if kind is EntityType.EVENT
        and name.startswith(f"{word} ")
        and name.split()[1] in lx.FOREIGN_CONNECTORS
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


def _foreign_first_word(
    part: str, full_names: list[str], names: dict[str, tuple[EntityType, str]]
) -> bool:
    """Whether `part` only opens the full names and the article types it as no person
    when alone, nor do the name lists know it as a given name: "NASA" of a doubtful
    "NASA Administrator Bill Nelson", "Klaten" of "Klaten Regent Sutrisno". A person is
    called by a given name alone, never by a body's or a place's."""
    if names.get(part, (P, ""))[0] is P or is_given_name(part):
        return False
    if (
        name_strength(part)[1]
        and all(len(name.split()) == 2 and is_given_name(name.split()[1]) for name in full_names)
        # no firm of the word in the article: "Honda Taro toured a Honda Motor plant"
        and not any(
            kind is ORG and name != part and part in name.split()
            for name, (kind, _) in names.items()
        )
    ):
        return False  # "Takeda" of "Takeda Kenichi": a family name written first
    return all(name.startswith(part + " ") for name in full_names)


def _family_member(
    key: str,
    span: Span,
    persons: dict[str, list[str]],
    names: dict[str, tuple[EntityType, str]],
) -> bool:
    """Whether a first word alone means the one full name it opens, whose surname another
    person of the article shares ("Maggie Trelawney" and her daughter "Kerensa
    Trelawney"): the article tells them apart by their given names, "Kerensa says",
    whatever the lists know of them. Not the family firm's short name ("Hallvard engines"
    after "Hallvard Marine AS"), nor letters ("DE", a defensive end's)."""
    full_names = persons[key]
    if len(full_names) != 1 or " " not in full_names[0] or key.isupper():
        return False
    if span.evidence.get(ORG) or any(
        kind is ORG and name.startswith(key + " ") for name, (kind, _) in names.items()
    ):
        return False
    surname = full_names[0].rsplit(" ", 1)[1]
    return any(" " in name and name.split()[0] != key for name in persons.get(surname, []))


# Lower-case words inside a person's name: "Afiq Irfan bin Kamal", "Sabino da Cruz".
_NAME_PARTICLES = lx.words("bin binti bte da de di do dos das del della la le van von der al el")


def _name_word(word: str) -> bool:
    """A word that may go on a person's name ("Chi-ming"; not "GUILTY", "&", "Phase-I")."""
    if word in _NAME_PARTICLES:
        return True
    return (
        word[:1].isupper()
        and not any(part.isupper() for part in word.split("-"))
        and not mostly_lower_case(word)
    )


def _surname_first(word: str) -> bool:
    """Whether the name lists know `word` as a surname at least as well as a given name
    ("Ali", "Washington"; not "Antonio", "Firdaus")."""
    given, surname = name_strength(word)
    return word in lx.SURNAMES or (surname >= 2 and surname >= given)


_PRONOUN = re.compile(r"\b(?:[Hh]e|him|his|[Ss]he|her)\b")
_SPEECH = re.compile(r"\b(?:" + "|".join(sorted(lx.SPEECH_VERBS)) + r")\b")
# A relative's introduction just before their name ("her daughter, ", "his wife ") or
# just after it, in apposition ("Kerry Barraclough, his younger sister", "Ingrid Lindqvist,
# the champion's mother").
_KIN = (
    r"(?:[Hh]is|[Hh]er|[Tt]heir|the\s+[a-z-]+['’]s|[A-Z][\w-]+['’]s)\s+(?:elder\s+|older\s+|younger\s+|late\s+)?(?:daughter|son|"
    r"wife|husband|brother|sister|mother|father|widow|widower|partner|niece|nephew|cousin|"
    r"grandson|granddaughter|aunt|uncle)s?"
)
_RELATIVE_BEFORE = re.compile(rf"\b{_KIN},?\s+$")
_SEXED_TITLE_BEFORE = re.compile(rf"\b({'|'.join(lx.HONORIFIC_SEX)})\.?\s+$")
_RELATIVE_AFTER = re.compile(rf",\s+{_KIN}\b")


def storm_parts(names: dict[str, tuple[EntityType, str]]) -> dict[str, str]:
    """A named storm's own name, which later mentions use alone: "Delphine" after
    "Hurricane Delphine", "Gardo" after "Tropical Storm Gardo"."""
    return {
        name.split()[-1]: canonical
        for name, (kind, canonical) in names.items()
        if kind is EntityType.EVENT and cues.named_weather(name.split())
    }


class ShortFormLinking(ArticleState):
    """Each body mention as an entity, its short forms pointed at the full name."""

    def _person_parts(self, names: dict[str, tuple[EntityType, str]]) -> dict[str, list[str]]:
        parts: dict[str, list[str]] = defaultdict(list)
        heads_of: dict[str, set[str]] = defaultdict(set)
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
                # "Mohd Firdaus said" after "Mohd Firdaus Abdullah": a name's first words,
                # as Malay and Arabic names are shortened (the last is the father's).
                for i in range(2, len(words)):
                    # Every name's heads count against one another; only one that goes on
                    # in name words is linked ("Marcus Elphick GUILTY" is no longer name).
                    name_goes_on = len(words) <= 5 and all(_name_word(w) for w in words[i:])
                    heads_of[" ".join(words[:i])].add(canonical if name_goes_on else "")
                for part in [*words, *tails]:
                    if canonical not in parts[part]:
                        parts[part].append(canonical)
        for head, canonicals in heads_of.items():
            if (
                len(canonicals) == 1
                and "" not in canonicals
                and head not in parts
                # a name of its own ("Muhammad Ali" beside "Muhammad Ali Jinnah", "George
                # Washington" beside "George Washington Carver") is no short form
                and not _surname_first(head.rsplit(" ", 1)[-1])
            ):
                # only one person's: "Ahmad Faizal" of two Ahmad Faizals is neither
                parts[head].append(canonicals.pop())
        return parts

    def _org_parts(self, names: dict[str, tuple[EntityType, str]]) -> dict[str, str]:
        """The first and last words of organisation names that can stand for them alone
        (not markers, connectors, places or nationalities)."""
        parts: dict[str, str] = {}
        self.place_named = set()
        for name, (kind, canonical) in names.items():
            words = name.split()
            if kind is not ORG or len(words) < 2:
                continue
            if len(words) == 2 and words[0] in COMPASS:
                continue  # "North Lismore" is no name for Lismore
            first, last = words[0], words[-1]
            # An everyday first word does not stand for its body: "Science" is not the
            # Science and Technology Facilities Council.
            everyday = not first.isupper() and mostly_lower_case(first)
            # Nor does the first of the places a body is named for ("Skipton and
            # District Cottage Hospital", "Avon and Somerset Police").
            named_for_places = ("and" in words and last in PLACE_BODY_HEADS) or (
                # "Lismore City Council", "Surrey Police": the place a public body serves
                # is the place alone, not the body's short name
                last in _PLACES_OWN_BODIES and first[:1].isupper() and not first.isupper()
            )
            if last in _PLACE_NAMED_HEADS and names.get(first, (ORG, ""))[0] is G:
                # "Castlebar Cycling Club", "Mayo University Hospital": a town no list
                # knows, which the article's mentions make a place, stands for the body
                # only where a mention reads as the body ("Moorfields said", not
                # "gardaí in Castlebar").
                self.place_named.add(first)
            for word in {last} if everyday or named_for_places else {first, last}:
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

    def _short_name(
        self,
        match: re.Match[str],
        names: dict[str, tuple[EntityType, str]],
        out: dict[str, tuple[EntityType, str]],
        whole_only: bool,
    ) -> None:
        """The organisation named just before `match` (its ticker and legal form aside)
        takes the short name the match defines (group 1); `whole_only`: only a name of
        several words, and never over an earlier definition."""
        before = self.text[max(0, match.start() - 160) : match.start()]
        before = _LEGAL_TAIL.sub("", _TICKER_TAIL.sub("", before)).replace("’", "'")
        short = match.group(1)
        for name, (kind, canonical) in names.items():
            if kind is ORG and before.endswith(name) and short != name:
                if whole_only and " " not in name:
                    continue
                if whole_only:
                    out.setdefault(short, (kind, canonical))
                else:
                    out[short] = (kind, canonical)
                self.defined_short.add(short)
                return

    def _acronyms(
        self, names: dict[str, tuple[EntityType, str]]
    ) -> dict[str, tuple[EntityType, str]]:
        out: dict[str, tuple[EntityType, str]] = {}
        for match in cues.ACRONYM_DEF.finditer(self.text):
            acronym = match.group(1)
            before = self.text[max(0, match.start() - 120) : match.start()].rstrip()
            for name, (kind, canonical) in names.items():
                if (
                    " " in name
                    and before.replace("’", "'").endswith(name)
                    # "Irish Albums (IRMA)": the chart's compiler, not the chart's letters
                    # (as in "Billboard Top Albums (BTA)")
                    and (
                        name.rpartition(" ")[2] not in lx.CHART_HEADS
                        or initials_of(name) == acronym
                    )
                    # A body's own-language letters ("Democratic Left Alliance (SLD)")
                    # or short name ("Oswaldo Cruz Foundation (Fiocruz)", "Elections
                    # Supervisory Agency (Bawaslu)") need not be the English initials;
                    # a place there is the side's country ("Dinamo Zagreb (Croatia)").
                    and (
                        (
                            initials_of(name).startswith(acronym[0])
                            # a person's own letters ("John Fitzgerald Kennedy (JFK)"),
                            # not a skier's nation ("Anna Roth (AUT)")
                            and (kind is not P or a_persons_letters(name, acronym))
                        )
                        or (kind is ORG and (acronym.isupper() or acronym not in self.places))
                        # "NGX All-Share Index (ASI)": the letters of the name after its
                        # exchange's or owner's capitals, each part of a hyphened word too
                        or (kind is not G and _letters_after_capitals(name) == acronym)
                    )
                ):
                    out[acronym] = (kind, canonical)
        # 'Delmont Logistics, Inc. (NYSE: DLMT) ("Delmont" or "the Company")': a release's
        # or a judgment's own short name for the firm it has just named; "Brannvik & Söhne
        # AB, commonly known simply as Brannvik": an encyclopedia's, not its founder's.
        for match in _QUOTED_ALIAS.finditer(self.text):
            self._short_name(match, names, out, whole_only=False)
        for match in _KNOWN_AS_ALIAS.finditer(self.text):
            self._short_name(match, names, out, whole_only=True)
        for name, (kind, canonical) in names.items():
            if kind is ORG and " " in name:
                initials = initials_of(name)
                if len(initials) >= 2:
                    out.setdefault(initials, (kind, canonical))
        return out

    def _resolve(self, span: Span, known: KnownNames) -> Entity | None:
        names, persons, acronyms, orgs = known.names, known.persons, known.acronyms, known.orgs
        if not span.words:
            return None
        key = name_key(span.text)
        strong = max(span.evidence.values(), default=0.0)
        # A surname alone is the person named in full elsewhere in the article,
        # unless this mention itself says otherwise ("analysts at Morgan").
        other = max((v for k, v in span.evidence.items() if k is not P), default=0.0)
        if (
            len(span.words) == 1
            and len(key) > 2
            and key.isupper()
            and key not in acronyms
            and (folded := title_case(key)) in persons
            and folded not in orgs
            and not self.dateline(span)  # "LINCOLN, Neb. (AP) —" beside a Mr Lincoln
        ):
            # "PETTIFER: Good morning" beside "Tom Pettifer": a transcript's speaker, a
            # byline's surname in capitals.
            return Entity(span.start, span.end, span.text, P, self._nearest(span, persons[folded]))
        if (
            len(span.words) > 1
            and not key.isupper()
            and (folded := _capitals_folded(key)) != key
            and folded in names
        ):
            # "BREXFORD Town have sacked ...": a tabloid's opening capitals on the name
            # the article writes "Brexford Town" elsewhere.
            kind, canonical = names[folded]
            return Entity(span.start, span.end, span.text, kind, canonical)
        if (
            len(span.words) == 1
            and key in persons
            and span.evidence.get(P, 0.0) == 0.0
            and (place := self.places.get(span.text)) is not None
            and place.kind not in ("country", "continent")
            and _LIVED_IN_BEFORE.search(self.text, max(0, span.start - 30), span.start)
            and not _NOT_THE_TOWN_AFTER.match(self.text, span.end)  # "in Delgado v. Harmon"
        ):
            # "Aarne Lahti (born 1961 in Lahti)": the town at this mention, however often
            # the article means the man.
            return Entity(span.start, span.end, span.text, G, place.canonical)
        if (
            len(span.words) == 1
            and key in persons
            and span.evidence.get(P, 0.0) == 0.0
            and (place := self.places.get(span.text)) is not None
            and place.kind in ("city", "town", "region")
            and _in_a_town(self.text, span.start, span.end)
            and not self.text.startswith(("'s", "’s"), span.end)
            and not _NOT_THE_TOWN_AFTER.match(self.text, span.end)
            and not cues.SPEECH_AFTER.match(self.text[span.end : span.end + 40])
        ):
            # "people in Lima" beside the candidate Marisol Lima, "importers in Hobart"
            # beside a Mr Hobart: a town of the gazetteer where the sentence is in it.
            return Entity(span.start, span.end, span.text, G, place.canonical)
        if (
            len(span.words) == 1
            and key in known.storms
            and key not in persons
            # Not a person this mention shows ("Ms Delphine said", "Laura, 54,"), nor a
            # town of the name the article writes of as a place ("flooding in Florence,
            # South Carolina").
            and span.evidence.get(P, 0.0) < 3
            and not span.evidence.get(G)
            and names.get(key, (P, ""))[0] is not G
            and not cues.APPOSITION_ROLE.match(self.text[span.end : span.end + 60])
            and not cues.AGE_AFTER.match(self.text[span.end : span.end + 12])
            and not cues.SPEECH_AFTER.match(self.text[span.end : span.end + 40])
        ):
            # "insured losses from Delphine" after "Hurricane Delphine": the storm, not a
            # person of that name.
            return Entity(span.start, span.end, span.text, EntityType.EVENT, known.storms[key])
        if (
            key in persons
            # The release's own short name for the firm, not its founder Harold Delmont,
            # unless this mention says otherwise ("Mr Delmont").
            and (
                key not in self.defined_short
                or span.evidence.get(P, 0.0) >= 2.5
                or _KIN_AFTER.match(self.text, span.end) is not None  # "Pike's grandmother"
                # "Bergqvist, who died in 1970", "Bergqvist himself", "named after Nobel"
                or _PERSONAL_AFTER.match(self.text, span.end) is not None
                or _NAMED_AFTER_BEFORE.search(self.text, max(0, span.start - 30), span.start)
                is not None
            )
            # "Caloi is a maker of bicycles" beside "Luigi Caloi": not the man.
            and (key not in self.defined_outright or self.defined[key] is P)
            and (len(span.words) == 1 or names.get(key, (P, ""))[0] is P)
            and not (other >= 3 and other > span.evidence.get(P, 0.0))
            # "Dunmore shareholders", "advised Dunmore" beside founder Walter Dunmore and
            # Dunmore Packaging Corp: where the article's mentions of the word alone make
            # it the company, a mention with no cue of a person is the company, unless its
            # sentence goes on about a person ("Brackley, who founded it, left school at
            # 15", "Brackley is survived by his wife").
            and not (
                key in orgs
                and names.get(key, (P, ""))[0] is ORG
                and self._own_cue(key)
                and span.evidence.get(P, 0.0) == 0.0
                and not _PERSONAL_AFTER.match(self.text, span.end)
                # nor just after the person named in full: "Chairman Tom Brackley said
                # ... Brackley declined to comment"
                and not any(
                    self.text.find(full, max(0, span.start - _JUST_NAMED), span.start) >= 0
                    for full in persons[key]
                )
            )
            and (
                names.get(key, (P, ""))[0] is P
                or not self._own_cue(key)
                or _stands_for_person(key, persons[key], self._country(key))
            )
            and not (
                _foreign_first_word(key, persons[key], names)
                and not _family_member(key, span, persons, names)
            )
            # "play for Tonga" beside a sponsor's "Digicel Tonga": a country no name list
            # knows as a surname is the country alone where no name ending in it opens
            # with a given name ("Willie Tonga", "Patricia Scotland" are people), unless
            # this mention shows a person ("Mr Tonga said").
            and not (
                span.evidence.get(P, 0.0) == 0.0
                and self._country(key)
                and key not in lx.SURNAMES
                and name_strength(key)[1] < 2
                and not any(is_given_name(full.split()[0]) for full in persons[key])
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
            and not (key in self.place_named and self.mention_labels.get(span.start) == "LOC")
            and not (
                key in names
                and names[key][0] is not ORG
                and self.strongest_neither.get(key, 0.0) >= OWN_CUE
            )
        ):
            # "Shell" after "Royal Dutch Shell", "Sachs" after "Goldman Sachs".
            return Entity(span.start, span.end, span.text, ORG, orgs[key])
        if (
            (key in names and names[key][0] is ORG and institution(span.words))
            # Not "Police said", "Board member Ruth Nanouk": after "the" only.
            or (self._short_body(span) and names.get(key, (ORG, ""))[0] is ORG)
        ) and (body := _headed_body(key, names)):
            # "the Bank" after "Bank of England", "the Executive" after "Northern Ireland
            # Executive", "the Commission" after "European Commission".
            return Entity(span.start, span.end, span.text, ORG, body)
        if len(span.words) == 1 and key in lx.ROMANCE_RACES and (race := _race_of(key, names)):
            # "in his first Tour" after "the Tour de France": the race
            return Entity(span.start, span.end, span.text, EntityType.EVENT, race)
        if key not in names:
            return None
        kind, canonical = names[key]
        if kind is not G and self.dateline(span):
            # "MELBOURNE, Australia (AP) —" beside "Melbourne 34 Brisbane 12": the
            # dateline is the town wherever its club plays.
            place = self.places.get(span.text.title())
            if place is not None:
                return Entity(span.start, span.end, span.text, G, place.canonical)
        if kind is ORG and " " in key and (body := _of_body(key, names)) is not None:
            # "the Reserve Bank" after "the Reserve Bank of New Zealand": the one body of
            # the article whose name goes on with "of" after it
            canonical = body
        if kind is ORG and self.sport and (place := self._place_mentioned(span)) is not None:
            # "People in Marske will talk about it", "the bus back to Whitby": a town that
            # fields the article's side is still the town where the sentence goes there.
            return Entity(span.start, span.end, span.text, G, place)
        return Entity(span.start, span.end, span.text, kind, canonical)

    def _place_mentioned(self, span: Span) -> str | None:
        """The town a club's name stands for at this mention, when what comes before it
        says a place: being in it, going to it, coming from it."""
        place = self.places.get(span.text)
        if place is None or place.kind in ("country", "continent"):
            return None
        text = self.text
        if text.startswith(("'s", "’s"), span.end):
            return None  # "in Whitby's 3-1 win": the side's
        before = text[max(0, span.start - 40) : span.start]
        return place.canonical if _PLACE_MENTION_BEFORE.search(before) else None

    def _own_cue(self, key: str) -> bool:
        """Whether one mention of the name holds a strong cue of its own against a person
        ("the town of Bridgton", a gazetteer place): its type is not inherited then."""
        return self.strongest_other.get(key, 0.0) >= OWN_CUE

    def _nearest(self, span: Span, candidates: list[str]) -> str:
        if len(candidates) == 1:
            return candidates[0]
        title = _SEXED_TITLE_BEFORE.search(self.text, max(0, span.start - 12), span.start)
        if title is not None:
            # "Mrs Reid said" after "Callum Reid" and "Alison and Graham Reid": a woman.
            sex = lx.HONORIFIC_SEX[title.group(1)]
            fitting = [c for c in candidates if given_name_sex(c.split()[0]) in (sex, "")]
            candidates = fitting or candidates
            if len(candidates) == 1:
                return candidates[0]
        best, best_distance = candidates[0], None
        for candidate in candidates:
            index = self.text.rfind(candidate, 0, span.start)
            distance = span.start - index if index >= 0 else len(self.text) * 2
            if best_distance is None or distance < best_distance:
                best, best_distance = candidate, distance
        if best_distance is not None and title is None and self._relative_once(best, span.start):
            # "Her daughter, Jane Calloway, said ..." then "Calloway conceded": the
            # surname alone goes on meaning the article's own Calloway, named in full
            # more than once before (not "Linda Reyes ... Her son, Marcus Reyes, was
            # shot ... Reyes, 19", where the son is the story). Only after a relative:
            # a newcomer named once takes the surname ("Michael O'Neill, the Stoke
            # manager, was named. O'Neill, 54, signed").
            counts = {c: self.text.count(c, 0, span.start) for c in candidates if c != best}
            subject = max(counts, key=counts.__getitem__, default=None)
            if (
                subject is not None
                and (counts[subject] >= 2 or self._alone_before(span.text, subject, best))
                and not self._pronoun_means(span.end, best, subject)
            ):
                return subject
        return best

    def _pronoun_means(self, end: int, relative: str, subject: str) -> bool:
        """Whether a pronoun later in the surname's sentence fits the relative's sex and
        not the subject's ("Reyes, 19, had been walking home when he was attacked" after
        "Linda Reyes ... Her son, Marcus Reyes")."""
        stop = self.text.find(".", end)
        match = _PRONOUN.search(self.text, end, stop if stop >= 0 else len(self.text))
        if match is None or _SPEECH.search(self.text, end, match.start()):
            return False  # "Reyes said he had dreamed of ...": whom she talks about
        sex = "m" if match.group().lower() in ("he", "him", "his") else "f"
        return given_name_sex(relative.split()[0]) == sex != given_name_sex(subject.split()[0])

    def _alone_before(self, surname: str, subject: str, relative: str) -> bool:
        """Whether the surname stood alone for `subject` before `relative` was named:
        "Leon Barraclough ... At 47, Barraclough ..." then "His mother, Brenda
        Barraclough": the surname goes on meaning him."""
        first, until = self.text.find(subject), self.text.find(relative)
        if not 0 <= first < until:
            return False
        words = re.findall(rf"\b{re.escape(surname)}\b", self.text[first:until])
        return len(words) > self.text.count(subject, first, until)

    def _relative_once(self, name: str, before: int) -> bool:
        """Whether the article names `name` in full once before `before`, as someone's
        relative ("her daughter, Jane Calloway", "his wife Ann Hale", "Kerry Barraclough,
        his younger sister")."""
        first = self.text.find(name)
        if first < 0 or first >= before or self.text.find(name, first + 1, before) >= 0:
            return False
        end = first + len(name)
        return (
            _RELATIVE_BEFORE.search(self.text[max(0, first - 30) : first]) is not None
            or _RELATIVE_AFTER.match(self.text, end, end + 40) is not None
        )
