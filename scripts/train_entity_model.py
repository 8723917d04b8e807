"""Train the entity typing model (reader/extract/data/entity_model.tsv.gz).

    .venv/bin/python scripts/train_entity_model.py [--corpora wikigold-train,btc-a,...]

The rule engine proposes candidate names (capitalised spans) with its
evidence; each candidate is labelled from the gold annotation it overlaps
(PER, ORG, LOC, MISC) or O when it overlaps none, and an averaged perceptron
learns to type them from `reader.extract.entities.features`. Only openly
licensed data is used (see benchmarks/ner_corpus.py and data/ATTRIBUTION.md):
wikigold's training two thirds and the Broad Twitter Corpus but its section g.
wikigold's held-out third, section g (news accounts' tweets) and the project's
own dev and test news articles (`news-dev`, `news-test`, `news-test2`, `news-test3`,
`news-test4` to `news-test103`) are never trained on; score them with benchmarks/eval_ner.py. The
output is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import eval_ner  # noqa: E402
from benchmarks.ner_corpus import NEWS_PARTS, Document, Mention, load  # noqa: E402
from reader.extract.entities.base import Context  # noqa: E402
from reader.extract.entities.lexicon import DEMONYMS  # noqa: E402
from reader.extract.entities.perceptron import Feature, train_averaged  # noqa: E402
from reader.extract.entities.rules import MODEL_FILE, ArticleRules, RuleRecogniser  # noqa: E402
from reader.extract.entities.wordlists import mostly_lower_case  # noqa: E402
from reader.extract.model import EntityType  # noqa: E402

CLASSES = ("PER", "ORG", "LOC", "MISC", "O")
MISC_EVIDENCE = {EntityType.NORP, EntityType.EVENT, EntityType.PRODUCT}
DEFAULT_CORPORA = "wikigold-train,news-train,btc-a,btc-b,btc-e,btc-f,btc-h"
FOLDED = ("wikigold-train", "news-train")  # what --cross holds folds of
LIST_FEATURES = ("company",)  # a name list's features: each such example also goes in without
# Every news part but "train" is held out, so a new test set is never trained on by
# being forgotten here.
NEVER = ("wikigold", "wikigold-test", "btc-g", *(f"news-{p}" for p in NEWS_PARTS if p != "train"))


def examples(doc: Document) -> list[tuple[list[Feature], str]]:
    """One example per candidate span: its features, and the type of the gold it overlaps.

    The Broad Twitter Corpus marks no MISC (nationalities, events, works), so its
    candidates that look like those are left out; and tweets capitalise freely and
    leave products and events unmarked, so of its unmarked candidates only those
    holding a word English mostly writes in lower case teach "not a name" (unknown
    capitalised words are names in news, even at a sentence start).
    """
    article = ArticleRules(doc.text, Context())
    tweets = doc.name.startswith("btc")
    out = []
    for span in article.candidates():
        if span.headline or not span.words:
            continue
        label = "O"
        for mention in doc.mentions:
            if mention.start < span.end and span.start < mention.end:
                label = mention.type
                break
        if tweets and (
            span.evidence.keys() & MISC_EVIDENCE
            or any(w in DEMONYMS for w in span.words)
            or (label == "O" and not any(map(mostly_lower_case, span.words)))
        ):
            continue
        features = article.features(span)
        out.append((features, label))
        listed = [f for f in features if f[0].startswith(LIST_FEATURES)]
        if listed:
            # Also without the list's word, so that the name's other features still
            # learn to type it (unlisted companies are most of those in any text) and
            # the list stays evidence that context can outweigh ("Walt Disney was born").
            out.append(([f for f in features if f not in listed], label))
    return out


def cross_validate(corpora: list[str], epochs: int, folds: int, errors: int, seeds: int) -> None:
    """Train without one fold of each annotated article set, score on that fold; repeat.

    Tuning features against these scores (and news-dev) leaves wikigold's
    held-out third and the news test set unseen until the end.
    """
    docs = {corpus: load(corpus) for corpus in corpora}
    folded = [c for c in corpora if c in FOLDED]
    cached = {id(doc): examples(doc) for corpus in corpora for doc in docs[corpus]}
    scores = {corpus: eval_ner.Score() for corpus in folded}
    for fold in range(folds):
        trained_on = []
        held: dict[str, list[Document]] = {}
        for corpus in corpora:
            if corpus in folded:
                held[corpus] = [d for i, d in enumerate(docs[corpus]) if i % folds == fold]
            trained_on += [d for d in docs[corpus] if d not in held.get(corpus, [])]
        data = [example for doc in trained_on for example in cached[id(doc)]]
        recogniser = RuleRecogniser(train_averaged(data, CLASSES, epochs, seeds))
        for corpus, held_docs in held.items():
            for doc in held_docs:
                eval_ner.score_document(doc, predict_with(recogniser, doc), scores[corpus])
    for corpus, score in scores.items():
        print(
            eval_ner.format_score(f"{corpus}, cross-validated ({folds} folds)", docs[corpus], score)
        )
        print(eval_ner.format_confusion(score))
        if errors:
            print("\n".join(score.errors[:errors]))


def predict_with(recogniser: RuleRecogniser, doc: Document) -> list[Mention]:
    out = []
    for entity in recogniser.recognise(doc.text, Context()):
        kind = eval_ner.CONLL_TYPE.get(entity.type)
        if kind is not None:
            out.append(Mention(entity.start, entity.end, kind, entity.text))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=DEFAULT_CORPORA)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument(
        "--cross", type=int, default=0, metavar="K", help="only cross-validate, K folds"
    )
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    parser.add_argument(
        "--seeds", type=int, default=10, help="models (shuffle orders) averaged into one"
    )
    args = parser.parse_args(argv)
    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    for corpus in corpora:
        if corpus in NEVER:
            print(f"{corpus} is held out for measuring; not trained on", file=sys.stderr)
            return 2
    if args.cross:
        cross_validate(corpora, args.epochs, args.cross, args.errors, args.seeds)
        return 0
    started = time.perf_counter()
    data: list[tuple[list[Feature], str]] = []
    for corpus in corpora:
        for doc in load(corpus):
            data.extend(examples(doc))
    labels = Counter(label for _, label in data)
    print(f"{len(data):,} candidate spans: " + ", ".join(f"{k} {v:,}" for k, v in labels.items()))
    model = train_averaged(data, CLASSES, args.epochs, args.seeds)
    right = sum(model.predict(features) == label for features, label in data)
    header = [
        f"trained on {', '.join(corpora)}: {len(data)} spans, {args.epochs} epochs, "
        f"mean of {args.seeds} shuffle orders",
        "data: wikigold (CC BY 4.0), Broad Twitter Corpus (CC BY 4.0); see ATTRIBUTION.md",
    ]
    model.save(args.out, header)
    print(
        f"training accuracy {right / len(data):.3f}; {len(model.weights):,} features; "
        f"{args.out.stat().st_size:,} bytes; {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
