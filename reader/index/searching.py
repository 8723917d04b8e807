"""From a user's query to a bounded Whoosh query.

The query is read once into a tree (`querylang`), which `whoosh_query` makes
into Whoosh's query objects.

Prefix, wildcard and fuzzy terms and term ranges are expanded here, against
the corpus's words (`vocabulary`) or, within a field, the index's own terms,
to at most `MAX_EXPANSION` of their most frequent terms: Whoosh would
otherwise expand `co*` or `{a TO z}` to thousands of terms and take seconds.
Entity names given in part (`person:lei`) expand to the full names that
contain them as words.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.reading import IndexReader

from reader.index import querylang, vocabulary
from reader.index.model import ALIASED_TYPES
from reader.index.querylang import QueryError
from reader.index.schema import (
    COUNTED_FIELDS,
    ENTITY_FIELDS,
    NAME_FIELDS,
    SAID_FIELD,
    TAG_FIELD,
    TEXT_FIELDS,
    WORDS_FIELD,
    build_schema,
    tag_key,
)
from reader.index.vocabulary import WordSource, letter_set, within
from reader.index.whoosh_ext.segments import segment_key
from reader.index.whoosh_query import QueryBuilder

MAX_EXPANSION = 50
EXPANSION_BUDGET = 0.3  # seconds for all expansions of one query
_NO_TERM = "\x00"  # no analyser keeps a NUL: a term that is in no index

_ENTITY_FIELDS = frozenset(NAME_FIELDS)
# People and organisations go by one part of their name ("Blair", "Sachs"); places
# do not ("York" is not "New York").
ALIASED_FIELDS = frozenset([*(ENTITY_FIELDS[t] for t in ALIASED_TYPES), SAID_FIELD])


def make_parser() -> QueryBuilder:
    """What makes Whoosh queries of query trees, with the schema's analysers."""
    return QueryBuilder(build_schema(), TEXT_FIELDS)


@dataclass
class Bounded:
    query: wq.Query
    partial: bool = False  # an expansion was cut to its most frequent terms
    terms: set[tuple[str, str]] = field(default_factory=set)  # positive (field, text)
    phrases: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


def parse(parser: QueryBuilder, user_query: str) -> wq.Query:
    """The user's query as Whoosh's; raises QueryError with what is wrong."""
    q = parser.build(querylang.parse(user_query))
    if q is wq.NullQuery:
        raise QueryError(f"nothing to search for in '{user_query}': only very common words")
    return q


def resolve_tags(
    q: wq.Query, tagged: Mapping[str, Sequence[str]] | None
) -> tuple[wq.Query, tuple[tuple[str, tuple[str, ...]], ...]]:
    """`q` with each `tag:` term replaced by the ids of the articles under that tag.

    `tagged` maps article ids to the user's tags (kept outside the index). Also
    returns what was looked up, to tell two searches with different tags apart.
    """
    by_key: dict[str, list[str]] = {}
    for article_id, tags in (tagged or {}).items():
        for tag in tags:
            by_key.setdefault(tag_key(tag), []).append(article_id)
    used: dict[str, tuple[str, ...]] = {}

    def swap(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Term) and node.fieldname == TAG_FIELD:
            ids = used.setdefault(node.text, tuple(sorted(by_key.get(node.text, ()))))
            if not ids:
                return wq.NullQuery
            return wq.Or([wq.Term("id", article_id) for article_id in ids])
        return node

    return q.accept(swap), tuple(sorted(used.items()))


def bound(q: wq.Query, reader: IndexReader, words: WordSource | None = None) -> Bounded:
    """Expand multi-term parts within limits and note what the query matches.

    `words` is the corpus's vocabulary; without it a prefix, wildcard, fuzzy or
    range query on plain words (`invest*`) matches nothing.
    """
    out = Bounded(q)
    deadline = time.perf_counter() + EXPANSION_BUDGET
    out.query = _rewrite(q, reader, words, out, deadline)
    _collect(out.query, out, negated=False)
    return out


def _top_terms(
    reader: IndexReader,
    fieldname: str,
    candidates: list[str],
    out: Bounded | None,
    deadline: float | None = None,
) -> list[str]:
    """The `MAX_EXPANSION` most frequent candidates.

    A frequency costs a lookup in every segment (tens of µs): thousands of
    candidates (`{a TO z}`) are ranked only as far as the deadline allows, the
    rest keep their order after them.
    """
    if len(candidates) > MAX_EXPANSION:
        if out is not None:
            out.partial = True
        frequency: dict[str, int] = {}
        for n, term in enumerate(candidates):
            if deadline is not None and n % 64 == 0 and time.perf_counter() > deadline:
                break
            frequency[term] = reader.doc_frequency(fieldname, term)
        candidates.sort(key=lambda t: -frequency.get(t, 0))
        candidates = candidates[:MAX_EXPANSION]
    return candidates


# Per segment (segments never change their terms), field -> length -> [(term, letters)].
_VOCABULARY: OrderedDict[tuple[str, str], dict[int, list[tuple[str, int]]]] = OrderedDict()
_VOCABULARY_SEGMENTS = 64


def _segment_vocabulary(leaf: IndexReader, fieldname: str) -> dict[int, list[tuple[str, int]]]:
    segment = segment_key(leaf)
    key = (segment, fieldname) if segment is not None else None
    if key is not None and key in _VOCABULARY:
        _VOCABULARY.move_to_end(key)
        return _VOCABULARY[key]
    by_length: dict[int, list[tuple[str, int]]] = {}
    for btext in leaf.lexicon(fieldname):
        term = btext.decode("utf-8") if isinstance(btext, bytes) else btext
        by_length.setdefault(len(term), []).append((term, letter_set(term)))
    if key is not None:
        _VOCABULARY[key] = by_length
        while len(_VOCABULARY) > _VOCABULARY_SEGMENTS:
            _VOCABULARY.popitem(last=False)
    return by_length


def _fuzzy_terms(q: wq.FuzzyTerm, reader: IndexReader, out: Bounded, deadline: float) -> list[str]:
    """Terms within q.maxdist Damerau-Levenshtein edits of q.text.

    Whoosh builds a Levenshtein automaton and walks the vocabulary once per
    segment (250-300 ms a query at 20,000 articles); a cached per-segment
    vocabulary filtered by length and by a letter-set bound (each edit adds or
    removes at most one distinct letter) leaves a handful of exact checks.
    """
    text, maxdist, prefix = q.text, int(q.maxdist), q.text[: q.prefixlength]
    want = letter_set(text)
    found: set[str] = set()
    for leaf, _ in reader.leaf_readers():
        vocabulary = _segment_vocabulary(leaf, q.field())
        for length in range(len(text) - maxdist, len(text) + maxdist + 1):
            for term, letters in vocabulary.get(length, ()):
                if (
                    term not in found
                    and term.startswith(prefix)
                    and within(term, letters, text, want, maxdist) is not None
                ):
                    found.add(term)
        if time.perf_counter() > deadline:
            out.partial = True
            break
    return _top_terms(reader, q.field(), sorted(found), out, deadline)


def _expand(q: wq.Query, reader: IndexReader, out: Bounded, deadline: float) -> list[str]:
    fieldname = q.field()
    candidates: list[str] = []
    if fieldname not in reader.schema or not reader.schema[fieldname].indexed:
        return candidates
    if isinstance(q, wq.FuzzyTerm) and isinstance(q.text, str):
        return _fuzzy_terms(q, reader, out, deadline)
    for _, btext in q.expanded_terms(reader):
        candidates.append(btext.decode("utf-8") if isinstance(btext, bytes) else btext)
        if len(candidates) % 256 == 0 and time.perf_counter() > deadline:
            out.partial = True
            break
    return _top_terms(reader, fieldname, candidates, out, deadline)


def names_for(
    fieldname: str, key: str, reader: IndexReader, out: Bounded | None = None
) -> list[str]:
    """The names an entity-field query stands for.

    A full name (`person:"tony blair"`) also matches the articles that call the
    person by one part of it alone, where this is the name that part stands for
    across the corpus (see `aliases`); a part (`person:blair`) matches every
    full name that contains it as a word, and itself.
    """
    if " " in key and reader.doc_frequency(fieldname, key):
        if fieldname in ALIASED_FIELDS:
            return [key, *aliases(fieldname, key, reader)]
        return [key]
    found = [n for n in _names_with_word(fieldname, key, reader) if n != key]
    names = _top_terms(reader, fieldname, found, out)
    return [key, *names] if reader.doc_frequency(fieldname, key) else names


def aliases(fieldname: str, name: str, reader: IndexReader) -> list[str]:
    """The single words of `name` that stand for it across the corpus.

    An article that calls someone only "Blair" was not resolved by extraction
    (which resolves a part to a full name in the same article); across the
    corpus it means the full name holding that word that the most articles
    use, when that name is used at least twice as often as any other.
    """
    out = []
    for word in dict.fromkeys(name.split()):
        if len(word) < 2 or not reader.doc_frequency(fieldname, word):
            continue
        counts = sorted(
            (
                reader.doc_frequency(fieldname, n)
                for n in _names_with_word(fieldname, word, reader)
                if n != name and n != word
            ),
            reverse=True,
        )
        if not counts or reader.doc_frequency(fieldname, name) >= 2 * counts[0]:
            out.append(word)
    return out


def _names_with_word(fieldname: str, word: str, reader: IndexReader) -> list[str]:
    """Names of more than one word in the field that contain `word` as a whole word."""
    found: dict[str, None] = {}
    for leaf, _ in reader.leaf_readers():
        for name in _segment_name_words(leaf, fieldname).get(word, ()):
            found[name] = None
    return list(found)


# Per segment, field -> word -> the multi-word names holding it (segments never change).
_NAME_WORDS: OrderedDict[tuple[str, str], dict[str, list[str]]] = OrderedDict()


def _segment_name_words(leaf: IndexReader, fieldname: str) -> dict[str, list[str]]:
    segment = segment_key(leaf)
    key = (segment, fieldname) if segment is not None else None
    if key is not None and key in _NAME_WORDS:
        _NAME_WORDS.move_to_end(key)
        return _NAME_WORDS[key]
    by_word: dict[str, list[str]] = {}
    for btext in leaf.lexicon(fieldname):
        name = btext.decode("utf-8") if isinstance(btext, bytes) else btext
        if " " in name:
            for word in dict.fromkeys(name.split()):
                by_word.setdefault(word, []).append(name)
    if key is not None:
        _NAME_WORDS[key] = by_word
        while len(_NAME_WORDS) > _VOCABULARY_SEGMENTS:
            _NAME_WORDS.popitem(last=False)
    return by_word


def _or_terms(fieldname: str, texts: list[str], boost: float, missing: str) -> wq.Query:
    if not texts:
        # A term the index does not hold: matches nothing, unlike NullQuery,
        # which an AND would drop and so match more.
        return wq.Term(fieldname, missing)
    if len(texts) == 1:
        return wq.Term(fieldname, texts[0], boost=boost)
    return wq.Or([wq.Term(fieldname, t) for t in texts], boost=boost)


def _rewrite(
    q: wq.Query, reader: IndexReader, words: WordSource | None, out: Bounded, deadline: float
) -> wq.Query:
    if q.field() == WORDS_FIELD and isinstance(q, wq.MultiTerm | wq.Term):
        return _vocabulary_query(q, reader, words, out, deadline)
    if isinstance(q, wq.TermRange):
        # Whoosh's syntax reads `{a TO z}` as every word from a to z: bounded like a prefix.
        return _or_terms(q.field(), _expand(q, reader, out, deadline), q.boost, _NO_TERM)
    if isinstance(q, wq.MultiTerm) and not isinstance(q, wq.NumericRange):
        return _or_terms(q.field(), _expand(q, reader, out, deadline), q.boost, q.text)
    if isinstance(q, wq.Term) and q.field() in _ENTITY_FIELDS:
        names = names_for(q.field(), q.text, reader, out)
        return _or_terms(q.field(), names, q.boost, q.text)
    if q.is_leaf():
        return q
    return q.apply(lambda child: _rewrite(child, reader, words, out, deadline))


def _vocabulary_query(
    q: wq.Query, reader: IndexReader, words: WordSource | None, out: Bounded, deadline: float
) -> wq.Query:
    """`invest*`, `innovaton~`, `[a TO m]`: the stems of the corpus's words it
    reaches, each in the title and the body, the most frequent first."""
    found, cut = vocabulary.matching(q, words) if words is not None else ([], False)
    stems, late = vocabulary.stems(found, deadline)
    out.partial |= cut or late
    stems = [
        s for s in _top_terms(reader, "body", stems, out, deadline)
        if vocabulary.frequency(reader, s)
    ]
    if not stems:
        return wq.Term("body", _NO_TERM)
    return wq.Or([wq.Term(f, s) for s in stems for f in TEXT_FIELDS], boost=q.boost)


def _collect(q: wq.Query, out: Bounded, negated: bool) -> None:
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        _collect(q.a, out, negated)
        return
    if isinstance(q, wq.Phrase):
        if q.field() in TEXT_FIELDS:
            out.phrases.append((q.field(), tuple(q.words)))
            for word in q.words:
                out.terms.add((q.field(), word))
        return
    if isinstance(q, wq.Term):
        if q.field() in COUNTED_FIELDS:
            text = q.text.decode("utf-8") if isinstance(q.text, bytes) else q.text
            out.terms.add((q.field(), text))
        return
    if not q.is_leaf():
        for child in q.children():
            _collect(child, out, negated)


def hit_counts(
    reader: IndexReader,
    terms: set[tuple[str, str]],
    docnums: list[int],
    without_title: set[int] | frozenset[int] = frozenset(),
) -> dict[int, int]:
    """Occurrences of the matched terms in each document, from the postings;
    title matches do not count for the documents in `without_title`."""
    counts = dict.fromkeys(docnums, 0)
    wanted = sorted(docnums)
    for fieldname, text in terms:
        if not reader.doc_frequency(fieldname, text):
            continue
        # A posting's weight is its frequency times the field's boost.
        boost = getattr(reader.schema[fieldname].format, "field_boost", 1.0) or 1.0
        m = reader.postings(fieldname, text)
        for docnum in wanted:
            if not m.is_active():
                break
            if m.id() < docnum:
                m.skip_to(docnum)
                if not m.is_active():
                    break
            if m.id() == docnum and not (fieldname == "title" and docnum in without_title):
                counts[docnum] += round(m.weight() / boost)
    return counts
