"""The context around a name that says what it is: patterns and tests over the text
just before and after a span ("analysts at", "said in a statement", "(born 1950)").
`evidence` weighs them."""

from __future__ import annotations

import re

from reader.extract.anchored import alternation
from reader.extract.entities import lexicon as lx
from reader.extract.entities.dates import YEAR
from reader.extract.entities.features import DEFINED_NOUN_NEXT
from reader.extract.entities.wordlists import name_strength

_ROLE_ALT = alternation(lx.ROLES | lx.LOWER_ROLES)
_ORG_CUE_ALT = alternation(lx.ORG_CUES)
ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE_ALT})s?\s+$", re.IGNORECASE)
# One person's role right before a name ("heart-throb Storm Rivers"), not a plural's
# ("warned drivers Storm Bert would ...").
ONE_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE_ALT})\s+$", re.IGNORECASE)
# An office only a person holds, then the name set off in commas: "Tuvalu's climate
# minister, Mele Fakaofo, said"; not a role a body may hold too ("its owner, ByteDance,",
# "the company's lawyer, Hogan Lovells,", "the race leader, Team Visma,").
_PERSONS_OFFICES = lx.words(
    """
    minister secretary president premier governor mayor envoy ambassador spokesman
    spokeswoman spokesperson chairman chairwoman chancellor commissioner senator prosecutor
    judge coach captain striker midfielder defender goalkeeper winger widow wife husband son
    daughter mother father brother sister founder
    """
)
ROLE_APPOSED_BEFORE = re.compile(rf"\b(?:{alternation(_PERSONS_OFFICES)}),\s+$", re.IGNORECASE)
ROLE_OF_BEFORE = re.compile(rf"\b(?:{_ROLE_ALT})s?\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Someone's relative in lower case right before a name: "whose father Bal Thackeray
# founded the party", "his brother Uddhav" (not "its sister Audi", a firm's; capitalised,
# "Father", "Brother", "Sister" are clergy).
KIN_BEFORE = re.compile(
    r"\b(?:his|her|whose|my|our|your|their)\s+"
    r"(?:father|mother|brother|sister|son|daughter|wife|husband|uncle|aunt|cousin|nephew"
    r"|niece|grandfather|grandmother|grandson|granddaughter|widow|widower|stepfather"
    r"|stepmother|stepson|stepdaughter|fiancée?|girlfriend|boyfriend)\s+$"
)
ROLE_AFTER = re.compile(rf"^\s+(?:co-)?(?:{_ROLE_ALT})\b", re.IGNORECASE)
APPOSITION_ROLE = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?,\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_ROLE_ALT})\b",
    re.IGNORECASE,
)
# "Agassi, 34, will meet ...", "said Ann Lee, 52.": an age after a name.
AGE_AFTER = re.compile(r"^,\s+(?:1[6-9]|[2-9]\d)(?:,\s|\.(?:\s|$)|\s+(?:and|of)\s)")
# "Egan Bernal, the Colombian who won in 2019", "Kjeldsen, a Dane,": one of a nation.
_NATIONAL_APPOSED = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:\d{1,3}-year-old\s+)?([A-Z][a-z]+)\s*(?:(who|whose)\b|[,.;])"
)


def national_apposed(after: str) -> bool:
    """Whether `after` sets a person of a nation beside the name before it."""
    found = _NATIONAL_APPOSED.match(after)
    return found is not None and lx.national(found.group(1), relative=bool(found.group(2)))


# "X are an English indie rock band formed in Sheffield", "X was a kitplane manufacturer
# founded by ...", "X is a 2018 Irish historical drama film directed by ...": a definition
# as a lead sentence gives it, the noun after up to four words that qualify it (not "the
# group behind the program", "a Conservative who chairs the committee"), then what
# made, founded or ran the thing, or what the features' shorter definition reads.
_QUALIFIER = (
    r"(?:(?!(?:the|a|an|of|who|whose|which|that|behind|for|in|on|at|with|by|to|and|or|"
    r"his|her|its|their|is|was|are|were|has|had)\s)[\w'’-]+\s+)"
)
DEFINITION = re.compile(
    r"^(?:\s*\([^)]*\))?\s+(?:is|was|are|were)\s+(?:also\s+)?(?:a|an|the|one\s+of\s+the)\s+"
    r"(" + _QUALIFIER + r"{0,4}?[a-z][a-z-]+)"
    rf"(?=\s+(?:{DEFINED_NOUN_NEXT}|whose|"
    r"formed|founded|established|created|directed|developed|written|released|produced|"
    r"published|broadcast|starring|owned|headquartered|operated|designed|built|recorded|"
    r"signed|originally|currently|known|named|consisting|comprising)\b|[,.;:(])"
)
APPOSITION_ORG = re.compile(
    rf"^,\s+(?:the|a|an)\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?(?:{_ORG_CUE_ALT})\b(?!['’])",
    re.IGNORECASE,
)  # "X, a Norwegian maker of ..." but not "X, a member of the band"
ORG_CUE_BEFORE = re.compile(rf"\b(?:{_ORG_CUE_ALT})\s+$", re.IGNORECASE)
# "the Private Eye magazine", "the Chelsea club": the noun after the name says what it is.
ORG_NOUN_AFTER = re.compile(
    r"^\s+(?:magazine|newspaper|tabloid|journal|club|band|label|firm|company|charity|"
    r"broadcaster|network|airline|bank|retailer|carmaker|chain|group)\b(?!['’-])"
)
# "state-owned Codelco", "Iran-backed Hezbollah", "Nasdaq-listed X": what is owned,
# backed or listed is an organisation, and so is "the Dutch-language De Standaard".
OWNED_BEFORE = re.compile(r"\b\w+-(?:owned|listed|backed|controlled|run|funded|language)\s+$")
QUALIFIED_LETTER_BEFORE = re.compile(
    r"\b(?!(?:" + "|".join(map(re.escape, sorted(lx.FUNCTION_WORDS))) + r")\s+$)[a-z]{3,}\s+$"
)
CREDIT_BEFORE = re.compile(r"\b(?:Photo|Photos|Source|Image|Credit|Video|via)s?:?\s*$")
SPEECH_AFTER = re.compile(
    r"^\s+(?:(?:also|then|later|has|had|previously|once|recently)\s+)?(?:"
    + "|".join(lx.SPEECH_VERBS)
    + r")\b"
)
# The inverted attribution after a quotation: "“...,” said Agassi", "..., added Ms Lee".
SAID_AFTER_QUOTE = re.compile(r"[,”\"’'?!]\s+(?:said|says|added|asked|explained|insisted)\s+$")
# A person's full name in brackets after a name: the cast of a review or programme.
PLAYED_BY_AFTER = re.compile(r"^\s\(([A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2})\)")
BORN_AFTER = re.compile(r"^(?:\s+(?:was|is)\s+born\b|\s+\((?:born|b\.)\s)")
EVENT_AFTER = re.compile(
    r"^\s+(?:event|conference|summit|festival|ceremony|expo|fair|tournament|games|rally)\b"
)
# "Oscar nominations", "the Bafta-winning actor", "a Grammy-winner": an award.
AWARD_AFTER = re.compile(
    r"^(?:(?:\s+|-)(?:nomination|nominations|nominee|nominees|ceremony|statuette)|"
    r"-(?:winning|winner|nominated))\b"
)  # not " winning" or " winner" alone: "Bobick winning the title", "a late De Wit winner"
# A player's position or a side's staff after a town's name: the town's club; a
# nationality may come between ("St Mirren's Scottish striker").
TEAM_ROLE_AFTER = re.compile(
    rf"^(?:['’]s?)?(?:\s+(?:{alternation(lx.DEMONYMS)}))?"
    r"\s+(?:fast\s+|left-arm\s+|right-arm\s+|off-|leg-)?(?:striker|goalkeeper|keeper|"
    r"midfielder|defender|winger|wing|full-back|centre-back|centre-half|fly-half|scrum-half|"
    r"flanker|hooker|lock|prop|batsman|batter|bowler|spinner|seamer|all-rounder|"
    r"wicketkeeper|wicket-keeper|opener|pitcher|quarterback|linebacker|captain|skipper|"
    r"coach|manager|boss|team-mate|teammate)\b"
)
# A firm's officer after a town's name and before their own: "Capivari president Iracema
# Klein", "Lipari chief executive Ann Moss" (a town has a mayor; a club or a firm these;
# a city or a state has a spokesman or a founder too).
FIRM_OFFICER_AFTER = re.compile(
    r"^\s+(?:president|chairman|chairwoman|chief executive|chief operating officer|ceo)"
    r"\s+[A-Z][\w'’-]+\s+[A-Z]"
)
# "Newcastle are third", "Portsmouth have won four": a town with a plural verb is its
# side (British usage); not one of a pair ("Leeds and York are ...") nor the object
# of a preposition ("residents of Bath have ...").
PLURAL_VERB_AFTER = re.compile(r"^\s+(?:are|were|have)\b(?!\s+(?:been\s+)?(?:home|twinned)\b)")
PAIR_BEFORE = re.compile(r"(?:\band|\bor|,|\bof|\bin|\bfrom|\bat|\bto|\bnear)\s+$")
# A part of a place after a preposition: "in western Victoria", "across rural Kent".
IN_A_PART_BEFORE = re.compile(r"\b(?i:in|of|from|at|across|around|near|throughout)\s+[a-z]+\s+$")
# "signed for Leicester", "on loan from Genk", "joined Porto from Benfica".
TRANSFER_BEFORE = re.compile(
    r"\b(?:signed\s+(?:for|from)|on\s+loan\s+(?:from|at|to)|joined|join(?:ed|ing)\s+from|"
    r"(?:free\s+)?transfer\s+from)\s+$"
)
FROM_CLUB_BEFORE = re.compile(r"\bjoin(?:ed|ing|s)?\s+(?:[A-Z][\w'’.-]*\s+){1,3}from\s+$")
CLUB_NAMED_AFTER = re.compile(r"^\s+(?:side|club|outfit)\s+[A-Z]")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "the 1996 album Odelay", "his debut novel, Purple Hibiscus": a title, no one's name.
# A reference list's author, surname first: "- Trimen, Henry (1893).", "4. Rao, M. A.
# (1988).", "Glaw, F.; Vences, M. (2007)." The surname at the entry's start or after an
# author before it; then its given name or initials, then the year or the next author.
CITED_SURNAME_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-•*][ \t]+|\d{1,3}\.[ \t]+)?|;[ \t]+)$")
CITED_SURNAME_AFTER = re.compile(
    r"^,[ \t]+(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?|(?:[A-Z]\.[ \t]?-?)+)"
    r"[ \t]*(?:\((?:\d{4}|eds?\.)|;|,?[ \t]+et[ \t]+al)"
)
CITED_GIVEN_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-•*][ \t]+|\d{1,3}\.[ \t]+)?|;[ \t]+)[A-Z][\w'’-]+,[ \t]+$"
)
CITED_GIVEN_AFTER = re.compile(r"^[ \t]*(?:\((?:\d{4}|eds?\.)|;)")
# A vessel's kind just before its name: "the tanker Kartini Jaya", "container ship
# Ningbo Express", "the Marshall Islands-flagged Sofia Andriana", "the dredger Vox Maxima".
VESSEL_BEFORE = re.compile(
    r"(?:\b(?:tanker|supertanker|vessel|ship|boxship|freighter|bulker|trawler|ferry|dredger|"
    r"superyacht|yacht|frigate|destroyer|submarine|warship|icebreaker|tugboat|tug|barge|"
    r"schooner|lifeboat|(?:car|bulk|LNG|gas|vehicle) carrier)|[a-z]-flagged)\s+$"
)
# A medicine's kind just before its brand: "the painkiller Dolorin", "its checkpoint
# inhibitor Tormavi", "the heart failure pill Elvestra", "the sleep aid Nemurin" (not "drug
# lord", "vaccine maker": the kind must be the last word before the name).
MEDICINE_BEFORE = re.compile(
    r"\b(?:drug|medicine|pill|tablet|capsule|injection|vaccine|jab|painkiller|antibiotic|"
    r"antidepressant|antiviral|inhibitor|antibody|conjugate|biosimilar|inhaler|remedy|"
    r"sleep\s+aid|contraceptive|statin|insulin)\s+$"
)
WORK_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|debut|new|latest|first|second|third|final|last|hit|"
    r"\d{4})|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+)?(?:album|EP|LP|film|movie|novel|book|memoir|"
    r"opera|musical|sitcom|documentary|poem|painting|song|single|track|series|programme|drama|"
    r"thriller|comedy|horror|biopic|sequel|spinoff|spin-off|anthology|compilation|soundtrack|"
    r"mixtape|game|episode|play)\s*,?\s*[\"“‘']?$"
)  # "the 1996 album Odelay", "Universal's crime thriller “Marseille”"
# A broadcast's noun after its title: "Radio 4's Today programme"; not "show" ("the BBC
# show") nor a noun a title follows ("the BBC programme Country Kitchens").
PROGRAMME_AFTER = re.compile(r"^\s+(?:programme|bulletin|podcast)\b(?!\s+[A-Z\"“‘])")
# A year alone in brackets after a title: a film's, album's or book's ("Ben-Hur (1959)").
YEAR_AFTER = re.compile(r"^\s\((?:1[89]|20)\d\d\)")
# The heading of an encyclopedia page's list of works cited.
REFERENCES_HEADING = re.compile(
    r"^[ \t=#*]*(?:References|Bibliography|Further reading|Sources|Works cited|Literature"
    r"|Notes and references|Citations)[ \t=#*:]*$",
    re.M,
)
# A reference list's entry, author first: "* Kay Larsen (1907). De dansk-ostindiske ...",
# "Smith, J. and Ann Lee (2004). ..." (the year, a stop, then the title).
_CITED_YEAR = rf"\({YEAR}[a-z]?\)\."  # "(1907).", "(2004a)."
CITED_YEAR_AFTER = re.compile(rf"^\s{_CITED_YEAR}\s+[\"“‘'A-Z]")
CITED_AUTHOR_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]+|\d{1,3}\.[ \t]+)?$")
# Where and by whom it was published, after the title: "... 1600–1700. London: Routledge."
# (the entry's line up to the place; the place's colon).
CITED_PUBLISHER_LINE = re.compile(
    rf"{_CITED_YEAR}\s[^\n]*\.\s+(?P<place>(?:[A-Z][\w'’-]*[ ,]*){{1,3}}):\s+$"
)
CITED_PLACE_LINE = re.compile(rf"{_CITED_YEAR}\s[^\n]*\.\s+$")
CITED_PLACE_AFTER = re.compile(r"^:\s+[A-Z][^\n:,]*\.[ \t]*(?:\n|$)")
# The publisher ends the entry, or its pages or the next publisher follow: "London:
# Routledge.", "Aarau: Sauerländer, pp. 77–102.", "London: T. Cadell and W. Davies."
CITED_LAST_AFTER = re.compile(
    r"^(?:\.?[ \t]*(?:\n|$)|[.,]\s+(?:pp?\.|ISBN|doi)|\s+(?:and|&)\s+[A-Z])"
)
# "Our app, Tunda Duka, lets ...", "the company's app, Thennai Sandhai, is", "a chatbot
# called Ada": the owner's thing named in commas, or what it is called (not "After the
# game, Smith said", "Within the app, Uber drivers", "performs under the name Kråke").
PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ww]hose|[A-Za-z]+['’]s)\s+"
    r"(?:[a-z-]+\s+)?(?:app|product|chatbot),\s*"
    r"|\b(?:an?|its|our|their)\s+(?:app|chatbot|product)\s+(?:called|named|dubbed)\s+)$"
)
PRODUCT_AFTER = re.compile(r"^\s+(?:" + "|".join(lx.PRODUCT_CUES) + r")\b")
PLACE_BEFORE = re.compile(
    r"\b(?:province|city|state|region|county|capital|town|village|country|prefecture|island|"
    r"parish|district|municipality|hamlet|suburb|commune|borough|township|islands|towns|"
    r"villages|cities|provinces|regions|districts|states)\s+of\s+$",
    re.IGNORECASE,
)
PLACE_AFTER = re.compile(
    r"^\s+(?:province|provincial|city|municipality|municipal|prefecture|county|region|"
    r"rainforest|river|basin|delta|valley|estuary|coast|coastline|peninsula|desert|"
    r"archipelago|glacier|canyon|lagoon|highlands)\b"
)
# "the mayor of Pau", "MP for Bolton North East": what an office represents is a place.
REPRESENTS_BEFORE = re.compile(
    r"\b(?:(?:[Mm]ayor|[Gg]overnor|[Bb]ishop|[Aa]rchbishop)\s+of"
    r"|(?:MPs?|MSPs?|MEPs?|MLAs?|TDs?|[Cc]ouncillor|[Mm]ember)\s+for)\s+$"
)
LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|to|near|across|outside|around|visit|visited)\s+$")
SHARES_AFTER = re.compile(r"^\s+(?:shares|stock|shareholders|share\s+price)\b")
# "shares in Rio Tinto", "a stake in Arsenal", "shares of Nvidia": what is owned in parts.
SHARES_BEFORE = re.compile(
    r"\b(?:shares|stock|stake|stakes|shareholders)\s+(?:in|of)\s+$", re.IGNORECASE
)
# "Xstrata fell 3.9 percent": a price that moves by a share or pence is a company's.
PRICE_MOVE_AFTER = re.compile(
    r"^\s+(?:shares\s+)?(?:fell|rose|gained|lost|slipped|jumped|climbed|dropped|added|shed|"
    r"eased|firmed|slid|tumbled|surged|plunged|soared|sank|dipped|advanced|declined|rallied|"
    r"retreated|edged\s+(?:up|down|higher|lower)|was\s+(?:up|down)|closed\s+(?:up|down))\s+"
    r"(?:by\s+)?(?:a\s+further\s+|another\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|pence|p\b|cents"
    # "Olivetti gained 60 lire to 5,420": a share's close in a currency's small units (not
    # "Gold fell 300 rupees to 72,500 rupees per 10 grams", "50 rupees a day")
    r"|(?:lire|paise|kobo|fils|pfennigs?|centimes|kopecks|satang)\s+to\s+[\d.,]+(?!\s*[a-z]))"
)
POSSESSIVE_ORG_AFTER = re.compile(
    r"^['’]s?\s+(?:shares|stock|revenue|revenues|profit|profits|board|headquarters|subsidiary|"
    r"business|products|brand|stores|sales|market\s+value|valuation|ceo|founder|co-founder|chairman|"
    r"chairwoman|chief\s+executive|chief\s+financial\s+officer|cfo|shareholders)\b",
    re.IGNORECASE,
)
# Of those, what only a company has: no person has shareholders or a chief executive.
POSSESSIVE_FIRM_AFTER = re.compile(
    r"^['’]s?\s+(?:shares|stock|board|headquarters|subsidiary|market\s+value|ceo|"
    r"chief\s+executive|chief\s+financial\s+officer|cfo|shareholders)\b",
    re.IGNORECASE,
)
PEOPLE_AT_BEFORE = re.compile(
    r"\b(?:" + alternation(lx.ORG_PEOPLE_AT) + r")\s+(?:at|of|in)\s+(?:the\s+)?$", re.IGNORECASE
)
PEOPLE_AFTER = re.compile(
    r"^\s+(?:analysts?|economists?|strategists?|shareholders|employees|spokes(?:man|woman|person))\b"
)
# "3. Breaux Greer, United States, 83.40", "Mikhail Youzhny (Russia) beat ...":
# a competitor's nation after the name, then a result or the next clause.
NATION_AFTER = re.compile(
    r"^(?:,\s+|\s+\()([A-Z][A-Za-z.'’ -]{1,30}?)(?:\)|,)\s*(?:[\d(]|beat\b|bt\b|$)"
)
PLACE_IN_BEFORE = re.compile(
    r"\b(?:(?:conference|summit|meeting|talks|polls|rally|office|offices|headquarters|based|"
    r"born|held|lives|lived)\s+in|(?:travel|travelled|traveled|flew|arrived)\s+(?:to|in))\s+$"
)
AT_OF_BEFORE = re.compile(r"\b(?:at|of)\s+$")
# How PLACE_BEFORE, PEOPLE_AT_BEFORE, PLACE_IN_BEFORE and ROLE_OF_BEFORE end: each
# has one of these words as a whole word (after white space), as the last word or the
# last but "the".
PARTICLE_END = re.compile(r"(?:at|of|in|to)\s+(?:the\s+)?$", re.IGNORECASE)
STATEMENT_AFTER = re.compile(r"^\s+said\s+in\s+a\s+(?:statement|filing|release)\b")
BASED_AFTER = re.compile(r"^-based\b")
OWNER_BEFORE = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|['’]s?)\s+$")
FEATURE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:" + "|".join(lx.PRODUCT_FEATURES) + r")\b")
ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
# What follows a player in a team sheet: the next separator, or "(capt)", "(wk)".
_LIST_CLOSE = re.compile(r"^(?:\s*[,;.)\n]|\s+\((?:capt|c|wk|vc|gk)\)|\s*$)")
NAME_BEFORE_BRACKET = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}) \($")
INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.? ?){1,3} ?[A-Z][\w'’-]+")
POSSESSIVE_BEFORE_LAST = re.compile(r"['’]s?\s+\S+$")
LETTER_LABEL_AFTER = re.compile(r": [A-Z]")  # "J: Hamish Loughnan"; not "on X: @handle"
# Capitalised words that name no one body on their own ("Opposition members walked out",
# "the Government said", "Health officials", "the Church"): none of the annotated news's
# 128 such mentions is an entity.
GENERIC_ALONE = frozenset({"Opposition", "Government", "Church", "Health"})
FISCAL_YEAR = re.compile(r"(?:Q[1-4]|H[12])?FY\d{2}(?:\d{2})?(?:[-/]\d{2}(?:\d{2})?)?")
QUOTES_OPEN = "\"“‘'"
QUOTES_CLOSE = "\"”’'"
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")


# The name an embedded post gives before its author's handle: "— Ann Lee (@annlee)".
HANDLE_OWNER = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}) \(@$")
REPORTERS = ("correspondent", "editor", "reporter", "writer", "columnist", "critic")
# A reporter's role after a beat: "Science correspondent", "Education Editor".
BEAT_ROLE_AFTER = re.compile(r"\s+(?:" + "|".join(REPORTERS) + r")s?\b", re.IGNORECASE)
# Days of the week listed or spanned in short forms, as timetables and opening hours
# write them ("Tue, Thu, Sat", "Mon-Fri", "Thu/Fri", "Fri, Sat and Sun"): never names.
# Two in a list may be names ("the sisters Thu, Tue and Hoa"), "Sun" and "Mon" alone are
# a newspaper and a people, and a day before a date is a page's stamp ("The Sun, Wed 5
# March"): three or more in a list, or two joined by a dash or a slash.
_SHORT_DAY = lx.alternatives(lx.SHORT_WEEKDAYS)
_DAY_LIST = re.compile(
    rf"\b(?:{_SHORT_DAY})(?:(?:,\s*|\s+(?:and|or|&)\s+)(?:{_SHORT_DAY})\b){{2,6}}"
)
WEEKDAY_SPAN = re.compile(rf"(?:{_SHORT_DAY})\.?\s?[-–/]\s?(?:{_SHORT_DAY})\b")


def listed_weekday(word: str, text: str, start: int, end: int) -> bool:
    """A short weekday in a timetable's list or span of days ("Tue, Thu, Sat")."""
    if word not in lx.SHORT_WEEKDAYS:
        return False
    window = max(0, start - 40)
    return any(
        m.start() <= start and end <= m.end()
        for pattern in (_DAY_LIST, WEEKDAY_SPAN)
        for m in pattern.finditer(text, window, min(len(text), end + 40))
    )


# "Marie-Soleil Achterberg, known online as Kestrel", "Achterberg, 31, is better known
# as Kestrel": a name's other name, after the name (group 1) it stands for.
ALIAS_OF_BEFORE = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),(?: \d{1,3},)?"
    r" (?:(?:is|was) )?(?:(?:also|better|widely|professionally|popularly) )?known"
    r" (?:(?:online|professionally|locally|widely|affectionately) )?as [\"“']?$"
)

# A noble's or a ruler's title and its "of" before the land it is held of: "Duke of
# Mirov", "Jitka, Duchess of Mirov", "Margrave of Baden" (not "of the": "Lord of the
# Rings", "Queen of the South").
# (Not a king's or a queen's: "King of Highlife", the horse "Queen of Tarrant".)
_NOBLE_TITLES = (
    "Duke|Duchess|Grand Duke|Archduke|Archduchess|Earl|Count|Countess|Marquis|Marquess"
    "|Marchioness|Margrave|Margravine|Landgrave|Baron|Baroness|Viscount|Viscountess"
    "|Elector|Bishop|Archbishop|Prince-Bishop"
)
NOBLE_OF_BEFORE = re.compile(rf"\b(?:{_NOBLE_TITLES})\s+of\s+$")
NOBLE_TITLE = re.compile(rf"(?:{_NOBLE_TITLES})")
# A title held of a land, in apposition after its holder's name: "Jitka, Duchess of
# Mirov", "Charles III, Duke of Lorraine" (not "Duchess of Cambridge visits", the person).
TITLE_APPOSED_BEFORE = re.compile(
    r"(?:,|\b(?:was|became|is|as|been|be|made|created|named))[ \t]+$"
)  # or held: "was Duke of Mirov", "created Earl of Essex"
OF_A_NAME_AFTER = re.compile(r"\s+of\s+[A-Z]")

# A lower-case particle inside a name, just before a capitalised word: "Sierra de".
PARTICLE_BEFORE_NAME = re.compile(r"[A-Z][\w'’.-]* (?:de|del|da|do|di|du|la|le|van|von|der|of) $")


MONTH_SHORT = frozenset(m for m in lx.MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
DAY_OR_BRACKET_AFTER = re.compile(r"\.?(?: \d{1,2}\b|\)| swap\b)")
# The dot that opens a Reuters index code (" .DJI", "(.FTSE)"); not a sentence's full stop.
RIC_INDEX_BEFORE = re.compile(r"(?:^|[\s(])\.\Z")
# A road's letters and number: a US interstate, a Brazilian federal highway.
ROAD_CODE = re.compile(r"(?:I|BR)-\d{1,3}")
DOMAIN_RE = re.compile(r"[\w-]+\.(?:com|net|org|cn|io|co|hk|ai|tv)", re.IGNORECASE)
_LAST_WORDS_REVERSED = re.compile(r"\s*(\S+)(?:\s+(\S+))?(?:\s+(\S+))?")


def last_word_starts(text: str) -> tuple[int, int, int]:
    """Where the last, second-last and third-last whitespace-separated words of `text` start
    (0 for words it does not have). Matched on the reversed text, so only the tail is read."""
    match = _LAST_WORDS_REVERSED.match(text[::-1])
    if match is None:
        return 0, 0, 0
    n = len(text)
    _, (_, end1), (start2, end2), (start3, end3) = match.regs  # -1 for a group not matched
    return n - end1, n - end2 if start2 >= 0 else 0, n - end3 if start3 >= 0 else 0


# A share price's move after a company's ticker: "Rio Tinto (RIO) up 3.1%", "Greencore
# (GNC) fell 2.2%"; and after the ticker itself.
_MOVES = r"(?:up|down|rose|fell|gained|lost|added|slipped|jumped|climbed|dropped|slid|rallied)"
TICKER_MOVE_AFTER = re.compile(r" \([A-Z][A-Z0-9]{0,4}(?:\.[A-Z])?\) " + _MOVES + r"\b")
INDEX_WORDS = frozenset({"Index", "Indices", "Average", "Composite"})
# Letters of a "Ministry of" or "Department for/of": "MoD", "DfE", "DoJ", "DfID".
DEPARTMENT_LETTERS = re.compile(r"[A-Z](?:o|f|of)[A-Z]{1,2}")
# Weather that forecasters name: "Storm Darragh", "Typhoon Haiyan" are events; weapons
# and machines share the words ("Storm Shadow missiles", "Eurofighter Typhoon jets").
_NAMED_WEATHER = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})
MADE_THING_AFTER = re.compile(
    r"\s+(?:missiles?|rockets?|jets?|fighters?|aircraft|planes?|drones?|tanks?|systems?|"
    r"engines?|cars?|phones?|models?)\b"
)


def named_weather(words: list[str]) -> bool:
    """ "Storm Darragh", "Tropical Storm Alberto": a storm's kind, then its name."""
    if words[:2] == ["Tropical", "Storm"]:
        words = words[1:]
    return len(words) > 1 and words[0] in _NAMED_WEATHER and words[1] not in _NAMED_WEATHER


# After a wire agency's name in a dateline: its bracket, then the dash ("(Xinhua) --").
AGENCY_AFTER = re.compile(r"\)\s*(?:--?|—|–)\s")


_POSSESSED_NAME = re.compile(r"^['’]s\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+")


def owns_person(after: str) -> bool:
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
_MONEY_WORD = re.compile(
    r"(?:[A-Z]{1,3}|[A-Z][a-z]{1,2})\$?\d[\d.,]*(?:m|bn|k|tn|tr|-million|-billion)?"
)  # (and "Rbs629bn", "Rs9.4tr": a currency's letters in mixed case)
_MULTIPLIER_AFTER = re.compile(r"\s?(?:m|bn|k|tn|million|billion|trillion)\b")


def money(word: str, text: str, end: int) -> bool:
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
# A track listing's running time after the title and its writers: '5. "Marguerite"
# (Rennie, Baird) – 4:27', '"Tay Whale" (5:34)'.
_RUNNING_TIME_AFTER = re.compile(
    r"[\"”’']\s*(?:\([^()\d]{2,80}\)\s*)?(?:[–—-]\s*\(?|\()\d{1,2}:[0-5]\d\b"
    r"(?!\s*(?:[ap]\.?m\b|[ap]\.m\.))"
)
# Where a listing's title opens: a track's number, a line's start or a list's bullet
# (not "Kickoff: \"Arsenal\" - 12:30").
_LISTED_BEFORE = re.compile(r"(?:^|\n|\d{1,2}[.)]|[–•*-])\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_SPEECH_NEAR = re.compile(r"\b(?:said|says|asked|asks|added|adds|replied|told|wrote|shouted)\b")


def quoted_work(before: str, after: str) -> bool:
    """Whether a span is all of a quotation near a work's noun: a title, not a person
    ("“Cahokia,” landed on an episode", "Best tracks: "Fjordgrav," "Draugen"")."""
    if not before or before[-1] not in QUOTES_OPEN or not _WHOLLY_QUOTED_AFTER.match(after):
        return False
    if before[-1] == "'" and before[-2:-1].isalnum():
        return False  # an apostrophe inside a word, not a quotation mark
    if _RUNNING_TIME_AFTER.match(after) and _LISTED_BEFORE.search(before[:-1]):
        return True
    if _SPEECH_NEAR.search(after, 0, 30):
        return False  # "“Ridley,” she said": a name spoken to, in a quotation
    near = _SENTENCE_BREAK.split(before[-70:-1])[-1], _SENTENCE_BREAK.split(after[1:50])[0]
    return any(_WORK_NOUN.search(side) for side in near)


def quoted(before: str, after: str) -> bool:
    """Whether a span stands alone between quotation marks: not at the start of the text
    (where `before` is empty) and not before a possessive ("Ridley Scott's"). Capitalised
    words the span has shed may stand between the mark and it (“Mobile Phone X AIoT”)."""
    before = _SHED_CAPITALS.sub("", before)
    return (
        before[-1:] != ""
        and before[-1] in QUOTES_OPEN
        and after[:1] != ""
        and after[0] in QUOTES_CLOSE
        and not _POSSESSIVE_AFTER.match(after)
    )


# Words a quoted span sheds at its start ("Mobile" of “Mobile Phone X AIoT”); an article
# opening a title stays a title's ("The Kite Runner", "A Beautiful Lie").
_SHED_CAPITALS = re.compile(r"(?<=[“\"‘'])(?:(?!(?:The|A|An)\b)[A-Z][\w-]*\s+){1,2}$")
# Kinds of centre that are a place (a venue, a base, a jail), not a body that works there.
VENUE_KINDS = lx.words(
    "Conference Convention Exhibition Shopping Leisure Aquatic Aquatics Sports Civic Events "
    "Space Launch Detention Correctional Millennium"
)
# A party's place on the spectrum just before its name.
WING_BEFORE = re.compile(
    r"\b(?:(?:far|hard|centre|center|radical|extreme|populist)-(?:right|left)|"
    r"(?:left|right)-wing)\s+$",
    re.IGNORECASE,
)
# A group that names itself: "a gang calling itself", "a group that calls itself".
CALLING_ITSELF_BEFORE = re.compile(r"\b(?:calling|calls|called)\s+(?:itself|themselves)\s+$")
# A competitor's name before the bracket of a country code.
COMPETITOR_BEFORE = re.compile(
    r"([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|and|the|for|de|do|du)){0,5}) \($"
)
# A candidate's votes after the bracket of a party in a results line: "Amara Okafor
# (Lab) 2,377", "Amos Beardy (Liberal) 402" (not a score, a time or a round: "(GB) 6-3",
# "(Ken) 2:05:11", "(Eng) 68 66").
VOTES_AFTER = re.compile(r"\)\s+(?:\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.:,/–—-])")
# Words of an article about votes, where a country's code in a results line's bracket
# may be a party's letters ("(IND)", the independents).
VOTING = re.compile(
    r"\b(?:votes?|voters?|voting|elect(?:ed|ion|ions|oral)|ballots?|polls?|"
    r"constituenc(?:y|ies)|turnout|candidates?|by-election)\b",
    re.IGNORECASE,
)
# Who stands for no party: no organisation in that bracket.
NO_PARTY = frozenset({"Ind", "IND", "Ind.", "Independent", "Indep", "Non-party", "Non-partisan"})
# A member's party letter before the town or state after it: "R-Spencer", "(D-Calif.)".
PARTY_TAG_BEFORE = re.compile(r"(?:(?:, |\()[RD]|\([A-Z]{2,4})-\Z")  # "R-Texas", "(PN-Machang)"


def listed_initial_name(words: list[str], before: str, after: str) -> bool:
    """ "G Murphy;", "S Easterby, D Wallace", "J White (capt)": an initial and a surname
    between a list's separators, as team sheets and scorecards write their players."""
    if len(words) != 2 or len(words[0]) != 1 or not words[0].isupper():
        return False
    if not words[1][:1].isupper() or len(words[1]) < 2:
        return False
    opened = before.rstrip(" ")[-1:] in (",", ";", ":", "(", "\n", "")
    return opened and _LIST_CLOSE.match(after) is not None
