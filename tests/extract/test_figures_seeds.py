"""The seeds benchmark, run through the real loader, holds its floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "gold" / "seeds.gold.json"


def _load_benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_figures", REPO / "benchmarks" / "eval_figures.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_figures", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score():  # type: ignore[no-untyped-def]
    if not GOLD.is_file():
        pytest.skip(f"gold file not present: {GOLD}")
    bench = _load_benchmark()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    predicted, _ = bench.predict_seeds(gold, GOLD.parent.parent / gold["dir"])
    return bench.score_figures(gold["docs"], predicted)


def test_value_f1_floor(score) -> None:  # type: ignore[no-untyped-def]
    assert score["value"]["f1"] >= 0.95


def test_span_floors(score) -> None:  # type: ignore[no-untyped-def]
    assert score["span_lenient"]["f1"] >= 0.95
    assert score["span_strict"]["f1"] >= 0.9


def test_no_model_number_is_a_figure(score) -> None:  # type: ignore[no-untyped-def]
    assert score["model_number_false"] == 0, score["model_number_examples"]


def test_scorer_counts_misses_and_false_figures() -> None:
    bench = _load_benchmark()
    gold = {
        "d": {
            "zones": [{"start": 90, "end": 100}],
            "figures": [
                {"start": 0, "end": 5, "kind": "money", "value": 10.0, "unit": "USD"},
                {
                    "start": 10,
                    "end": 15,
                    "kind": "date",
                    "value": {"month": 3, "day": 1},
                    "unit": None,
                },
                {"start": 20, "end": 25, "kind": "count", "value": 4, "unit": "mobile phones"},
            ],
            "entities": [],
        }
    }
    pred = {
        "d": [
            {"start": 0, "end": 5, "kind": "money", "value": 10.02, "unit": "USD"},
            {
                "start": 10,
                "end": 14,
                "kind": "date",
                "value": 0.0,
                "unit": None,
                "date_parts": {"month": 3, "day": 2},
            },
            {"start": 20, "end": 25, "kind": "count", "value": 4, "unit": "phones"},
            {"start": 30, "end": 33, "kind": "percent", "value": 5, "unit": "%"},
            {"start": 92, "end": 95, "kind": "percent", "value": 5, "unit": "%"},  # in a zone
        ]
    }
    result = bench.score_figures(gold, pred)
    assert result["span_strict"]["tp"] == 2 and result["span_strict"]["pred"] == 4
    assert result["span_lenient"]["tp"] == 3
    assert result["value"]["tp"] == 2  # the date's day differs
    assert result["value"]["r"] == pytest.approx(2 / 3)
