"""The rule engine behind the recogniser interface, with the shipped typing model."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.extract.entities.base import Context
from reader.extract.entities.perceptron import Perceptron
from reader.extract.entities.rules.article import ArticleRules
from reader.extract.model import Entity

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "entity_model.tsv.gz"


@cache
def entity_model() -> Perceptron | None:
    """The shipped typing model (scripts/train_entity_model.py), loaded once."""
    return Perceptron.load(MODEL_FILE)


class RuleRecogniser:
    """The rule engine with the shipped typing model; needs nothing but the data files.

    `model` replaces the shipped model (training measures candidates this way);
    without any model, types come from the rules' evidence alone.
    """

    name = "rules"

    def __init__(self, model: Perceptron | None = None) -> None:
        self.model = model

    def recognise(self, text: str, context: Context) -> list[Entity]:
        return ArticleRules(text, context, self.model or entity_model()).run()
