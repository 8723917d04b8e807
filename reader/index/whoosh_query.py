"""Whoosh queries from query trees (`query_tree`): the one place the tree meets Whoosh.

The schema's own analysers turn a leaf's text into terms, the way Whoosh's
query parser did when it read the query as a string (and the way the index
was written): body and title words are stemmed and lose their stop words,
keyword fields are lowercased, a word that analyses into several terms needs
all of them, and one that analyses into none drops out of the query. A word
or phrase without a field is searched in the title or the body. The result
is normalised as the parser's was, so that the same query makes the same
Whoosh query, which the evaluator and Whoosh's matchers both run.
"""

from __future__ import annotations

from collections.abc import Sequence

from whoosh import fields
from whoosh import query as wq

from reader.index import query_tree as qt
from reader.index.fieldnames import TEXT_FIELDS


class QueryBuilder:
    """Makes Whoosh queries over one schema's fields."""

    def __init__(self, schema: fields.Schema, default_fields: Sequence[str] = TEXT_FIELDS) -> None:
        self.schema = schema
        self.default_fields = tuple(default_fields)

    def build(self, node: qt.Node) -> wq.Query:
        """The normalised query; NullQuery when nothing is left to search for
        (only stop words)."""
        q = self._node(node)
        return (q or wq.NullQuery).normalize()

    # Each method returns None for a leaf that analyses into nothing, as the
    # parser's nodes did: groups leave it out, NOT drops it.

    def _node(self, node: qt.Node) -> wq.Query | None:
        if isinstance(node, qt.And):
            return wq.And([q for q in map(self._node, node.children) if q is not None])
        if isinstance(node, qt.Or):
            children = [q for q in map(self._node, node.children) if q is not None]
            return wq.Or(children, boost=node.boost)
        if isinstance(node, qt.Not):
            q = self._node(node.child)
            # An empty group is false too: NOT (the) constrains nothing.
            return wq.Not(q) if q else None
        if isinstance(node, qt.Word | qt.Phrase) and node.field is None:
            # One query per default field, the boost on the group that joins them.
            boost = node.boost if isinstance(node, qt.Word) else 1.0
            per_field = (self._leaf(node, name, 1.0) for name in self.default_fields)
            return wq.Or([q for q in per_field if q is not None], boost=boost)
        assert node.field is not None
        return self._leaf(node, node.field, getattr(node, "boost", 1.0))

    def _leaf(self, node: qt.Leaf, name: str, boost: float) -> wq.Query | None:
        if isinstance(node, qt.Word):
            return self._terms(name, node.text, wq.Term, boost, tokenize=True)
        if isinstance(node, qt.Key):
            return self._terms(name, node.key, wq.Term, boost, tokenize=True)
        if isinstance(node, qt.Phrase):
            tokens = self.schema[name].tokenize(node.text, mode="query")
            return wq.Phrase(name, [t.text for t in tokens], slop=1, boost=boost)
        if isinstance(node, qt.Prefix):
            return self._terms(name, node.text, wq.Prefix, boost)
        if isinstance(node, qt.Wildcard):
            return self._terms(name, node.text, wq.Wildcard, boost)
        if isinstance(node, qt.Fuzzy):
            q = self._terms(name, node.text, wq.FuzzyTerm, boost)
            if isinstance(q, wq.FuzzyTerm):
                q.maxdist, q.prefixlength = node.distance, 0
            return q
        if isinstance(node, qt.TermRange):
            # An open start is "", as Whoosh's parser read `['' TO m]`.
            low = self._single(name, node.low) if node.low is not None else ""
            high = self._single(name, node.high) if node.high is not None else None
            return wq.TermRange(name, low, high, node.low_excluded, node.high_excluded)
        if isinstance(node, qt.DateRange):
            field = self.schema[name]
            return field.parse_range(name, str(node.low), str(node.high), False, False)
        raise TypeError(f"not a query tree leaf: {node!r}")

    def _terms(
        self,
        name: str,
        text: str,
        kind: type[wq.Query],
        boost: float,
        tokenize: bool = False,
    ) -> wq.Query | None:
        """A term of `kind` for what the field's analysis makes of `text`: words
        are split and lose stop words (`tokenize`), patterns are analysed whole.
        Several terms are all required; none is None."""
        field = self.schema[name]
        texts = list(
            field.process_text(text, mode="query", tokenize=tokenize, removestops=tokenize)
        )
        if not texts:
            return None
        if len(texts) > 1:  # the fields' `multitoken_query` is "default": the parser's AND
            return wq.And([kind(name, t, boost=boost) for t in texts])
        return kind(name, texts[0], boost=boost)

    def _single(self, name: str, text: str) -> str | None:
        """One end of a range, as the field indexes it (lowercased)."""
        field = self.schema[name]
        texts = field.process_text(text, mode="query", tokenize=False, removestops=False)
        return next(iter(texts), None)
