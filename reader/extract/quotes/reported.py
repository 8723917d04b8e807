"""Reported speech: "X said (that) ...", "X told Y that ...", "according to X, ...".

Only sentences without quotation marks are read, and only when the subject is
someone (a name, a pronoun or a description the article tied to a name): "The
report said" is a document, not a speaker, and "one official said" is kept as
said by nobody the article names.
"""

from __future__ import annotations

import re

from reader.extract.entities.lexicon import TITLES
from reader.extract.model import EntityType, Quote, QuoteKind
from reader.extract.quotes.cues import (
    ACCORDING_TO,
    ANONYMITY,
    APPOSITION,
    CHARACTERISING_ALT,
    GATHERINGS,
    LISTENERS,
    NAMED,
    PHRASE,
    RECALLING,
    SPEECH_VERBS,
    VERB,
    VERB_FIRST,
    describes,
    opening_phrase,
    speech_word_in,
    words,
)
from reader.extract.quotes.marks import paragraphs
from reader.extract.quotes.sentences import sentence_bounds, trimmed_end
from reader.extract.quotes.span_index import SpanIndex
from reader.extract.quotes.speakers import (
    DOCUMENTS,
    Speakers,
    kin_of_someone,
    people_of_a_place,
    person_noun,
)

MIN_WORDS = 4  # a reported clause shorter than this is a fragment, not speech
# "told the Commons that", "told a launch event in New York that", "told Reuters": the
# listener belongs to the verb.
_TOLD = (
    r"told\s+(?:(?:the|a|an)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?(?=,?\s+that\b)"
    rf"|told\s+(?:(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{GATHERINGS})"
    # or someone's own: "told his wife he had lost", "told her lawyer she would appeal"
    r"|(?:his|her|their|my|our)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)"
    r"(?=\s+(?:he|she|they|it|we|I|there)\b)"
    # "told the inquiry the ward was understaffed": a gathering before the clause's subject
    rf"|told\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{GATHERINGS})"
    r"(?=\s+(?:the|a|an|his|her|its|their|this|that|these|those)\s)"
    rf"|told\s+(?:{LISTENERS}|[A-Z][\w’'.-]*)"
)
# "..., two people familiar with the matter told Reuters, asking not to be named.": the
# listener, then the sentence's end or a comma.
_TOLD_WHOM = (
    rf"told\s+(?:{LISTENERS}|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}})(?=[,.!?])"
)
# How or when something was said, between the verb and the clause: "said privately the
# deadline could not be met" (not "earlier" or "later": "said earlier reports were false").
_HOW_SAID = r"(?:privately|publicly|separately|repeatedly|afterwards|again)\b"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b"
# A verb of saying after "does" or "did", with "that": "He does admit that Kilbride had
# been right", "She did concede that the figures were late".
_DOES_SAY = (
    r"(?:does|did)\s+(?:admit|concede|accept|acknowledge|insist|say|claim)"
    r"(?=\s+that\b)"
)
# (not a verb that may open an inverted condition: "said that should the talks fail")
_NOT_A_VERB = r"(?!(?:was|is|has|will|wasn't|isn't|wasn’t|isn’t)\b)"
# "At the event, Lei Jun, the chairman of Xiaomi, said on Monday that ...": an
# opening phrase, the speaker, up to two appositions, the verb, an adverbial.
_SAID_BODY = (
    # A second apposition only when needed: not ", said X but" before a later "warned".
    rf"(?P<who>{PHRASE})(?:,(?P<appos>[^,]{{3,140}}))?(?:,(?P<appos2>[^,]{{3,140}}))??,?\s+"
    rf"(?:also\s+|later\s+|previously\s+|has\s+|had\s+|then\s+|further\s+)?"
    rf"(?P<verb>{_TOLD}|{VERB}|{_DOES_SAY})"
    r"(?:\s+\d{1,2}-\d{1,2}(?=\s+(?:on|in|that)\b))?"  # a court's or a vote's margin: "ruled 5-4"
    rf"(?:\s+(?:on|in|at|to|during|after|before|from|through|via|within)\b[^,.;:!?]{{0,60}}?"
    rf"(?=\s+that\b)|\s+(?:on\s+)?{_DAY}|\s+{_HOW_SAID})?"
    # "she said that was a conversation for another week": a "that" before a verb is the
    # clause's subject, which stays in it
    rf",?\s+(?:that\s+{_NOT_A_VERB})?(?P<clause>\S.*?)[.!?]?$"
)
_SUBJECT_SAID = re.compile(rf"^{_SAID_BODY}", re.DOTALL)
# The same after an opening phrase ("Speaking to the Gazette on Sunday, Mr Kohli said"),
# which may name a title in apposition ("In his 2018 book, “Bones and Broth”, X wrote").
_OPENED_SAID = re.compile(
    # ... or a relative clause of its own: "Asked whether Delaney, who has lost two of his
    # last three fights, should retire, she said ...".
    rf"^[A-Z][^,]{{2,120}}(?:,\s+(?:who|which|whose)\s[^,]{{2,100}},[^,]{{2,60}})?,"
    rf"(?:\s+[“\"][^,“”\"]{{2,80}}[”\"],)?\s+{_SAID_BODY}",
    re.DOTALL,
)
# The same after a time with no comma: "On Friday the ministry said ...", "Last week
# the minister said ...", "In 2003 he said ...".
_TIME_OPENER = (
    rf"(?:On\s+{_DAY}|(?:Last|This|Earlier|Later)\s+(?:week|month|year|night|{_DAY})"
    r"|Yesterday|Today|Earlier|Later|In\s+\d{4})\s+"
)
_TIMED = re.compile(_TIME_OPENER)
_TIMED_SAID = re.compile(rf"^{_TIME_OPENER}{_SAID_BODY}", re.DOTALL)
_WHEN = (
    rf"(?:\s+(?:on|in|at|to|during|after|before|when|while|last|this)\b[^.!?,]{{0,60}}"
    rf"|\s+(?:on\s+)?{_DAY}|\s+(?:later|earlier|afterwards|again|separately|previously))?"
)
# "The plan will fail, Lei said (on Monday), adding that ...": the speaker after the clause.
_CLAUSE_SAID = re.compile(
    rf"^(?P<clause>\S.*?),\s+(?P<who>{PHRASE}){APPOSITION}\s+(?:also\s+|later\s+)?"
    rf"(?P<verb>{_TOLD_WHOM}|{VERB})"
    rf"{_WHEN}(?:,\s+adding(?:\s+that)?\s+(?P<more>\S.*?)|,\s+(?:[^.!?]|\.\d)*)?[.!?]$",
    re.DOTALL,
)
# "..., wrote Lei Jun.": the verb first, then the name, and the sentence ends there.
_CLAUSE_SAID_NAME = re.compile(
    rf"^(?P<clause>\S.*?),\s+(?P<verb>{VERB_FIRST})\s+(?P<who>{NAMED}){APPOSITION}{_WHEN}[.!?]$",
    re.DOTALL,
)
# A description, then a name in commas, and nothing else: "The shelter's volunteer
# co-ordinator, Siobhan Keating".
_DESCRIBED_THEN_NAMED = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s)\s"
    # no verb in the description: "The first to reach him was his neighbour, Tom Hart"
    r"(?![^,]*\b(?:was|is|were|are|has|had|have|will|would)\b)[^,.;:\"“”]{0,80},"
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
)
# "..., adding that ...": a second reported clause by the same speaker.
_GOING_ON = "added|said|warned|insisted"
# With another speech verb, "that" or a subject pronoun says a clause follows ("and
# admitted that ...", "and admitted he had ...", "but denied that ..."; not "and confirmed
# the sale").
_GOING_ON_THAT = (
    "admitted|conceded|denied|acknowledged|argued|claimed|stressed|noted|explained|revealed"
    "|confirmed|predicted|suggested|promised"
)
_ADDING = re.compile(
    rf",?\s+(?:adding|(?:and|but)\s+(?:also\s+)?(?:{_GOING_ON})"
    rf"|(?:and|but)\s+(?:also\s+)?(?:{_GOING_ON_THAT})(?=\s+(?:that|he|she|they|we|I|there)\s))"
    r"(?:\s+that)?:?\s+"  # "..., and added: “...”": a quotation after the clause
)
# What turns from a reported clause to the speaker's word for something, quoted: ",
# which he described as “...”", "and described the decision as “...”", "and she called
# the fall “...”".
_TURN_TO_QUOTED_WORD = re.compile(
    rf",?\s+(?:which\s+(?:he|she|they|it)\s+(?:{CHARACTERISING_ALT})"
    rf"|and\s+(?:(?:he|she|they)\s+)?(?:{CHARACTERISING_ALT}))\b"
)
# Where a relative clause opens: its own "and noted that" is no second reported clause
# ("the audit, which was published on Monday and noted that costs had doubled, ...").
_RELATIVE_OPENS = re.compile(r",\s+(?:which|who|that)\b")
# What ends a sentence after its main clause (or after a quotation in it): "..., but he
# added that visibility was poor".
_ADDED_TAIL = re.compile(
    r"[\"”’']?\s*,\s*(?:but|and)\s+(?P<who>he|she|they|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
    r"\s+(?:also\s+)?(?P<verb>added|said|warned|insisted|noted|stressed|admitted)\s+that\s+"
    r"(?P<clause>[^\"“”]+?)[.!?]?$",
    re.DOTALL,
)
# The same with no subject of its own: the quotation's speaker goes on.
_SAME_SPEAKER_TAIL = re.compile(
    rf"\s(?:and|but)\s+(?:also\s+)?(?P<verb>{_GOING_ON}|{_GOING_ON_THAT}|says|admits|insists)"
    # "that", or a pronoun and its verb: "... as “the longest race I've run” and says she
    # kept coaching throughout"; or a subject and its finite verb: "... “honoured” but
    # admitted some residents had complained" (not "admitted three counts of fraud")
    r"\s+(?:that\s+|(?=(?:he|she|they|it|we)\s+[a-z])"
    # (no relative clause or comma before the verb: "admitted the offence, which was
    # committed on bail" is a plea, "a victory that was not his" a thing)
    r"|(?=(?:some|many|most|the|a|an|no|there|its|his|her|their)\s"
    r"(?:(?!\b(?:which|that|who|whom|whose|where|when)\b)[^\"“”.,]){0,60}?"
    r"\b(?:is|are|was|were|would|will|could|had|has|have)\b))"
    r"(?P<clause>[^\"“”]+?)[.!?]?$",
    re.DOTALL,
)
# Verbs that take a thing as often as a clause ("posted a 31% jump", "announced the
# closure", "admitted three counts of fraud"): speech only with "that" or a verb after.
_OBJECT_VERBS = words(
    "posted posts reported reports announced announces revealed reveals unveiled confirmed "
    "confirms disclosed predicted predicts promised promises pledged pledges admitted admits "
    "estimated estimates agreed agrees denied denies submitted submits clarified clarifies "
    "alleged alleges wrote writes"
)
_DENYING = words("denied denies")
# What is denied before the clause that says it: "denies reports that ...".
_DENIED_THING = re.compile(
    r"(?:the\s+)?(?:reports?|claims?|suggestions?|allegations?|accusations?|rumou?rs?"
    r"|speculation)\s+that\s+"
)
# Words a clause can open with after "that": "denied that the deal ...", "that he ...".
_CLAUSE_OPENERS = words(
    "the a an his her its their our my your this these those any no some all every he she "
    "it they we i you there one two three"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|would|will|could|should|can|may|might|must|had|has|have"
    r"|did|does|do|won't|wouldn't|isn't|wasn't)\b"
)
def _appositions_head(what: str) -> str:
    """The noun a description is about: before its "at", "of", "for" ("a political
    scientist at the institute": scientist), else its last word."""
    words_ = what.split()
    for i, word in enumerate(words_):
        if word in ("at", "of", "for", "in", "with", "from", "to", "who"):
            return words_[i - 1].lower() if i else ""
    return words_[-1].lower()


_RELATIVE_OPENS_CLAUSE = re.compile(r"(?:who|which|that|whose)\b")
# Who a source is, set off after their name: ", a political scientist at the institute,".
_SOURCE_APPOSITION = re.compile(r",\s+(?P<what>(?:a|an|the)\s+[^,;:.\"“”]{3,100}?),\s+(?=\S)")
# The name after a description and its comma: ", Larkspur Pictures." / ", Ann Lee,".
_APPOSED_NAME = re.compile(r",\s+([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s*[,.;]")
# A comma and a conjunction where an apposition would start: a new clause follows.
_JOINED_CLAUSE = re.compile(r",\s+(?:but|and|while|although|though|whereas|yet)\s+")
# When something was said or written, not what: "while teaching in Accra" (but "after
# this is accomplished, sales will ..." is what was said).
_WHEN_CLAUSE = re.compile(r"(?:while|whilst|when|before|after|since)\s+[a-z]+ing\b", re.I)
# After verbs of agreeing and promising, an infinitive or an agent where a reported clause
# would start ("agreed to buy", "agreed by EU leaders", "vowed to fight on"); after "said"
# these open a clause ("said by the end of the year the plant would ...").
_NOT_A_CLAUSE = re.compile(r"(?:to|by)\s+[a-z]")
_TO_DO_VERBS = words(
    "agreed agrees promised promises pledged pledges vowed vows threatened offered refused"
)
_WH_WORD = re.compile(r"(?:how|what|whether|when|where|why|which|who)\b")
_NOT_SAID_BEFORE = re.compile(
    r"\b(?:not|n[’']t|never|declined\s+to|refused\s+to)\s+(?:yet\s+)?[a-z]+\s+$"
)
# Verbs that report speech only with "that" after them: "ruled that the evidence ..."
# (not "ruled herself out", "ruled the goal out").
# ("accepted that he had ..." in court, not "accepted the offer"; "noting that ...")
_THAT_ONLY = words("ruled accepted accepts indicated indicates noting")
_THAT_BEFORE = re.compile(r"\bthat\s*$")
# The verbs a speaker's phrase cannot hold: "Ashbourne Rovers said the board" is no
# speaker (but "a spokesman for the rules committee" is).
_VERB_IN_SPEAKER = words("said says told tells") | {w for w in SPEECH_VERBS if w.endswith("ed")}
# A relative clause's own subject at the end of a would-be speaker: "a story that she".
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which)\s+(?:he|she|they|we|I|you|it)$")
_ENDS_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,]*$")
# A sentence opened by a conjunction: "But she added that ...", "And he said ...".
_CONJUNCTION_FIRST = re.compile(
    r"(?:But|And|Yet|Still)\s+(?=[A-Z]|(?:he|she|they|it|we|the|a|an|one|another|several"
    r"|some|two|three|many|most|other|others)\b)"
)
# "Wilk laughed off the suggestion, saying he would ...", "Mehra was a little cooler,
# writing that the second act dragged, but adding that ...", "A judge blocked the law,
# ruling that ...": the subject of the sentence is the speaker of what it says after the
# participle ("saying" alone, the others with "that").
_SAYING = re.compile(
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?P<did>[a-z][^,;:\"“”]{2,120})"
    r",\s+(?P<verb>saying|(?:adding|writing|arguing|warning|insisting|ruling|noting|claiming"
    r"|stressing|explaining)(?=\s+that\b))\s+(?:that\s+)?(?P<clause>\S[^\"“”]*?)"
    r"(?:,\s+(?:but\s+|and\s+)?(?:adding|saying)\s+that\s+(?P<clause2>\S[^\"“”]*?))?[.!?]?$",
    re.DOTALL,
)
# What in that clause may have said it instead: "received a letter from the council,
# saying ...", "was sent a text by a friend, saying ...".
_OTHER_SAYER = re.compile(
    r"\b(?:from|by|letter|statement|e-?mail|note|message|text|report|notice|leaflet|sign|post)\b"
)
# Someone spoke, unnamed ("one official", "a source close to the talks"); but a
# document is not someone ("a report", "a study").
_UNNAMED = words("a an one another two three several some")
# One unnamed source, named again with "the": "the person", "the source", "the official".
_UNNAMED_ONE = words("person source official insider")
# People spoken for as a group, unnamed: "Analysts said", "Western diplomats said",
# "Traders in the port said".
_UNNAMED_GROUPS = words(
    "analysts economists traders dealers brokers diplomats officials sources witnesses "
    "residents critics experts observers investors campaigners forecasters scientists "
    "researchers activists protesters villagers locals neighbours neighbors insiders bankers "
    "strategists commentators opponents supporters aides advisers advisors lawmakers "
    "legislators executives colleagues allies"
)
_PEOPLE_WHO_ARE_FIGURES = words("industry senior leading party political public opposition")
# Speech verbs a group may do something else with than report ("Villagers cried as ...",
# "Supporters sang the anthem", "Scientists observed the comet", "Investors answered").
_GROUP_NOT_SAYING = words(
    "cried sang chanted shouted yelled observed observes answered responded responds "
    "intervened continued continues posted pointed"
)


def candidate_sentences(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that may report speech: long enough, and clear of quotations in marks
    (marks around a title or a term may stay); of a sentence that quotes, what follows
    its last quotation ("... “at some point”, but he added that visibility was poor")."""
    out = []
    quoted = SpanIndex(taken)
    for p_start, p_end in paragraphs(text):
        if _headline(text, p_start, p_end):
            continue  # "Wilk insists he will not quit after fourth straight defeat"
        for start, end in sentence_bounds(text, p_start, p_end):
            crossing = quoted.across(start, end)
            if not crossing:
                if end - start >= 20:
                    out.append((start, end))
                continue
            inside = [e for _, e in crossing]
            first = min(s for s, _ in crossing)
            adding = _ADDING.search(text, start, first) or _TURN_TO_QUOTED_WORD.search(
                text, start, first
            )
            if adding is not None and adding.start() - start >= 20 and not _QUOTE_MARK.search(
                text, start, adding.start()
            ):
                # "Mr Pryce told the BBC that annual savings would come from buying,
                # adding that jobs would be “looked at carefully”": what is reported before
                # the quotation's clause, a sentence of its own.
                out.append((start, adding.start()))
            if end - max(inside) >= 20 and (
                _ADDED_TAIL.search(text, max(inside), end)
                or _SAME_SPEAKER_TAIL.search(text, max(inside), end)
            ):
                out.append((max(inside), end))
    return out


_QUOTE_MARK = re.compile(r"[\"“”]")


def _headline(text: str, start: int, end: int) -> bool:
    """The article's first line, short and with no full stop: a headline, which reports
    in its own shorthand, not the words of anyone the gold would name."""
    line = text[start:end].strip()
    return (
        trimmed_end(text, start) == 0
        and "\n" not in line
        and not line.endswith((".", "!", "?", '"', "”"))
        and len(line.split()) <= 16
    )


def read_reported(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    """The reported speech in the sentence text[start:end]: none, one clause, or two
    ("..., adding that ...")."""
    quotes = _read(text, start, end, speakers)
    if quotes and quotes[0].speaker is not None and quotes[0].speaker_type is not None:
        speakers.said(end, (quotes[0].speaker, quotes[0].speaker_type))
    return quotes


def _read(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    """The first reading of the sentence that names a speaker (or an unnamed one)."""
    if not speech_word_in(text, start, end):
        return []  # most sentences: one quick look instead of three long patterns
    dateline = _DATELINE.match(text, start, end) if _opens_paragraph(text, start) else None
    if dateline is not None:
        start = dateline.end()  # "STOCKHOLM (Reuters) - Atlas Copco AB said ...": the subject
    readings = (
        _according_to,
        _clause_said,
        _subject_said,
        _added_tail,
        _saying,
        _predicate_said,
        _subordinate_said,
    )
    for reading in readings:
        quotes = reading(text, start, end, speakers)
        if quotes:
            return quotes
    return []


def _added_tail(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    match = _ADDED_TAIL.search(text, start, end)
    if match is None:
        return _same_speaker_tail(text, start, end, speakers)
    clause = (match.start("clause"), match.end("clause"))
    who = (match.start("who"), match.end("who"))
    # "but he added that visibility remained poor": after "that", three words are a clause.
    return _quotes(text, [clause], who, match.group("verb"), speakers, min_words=3)


def _same_speaker_tail(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    """ "X conceded that the group had been “far too slow” to respond and admitted that
    its range had lost ground": the verb after the quotation has the quotation's speaker."""
    match = _SAME_SPEAKER_TAIL.search(text, start, end)
    last = speakers.last_speaker
    if match is None or last is None or abs(last[0] - start) > 1:
        return []  # the sentence's quotation was not just attributed
    span = _trimmed(text, (match.start("clause"), match.end("clause")), 3)
    if span is None:
        return []
    (s, e), speaker = span, last[1]
    return [Quote(s, e, text[s:e], QuoteKind.REPORTED, speaker[0], speaker[1], match["verb"])]


# A body or person, a first predicate too long for the subject patterns' reach, then
# "and"/"but" and the verb of saying: "The Reserve Bank of New Zealand left its official
# cash rate unchanged at 4.25% on Wednesday but said it expected to ...". No comma,
# quotation or relative clause on the way, so the subject is the sentence's own.
_PREDICATE_SAID = re.compile(
    r"(?:[A-Z][A-Z .'-]{1,30}\s[-–—]\s+)?"  # "WELLINGTON - "
    r"(?P<who>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|[A-Z][\w’'&.-]*)){0,6})\s+"
    r"(?:[a-z]{3,}ed|kept|left|cut|held|set|put|made|took|won|lost|spent|gave|hit|beat)\s"
    r"(?:(?!\b(?:who|which|whose|that|said|says|told)\b)[^,;:\"“”\n]){3,200}?,?\s"
    r"(?:and|but)\s+(?:also\s+)?(?P<verb>said|warned|added|insisted|stressed|noted|cautioned)"
    r"\s+(?:that\s+)?(?P<clause>\S[^\"“”]*?)[.!?]?$"
)


# A clause of time or cause after the main one, with its own named speaker: "Gilt yields
# fell after the Bank of England said it would cut rates", "... when Nvidia said that".
# Only a name (a description there is as often someone or something new: "when the
# barman said", "after the report said"), and only before a clause ("said nothing", "said
# yes", "said to be" report none).
_SUBORDINATE_SAID = re.compile(
    r"\s(?:after|when|because|since|before)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,5})"
    r"\s+(?P<verb>said)\s+(?:that\s+)?"
    r"(?!(?:nothing|anything|something|hello|yes|no|sorry|goodbye|so|to|on|in|at|during"
    r"|via|through|from|last|earlier|later)\b)"
    r"(?P<clause>[a-z][\w’'-]*\s[^\"“”;]*?)"
    r"(?=,\s+(?:while|whereas|but|because|although|though)\b|[.!?]?$)"
)


def _subordinate_said(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    match = _SUBORDINATE_SAID.search(text, start, end)
    if (
        match is None
        or not _named_subject(text, match, speakers, _THE)
        # a clause has its verb: not "said hello to patients on the ward"
        or not _FINITE.search(text, *match.span("clause"))
    ):
        return []
    return _quotes(text, [match.span("clause")], match.span("who"), match["verb"], speakers)


def _predicate_said(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    match = _PREDICATE_SAID.match(text, start, end)
    if match is None or not _named_subject(text, match, speakers, _BEFORE_SUBJECT_NAME):
        return []
    return _quotes(text, [match.span("clause")], match.span("who"), match["verb"], speakers)


def _named_subject(
    text: str, match: re.Match[str], speakers: Speakers, before: re.Pattern[str]
) -> bool:
    """Whether the match's "who" is a body's or a person's name and nothing else but what
    `before` allows in front of it ("In March Tesco reported ..." is not Tesco's)."""
    named = speakers.entity_in(*match.span("who"))
    return (
        named is not None
        and named.type in (EntityType.ORG, EntityType.PERSON)
        and named.end == match.end("who")
        and before.fullmatch(text, match.start("who"), named.start) is not None
        and named.text not in _SCRIPTURES  # "because the Bible said it was sinful"
    )


_SCRIPTURES = words("Bible Koran Quran Qur'an Torah Talmud Gospel Gospels Constitution")
_THE = re.compile(r"(?:the\s)?")
# What may stand before the subject's name: "The Riksbank", "Sweden's Riksbank".
_BEFORE_SUBJECT_NAME = re.compile(r"(?:[Tt]he\s+|[A-Z][\w-]*['’]s\s+)?")


def _saying(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    match = _SAYING.match(text, start, end)
    if match is None or _OTHER_SAYER.search(match.group("did")):
        return []
    clauses = [match.span("clause")]
    if match.group("clause2") is not None:
        clauses.append(match.span("clause2"))
    return _quotes(text, clauses, match.span("who"), match["verb"], speakers)


# What follows a name set off in commas when the name is itself the clause's subject, or
# has its own apposition: "Smith, 34, was ...", "Hughes, who was then 19, ...", "Mr
# Hughes, a keen climber, had ...", "Jordan Reid, the captain, will ...".
_NOT_A_CLAUSE_START = re.compile(r"\s*(?:\d|who\b|which\b|an?\s[^,.]*,|the\s[^,.]*,)")


def _according_to(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    sentence = text[start:end]
    match = ACCORDING_TO.search(sentence)
    if match is None:
        return []
    front = match.start() == 0 or sentence[: match.start()].strip() in ("", ",")
    if front:
        clause = (start + match.end(), end)  # "According to X, the plan ..."
        appos = _SOURCE_APPOSITION.match(text, clause[0], end)
        if (
            appos is not None
            and not _FINITE.search(appos.group("what"))
            and person_noun(_appositions_head(appos.group("what")))
            and not _RELATIVE_OPENS_CLAUSE.match(text, appos.end())
        ):
            # "According to Dewi Kartika, a political scientist at the Nusantara Policy
            # Institute, the pledge is aimed ...": who she is, then what she says.
            clause = (appos.end(), end)
    else:
        clause = (start, start + match.start())  # "The plan ..., according to X."
    who = (start + match.start("who"), start + match.end("who"))
    named = _APPOSED_NAME.match(text, who[1])
    if named is not None and describes(match.group("who").split()[0]):
        # "..., according to its distributor, Larkspur Pictures.": the name.
        who = named.span(1)
        if (
            front
            and clause[0] <= who[0]
            # a person's role, then their name, then what they said: not "According to the
            # company, Tesco, Asda and ...", nor a name with an apposition of its own
            # ("According to the coroner, Mr Hughes, a keen climber, had died ...")
            and person_noun(match.group("who").split()[-1])
            and _NOT_A_CLAUSE_START.match(text, named.end()) is None
        ):
            # "According to the dig's director, Dr Eilidh Munro, the hoard ...": what
            # she says comes after her name
            clause = (named.end(), clause[1])
        else:
            clause = (clause[0], min(clause[1], who[0]) if clause[0] > who[0] else clause[1])
    return _quotes(text, [clause], who, "according to", speakers)


def _clause_said(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    sentence = text[start:end]
    match = _CLAUSE_SAID.match(sentence) or _CLAUSE_SAID_NAME.match(sentence)
    if (
        match is None
        or _ENDS_RELATIVE.search(match.group("clause"))
        or _RELATIVE_SUBJECT.search(match.group("who"))
        # "In a statement, Ashbourne Rovers said the board continued ...": the name
        # and its verb, then what was said; not a speaker "Ashbourne Rovers said the
        # board" who "continued".
        or any(word in _VERB_IN_SPEAKER for word in match.group("who").split())
        # "Jordan Smith, 54, of Leeds, denies the charge": what is denied, not who
        or match.group("verb") in _DENYING
        # "The shelter's co-ordinator, Siobhan Keating, said the people ...": a subject
        # and the name set beside it, then what was said; not a clause and its speaker
        or (
            match.re is _CLAUSE_SAID_NAME
            and _DESCRIBED_THEN_NAMED.fullmatch(match.group("clause")) is not None
        )
    ):
        # "His son Anant Ambani, who runs the unit, said the plant ...": a subject and
        # its relative clause, not a reported clause and its speaker; nor is "..., a
        # story of salt traders that she wrote while working nights" one.
        return []
    clauses = [(start + match.start("clause"), start + match.end("clause"))]
    if "more" in match.groupdict() and match.group("more") is not None:
        clauses.append((start + match.start("more"), start + match.end("more")))
    if match.group("who").split()[-1].lower() in ("was", "were") and match.group("verb") in (
        "told",
        "informed",
    ):
        # "..., the court was told": the court listened; who spoke is not named.
        return _unattributed(text, clauses, match.group("verb"))
    who = (start + match.start("who"), start + match.end("who"))
    described = match.group("who").split()[0]
    between = sentence[match.end("who") : match.start("verb")]
    inner = between.strip(" ,")
    named = inner.split()
    if (
        describes(described)
        and between.lstrip().startswith(",")
        and 0 < len(named) <= 4
        and all(w[:1].isupper() for w in named)
    ):
        # "..., the speaker of the National Assembly, Moses Wetang'ula, said": the name.
        offset = start + match.end("who") + between.index(inner)
        who = (offset, offset + len(inner))
    return _quotes(text, clauses, who, match.group("verb"), speakers)


# A second speaker inside the first one's reported clause, with a verb of their own:
# "Vasconcelos said yields would rise, while Rui Almada, a strategist, said the government
# would survive"; a contrast only ("she had gone to the house, and Jones said he would
# kill her" is one witness's account).
_SECOND_SAYER = re.compile(
    r",\s+(?:while|whereas|but)\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:,[^,;:\"“”]{3,90},)?\s+(?P<verb>said|says|added|argued|warned|insisted|noted)"
    r"\s+(?:that\s+)?(?=[a-z]|[A-Z][a-z])"
)


# Verbs of hope, which report speech only with a clause after them ("hoped that the deal
# would close"), not with "to" ("hoped to acquire the work").
_INTENDING = frozenset({"hopes", "hoped"})


def _subject_said(text: str, start: int, end: int, speakers: Speakers) -> list[Quote]:
    sentence = text[start:end]
    opener = _CONJUNCTION_FIRST.match(sentence)
    if opener is not None:
        # "But she added that ...": the conjunction ties the sentence to the last one.
        return _subject_said(text, start + opener.end(), end, speakers)
    match = _SUBJECT_SAID.match(sentence)
    if match is None or opening_phrase(match.group("who").split()):
        match = _OPENED_SAID.match(sentence)
    if match is None or _TIMED.match(match.group("who")):
        match = _TIMED_SAID.match(sentence) or match
    if match is None:
        return []
    if match.group("who").split()[-1] in ("was", "were", "is", "are", "been"):
        return []  # "she was asked whether ...": asked, not speaking
    joins = [
        j
        for j in _JOINED_CLAUSE.finditer(sentence, match.end("who"), match.start("verb"))
        # "..., and said ...": the same subject goes on, with no new one.
        if sentence[j.end() :].split(maxsplit=1)[0] not in SPEECH_VERBS
    ]
    if joins:
        joined = joins[-1]
        # "The House voted to raise it, but Gov. Greg Abbott said that ...": what follows
        # the conjunction is a sentence of its own, with its own subject and verb.
        return _subject_said(text, start + joined.end(), end, speakers)
    first = (start + match.start("clause"), start + match.end("clause"))
    if match.group("verb") == "said" and _SAID_WHAT.match(text, first[0]):
        return []  # "Kane said a prayer before the penalty": words said, not a clause
    if match.group("verb") in _INTENDING and text.startswith("to ", first[0]):
        return []  # "The museum had hoped to acquire the work": an aim, not words
    if match.group("verb") in ("asked", "asks") and _ASKED_TO_BE.match(text, first[0]):
        # "He had asked to be traded in December, and his agent, Dwayne Holloway, said
        # that ...": a request, not words; the clause joined after it may report some.
        joined = _JOINED_CLAUSE.search(text, first[0], end)
        return [] if joined is None else _subject_said(text, joined.end(), end, speakers)
    if match.group("verb") in _DENYING:
        denied = _denied(text, first, "that" in sentence[match.end("verb") : match.start("clause")])
        if denied is None:
            return []
        first = denied
    # "X said A, while Y said B": B is Y's, and A ends where Y comes in (when both say
    # enough to be speech: not "Trump said Biden had lied, but Biden said nothing").
    second = _SECOND_SAYER.search(text, first[0], first[1])
    rest: tuple[int, int] | None = None
    if second is not None and all(
        len(text[a:b].split()) >= MIN_WORDS
        for a, b in ((first[0], second.start()), (second.end(), first[1]))
    ):
        first, rest = (first[0], second.start()), (second.end(), first[1])
    else:
        second = None
    clauses = [first]
    added: str | None = None  # the second clause's own verb ("..., but said ...")
    adding = _ADDING.search(text, first[0], first[1])
    if adding is not None and not _RELATIVE_OPENS.search(text, first[0], adding.start()):
        clauses = [(first[0], adding.start()), (adding.end(), first[1])]
        added = adding.group().split()[-2 if adding.group().rstrip().endswith("that") else -1]
        added = "added" if added == "adding" else added
    if (
        match.group("verb").split()[0] in _OBJECT_VERBS
        and "that" not in sentence[match.end("verb") : match.start("clause")].split()
        and not _FINITE.search(text, clauses[0][0], _main_clause_end(text, *clauses[0]))
    ):
        # "Acme reported a pre-tax loss of £5m (, but warned that ...)": a thing
        # reported, not speech; what is added after it may still be.
        clauses = clauses[1:]
        if not clauses:
            return []
    who = (start + match.start("who"), start + match.end("who"))
    between = sentence[match.end("who") : match.start("verb")].rstrip()
    last = between.rfind(",")
    piece = between[last + 1 :]
    if last >= 0 and 0 < len(piece.split()) <= 5 and piece.split()[0][:1].isupper():
        # "Replying to Delaney, and to X, who had asked ..., Fairweather said": a
        # name not closed by a comma before the verb is its subject, not an apposition.
        offset = start + match.end("who") + last + 1
        who = (offset + len(piece) - len(piece.lstrip()), offset + len(piece))
    elif match.group("appos") is not None and (
        (named := speakers.entity_in(*who)) is None
        or match.group("who").split()[-1].islower()
        # "The nurse practitioner who saw Liam, Karen Polglase, told ...": the one named
        # in the relative clause is not who speaks.
        or _DESCRIBED_BY_RELATIVE.match(match.group("who")) is not None
        # "the Minister for Roads and Highways, Mrs Abena Owusu-Sekyere, insisted": the
        # body in a person's title is not who speaks when the apposition names her.
        or (named.type is not EntityType.PERSON and _names_person(speakers, match, start))
    ):
        # "the housing secretary, Adaeze Okonkwo-Hart, told ...": the name in apposition;
        # also after a role that names a body ("The Liberal Democrats' culture spokesman,
        # Gavin Trewhella, said ...").
        appos = (start + match.start("appos"), start + match.end("appos"))
        words_ = match.group("appos").split()
        if words_[0] in ("who", "which", "whose"):
            # "Another survivor, who gave her name only as Rokeya, said": a relative
            # clause, which names the speaker only when it gives their name.
            named = _GAVE_NAME.search(match.group("appos"))
            if named is not None:
                who = (appos[0] + named.start("name"), appos[0] + named.end("name"))
        elif (second := _second_apposition(speakers, match, start)) is not None:
            who = second
        elif speakers.entity_in(*appos) is not None or (
            1 < len(words_) <= 4 and all(w[:1].isupper() for w in words_)
        ):
            who = appos
    joined_to = _JOINED_PREDICATE.match(text, who[0], who[1])
    if joined_to is not None:
        # "Lindqvist spent two seasons on the tour after losing his card and said ...": a
        # predicate joined to the subject's first one; the name it opens with speaks.
        person = speakers.entity_in(*joined_to.span("who"))
        if joined_to.group("pronoun") is not None:
            # "She remanded Voss in custody and said ...": she, not the one remanded
            who = joined_to.span("who")
        elif person is not None and person.start == who[0]:
            who = (person.start, person.end)
    verb = match.group("verb").split()
    # "does admit": the verb of saying, not its auxiliary
    said = verb[-1] if verb[0] in ("does", "did") else verb[0]
    if added is not None:
        # "She accepted that ..., but said Liam had appeared well": the second clause is
        # reported by its own verb, which needs no "that".
        out = _quotes(text, clauses[:-1], who, said, speakers)
        out += _quotes(text, clauses[-1:], who, added, speakers)
    else:
        out = _quotes(text, clauses, who, said, speakers)
    if second is not None and rest is not None:
        out += _quotes(text, [rest], second.span("who"), second.group("verb"), speakers)
    return out


# A name (or "he", "she"), its verb in the past, and the rest of that predicate up to
# "and" or "but" before the verb of saying: "Lindqvist spent two seasons on the tour after
# losing his card and", "She remanded Voss in custody and", "She welcomed the ban but".
_JOINED_PREDICATE = re.compile(
    r"(?P<who>(?P<pronoun>[Hh]e|[Ss]he)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?:[a-z]+ed|spent|won|lost|made|took|"
    r"came|went|left|sat|stood|held|led|met|ran|rode|shot|struck|threw|wrote|gave|got|had|"
    # no relative clause on the way: "Ana Ruiz hired lawyers who attacked the ruling and"
    r"kept|saw)\b(?:(?!\b(?:who|which|that)\b)[^,;:])*\s+(?:and|but)\s*$"
)
# A source who gives only a name: "who gave her name only as Rokeya", "who identified
# himself as Ahmed", "who would give only her first name, Maria".
# (Not "who identified him as Daniel Okoro": someone else's name.)
_GAVE_NAME = re.compile(
    r"\bwho\s+(?:(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her|their)"
    r"(?:\s+(?:first|full|family))?\s+name|(?:identified|introduced)\s+(?:himself|herself))"
    r"(?:\s+only)?(?:\s+as|,)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


# What is "said" as a thing rather than reported: "said a prayer", "said yes to the deal",
# "said her farewells".
_SAID_WHAT = re.compile(
    r"(?:a\s+(?:short\s+|silent\s+|quick\s+)?prayer|(?:yes|no)(?=\s*(?:[,.;]|to\b|$))"
    r"|goodbye|hello|sorry|thanks"
    r"|(?:his|her|their|a\s+final|a\s+last|a\s+few)\s+(?:farewells?|goodbyes?|prayers?|words))\b"
)


_DESCRIBED_BY_RELATIVE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,]*?\s(?:who|whom)\s"
)


def _second_apposition(
    speakers: Speakers, match: re.Match[str], start: int
) -> tuple[int, int] | None:
    """ "Her colleague, the Minister for Public Expenditure, Ciarán Devlin, later
    confirmed": the person named after a title, the speaker's second apposition; not one
    set beside the first's own last noun ("a former aide to the president, Joe Biden",
    "a partner at the firm, Clifford Chance")."""
    if match.group("appos2") is None or not match.group("appos").split()[-1][:1].isupper():
        return None
    second = (start + match.start("appos2"), start + match.end("appos2"))
    named = speakers.entity_in(*second)
    if named is None or named.type is not EntityType.PERSON:
        return None
    return second


def _names_person(speakers: Speakers, match: re.Match[str], start: int) -> bool:
    """Whether the apposition is a person's name and nothing more (with a title: "Mrs
    Abena Owusu-Sekyere"; not "the chemicals group founded by Jim Ratcliffe")."""
    found = speakers.entity_in(start + match.start("appos"), start + match.end("appos"))
    if found is None or found.type is not EntityType.PERSON:
        return False
    before = speakers.text[start + match.start("appos") : found.start].split()
    after = speakers.text[found.end : start + match.end("appos")].strip()
    return not after and all(w.rstrip(".") in TITLES for w in before)


# Where the words after an object verb stop being its object: a comma, or a clause of
# its own ("posted 287 for six before Uganda were dismissed": "were" is not the object's).
_CLAUSE_BREAK = re.compile(
    r",|\b(?:before|after|when|while|until|because|since|although|though|unless|whereas)\b"
)


def _main_clause_end(text: str, start: int, end: int) -> int:
    found = _CLAUSE_BREAK.search(text, start, end)
    return found.start() if found is not None else end


def _denied(text: str, clause: tuple[int, int], after_that: bool) -> tuple[int, int] | None:
    """What "denied" reports: "denies reports that X" says X; "denied that X" and
    "denied he was ..." say X; "denied that accusation, saying ..." (a demonstrative
    "that" and a thing) says nothing."""
    start, end = clause
    thing = _DENIED_THING.match(text, start, end)
    if thing is not None:
        return thing.end(), end
    words_ = text[start:end].split(maxsplit=1)
    first = words_[0].strip(",.;:") if words_ else ""
    if (
        after_that
        and first.islower()
        and first not in _CLAUSE_OPENERS
        and not first.endswith("s")
        and not _verb_soon(text[start:end])
    ):
        return None  # "that accusation", "that account when ...": a thing, not a clause
    return clause


def _verb_soon(clause: str) -> bool:
    """Whether a verb comes within the clause's first words, before its first phrase
    ends: "that staffing reductions had played any role", "that senior managers at the
    treatment works had ignored" are clauses; "that charge and
    will stand trial", "that allegation when he was questioned", "that accusation,
    saying ..." are things."""
    head: list[str] = []
    for word in clause.split()[:8]:
        if word in _PHRASE_ENDS:
            break
        head.append(word)
        if word.endswith(","):
            break
    return _FINITE.search(" ".join(head)) is not None


_PHRASE_ENDS = words("and but or when while before after because since until as if")


def _quotes(
    text: str,
    clauses: list[tuple[int, int]],
    who: tuple[int, int],
    verb: str,
    speakers: Speakers,
    min_words: int = MIN_WORDS,
) -> list[Quote]:
    out = []
    for clause in clauses:
        quote = _quote(text, clause, who, verb, speakers, min_words)
        if quote is not None:
            out.append(quote)
    return out


# A wire story's dateline before its first clause: "WASHINGTON (AP) — ", "LAGOS, May 3
# (Reuters) - ".
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'-]{1,40}(?:,[^()\n]{1,20})?\s*\([A-Za-z .]{2,20}\)\s*[-–—]\s+"
)
# What the writer adds after the reported words: a consequence in a participle ("...,
# raising fears of further damage", "..., leaving 1,200 workers without jobs"), not the
# speaker's; unless the speaker's words resume after it ("..., leaving 400 out of work,
# unless the government stepped in").
_CONSEQUENCE = re.compile(
    r",\s+(?:raising|sending|prompting|leaving|forcing|causing|fuelling|fueling|sparking"
    r"|triggering|pushing|dragging|lifting|deepening|dashing|boosting|easing)\b"
)
_RESUMED = re.compile(
    r",\s+(?:unless|but|because|although|though|if|so|while|whereas|and\s+that|provided)\b"
)


def _trimmed(
    text: str, clause: tuple[int, int], min_words: int = MIN_WORDS
) -> tuple[int, int] | None:
    """The clause without the punctuation around it or a consequence the writer adds
    after it; None when too short to be speech."""
    start, end = clause
    consequence = _CONSEQUENCE.search(text, start, end)
    if consequence is not None and not _RESUMED.search(text, consequence.end(), end):
        end = consequence.start()
    while end > start and text[end - 1] in " .,;:!?":
        end -= 1
    while start < end and text[start] in " ,":
        start += 1
    count = len(text[start:end].split())
    if count >= min_words or (count == 3 and _PRONOUN_CLAUSE.fullmatch(text, start, end)):
        return start, end
    return None


# Three words that are a clause of their own: a pronoun, its verb, its object ("she
# expected criticism", "he had lied"); shorter than a reported clause may be otherwise.
_PRONOUN_CLAUSE = re.compile(
    r"(?:he|she|they|we|it)\s+(?:[a-z]+ed|would|will|had|has|was|were|is|are|could|should|"
    r"must|did|does|might|can|knew|felt|thought|saw|kept|meant|made)\s+[a-z]+"
)


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether text[start:] opens its paragraph, where a dateline stands."""
    return start == 0 or text.endswith("\n", 0, trimmed_end(text, start, " "))


def _unattributed(text: str, clauses: list[tuple[int, int]], verb: str) -> list[Quote]:
    """Words reported with no speaker named ("..., the court was told")."""
    spans = [span for clause in clauses if (span := _trimmed(text, clause)) is not None]
    return [Quote(s, e, text[s:e], QuoteKind.REPORTED, None, None, verb) for s, e in spans]


# Who put the question, after "asked" ("asked by a reporter", "asked by Reuters"; not
# "asked by what authority").
_ASKED_BY = re.compile(
    r"by\s+(?:a|an|the|one|reporters|journalists"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]*)\b"
)
# A participle set off after its subject: "Pembleton, asked whether ..., shook his head".
_ASKED_IN_APPOSITION = re.compile(r",\s+(?:when\s+|later\s+|again\s+)?asked\b")


def _quote(
    text: str,
    clause: tuple[int, int],
    who: tuple[int, int],
    verb: str,
    speakers: Speakers,
    min_words: int = MIN_WORDS,
) -> Quote | None:
    span = _trimmed(text, clause, min_words)
    if span is None:
        return None
    start, end = span
    if _WHEN_CLAUSE.match(text, start):
        return None  # "that she wrote while teaching in Accra": when, not what
    if verb in _TO_DO_VERBS and _NOT_A_CLAUSE.match(text, start):
        return None  # "agreed to buy ...", "agreed by EU leaders": no words reported
    if _WH_WORD.match(text, start) and _NOT_SAID_BEFORE.search(text, max(0, start - 40), start):
        return None  # "has not yet said how it will vote": what was not said
    after_that = _THAT_BEFORE.search(text, max(0, start - 6), start) is not None
    if verb in _THAT_ONLY and not after_that:
        return None
    if not after_that and _only_where_and_when(text, start, end):
        return None  # "testified before the Senate on Tuesday": where and when, no words
    if verb in ("contended", "contends") and text.startswith("with ", start):
        return None  # "City contended with injuries": coped, said nothing
    if verb == "added" and not after_that and _ADDED_THING.match(text, start, end):
        return None  # "Substitute Jonny Pike added a third in stoppage time": a goal
    if verb in ("asked", "asks") and (
        ANONYMITY.match(text, start, end) or _ASKED_TO_BE.match(text, start)
    ):
        # "who asked not to be named, was blunter", "had asked to be traded": no words
        return None
    if verb == "asked" and (
        _ASKED_BY.match(text, start) or _ASKED_IN_APPOSITION.match(text, who[1], start)
    ):
        # "Pembleton, asked whether he regretted his vote, shook his head", "Oduya, asked
        # by a reporter whether ...": a question put to the subject, not the subject's
        return None
    if verb in RECALLING and not after_that and _A_TIME.match(text, start, end):
        return None  # "He recalls the night he was offered the job": a memory, not words
    speaker = speakers.resolve(*who, min(who[0], start))
    if speaker is None and not _speaking_phrase(text[who[0] : who[1]], verb):
        return None  # "The report said", "Sales rose, data showed": not a speaker
    return Quote(
        start,
        end,
        text[start:end],
        QuoteKind.REPORTED,
        speaker[0] if speaker else None,
        speaker[1] if speaker else None,
        verb.split()[-1] if verb.startswith(("was ", "is ")) else verb,
    )


# A request after "asked": "to be traded" (not the question "to what extent", "to whom").
_ASKED_TO_BE = re.compile(r"to\s+(?!(?:what|whom|which|where|how|why)\b)[a-z]")
# Phrases of place and time and nothing else, where a reported clause would stand: "before
# the Senate on Tuesday", "to a committee in Ottawa" (not "on Tuesday the plant would close").
_WHERE_OR_WHEN = words("before to at in on for during outside from after")
_ARTICLES = words("the a an his her their its")
_PHRASE_WORD = re.compile(r"[\w’'.&-]+|,")


def _only_where_and_when(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is phrases of place and time alone: each a preposition,
    maybe an article, then names, with two everyday words at most ("a committee of MPs",
    "at a press conference in Lucknow"). Read word by word: a pattern of nested repeats
    backtracks without end on a long clause that fails."""
    tokens = _PHRASE_WORD.findall(text, start, end)
    i, n = 0, len(tokens)
    if n == 0:
        return False
    while i < n:
        if tokens[i] not in _WHERE_OR_WHEN:
            return False
        i += 1
        if i < n and tokens[i] in _ARTICLES:
            i += 1
        words_, lower = 0, 0
        while i < n and tokens[i] != "," and tokens[i] not in _WHERE_OR_WHEN:
            if tokens[i][:1].islower() and tokens[i] != "of":
                lower += 1
                if lower > 2:
                    return False
            words_ += 1
            i += 1
        if words_ == 0:
            return False
        while i < n and tokens[i] == ",":
            i += 1
    return True


_A_TIME = re.compile(
    r"(?:the|that)\s+(?:\w+\s+)?(?:night|day|moment|time|year|morning|evening|afternoon"
    r"|week|occasion|summer|winter|spring|autumn)\b"
)
# "added a third", "added another try": a score added, not words.
_ADDED_THING = re.compile(
    r"(?:another|an?\s+(?:second|third|fourth|fifth|sixth|late|further|penalty|goal|try"
    r"|conversion|brace|drop-goal|run|wicket)"
    # a player's tally: "added 16 points and 14 rebounds", "added 42 runs"
    r"|\d+\s+(?:points|rebounds|assists|runs|goals|yards|tackles|wickets|saves))"
    r"\b(?!(?:\s+[\w’'-]+){0,6}?\s+(?:is|are|was|were|would|will|could|had|has|have)\b)"
)


def _speaking_phrase(phrase: str, verb: str) -> bool:
    """ "one official", "a source close to the talks", "her family": someone spoke,
    unnamed; a group ("Analysts", "Western diplomats", "Traders in the port") with a
    verb that reports (not "Villagers cried as ...", "Supporters sang the anthem")."""
    tokens = [t.strip(",").lower() for t in phrase.split()]
    if (len(tokens) == 2 and kin_of_someone(tokens)) or people_of_a_place(tokens):
        return True
    if len(tokens) == 2 and tokens[0] == "the" and tokens[1] in _UNNAMED_ONE:
        return True  # "The person added that ..." after "A person familiar with ..."
    if (
        len(tokens) == 2
        and tokens[1] == "figures"
        and tokens[0] in _PEOPLE_WHO_ARE_FIGURES
        and verb != "according to"
    ):
        return True  # "Industry figures say"; not "Sales figures showed", "according to
        # industry figures"
    if (
        0 < len(tokens) <= 5
        and (tokens[0] in _UNNAMED_GROUPS or tokens[-1] in _UNNAMED_GROUPS)
        and (verb == "according to" or verb.split()[0] not in _GROUP_NOT_SAYING)
    ):
        return True
    return bool(tokens) and tokens[0] in _UNNAMED and not any(t in DOCUMENTS for t in tokens)
