"""An averaged perceptron over string features: small, fast, and trainable in seconds.

The entity model (data/entity_model.tsv.gz) is one of these, trained by
scripts/train_entity_model.py on openly licensed annotated text. Scoring is a
dict lookup per feature; nothing is downloaded and no ML library is needed.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

Feature = tuple[str, float]
CACHE_SIZE = 50_000  # names whose scores are kept; cleared whole when full


class Perceptron:
    """Multi-class linear scores: one weight per (feature, class)."""

    def __init__(self, classes: Sequence[str], weights: dict[str, list[float]] | None = None):
        self.classes = tuple(classes)
        self.weights: dict[str, list[float]] = {} if weights is None else weights
        self._zero = [0.0] * len(self.classes)
        self._cache: dict[str, list[float]] = {}

    def scores(self, features: Iterable[Feature]) -> list[float]:
        # Rows of features worth 1.0 (most of them) are summed column-wise by zip,
        # in C; only the others are scaled one by one.
        get = self.weights.get
        rows = [self._zero]
        for name, value in features:
            row = get(name)
            if row is not None:
                rows.append(row if value == 1.0 else [w * value for w in row])
        return [sum(column) for column in zip(*rows, strict=True)]

    def cached_scores(self, key: str, features: Callable[[], Iterable[Feature]]) -> list[float]:
        """`scores(features())`, kept per `key` (a name's own features recur across a
        corpus: "Xiaomi" is scored once, not at every mention)."""
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            found = self._cache[key] = self.scores(features())
        return found

    def predict(self, features: Sequence[Feature]) -> str:
        scores = self.scores(features)
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]

    # ---- file ----------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> Perceptron | None:
        """The model in `path`, or None when it is missing or unreadable."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, EOFError):
            return None
        if not lines or not lines[0].startswith("#classes\t"):
            return None
        classes = lines[0].split("\t")[1:]
        weights: dict[str, list[float]] = {}
        for line in lines[1:]:
            parts = line.split("\t")
            if len(parts) == len(classes) + 1:
                weights[parts[0]] = [float(v) for v in parts[1:]]
        return cls(classes, weights)

    def save(self, path: Path, header: Sequence[str] = ()) -> None:
        """Weights rounded to 3 decimals, rows all zero dropped; byte-identical when rebuilt."""
        lines = [f"#{line}" for line in header if not line.startswith("classes")]
        lines.insert(0, "#classes\t" + "\t".join(self.classes))
        for name in sorted(self.weights):
            row = [round(w, 3) for w in self.weights[name]]
            if any(row) and "\t" not in name and "\n" not in name:
                lines.append(name + "\t" + "\t".join(f"{w:g}" for w in row))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(gzip.compress(data, 9, mtime=0))


def train(
    examples: Sequence[tuple[Sequence[Feature], str]],
    classes: Sequence[str],
    epochs: int = 10,
    seed: int = 0,
) -> Perceptron:
    """Averaged perceptron: the mean of the weights over every step, which generalises
    far better than the last weights."""
    index = {c: i for i, c in enumerate(classes)}
    k = len(classes)
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}  # sum of weights over steps, kept lazily
    stamps: dict[str, list[int]] = {}
    model = Perceptron(classes, weights)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 0

    def update(name: str, c: int, delta: float) -> None:
        row = weights.setdefault(name, [0.0] * k)
        total = totals.setdefault(name, [0.0] * k)
        stamp = stamps.setdefault(name, [0] * k)
        total[c] += (step - stamp[c]) * row[c]
        stamp[c] = step
        row[c] += delta

    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            features, gold = examples[i]
            step += 1
            guess = model.predict(features)
            if guess == gold:
                continue
            g, p = index[gold], index[guess]
            for name, value in features:
                update(name, g, value)
                update(name, p, -value)
    averaged: dict[str, list[float]] = {}
    for name, row in weights.items():
        total, stamp = totals[name], stamps[name]
        averaged[name] = [(total[c] + (step - stamp[c]) * row[c]) / step for c in range(k)]
    return Perceptron(classes, averaged)


def train_averaged(
    examples: Sequence[tuple[Sequence[Feature], str]],
    classes: Sequence[str],
    epochs: int = 10,
    seeds: int = 5,
) -> Perceptron:
    """The mean of `seeds` averaged perceptrons, each trained in its own shuffled order:
    one order's luck (which examples come late) no longer shapes the weights."""
    models = [train(examples, classes, epochs=epochs, seed=seed) for seed in range(seeds)]
    if len(models) == 1:
        return models[0]
    k = len(classes)
    weights: dict[str, list[float]] = {}
    for model in models:
        for name, row in model.weights.items():
            total = weights.setdefault(name, [0.0] * k)
            for c in range(k):
                total[c] += row[c] / len(models)
    return Perceptron(classes, weights)
