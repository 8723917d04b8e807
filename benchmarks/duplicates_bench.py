"""How well and how fast reader groups exact and near-duplicate articles.

    python benchmarks/duplicates_bench.py [--bases 400] [--scale 20000] [--seed 11]

Quality: `--bases` generated articles (benchmarks/generate_corpus.py), each
followed by copies of known kinds (byte-identical, re-cased and re-spaced,
other chrome around the same story, a few words changed, a paragraph added or
removed, a new headline) and by articles that must stay apart: a rewrite that
keeps a third of the story, and other stories on the same topic sharing its
lead paragraph. Prints pairwise precision and recall (a pair is "grouped" when
both articles land in one group), per kind of copy and of look-alike, and the
similarity estimates near the threshold.

Cost: fingerprints per second on ~600-word articles, and the time to group
`--scale` articles (5% of them copies) from stored fingerprints, which is what
each index update that changed something pays; and the manifest read on the
way to the app's first frame, with and without the join that brings the groups.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import World, article

from reader.index import duplicates
from reader.index.manifest import ArticleRow, FileRecord, Manifest, read_summaries

START = date(2022, 1, 1)

Variant = Callable[[random.Random, str, World], str]


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _exact(rng: random.Random, text: str, world: World) -> str:
    return text


def _recased(rng: random.Random, text: str, world: World) -> str:
    head, _, rest = text.partition("\n")
    return head.upper() + "\n" + rest.replace(". ", ".  ").replace("\n\n", "\n\n\n")


def _chrome(rng: random.Random, text: str, world: World) -> str:
    """The same story as another site frames it: its own byline and sign-off."""
    parts = _paragraphs(text)
    parts[1] = f"By {rng.choice(world.people)} | {rng.choice(world.sources)}\nUpdated 2 hours ago"
    return "\n\n".join([*parts, "Follow us for more news. Share this article."])


def _words_changed(rng: random.Random, text: str, world: World) -> str:
    words = text.split(" ")
    for _ in range(6):
        words[rng.randrange(20, len(words))] = world.word(rng)
    return " ".join(words)


def _paragraph_added(rng: random.Random, text: str, world: World) -> str:
    parts = _paragraphs(text)
    donor = _paragraphs(article(rng, world, 0, START)[1])[-1]
    parts.insert(rng.randrange(3, len(parts)), donor)
    return "\n\n".join(parts)


def _paragraph_removed(rng: random.Random, text: str, world: World) -> str:
    parts = _paragraphs(text)
    del parts[rng.randrange(3, len(parts))]
    return "\n\n".join(parts)


def _new_headline(rng: random.Random, text: str, world: World) -> str:
    parts = _paragraphs(text)
    parts[0] = f"{rng.choice(world.orgs)} {rng.choice(['faces', 'eyes'])} {world.word(rng)} move"
    return "\n\n".join(parts)


def _rewrite(rng: random.Random, text: str, world: World) -> str:
    """Keeps the opening third of the story and replaces the rest: a follow-up."""
    parts = _paragraphs(text)
    keep = max(3, len(parts) // 3)
    fresh = _paragraphs(article(rng, world, 0, START)[1])[3:]
    return "\n\n".join(parts[:keep] + fresh[: len(parts) - keep])


def _same_lead(rng: random.Random, text: str, world: World) -> str:
    """Another story on the topic that quotes the same lead paragraph."""
    parts = _paragraphs(text)
    other = _paragraphs(article(rng, world, 0, START)[1])
    return "\n\n".join([*other[:3], parts[3], *other[3:]])


COPIES: dict[str, Variant] = {
    "byte-identical": _exact,
    "re-cased, re-spaced": _recased,
    "other chrome": _chrome,
    "6 words changed": _words_changed,
    "paragraph added": _paragraph_added,
    "paragraph removed": _paragraph_removed,
    "new headline": _new_headline,
}
APART: dict[str, Variant] = {
    "rewrite keeping a third": _rewrite,
    "same lead, other story": _same_lead,
}


def labelled(bases: int, seed: int) -> tuple[list[tuple[str, str]], dict[str, str], dict[str, str]]:
    """(id, text) of every article; each copy's base id; each article's kind.

    Every base gets one copy of each kind in turn, and one look-alike of each kind.
    """
    rng = random.Random(seed)
    world = World(rng, bases * 4)
    articles: list[tuple[str, str]] = []
    base_of: dict[str, str] = {}
    kind: dict[str, str] = {}
    copy_kinds = list(COPIES)
    for i in range(bases):
        _, text = article(rng, world, i, START)
        base = f"{i:05d}/base"
        articles.append((base, text))
        kind[base] = "base"
        name = copy_kinds[i % len(copy_kinds)]
        copy = f"{i:05d}/copy"
        articles.append((copy, COPIES[name](rng, text, world)))
        base_of[copy], kind[copy] = base, name
        for apart, make in APART.items():
            other = f"{i:05d}/{apart}"
            articles.append((other, make(rng, text, world)))
            kind[other] = apart
        # Distinct stories on the same topics: the everyday negatives.
        other = f"{i:05d}/distinct"
        articles.append((other, article(rng, world, i, START)[1]))
        kind[other] = "distinct"
    return articles, base_of, kind


def quality(bases: int, seed: int) -> dict[str, float]:
    articles, base_of, kind = labelled(bases, seed)
    prints = {article_id: duplicates.fingerprint(text) for article_id, text in articles}
    found = duplicates.groups(prints.items())
    grouped = {pair for group in found for pair in combinations(sorted(group), 2)}
    truth = {tuple(sorted((copy, base))) for copy, base in base_of.items()}
    right = grouped & truth
    precision = len(right) / len(grouped) if grouped else 1.0
    recall = len(right) / len(truth)
    print(f"quality on {len(articles):,} articles ({bases} stories, each with one copy, "
          "a rewrite, a same-lead story and a distinct one)")
    print(f"  pairs grouped {len(grouped)}, true copy pairs {len(truth)}, right {len(right)}")
    print(f"  precision {precision:.3f}  recall {recall:.3f}")
    by_base = {a: a.split("/")[0] + "/base" for a, _ in articles}
    print("  per kind: grouped with its story / of / similarity estimate (median, min, max)")
    for name in [*COPIES, *APART, "distinct"]:
        members = [a for a, k in kind.items() if k == name]
        together = sum(1 for a in members if tuple(sorted((a, by_base[a]))) in grouped)
        sims = [
            duplicates.similarity(prints[a].sketch, prints[by_base[a]].sketch) for a in members
        ]
        print(f"    {name:<24} {together:>4} / {len(members):<4}  "
              f"{statistics.median(sims):.2f}  {min(sims):.2f}  {max(sims):.2f}")
    return {"precision": precision, "recall": recall}


def cost(scale: int, seed: int) -> None:
    rng = random.Random(seed)
    world = World(rng, scale)
    texts = [article(rng, world, i, START)[1] for i in range(scale)]
    started = time.perf_counter()
    prints = [duplicates.fingerprint(text) for text in texts]
    per = (time.perf_counter() - started) / len(texts)
    words = statistics.mean(len(text.split()) for text in texts)
    print(f"fingerprint: {per * 1000:.2f} ms per article of ~{words:.0f} words "
          f"({1 / per:,.0f} articles/s, one core)")
    # Every 20th article a copy of the one before (light edits: 6 words changed).
    stored: list[tuple[str, duplicates.Fingerprint]] = []
    for i, fp in enumerate(prints):
        if i % 20 == 19:
            fp = duplicates.fingerprint(_words_changed(rng, texts[i - 1], world))
        stored.append((f"{i:06d}", fp))
    started = time.perf_counter()
    found = duplicates.groups(stored)
    grouping = time.perf_counter() - started
    print(f"grouping {scale:,} fingerprints: {grouping:.2f} s, {len(found):,} groups "
          f"({scale // 20:,} made)")
    manifest_read(stored)


def manifest_read(stored: list[tuple[str, duplicates.Fingerprint]]) -> None:
    """The first frame's manifest read, with the groups joined in and without."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "manifest.sqlite"
        manifest = Manifest(path)
        rows = [
            ArticleRow(article_id, f"{article_id}.txt", f"Title {article_id}",
                       f"2024-01-{1 + i % 28:02d}", "Wire", 10, 3, fingerprint=fp)
            for i, (article_id, fp) in enumerate(stored)
        ]
        files = [FileRecord(f"{a}.txt", 1, 1, "h") for a, _ in stored]
        manifest.apply(files, rows, [], {"schema": "bench"})
        started = time.perf_counter()
        manifest.set_copies(duplicates.groups(manifest.fingerprints()))
        regroup = time.perf_counter() - started
        manifest.close()
        with_groups = _best(lambda: read_summaries(path))
        db = sqlite3.connect(path)
        plain = _best(lambda: db.execute(
            "SELECT a.id, a.path, a.title, a.published, a.source,"
            " CASE WHEN a.published IS NULL THEN f.mtime_ns END"
            " FROM articles a LEFT JOIN files f ON f.path = a.path").fetchall())
        joined = _best(lambda: db.execute(
            "SELECT a.id, a.path, a.title, a.published, a.source,"
            " CASE WHEN a.published IS NULL THEN f.mtime_ns END, c.lead"
            " FROM articles a LEFT JOIN files f ON f.path = a.path"
            " LEFT JOIN copies c ON c.article_id = a.id").fetchall())
        db.close()
        size = path.stat().st_size
    print(f"regroup from the manifest (read fingerprints, group, write): {regroup:.2f} s")
    print(f"manifest rows query: {plain * 1000:.1f} ms without the groups, "
          f"{joined * 1000:.1f} ms with them; read_summaries {with_groups * 1000:.1f} ms; "
          f"manifest {size / 1e6:.1f} MB")


def _best(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bases", type=int, default=400)
    parser.add_argument("--scale", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    quality(args.bases, args.seed)
    cost(args.scale, args.seed)


if __name__ == "__main__":
    main()
