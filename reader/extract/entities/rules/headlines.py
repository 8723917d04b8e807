"""Headlines and bylines: only names the body, the lists or a byline vouch for."""

from __future__ import annotations

import re

from reader.extract.entities import lexicon as lx
from reader.extract.entities.gazetteer import Place, longest_name_words
from reader.extract.entities.rules import cues
from reader.extract.entities.rules.shapes import is_compound_demonym, named_person, title_case
from reader.extract.entities.rules.span import ORG, G, KnownNames, N, P, Span, name_key
from reader.extract.entities.rules.state import ArticleState
from reader.extract.entities.wordlists import mostly_lower_case
from reader.extract.model import Entity, EntityType

# A byline's reporters, up to the comma before their paper: "By A and B, " .
_BYLINE_BEFORE = re.compile(
    r"(?:By [A-Z][^,\n]{2,60}|(?:[A-Z][\w&'’-]*\s+){0,3}(?i:"
    + "|".join(cues.REPORTERS)
    + r")s?),\s+"
)
_BYLINE_PART_END = re.compile(r"\s*(?:,|$)", re.MULTILINE)
_BYLINE_ROLES = frozenset(cues.REPORTERS) | lx.words("bureau staff desk team")


def _plain_place(place: Place) -> bool:
    """A place name unlikely to be anything else: not an everyday word, not a small town."""
    return not place.common_word and place.kind != "town"


class HeadlineMatching(ArticleState):
    """Headline lines, typed only by what the body and the lists know."""

    def _headline(self, span: Span, known: KnownNames) -> list[Entity]:
        """Title Case: only names known from the body, places, nationalities and
        names that are plainly a person's (a common given name, then a surname) count.
        In capitals ("RUSSIA SAYS CHECHEN TRUCE HOLDING"), the same in the body's case."""
        names, persons, orgs = known.names, known.persons, known.orgs
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
                    forms.append(folded.get(name_key(surface).casefold()) or title_case(surface))
                if (
                    j - i == 1
                    and surface in lx.BEATS
                    and cues.BEAT_ROLE_AFTER.match(self.text, end)
                ):
                    continue  # "Hannah Pryce Science correspondent": a byline's beat
                for form in forms:
                    typed = self._headline_name(form, j - i, known, byline=byline)
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

    def _byline_outlet(self, span: Span, names: dict[str, tuple[EntityType, str]]) -> Entity | None:
        """ "By Natalie Szczepanski, Detroit Metro Bulletin", "Business reporter, BBC News":
        the paper the reporter writes for, after the comma (a town there is where they
        file from)."""
        text = self.text
        line_start = text.rfind("\n", 0, span.start) + 1
        if not _BYLINE_BEFORE.fullmatch(text, line_start, span.start):
            return None
        if not _BYLINE_PART_END.match(text, span.end) or name_key(span.text) in names:
            return None
        words = span.words
        if len(words) < 2 or span.text in self.places or words[-1] in lx.BEATS:
            return None
        if words[-1].lower() in _BYLINE_ROLES:
            return None  # "By Tom Ackroyd, Racing Correspondent"
        return Entity(span.start, span.end, span.text, ORG, span.text)

    def _headline_name(
        self, surface: str, n: int, known: KnownNames, *, byline: bool = False
    ) -> tuple[EntityType, str] | None:
        """The type and canonical name of `n` headline words, if the article or the
        lists know them."""
        names, persons, acronyms, orgs = known.names, known.persons, known.acronyms, known.orgs
        key = name_key(surface)
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
        if key in lx.NEWS_AGENCIES:
            return ORG, key  # "TOKYO, Aug 27 (Reuters) -", "By Ann Lee Associated Press"
        if (place := self.places.get(surface)) and _plain_place(place):
            return G, place.canonical
        if n == 1 and (surface in lx.DEMONYMS or is_compound_demonym(surface)):
            return N, surface
        if 2 <= n <= 4 and named_person(surface.split(), town_surname=byline):
            return P, surface  # "By Declan Fahy", "1. Amelie Mauresmo"
        return None
