"""Whether extraction's output is unchanged: write every output once, then compare.

    .venv/bin/python benchmarks/extraction_identity.py write OUT.jsonl [--code DIR]
    .venv/bin/python benchmarks/extraction_identity.py check OUT.jsonl [--code DIR]

For speed work that must not change a single result. Runs the whole per-article
extraction the index runs (entities, figures and quotes, as `annotate` does) over
news-train, news-dev, news-test, news-test2, wikigold, btc-g (tweets), the seeds and every
seventh generated article, and writes one JSON line per document. `check` runs it
again and names the documents whose output differs. `--code DIR` imports `reader`
from DIR (a worktree at another commit) instead of this checkout, so the reference
file can be written by the code being replaced:

    git worktree add /tmp/reader-main main
    .venv/bin/python benchmarks/extraction_identity.py write /tmp/main.jsonl --code /tmp/reader-main
    .venv/bin/python benchmarks/extraction_identity.py check /tmp/main.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "benchmarks" / "out" / "corpus-2225"
GENERATED_EVERY = 7
# The NER corpora state no date; the news ones are given one so that relative
# dates ("last Tuesday") are resolved and compared too.
NEWS_PUBLISHED = date(2021, 3, 10)
NER_CORPORA = ("news-train", "news-dev", "news-test", "news-test2", "wikigold", "btc-g")


def _documents(generated: Path) -> Iterator[tuple[str, object]]:
    """(name, Article) for files, (name, (text, published)) for the NER corpora."""
    from reader.corpus.loader import iter_corpus

    sys.path.insert(0, str(REPO / "benchmarks"))
    from ner_corpus import load

    for corpus in NER_CORPORA:
        published = NEWS_PUBLISHED if corpus.startswith("news-") else None
        for doc in load(corpus):
            yield doc.name, (doc.text, published)
    for root, every in ((REPO / "seeds", 1), (generated, GENERATED_EVERY)):
        if not root.is_dir():
            print(f"missing, skipped: {root}", file=sys.stderr)
            continue
        for index, item in enumerate(iter_corpus(root)):
            if index % every == 0 and hasattr(item, "text"):
                yield f"{root.name}/{item.id}", item


def _extract(item: object) -> dict[str, list]:
    from reader.extract.annotate import annotate
    from reader.extract.entities import extract_entities
    from reader.extract.figures import extract_figures
    from reader.extract.quotes import extract_quotes

    if isinstance(item, tuple):
        text, published = item
        entities = extract_entities(text, published)
        figures = extract_figures(text, published)
        quotes = extract_quotes(text, entities, skip=[])
    else:
        found = annotate(item)
        entities, figures, quotes = found.entities, found.figures, found.quotes
    return {
        "entities": [dataclasses.astuple(e) for e in entities],
        "figures": [dataclasses.astuple(f) for f in figures],
        "quotes": [dataclasses.astuple(q) for q in quotes],
    }


def lines(generated: Path) -> Iterator[str]:
    for name, item in _documents(generated):
        yield json.dumps({"doc": name, **_extract(item)}, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--code", type=Path, default=REPO, help="import reader from here")
    parser.add_argument("--generated", type=Path, default=GENERATED)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    import reader

    print(f"reader from {Path(reader.__file__).parent}", file=sys.stderr)
    produced = list(lines(args.generated))
    digest = hashlib.sha256("\n".join(produced).encode()).hexdigest()
    if args.action == "write":
        args.file.write_text("\n".join(produced) + "\n", encoding="utf-8")
        print(f"{len(produced)} documents written, sha256 {digest}")
        return 0
    expected = args.file.read_text(encoding="utf-8").splitlines()
    differing = [
        json.loads(new)["doc"] for new, old in zip(produced, expected, strict=False) if new != old
    ]
    if len(produced) != len(expected):
        print(f"{len(produced)} documents, {len(expected)} expected")
    for name in differing[:20]:
        print(f"differs: {name}")
    same = not differing and len(produced) == len(expected)
    print(f"{len(produced)} documents, sha256 {digest}: {'identical' if same else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
