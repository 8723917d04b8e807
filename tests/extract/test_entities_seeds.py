"""The bar on the hand-annotated seeds, scored as the eval script scores them."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import GOLD_FILE, REPO_ROOT, SEEDS_DIR

sys.path.insert(0, str(REPO_ROOT))
from benchmarks.extraction_eval import NAME_TYPES, evaluate

pytestmark = pytest.mark.skipif(not GOLD_FILE.is_file(), reason="gold file not present")


def test_names_lenient_f1_at_least_0_90() -> None:
    report = evaluate(SEEDS_DIR, GOLD_FILE)
    assert report.micro(NAME_TYPES).lenient_prf()[2] >= 0.90, report.errors


def test_dates_lenient_f1_at_least_0_85() -> None:
    report = evaluate(SEEDS_DIR, GOLD_FILE)
    assert report.micro(["DATE"]).lenient_prf()[2] >= 0.85, report.errors
