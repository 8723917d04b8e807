"""Score figure extraction against the hand-annotated seeds, and time it.

Runs the real pipeline: the corpus loader reads each seed file, figures are
extracted from `Article.text` and mapped back to the file with
`Article.to_raw`, where the gold offsets live.

    .venv/bin/python benchmarks/eval_figures.py [--gold PATH] [--repeat N]

`score_figures` is also imported by benchmarks/extraction_eval.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "gold" / "seeds.gold.json"
VALUE_TOLERANCE = 0.005  # relative


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    kind: str
    value: Any  # float, or a dict of date parts
    unit: str | None
    value_max: float | None = None


def _item(obj: Any) -> Item:
    """A gold dict, a prediction dict or a `Figure` (already in raw offsets)."""
    if isinstance(obj, Mapping):
        value = obj.get("value")
        parts = obj.get("date_parts")
        if parts is not None:
            value = parts if isinstance(parts, Mapping) else parts.as_dict()
        return Item(
            obj["start"], obj["end"], str(obj["kind"]), value, obj.get("unit"), obj.get("value_max")
        )
    value = obj.value
    if getattr(obj, "date_parts", None) is not None:
        value = obj.date_parts.as_dict()
    return Item(obj.start, obj.end, str(obj.kind), value, obj.unit, obj.value_max)


def _head(unit: str | None) -> str:
    if not unit:
        return ""
    word = unit.split()[-1].lower()
    return word[:-1] if word.endswith("s") else word


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


def _date_match(gold: Mapping[str, int], pred: Any) -> bool:
    if not isinstance(pred, Mapping):
        return isinstance(pred, int | float) and set(gold) == {"year"} and pred == gold["year"]
    for key, value in gold.items():
        if key == "rel_year":
            # Resolved against a publication date, or kept relative: either is right.
            if pred.get("rel_year") not in (None, value):
                return False
            continue
        if pred.get(key) != value:
            return False
    return True


def value_match(gold: Item, pred: Item) -> bool:
    if gold.kind != pred.kind:
        return False
    if gold.kind == "date":
        return isinstance(gold.value, Mapping) and _date_match(gold.value, pred.value)
    if not _close(float(gold.value), float(pred.value)):
        return False
    if gold.value_max is not None and not _close(gold.value_max, pred.value_max):
        return False
    if gold.kind == "count":
        return gold.unit is None or _head(gold.unit) == _head(pred.unit)
    return (gold.unit or "") == (pred.unit or "")


def _overlaps(a: Item, b: Item) -> bool:
    return a.start < b.end and b.start < a.end


def _match(golds: list[Item], preds: list[Item], ok) -> int:  # type: ignore[no-untyped-def]
    """Greedy one-to-one matching in text order; returns the number of matched pairs."""
    used: set[int] = set()
    hits = 0
    for g in golds:
        for k, p in enumerate(preds):
            if k not in used and ok(g, p):
                used.add(k)
                hits += 1
                break
    return hits


def _prf(hits: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = hits / n_pred if n_pred else 1.0
    r = hits / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": hits, "pred": n_pred, "gold": n_gold}


def score_figures(
    gold_docs: Mapping[str, Mapping[str, Any]], predicted_by_doc: Mapping[str, Iterable[Any]]
) -> dict[str, Any]:
    """Span (strict, lenient) and value P/R/F1 over documents, boilerplate excluded.

    `gold_docs` is the "docs" mapping of the gold file; `predicted_by_doc` maps
    the same names to figures (`Figure` or dicts) with offsets in the raw file.
    Also counts predictions that land on a gold PRODUCT holding a digit (model numbers).
    """
    totals = {"strict": [0, 0, 0], "lenient": [0, 0, 0], "value": [0, 0, 0]}
    per_kind: dict[str, list[int]] = {}
    model_hits: list[str] = []
    for name, doc in gold_docs.items():
        zones = [(z["start"], z["end"]) for z in doc.get("zones", [])]
        golds = [_item(g) for g in doc.get("figures", []) if not g.get("boilerplate")]
        preds = [
            _item(p)
            for p in predicted_by_doc.get(name, [])
            if not any(_item(p).start < e and s < _item(p).end for s, e in zones)
        ]
        products = [
            e
            for e in doc.get("entities", [])
            if e.get("type") == "PRODUCT" and any(c.isdigit() for c in e.get("text", ""))
        ]
        for p in preds:
            for e in products:
                if p.start < e["end"] and e["start"] < p.end:
                    model_hits.append(f"{name}:{p.start}-{p.end}")
        checks = {
            "strict": lambda g, p: (g.start, g.end, g.kind) == (p.start, p.end, p.kind),
            "lenient": lambda g, p: _overlaps(g, p) and g.kind == p.kind,
            "value": lambda g, p: _overlaps(g, p) and value_match(g, p),
        }
        for key, ok in checks.items():
            t = totals[key]
            t[0] += _match(golds, preds, ok)
            t[1] += len(preds)
            t[2] += len(golds)
        for kind in {g.kind for g in golds} | {p.kind for p in preds}:
            gk = [g for g in golds if g.kind == kind]
            pk = [p for p in preds if p.kind == kind]
            row = per_kind.setdefault(kind, [0, 0, 0])
            row[0] += _match(gk, pk, checks["value"])
            row[1] += len(pk)
            row[2] += len(gk)
    result: dict[str, Any] = {
        f"span_{k}" if k != "value" else "value": _prf(*v) for k, v in totals.items()
    }
    result["per_kind"] = {k: _prf(*v) for k, v in sorted(per_kind.items())}
    result["model_number_false"] = len(model_hits)
    result["model_number_examples"] = model_hits[:10]
    return result


def predict_seeds(gold: Mapping[str, Any], seeds_dir: Path) -> tuple[dict[str, list[Any]], dict]:
    """Run loader + extractor on every gold document; offsets mapped to the raw file."""
    from reader.corpus.loader import load_file
    from reader.extract.figures import extract_figures

    predicted: dict[str, list[Any]] = {}
    texts: dict[str, Any] = {}
    for name in gold["docs"]:
        loaded = load_file(seeds_dir / name, seeds_dir)
        if not isinstance(loaded, list):
            print(f"skipped {name}: {loaded.reason}", file=sys.stderr)
            predicted[name] = []
            continue
        out: list[Any] = []
        for article in loaded:
            texts[name] = article
            for fig in extract_figures(article.text, article.published):
                start, end = article.to_raw(fig.start), article.to_raw(fig.end)
                if start is None or end is None:
                    continue
                out.append(
                    {
                        "start": start,
                        "end": end,
                        "kind": str(fig.kind),
                        "value": fig.value,
                        "unit": fig.unit,
                        "value_max": fig.value_max,
                        "date_parts": fig.date_parts,
                        "label": fig.label,
                        "text": fig.text,
                    }
                )
        predicted[name] = out
    return predicted, texts


def words_per_second(articles: Iterable[Any], repeat: int) -> float:
    from reader.extract.figures import extract_figures

    articles = list(articles)
    words = sum(a.word_count for a in articles) * repeat
    began = time.perf_counter()
    for _ in range(repeat):
        for a in articles:
            extract_figures(a.text, a.published)
    elapsed = time.perf_counter() - began
    return words / elapsed if elapsed else float("inf")


def format_table(score: Mapping[str, Any]) -> str:
    lines = [f"{'':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]
    rows = [
        ("span strict", score["span_strict"]),
        ("span lenient", score["span_lenient"]),
        ("value", score["value"]),
    ]
    rows += [(f"  value {k}", v) for k, v in score["per_kind"].items()]
    for name, r in rows:
        lines.append(
            f"{name:16} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} {r['tp']:4d} {r['pred']:5d}"
            f" {r['gold']:5d}"
        )
    lines.append(f"model-number false figures: {score['model_number_false']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeat", type=int, default=20, help="passes for the speed figure")
    parser.add_argument("--show", action="store_true", help="list every predicted figure")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    seeds_dir = args.gold.parent.parent / gold.get("dir", "seeds")
    predicted, articles = predict_seeds(gold, seeds_dir)
    score = score_figures(gold["docs"], predicted)
    if args.show:
        for name, figs in predicted.items():
            print(name)
            for f in figs:
                print(
                    f"  {f['start']}-{f['end']} {f['text']!r} {f['kind']} {f['value']} "
                    f"{f['unit']} | {f['label']}"
                )
    print(format_table(score))
    print(f"speed: {words_per_second(articles.values(), args.repeat):,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
