"""Views across a Library's corpus: its entities, who appears with whom, when,
what figures are stated, and the facets: from the manifest, not the index files.

`corpus_entities` and `ledger` hold the logic; this is where they meet the
manifest's rows and the Library's article summaries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from reader.extract.model import EntityType
from reader.index import corpus_entities, ledger
from reader.index.corpus_entities import Companion, CorpusEntity, Timeline
from reader.index.manifest import Manifest
from reader.index.model import ArticleSummary, FacetCount
from reader.index.schema import entity_key


class CorpusViews:
    """The corpus views of one Library; the whole corpus's entities are kept until
    `invalidate` (the index changed)."""

    def __init__(
        self,
        manifest: Manifest,
        summaries: Callable[[], list[ArticleSummary]],
        summary_map: Callable[[], dict[str, ArticleSummary]],
    ) -> None:
        self._manifest = manifest
        self._summaries = summaries  # every article, newest first
        self._summary_map = summary_map  # by article id
        self._entities: list[CorpusEntity] | None = None  # `corpus_entities()`, cached

    def invalidate(self) -> None:
        self._entities = None

    def corpus_entities(self, article_ids: Iterable[str] | None = None) -> list[CorpusEntity]:
        """See `Library.corpus_entities`."""
        whole = article_ids is None
        if whole and self._entities is not None:
            return self._entities
        ids = None if article_ids is None else list(article_ids)
        totals = self._manifest.entity_totals(ids)
        # Aliases by the whole corpus's counts, as search resolves them.
        alias_of = corpus_entities.aliases(totals if whole else self._manifest.entity_totals())
        overlaps = self._manifest.alias_overlaps(alias_of, ids)
        found = corpus_entities.merged(totals, alias_of, overlaps)
        if whole:
            self._entities = found
        return found

    def find_entity(self, name: str, kind: EntityType | None = None) -> CorpusEntity | None:
        """See `Library.find_entity`."""
        key = entity_key(name)
        found = [e for e in self.corpus_entities()
                 if key in e.keys and (kind is None or e.type is kind)]  # fmt: skip
        found.sort(key=lambda e: e.key != key)  # its own name before an alias
        return found[0] if found else None

    def companions(self, entity: CorpusEntity) -> list[Companion]:
        """See `Library.companions`."""
        known = {(e.type.value, key): e for e in self.corpus_entities() for key in e.keys}
        alias_of = {ident: e.key for ident, e in known.items() if ident[1] != e.key}
        counts = self._manifest.companion_counts(entity.type.value, entity.keys, alias_of)
        return corpus_entities.companions(counts, known)

    def entity_articles(self, entity: CorpusEntity) -> list[ArticleSummary]:
        """See `Library.entity_articles`."""
        ids = set(self._manifest.entity_articles(entity.type.value, entity.keys))
        return [summary for summary in self._summaries() if summary.id in ids]

    def entity_timeline(
        self, entity: CorpusEntity, span: tuple[date, date] | None = None
    ) -> Timeline:
        """See `Library.entity_timeline`."""
        days = (s.published for s in self.entity_articles(entity))
        return corpus_entities.timeline(days, span)

    def ledger(self, entity: CorpusEntity) -> list[ledger.LedgerRow]:
        """See `Library.ledger`."""
        rows = self._manifest.figure_rows(entity.type.value, entity.keys)
        return ledger.build(rows, self._summary_map())

    def facets(self, article_ids: list[str] | None, per_type: int) -> list[FacetCount]:
        """The most frequent entities of each type among these articles, or in the
        whole corpus (from the running totals, `corpus_entities`) when None."""
        if article_ids is None:
            ranked: dict[str, list[FacetCount]] = {}
            for e in self.corpus_entities():
                kept = ranked.setdefault(e.type.value, [])
                if len(kept) < per_type:
                    kept.append(FacetCount(e.type.value, e.name, e.mentions, e.articles))
            return [facet for type_ in sorted(ranked) for facet in ranked[type_]]
        rows = self._manifest.entity_counts(article_ids, per_type)
        return [FacetCount(t, name, int(m), int(a)) for t, name, m, a in rows]
