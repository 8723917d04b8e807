"""Who said what across the corpus: the stored quotations, by speaker.

Reads the quotations extraction stored with each article (no file is opened
again). A person is matched as `said:` matches: a full name, or any full name
holding a word ("lei" finds "Lei Jun"), and one word that stands for the name
across the corpus ("Blair" for "Tony Blair").
"""

from __future__ import annotations

from whoosh.searching import Searcher

from reader.index import codec
from reader.index.evaluation import Unsupported, evaluate
from reader.index.model import QuotedBy
from reader.index.querylang import QueryError
from reader.index.schema import SAID_FIELD, entity_key
from reader.index.searching import bound, names_for, parse
from reader.index.whoosh_query import QueryBuilder


def corpus_quotes(
    s: Searcher, parser: QueryBuilder, person: str | None = None
) -> list[QuotedBy]:
    """Every quotation (or every one by `person`), newest article first, then in
    the order each article gives them."""
    reader = s.reader()
    wanted: set[str] | None = None
    if person is not None:
        key = entity_key(person)
        if not key:
            raise QueryError("name someone whose quotations to list")
        wanted = set(names_for(SAID_FIELD, key, reader))
        if not wanted:
            return []
        parsed = parse(parser, f'{SAID_FIELD}:"{person.replace(chr(34), " ")}"')
        try:
            docnums = sorted(evaluate(bound(parsed, reader).query, s).scores)
        except Unsupported:
            docnums = sorted(s.docs_for_query(bound(parsed, reader).query))
    else:
        docnums = list(reader.all_doc_ids())
    out: list[QuotedBy] = []
    for docnum in docnums:
        stored = codec.decode(s.stored_fields(docnum)["data"])
        for quote in stored.quotes:
            if wanted is None or (quote.speaker and entity_key(quote.speaker) in wanted):
                out.append(QuotedBy(stored.summary, quote))
    out.sort(key=_newest_first)
    return out


def _newest_first(item: QuotedBy) -> tuple[int, str, int]:
    published = item.article.published
    return (-published.toordinal() if published else 1, item.article.id, item.quote.start)
