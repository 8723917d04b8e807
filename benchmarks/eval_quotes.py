"""Score quotation extraction: (quote span, speaker) pairs, strict and lenient, with speed.

    .venv/bin/python benchmarks/eval_quotes.py [SET ...] [--errors N]

SET is `seeds` (the sample corpus against benchmarks/data/quotes/seeds.gold.json,
through the corpus loader, offsets mapped back to the files), `dev` or `test`
(benchmarks/data/quotes/, articles marked inline as <<SPEAKER|text>>, `?` for
nobody named; `test` is never read while tuning). Default: seeds dev.

A pair is right when the speaker is the same (case-insensitive; nobody = nobody)
and the span is the same (strict) or overlaps (lenient). Speed is words per
second of entities plus quotes, the work `annotate` adds for quotes on top.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.corpus.loader import load_file  # noqa: E402
from reader.extract.annotate import annotate  # noqa: E402
from reader.extract.entities import extract_entities  # noqa: E402
from reader.extract.quotes import extract_quotes  # noqa: E402

DATA = REPO / "benchmarks" / "data" / "quotes"
SEEDS = REPO / "seeds"
_MARK = re.compile(r"<<([^<>|]*)\|([^<>|]+)>>")

Pair = tuple[int, int, str]  # start, end, speaker key ("" = nobody)


@dataclass
class Doc:
    name: str
    text: str  # what extraction reads
    gold: list[Pair]
    to_file: object = None  # Article, when offsets map back to a file


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient_gold: int = 0
    lenient_predicted: int = 0
    spans_lenient_gold: int = 0  # gold quotes found at all, whoever the speaker
    errors: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    def prf(self, strict: bool) -> tuple[float, float, float]:
        tp_p = self.strict if strict else self.lenient_predicted
        tp_g = self.strict if strict else self.lenient_gold
        p = tp_p / self.predicted if self.predicted else 0.0
        r = tp_g / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speaker_key(speaker: str | None) -> str:
    return "" if speaker in (None, "?") else " ".join(speaker.replace("’", "'").lower().split())


def parse_marked(name: str, marked: str) -> Doc:
    parts, gold, position, last = [], [], 0, 0
    for match in _MARK.finditer(marked):
        plain = marked[last : match.start()]
        parts.append(plain)
        position += len(plain)
        speaker, quoted = match.group(1).strip(), match.group(2)
        gold.append((position, position + len(quoted), speaker_key(speaker)))
        parts.append(quoted)
        position += len(quoted)
        last = match.end()
    parts.append(marked[last:])
    text = "".join(parts)
    if "<<" in text or ">>" in text:
        raise ValueError(f"{name}: unbalanced << >> mark")
    return Doc(name, text, gold)


def load_set(name: str) -> list[Doc]:
    if name == "seeds":
        gold = json.loads((DATA / "seeds.gold.json").read_text(encoding="utf-8"))
        docs = []
        for file_name, items in sorted(gold["docs"].items()):
            path = SEEDS / file_name
            loaded = load_file(path, SEEDS)
            if not isinstance(loaded, list) or not loaded:
                continue
            article = loaded[0]
            pairs = [(g["start"], g["end"], speaker_key(g["speaker"])) for g in items]
            docs.append(Doc(f"seeds/{file_name}", article.text, pairs, article))
        return docs
    folder = DATA / name
    return [
        parse_marked(f"{name}/{p.stem}", p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.txt"))
    ]


def predict(doc: Doc) -> list[Pair]:
    if doc.to_file is not None:
        # A real page: as the app reads it, its photo captions no one's sentences.
        quotes = annotate(doc.to_file).quotes  # type: ignore[arg-type]
    else:
        quotes = extract_quotes(doc.text, extract_entities(doc.text))
    out = []
    for q in quotes:
        start, end = q.start, q.end
        if doc.to_file is not None:
            raw_start, raw_end = doc.to_file.to_raw(start), doc.to_file.to_raw(end)  # type: ignore[attr-defined]
            if raw_start is None or raw_end is None:
                continue
            start, end = raw_start, raw_end
        out.append((start, end, speaker_key(q.speaker)))
    return out


def score(docs: list[Doc]) -> Tally:
    tally = Tally()
    for doc in docs:
        started = time.perf_counter()
        # A pair predicted twice is one prediction, for strict and lenient alike.
        predicted = list(dict.fromkeys(predict(doc)))
        tally.seconds += time.perf_counter() - started
        tally.words += len(doc.text.split())
        gold = doc.gold
        tally.gold += len(gold)
        tally.predicted += len(predicted)
        # Each gold pair matched at most as often as the gold holds it.
        tally.strict += sum((Counter(gold) & Counter(predicted)).values())

        def overlaps(a: Pair, b: Pair) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        for g in gold:
            hits = [p for p in predicted if overlaps(p, g)]
            tally.spans_lenient_gold += bool(hits)
            if any(p[2] == g[2] for p in hits):
                tally.lenient_gold += 1
            else:
                said = ", ".join(repr(p[2] or "nobody") for p in hits) or "not found"
                tally.errors.append(
                    f"{doc.name}: gold {g[2] or 'nobody'!r} {_show(doc, g)} -> {said}"
                )
        for p in predicted:
            if any(overlaps(p, g) and p[2] == g[2] for g in gold):
                tally.lenient_predicted += 1
            elif not any(overlaps(p, g) for g in gold):
                tally.errors.append(f"{doc.name}: extra {p[2] or 'nobody'!r} {_show(doc, p)}")
    return tally


def _show(doc: Doc, pair: Pair) -> str:
    if doc.to_file is not None:
        raw = doc.to_file.raw  # type: ignore[attr-defined]
        return repr(raw[pair[0] : pair[1]][:70])
    return repr(doc.text[pair[0] : pair[1]][:70])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=["seeds", "dev"])
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    extract_quotes("Warm up, he said.", extract_entities("Warm up, Ann Lee said."))
    print(f"{'set':<8}{'gold':>6}{'pred':>6}   strict P / R / F1      lenient P / R / F1   found")
    for name in args.sets:
        docs = load_set(name)
        tally = score(docs)
        sp, sr, sf = tally.prf(strict=True)
        lp, lr, lf = tally.prf(strict=False)
        found = tally.spans_lenient_gold / tally.gold if tally.gold else 0.0
        rate = tally.words / tally.seconds if tally.seconds else 0.0
        print(
            f"{name:<8}{tally.gold:>6}{tally.predicted:>6}   {sp:.3f} {sr:.3f} {sf:.3f}    "
            f"{lp:.3f} {lr:.3f} {lf:.3f}   {found:.3f}   ({len(docs)} docs, {rate:,.0f} words/s"
            " entities+quotes)"
        )
        if args.errors:
            print("\n".join(tally.errors[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
