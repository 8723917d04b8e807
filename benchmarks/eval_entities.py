"""Entity scores on the seeds only (no figures, no timing): the table extraction_eval prints.

.venv/bin/python benchmarks/eval_entities.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extraction_eval import DEFAULT_GOLD, DEFAULT_SEEDS, evaluate, format_table


def main(argv: list[str]) -> int:
    if not DEFAULT_GOLD.is_file():
        print(f"gold file not found: {DEFAULT_GOLD}", file=sys.stderr)
        return 2
    report = evaluate(DEFAULT_SEEDS, DEFAULT_GOLD)
    print(format_table(report))
    if "--errors" in argv:
        print("\n".join(report.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
