"""The words that attribute speech: verbs of saying and the phrases around them."""

from __future__ import annotations

import re

from reader.extract.entities.lexicon import LEGAL_ABBREVIATIONS, TITLES
from reader.extract.entities.wordlists import is_given_name, mostly_lower_case, name_strength


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs of saying, as news uses them around quotations and reported speech.
SPEECH_VERBS = words(
    "said says say told tells added adds asked asks explained explains noted notes stressed "
    "stresses warned warns insisted insists argued argues claimed claims wrote writes tweeted "
    "posted announced announces declared declares replied replies continued continues admitted "
    "admits acknowledged acknowledges recalled recalls urged urges suggested suggests predicted "
    "predicts agreed agrees conceded concedes cautioned cautions remarked remarks commented "
    "comments concluded concludes confirmed confirms vowed vows promised promises pledged "
    "pledges insisted estimated estimates believes believed thinks thought hopes hoped "
    "complained complains boasted boasts joked jokes countered counters emphasized "
    "emphasised emphasizes emphasises stated states reiterated reiterates maintained "
    "maintains observed observes revealed reveals disclosed responded "
    "responds answered assured pointed testified testifies alleged alleges confessed "
    "reported reports recounted chanted shouted yelled cried sang hinted signalled "
    "signaled intervened conceded replied ruled denied denies submitted submits clarified "
    "clarifies contended contends accepted accepts indicated indicates hints noting "
    "quipped quips retorted retorts"
)
# Verbs that characterise what someone said: "He called the plan “a disaster”".
CHARACTERISING = words(
    "called calls described describes branded brands dubbed termed labelled labeled dismissed "
    "accused accuses praised praises hailed hails criticised criticized"
)
# Their participles, after the subject's own clause and its comma ("Mamani rejected the
# condition, calling it “a trap”"; not "hit back at critics calling her “arrogant”").
CHARACTERISING_AFTER_COMMA = words(
    "calling describing branding dubbing terming labelling labeling dismissing saying "
    "accusing praising criticising criticizing"
)

_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# After these the next words are whom they were said to ("told AFP"), never who spoke.
_TO_LISTENER = words("told tells asked asks urged urges")
_SPEAKER_FIRST_ALT = "|".join(sorted(SPEECH_VERBS - _TO_LISTENER, key=len, reverse=True))
VERB = rf"(?:was |were |is |are )?quoted as saying|(?:{_VERB_ALT})"
# A verb that may come before its speaker ("said Lei Jun").
VERB_FIRST = rf"(?:{_SPEAKER_FIRST_ALT})"
# Verbs that attribute a quotation beside its marks ("“Not yet,” Whitfield snapped") but
# report nothing without them ("Kane snapped his hamstring", "residents demanded answers").
_BESIDE_MARKS_ALT = "|".join(
    [
        *words("snapped mused demanded whispered murmured interrupted interjected"),
        "shot back",
        "fired back",
        "hit back",
    ]
)
_QUOTE_VERB = rf"(?:{VERB}|{_BESIDE_MARKS_ALT})"
_QUOTE_VERB_FIRST = rf"(?:{VERB_FIRST}|{_BESIDE_MARKS_ALT})"
CHARACTERISING_ALT = "|".join(sorted(CHARACTERISING, key=len, reverse=True))

# A speaker phrase: up to nine words without sentence punctuation (commas end it).
# A full stop after a capital or a short title stays inside ("U.S. Attorney X").
# A bracketed abbreviation after a name stays inside too ("The Ghana Private Road Transport
# Union (GPRTU), in a statement, warned").
# The titles written with a stop ("Sgt. Amy Reyes", "Det. Insp. John Ward"), and "St.":
# one look-behind for each length, as one for each title doubles the time a quotation
# takes to read.
# A firm's abbreviated legal form keeps its stop too ("Toyota Motor Corp. said").
_STOPPED_TITLES = {t[:-1] for t in TITLES if t.endswith(".") and "." not in t[:-1]} | {
    "St",
    *LEGAL_ABBREVIATIONS,
}
_TITLE_BEHIND = "|".join(
    rf"(?<=\b(?:{'|'.join(sorted(re.escape(t) for t in _STOPPED_TITLES if len(t) == n))}))"
    for n in sorted({len(t) for t in _STOPPED_TITLES})
)
_CHAR = (
    rf"(?:[^,.;:!?\"“”()]|(?<=\b[A-Z])\.|(?:{_TITLE_BEHIND})\."
    r"|(?<=\w)\.(?=\w)|(?<=\w )\([A-Z][A-Za-z&]{1,9}\))"
)
PHRASE = rf"[^\s,.;:!?\"“”()]{_CHAR}{{0,90}}?"
# A speaker after the verb ("said Lei Jun"): a few words, not a clause ("said that ...");
# a middle initial keeps its stop ("said coach Raymond O. Kaczmarek").
_TITLE_STOPS = "|".join(sorted(re.escape(t) for t in TITLES if t.endswith(".") and len(t) > 2))
_NAME_WORD = (
    r"(?:[A-Z]\.(?=\s+[A-Z])"
    # "said Dr. Ruth Adebayo-Klein": a title's stop too.
    rf"|(?:{_TITLE_STOPS})(?=\s+[A-Z])"
    r"|[^\s,.;:!?\"“”()]+)"
)
# No verb in it either: "said the Mariners had been “way too comfortable”" is a clause.
_NO_AUXILIARY = r"(?!(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does)\b)"
NAME_AFTER = rf"(?!that\b){_NAME_WORD}(?:\s+{_NO_AUXILIARY}{_NAME_WORD}){{0,5}}"

# Words that keep a source unnamed: "who asked not to be named", "on condition of anonymity".
ANONYMITY = re.compile(
    r"(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+anonymous"
    r"|on\s+condition\s+of\s+anonymity|declined\s+to\s+be\s+(?:named|identified))\b"
)

# How a description of the speaker opens ("the environment secretary, X,", "its chief
# executive, X,"); "Ørsted's chief executive, X," opens with a possessive.
DESCRIBING = frozenset({"the", "a", "an", "one", "another", "its", "his", "her", "their"})


def describes(first_word: str) -> bool:
    """Whether a phrase opening with `first_word` describes someone rather than names them."""
    return first_word.lower() in DESCRIBING or first_word.endswith(("'s", "’s"))


# The words that open a sentence after an initial's stop ("the U.S. Her father").
_OPENS_SENTENCE = (
    r"(?:He|She|His|Her|The|They|Their|It|Its|We|Our|I|A|An|But|And|In|On|At|After|When"
    r"|This|That|There)\b"
)
# ", the chief executive of Acme," between a speaker's name and the verb.
# Two parts at most: ", who came with his partner, the poet Siobhán Keating,". An
# initial's stop stays inside (", chief U.S. economist at Meridian,"; not "emigrated to
# the U.S. Her father, ...": a sentence's end).
APPOSITION = (
    rf"(?:(?:,(?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.(?!\s+{_OPENS_SENTENCE})"
    # a term or nickname quoted inside it: "who led the so-called “Gang of Ten” talks"
    rf"|(?<=\s)[\"“][^\"“”,.;:!?\n]{{1,40}}[\"”](?=\s)){{3,100}}){{1,2}},)?"
)
# What may follow "said X" before the clause ends: "on Monday", "in a statement".
_PREPOSITION = r"(?:on|in|at|to|during|after|before|when|while|from|last|this|outside)\b"
# No verb in it: "said at least 200 people had been held" is a reported clause.
_ADVERBIAL = (
    rf"(?:\s+{_PREPOSITION}(?!\s+(?:least|most)\b)"
    rf"(?:(?!\b(?:had|has|have|was|were|is|are|would|will|could|should|must)\b)"
    rf"[^.!?\"“”]){{0,80}})?"
)
# Words that start a clause, not a speaker: "...” but said", "...” and added".
_NOT_A_SUBJECT = (
    r"(?!(?:and|but|or|so|then|as|while|which|who|that|because|although"
    r"|to|have|has|had|be|been|being|is|are|was|were)\b)"  # "“...” to have finally told"
)
_WHO_VERB = (
    # Right after a quotation, "asked Pike" names who asked it; not "asked Keir Starmer to
    # meet them", whom.
    rf"(?P<verb1>{_QUOTE_VERB_FIRST}|(?P<ask>asked|asks))\s+"
    rf"(?(ask)(?![^,.;:!?]*?\s(?:to|for|whether|if|about|why|how|when|where)\s))"
    rf"(?P<who1>{NAME_AFTER}?)"
    # "said Tom Lisowski of the consultancy Brightline Partners": where they work follows.
    rf"(?=\s*(?:[,.;:!?]|$)|\s+{_PREPOSITION}|\s+of\s)"
    # Not "“...” response and said": a clause's "and", no speaker.
    rf"|{_NOT_A_SUBJECT}(?P<who2>{PHRASE})(?<!\band)(?<!\bbut)(?<!\bor){APPOSITION}\s+"
    rf"(?:also\s+|later\s+|then\s+|has\s+|had\s+|once\s+)?(?P<verb2>{_QUOTE_VERB})\b"
)
# After a closing mark, in the same sentence (use .match at the offset):
# "...," said Lei Jun. / "...," Lei Jun, the CEO, said on Monday.
SAID_AFTER = re.compile(rf"\s*[,—–-]?\s*(?:{_WHO_VERB})")
# After a quotation that ended its sentence, a sentence that is only an attribution:
# "...it." Lei said. / "...?" asked Ren.
SAID_AFTER_SENTENCE = re.compile(
    # "“...?” asked Rep. Gordon Pike, a Texas Republican.": an apposition may close it.
    rf"\s*[.!?]?\s*(?:{_WHO_VERB}){_ADVERBIAL}"
    rf"(?:,\s+(?:(?:an?|the|who|whose)\b|[A-Z])[^.!?\"“”]{{2,100}})?\s*[.!?]"
)
# Before an opening mark: "Lei said: " / "He told reporters, " / "said Lei: "
SAID_BEFORE = re.compile(
    rf"(?:(?P<who1>{PHRASE}){APPOSITION}(?P<adverb>\s+(?:also|later|then))?\s+(?P<verb1>{_QUOTE_VERB})"
    # "X said on a call with journalists:": a phrase with no verb in it before a colon.
    rf"(?:(?:\s+[\w’'-]+){{0,3}}?|\s+{_PREPOSITION}"
    r"(?:\s+(?!(?:that|had|has|have|was|were|is|are|would|will|could)\b)[\w’'.-]+){1,7}?(?=\s*:))"
    rf"|(?P<verb2>{_QUOTE_VERB_FIRST})\s+(?P<who2>{NAME_AFTER}))\s*[:,]?\s*(?:that\s+)?$"
)
# After the verb at a sentence's end ("..., wrote Lei Jun."): a name or "the minister".
# A description holds no verb: "said the results were broadly in line" is a clause.
NAMED = (
    rf"(?:the\s+[\w’'.-]+(?:\s+{_NO_AUXILIARY}[\w’'.-]+){{0,3}}"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
# The attribution closing the sentence a few quoted words sit in:
# Driven by “the goal,” its products should ..., wrote Lei Jun.
SAID_AT_END = re.compile(
    rf",\s+(?:(?P<who2>{PHRASE}){APPOSITION}\s+(?P<verb2>{VERB})|(?P<verb1>{VERB_FIRST})\s+(?P<who1>{NAMED}))"
    rf"{_ADVERBIAL}\s*[.!?][\"”’']?\s*$"
)
# What a sign, a banner or a crowd shows or cries, just before its words.
_SHOWING = (
    r"(?:\b(?:signs?|banners?|placards?|posters?|T-shirts?|t-shirts?|notices?|slogans?|graffiti"
    r"|cards?|billboards?|boards?)\b[^.!?\"“”]{0,30}?\b(?:read|reading|reads|saying|said)"
    r"|\b(?:chanted|chanting|chants|shouted|shouting))\s*:?\s*"  # not "singing" a song
)
_SIGN_OR_CHANT = re.compile(rf"{_SHOWING}$")


def shown_before(text: str, lo: int, opened: int) -> bool:
    """Whether a sign, a banner or a crowd shows or cries the words whose opening mark is at
    `opened` ("a banner reading “...”"), reading back no further than `lo`."""
    return _SIGN_OR_CHANT.search(text, max(lo, opened - 80), opened) is not None


# The second of a sign's or a chant's quotations: 'reading "A" and "B"'.
SHOWN_LIST = re.compile(
    rf"{_SHOWING}[\"“][^\"“”]{{1,60}}[\"”]"
    r"(?:\s*(?:,|and|or)\s*[\"“][^\"“”]{1,60}[\"”])*\s*(?:,|and|or)\s*$"
)
# Verbs of remembering, whose object is a memory or someone else's doing.
RECALLING = words("recalls recalled remembers remembered")
# Words before a few quoted words that make them something said or written, if by no
# one named: a banner reading "...", crowds chanting "...", a sign saying "...".
SHOWN_WORDS = re.compile(
    r"\b(?:read|reading|reads|saying|says|chanted|chanting|chants|shouted|shouting|shouts|"
    r"cried|crying|sang|singing|declaring|proclaiming|with the words)\s*:?\s*$"
)
# A speech or characterising verb anywhere in a sentence, with the words before it.
_PARTICIPLE_ALT = "|".join(sorted(CHARACTERISING_AFTER_COMMA, key=len, reverse=True))
VERB_IN_SENTENCE = re.compile(
    rf"(?<![\w-])(?P<verb>{VERB}|{CHARACTERISING_ALT}|(?<=,\s)(?:{_PARTICIPLE_ALT})"
    # "defended the refusal as “sound”": the verb characterises only with its "as" right
    # before the quotation (the pattern is searched up to the quotation mark)
    rf"|defend(?:ed|s)(?=\s[^,;.“”\"]{{1,60}}?\sas\s*$))\b"
)
_LETTERS = re.compile(r"[A-Za-z]+")
# The quick look's words for every reading of speech (direct.py's and reported.py's): the
# verbs of saying, and the base forms "does" and "did" take ("He does admit that ...").
_SPEECH_WORDS = SPEECH_VERBS | {"quoted", "according", "saying"} | words(
    "admit concede accept acknowledge insist claim"
)


def speech_word_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a verb of saying (or "according"): one quick look
    before the long attribution patterns, which most sentences and quotations fail.
    (A set of words: a regex alternation of ~150 verbs is slower than splitting.)"""
    return any(w.lower() in _SPEECH_WORDS for w in _LETTERS.findall(text, start, end))


ACCORDING_TO = re.compile(rf"\baccording to\s+(?P<who>{PHRASE})(?=\s*[,.;]|$)", re.IGNORECASE)


# Words that open a sentence before its subject: "In a statement, ...", "Asked why, ...".
OPENING_WORDS = words(
    "after before in on at during while when asked speaking opening closing writing "
    "responding replying addressing however meanwhile earlier later separately also "
    "elsewhere afterwards outside inside from with without across nearby beside behind "
    "beyond throughout according for"
)


# Prepositions that open a sentence before a phrase with no name in it ("Among the
# newcomers, Kofi Adjei-Brennan showed ..."; not "Among the rebels was Gareth Llewellyn,").
_OPENING_BEFORE_WORDS = words("among amid despite unlike as")  # "As for a listing, she ..."


def opening_phrase(words_: list[str]) -> bool:
    """Whether words before a comma open the sentence rather than name its subject: a
    preposition or linking word ("In a statement"), or a participle with its object
    ("Speaking to the Gazette", "Told of the remark"; "Sterling" alone is a name)."""
    if not words_:
        return False
    first = words_[0].lower()
    if first in OPENING_WORDS:
        return True
    if first in _OPENING_BEFORE_WORDS:
        return all(w.islower() for w in words_[1:])
    # "Asked about the deal", "Told of the remark": a question put to the subject.
    participle = first.endswith("ing") or first in _PUT_TO
    if len(words_) == 1:
        # "Sentencing, Judge Rosalind Thwaite said": a participle alone, when no name
        # ("Sterling", "Manning", "Cumming").
        word = words_[0]
        return (
            first.endswith("ing")
            and mostly_lower_case(word)
            and not is_given_name(word)
            and not name_strength(word)[1]
        )
    # Not "Shipping Minister Nurul Haque Mia", "Acting Chief Justice of Kenya Philomena
    # Mwilu": a title of words in capitals ("Congratulating President Tinubu on his
    # victory" opens the sentence).
    title = words_[1] in TITLES and all(w[:1].isupper() or w in ("of", "the") for w in words_)
    return participle and mostly_lower_case(words_[0]) and not title


# Participles of a question or news put to someone, which open a sentence about them
# (not "Retired teacher Linda Castellanos", a description).
_PUT_TO = frozenset({"asked", "told", "pressed", "questioned", "quizzed", "reminded", "shown"})


# Who is told something, named by what they are: "told reporters", "telling the jury".
LISTENERS = (
    r"reporters|journalists|delegates|lawmakers|parliament|MPs|investors|shareholders|analysts"
)
# A body or a gathering told something with no "that", before the clause's pronoun:
# "told the board he had lost", "told the local council she would resign".
GATHERINGS = (
    r"board|court|committee|council|jury|inquiry|inquest|hearing|tribunal|panel|meeting"
    r"|conference|audience|crowd|assembly|senate|house|magistrates|judge|police|officers"
    r"|investigators|rally|summit|gathering|chamber|congregation"
)
