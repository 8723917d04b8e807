"""Write a synthetic, deterministic news corpus of any size, for index benchmarks.

    python benchmarks/generate_corpus.py OUT_DIR --count 2000 [--seed 7] [--copies 0.05]

Each article is a .txt file of about 600 words: headline, byline with a
publication date, dateline, and paragraphs naming people (with titles),
organisations and places, and stating money, percent and count figures.
Names are built from syllables and the vocabulary is wide, so term statistics
are closer to real news than repeated boilerplate would be. With `--copies F`,
that share of the files are copies of the article before them with a few words
changed (syndicated copies, for the duplicate grouping), the count unchanged.
"""

from __future__ import annotations

import argparse
import itertools
import random
from datetime import date, timedelta
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


SYLLABLES = _words(
    "ka ri mo ta len vor san bel dru fen gal hor ist jun kel lam nor pol quin rav sel tor ul "
    "ven wil xan yor zed ma li an chen wei hao ling bo ren zhi ya mei"
)
TITLES = ["chief executive", "chairman", "finance minister", "mayor", "founder",
          "spokeswoman", "analyst", "governor", "director", "economist"]  # fmt: skip
ORG_KINDS = ["Motors", "Bank", "Holdings", "Technologies", "Energy", "Group", "Airlines",
             "Pharma", "Telecom", "Foods", "Ministry of Trade", "University"]  # fmt: skip
TOPICS = {
    "markets": "shares investors stocks bonds rally slump earnings quarter profit revenue "
    "dividend valuation trading index futures yields inflation",
    "tech": "smartphone chips software startup innovation platform cloud data artificial "
    "intelligence network devices battery semiconductor patents engineers",
    "energy": "oil gas solar wind grid electricity emissions carbon pipeline refinery "
    "drilling renewable turbines storage prices output",
    "politics": "election parliament coalition vote minister policy reform budget opposition "
    "campaign referendum governance diplomacy treaty sanctions",
    "transport": "electric vehicle cars railway airport freight shipping port logistics "
    "charging automaker factory production deliveries fleet routes",
    "health": "hospital vaccine patients clinical trial doctors treatment drug approval "
    "outbreak nurses insurance research disease therapy",
}
FILLER = _words(
    "the company said it would expand its operations while officials warned that demand "
    "could weaken later this year as competition intensifies across the region and "
    "consumers remain cautious about spending amid rising costs and uncertain outlook "
    "according to people familiar with the matter who asked not to be named because "
    "the talks are private but several analysts expect a decision within weeks"
)
ENDINGS = _words("ation ment ing ed er ness ity al ive ous ly s ise ence")
VERBS = ["said", "told reporters", "announced", "warned", "noted", "argued", "confirmed"]
UNITS = ["vehicles", "jobs", "stores", "flights", "customers", "units", "homes", "patients"]
CURRENCIES = [("$", ""), ("", " yuan"), ("€", ""), ("", " rupees")]


def _name(rng: random.Random, parts: int) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))).capitalize()
        for _ in range(parts)
    )


class World:
    """A fixed cast of people, organisations and places for the whole corpus."""

    def __init__(self, rng: random.Random, size: int) -> None:
        n = max(20, size // 10)
        self.people = [_name(rng, 2) for _ in range(n)]
        self.orgs = [f"{_name(rng, 1)} {rng.choice(ORG_KINDS)}" for _ in range(n // 2)]
        self.places = [_name(rng, 1) for _ in range(max(10, n // 5))]
        self.sources = ["Harbour Post", "Daily Ledger", "Wire Service", "Morning Tribune"]
        # A long tail of words with Zipf-like frequencies, as in real text.
        stems = {
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(6000)
        }
        self.vocabulary = [
            stem + (rng.choice(ENDINGS) if rng.random() < 0.5 else "") for stem in sorted(stems)
        ]
        rng.shuffle(self.vocabulary)
        self.cumulative = list(
            itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.vocabulary)))
        )

    def word(self, rng: random.Random) -> str:
        return rng.choices(self.vocabulary, cum_weights=self.cumulative)[0]


def _figure(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        sym, word = rng.choice(CURRENCIES)
        amount = rng.choice([f"{rng.randint(2, 950)} million", f"{rng.randint(1, 90)} billion",
                             f"{rng.randint(10, 999):,}"])  # fmt: skip
        return f"{sym}{amount}{word}"
    if kind < 0.7:
        return f"{rng.randint(1, 60)}.{rng.randint(0, 9)} per cent"
    return f"{rng.randint(2, 90000):,} {rng.choice(UNITS)}"


def _sentence(rng: random.Random, world: World, topic: list[str]) -> str:
    words = []
    for _ in range(rng.randint(9, 17)):
        roll = rng.random()
        if roll < 0.3:
            words.append(rng.choice(topic))
        elif roll < 0.65:
            words.append(rng.choice(FILLER))
        else:
            words.append(world.word(rng))
    roll = rng.random()
    if roll < 0.3:
        person = rng.choice(world.people)
        title = rng.choice(TITLES)
        org = rng.choice(world.orgs)
        head = f"{person}, {title} of {org}, {rng.choice(VERBS)} that"
    elif roll < 0.5:
        head = f"In {rng.choice(world.places)}, {rng.choice(world.orgs)} reported {_figure(rng)} as"
    elif roll < 0.65:
        head = f"{rng.choice(world.people).split()[-1]} {rng.choice(VERBS)} the"
    else:
        head = "The"
    tail = f", up {_figure(rng)}" if rng.random() < 0.25 else ""
    return f"{head} {' '.join(words)}{tail}."


def article(rng: random.Random, world: World, index: int, start: date) -> tuple[str, str]:
    topic_name = rng.choice(list(TOPICS))
    topic = TOPICS[topic_name].split()
    org = rng.choice(world.orgs)
    place = rng.choice(world.places)
    headline = (
        f"{org} {rng.choice(['plans', 'cuts', 'wins', 'faces', 'weighs'])} "
        + " ".join(rng.sample(topic, 3))
        + f" in {place}"
    )
    published = start + timedelta(days=rng.randint(0, 3 * 365))
    byline = f"By {rng.choice(world.people)} | {rng.choice(world.sources)}"
    dated = published.strftime("%B %-d, %Y")
    paragraphs = []
    words = 0
    first = True
    while words < 600:
        sentences = " ".join(_sentence(rng, world, topic) for _ in range(rng.randint(2, 4)))
        if first:
            sentences = f"{place.upper()} — {sentences}"
            first = False
        paragraphs.append(sentences)
        words += len(sentences.split())
    text = f"{headline}\n\n{byline}\nPublished: {dated}\n\n" + "\n\n".join(paragraphs) + "\n"
    return f"{index:06d}_{topic_name}.txt", text


def lightly_edited(rng: random.Random, world: World, text: str, words: int = 6) -> str:
    """`text` with a few of its words (past the headline) replaced."""
    tokens = text.split(" ")
    for _ in range(words):
        tokens[rng.randrange(20, len(tokens))] = world.word(rng)
    return " ".join(tokens)


def generate(out: Path, count: int, seed: int = 7, copies: float = 0.0) -> None:
    rng = random.Random(seed)
    world = World(rng, count)
    out.mkdir(parents=True, exist_ok=True)
    start = date(2022, 1, 1)
    every = round(1 / copies) if copies > 0 else 0
    text = ""
    for i in range(count):
        sub = out / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        if every and i % every == every - 1 and text:
            name, text = f"{i:06d}_copy.txt", lightly_edited(rng, world, text)
        else:
            name, text = article(rng, world, i, start)
        (sub / name).write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--copies", type=float, default=0.0,
                        help="share of files that are lightly edited copies (e.g. 0.05)")
    args = parser.parse_args()
    generate(args.out, args.count, args.seed, args.copies)


if __name__ == "__main__":
    main()
