"""The Whoosh schema and the analysis shared by indexing, querying and highlighting.

Matching, passages and in-article match offsets must all see the same tokens,
so the analyzers live here and nowhere else.
"""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import RegexTokenizer, StemmingAnalyzer
from whoosh.analysis.filters import LowercaseFilter

from reader.extract.model import EntityType

# Bump when the schema or what goes into a field changes: the index rebuilds.
SCHEMA_VERSION = "3"

BODY_ANALYZER = StemmingAnalyzer(cachesize=-1)
# Unstemmed, lowercase words of title and body: the vocabulary for prefix,
# wildcard and fuzzy matching (a stem is no prefix of the words it stands for:
# "investm*" must find "investment") and for spelling suggestions.
WORDS_ANALYZER = RegexTokenizer() | LowercaseFilter()

_TOKENIZER, _LOWER, _STOP, _STEM = BODY_ANALYZER.items


def body_tokens(text: str) -> list[tuple[int, str, int, int]]:
    """(position, stem, start, end) of each token BODY_ANALYZER indexes in `text`.

    The same steps, read from the analyzer itself, without its per-token
    generator chain and Token objects: a quarter of the time, which is most
    of the cost of marking passages for 20 results.
    """
    out: list[tuple[int, str, int, int]] = []
    stops, shortest, longest = _STOP.stops, _STOP.min, _STOP.max
    stem, ignore = _STEM._stem, _STEM.ignore
    pos = -1
    for i, m in enumerate(_TOKENIZER.expression.finditer(text)):
        word = m.group().lower()
        if len(word) < shortest or (longest is not None and len(word) > longest) or word in stops:
            continue
        # Like StopFilter(renumber=True): the first kept token keeps its place.
        pos = i if pos < 0 else pos + 1
        out.append((pos, word if word in ignore else stem(word), m.start(), m.end()))
    return out


ENTITY_FIELDS: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.ORG: "org",
    EntityType.GPE: "place",
    EntityType.PRODUCT: "product",
    EntityType.EVENT: "event",
    EntityType.NORP: "norp",
}
FIELD_ENTITY: dict[str, EntityType] = {v: k for k, v in ENTITY_FIELDS.items()}

TEXT_FIELDS = ("title", "body")
WORDS_FIELD = "words"
DATE_FIELD = "date"
UNDATED_FIELD = "undated"  # 1 for an article without a date, whose date column holds a default
# Fields a user may name in a query, in the order the help message lists them.
USER_FIELDS = ("title", "person", "org", "place", "product", "event", "norp", "source", "date")
# Fields whose matches count as hits (dates and sources select, they do not "occur").
COUNTED_FIELDS = frozenset((*TEXT_FIELDS, WORDS_FIELD, *ENTITY_FIELDS.values()))


def entity_key(canonical: str) -> str:
    """The indexed form of an entity name: lowercase, no commas, single spaces.

    Straight apostrophes become typographic ones so that a name can always be
    single-quoted in Whoosh's query syntax.
    """
    text = canonical.replace(",", " ").replace("'", "\u2019").lower()
    return " ".join(text.split())


def build_schema() -> fields.Schema:
    entity = {
        name: fields.KEYWORD(lowercase=True, commas=True, scorable=True)
        for name in ENTITY_FIELDS.values()
    }
    return fields.Schema(
        id=fields.ID(unique=True, stored=True, sortable=True),
        path=fields.ID(),
        title=fields.TEXT(analyzer=BODY_ANALYZER, field_boost=2.0),
        body=fields.TEXT(analyzer=BODY_ANALYZER, phrase=True),
        words=fields.TEXT(analyzer=WORDS_ANALYZER, phrase=False),
        source=fields.TEXT(analyzer=WORDS_ANALYZER, phrase=True),
        # YYYYMMDD; absent when the article is undated.
        date=fields.NUMERIC(int, bits=32, sortable=True),
        undated=fields.NUMERIC(int, bits=8, sortable=True),
        data=fields.STORED(),
        **entity,
    )
