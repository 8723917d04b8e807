"""Score entity extraction against the hand-annotated seeds, and time it.

    .venv/bin/python benchmarks/extraction_eval.py [--seeds DIR] [--gold FILE]

Runs as the real pipeline does: each seed is loaded with the corpus loader,
entities are extracted from `Article.text` and mapped back to the file with
`Article.to_raw`. Strict = same span and type; lenient = overlapping span,
same type. Gold mentions flagged boilerplate are ignored, and so are
predictions inside gold boilerplate zones. Also runs benchmarks/eval_figures.py
when it exists, and prints speed in words per second on one core.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.extract.entities import extract_entities  # noqa: E402
from reader.extract.model import EntityType  # noqa: E402

DEFAULT_SEEDS = REPO / "seeds"
DEFAULT_GOLD = REPO.parent / "shared" / "gold" / "seeds.gold.json"
NAME_TYPES = tuple(t.value for t in EntityType if t is not EntityType.DATE)


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient_gold: int = 0  # gold mentions overlapped by a prediction of the same type
    lenient_predicted: int = 0  # predictions overlapping a gold mention of the same type

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.strict += other.strict
        self.lenient_gold += other.lenient_gold
        self.lenient_predicted += other.lenient_predicted

    def strict_prf(self) -> tuple[float, float, float]:
        return _prf(self.strict, self.predicted, self.strict, self.gold)

    def lenient_prf(self) -> tuple[float, float, float]:
        return _prf(self.lenient_predicted, self.predicted, self.lenient_gold, self.gold)


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp_g / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Report:
    by_type: dict[str, Counts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # missed / spurious mentions, for reading

    def micro(self, types: Iterable[str]) -> Counts:
        total = Counts()
        for kind in types:
            total.add(self.by_type.get(kind, Counts()))
        return total


Mention = tuple[int, int, str, str]  # start, end, type, text


def predict_file(path: Path, root: Path) -> list[Mention]:
    """Entities of one file, offsets into the file's text, via the corpus loader."""
    try:
        from reader.corpus.loader import load_file
    except ImportError:
        # Until the corpus loader exists: the raw text stands for the article.
        text = path.read_text(encoding="utf-8")
        return [(e.start, e.end, e.type.value, e.text) for e in extract_entities(text)]
    loaded = load_file(path, root)
    if not isinstance(loaded, list):
        return []
    out: list[Mention] = []
    for article in loaded:
        for entity in extract_entities(article.text, article.published):
            start, end = article.to_raw(entity.start), article.to_raw(entity.end)
            if start is None or end is None:
                continue
            out.append((start, end, entity.type.value, entity.text))
    return out


def score_doc(gold_doc: dict, predicted: list[Mention], name: str, report: Report) -> None:
    zones = [(z["start"], z["end"]) for z in gold_doc.get("zones", [])]
    gold = [
        (g["start"], g["end"], g["type"], g["text"])
        for g in gold_doc["entities"]
        if not g.get("boilerplate")
    ]
    predicted = [
        p for p in predicted if not any(p[0] < z_end and p[1] > z_start for z_start, z_end in zones)
    ]
    for kind in {g[2] for g in gold} | {p[2] for p in predicted}:
        counts = report.by_type.setdefault(kind, Counts())
        gk = [g for g in gold if g[2] == kind]
        pk = [p for p in predicted if p[2] == kind]
        counts.gold += len(gk)
        counts.predicted += len(pk)
        spans = {(g[0], g[1]) for g in gk}
        counts.strict += sum(1 for p in pk if (p[0], p[1]) in spans)
        for g in gk:
            if any(p[0] < g[1] and p[1] > g[0] for p in pk):
                counts.lenient_gold += 1
            else:
                report.errors.append(f"{name}: missed {kind} {g[3]!r} @{g[0]}")
        for p in pk:
            if any(p[0] < g[1] and p[1] > g[0] for g in gk):
                counts.lenient_predicted += 1
            else:
                report.errors.append(f"{name}: spurious {kind} {p[3]!r} @{p[0]}")


def evaluate(seeds: Path = DEFAULT_SEEDS, gold_file: Path = DEFAULT_GOLD) -> Report:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    report = Report()
    for name, doc in sorted(gold["docs"].items()):
        path = seeds / name
        score_doc(doc, predict_file(path, seeds), name, report)
    return report


def words_per_second(texts: list[str], published: date | None = None, rounds: int = 20) -> float:
    """Extraction speed on one core (this process), after one warm-up round."""
    for text in texts:
        extract_entities(text, published)
    words = sum(len(t.split()) for t in texts) * rounds
    began = time.process_time()
    for _ in range(rounds):
        for text in texts:
            extract_entities(text, published)
    elapsed = time.process_time() - began
    return words / elapsed if elapsed else float("inf")


def format_table(report: Report) -> str:
    lines = [
        f"{'type':<10}{'gold':>6}{'pred':>6}   {'strict P':>8}{'R':>7}{'F1':>7}"
        f"   {'lenient P':>9}{'R':>7}{'F1':>7}"
    ]

    def row(label: str, c: Counts) -> str:
        sp, sr, sf = c.strict_prf()
        lp, lr, lf = c.lenient_prf()
        return (
            f"{label:<10}{c.gold:>6}{c.predicted:>6}   {sp:>8.3f}{sr:>7.3f}{sf:>7.3f}"
            f"   {lp:>9.3f}{lr:>7.3f}{lf:>7.3f}"
        )

    for kind in [t.value for t in EntityType]:
        if kind in report.by_type:
            lines.append(row(kind, report.by_type[kind]))
    lines.append(row("names", report.micro(NAME_TYPES)))
    lines.append(row("all", report.micro(report.by_type)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list missed and spurious mentions")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    report = evaluate(args.seeds, args.gold)
    print("Entities (boilerplate excluded)")
    print(format_table(report))
    if args.errors:
        print("\n".join(report.errors))
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    print(f"\nspeed: {words_per_second(texts):,.0f} words/s on one core")
    figures = REPO / "benchmarks" / "eval_figures.py"
    if figures.exists():
        print("\nFigures")
        sys.stdout.flush()
        subprocess.run([sys.executable, str(figures)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
