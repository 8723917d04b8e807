"""Score entity extraction on text nobody here wrote: wikigold, tweets, unseen news.

    .venv/bin/python benchmarks/eval_ner.py [CORPUS ...] [--errors N] [--confusion]

CORPUS is any of `benchmarks/ner_corpus.py`'s names; the default is
`wikigold-test btc-g news-dev` (wikigold's held-out third and the tweet section
the entity model never trains on; the news test sets, `news-test`, `news-test2`,
`news-test3` to `news-test103`, are scored only when named).
Each document's text goes through `extract_entities`, the function
`reader extract` calls on an article's cleaned text. Our types map to CoNLL's
as PERSON -> PER, ORG -> ORG, GPE -> LOC, NORP/EVENT/PRODUCT -> MISC; DATE is
not scored. Strict = same span and type; lenient = overlapping span and same
type; label-blind = overlapping span, any type. Speed is words per second of
`extract_entities` on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.ner_corpus import TYPES, Document, Mention, load
from reader.extract.entities import extract_entities
from reader.extract.model import EntityType

CONLL_TYPE = {
    EntityType.PERSON: "PER",
    EntityType.ORG: "ORG",
    EntityType.GPE: "LOC",
    EntityType.NORP: "MISC",
    EntityType.EVENT: "MISC",
    EntityType.PRODUCT: "MISC",
}
MAIN = ("PER", "ORG", "LOC")
DEFAULT_CORPORA = ("wikigold-test", "btc-g", "news-dev")


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient_gold: int = 0
    lenient_predicted: int = 0

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "strict", "lenient_gold", "lenient_predicted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def strict_prf(self) -> tuple[float, float, float]:
        return prf(self.strict, self.predicted, self.strict, self.gold)

    def lenient_prf(self) -> tuple[float, float, float]:
        return prf(self.lenient_predicted, self.predicted, self.lenient_gold, self.gold)


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Score:
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    blind: Tally = field(default_factory=Tally)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    def micro(self, types: tuple[str, ...]) -> Tally:
        total = Tally()
        for kind in types:
            total.add(self.by_type[kind])
        return total


def predict(doc: Document) -> list[Mention]:
    out = []
    for entity in extract_entities(doc.text):
        kind = CONLL_TYPE.get(entity.type)
        if kind is not None:
            out.append(Mention(entity.start, entity.end, kind, entity.text))
    return out


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(doc: Document, predicted: list[Mention], score: Score) -> None:
    gold = doc.mentions
    exact = {(m.start, m.end, m.type) for m in gold}
    for kind in TYPES:
        tally = score.by_type[kind]
        g = [m for m in gold if m.type == kind]
        p = [m for m in predicted if m.type == kind]
        tally.gold += len(g)
        tally.predicted += len(p)
        tally.strict += sum((m.start, m.end, m.type) in exact for m in p)
        tally.lenient_gold += sum(any(_overlaps(m, q) for q in p) for m in g)
        tally.lenient_predicted += sum(any(_overlaps(m, q) for q in g) for m in p)
    blind = score.blind
    blind.gold += len(gold)
    blind.predicted += len(predicted)
    blind.lenient_gold += sum(any(_overlaps(m, q) for q in predicted) for m in gold)
    blind.lenient_predicted += sum(any(_overlaps(m, q) for q in gold) for m in predicted)
    blind.strict += sum(any((m.start, m.end) == (q.start, q.end) for q in gold) for m in predicted)
    for m in gold:
        over = [q for q in predicted if _overlaps(m, q)]
        if not over:
            score.confusion[(m.type, "-")] += 1
            score.errors.append(f"{doc.name}  missed {m.type:4} {m.text!r}")
        else:
            score.confusion[(m.type, over[0].type)] += 1
            if over[0].type != m.type:
                score.errors.append(
                    f"{doc.name}  typed  {m.type:4}->{over[0].type:4} {m.text!r} "
                    f"(as {over[0].text!r})  …{_context(doc, m)}…"
                )
    for q in predicted:
        if not any(_overlaps(m, q) for m in gold):
            score.confusion[("-", q.type)] += 1
            score.errors.append(f"{doc.name}  extra  {q.type:4} {q.text!r}  …{_context(doc, q)}…")


def _context(doc: Document, m: Mention) -> str:
    return doc.text[max(0, m.start - 40) : m.end + 40].replace("\n", " ")


def evaluate(docs: list[Document]) -> Score:
    score = Score()
    for doc in docs:
        started = time.perf_counter()
        predicted = predict(doc)
        score.seconds += time.perf_counter() - started
        score.words += len(doc.text.split())
        score_document(doc, predicted, score)
    return score


def format_score(name: str, docs: list[Document], score: Score) -> str:
    lines = [
        f"{name}: {len(docs)} documents, {score.words:,} words, "
        f"{sum(len(d.mentions) for d in docs):,} gold mentions",
        f"  {'type':<10}{'gold':>6}{'pred':>6}   strict P / R / F1      lenient P / R / F1",
    ]

    def row(label: str, tally: Tally) -> str:
        sp, sr, sf = tally.strict_prf()
        lp, lr, lf = tally.lenient_prf()
        return (
            f"  {label:<10}{tally.gold:>6}{tally.predicted:>6}   "
            f"{sp:.3f} {sr:.3f} {sf:.3f}    {lp:.3f} {lr:.3f} {lf:.3f}"
        )

    for kind in TYPES:
        lines.append(row(kind, score.by_type[kind]))
    lines.append(row("PER+ORG+LOC", score.micro(MAIN)))
    lines.append(row("all four", score.micro(TYPES)))
    lines.append(row("label-blind", score.blind))
    rate = score.words / score.seconds if score.seconds else 0.0
    lines.append(f"  speed: {rate:,.0f} words/s ({score.seconds * 1000:.0f} ms in all)")
    return "\n".join(lines)


def format_confusion(score: Score) -> str:
    labels = [*TYPES, "-"]
    lines = ["  gold \\ predicted " + "".join(f"{t:>7}" for t in labels)]
    for g in labels:
        lines.append(f"  {g:<17}" + "".join(f"{score.confusion.get((g, p), 0):>7}" for p in labels))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=list(DEFAULT_CORPORA))
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors")
    parser.add_argument("--confusion", action="store_true", help="print a confusion table")
    args = parser.parse_args(argv)
    extract_entities("Warm up the gazetteer and name lists, said Ann Lee.")
    for corpus in args.corpora:
        docs = load(corpus)
        if not docs:
            print(f"{corpus}: no documents", file=sys.stderr)
            continue
        score = evaluate(docs)
        print(format_score(corpus, docs, score))
        if args.confusion:
            print(format_confusion(score))
        if args.errors:
            print("\n".join(score.errors[: args.errors]))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
