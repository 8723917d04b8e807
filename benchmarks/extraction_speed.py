"""Extraction speed on one core: entities alone, and the whole per-article annotate.

    .venv/bin/python benchmarks/extraction_speed.py [--code DIR] [--rounds N]

Entities are timed on news-train, news-dev and wikigold-train and on the generated
corpus in benchmarks/out/corpus-2225 (python benchmarks/generate_corpus.py
benchmarks/out/corpus-2225 --count 2225); annotate (entities, figures, quotes: what
indexing runs per article) on the generated corpus. Speeds are CPU time of the
fastest of a few rounds after a warm-up round. `--code DIR` imports `reader` from
DIR, so two commits can be timed in turn on the same data:

    for i in 1 2 3; do
      .venv/bin/python benchmarks/extraction_speed.py --code /tmp/reader-main
      .venv/bin/python benchmarks/extraction_speed.py
    done
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "benchmarks" / "out" / "corpus-2225"
CORPORA = ("news-train", "news-dev", "wikigold-train")


def _timed(run, items: list, rounds: int) -> float:
    """CPU seconds of the fastest of `rounds` passes over `items`, after a warm-up pass:
    on a shared machine the fastest is the one least slowed by the others."""
    for item in items:
        run(item)
    best = float("inf")
    for _ in range(rounds):
        began = time.process_time()
        for item in items:
            run(item)
        best = min(best, time.process_time() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=REPO, help="import reader from here")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=300, help="generated articles timed")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    sys.path.insert(1, str(REPO / "benchmarks"))
    from ner_corpus import load

    from reader.corpus.loader import iter_corpus
    from reader.extract.annotate import annotate
    from reader.extract.entities import extract_entities

    label = args.code.resolve().name
    texts = [doc.text for corpus in CORPORA for doc in load(corpus)]
    words = sum(len(t.split()) for t in texts)
    elapsed = _timed(extract_entities, texts, args.rounds)
    print(f"{label:<20} entities  {words / elapsed:>9,.0f} words/s  ({len(texts)} documents)")

    articles = [a for a in iter_corpus(GENERATED) if hasattr(a, "text")][: args.articles]
    words = sum(len(a.text.split()) for a in articles)
    elapsed = _timed(lambda a: extract_entities(a.text, a.published), articles, args.rounds)
    print(f"{label:<20} entities  {words / elapsed:>9,.0f} words/s  (the generated articles)")
    elapsed = _timed(annotate, articles, args.rounds)
    per_article = elapsed / len(articles) * 1000
    print(
        f"{label:<20} annotate  {words / elapsed:>9,.0f} words/s  "
        f"{per_article:6.2f} ms/article  ({len(articles)} generated articles)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
