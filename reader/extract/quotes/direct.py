"""Quotations in marks: which are quotes (not titles or scare quotes), and who said them.

Found in two steps: first every quotation and the words that attribute it
(`quotations`, which needs only the text), then, in text order with reported
speech, whom those words name (`attribute`), since "he said" means whoever
spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reader.extract.entities.lexicon import TITLES
from reader.extract.model import Entity, EntityType, Quote, QuoteKind
from reader.extract.quotes.cues import (
    CHARACTERISING_AFTER_COMMA,
    GATHERINGS,
    LISTENERS,
    RECALLING,
    SAID_AFTER,
    SAID_AFTER_SENTENCE,
    SAID_AT_END,
    SAID_BEFORE,
    SHOWN_LIST,
    SHOWN_WORDS,
    VERB_IN_SENTENCE,
    describes,
    opening_phrase,
    shown_before,
    speech_word_in,
    words,
)
from reader.extract.quotes.marks import Quoted, quoted_spans
from reader.extract.quotes.sentences import sentence_bounds, trimmed_end
from reader.extract.quotes.span_index import SpanIndex
from reader.extract.quotes.speakers import (
    POSSESSIVES,
    POSSESSOR_OF_WORDS,
    PRONOUNS,
    ROLE_LEAD,
    Speakers,
    person_noun,
)

_WORD = re.compile(r"[\w'’-]+")
# How far past a closing mark an attribution may start ("...," Lei Jun, the CEO, said).
AFTER_REACH = 160
# How far before an opening mark "said" and the attribution may start.
SAID_BEFORE_VERB_REACH = 200
SAID_BEFORE_REACH = 420
# Fewer words than this quoted inside a sentence, and attributed to no one: a term.
TERM_WORDS = 8
_AUXILIARIES = words("was were is are be been being has have had")
_MINOR = words("a an the of and or in on at to for with from by x")
# A participle of saying just before the marks, and the name opening the sentence.
_SAYING_BEFORE = re.compile(
    r"\b(?:saying|adding|explaining|warning|insisting"
    # "..., telling Brandon:", "telling reporters:", "telling the jury:" (not "hearing Mr
    # Pike telling his wife:", words heard)
    rf"|(?<=, )telling\s+(?P<told>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|{LISTENERS}"
    rf"|the\s+(?:{GATHERINGS}|referee|BBC)))\s*[:,]?\s*$"
)
# After an opening phrase the pronoun is in lower case ("Afterwards, he translates a line
# for me:").
_LEADING_NAME = re.compile(
    r"(?:[Hh]e|[Ss]he|They|they|We|we)\b|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
)
# What names the title in marks after it: a naming verb, or the kind of work.
_NAMES_TITLE_BEFORE = re.compile(
    r"\b(?:titled|entitled|called|calls|named|nicknamed|dubbed|branded|known(?:\s+[\w’']+){0,4}\s+as|"
    r"novel|album|film|movie|book|play|song|single|report|documentary|series|show|"
    r"exhibition|collection|poem|memoir|opera|musical|campaign|programme|podcast)\s*,?\s*$",
    re.IGNORECASE,
)


@dataclass
class Quotation:
    """One quotation: its pieces (a run-on paragraph and its continuation, or two
    halves cut by the attribution) and the words naming who said it, if any."""

    pieces: list[Quoted]
    kinds: list[QuoteKind]
    who: tuple[int, int] | None = None
    verb: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0].opened

    @property
    def end(self) -> int:
        return self.pieces[-1].end + 1


def quotations(text: str, entities: list[Entity]) -> list[Quotation]:
    """Every quotation in marks, with its attribution's words; titles, terms and scare
    quotes ("The Last Emperor", so-called "reform") are left out."""
    # A nickname inside a person's name (Patrick "Packy" Donnelly) is no quotation.
    in_names = SpanIndex((e.start, e.end) for e in entities if e.type is EntityType.PERSON)
    pieces = [
        (q, kind)
        for q in quoted_spans(text)
        if not in_names.around(q.start, q.end)
        and (kind := _kind(text, q)) is not None
    ]
    groups: list[Quotation] = []
    for q, kind in pieces:
        if groups and (
            not groups[-1].pieces[-1].closed
            # "“One,” said X. “Two,” Y said.": the second piece named by its own words
            or (_only_attribution_between(text, groups[-1], q) and not _attributed_after(text, q))
        ):
            groups[-1].pieces.append(q)
            groups[-1].kinds.append(kind)
        else:
            groups.append(Quotation([q], [kind]))
    names = _NameIndex(entities)
    out = []
    for group in groups:
        for q, kind in zip(group.pieces, group.kinds, strict=True):
            cue = _cue(text, q, kind, names)
            if cue is not None:
                group.who, group.verb = cue
                break
        if (group.who is None and _is_title_or_term(text, group)) or _named_title(text, group):
            continue
        group.spans = [_trim(text, q) for q in group.pieces]
        out.append(group)
    return out


# Words before a speech verb that are the subject's own predicate, joined to the verb by
# "and": "stepped to the lectern and", "had used a festival event to attack ... and"; not
# when someone else takes the sentence on the way ("arrived late, and a protester in the
# crowd", "after the judge looked at him and", "where an officer").
_PREDICATE = re.compile(
    r"(?:and\s*$|(?!(?:a|an|the|one|some|his|her|their|its)\b)[a-z]+\b"
    r"(?:(?![,;:]\s*(?:and|but)\b|\b(?:where|who|whom|whose|which|when|while|after|before"
    r"|because|until|as\s+(?:a|an|he|she|they|we|his|her|their|one|some)"
    r"|and\s+(?:a|an|the|one|some|his|her|their|its|[A-Z]))\b).)*?"
    r"\band\s*$)",  # or only "and" after a quotation: "called it “...” and said"
    re.DOTALL,
)
# A verb whose object may be someone else's doing, in a subject's predicate: "says his
# captain walked in", "heard a customer", "recalled that his father".
_TELLS_OF_ANOTHER = re.compile(
    r"\b(?:that|says|said|told|tells|heard|hears|saw|sees|watched|watches|"
    + "|".join(sorted(RECALLING))
    + r")\b"
)
_CHANTED = frozenset({"chanted", "chanting", "chant", "chants", "sang", "singing"})


def attribute(text: str, group: Quotation, speakers: Speakers) -> list[Quote]:
    """The quotation's pieces as quotes, with the speaker its words name (or nobody);
    and what the same sentence goes on to report them saying ("called the plan “a
    disaster” and said he would vote against it")."""
    speaker = speakers.resolve(*group.who, group.start) if group.who is not None else None
    if group.who is not None and group.verb in _CHANTED:
        # "The Ashworth student section ... chanted “We want Dunmore!”", "fans in the
        # Riverside End chanted": a crowd's chant, not the school's or the stand's words.
        # A pronoun stays the person it means ("Then she sang:").
        named = speakers.entity_in(*group.who)
        pronoun = text[group.who[0] : group.who[1]].lower().split()[-1:] in (["he"], ["she"])
        if not pronoun and (named is None or named.type is not EntityType.PERSON):
            speaker = None
    if group.who is None and group.kinds[0] is QuoteKind.DIRECT:
        # Named after it ("“...” That was Mick Reape"), else by what comes before it.
        speaker = speakers.named_after(group.end)
        if speaker is None and _opens_paragraph(text, group):
            speaker = speakers.introduced(group.start) or speakers.continued(
                group.start, group.end
            )
        elif speaker is None and _opens_sentence(text, group):
            speaker = speakers.lead_in(group.start) or speakers.next_sentence(
                group.start, group.end
            )
    # An unnamed source's words go on too ("A source dismissed it as “posturing” and
    # said the pilot would go ahead"), with no speaker.
    more = _reported_after(text, group, speaker) if group.who is not None else []
    # Only a few words quoted, with nothing reported after them ("called it “a shock”").
    partial = not more and all(kind is QuoteKind.PARTIAL for kind in group.kinds)
    speakers.said(max(group.end, group.who[1] if group.who else 0), speaker, partial)
    return more + [
        Quote(
            start,
            end,
            text[start:end],
            kind,
            speaker[0] if speaker else None,
            speaker[1] if speaker else None,
            group.verb if group.who is not None else None,
        )
        for (start, end), kind in zip(group.spans, group.kinds, strict=True)
    ]


_PARTICIPLES = "adding|arguing|insisting|claiming|saying|warning|stressing|noting"
_AND_SAID = re.compile(
    r"[^.!?\"“”]*?(?:\b(?:and|but)\s+(?:also\s+)?"
    # "dismissed it as “null and void”, arguing that ...": the participle's clause too.
    rf"|,\s+(?=(?:{_PARTICIPLES})\s+that\b))"
    rf"(?P<verb>said|added|warned|insisted|argued|{_PARTICIPLES}"
    r"|predicted(?=\s+that\b)"
    r"|told(?=(?:\s+[\w’'.-]+){1,4}\s+that\b))(?:(?:\s+[\w’'.-]+){0,4}?(?=\s+that\b))?"
    r"\s+(?:that\s+)?(?P<clause>(?:[^.!?\"“”]|\.\d){12,}?)\s*[.!?](?!\d)"
)


# After "“...,” X said": the verb if it comes after the name, a short phrase of time or
# place, then a participle that reports more ("..., adding that ...").
_ADDING_AFTER = re.compile(
    r"(?:\s+(?:said|says|told\s+[\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?))?"
    r"(?:\s+(?:on|in|at|last|this)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?"
    # an apposition after the name: "said Maria Lopez, the club's lawyer, adding that",
    # "said coach Marco Bellandi, 52, adding that"
    r"(?:,\s+(?:(?:the|a|an|his|her|its|their|[A-Z][\w’'-]+['’]s)\s+[^,.;:!?\"“”]{1,60}"
    r"|\d{1,3})(?=,))?"
    # with "that" ("adding a third goal", "noting the absence of three players": no words
    # reported), but "saying" alone
    rf",\s+(?:(?P<verb>{_PARTICIPLES})\s+that|(?P<saying>saying))\s+"
    r"(?P<clause>(?:[^.!?\"“”]|\.\d){12,}?)\s*[.!?](?!\d)"
)


def _opens_sentence(text: str, group: Quotation) -> bool:
    before = trimmed_end(text, group.pieces[0].opened, " ")
    return before > 0 and text[before - 1] in ".?!"


def _opens_paragraph(text: str, group: Quotation) -> bool:
    before = trimmed_end(text, group.pieces[0].opened, " ")
    return before == 0 or text.endswith("\n\n", 0, before)


def _reported_after(
    text: str, group: Quotation, speaker: tuple[str, Any] | None
) -> list[Quote]:
    last = group.pieces[-1]
    if not last.closed:
        return []
    if group.kinds[-1] is QuoteKind.PARTIAL:
        match = _AND_SAID.match(text, last.end + 1, _sentence_end(text, last.end + 1))
    elif group.who is not None and group.who[0] > last.end:
        # "“...,” Leveson said, adding that the event could draw 80,000 people.": what the
        # attribution after a quotation goes on to report.
        attribution_end = max(group.who[1], last.end + 1)
        match = _ADDING_AFTER.match(text, attribution_end, _sentence_end(text, attribution_end))
    else:
        return []
    if match is None:
        return []
    start, end = match.span("clause")
    return [
        Quote(
            start,
            end,
            text[start:end],
            QuoteKind.REPORTED,
            speaker[0] if speaker else None,
            speaker[1] if speaker else None,
            match.group("verb") or "saying",
        )
    ]


def _kind(text: str, q: Quoted) -> QuoteKind | None:
    """Direct when the quotation opens its sentence or follows a colon or comma."""
    if not _WORD.search(text, q.start, q.end):
        return None
    lead = text[_sentence_start(text, q.opened) : q.opened].strip()
    direct = not lead or lead.endswith((":", ",")) or lead[-1:] in "—–-"
    return QuoteKind.DIRECT if direct else QuoteKind.PARTIAL


def _trim(text: str, q: Quoted) -> tuple[int, int]:
    """The quoted words without a trailing comma or space ("We will win," he said)."""
    start, end = q.start, q.end
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


# How far a sentence is looked for around an offset: far longer than any sentence, and
# short enough that a text without blank lines (a transcript, a report whose paragraphs
# are single lines) is not read from its start for every quotation in it.
SENTENCE_REACH = 3000


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` starts (a sentence end is seen by what follows
    it, so the search runs a little past the offset)."""
    paragraph = text.rfind("\n\n", max(0, offset - SENTENCE_REACH), offset)
    start = paragraph + 2 if paragraph >= 0 else max(0, offset - SENTENCE_REACH)
    bounds = sentence_bounds(text, start, min(len(text), offset + 3))
    return next((s for s, e in reversed(bounds) if s <= offset), start)


def _sentence_end(text: str, offset: int) -> int:
    paragraph = text.find("\n\n", offset, offset + SENTENCE_REACH)
    end = paragraph if paragraph >= 0 else min(len(text), offset + SENTENCE_REACH)
    bounds = sentence_bounds(text, offset, end)
    return bounds[0][1] if bounds else end


def _only_attribution_between(text: str, group: Quotation, q: Quoted) -> bool:
    """ "One," said X. "Two.": between the pieces only an attribution, same paragraph."""
    between = text[group.pieces[-1].end + 1 : q.opened]
    if "\n\n" in between or len(between) > AFTER_REACH:
        return False
    said = SAID_AFTER.match(between) or SAID_AFTER_SENTENCE.match(between)
    # Nothing after the attribution but its stop, a participle's clause or a phrase of
    # place or time ("he says, easing himself into a chair.", "Mr. Reddy asked at a
    # dharna on Tank Bund."): not "said Ada Brennan. Other Holdings makes nuts." before
    # another speaker's quotation.
    return (
        said is not None
        and between.rstrip().endswith((".", ","))
        and (
            not between[said.end() :].strip(" .,\n")
            or _PARTICIPLE_AFTER.fullmatch(between, said.end()) is not None
        )
    )


def _attributed_after(text: str, q: Quoted) -> bool:
    """Whether a closed piece has its own attribution after it in its sentence ("“Not
    yet,” Tom Whitfield retorted."), so it is no second half of the quotation before it
    (not “It isn't.” closing a paragraph before another opens with a name)."""
    if not q.closed or text[q.end - 1 : q.end] not in (",", "?", "!"):
        return False
    said = SAID_AFTER.match(text, q.end + 1)
    return said is not None and "\n" not in said.group()


_PARTICIPLE_AFTER = re.compile(
    r"(?:\s*,\s+[a-z]+ing\b|\s+(?:at|in|on|from|during|after|before|outside|inside|near"
    r"|to|with|as)\b)[^.!?\"“”]*[.,]\s*"
)


_APPOSED = re.compile(r",\s+")
_TITLE_AT = re.compile(r"([A-Z][\w.]*)\s+")
# What may open a title of several words besides the titles themselves.
_TITLE_WORDS = TITLES | {"Associate", "Acting", "Interim"}


class _NameIndex:
    """Whether a phrase could name someone: a person or organisation in it, a pronoun,
    or a description ("the minister")."""

    def __init__(self, entities: list[Entity]) -> None:
        self.spans = SpanIndex(
            (e.start, e.end) for e in entities if e.type in (EntityType.PERSON, EntityType.ORG)
        )
        self.people = {e.start: e.end for e in entities if e.type is EntityType.PERSON}

    def apposed(self, text: str, start: int, end: int) -> tuple[int, int]:
        """ "said the auctioneer, Charles Beaumont-Tate.": the name after a description,
        when the apposition ends the attribution; else the description itself."""
        comma = _APPOSED.match(text, end)
        words_ = text[start:end].split()
        # "the auctioneer, X", "his manager, Tom Baxter", "Brandt's lawyer, X"
        if comma is None or not words_ or not describes(words_[0]) or len(words_) < 2:
            return start, end
        name_start, name_end = self._person_at(text, comma.end())
        if name_end is None or text[name_end : name_end + 1] not in (".", ",", ";"):
            return start, end
        return name_start, name_end

    def _person_at(self, text: str, at: int) -> tuple[int, int | None]:
        """The person named at `at`, after a title the entities leave out ("Dr Owen
        Pritchard", "Sen. Dana Whitlock") -> (where the name starts, where it ends)."""
        name_end = self.people.get(at)
        start = at
        # up to four words of a title: "Associate Professor", "Acting Detective Chief
        # Superintendent"
        for _ in range(4):
            if name_end is not None:
                break
            title = _TITLE_AT.match(text, start)
            if title is None or title.group(1) not in _TITLE_WORDS:
                break
            start = title.end()
            name_end = self.people.get(start)
        return (start, name_end) if name_end is not None else (at, None)

    def named_after(self, text: str, start: int, end: int) -> tuple[int, int]:
        """ "Samoa's prime minister, Tavita Leauanae," before the verb: the person named
        after a description; else the words themselves."""
        words_ = text[start:end].split()
        comma = _APPOSED.match(text, end)
        if not words_ or not describes(words_[0]) or comma is None:
            return start, end
        name_start, name_end = self._person_at(text, comma.end())
        if name_end is None or text[name_end : name_end + 1] != ",":
            return start, end
        return name_start, name_end

    def before_predicate(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The pronoun or person opening text[start:end] when the rest is their own
        predicate ("He looked into the camera and added:", "Vilela turned to the crowd
        and said:"), else None."""
        first = text[start:end].split(maxsplit=1)
        if first and first[0].lower() in PRONOUNS:
            head = start + len(first[0])
        else:
            head = self.people.get(start, -1)
        if head < 0 or text[head : head + 1] != " " or not _PREDICATE.match(text, head + 1, end):
            return None
        # Not when someone else could be the one who speaks: named on the way ("She said
        # that on the drive home Chloe had turned to her and said:"), or told of after a
        # verb of speaking, remembering or perceiving ("He recalled that his father took
        # him aside and told him:", "She heard a customer turn round and say:").
        if self.spans.inside(head, end) or _TELLS_OF_ANOTHER.search(text, head, end):
            return None
        return start, head

    def could_name(self, text: str, start: int, end: int) -> bool:
        phrase = text[start:end].strip().lower()
        if phrase in PRONOUNS or phrase.startswith(("the ", "a ", "an ", "one ")):
            return True
        return bool(self.spans.inside(start, end))


def _attribution_only(text: str, start: int, limit: int) -> bool:
    """Whether an attribution starts at `start` and goes on to no clause of its own."""
    match = SAID_AFTER.match(text, start, limit)
    return match is not None and text[match.end() : match.end() + 1] in (",", ".", ";", "")


def _cue(
    text: str, q: Quoted, kind: QuoteKind, names: _NameIndex
) -> tuple[tuple[int, int], str] | None:
    """The words naming the speaker, and the verb: after the quote, before it, or
    (for a few words quoted inside a sentence) the sentence's speaking subject."""
    paragraph_end = text.find("\n\n", q.end)
    limit = min(paragraph_end if paragraph_end >= 0 else len(text), q.end + 1 + AFTER_REACH)
    after = q.end + 1
    inside = text[q.start : q.end].rstrip()
    # Words that trail off ("I'm selling it...”) leave the sentence open to an attribution
    # ("..." auctioneer Julian Ashcroft said, before bringing down the hammer; "..." Ellis
    # said.), not to the next sentence's reported clause ("..." Manager Dave Ellis said the
    # squad would train).
    trailing = inside.endswith(("...", "…")) and _attribution_only(text, after, limit)
    ended = not trailing and (
        inside[-1:] in (".", "!", "?") or text[after : after + 1] in (".", "!", "?")
    )
    pattern = SAID_AFTER_SENTENCE if ended else SAID_AFTER
    # A few words quoted inside the writer's sentence that goes straight on ('had found
    # “serious gaps” in how the company maintained', 'were “still dragging the chain” on
    # dozens of claims'): what follows is the sentence, not an attribution.
    runs_on = (
        kind is QuoteKind.PARTIAL
        and not inside.endswith(",")
        and text[after : after + 1] not in (",", ".", ";")
    )
    match = pattern.match(text, after, limit) if q.closed and not runs_on else None
    if match is not None:
        if match.group("who1") is not None:  # after the verb
            return names.apposed(text, match.start("who1"), match.end("who1")), _verb(match)
        # "“...,” Samoa's prime minister, Tavita Leauanae, told delegates": the name set
        # off after the description.
        return names.named_after(text, match.start("who2"), match.end("who2")), _verb(match)
    begin = _sentence_start(text, q.opened)
    # The verb stands within a few words of the mark ("said:", "said Lei Jun,"), and the
    # whole attribution within a phrase and two appositions of it.
    match = None
    if speech_word_in(text, max(begin, q.opened - SAID_BEFORE_VERB_REACH), q.opened):
        match = SAID_BEFORE.search(text, max(begin, q.opened - SAID_BEFORE_REACH), q.opened)
    if match is None and begin == q.opened and text.endswith(":", 0, trimmed_end(text, begin)):
        # "the governor said:" and the quotation in a paragraph of its own.
        lead_end = trimmed_end(text, begin)
        match = SAID_BEFORE.search(text, _sentence_start(text, lead_end - 1), lead_end)
    # What the words before the verb give when nothing names the speaker better.
    fallback: tuple[tuple[int, int], str] | None = None
    if match is not None:
        if match.group("who1") is not None:
            # With its apposition, which may hold the name after an opening phrase; not
            # with the adverb before the verb ("He also said").
            before_verb = match.start("adverb") if match.group("adverb") else match.start("verb1")
            who = _subject(text, match.start("who1"), before_verb)
            relative = _RELATIVE_WORD.match(text, *who)
            if relative is not None:
                who = (relative.end(), who[1])  # "..., which he said had been “...”": he
            who = names.before_predicate(text, *who) or who
            if _PREDICATE.match(text, *who) and not names.could_name(text, *who):
                # "Gerald Hoppe, 71, stepped to the lectern and told the council:": the
                # words before the verb are the predicate; the sentence's subject speaks.
                for at in (begin, _after_opening_phrase(text, begin, who[0])):
                    lead = _lead_subject(text, at, who[0]) if at is not None else None
                    if lead is not None and names.could_name(text, *lead):
                        who = lead
                        break
            if names.could_name(text, *who) or kind is not QuoteKind.PARTIAL:
                return who, _verb(match)
            # "X stressed that crime had fallen but said that was “no comfort”": the
            # words before "said" are a clause; the sentence's subject below.
            fallback = who, _verb(match)
        else:
            who = _subject(text, match.start("who2"), match.end("who2"))
            if not _ENDS_IN_A_VERB.fullmatch(text, *who) and (
                names.could_name(text, *who) or kind is not QuoteKind.PARTIAL
            ):
                return who, _verb(match)
            # "X said in a statement that it remained “...”": no one after the verb; the
            # sentence's subject below.
    if saying := _SAYING_BEFORE.search(text, max(begin, q.opened - 40), q.opened):
        # "Meera Nandakumar of Lindqvist & Co took a more upbeat view, saying: “...”":
        # the sentence's subject speaks.
        lead = _LEADING_NAME.match(text, begin, q.opened)
        if (
            lead is not None
            and names.could_name(text, lead.start(), lead.end())
            # not after someone else: "Jones was sent off after Smith complained, telling
            # the referee:", "read a message from Harris to his ex-partner, telling"
            and not (
                saying.group("told") is not None
                and _ANOTHER_SUBJECT.search(text, lead.end(), saying.start()) is not None
            )
        ):
            return (lead.start(), lead.end()), "said"
    if kind is QuoteKind.DIRECT and match is None and text[begin : q.opened].rstrip().endswith(":"):
        # "In her closing remarks, Pettifer struck a defiant note: “...”": the clause's
        # subject speaks, when it is someone (not "The verdict was stark:") and no one
        # else is named before the colon ("Ms Hale read an email in which Mr Ashdown had
        # written:").
        for at in (begin, _after_opening_phrase(text, begin, q.opened)):
            lead = _lead_subject(text, at, q.opened) if at is not None else None
            if (
                lead is not None
                and (
                    names.could_name(text, *lead) or text[lead[0] : lead[1]].lower() in POSSESSIVES
                )
                and not names.could_name(text, lead[1], q.opened)
                # not someone else's words they read, showed or passed on ("read a
                # statement from the victim's mother:", "the note left at the scene:");
                # "Her message to those still in the area was blunt:" names her own.
                and not _WORDS_OF_ANOTHER.search(
                    text, _words_named_end(text, at, lead), q.opened
                )
            ):
                return lead, "said"
    if kind is QuoteKind.PARTIAL:
        match = SAID_AT_END.search(text, q.end + 1, _sentence_end(text, q.end + 1))
        if match is not None:
            name = "who1" if match.group("who1") is not None else "who2"
            return (match.start(name), match.end(name)), _verb(match)
        # "He called the plan “a disaster”": the clause's subject, when it is someone
        # ("the plan was dubbed “Blue”" and "so-called “reform”" have none).
        if _looks_like_a_title(text, q):
            return fallback  # "a program it calls “Horizon 2030”": a name, whoever says it
        if shown_before(text, begin, q.opened):
            # "..., as the crowd chanted “Ro-sa! Ro-sa!”": the crowd's, not the subject's.
            return fallback
        others = _WHAT_OTHERS_CALL.search(text, max(begin, q.opened - 60), q.opened)
        if others is not None and not person_noun(others.group("who").split()[-1]):
            # "as what the industry calls a “supply gap” widens": a trade's term (not
            # "what the mayor calls “...”", the mayor's words).
            return fallback
        named_it = _NAME_HAS_CALLED.search(text, max(begin, q.opened - 120), q.opened)
        if named_it is not None:
            # "a figure Anouk de Graaf of the Progressive Alliance has called “...”": the
            # name right before the verb, not the sentence's subject.
            return (named_it.start("who"), named_it.end("who")), named_it.group("verb")
        called = _WHAT_THEY_CALLED.search(text, max(begin, q.opened - 40), q.opened)
        if called is not None:
            # "Chief executive Caroline Brierley blamed what she called “...”": she.
            return (called.start("who"), called.end("who")), called.group("verb")
        for found in VERB_IN_SENTENCE.finditer(text, begin, q.opened):
            clause = max(begin, *(text.rfind(c, begin, found.start()) + 1 for c in ';—–“”"'))
            start, end = _subject(text, clause, found.start())
            if found.group("verb") in CHARACTERISING_AFTER_COMMA and not _PASSIVE.search(
                text, clause, found.start()
            ):
                # "North Yorkshire Council refused permission last year, saying the blocks
                # would cause “substantial harm”": the clause's subject before its own
                # verb, where the words before the comma run on past it (not the name in
                # apposition of "Kenya's president, William Ruto, withdrew the bill,
                # saying"; nor "Smith was sacked by the club, accusing him of ...").
                for at in (clause, _after_opening_phrase(text, clause, found.start())):
                    lead = _lead_subject(text, at, found.start()) if at is not None else None
                    if (
                        lead is not None
                        and (start == end or (start <= lead[0] and lead[1] < end))
                        and names.could_name(text, *lead)
                    ):
                        return lead, "said"
            named = _NAME_BEFORE_OF.fullmatch(text, start, end)
            if (
                named is not None
                and named.group("last") not in _TITLE_BEFORE_OF
                and named.end("name") in names.people.values()
            ):
                # "Ragnar Sigurdsson of the University of Iceland described the eruption
                # as “...”": the person named, not where they work ("Mayor of London Sadiq
                # Khan" keeps his title).
                start, end = named.span("name")
            subject = text[start:end].split()
            if not subject or len(subject) > 6 or subject[-1] in _AUXILIARIES:
                continue
            if names.could_name(text, start, end):
                return (start, end), found.group("verb")
    return fallback


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")


def _words_named_end(text: str, at: int, lead: tuple[int, int]) -> int:
    """Where the lead's own words end: after "Her message" when it names them."""
    named = POSSESSOR_OF_WORDS.match(text, at)
    if named is None or named.start("pronoun" if named.group("pronoun") else "name") != lead[0]:
        return lead[1]
    return named.end()


_WORDS_OF_ANOTHER = re.compile(
    r"\b(?:read|reads|reading|statement|message|letter|e-?mail|text|texted|tweet|post"
    r"|wrote|written|writing|sign|banner|from|that|showed|shown|showing)\b"
)


def _lead_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who a clause opening at `start` is about: a name or pronoun ("Pettifer struck"), a
    name after its role ("Variety critic Owen Pryce was"), or a description of someone
    ("The union leader was unmoved")."""
    role = ROLE_LEAD.match(text, start, end)
    if role is not None and person_noun(role.group("role").split()[-1]):
        return role.span("who")
    words_of = POSSESSOR_OF_WORDS.match(text, start, end)
    if words_of is not None:
        return words_of.span("pronoun" if words_of.group("pronoun") else "name")
    described = _DESCRIPTION.match(text, start, end)
    if described is not None and person_noun(described.group().split()[-1].lower()):
        return described.span()
    lead = _LEADING_NAME.match(text, start, end)
    return lead.span() if lead is not None else None


_DESCRIPTION = re.compile(r"[Tt]he(?:\s+[a-z\d][\w’'-]*){1,3}?(?=\s+(?:was|is|were|had|has)\b)")


def _after_opening_phrase(text: str, begin: int, end: int) -> int | None:
    """Where the clause starts after a sentence's opening phrase ("In her closing
    remarks, Pettifer ..."), if the sentence opens with one."""
    comma = text.find(", ", begin, end)
    if comma < 0 or not opening_phrase(text[begin:comma].split()):
        return None
    return comma + 2


# Words after the verb that end in one of their own ("said the risk to customers
# remained “extremely low”"): a clause's subject and verb, not who said it.
_ENDS_IN_A_VERB = re.compile(r"the\s+\S+(?:\s+\S+)+\s+[a-z]{3,}ed\s*")


_RELATIVE_WORD = re.compile(r"(?:which|that|who|whom)\s+(?=(?:he|she|they)\b)")
_NAME_HAS_CALLED = re.compile(
    r"\b(?:which|that|a\s+[a-z]+)\s+(?P<who>[A-Z][\w’'-]+(?:\s+(?:de|van|von|der|[A-Z][\w’'-]+)){1,3})"
    r"(?:\s+of\s+[^,;“”\"]{3,60}?)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?P<verb>called|described|dubbed|labelled|labeled|branded)(?:\s+it)?(?:\s+as)?\s*$"
)
_WHAT_OTHERS_CALL = re.compile(
    r"\bwhat\s+(?:the|some|many|most)\s+(?P<who>[a-z-]+(?:\s+[a-z-]+)?)\s+"
    r"(?:calls?|called|dubs?|terms?)(?:\s+(?:a|an|the))?\s*$"
)
_WHAT_THEY_CALLED = re.compile(
    r"\bwhat\s+(?P<who>he|she|they)\s+(?P<verb>called|calls|described|describes|termed"
    r"|dubbed|labelled|labeled|branded)(?:\s+as)?\s*$"
)


def _verb(match: re.Match[str]) -> str:
    verb = match.group("verb1") or match.group("verb2")
    return verb.split()[-1] if verb.startswith(("was ", "is ", "were ", "are ")) else verb


# Someone else's clause before the participle: "after Smith complained, telling ...".
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|[A-Z][\w'’-]+)\s+(?:[a-z]+ed|said|told|wrote|spoke|was|were|had)\b"
)
_RELATING = frozenset({"of", "with", "to", "for", "by", "from", "beside", "behind", "and"})


def _subject(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker in "Lei, the CEO of Xiaomi, said": the words before the first comma,
    after any opening phrase ("Opening the debate, the secretary, X, said")."""
    while True:
        comma = text.find(",", start, end)
        if comma <= start:
            break
        if not opening_phrase(text[start:comma].split()):
            # "the environment secretary, Callum Fairweather," : the name it describes.
            following = text.find(",", comma + 1, end)
            part_end = following if following > comma else end
            named = text[comma + 1 : part_end].split()
            described = text[start:comma].split()
            first = described[0]
            # "The historian Meron Haile, of Addis Ababa University,": where the one named
            # works, not who speaks.
            works_at = named[:1] in (["of"], ["from"], ["at"]) and described[-1][:1].isupper()
            # "the group's founder, retired teacher Linda Castellanos,": the capitalised
            # words that end the apposition, after what they are.
            lower = 0
            while lower < len(named) and named[lower].islower():
                lower += 1
            name = named[lower:]
            capitals = 0
            while capitals < len(name) and name[capitals][:1].isupper():
                capitals += 1
            # "Senator Dale Hutchins of Kansas", "Dr Ama Mensah of the University of Ghana",
            # "Kipchoge of Kenya": the name, when "of" and where end the apposition (not
            # "Mayor of London Sadiq Khan", "Bank of Ghana chief Ernest Addison": a title
            # before the name).
            place = name[capitals + 1 :]
            of_place = (
                0 < capitals < len(name)
                and name[capitals] in ("of", "from")
                and not (capitals == 1 and name[0] in _TITLE_BEFORE_OF)
                and (
                    place[:1] == ["the"]
                    or (0 < len(place) <= 2 and all(w[:1].isupper() for w in place))
                )
            )
            if of_place:
                name = name[:capitals]
            if not works_at and (
                # "Mr Arkwright's widow, Joanne Arkwright,": a possessor's kin or staff
                (
                    describes(first)
                    or (len(described) > 1 and describes(described[-2]) and described[-1].islower())
                )
                # (up to six words: "Samoan Prime Minister Losa Faleolo")
                and 0 < len(name) <= 6
                and lower <= 3
                and all(w[:1].isupper() for w in name)
                # not someone the lower words relate them to: "a friend of Rob Kinsella",
                # "travelling with Rob Kinsella"
                and not _RELATING.intersection(named[:lower])
            ):
                start = text.find(name[0], comma + 1, part_end)
                end = part_end
                if of_place:
                    end = text.find(name[-1], start, part_end) + len(name[-1])
            else:
                end = comma
            break
        start = comma + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Titles, and bodies and ranks the titles leave out, a place follows with "of" before a
# name: "Mayor of London Sadiq Khan", "Bank of Ghana chief Ernest Addison".
_TITLE_BEFORE_OF = TITLES | {
    "Bank", "Countess", "Dean", "Duchess", "Duke", "Earl", "Master", "Mayoress", "Provost",
    "Sultan", "Warden",
}  # fmt: skip
# A name, then where its bearer works or comes from: "Volcanologist Ragnar Sigurdsson of
# the University of Iceland", "Kipchoge of Kenya".
_NAME_BEFORE_OF = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}(?P<last>[A-Z][\w’'.-]*))\s+(?:of|from|at)\s+"
    r"(?:the\s+)?[A-Z][^,;:]*"
)


def _looks_like_a_title(text: str, q: Quoted) -> bool:
    """ "The Last Emperor", "Horizon 2030": a few words, every one that matters capitalised
    (but not a shout in capitals, and not a question or a cry)."""
    inside = text[q.start : q.end].rstrip()
    found = _WORD.findall(inside)
    content = [w for w in found if w.lower() not in _MINOR]
    return (
        len(found) <= 8
        and any(w[:1].isupper() for w in content)
        and all(w[:1].isupper() or w.isdigit() for w in content)  # "Horizon 2030"
        and not inside.isupper()
        and not inside.endswith(("?", "!"))
    )


def _named_title(text: str, group: Quotation) -> bool:
    """A title in marks after what names it ("a report titled “Concrete Creep”", "her
    first novel, “The Salt Carriers”", "known in Porto as “Tio Zé”"): no quotation,
    even where a verb of saying follows ("..., estimated last month that")."""
    if len(group.pieces) > 1:
        return False
    q = group.pieces[0]
    before = text[max(0, q.opened - 60) : q.opened]
    return _looks_like_a_title(text, q) and _NAMES_TITLE_BEFORE.search(before) is not None


def _is_title_or_term(text: str, group: Quotation) -> bool:
    """Unattributed marks around a title ("The Last Emperor"), a term or a scare quote
    ("so-called “reform”", "“new quality productive forces”"): not a quotation. A few
    words quoted inside the writer's sentence with no one saying them are a term,
    unless they ask or cry out, or a banner or a crowd "reads" or "chants" them."""
    if len(group.pieces) > 1:
        return False
    q = group.pieces[0]
    found = _WORD.findall(text, q.start, q.end)
    if text[q.start : q.end].rstrip().endswith(("?", "!")):
        return False
    # Before the title test: a sign's words and a chant are often capitalised like one
    # ("placards reading “Cuts Kill”", 'signs reading "Put It Down" and "Text Later, Live
    # Longer"'), but "read “War and Peace”" is a book.
    if shown_before(text, 0, q.opened) or SHOWN_LIST.search(
        text, max(0, q.opened - 160), q.opened
    ):
        return False
    if _looks_like_a_title(text, q):
        return True
    if SHOWN_WORDS.search(text, max(0, q.opened - 40), q.opened):
        return False
    return len(found) <= 2 or (group.kinds[0] is QuoteKind.PARTIAL and len(found) < TERM_WORDS)
