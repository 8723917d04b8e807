"""What looks like a number but is not a figure: URLs, times, phone numbers, versions, codes.

These are character ranges computed once per text; the grammar skips any
number that falls inside one. Model numbers need the surrounding words, so
they are decided in the grammar (see `is_model_number`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.extract.anchored import DIGITS_START, matches
from reader.extract.figures.lexicon import (
    AMBIGUOUS_MONTHS,
    COMMON_CAPITALISED,
    CRICKET_WORDS,
    CURRENCY_PREFIX,
    DURATION_UNITS,
    LOOSE_LETTER_PREFIXES,
    LOOSE_SCALES,
    MODEL_SUFFIXES,
    MONTHS,
    SCALES,
    SCORE_FOLLOWERS,
    SPACED_CODES,
    TENS_WORDS,
    UNITS_WORDS,
)
from reader.extract.figures.money import rand_at
from reader.extract.figures.numbers import Token, glued

_TLD = (
    r"\.(?:com|net|org|cn|hk|io|co|uk|jp|de|fr|gov|edu|info|biz|tv"
    r"|me|ai|app|dev|news|tw|sg|in|au|kr|ru|us|eu|ly|gg|xyz|site|online|tech)\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Domains: name.tld with a known top-level domain ("36kr.com", "news.qq.com").
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*" + _TLD, re.IGNORECASE)
_HANDLE = re.compile(r"[#@]\w+")
_BLOCKED = [
    re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE),
    _EMAIL,
    _DOMAIN,
    _HANDLE,
    # Times of day.
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.IGNORECASE),
    re.compile(r"\b\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE),
    re.compile(r"\b\d{1,2}\s?o['’]clock", re.IGNORECASE),
    # Phone numbers: an international prefix, an area code in brackets, or
    # three or more digit groups.
    re.compile(r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,}\d"),
    re.compile(r"\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}"),
    # "call 0800 123", "calling 01632 960812" (after "calling" a leading 0 or +: not
    # "calling 2023-24 the worst season"). `_REQUIRED` and `_STARTS` name patterns by index.
    re.compile(
        r"\b(?:(?:tel|phone|call|hotline|fax|mobile|whatsapp)\b[.:]?\s*\d"
        r"|(?:calling|ringing|dialling|dialing|phoning)\s+[0+])[\d\s-]{5,}\d",
        re.IGNORECASE,
    ),
    # Version strings.
    re.compile(r"\bv?\d+\.\d+\.\d+(?:\.\d+)*\b", re.IGNORECASE),
    re.compile(r"\b(?:version|ver\.?|v)\s?\d+(?:\.\d+)*\b", re.IGNORECASE),
]
_PHONE_LIKE = re.compile(r"\b\d{2,4}(?:[ .-]\d{2,4}){2,}\b")
_BLOCKED.append(_PHONE_LIKE)
# Times of day written as news agencies write them: "1300 GMT", "13.00 BST", "0930
# local time", "from 2100 to 0600 hours", and four digits with a leading zero ("0001").
# One pattern, tried at each run of digits: most articles have none.
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_HHMM_SPAN = rf"{_HHMM}(?:\s*(?:-|–|to|until|and)\s*{_HHMM})?"
_ZONE = (
    r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|"
    r"JST|KST|HKT|SGT|AEST|AEDT|AWST|MSK|WAT|CAT|EAT|SAST|GST|local time|"
    r"gmt|utc|bst|cet|edt)\b"  # the last: lower-cased wire copy ("at 1600 gmt")
)
_AT_TIME = "|".join(
    rf"(?<=\b{p} )" for p in ("at", "by", "to", "from", "until", "till", "after", "before",
                              "around", "since", "about")
)  # fmt: skip
_NEWS_TIME = re.compile(
    # Four digits or "13.00" first: at any other run of digits this fails at once. Never
    # a number's decimals ("8.0920 yuan per dollar" is no "0920").
    r"(?<!\d[.,])(?=\d{4}(?!\d)|\d{1,2}[.:][0-5]\d)(?:"
    rf"\b{_HHMM_SPAN}\s*{_ZONE}"
    rf"|\b\d{{1,2}}[.:][0-5]\d\s*{_ZONE}"
    # "at 1500 (0600 GMT)": the local time, with the zone's in brackets after it
    rf"|\b{_HHMM}(?=\s*\(\s*{_HHMM}\s*{_ZONE}\s*\))"
    rf"|(?:{_AT_TIME}){_HHMM_SPAN}\s*(?:hours|hrs|hr|h)\b"
    # "at about 2215 on Friday": police and court copy's time of an incident (not "rose
    # to 1200 on Friday", an index, nor "a crowd of about 1500 on Saturday")
    rf"|(?:(?<=\bat )|(?<=\bat about )|(?<=\bat around )){_HHMM}"
    r"(?= on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"|\b0\d[0-5]\d\b(?![.,]\d))"
)
_BLOCKED.append(_NEWS_TIME)
# A golfer's score against par and a horse's odds: "finished 18 under par", "shot a
# seven-under-par 65", "a 14-1 shot", "the 7-2 favourite".
_PAR_OR_ODDS = re.compile(
    r"\b\d{1,2}\s+(?:under|over)\s+par\b"
    r"|(?:(?<=under-par )|(?<=over-par )|(?<=level-par ))\d{2}\b"
    r"|(?<![£$€¥])\b\d{1,3}-\d{1,2}\s+(?:joint[- ])?"
    r"(?:shot|favourite|favorite|outsider|chance|punt|bet)\b"
    # "to finish on 14 under", "at three over, two behind": a total against par, "par"
    # unsaid, where the clause ends or goes on (not "rose to 18 over Christmas", "46
    # over two nights", "22 under Mr Johnson")
    r"|(?:(?<=\bon )|(?<=\bat )|(?<=\bto ))\d{1,2}\s+(?:under|over)(?=[,.;:)]|\s*$"
    r"|\s+(?:and|after|with|for|going|heading|alongside|behind|ahead|in|at|to)\b)"
    # "on 12-under 276": a total against par and the strokes it took
    r"|\b\d{1,2}-(?:under|over)\s+\d{3}\b(?![,.]\d)"
)
_BLOCKED.append(_PAR_OR_ODDS)
# An American address's block ("the 1400 block of Eastern Avenue") and a shooting
# split ("on 14-of-27 shooting").
_BLOCK_OR_SPLIT = re.compile(r"\b\d{2,5}\s+block\s+of\b|\b\d{1,3}-(?:of|for)-\d{1,3}\b")
_BLOCKED.append(_BLOCK_OR_SPLIT)
# A number to send a text message's keyword to: "text AID to 85222", "SMS HELP to 61016"
# (not "sent the text to 8000 customers").
_SHORTCODE = re.compile(r"\b(?:[Tt]ext|TEXT|[Tt]xt|SMS)\s+[A-Z][A-Z0-9]{1,11}\s+to\s+\d{4,6}\b")
_BLOCKED.append(_SHORTCODE)
# A bowler's figures, wickets for runs: "Simon Jones took five for 44", "figures of 4 for 23".
_BOWLING = re.compile(
    r"(?:(?<=\btook )|(?<=\btakes )|(?<=\btaking )|(?<=\bclaimed )|(?<=\bfigures of )"
    r"|(?<=\bfinished with )|(?<=\bfinishing with )|(?<=\breturned ))"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+for\s+\d{1,3}"
    r"|\d{1,2}-\d{1,3})(?!,\d)"  # "Flintoff took 5-78"; not "12 for 1,000 people"
    # Then nothing the runs would measure: the sentence goes on ("as England ...", "in
    # the second innings") or ends; not "takes 6-8 weeks", "took 40-45 seats", "10-15%".
    r"(?=[,.;:)]|\s*$|\s+(?:as|in|and|on|to|for|from|with|against|before|after|while|"
    r"when|at|during|off|the|his|her|their|but|including)\b)"
)
_BLOCKED.append(_BOWLING)
# An innings' runs for its wickets: "Pakistan posted 287 for six in their 50 overs", "were
# 120 for 3 at lunch", "wobbling at 92 for four before" (not "was 10 for two people").
_RUNS_FOR_WICKETS = r"\d{1,3}\s+for\s+(?:one|two|three|four|five|six|seven|eight|nine|\d)\b"
_INNINGS = re.compile(
    r"(?:(?<=\bposted )|(?<=\bmade )|(?<=\breached )|(?<=\bwere )|(?<=\bwas )"
    r"|(?<=\bclosed on )|(?<=\bfinished on )|(?<=\bended on )|(?<=\bresumed on ))"
    + _RUNS_FOR_WICKETS
    + r"(?=[,.;:)]|\s*$|\s+(?:in|at|off|from|with|before|after|when|as|and|declared|dec|overs?"
    r"|but|against)\b)"
    # "wobbling at 92 for four before Raza hit out": after "at", only with the innings
    # going on after it (not "priced at 20 for two.")
    r"|(?<=\bat )"
    + _RUNS_FOR_WICKETS
    + r"(?=\s+(?:before|after|when|as|at|in|with|against|and)\b)"
)
_BLOCKED.append(_INNINGS)
# A service number to call ("call 105, quoting ...", "dial 999 or 111", "report scams by
# calling 901."), not a count of anything ("call 12 witnesses" has its noun); generations
# of mobile networks ("5G").
_SERVICE_NUMBER = re.compile(
    r"\b(?:[Cc]all(?:ing)?|[Dd]ial(?:l?ing)?|[Rr]ing(?:ing)?)\s+\d{3,6}(?:\s+or\s+\d{3,6})?"
    r"(?=\s*(?:[,.;:)]|$)|\s+quoting\b)"  # not "call 100 or more witnesses"
)
_BLOCKED.append(_SERVICE_NUMBER)
_NETWORK = re.compile(r"\b[2-6]G\b")
_BLOCKED.append(_NETWORK)
# A run chase's target, a score: "chasing a target of 350", "set a victory target of 287"
# (not "a target of 350 homes", "a target of 2%").
_RUN_TARGET = re.compile(
    r"\b(?:chasing|chased|chase|victory|winning|fourth-innings)\s+(?:an?\s+)?"
    r"(?:victory\s+|winning\s+)?target\s+of\s+\d{2,3}\b(?![.,]\d)"
    r"(?=\s*[,.;:)]|\s+(?:in|off|from|with|on|at|and|but|before|after|when|as)\b)"
)
_BLOCKED.append(_RUN_TARGET)
# Text each pattern cannot match without, as a pattern that starts with a
# literal or a character class (which the regex engine scans for quickly, unlike
# a leading \b): most articles have no address, time or phone number, and
# finding that out is much cheaper than running the full pattern.
_REQUIRED = {
    # "://" or "www." in any case.
    _BLOCKED[0]: re.compile(r"://|\.(?<=[wW]{3}\.)"),
    _EMAIL: re.compile("@"),
    _DOMAIN: re.compile(_TLD, re.IGNORECASE),
    _HANDLE: re.compile("[#@]"),
    _BLOCKED[4]: re.compile(r":\d"),
    _BLOCKED[9]: re.compile(r"\d[\d\s-]{5,}\d"),
    _BLOCKED[10]: re.compile(r"\.\d+\.\d"),
    _PAR_OR_ODDS: re.compile(
        r"[ -]par\b|\d (?:joint.)?(?:shot|favou?rite|outsider|chance|punt|bet)\b"
        r"|\d[ -](?:under|over)\b"
    ),
    _SHORTCODE: re.compile(r"(?:[Tt]e?xt|TEXT|SMS)\s"),
    _BOWLING: re.compile(
        r" for \d|(?:took|takes|taking|claimed|figures of|with|returned) \d{1,2}-\d"
    ),
    _BLOCK_OR_SPLIT: re.compile(r" block of|\d-(?:of|for)-\d"),
    _INNINGS: re.compile(r"\d for [a-z\d]"),
    _SERVICE_NUMBER: re.compile(r"(?:all|ial|ing) \d"),
    _NETWORK: re.compile(r"\dG\b"),
    _RUN_TARGET: re.compile(r"target of \d"),
}
# Where the patterns that open with a boundary can start (see `anchored`): the
# regex engine alone would try them at every position of the text. The runs of
# digits are found once per article for several patterns here and in the date
# grammars, which makes trying these patterns there cheaper than a test first.
_VERSION_START = re.compile(r"[vV](?<!\w[vV])")
_STARTS = {
    _BLOCKED[4]: DIGITS_START,
    _BLOCKED[5]: DIGITS_START,
    _BLOCKED[6]: DIGITS_START,
    _BLOCKED[10]: re.compile(r"[vV\d](?<!\w[vV\d])"),
    _BLOCKED[11]: _VERSION_START,
    _PHONE_LIKE: DIGITS_START,
    _NEWS_TIME: DIGITS_START,
    _PAR_OR_ODDS: DIGITS_START,
}
# URLs, addresses and handles: the only blocks that also stop dates.
WEB_PATTERNS = _BLOCKED[:4]
OTHER_PATTERNS = _BLOCKED[4:]


def blocked_spans(
    text: str, patterns: list[re.Pattern[str]] | None = None
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in patterns if patterns is not None else _BLOCKED:
        required = _REQUIRED.get(pattern)
        if required is not None and not required.search(text):
            continue
        for m in matches(pattern, _STARTS.get(pattern), text):
            if pattern is _PHONE_LIKE and not _phone_like(m.group()):
                continue
            spans.append((m.start(), m.end()))
    spans.sort()
    return spans


def _phone_like(s: str) -> bool:
    # "10 20 30" is a list, "2020-2021-2022" years; a phone has eight digits or more.
    digits = sum(c.isdigit() for c in s)
    return digits >= 8 and not re.fullmatch(r"(?:1[89]|20)\d\d(?:[ .-](?:1[89]|20)\d\d)+", s)


_NUMBER_WORDS = set(UNITS_WORDS) | set(TENS_WORDS)
# The heads of a wire earnings table's lines: "Shr 42 cts vs 35 cts", "Revs 212.4 mln",
# "Oper shr 1.10 dlrs"; their numbers are the results, not a model's ("Net" and "Div" open
# ordinary phrases too: "Net 30 terms", "Div 1 champions").
_EARNINGS_HEADS = frozenset({"shr", "shrs", "revs", "oper", "qtly"})


def _is_brand_word(tok: Token, title_line: bool) -> bool:
    """A capitalised word that can name a product line ("Xiaomi", "iPhone", "Group")."""
    text = tok.text
    if not text[0].isalpha():
        return False
    has_capital = any(c.isupper() for c in text)
    if not has_capital:
        return False
    low = tok.lower
    # A month before a number reaches here only when the date grammar turned it
    # down ("Lei Jun 12"): then it is part of a name.
    if low in COMMON_CAPITALISED or (low in MONTHS and low not in AMBIGUOUS_MONTHS):
        return False
    if low in _NUMBER_WORDS or low in _EARNINGS_HEADS:
        return False
    # Letters that are money only glued to the number ("Sk19,068", "DM5") name a model
    # with a space ("the Sk 41 trainer").
    if (low in CURRENCY_PREFIX and low not in LOOSE_LETTER_PREFIXES) or low in SCALES:
        return False
    if low in DURATION_UNITS:
        return False
    if text.endswith(("'s", "’s", "s'")):
        return False
    # In a headline every word is capitalised: a verb ("Sells 170 Million") is no brand.
    return not (title_line and (low.endswith(("s", "ed", "ing")) and not text.isupper()))


_WIRE_AMOUNT_AFTER = frozenset({"mln", "bln", "dlrs", "dlr", "cts", "stg", "pct"})
# Time counted in the plural after a number: a duration, whatever capital comes before.
_PLURAL_DURATIONS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years"})


# Scale words that make a number before them an amount: "million", "bn", "crore" (not
# "hundred" or "thousand", nor "m" and "k", which a model's name may end in).
_WORD_SCALES = frozenset(SCALES) - LOOSE_SCALES - {"hundred", "thousand", "lakhs", "crores"}


def is_model_number(
    tokens: list[Token], i: int, end: int, *, title_line: bool, sentence_initial_prev: bool
) -> bool:
    """The number tokens[i:end] name a model or a thing ("Xiaomi 12", "Group 7", "12 Pro")."""
    # "21 days" in lower case; not "the Le Mans 24 Hours", a title's words.
    counted_time = end < len(tokens) and tokens[end].text in _PLURAL_DURATIONS
    # "fined Hanbit Telecom 11.2 billion won": a number and its scale word are an amount.
    scaled = i + 1 < len(tokens) and tokens[i + 1].lower in _WORD_SCALES
    if i > 0 and not glued(tokens, i) and not counted_time and not scaled:
        prev = tokens[i - 1]
        if (
            _is_brand_word(prev, title_line)
            and not (sentence_initial_prev and prev.lower in COMMON_CAPITALISED)
            # "Net 18.6 mln dlrs", "Div 12 cts": a wire table's line, by what follows
            and not (
                prev.lower in ("net", "div")
                and end < len(tokens)
                and tokens[end].lower in _WIRE_AMOUNT_AFTER
            )
        ):
            return True
    if end < len(tokens):
        nxt = tokens[end]
        if nxt.lower in MODEL_SUFFIXES and (nxt.text[0].isupper() or nxt.text == "+"):
            # "12 Pro", "15 Ultra"; a lone capital letter after a space only
            # when another model number came just before ("12 and 12 S").
            return len(nxt.text) > 1 or nxt.text == "+" or glued(tokens, end)
    # "Boeing 737-800": the variant after a model's hyphen is the model's too.
    if (
        i >= 3
        and tokens[i - 1].text == "-"
        and glued(tokens, i)
        and glued(tokens, i - 1)
        and tokens[i - 2].is_digits
        and (
            (not glued(tokens, i - 2) and _is_brand_word(tokens[i - 3], title_line))
            or (glued(tokens, i - 2) and tokens[i - 3].text[:1].isupper())  # "A320-200"
        )
    ):
        return True
    # "Xiaomi 12 and 12 Pro", "iPhone 14 or 15": the second number continues the first.
    if i >= 3 and tokens[i - 1].lower in ("and", "or", ",", "/", "&") and tokens[i - 2].is_digits:
        before = tokens[i - 3]
        if _is_brand_word(before, title_line) or before.lower in MODEL_SUFFIXES:
            return True
    return False


def is_code(tokens: list[Token], i: int, end: int) -> bool:
    """Digits glued to letters that are not a unit: '5G', 'G20', 'COVID-19', 'A320'."""
    tok = tokens[i]
    if not tok.is_digits:
        return False
    if i > 0 and glued(tokens, i):
        prev = tokens[i - 1]
        if (
            prev.is_word
            and (prev.lower not in CURRENCY_PREFIX or prev.lower in SPACED_CODES)
            and not rand_at(tokens, i - 1)
        ):
            return True  # "A380", "R101", "COP29"; not "R120m"; "A$40" has its own "$"
        if prev.text in ("-", "/") and i > 1 and glued(tokens, i - 1):
            before = tokens[i - 2]
            if before.is_word and before.text[0].isupper():
                return True  # "COVID-19", "F-35"
            if prev.text == "-" and before.lower in ("under", "over"):
                return True  # "under-16s", "the over-50s": an age group, not a count
            if (
                prev.text == "-"
                and before.is_word
                and before.lower not in ("to", "and", "or")  # "15-to-20-hour"
                and i > 3
                and glued(tokens, i - 2)
                and tokens[i - 3].text == "-"
                and tokens[i - 4].is_digits
            ):
                return True  # "No. 4:21-cv-01187": a docket number's last part
        if prev.text in (".", "_"):
            return True
        if prev.text == "*":
            return True  # "dial *544#": a USSD code
        if (
            prev.text == "-"
            and i > 1
            and glued(tokens, i - 1)
            and len(tokens[i - 2].text) > 1
            and tokens[i - 2].text[0] == "0"
            and tokens[i - 2].text.isdigit()
        ):
            return True  # "#01-10", "0161-10": a unit or line number, not a range
    if i + 1 < len(tokens) and tokens[i + 1].start == tok.end:
        nxt = tokens[i + 1]
        if nxt.text in ("_",) or (
            nxt.text == "."
            and i + 2 < len(tokens)
            and tokens[i + 2].start == nxt.end
            and tokens[i + 2].is_word
        ):
            return True
        if nxt.text == "-" and i + 2 < len(tokens) and tokens[i + 2].lower == "octane":
            return True  # "87-octane": a fuel's grade
        if nxt.text == "-" and _LETTER_SEGMENT.match(
            "".join(t.text for t in _glued_run(tokens, i + 1))
        ):
            return True  # "2021-L-004417", "12-B-7": a case or part number
    if (
        len(tok.text) >= 5
        and tok.text.isdigit()
        and i + 1 < len(tokens)
        and tokens[i + 1].is_word
        and tokens[i + 1].text[:1].isupper()
    ):
        # "the 12951 Mumbai Rajdhani": a train's, a flight's or a form's number; news
        # writes a count this large with separators ("12,951 people").
        return True
    # "2024 YR7", "1998 KY26": a minor planet's designation.
    return (
        len(tok.text) == 4
        and i + 1 < len(tokens)
        and not glued(tokens, i + 1)
        and _DESIGNATION.match(tokens[i + 1].text + _glued_text(tokens, i + 2)) is not None
    )


# After a number: a hyphen, capital letters, a hyphen and digits ("-L-004417").
_LETTER_SEGMENT = re.compile(r"-[A-Z]{1,3}-\d+(?!\w)")
# A year, then a half-month letter, a letter and digits: how a minor planet is first
# named ("2024 YR4"). One letter is too loose: "in 2020 G7 leaders met".
_DESIGNATION = re.compile(r"[A-HJ-Y][A-Z]\d{1,3}(?!\w)")


def _glued_run(tokens: list[Token], i: int) -> list[Token]:
    """Tokens from i on that touch each other (one written word)."""
    run = [tokens[i]]
    while i + 1 < len(tokens) and glued(tokens, i + 1):
        i += 1
        run.append(tokens[i])
    return run


def _glued_text(tokens: list[Token], i: int) -> str:
    """The text glued on at token i ("7" of "YR" "7"), or "" when there is none."""
    if i >= len(tokens) or not glued(tokens, i):
        return ""
    return "".join(t.text for t in _glued_run(tokens, i))


# Lower-case nouns a number after them labels rather than counts: "junction 12",
# "platform 9", "chapter 11", "phase 3", "category 5", "week 12 of the season".
_NUMBERING_NOUNS = frozenset({
    "junction", "junctions", "platform", "platforms", "gate", "gates", "terminal", "route",
    "page", "pages", "chapter", "chapters", "article", "articles", "section", "sections",
    "clause", "clauses", "paragraph", "room", "flat", "exit", "pier", "lane", "seat",
    "category", "tier", "stage", "phase", "grade", "level", "ward", "bus", "flight",
    "round", "game", "episode", "series", "season", "volume", "week", "day", "number",
    "no", "no.", "hole", "holes", "track", "channel", "reference", "ref", "type",
    "band",  # a pay grade: "most band 5 staff"
})  # fmt: skip
# Capitalised stages of schooling and of graded schemes, which a number after them
# names: "Year 11 students", "Grade 12", "Level 4 restrictions", "Key Stage 2".
_SCHOOL_STAGES = frozenset({"Year", "Grade", "Form", "Level", "Class", "Stage", "Standard"})
# Words before "Year" that make it a name of its own: "New Year", "Tax Year".
_YEAR_NAMES = frozenset({
    "New", "Tax", "Financial", "Fiscal", "Academic", "Calendar", "Lunar", "Chinese", "Jewish",
    "Islamic", "Leap", "Gap", "Holy", "Jubilee", "Olympic", "Model", "Base", "Light",
})  # fmt: skip
_COMPASS_LETTERS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})
_STREET_WORDS = frozenset({
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Close", "Way",
    "Place", "Crescent", "Terrace", "Gardens", "Square", "Boulevard", "Parade", "Row",
    "Grove", "Mews", "Blvd", "Pkwy", "Hwy", "Ct",
})  # fmt: skip
# A US bill's chamber letters before its number.
_BILL_PREFIXES = ("H.R.", "H.B.", "S.B.", "A.B.", "H.Res.", "S.Res.")
_CONTINUING = frozenset({"and", "or", "to", "-", "–", "&"})  # not ",": "on day 3, 500 died"
# What a code a number after it is, or a listing's "under": "stock code 2891", "area code
# 020", "listed under code 2222" (not "under the code 40 firms were fined").
_CODE_KINDS = frozenset({
    "stock", "ticker", "area", "dialling", "dialing", "country", "post", "postal", "zip",
    "sort", "product", "short", "access", "promo", "discount", "booking", "under",
})  # fmt: skip
# Words after a number to call or text that say it is one: "the 1930 helpline within
# the first hour", "text to 70405 costs £5".
_AFTER_A_NUMBER_TO_CALL = frozenset({
    "on", "within", "to", "and", "or", "is", "was", "which", "that", "for", "number", "in",
    "at", "by", "has", "had", "will", "can", "costs", "cost", "until", "before", "from",
})  # fmt: skip
# What a short code is sent by: "by text to 70405", "texting to 61016".
_TEXTING = frozenset({"text", "texts", "texting", "sms", "txt"})
# Emergency and helpline numbers before what they are ("a 999 call", "calls to 911").
_SERVICE_NUMBERS = frozenset({"999", "911", "112", "111", "101", "000"})
_SERVICE_WORDS = frozenset({
    "call", "calls", "caller", "callers", "line", "lines", "operator", "operators",
    "handler", "handlers", "service", "services", "number",
})  # fmt: skip

# Words a phone number follows after "on": "can be reached on 112", "call the helpline on
# 0800 ..." (the word just before "on" only).
_REACHED_WORDS = frozenset({
    "reached", "contacted", "ring", "rang", "phone", "phoned", "call", "called", "text",
    "dial", "line", "number", "helpline", "hotline",
})  # fmt: skip


def is_label(tokens: list[Token], i: int, end: int) -> bool:
    """The number tokens[i:end] labels something rather than counting it: after a
    numbering noun ("junctions 10 and 11"), or a service's phone number ("a 999 call")."""
    if i == 0:
        return False
    if tokens[i - 1].lower in ("dial", "dialled", "dialed", "dialling", "dialing"):
        return True  # "Victims should dial 1930": a number to dial, whatever it looks like
    if tokens[i - 1].lower in ("code", "codes") and i > 1 and tokens[i - 2].lower in _CODE_KINDS:
        return True  # "trading under the stock code 2891", "the area code 020"
    after = tokens[end].lower if end < len(tokens) else ""
    then = tokens[end + 1].lower if end + 1 < len(tokens) else ""
    if (
        end == i + 1
        and tokens[i].text.isdigit()
        and after in ("helpline", "hotline")
        and tokens[i - 1].lower in ("the", "on", "call", "a")
        # not the helpline's staff, report or data ("500 helpline volunteers", "the 2023
        # hotline report"): its number, then no noun of its own
        and not (then[:1].isalpha() and then not in _AFTER_A_NUMBER_TO_CALL)
    ):
        return True  # "the 1930 helpline": the number to call (a count is "1,930 helplines")
    if (
        end == i + 1
        and tokens[i].text.isdigit()
        and 4 <= len(tokens[i].text) <= 6
        and tokens[i - 1].lower == "to"
        and i > 1
        and tokens[i - 2].lower in _TEXTING
        # the message's end or a verb: not "sent the text to 8000 people"
        and (
            not after[:1].isalpha() or after.endswith("ed") or after in _AFTER_A_NUMBER_TO_CALL
        )
    ):
        return True  # "donations by text to 70405 closed": a short code
    if tokens[i].text in _SERVICE_NUMBERS and end == i + 1:
        after = tokens[end].lower if end < len(tokens) else ""
        before = tokens[i - 1].lower
        if after in _SERVICE_WORDS or before in ("called", "call"):
            return True
        if before == "to" and i > 1 and tokens[i - 2].lower in _SERVICE_WORDS:
            return True  # "calls to 999"
        if before == "on" and i > 1 and tokens[i - 2].lower in _REACHED_WORDS:
            return True  # "can be reached on 112", "the helpline on 111"
    if tokens[i - 1].text == "." and "".join(
        t.text for t in tokens[max(0, i - 4) : i]
    ).endswith(_BILL_PREFIXES):
        return True  # "H.R. 8070", "S.B. 12": a bill's number
    j = i - 1
    # "junctions 10 and 11": the second number continues the first label.
    if tokens[j].lower in _CONTINUING and j >= 2 and tokens[j - 1].is_digits:
        j -= 2
        while j >= 1 and tokens[j].lower in _CONTINUING and tokens[j - 1].is_digits:
            j -= 2
    prev = tokens[j]
    if prev.text in ("No", "Nos") or (
        prev.text == "." and j > 0 and tokens[j - 1].text in ("No", "Nos")
    ):
        return True  # "the No 38 bus", "world No. 1"
    if (
        prev.text in _SCHOOL_STAGES
        and tokens[i].text.isdigit()
        and int(tokens[i].text) <= 13
        # not "New Year 14 people", "Tax Year 12 million" (but "In Year 9 students")
        and not (j > 0 and tokens[j - 1].text in _YEAR_NAMES)
    ):
        return True  # "Year 11 students", "NCEA Level 1", "Grade 12 pupils"
    if (
        prev.is_word
        and prev.text == prev.lower
        and prev.lower in _NUMBERING_NOUNS
        and "," not in tokens[i].text  # "will seat 1,200 people": no label has thousands
        # "the flat 5% royalty", "a round 10 per cent": a share, no label's number
        and not (end < len(tokens) and tokens[end].lower in ("%", "per", "percent", "pct"))
        and not _seats_people(tokens, j, end)
        # "left the band 30 years ago": a music band, then how long.
        and not (prev.lower == "band" and end < len(tokens) and tokens[end].lower in DURATION_UNITS)
    ):
        return True
    return _street_after(tokens, end)


# What stands before "seat" the verb ("the jet will seat 180 passengers"), not the noun
# ("in seat 14").
_BEFORE_VERB = frozenset({
    "to", "will", "can", "could", "would", "may", "might", "should", "must", "and", "which",
    "that",
})  # fmt: skip


def _seats_people(tokens: list[Token], j: int, end: int) -> bool:
    """ "will seat 180 passengers": "seat" the verb, with what it seats after the number."""
    return (
        tokens[j].lower == "seat"
        and j > 0
        and tokens[j - 1].lower in _BEFORE_VERB
        and end < len(tokens)
        and tokens[end].is_word
        and tokens[end].text == tokens[end].lower
    )


def _street_after(tokens: list[Token], end: int) -> bool:
    """ "14 Main Street", "10 Downing Street": a house's number before its street (never
    with thousands: "2,700 Hollywood Walk of Fame stars")."""
    if "," in tokens[end - 1].text:
        return False
    # "4100 S. Peoria Ave.": an American street's direction and its stop before the name.
    compass = end + 1 < len(tokens) and tokens[end].text in _COMPASS_LETTERS
    stop = compass and tokens[end + 1].text == "."
    for j in range(end, min(len(tokens), end + (5 if stop else 4))):
        tok = tokens[j]
        if stop and j == end + 1:
            continue
        if not (tok.is_word and tok.text[:1].isupper()):
            return False
        if j > end and tok.text in _STREET_WORDS:
            return True
    return False


# What comes before a team's or batter's total in cricket: "bowled out for 187",
# "top-scoring on 64" (tokens "top", "-", "scoring"), "dismissed for 92": a score, as
# "3-1" is.
_INNINGS_BEFORE = frozenset(
    {("out", "for"), ("dismissed", "for"), ("scoring", "on"), ("scoring", "with"),
     ("scored", "with"), ("scorer", "with"), ("unbeaten", "on")}
)  # fmt: skip


# What may follow an innings total that is no noun it counts: "out for 289 shortly after
# tea", "dismissed for 92 on the second morning".
_AFTER_INNINGS = frozenset({
    "on", "in", "at", "after", "before", "shortly", "just", "early", "late", "midway",
    "within", "during", "inside", "with", "as", "when", "and", "but", "by", "chasing",
})  # fmt: skip


# What a team's unbeaten run is counted in.
_RUN_OF_GAMES = frozenset({
    "games", "matches", "fixtures", "outings", "starts", "bouts", "fights", "races", "seasons",
    "years", "months", "weeks", "days", "straight", "consecutive", "successive", "league",
})  # fmt: skip


_WICKETS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _cricket_near(tokens: list[Token], i: int) -> bool:
    """Whether a cricket report's words stand within 25 tokens of token i ("runs",
    "wickets", "bowled", or a score such as "40 for two")."""
    near = tokens[max(0, i - 25) : i + 25]
    return any(t.lower in CRICKET_WORDS for t in near) or any(
        a.is_digits and b.lower == "for" and (c.is_digits or c.lower in _WICKETS)
        for a, b, c in zip(near, near[1:], near[2:], strict=False)
    )


def is_innings_total(tokens: list[Token], i: int, end: int) -> bool:
    """A bare run total at tokens[i:end] ("bowled out for 187", "Rao's unbeaten 148"): no
    noun after it, and no year ("the unbeaten 1972 Miami Dolphins", "out for 2024")."""
    if is_year_digits(tokens[i].text):
        return False
    if i >= 1 and tokens[i - 1].lower == "unbeaten":
        after = tokens[end] if end < len(tokens) else None
        if after is not None and after.text in ("-", "–"):
            return False  # "the unbeaten 26-year-old": an age
        # Not "an unbeaten 14 matches", "unbeaten 14 Premier League matches in a row": a
        # run of games, counted, up to the next punctuation.
        for tok in tokens[end : end + 5]:
            if not tok.is_word:
                break
            if tok.lower in _RUN_OF_GAMES:
                return False
        return True
    if (
        end + 2 < len(tokens)
        and tokens[end].lower == "off"
        and tokens[end + 1].is_digits
        and tokens[end + 2].lower in ("balls", "deliveries")
    ):
        return True  # "making 87 off 141 balls": a batter's runs
    if (
        end == i + 1
        and i >= 1
        and tokens[i - 1].lower in ("chasing", "chased")
        and len(tokens[i].text) <= 3
        and _cricket_near(tokens, i)
    ):
        pass  # "bowled out for 241 chasing 288 at Newlands": a run chase's target
    elif i < 2 or (tokens[i - 2].lower, tokens[i - 1].lower) not in _INNINGS_BEFORE:
        return False
    return end >= len(tokens) or not tokens[end].is_word or tokens[end].lower in _AFTER_INNINGS


# What may stand between "of" and the whole a part is counted against: "218 of the 403
# seats", "21 of its 40 runners".
_OF_WHOLE = frozenset({"the", "its", "their", "his", "her", "our", "those", "these"})


def is_part_of_whole(tokens: list[Token], i: int, end: int) -> bool:
    """A bare number before "of" and another number ("won 218 of the 403 seats", "Just 21
    of the 40 runners", "218 of a possible 403"): the part is read in the whole's figure,
    not counted on its own. Not an age before an address ("aged 34 of 12 Church Lane"),
    nor a part of a year's people ("12 of the 2012 Olympians")."""
    j = end
    if j + 1 >= len(tokens) or tokens[j].lower != "of" or (i > 0 and tokens[i - 1].lower == "aged"):
        return False
    j += 1
    if tokens[j].lower in _OF_WHOLE:
        j += 1
    elif tokens[j].lower == "a" and j + 1 < len(tokens) and tokens[j + 1].lower == "possible":
        j += 2
    if j < len(tokens) and tokens[j].lower.endswith(("'s", "’s")):
        j += 1  # "51 of Holyrood's 129 seats", "3 of the party's 12 MPs"
    if j >= len(tokens) or not tokens[j].is_digits or is_year_digits(tokens[j].text):
        return False
    return not _street_after(tokens, j + 1)


def is_year_digits(text: str) -> bool:
    """Four digits that may be a year of news ("1972", "2024")."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def score_end(tokens: list[Token], i: int, sports: Callable[[int], bool]) -> int:
    """'3-1', '24-17', '112-104' from token i, a result in sport rather than a range or
    two figures -> index past it, else 0.

    A high-low pair ("24-17") is never a range; a low-high or level one ("1-1", "2-3")
    is a score when the sentence is about sport (`sports(i)`). Either needs nothing after
    it that it would measure ("10-15 jobs" is a range)."""
    n = len(tokens)
    if not (
        i + 2 < n
        and tokens[i + 1].text in ("-", "–")
        and tokens[i + 2].is_digits
        and glued(tokens, i + 1)
        and glued(tokens, i + 2)
        and tokens[i].text.isdigit()
        and tokens[i + 2].text.isdigit()
        and len(tokens[i].text) <= 3
        and len(tokens[i + 2].text) <= 3
    ):
        return 0
    if i > 0 and glued(tokens, i) and tokens[i - 1].text not in ("(", "[", '"', "“"):
        return 0  # "$5-6", "F-35-1", "v3-2"
    if i + 3 < n and glued(tokens, i + 3) and tokens[i + 3].text not in (",", ".", ")", ";"):
        return 0  # "10-15%", "3-4m", "5-6-7"
    after = tokens[i + 3] if i + 3 < n else None
    if (
        after is not None
        and after.is_word
        and after.lower not in SCORE_FOLLOWERS
        # a name after it is the loser's ("P Cole (Eng) 13-11 Zhao Xintong"), no noun
        and (not after.is_capitalised or after.lower in MONTHS)
    ):
        return 0  # "10-15 jobs", "2-3 years", "12-14 June"
    first, second = int(tokens[i].text), int(tokens[i + 2].text)
    if first > second or sports(i):
        return i + 3
    return 0
