"""Runs of capitalised words cut into candidate names at titles, roles and nationalities."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.companies import companies
from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.name_lists import find_list_joins
from reader.extract.entities.rules.shapes import (
    CHURCH_BODIES,
    COMPASS,
    SURNAME_HONORIFICS,
    SURNAME_TITLES,
    names_award,
    plain_given_name,
    surname_of_unlisted_name,
)
from reader.extract.entities.rules.span import Span
from reader.extract.entities.rules.state import ArticleState
from reader.extract.entities.tokens import TITLE_ABBREVIATIONS, Token
from reader.extract.entities.wordlists import (
    is_given_name,
    is_word,
    mostly_lower_case,
    name_strength,
    written_lower_as_often,
)

_TITLE_OF_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Secretary-General|Director|Director-General|Commissioner|"
    r"Chancellor|Chief)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?"
    # "Minister for Water and Sanitation Lerato Mokoena": a portfolio of two parts
    r"(?:(?P<part>(?:[A-Z][\w'’-]*\s+){1,4})(?:and|&)\s+)?\Z"
)
# A portfolio's first part, with its second to come: "for Rural Connectivity and ...".
_PORTFOLIO_GOES_ON = re.compile(r"\s+(?:and|&)\s+[A-Z]")
_TITLE_PORTFOLIOS = lx.PORTFOLIOS | {"Exchequer", "Staff"}
_SAINTS = lx.SAINTS
# A person's role after "Masters": the title's holder or a degree's, not the tournament.
_ROLE_AFTER_MASTERS = re.compile(
    r" (?:champion|winner|graduate|student|degree|holder|runner-up|course|title)\b"
)
# A name that goes on after a word on its line: a capital or "of" next ("League Cup",
# "Court of Appeal"), but not a second body's word ("Miners' Welfare Committee").
_NAME_GOES_ON_AFTER = re.compile(r"[ \t]+(?:(?P<word>[A-Z][\w'’-]*)|of\b)")
# A public body's or a members' body's word, after its remit: "Maritime and Coastguard
# Agency" (not a firm's: "Accel and Elevation Capital" are two investors).
_REMIT_HEADS = frozenset({
    "Agency", "Authority", "Commission", "Council", "Executive", "Service", "Board",
    "Department", "Ministry", "Office", "Institute", "Association", "Federation", "Society",
    "Committee", "Union", "Directorate", "Inspectorate", "Tribunal", "Court", "Trust",
})  # fmt: skip
# Bodies named for their members in the plural possessive: "Magistrates' Court",
# "Workers' Union", "Miners' Welfare", "Working Men's Club".
_OWNED_BY_MEMBERS = frozenset({
    "Court", "Courts", "Union", "Unions", "Welfare", "Club", "Fund", "Trust", "Council",
    "Alliance", "Forum", "Party", "Movement", "Centre", "Center", "Network",
    "Cooperative", "Co-operative", "Benevolent", "Institute", "Hall",
})  # fmt: skip


# Members of a party, after the place they represent ("a Kentucky Republican").
_PARTY_MEMBERS = frozenset({
    "Republican", "Republicans", "Democrat", "Democrats", "Conservative", "Conservatives",
    "Tory", "Tories", "Liberal", "Liberals",
})  # fmt: skip
# Elected members in the plural after their party's name ("Perikatan Nasional MPs").
_ELECTED_MEMBERS = frozenset({"MPs", "MEPs", "MSPs", "MLAs", "MPPs", "MHAs", "MNAs", "TDs"})
# Portfolio words that say which side holds a title ("House Minority Leader").
_TITLE_SIDES = frozenset({"Majority", "Minority"})
# Words that end an organisation or event name: a nationality before one of them is
# part of that name ("Spanish Air Defense Command", "Hungarian Grand Prix").
# A competition's last word: "the Scottish Premiership", "the European Masters" are one
# name, not a nationality and a word.
_COMPETITION_HEADS = frozenset({
    "Premiership", "League", "Trophy", "Series", "Classic", "Invitational",
    "Stakes", "Rally", "Shield", "Plate", "Bowl",
})  # fmt: skip
_NAME_HEADS = lx.ORG_MARKERS | lx.EVENT_MARKERS | _COMPETITION_HEADS


def _no_name(word: str) -> bool:
    """Whether `word` is neither a given name, a surname nor a nationality: what may
    follow a saint's possessive in a name ("St Brigid's National School"), unlike a
    player's name ("St Mirren's Jamie McGrath") or his nationality ("St Mirren's Scottish
    striker"; the caller joins a faith's word only before an institution's)."""
    if word in lx.EVENT_MARKERS or word in lx.POSSESSIVE_INSTITUTIONS:
        return True  # "St Patrick's Day", "St Mary's Hospital"
    if word in lx.NORP_WORDS:
        return False
    return not is_given_name(word) and name_strength(word)[1] == 0 and word not in lx.SURNAMES


# An institution's name going on after a faith's word: " Primary School", " Academy", "
# Catholic Church" (not " Museum" in "St Petersburg's Russian Museum", " Cup" in "St
# Pauli's German Cup").
_INSTITUTION_AFTER = re.compile(
    r"(?: [A-Z][\w'’-]*){0,2} (?:"
    + "|".join(
        sorted(
            lx.POSSESSIVE_INSTITUTIONS
            & (lx.ORG_MARKERS | {"Church", "Cathedral", "Chapel", "Abbey", "Priory"})
        )
    )
    + r")\b"
)
_BODY_WORDS = lx.ORG_MARKERS | lx.BODIES_BY_OF
_ROYAL_TITLES = frozenset({"Queen", "King", "Prince", "Princess", "Duke", "Duchess"})
# Titles that name an office beside a body's word: "General Directorate for Internal
# Security", "Health Service Executive".
_BODY_TITLES = frozenset({"General", "Executive"})
# Institutions' words that also open other names ("Federation Square", "Society Hill").
_NAMING_TOO = frozenset({"Association", "Federation", "Society", "Guild"})
# Lower-case words inside places' names that join no other name: "Dar es Salaam",
# "Frankfurt am Main", "Burton upon Trent", "Møre og Romsdal", "Bahr el Ghazal".
_PLACE_INNER = frozenset({"es", "am", "upon", "og", "el", "al", "ash", "nad", "sur"})
_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")
_CAPITAL_NEXT = re.compile(r" [A-Z]")
_CAPITAL_OR_DIGIT_NEXT = re.compile(r" [A-Z0-9]")
# Bodies named for their members with a plural's apostrophe: "Workers' Union".
_MEMBERS_BODIES = lx.words(
    "Union Unions Association Federation Council Guild Alliance Party League Society Congress "
    "Forum Front Movement Trust Fund Cooperative Co-operative Collective Syndicate "
    "Confederation Coalition Committee Network Club Commission"
)
# What a body's name says it works for, after its members' plural: "Society for Tenants'
# Rights", "Department of Veterans' Affairs".
_MEMBERS_CAUSES = lx.words("Rights Affairs Welfare Compensation Interests")
# A competition after the body's word: "Hearts' League Cup run" is a side's, not a body.
_COMPETITION_AFTER = re.compile(r"\s+(?:Cup|Trophy|Shield|title|Championship|Final)\b")
# Letters of a position or a scoring play that sports reports put before a player's name
# (not those that open names too: "RB Leipzig", "LG Electronics", "RIO DE JANEIRO", nor
# "RT", which tweets put before a retweeted account).
_SPORT_CODES = lx.words("QB FB WR TE LT OT OG OL DL DT LB ILB OLB CB SS FS LHP RHP DH FG TD MVP")


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]")
# Words that make a name after an honorific a body's, a place's or a building's.
# Titles before a person's name only (whose name may be one the lists lack).
_TITLES_BEFORE_A_PERSON = lx.NAME_HONORIFICS | lx.TITLES_BEFORE_A_PERSON
_NOT_A_PERSONS = lx.ORG_MARKERS | lx.LOC_MARKERS | lx.FACILITY_MARKERS | {
    "Market",
    "Board",
    "Health",  # "Advocate Health Care", "Shri Ram Health Centre"
    "Care",
    "Lines",  # "Elder Dempster Lines", a shipping line
    "Line",
}


# A police rank's letters, a given name and a surname: "PC Darren Lowe".
_OFFICER = re.compile(rf"\b({'|'.join(sorted(lx.POLICE_RANKS))})\s+[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)")


# "Dato' " before a run: the first word of a two-word honorific, cut off by its apostrophe.
_DATO_BEFORE = re.compile(r"\bDato['’]\s+$")


def _in_compound_honorific(run: list[Token], index: int, before: str) -> bool:
    """A word of a two-word honorific with a name after the pair ("Tan Sri Lim", "Dato'
    Sri Najib Razak", where the run opens after the apostrophe); `before` is the text
    just before the word."""
    here = run[index].word
    pair_ahead = index + 2 < len(run) and (here, run[index + 1].word) in lx.COMPOUND_HONORIFICS
    pair_behind = index + 1 < len(run) and (
        (index > 0 and (run[index - 1].word, here) in lx.COMPOUND_HONORIFICS)
        or (index == 0 and here in ("Sri", "Seri") and _DATO_BEFORE.search(before) is not None)
    )
    return pair_ahead or pair_behind


# A word that is part of the title after it, and of no name: "West Midlands Metro Mayor
# Richard Parker", "the Metro Mayor said".
# Also the first words of the forces' two-word ranks: "Squadron Leader Kellett", "Lance
# Corporal Ahmed Khan", "Pilot Officer Les Knight".
_QUALIFIED_TITLES = frozenset({
    ("Metro", "Mayor"), ("Metro", "Mayors"), ("Squadron", "Leader"), ("Pilot", "Officer"),
    ("Flying", "Officer"), ("Warrant", "Officer"), ("Petty", "Officer"), ("Flight",
    "Lieutenant"), ("Flight", "Sergeant"), ("Group", "Captain"), ("Lance", "Corporal"),
    ("Lance", "Sergeant"), ("Lance", "Bombardier"), ("Staff", "Sergeant"), ("Colour",
    "Sergeant"), ("Sub", "Lieutenant"),
})  # fmt: skip


_POSSESSIVE_END = re.compile(r"['’]s?$")
# A foreign name's articles and its words for "and" (see `_second_body`).
_FOREIGN_ARTICLES = frozenset({"el", "la", "los", "las", "le", "les"})
_FOREIGN_ANDS = frozenset({"y", "e", "et"})

# What shows a sentence goes on after a firm's abbreviated legal form and its stop.
_SENTENCE_GOES_ON = re.compile(r"[,;:)]| [a-z(]")


_BODY_BEFORE_MEMBERS = frozenset({"Council", "City", "County", "Board", "Town", "Parish"})
# The next of the names a plural title stands before: "Crs Pike and Fahey-Lui".
_MORE_NAMES_AFTER = re.compile(r"(?:,| and| &) [A-Z]")


def _everyday_capitalised(word: str) -> bool:
    """An everyday word written with its capital, no acronym: "Maritime", "Transport"."""
    return not word.isupper() and written_lower_as_often(word.lower())


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _is_title_word(word: str) -> bool:
    return (
        word in lx.TITLES
        or (word.lower() in lx.ROLES and word[:1].isupper())
        or lx.FAMILY_DESCRIPTOR.fullmatch(word) is not None
    )


_ARTICLES = lx.ARTICLES
# Portuguese's "of the", which English never writes between capitals: one name's words.
_PORTUGUESE_JOINS = frozenset({"do", "dos", "das"})
# Portuguese words that open names of places and bodies with "do", "dos", "das".
_PORTUGUESE_HEADS = frozenset({
    "Foz", "Quinta", "Casa", "Cidade", "Vale", "Estádio", "Esplanada", "Linha", "Pico", "Cais",
    "Jornal", "Banco", "Caixa", "Mato", "Campo", "Igreja", "Mosteiro", "Museu", "Teatro",
})  # fmt: skip
# French, Spanish and Portuguese places and buildings named with "of" in their language.
_ROMANCE_JOINS = _PORTUGUESE_JOINS | {"du", "des", "de", "del", "da"}
_ROMANCE_HEADS = frozenset({
    "Gare", "Palais", "Place", "Rue", "Quai", "Château", "Musée", "Parc", "Porte", "Hôtel",
    "Rio", "São", "Santa", "Santo", "Porto", "Vila", "Praia", "Serra", "Ilha", "Plaza",
    "Puerto", "Villa", "Ciudad", "Palacio", "Paseo", "Avenida", "Praça", "Largo", "Isla",
    "Islas", "Cerro", "Lago", "Laguna", "Bahía", "Península", "Río",
}) | lx.NEWSPAPER_HEADS  # fmt: skip
# Landforms, a cathedral and races named so too, and bodies by their last word, whose "of"
# is never Portuguese's "do" (English's verb after "Tour": "players on the European Tour do
# Pilates"): "Salar de Atacama", "Plateau de Beille", "Notre-Dame de Paris", "Tour de
# France", "Federation Internationale de Motocyclisme"; not "Col", also a colonel's title.
_NAMED_IN_THEIR_LANGUAGE = lx.ROMANCE_LANDFORMS | lx.ROMANCE_RACES | {
    "Notre-Dame", "Internationale", "Nationale", "Nacional",
}  # fmt: skip
# Fields of study, which dictionaries have but news rarely writes ("Oceanography").
_FIELD_ENDINGS = ("ology", "ography", "onomy", "ics")
# Words that head a name with "of" though they are no body's word alone.
_HEADS_OF = frozenset({"House", "Chamber", "Hall"})
# What may join a run's words: the name connectors, and "to" before a body's cause.
_JOINING = lx.CONNECTORS | {"to"}
# The last words of a street's name: "on Drake Road", "on Parnell Square", "on Calton Hill".
_STREET_WORDS = frozenset({
    "Street", "Road", "Avenue", "Lane", "Boulevard", "Square", "Drive", "Way", "Terrace",
    "Crescent", "Hill", "Parade", "Row", "Place", "Quay", "Wharf", "Highway",
})  # fmt: skip
# A name going on past its capitals in lower case: "... Stop the War".
_JUDGES = frozenset({"Judge", "Justice", "Magistrate", "Judges", "Justices"})
_COURT_KINDS = frozenset({
    "District", "Circuit", "Bankruptcy", "Magistrate", "Superior", "Appeals", "Appellate",
    "Family", "Probate", "Chancery", "Tax", "Immigration", "Trial", "Municipal", "Federal",
    "Senior", "Chief", "Associate", "Deputy", "Presiding", "Resident", "Sessions",
})  # fmt: skip
_RANK_NUMBER = re.compile(r"\.? ?\d")  # "No. 7", "No 8", "No.1"
_NAME_GOES_ON = re.compile(r"\s+(?:the|of|and|for|on|in)\s+[A-Z]")
# "from X to Y": two ends of a move, never one name.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# The capitalised words after a connector: a cause after "to", a street after "on".
_CAPITALS_AFTER = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")
# A firm's last word before "of" and the town it is from: "Orrery Entertainment Group of
# Austin", "Arvion Semiconductor of Hsinchu" (not a "Company" or a public body's
# "Corporation", named for their towns: "Virginia Company of London", "Municipal
# Corporation of Delhi"; nor a country's or a region's name after it).
_FIRMS_HEADS = frozenset({
    "Holdings", "Group", "Entertainment", "Semiconductor", "Semiconductors", "Capital",
    "Ventures", "Partners", "Industries", "Enterprises", "Technologies",
})  # fmt: skip
# Bodies named for a cause: before it ("Campaign to Protect Rural England") or after it
# ("Freedom to Read Foundation").
_CAUSE_HEADS = frozenset({"Campaign", "Coalition", "Alliance", "Committee", "Movement"})
_CAUSE_BODIES = _CAUSE_HEADS | {
    "Foundation", "Trust", "Society", "Fund", "Association", "Project", "Initiative",
    "Network", "Institute", "Partnership", "Commission", "Council",
}  # fmt: skip
# The verbs bodies name their causes with: "Right to Know", "Campaign to End Loneliness".
_CAUSE_VERBS = frozenset({
    "Protect", "Read", "Stop", "Save", "End", "Ban", "Abolish", "Defend", "Free", "Preserve",
    "Promote", "Prevent", "Fight", "Keep", "Make", "Build", "Restore", "Reform", "Feed",
    "Know", "Vote", "Choose", "Life", "Learn", "Help", "Change", "Combat", "Eliminate",
    "Support", "Cure", "Beat", "Unite", "Reduce", "Halt", "Close", "Bring",
})  # fmt: skip
# The letters of currencies papers write before an amount, glued ("Dh400", "RM18") or
# spaced ("NRs 4.2 billion", "Shs 480 billion", "NIS 7,600"; not glued: "NIS2").
_GLUED_CURRENCY_LETTERS = frozenset({
    "Dh", "Dhs", "RM", "QR", "Rs", "NRs", "Bt", "Sh", "Shs", "Ushs", "KSh", "Ksh", "USh", "TSh",
    "LE", "KD", "BD", "RO", "SR", "Tk", "Rp",
})  # fmt: skip
_CURRENCY_LETTERS = _GLUED_CURRENCY_LETTERS | {"NIS"}
# A capital and up to two letters glued to an amount with decimals ("N128.50", "P1.35",
# "RM2.10"), or the currency letters above glued to any amount, either with its
# magnitude glued on too ("RM38mil", "Rs5bn", "N1.2bn"): a price, never a name.
_MAGNITUDE = r"(?:k|m|mn|mil|bn|bil|b|tn|trn|cr)?"
_PRICE = re.compile(
    rf"[A-Z][A-Za-z]{{0,2}}\d[\d,]*\.\d+{_MAGNITUDE}"
    r"|(?:" + "|".join(sorted(_GLUED_CURRENCY_LETTERS, key=len, reverse=True)) + r")"
    rf"\d[\d,]*(?:\.\d+)?{_MAGNITUDE}"
)
_AMOUNT_AFTER = re.compile(r"\s?\d")
# Thousands after a letter and digits ("N2,900", "P1,250"): an amount, not a model.
_PRICE_HEAD = re.compile(r"[A-Z][A-Za-z]{0,2}\d{1,3}")
_THOUSANDS = re.compile(r",\d{3}\b")
_AMOUNT_WORDS = re.compile(
    r"\s(?:million|billion|trillion|(?:a|per)\s(?:kilo|kg|litre|liter|sack|bag|head|piece"
    r"|share))\b"
)
# What an office's or a body's name opens with when a title follows its "of" ("Office of
# the State Treasurer", "Association of Chief Police Officers").
_OFFICES = frozenset({
    "Office", "Bureau", "Department", "Division", "Directorate", "Association", "Society",
    "Institute", "Institution", "College", "Federation", "Conference", "Committee",
})  # fmt: skip


class Chunking(ArticleState):
    """Candidate spans from the tokens: where names start, join and end."""

    @staticmethod
    def _title_in_body_name(run: list[Token], index: int) -> bool:
        """Whether the title at `index`, after an "of" in an office's or a body's name,
        belongs to that name: it opens what follows the "of" ("of Chief Police Officers",
        "of the Deputy Prime Minister", with the titles after it), or it ends the name
        ("Office of the Court Administrator") or an "of" follows its titles ("of the
        Director of Public Prosecutions"); not titles before someone's name ("College of
        Policing Chief Executive Chu ...", "... Officers President Sir Hugh Orde")."""
        of = max(i for i in range(index) if run[i].word == "of")
        first = of + 2 if of + 1 < len(run) and run[of + 1].word == "the" else of + 1
        if all(_is_title_word(run[i].word) for i in range(first, index)):
            return True
        after = index + 1
        while after < len(run) and _is_title_word(run[after].word):
            after += 1
        return after == len(run) or run[after].word == "of"

    @staticmethod
    def _name_after(run: list[Token], index: int) -> bool:
        """A name after the title at `index`: a capitalised word, not a Roman numeral or
        letters in capitals ("Cr VI")."""
        if index + 1 >= len(run):
            return False
        word = run[index + 1].word
        return word[:1].isupper() and not word.isupper()

    def _officer_after(self, run: list[Token], index: int) -> bool:
        """An officer's name after a police rank's letters: a given name and more ("PC
        Darren Lowe"), or a surname the article gives that rank with a given name ("PC
        Lowe" after "PC Darren Lowe")."""
        rest = [t.word for t in run[index + 1 :]]
        if len(rest) >= 2 and is_given_name(rest[0]):
            return True
        if len(rest) != 1:
            return False
        if self._officers is None:
            # Every "rank given-name surname" of the article, read once.
            self._officers = {(m.group(1), m.group(2)) for m in _OFFICER.finditer(self.text)}
        return (run[index].word, rest[0]) in self._officers

    def _named_in_full(self, surname: str) -> bool:
        """Whether the article names someone of that surname with a given name ("Claire
        Dufresne"), for "Madame Dufresne" to be her (read once a surname)."""
        known = self.named_in_full.get(surname)
        if known is None:
            known = self.named_in_full[surname] = any(
                match.group(1) not in lx.COURTESY_TITLES and is_given_name(match.group(1))
                for match in re.finditer(rf"\b([A-Z][\w'’-]+) {re.escape(surname)}\b", self.text)
            )
        return known

    def _person_after(self, run: list[Token], index: int) -> bool:
        """A person's name after the title at `index`: a name whose words name no body,
        place or building ("Shri Ram College", "Datuk Keramat" in Kuala Lumpur)."""
        rest = run[index + 1 :]
        initials = bool(rest) and _INITIALS.fullmatch(rest[0].word) is not None  # "Shri V."
        if not (self._name_after(run, index) or initials) or known_place(
            self.text[rest[0].start : rest[-1].end]
        ):
            return False
        return not any(t.word in _NOT_A_PERSONS for t in rest)

    def _spans(
        self, tokens: list[Token], blocked: list[tuple[int, int]], headlines: set[int]
    ) -> list[Span]:
        blocked_chars = set()
        for start, end in blocked:
            blocked_chars.update(range(start, end))
        text = self.text
        lists = find_list_joins(text)  # "Department for Environment, Food and Rural Affairs"
        self.list_items = lists.items
        runs: list[list[Token]] = []
        run: list[Token] = []
        pending_connectors: list[Token] = []
        for token in tokens:
            cap = (
                token.cap
                and not _PRICE.fullmatch(token.word)
                and not (token.word in _CURRENCY_LETTERS and _AMOUNT_AFTER.match(text, token.end))
                # "N2,900": letters and the first digits of an amount in thousands
                and not (_THOUSANDS.match(text, token.end) and _PRICE_HEAD.fullmatch(token.word))
                # "P48 million", "at P17 a kilo": a peso's or a naira's letter and an amount
                and not (_PRICE_HEAD.fullmatch(token.word) and _AMOUNT_WORDS.match(text, token.end))
            )
            if not cap and not (
                run and (token.word in _JOINING or self._inside_a_place(run, token))
            ):
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
                        # "Magistrates' Court", "Miners' Welfare": a plural's body
                        or (
                            gap in ("' ", "’ ")
                            and run[-1].word.endswith("s")
                            and self._members_body(run[-1], token)
                        )
                    ):
                        joined = True
                    elif run[-1].possessive and (
                        run[-1].word in lx.NAME_POSSESSIVES
                        or (
                            token.word in lx.POSSESSIVE_INSTITUTIONS
                            # "Alzheimer's Society", not "Melbourne's Federation Square" nor
                            # "Britain's Society of Motor Manufacturers": a place owns those
                            and not (
                                token.word in _NAMING_TOO
                                and (
                                    _CAPITAL_NEXT.match(text, token.end)
                                    or known_place(" ".join(t.word for t in run))
                                )
                            )
                        )
                        or (run[-1].word in lx.OFFICE_HOLDERS and token.word in lx.OFFICES)
                        # "Maritime Fishermen's Union", "Working Men's Club": the body of
                        # a plural that takes "'s"
                        or (self._plural_owner(run[-1]) and self._members_body(run[-1], token))
                        or self._possessive_place(run, token)
                        # "St Brigid's National School", "St Patrick's Day": a saint's
                        # possessive names what follows (not "St Mirren's Jamie McGrath"),
                        # a faith's word too when the name goes on ("St Mary's Catholic
                        # Primary School"; not "St Mirren's Scottish striker").
                        or (
                            run[0].word in _SAINTS
                            and (
                                _no_name(token.word)
                                or (
                                    token.word in lx.NORP_WORDS
                                    and _INSTITUTION_AFTER.match(text, token.end) is not None
                                )
                            )
                        )
                    ):
                        joined = text[run[-1].end : token.start].strip() in ("'s", "’s", "'", "’")
                    elif (
                        gap in ("' ", "’ ")
                        and run[-1].word.endswith("s")
                        and (
                            token.word in lx.POSSESSIVE_INSTITUTIONS
                            or (run[0].word in _SAINTS and _no_name(token.word))
                            # "Tea Estate Workers' Union", "the Farmers' Federation": the
                            # members' body (not "the Joneses' Party", a family's)
                            or (
                                (
                                    token.word in _MEMBERS_BODIES
                                    # "Society for Tenants' Rights", not "Farmers' Rights
                                    # activists": a cause after a body's "of" or "for"
                                    or (
                                        token.word in _MEMBERS_CAUSES
                                        and any(t.word in ("of", "for") for t in run)
                                    )
                                )
                                and mostly_lower_case(run[-1].word)
                                and not _COMPETITION_AFTER.match(text, token.end)
                            )
                        )
                    ):
                        joined = True  # "All Saints' Cathedral": a plural's apostrophe
                    elif run[-1].line == token.line and gap == " " and run[-1].cut_after:
                        joined = False
                    if joined and token.word == "I" and self._pronoun_i(run, token):
                        joined = False  # "a little girl in Sofia I watched": the pronoun
                    if joined and token.word == "No" and self._rank_after(run, token):
                        runs.append(run)  # "UK No. 38", "British No 1": a place in a ranking
                        run, pending_connectors = [], []
                        continue
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

    def _rank_after(self, run: list[Token], token: Token) -> bool:
        """Whether "No" after a place, a country's code or a people is a rank's number
        ("IRL No. 7", "UK No. 38", "the Tongan No 8"), not a numbered name's ("Symphony
        No 6", "School No. 17")."""
        if not _RANK_NUMBER.match(self.text, token.end):
            return False
        words = " ".join(t.word for t in run)
        return (
            known_place(words)
            or words in lx.NORP_WORDS  # its demonyms too
            or (len(run) == 1 and words.isupper() and len(words) <= 3)
        )

    def _pronoun_i(self, run: list[Token], token: Token) -> bool:
        """Whether an "I" after a run is the pronoun opening a clause ("in Sofia I
        watched"), not a regnal or war number ("Charles I", "World War I"): after a
        place's name, with a word in lower case next."""
        after = self.text[token.end : token.end + 4]
        return (
            after[:1] == " "
            and after[1:2].islower()
            and after[1:] != "of "  # "George I of Greece"
            and any(known_place(self.text[t.start : run[-1].end]) for t in run)
        )

    def _inside_a_place(self, run: list[Token], token: Token) -> bool:
        """Whether a lower-case word goes on a known place's name: "Dar es Salaam"."""
        if token.word not in _PLACE_INNER or self.text[run[-1].end : token.start] != " ":
            return False
        after = _WORD_AFTER.match(self.text, token.end)
        # the place opens the run or ends it ("University of Dar es Salaam")
        return after is not None and any(
            known_place(self.text[t.start : after.end(1)]) for t in (run[0], run[-1])
        )

    def _remit_and(self, run: list[Token], nxt: Token) -> bool:
        """Whether one everyday word, "and", then everyday words up to a body's word are
        one body's name ("Maritime and Coastguard Agency"), not two names in a list
        ("Omnivore and Blume Ventures", "Labour and Green Party", "Environment Agency and
        Oxfordshire County Council")."""
        content = [t.word for t in run if t.word not in _ARTICLES]
        after = _CAPITALS_AFTER.match(self.text, nxt.start)
        if len(content) != 1 or after is None:
            return False
        first, rest = content[0], after.group().split()
        return (
            _everyday_capitalised(first)
            and first not in lx.ORG_MARKERS
            and first not in lx.NORP_WORDS
            and first not in companies()
            and 2 <= len(rest) <= 4
            and rest[-1] in _REMIT_HEADS
            # a word of English ("General", "Coastguard"), not a name ("Blume", "Oxfordshire")
            and not rest[0].isupper()
            and not known_place(rest[0])
            and (is_word(rest[0]) or name_strength(rest[0]) == (0, 0))
            and not any(is_given_name(w) and not is_word(w) for w in rest)
        )

    def _members_body(self, owner: Token, token: Token) -> bool:
        """Whether `token` is the body of the people its plural possessive names: people
        in the plural ("Magistrates'", "Miners'", "Fishermen's"; not "Mr Jones'",
        "Conservatives'", "Yemen's"), and the body's word ends the name ("Magistrates'
        Court on Monday"; not "Texas' Court of Criminal Appeals", "Spurs' League Cup")."""
        given, surname = name_strength(owner.word)
        return (
            token.word in _OWNED_BY_MEMBERS
            # people in the plural, no person's, party's or place's name
            and given == 0
            and surname <= 1
            and owner.word not in lx.NORP_WORDS
            and owner.word not in lx.PARTY_WORDS
            and not known_place(owner.word)
            and (
                (goes_on := _NAME_GOES_ON_AFTER.match(self.text, token.end)) is None
                or goes_on.group("word") in lx.ORG_MARKERS
            )
        )

    def _plural_owner(self, token: Token) -> bool:
        """Whether a possessive "'s" is a plural's: "Fishermen's", "Children's" (one
        after an "s", "Workers'", is no possessive token and joins as a gap)."""
        word = token.word
        return word.endswith("men") or word in ("Children", "People")

    def _possessive_place(self, run: list[Token], token: Token) -> bool:
        """Whether a possessive opens a place's or a building's name: "Queen's Park",
        "Rorke's Bridge": one word the article writes only so (no firm's, no known
        place's, no letters), before one word of a place (not "London's Hyde Park",
        "Branson's Necker Island", "Arsenal's Emirates Stadium")."""
        owner = run[-1]
        if (
            len(run) > 1
            or owner.word in _SAINTS
            or not owner.word[1:].islower()  # "ITV's Moor Lane", "HMV's Oxford Street shop"
            or known_place(owner.word)
            or owner.word in companies()  # "Intel's Lunar Lake"
        ):
            return False
        after = _CAPITALS_AFTER.match(self.text, token.start)
        if after is not None and len(after.group().split()) > 1:
            return False  # not "Branson's Necker Island", "Everton's Goodison Park"
        if token.word not in lx.LOC_MARKERS and token.word not in lx.FACILITY_MARKERS:
            return False
        known = self.only_possessive.get(owner.word)
        if known is None:
            alone = re.compile(rf"\b{re.escape(owner.word)}\b(?!['’])")
            known = self.only_possessive[owner.word] = alone.search(self.text) is None
        return known

    def _second_body(self, run: list[Token], words: list[str], nxt: Token) -> bool:
        """Whether a foreign "and" joins two bodies, not two words of one name: "Banco
        Santander y BBVA", "Banco Bradesco e Itaú Unibanco" (not "Sociedad Química y
        Minera", "Comisión Nacional Bancaria y de Valores")."""
        if len(words) > 1 and words[1] not in _FOREIGN_ARTICLES:
            return False  # "y de Valores": the name goes on
        after = _CAPITALS_AFTER.match(self.text, nxt.start)
        following = after.group().split() if after is not None else [nxt.word]
        before = self.text[run[0].start : run[-1].end]
        return (
            len(following) > 1
            or nxt.word.isupper()
            or nxt.word in lx.FOREIGN_ORG_HEADS  # "... y la Secretaría de Salud"
            or before in companies()
            # "Comisión Federal de Electricidad y Pemex": a name complete with its "de"
            or any(t.word in lx.FOREIGN_CONNECTORS for t in run)
        )

    def _place_with_and(self, run: list[Token], nxt: Token) -> bool:
        """Whether "and" goes on a known place's name: "Trinidad and Tobago", "Turks and
        Caicos Islands", "the Telecommunications Authority of Trinidad and Tobago"."""
        after = _CAPITALS_AFTER.match(self.text, nxt.start)
        words = after.group().split() if after is not None else [nxt.word]
        if (possessive := _POSSESSIVE_END.search(words[0])) is not None:
            words = [words[0][: possessive.start()]]  # "Trinidad and Tobago's government"
        ends = [nxt.start + len(" ".join(words[:k])) for k in range(1, len(words) + 1)]
        return any(
            (place := self.places.get(self.text[t.start : end])) is not None
            and " and " in place.name
            for t in run
            for end in ends
        )

    def _may_join(self, run: list[Token], connectors: list[Token], nxt: Token) -> bool:
        """ "Committee of the Communist Party", "Bank of China": a connector inside a name."""
        text = self.text
        if text[connectors[-1].end : nxt.start] != " " or run[-1].cut_after:
            return False
        if connectors[0].word in _PLACE_INNER and any(
            known_place(text[t.start : nxt.end]) for t in (run[0], run[-1])
        ):
            return True  # "Dar es Salaam", "Frankfurt am Main", "University of Dar es Salaam"
        if len(connectors) == 1 and connectors[0].word in ("and", "&") and self._place_with_and(
            run, nxt
        ):
            return True  # "Trinidad and Tobago", "Bosnia and Herzegovina Television"
        head = run[-1].word
        words = [c.word for c in connectors]
        if words[0] in lx.PATRONYMICS and len(words) == 1:
            return True  # "Rosli bin Ahmad", "Nurul Aina binti Hassan"
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
        if (
            words[0] in lx.FOREIGN_CONNECTORS
            and any(t.word in lx.FOREIGN_ORG_HEADS for t in run)
            and all(w in lx.FOREIGN_CONNECTORS or w in _FOREIGN_ARTICLES for w in words)
            and not (words[0] in _FOREIGN_ANDS and self._second_body(run, words, nxt))
        ):
            return True  # "Banco do Brasil", "Caixa Geral de Depósitos"
        opening = run[1 if run[0].word in _ARTICLES and len(run) > 1 else 0].word
        if words[0] in _ROMANCE_JOINS and (
            opening in _ROMANCE_HEADS
            or (
                words[0] != "do"
                and (opening in _NAMED_IN_THEIR_LANGUAGE or head in _NAMED_IN_THEIR_LANGUAGE)
            )
            # "Central Única dos Trabalhadores", "Foz do Amazonas": Portuguese's "of the"
            # in a name with a word of the language ("Republicans do Trump's bidding" is
            # English's verb)
            or (
                words[0] in _PORTUGUESE_JOINS
                and not any(is_given_name(t.word) for t in run if t.word not in _ARTICLES)
                and (opening in _PORTUGUESE_HEADS or not all(t.word.isascii() for t in run))
            )
        ):
            # "Rio Grande do Sul", "Gare du Midi", "Palais des Festivals": the words of one
            # name in the language it is in
            return True
        if (
            len(words) == 1
            and words[0] in ("of", "for", "on", "and")
            and head not in lx.STATUTES  # "the Public Order Act and the ...": two laws
            and (after := _CAPITALS_AFTER.match(text, nxt.start))
            and after.group().split()[-1] in lx.STATUTES
            and text[after.end() : after.end() + 1] != "'"
            # cited as "the ...": not "Debate on Online Safety Act", "Apple and Digital
            # Markets Act compliance"
            and text[max(0, run[0].start - 4) : run[0].start].lower() == "the "
            and not any(is_given_name(t.word) for t in run)
        ):
            return True  # "the Proceeds of Crime Act", "the Prevention of Terrorism Act"
        if (
            words == ["of", "the"]
            and nxt.word == "Year"
            and not _CAPITAL_OR_DIGIT_NEXT.match(text, nxt.end)  # "Year 12", "Year 2000"
            # "Highlights of the Year", "Most of the Year": a plural or a function word
            and not (len(run) == 1 and (_plural(head) or head.lower() in lx.FUNCTION_WORDS))
        ):
            return True  # "Album of the Year", "PFA Young Player of the Year": an award
        if words == ["and"] and self._remit_and(run, nxt):
            # "Maritime and Coastguard Agency", "Transport and General Workers' Union": a
            # body's remit in everyday words, one name up to the body's word
            return True
        if words == ["of"] and head in lx.LEGAL_FORMS and len(run) > 1 and run[-2].word != "The":
            return False  # "Tamar Aggregates Ltd of Callington": the firm, then where it is
        if (
            words == ["of"]
            and head in _FIRMS_HEADS
            and len(run) > 1
            and (after := _CAPITALS_AFTER.match(text, nxt.start)) is not None
            and (town := self.places.get(after.group())) is not None
            and town.kind in ("city", "town")
            and not town.common_word
        ):
            return False  # "Sahel Maritime Holdings of Dakar": the firm, then its town
        if words[0] in ("of", "for", "on", "de", "la", "du", "del", "der", "von"):
            if words[0] == "for" and self.sport and (head == "League" or head in lx.EVENT_MARKERS):
                return False  # "ten seasons in the National Hockey League for Boston"
            if (
                words == ["on"]
                and (after := _CAPITALS_AFTER.match(text, nxt.start))
                and after.group().split()[-1] in _STREET_WORDS
            ):
                return False  # "Lebanon High School on Drake Road": where it stands
            return (
                (head in lx.ORG_MARKERS and not (head in lx.SHOPS and words[0] == "on"))
                # "Intergovernmental Panel on Climate Change", "Museum of Modern Art"; not
                # "Keck Observatory on Mauna Kea", "the British Museum for Easter"
                or (
                    head in lx.OF_BODY_HEADS
                    and (words[0] != "on" or head == "Panel")
                    and self._subject_after(nxt)
                )
                or head in lx.EVENT_MARKERS
                # "Committee for Medicinal Products for Human Use", "Directorate General
                # of Civil Aviation": a body's word earlier in the name, then its subject
                or (
                    words[0] in ("of", "for")
                    and any(t.word in lx.ORG_MARKERS for t in run[:-1])
                    and not any(t.word == "of" for t in run)  # "Diocese of X of the Church"
                    # "John Thune of" (not "The", which the name lists hold)
                    and not any(is_given_name(t.word) for t in run if t.word not in _ARTICLES)
                    # "Cabinet Secretary for Water", "Union Minister of State": a title's
                    # portfolio, not a body's name
                    and not any(
                        _is_title_word(t.word) and t.word not in _BODY_TITLES for t in run
                    )
                    and self._subject_after(nxt, places=False)
                )
                or run[0].word in lx.COMPETITION_WORDS  # "Copa del Rey", "Taça de Portugal"
                or (words[0] == "of" and (head in lx.PLACES_OF or head in lx.LAW_WORDS))
                or (words[0] == "of" and head in CHURCH_BODIES)  # "Church of England"
                # "House of Commons", "Chamber of Deputies", "Hall of Fame": not bodies'
                # words alone ("the White House" is a place)
                or (words == ["of"] and head in _HEADS_OF and self._heads_of(run, nxt))
                # "HMS Prince of Wales", "HMS Duke of York": a ship named after a title
                or (words == ["of"] and run[0].word in lx.SHIP_PREFIXES and head in _ROYAL_TITLES)
            )
        if words[0] == "&":
            return any(t.word == "of" for t in run) and run[0].word in lx.ORG_MARKERS
        if words == ["to"]:
            # "Freedom to Read Coalition", "Campaign to Protect Rural England": a body's
            # cause, one of the verbs causes are named with, when a body's word stands
            # before "to" or among the capitals after it (not "from Liverpool to Norwich
            # City Council", "the Committee to President Biden", "the Coalition to Labor").
            cause = _CAPITALS_AFTER.match(text, nxt.start)
            return (
                nxt.word in _CAUSE_VERBS
                and not _FROM_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
                # the whole cause in capitals ("Coalition to Stop the War" is not read whole)
                and not _NAME_GOES_ON.match(text, cause.end())
                and (head in _CAUSE_HEADS or not _CAUSE_BODIES.isdisjoint(cause.group().split()))
            )
        return False

    def _names_after(self, run: list[Token]) -> bool:
        """Whether a plural title opening `run` stands before the first of several
        people's names ("Commissioners Everett Gentry and Caridad Montemayor", "Crs Pike
        and Fahey-Lui"), not in a place's, a body's or a brand's name ("Commissioners
        Road and Wellington Road", "Members Only, Levi's and Wrangler")."""
        rest = [t.word for t in run[1:]]
        return (
            bool(rest)
            and _MORE_NAMES_AFTER.match(self.text, run[-1].end) is not None
            and not any(
                w in _NAME_HEADS or w in lx.LOC_MARKERS or w in lx.FACILITY_MARKERS
                or w in _STREET_WORDS
                for w in rest
            )
            and not all(mostly_lower_case(w) for w in rest)  # "Members Only"
            and (is_given_name(rest[0]) or name_strength(rest[-1])[1] > 0 or len(rest) > 1)
        )

    def _surname_of_someone_before(self, token: Token) -> bool:
        """Whether a title word alone is the surname of someone named in full earlier
        ("Darlene Cardinal ... Cardinal said"), not the title's holder ("the Pope")."""
        if self.text[max(0, token.start - 4) : token.start].lower() == "the ":
            return False
        return self.surname_named_before(token.word, token.start)

    def _subject_after(self, nxt: Token, places: bool = True) -> bool:
        """Whether the capitalised words from `nxt` are a subject ("Natural History",
        "Oceanography", "Climate Change") or, with `places`, a place ("of Ireland"), not
        another name ("of Cambridge University", "for Nasa", "for Easter")."""
        run = _CAPITALS_AFTER.match(self.text, nxt.start)
        words = run.group().split() if run is not None else [nxt.word]
        return (places and known_place(" ".join(words))) or all(
            mostly_lower_case(w) or w.endswith(_FIELD_ENDINGS) for w in words
        )

    def _heads_of(self, run: list[Token], nxt: Token) -> bool:
        """Whether "Hall", "House" or "Chamber" ending `run` heads a name with "of" and
        `nxt` ("Hall of Fame" always): not a person's surname ("Mike Hall of Stanford",
        "Mr Hall of Barclays", "said Hall of Deloitte"), nor before a town ("Carnegie Hall
        of New York")."""
        if nxt.word == "Fame":
            return True
        if len(run) == 1:
            # alone, only after "the": "the House of Commons", not "said Hall of Deloitte"
            before = self.text[max(0, run[0].start - 4) : run[0].start]
            if before.lower() != "the ":
                return False
        elif run[-2].word not in _ARTICLES and (
            is_given_name(run[-2].word) or _is_title_word(run[-2].word)
        ):
            return False
        return not self._place_opens(nxt.start)

    def _place_opens(self, at: int) -> bool:
        """Whether the capitalised words at `at` open with a known place ("New York")."""
        run = _CAPITALS_AFTER.match(self.text, at)
        names = run.group().split() if run is not None else []
        return any(" ".join(names[:k]) in self.places for k in range(1, len(names) + 1))

    def _segments(self, run: list[Token], headline: bool) -> list[Span]:
        """Cut a run at titles and roles and peel a leading nationality off a person."""
        if len(run) > 1 and run[-1].word in ("Photo", "Photos") and self.text.startswith(
            "/", run[-1].end
        ):
            # "(AP Photo/Laurent Cipriani)": the agency, then its photographer
            return self._segments(run[:-1], headline)
        kept = len(run)
        while (
            kept > 1
            and run[kept - 1].word in lx.POST_NOMINALS
            # "Al Ahly SC", "Mohun Bagan SC": a sports club's letters, in sport
            and not (run[kept - 1].word == "SC" and self.sport)
        ):
            kept -= 1
        if (
            kept < len(run)
            and run[kept - 1].word not in _NAME_HEADS
            and run[0].word not in _ARTICLES  # "The CBE": a central bank's letters
            and (
                any(is_given_name(t.word) for t in run[:kept])
                # "Advocate Sipho Mahlangu SC": a name after a title, whatever its given name
                or (kept > 2 and run[0].word in _TITLES_BEFORE_A_PERSON)
            )
        ):
            # "Hugh Farrant-Wells CBE DSO MC", "Helena Varga FRS": the person, and the
            # letters of honours after the name, which are none of it.
            return self._segments(run[:kept], headline)
        if (
            len(run) > 1
            and run[1].word.startswith("All-")
            and run[1].word[4:5].isupper()
            and not run[1].word.endswith("s")  # "the Michigan All-Stars": a side
            and known_place(run[0].word)
        ):
            # "a Texas All-State tackle", "an Arkansas All-American": the place, then an
            # honour of its teams, no word of a person's name.
            return [*self._segments(run[:1], headline), *self._segments(run[1:], headline)]
        if len(run) > 1 and run[-1].word in _ELECTED_MEMBERS:
            # "Vlaams Belang MPs heckled": the party's members, not a word of its name.
            return self._segments(run[:-1], headline)
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
        title_before = _TITLE_OF_BEFORE.search(self.text, max(0, run[0].start - 80), run[0].start)
        if title_before is not None and not all(
            mostly_lower_case(w) or w in _TITLE_PORTFOLIOS
            for w in (title_before.group("part") or "").split()
        ):
            title_before = None  # "Chancellor of the Exchequer Kenneth Clarke and ...": a name
        if (
            title_before is not None
            and _PORTFOLIO_GOES_ON.match(self.text, run[-1].end)
            and all(mostly_lower_case(t.word) or t.word in _TITLE_PORTFOLIOS for t in run)
        ):
            return []  # "Minister for Rural Connectivity and Infrastructure X": no name yet
        if title_before is not None:
            two_parts = title_before.group().rstrip().endswith(("and", "&"))
            # "Secretary of State Colin Powell", "Chancellor of the Exchequer Gordon
            # Brown": the portfolio ends the title, and a name may follow it.
            portfolio = 0
            while portfolio < len(run) and (
                run[portfolio].word in _TITLE_PORTFOLIOS
                # "Minister of State for Petroleum Resources Halima Bello-Danjuma": everyday
                # words before a given name are the portfolio too.
                or (
                    mostly_lower_case(run[portfolio].word)
                    and not is_given_name(run[portfolio].word)
                    and (
                        any(is_given_name(t.word) for t in run[portfolio + 1 :])
                        # the second part of "for Water and Sanitation Lerato Mokoena"
                        or (two_parts and len(run) - portfolio > 2)
                    )
                )
            ):
                portfolio += 1
            if portfolio == len(run):
                return []  # "the Minister of Defence": all title, no name
            if portfolio:
                run, after_title = run[portfolio:], True
        ends_with_marker = run[-1].word in _NAME_HEADS
        # "General Motors": a title opening a name that ends in an organisation
        # marker, with no given name after it, is part of the organisation's name.
        title_opens_org = ends_with_marker and not any(t.word in lx.GIVEN_NAMES for t in run)
        opening = 1 if run[0].word == "The" and len(run) > 2 else 0
        opens_office = run[1 if run[0].word == "The" and len(run) > 1 else 0].word in _OFFICES
        # "Czech Republic", "Latin America": a place's name that opens with a nationality.
        whole_place = known_place(self.text[run[0].start : run[-1].end])
        awarded = names_award([t.word for t in run])
        for index, token in enumerate(run):
            word = token.word
            is_title = (
                _is_title_word(word)
                or (word in lx.TITLES_BEFORE_A_PERSON and self._person_after(run, index))
                or (index + 1 < len(run) and (word, run[index + 1].word) in _QUALIFIED_TITLES)
                # "LT Obi Nwankwo", "FG Oyelaran 38": a player's position or a scoring
                # play's letters before a name, as a title is.
                or (self.sport and index + 1 < len(run) and word in _SPORT_CODES)
                or (word in lx.POLICE_RANKS and self._officer_after(run, index))
                or (
                    word in lx.COURTESY_TITLES
                    and index + 2 == len(run)
                    and self._named_in_full(run[index + 1].word)
                )
                or (
                    not ends_with_marker  # "the Toh Puan Rahah Foundation"
                    and _in_compound_honorific(
                        run, index, self.text[max(0, token.start - 8) : token.start]
                    )
                )
                or (
                    word in lx.PLURAL_TITLES
                    # "Council Members Thaddeus Lark and ...": the body's word before
                    and (index == 0 or (index == 1 and run[0].word in _BODY_BEFORE_MEMBERS))
                    and self._names_after(run[index:])
                )
                or (
                    word in lx.RANKS_BEFORE_A_NAME
                    and index + 1 < len(run)
                    and not mostly_lower_case(run[index + 1].word)
                    # not "Major League Baseball": a body's or a contest's name
                    and not any(t.word in _NAME_HEADS for t in run[index + 1 :])
                    # not "Private Benjamin": an everyday rank before a given name alone
                    and not (
                        word in lx.EVERYDAY_RANKS
                        and index + 2 == len(run)
                        and (is_given_name(run[-1].word) or word == "Major")
                    )
                    # not "LTC Chairman Ahmed Raza" (but "Comm Datuk Hamzah Idris")
                    and not (
                        _is_title_word(run[index + 1].word)
                        and run[index + 1].word not in lx.NAME_HONORIFICS
                    )
                )
            )
            if is_title and title_opens_org and len(run) > 1 and index == opening:
                is_title = False  # also after an article: "The Attorney General's Office"
            if is_title and awarded:
                is_title = False  # "Coach of the Year": an award named for a role
            if (
                is_title
                and index > 0
                and run[0].word in lx.SHIP_PREFIXES
                and (
                    word in _ROYAL_TITLES
                    or not any(is_given_name(t.word) for t in run[index + 1 :])
                )
            ):
                is_title = False  # "HMS Queen Elizabeth": a ship named after a queen
            if (
                is_title
                and word in _BODY_TITLES
                and (
                    (index + 1 < len(run) and run[index + 1].word in _BODY_WORDS)
                    or (index + 1 == len(run) and run[index - 1].word in lx.ORG_MARKERS)
                )
                # not "Army General Mark Milley": a name after the title
                and not any(is_given_name(t.word) for t in run[index + 1 :])
            ):
                # "General Directorate for Internal Security", "Health Service Executive":
                # a title word before a body's word, or ending a name after one, is part
                # of the body's name.
                is_title = False
            if is_title and len(run) == 1 and self.text.startswith(("—", "–"), token.end):
                is_title = False  # "KC—Chase 6 pass": a scoring summary's team
            if (
                is_title
                and index > 0
                and token.start in self.list_items
                and not any(_is_title_word(t.word) for t in run[index + 1 :])
            ):
                # "Transport and General Workers' Union": a list's item (not "Office of the
                # First Minister and Deputy First Minister", a list of titles)
                is_title = False
            if is_title and index > 0 and index + 2 == len(run) and ends_with_marker:
                is_title = False  # "Virginia General Assembly": a title word in the name
            if (
                is_title
                and index >= 2
                and index + 1 == len(run)
                and run[index - 1].word in ("of", "for")
                and any(t.word in lx.ORG_MARKERS for t in run[: index - 1])
                and mostly_lower_case(word.lower())
            ):
                # "Ministry of Justice", "International Court of Justice", "Brennan Center
                # for Justice": the body's remit ends its name, no title before a name
                is_title = False
            if (
                is_title
                and index > 0
                and run[index - 1].word == "and"
                and run[-1].word in lx.ORG_MARKERS
                and not any(is_given_name(t.word) for t in run[index + 1 :])
            ):
                is_title = False  # "Transport and General Workers' Union": the remit's word
            if (
                is_title
                and opens_office
                and any(t.word == "of" for t in run[1:index])
                and not (index + 1 < len(run) and is_given_name(run[index + 1].word))
                and self._title_in_body_name(run, index)
            ):
                # "Office of the Court Administrator", "Office of the Deputy Prime Minister",
                # "Office of the Director of Public Prosecutions", "Association of Chief
                # Police Officers": the titles in an office's or a body's name (not "the
                # Bank of England Governor said", which opens with no office, nor "Office
                # of the Mayor Jane Doe", a given name after the title, nor "College of
                # Policing Chief Executive Chu Chuwuemeka", a person's titles after it).
                is_title = False
            if is_title and token.possessive and index + 1 < len(run):
                is_title = False  # "Queen's Park", "King's College": the name's own word
            if is_title and word in lx.TITLES_ENDING_NAMES and 0 < index == len(run) - 1:
                is_title = False  # "Ole Miss", "Notre Dame": no name after, the name's own
            if is_title and word in ("Cr", "Cr.") and not self._name_after(run, index):
                is_title = False  # "chromium, or Cr VI": no councillor
            if is_title and word in lx.NAME_HONORIFICS and not self._person_after(run, index):
                is_title = False  # "Shri Ram College of Commerce", "the Greenfield Recorder"
            if is_title and word in lx.LEADING_ONLY_TITLES and (index > 0 or index + 1 == len(run)):
                is_title = False  # "Lim Eng Hock", "Eng told reporters": a Chinese name
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
                and word in _BODY_TITLES
                and index + 1 == len(run)
                and any(t.word == "and" for t in run[:index])
                and not any(is_given_name(t.word) for t in run[:index] if t.word != "The")
            ):
                is_title = False  # "Health and Safety Executive": a body's remit, then its word
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
                and word in SURNAME_TITLES
                and (
                    run[index - 1].word in SURNAME_HONORIFICS
                    or (len(current) == 1 and plain_given_name(current[0].word))
                    or (
                        len(current) == 1
                        and surname_of_unlisted_name(self.text, current[0].start, token.end)
                    )
                )
            ):
                is_title = False  # "Justin King", "Mr King", "Ms Bishop": a surname
            if (
                is_title
                and len(run) == 1
                and word in SURNAME_TITLES
                and self._surname_of_someone_before(token)
            ):
                is_title = False  # "Cardinal said" after "Darlene Cardinal": her surname
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
                if word in _JUDGES:
                    # "U.S. District Judge Amy Berman Jackson", "Cook County Circuit Judge":
                    # the court's kind is the title's, the place before it the place's
                    while current and current[-1].word in _COURT_KINDS:
                        current = current[:-1]
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
                    word in COMPASS
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
                        # nothing before it, or before a party only a sentence's opening
                        # word ("Tonight Labour MPs", "Most Conservative MSPs")
                        (
                            not current
                            or (
                                word in lx.PARTY_WORDS
                                and len(current) == 1
                                and current[0].sent_start
                                and current[0].word.lower() in lx.FUNCTION_WORDS
                            )
                        )
                        and not any(t.word in _NAME_HEADS for t in run[index + 1 :])
                        # "the European Masters": the tournament (not "Spanish Masters
                        # champion Jon Rahm", Augusta's winner, nor a "Masters graduate")
                        and not (
                            run[-1].word == "Masters"
                            and not _ROLE_AFTER_MASTERS.match(self.text, run[-1].end)
                        )
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
                if current and all(t.word in COMPASS for t in current):
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
            while toks and toks[-1].word in _JOINING:
                toks = toks[:-1]
            if not toks:
                continue
            start, end = toks[0].start, toks[-1].end
            words = [t.word for t in toks]
            if (
                toks[-1].word in lx.FORCES_UNITS
                and (len(toks) > 1 or toks[0].word not in lx.SUB_UNITS)
                and (number := lx.UNIT_NUMBER.search(self.text, max(0, start - 12), start))
            ):
                # "the 163rd Rifle Division", "the 9th Army": a unit's number is part of its
                # name (not "the 2nd Battalion", a part of the regiment the article is on)
                start = number.start()
                words = [number.group().rstrip(), *words]
            if (
                toks[-1].word in lx.LEGAL_ABBREVIATIONS
                and self.text.startswith(".", end)
                and _SENTENCE_GOES_ON.match(self.text, end + 1)
            ):
                # "Hoshino Motor Corp. said", "Apple Inc., the maker": the firm's stop (at a
                # sentence's end the sentence's: "sold to Apple Inc. The deal")
                end += 1
            out.append(
                Span(
                    start,
                    end,
                    self.text[start:end],
                    words,
                    sent_start=toks[0].sent_start,
                    headline=headline,
                    after_title=titled,
                )
            )
        return out
