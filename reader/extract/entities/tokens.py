"""Word tokens with the facts the chunker needs: capitalisation, sentence starts, headlines."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.extract.entities.gazetteer import known_place
from reader.extract.entities.joined_places import joined_places
from reader.extract.entities.lexicon import (
    REGION_ABBREVIATIONS,
    TITLES,
    US_STATE_ABBREVIATIONS,
    words,
)
from reader.extract.entities.wordlists import (
    is_given_name,
    mostly_lower_case,
    name_strength,
    written_lower_as_often,
)

_TOKEN = re.compile(r"[^\W_](?:[\w&.'’\-]*[^\W_])?\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Wire credits, capitalised like a headline but made of people's names.
CREDIT_LINE = re.compile(
    r"\b(?:Reporting|Editing|Writing|Written|Edited|Compiled|Additional reporting|"
    r"Produced|Photographs?|Pictures?|Graphics?|Interviews?) by\b"
)
_INITIAL_NEXT = re.compile(r"(?<=\b[A-Z]\.) [A-Z]\. [A-Z]")  # "H. G. Wells"
_DOMAIN = re.compile(r"[\w-]+\.(?:com|net|org|cn|io|co|hk|ai|tv)$", re.IGNORECASE)
_SENTENCE_END = frozenset(".!?:;\"“”‘'([{—–•*|>")
# Abbreviations whose full stop does not end a sentence when a name follows:
# titles ("Lt. Gen. Michael Flynn", "Mr. Kowalczyk") and the place prefixes
# "St.", "Mt.", "Ft." ("St. Louis"), which keep their stop as part of the name.
TITLE_ABBREVIATIONS = words(
    "Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Gen Gens Lt Col Capt Sgt Maj Cpl Adm Cmdr "
    "Brig Supt Insp Det Rev Fr Hon Cllr Atty Pres Ch"
)
_PLACE_PREFIXES = frozenset(["St", "Mt", "Ft"])
# Words that may be lower case inside a Title Case headline.
_MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
        "x",
    ]
)


# A wire service's topic slug before a headline: "GRAINS-Soybeans slide", "US STOCKS-Wall
# St rises", "UPDATE 2-Oil jumps". Its last word is an everyday word (not "NATO-Russia").
_SLUG_WORDS = words("VEGOILS FOREX FACTBOX WRAPUP")  # slugs no dictionary has
_WIRE_SLUG = re.compile(r"^(?:[A-Z]{2,}|\d{1,2})(?: (?:[A-Z]{2,}|\d{1,2}))*-(?=[A-Z][a-z])", re.M)


def mask_wire_slugs(text: str) -> str:
    """`text` with each headline's wire slug blanked (offsets kept), so that the slug
    is no name and the headline's first word starts it."""
    if "-" not in text:
        return text
    cuts = []
    for match in _WIRE_SLUG.finditer(text):
        last = next((w for w in reversed(match.group()[:-1].split()) if w.isalpha()), "")
        if len(last) >= 3 and (last in _SLUG_WORDS or mostly_lower_case(last.lower())):
            cuts.append(match.span())
    for start, end in cuts:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


class Token(NamedTuple):  # a named tuple: made for every word, and cheap to make
    start: int
    end: int  # of the name part: a possessive 's or a hyphenated tail is left out
    word: str
    cap: bool  # looks like part of a name
    sent_start: bool
    possessive: bool
    cut_after: bool  # something after the word ("-based", "'s") ends any name here
    line: int


def tokenize(text: str) -> list[Token]:
    # Runs on every word of every article: checks are ordered so that the common
    # case (a plain word after a space) does the least work.
    tokens: list[Token] = []
    append = tokens.append
    count = text.count
    line = 0
    last_end = 0
    previous: Token | None = None
    after_abbreviation = False
    make = tuple.__new__  # Token(...) without the generated wrapper's call
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        raw = match.group()
        # One character between two words (most gaps): read it rather than count in it
        # (a bool, added to `line` as 0 or 1).
        newlines = text[last_end] == "\n" if start - last_end == 1 else count("\n", last_end, start)
        line += newlines
        if raw.isalnum():
            # Most words: no full stop, apostrophe or hyphen, so nothing to cut off.
            word, possessive, cut, abbreviation = raw, False, False, False
            first = raw[0]
            # What `_capitalised` says of a word without punctuation (iPhone, eBay).
            cap = first.isupper() or (
                first.islower() and len(raw) > 1 and (raw[1].isupper() or _CAMEL.match(raw))
            )
        else:
            start, end, word, possessive, cut, abbreviation = _punctuated(
                text, raw, start, end, previous, line
            )
            cap = _capitalised(word)
        if previous is None or newlines:
            sent_start = True
        elif after_abbreviation:
            sent_start = False
        elif start - last_end == 1 and previous.end == last_end and text[last_end] == " ":
            # The common case, one space after a whole word: no slicing needed.
            sent_start = previous.word[-1:] == "."
        else:
            prev = text[last_end:start].rstrip()
            if prev:
                # A spaced hyphen is a dash: "(Reuters) - The ..." starts a sentence.
                sent_start = prev[-1] in _SENTENCE_END or prev[-2:] == " -"
            else:
                sent_start = (
                    previous.word[-1:] == "."
                    or text[previous.end : start].strip()[-1:] in _SENTENCE_END
                    # a table's cell of one word opens as a sentence does ("Clay", "Free")
                    or ("\t" in text[last_end:start] and _LONE_CELL.match(text, end) is not None)
                )
        if cap and "-" in word and not cut:
            before = previous.word if previous is not None and previous.line == line else ""
            parts = joined_places(word, start, text, end, before)
            if parts is not None:
                # "the Dover-Calais route": each place a word of its own, each a name's end
                for part_start, part in parts[:-1]:
                    piece = (part_start, part_start + len(part), part, True, sent_start)
                    append(make(Token, (*piece, False, True, line)))
                    sent_start = False
                start, word = parts[-1]
        previous = make(
            Token, (start, start + len(word), word, cap, sent_start, possessive, cut, line)
        )
        append(previous)
        last_end = end
        after_abbreviation = abbreviation
    return tokens


def _punctuated(
    text: str, raw: str, start: int, end: int, previous: Token | None, line: int
) -> tuple[int, int, str, bool, bool, bool]:
    """A word with a full stop, an apostrophe or a hyphen: (start, end, word, possessive,
    cut_after, abbreviation) once a sentence's stop, a possessive "'s" or a describing
    tail ("-based") is cut off."""
    # A trailing full stop belongs to the word only in initials ("U.S.") and
    # abbreviations; sentence ends are not part of names.
    abbreviation = False
    state = False
    if raw[-1] == "." and not _INITIALS.fullmatch(raw):
        stem = raw[:-1]
        before_name = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        if before_name and stem in _PLACE_PREFIXES and not _street_name(previous, line):
            abbreviation = True  # "St. Louis" keeps its stop; "Baker St. Police" does not
        elif before_name and (
            _middle_initial(stem, previous, line)
            or _initial_between_names(stem, previous, line, text, end)
            or _INITIAL_NEXT.match(text, end)
            or _leading_initial(stem, previous, line, text, end)
        ):
            abbreviation = True  # "George W. Bush", "M. Atherton" keep the initial's stop
        elif _state_abbreviation(raw, text, start):
            state = True  # "Springfield, Ill.", "D-Calif.": the stop is the state's
        elif (
            stem in ("Jr", "Sr")
            and not before_name
            and previous is not None
            and previous.cap
            and previous.line == line
        ):
            pass  # "Anthony Rivera Jr., 41": the stop is the suffix's
        else:
            abbreviation = before_name and stem in TITLE_ABBREVIATIONS
            raw = stem
            end -= 1
    word = raw
    possessive = False
    cut = state  # "Portland, Ore. The next day": the stop still ends the sentence
    # The regex only when an apostrophe is there: most words have none.
    if len(word) > 2 and ("'" in word or "’" in word):
        stripped = _POSSESSIVE.sub("", word)
        if stripped != word and stripped:
            possessive = True
            cut = True
            word = stripped
    if "-" in word:
        head, _, tail = word.partition("-")
        if head and head[0].isupper() and _describes(tail):
            # "Beijing-based", "US-sanctioned": the name is the first part;
            # but "Kim Ji-yeon", "Moon Jae-in" keep theirs whole.
            word = head
            cut = True
        elif head.isdigit() and len(head) <= 2 and tail[:1].isupper():
            # "7-Tomas Berdych": a seeding before a name in results.
            start += len(head) + 1
            word = tail
        elif head in ("R", "D", "I") and tail[:1].isupper() and text[start - 1 : start] in " (":
            # "Sen. Ted Cruz, R-Texas": a party and a state; the state is the name.
            start += 2
            word = tail
    return start, end, word, possessive, cut, abbreviation


def _state_abbreviation(raw: str, text: str, start: int) -> bool:
    """A US state as AP abbreviates it (or a Canadian province, "Hamilton, Ont."), after a
    town's comma or a party's letter."""
    if raw[:2] in ("R-", "D-", "I-"):
        raw = raw[2:]
    elif text[start - 2 : start] != ", ":
        return False
    return raw in US_STATE_ABBREVIATIONS or raw in REGION_ABBREVIATIONS


# A brand in camel case that opens in lower case: "easyJet", "easyGroup".
_CAMEL = re.compile(r"[a-z]{2,}[A-Z][a-z]{2,}")


def _capitalised(word: str) -> bool:
    """Whether a word looks like part of a name."""
    first = word[0]
    if first.isupper() or ("." in word and _DOMAIN.match(word) and any(c.isalpha() for c in word)):
        return True
    if first.islower():
        # iPhone, eBay, easyJet, "al-Assad", but not "e-commerce" or "mRNA"
        return (len(word) > 1 and word[1].isupper()) or bool(_CAMEL.match(word)) or (
            word[:3] in ("al-", "el-") and word[3:4].isupper()
        )
    return False


# Ordinary words after a name and a hyphen that describe it ("Seoul-bound").
_DESCRIBING = words(
    "based born made bound style era wide led run owned free friendly type class level "
    "like sized size rich heavy only centric language area built grown exclusive specific"
)


def _describes(tail: str) -> bool:
    """Whether a hyphenated tail is an ordinary word describing the name before it."""
    if not tail or not tail.islower():
        return False
    last = tail.rpartition("-")[2]
    if last.endswith("ing"):
        # "Kremlin-backed", "Beijing-leaning"; not "Leung Chun-ying", "Xi Jin-ping"
        return len(last) > 4 and mostly_lower_case(last)
    return last.endswith("ed") or last in _DESCRIBING


def _middle_initial(stem: str, previous: Token | None, line: int) -> bool:
    """Whether a capital and a full stop before a name are a middle initial ("Robert C.
    Byrd"): after a given name or another initial on the same line, unlike "World War I.
    The ..." or "vitamin C. Then ..."."""
    if len(stem) != 1 or not stem.isupper() or previous is None or previous.line != line:
        return False
    before = previous.word
    return (len(before) == 2 and before[1] == ".") or is_given_name(before)


def _initial_between_names(
    stem: str, previous: Token | None, line: int, text: str, end: int
) -> bool:
    """Whether a capital and a full stop sit between a name the lists do not know and a
    surname ("Merian C. Cooper", "Ossie K. Mwangi"), unlike "Group C. Bulgaria", "Plan B.
    Officials": a word no everyday noun, title or place before, a surname after."""
    if len(stem) != 1 or stem in "IVX" or not stem.isupper():
        return False  # "Amendment I. Adams said": a numeral ends the name before
    if previous is None or previous.line != line:
        return False
    before = previous.word
    if (
        not previous.cap
        or len(before) < 3
        or not before.isalpha()
        or before in TITLES
        or written_lower_as_often(before)  # "Vitamin D. Brown rice", "Committee B. Lee"
        or known_place(before)
    ):
        return False
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    after = match.group(1)
    return name_strength(after)[1] > 0 and not mostly_lower_case(after) and not known_place(after)


def _leading_initial(
    stem: str, previous: Token | None, line: int, text: str, end: int
) -> bool:
    """Whether a capital and a full stop open a name ("M. Atherton c Inzamam b Wasim 31",
    "signed by J. Smith"): first on its line or after a lower-case word, and a surname-like
    word after it, unlike "vitamin C. Doctors said"."""
    if len(stem) != 1 or not stem.isupper():
        return False
    if previous is not None and previous.line == line:
        if _SEPARATOR.search(text, previous.end, end - 2):
            # "Wales: C. Parry (Cardiff), J. Griffiths": a team sheet's or a list's
            # initial, also before a surname that is a word too ("parry").
            match = _NEXT_WORD.match(text, end)
            return match is not None and (
                not mostly_lower_case(match.group(1)) or name_strength(match.group(1))[1] > 0
            )
        if previous.cap and previous.word.rstrip(".") not in TITLES:
            # "Plan B. Officials", "World War I. Then"; not "Chief Minister K. Ramanathan",
            # "Mr. S. Lakshmi Narayana": initials after a title, as Indian papers write names
            return False
    match = _NEXT_WORD.match(text, end)
    return match is not None and not mostly_lower_case(match.group(1))


_NEXT_WORD = re.compile(r" ([A-Z][a-z'’][\w'’-]*)")  # "Atherton", "O'Driscoll"
_SEPARATOR = re.compile(r"[,;:()]")  # a list's or a team sheet's, before an initial


def _street_name(previous: Token | None, line: int) -> bool:
    """Whether "St." ends a street's name ("Baker St."): a capitalised word before it
    mid-sentence on the same line, unlike "in St. Louis" or "Visiting St. Louis"."""
    return (
        previous is not None and previous.cap and not previous.sent_start and previous.line == line
    )


_SCORECARD_LETTERS = frozenset("bc")  # "c X b Y": no headline has a lone "b" or "c"
_SCORE = re.compile(r"\d+[-–:]\d+")  # "6-4", "2:1": a result's score
# A competitor's country in brackets, as results give it: "(Eng)", "(CHN)", "(GB)".
_NATION_IN_BRACKETS = re.compile(r"\((?:[A-Z]{2,3}|[A-Z][a-z]{2})\)")
# A market report's row of a mover, alone on its line: its name, ticker and move ("Rio
# Tinto (RIO) up 3.1% at 4,986.00p").
MOVER_ROW = re.compile(
    r"[A-Z][\w&.'’ -]{0,60}? \((?P<ticker>[A-Z][A-Z0-9]{0,4}(?:\.[A-Z]{1,2})?)\) (?:up|down) \d"
)
MOVER_ROWS = re.compile("^" + MOVER_ROW.pattern, re.MULTILINE)  # every such row of a text
# A number a results line ends in: "67", "6.61", "59.087" (of "2:59.087"), "6.55sec".
_RESULT_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:sec|s|m|kg|pts)?")


# Degrees and honours after a name, each set off by commas.
_POST_NOMINAL = re.compile(
    r",\s+(?:M\.D|Ph\.D|D\.Phil|J\.D|MBA|MSc|BSc|LLB|CPA|CFA|OBE|MBE|CBE|KBE|QC|KC)\.?(?=,)"
)


# A list's entry: a bullet first, or a label, a colon, then a comma-separated entry.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–][ \t]|[^:\n]{2,60}:[ \t][^,\n]{2,60},[ \t])")


def _counted(word: str) -> bool:
    """Whether a word counts towards a line's shape: a word, not a number or a minor word."""
    return word[0].isalpha() and word.lower() not in _MINOR


# What splits a table's row set out as a line: "Doncaster - Frenchgate Centre".
_ROW_MARK = re.compile(r" [-–—|] |\t|: ")


def _table_rows(text: str) -> set[int]:
    """Lines of a list of places without bullets, one entry a line ("Doncaster -
    Frenchgate Centre", "Leeds: O2 Academy", "Almondbury - Paul Davies (Con)"): three
    lines or more in a run (blank lines between them or not), each split by the same
    mark into short parts, most with a known place for a part. Their capitals are
    names, as a list's are, not a headline's (not "Man Jailed After Burglary Spree -
    Yorkshire Evening Post", a list of links, nor "Artist - Title" rows, whose titles
    would be read as names)."""
    rows: set[int] = set()
    run: list[int] = []
    mark = ""
    lines = text.split("\n")
    for index, line in enumerate([*lines, "-"]):
        if not line.strip():
            continue  # a blank line between rows: the app's text sets each row apart
        found = _ROW_MARK.search(line) if len(line) <= 80 else None
        key = found.group(0) if found else ""
        if key and key == mark:
            run.append(index)
            continue
        if len(run) >= 3 and _rows_of_places(lines, run, mark):
            rows.update(run)
        run, mark = ([index], key) if key else ([], "")
    return rows


def _rows_of_places(lines: list[str], run: list[int], mark: str) -> bool:
    """Whether each row's parts are short and most rows hold a known place."""
    placed = 0
    for index in run:
        parts = [part.strip(" -–—•*\t") for part in lines[index].split(mark, 1)]
        if any(len(part.split()) > 5 for part in parts):
            return False
        placed += any(known_place(part) for part in parts)
    return 2 * placed >= len(run)


# What ends a cell of one word: a tab, the line's end, or a score or number after it.
_LONE_CELL = re.compile(r"[ \t]*(?:\t|\n|$|[\d–-][^\t\n]*(?:\t|\n|$))")


def _table_row(line: str) -> bool:
    """Whether a line is a table's row: cells split by tabs, a number in one of them, and
    no cell a headline of five capitalised words ("1<tab>Teenager Stabbed Outside
    Nightclub In Croydon", a list of most-read stories)."""
    if "\t" not in line or not any(c.isdigit() for c in line):
        return False
    return not any(_title_cased(cell) for cell in line.split("\t"))


def _title_cased(cell: str) -> bool:
    """Whether a table's cell reads as a headline: five capitalised words or more, no
    number and no word in lower case but the minor ones."""
    words = cell.split()
    if any(c.isdigit() for c in cell) or sum(w[:1].isupper() for w in words) < 5:
        return False
    return all(w[:1].isupper() or w in _MINOR or not w[:1].isalpha() for w in words)


def headline_lines(text: str, tokens: list[Token]) -> set[int]:
    """Lines written in Title Case (headlines, link titles): capitals there are not evidence."""
    by_line: dict[int, list[Token]] = {}
    for token in tokens:
        by_line.setdefault(token.line, []).append(token)
    out = set()
    rows = _table_rows(text) if "\n" in text else set()
    # An article's first line, when a body follows it, is its headline whatever its shape.
    body_start = len(text) - len(text.lstrip())
    headline_end = text.find("\n", body_start) if "\n" in text.strip() else -1
    for line, toks in by_line.items():
        # Headlines do not end in a full stop; sentences with many names do, unless every
        # word is in capitals ("ATHLETICS - JOHNSON WINS IN ZURICH."). Checked first: it
        # rules out body paragraphs at their first word in lower case.
        line_end = text.find("\n", toks[-1].end)
        stopped = text[toks[-1].end : line_end if line_end >= 0 else len(text)].rstrip()
        if stopped.endswith(".") and not all(
            t.word.isupper() for t in toks if len(t.word) > 1 and _counted(t.word)
        ):
            continue
        words = [t for t in toks if _counted(t.word)]
        if len(words) < 3 or line in rows:
            continue
        if MOVER_ROW.match(text, toks[0].start):
            continue  # a share's move, in a market report's list of risers and fallers
        numbers = sum(bool(_RESULT_NUMBER.fullmatch(t.word)) for t in toks)
        scores = sum(bool(_SCORE.fullmatch(t.word)) for t in toks)
        if numbers >= 2 and (_RESULT_NUMBER.fullmatch(toks[-1].word) or scores):
            # "Arsenal 2 West Ham 0", "Ajax (Netherlands) 2 Porto (Portugal) 1 - Ajax win
            # 4-2 on aggregate", "1 E Halvorsen (Nor) Renault 2:59.087": a result row,
            # not a title
            continue
        if scores >= 2 or (toks[0].word.isdigit() and toks[1].word.isdigit()):
            continue  # "Ann Lee (Peru) beat Mia Roth (Chile) 6-4 6-2", "68 69 Ann Lee (Peru)"
        row_end = line_end if line_end >= 0 else len(text)
        if scores and len(_NATION_IN_BRACKETS.findall(text, toks[0].start, row_end)) >= 2:
            continue  # "P Cole (Eng) 13-11 Zhao Xintong (Chn)": one score between two players
        if any(len(t.word) == 1 and t.word in _SCORECARD_LETTERS for t in toks):
            continue  # "A. Stewart b Waqar Younis 44": a batting line, caught and bowled
        if _table_row(text[toks[0].start : row_end]):
            continue  # "UK Albums (OCC)<tab>9": a table's row, its cells names in full
        if stopped.endswith("."):
            out.add(line)  # in capitals throughout
            continue
        if CREDIT_LINE.search(text, toks[0].start, toks[-1].end):
            continue  # "Reporting by Aditi Shah; Editing by Jan Harvey": names, not a title
        line_start = text.rfind("\n", 0, toks[0].start) + 1
        if toks[0].start > headline_end and _LIST_ITEM.match(text, line_start, toks[-1].end):
            # "- Ankeny Community School District: Closed", "M. Harini: Managing Director,
            # Telangana State Civil Supplies Corporation", "Tries: Fitzmaurice, Tuilagi-Ross":
            # a list's entry, names in full. Not the first line of an article with a body,
            # its headline ("Live Updates: Trump, Harris Spar Over Economy in Final Debate").
            continue
        commas = text.count(",", toks[0].start, toks[-1].end)
        if commas >= 3:
            # Not the commas around letters after a name ("Ann Rao, M.D., Ph.D., as ...").
            commas -= len(_POST_NOMINAL.findall(text, toks[0].start, toks[-1].end))
        if commas >= 3 and not any(
            len(t.word) == 1 and t.word.isalpha() for t in toks
        ):
            # "Signal No. 3: Borongan City, Oras, Dolores, Taft and Sulat": a list of names
            # (not one of initials, "W. Marchant, E. Pargeter", read better as a title's).
            continue
        capitalised = sum(1 for t in words if t.cap)
        if capitalised / len(words) >= 0.75:
            out.add(line)
    return out
