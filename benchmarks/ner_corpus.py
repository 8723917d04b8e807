"""Annotated text nobody here wrote, as documents with character-offset gold mentions.

Shared by `benchmarks/eval_ner.py` (scoring) and `scripts/train_entity_model.py`
(training), so that both read the same documents and the same held-out split.

- wikigold (Wikipedia, CC BY 4.0) and the Broad Twitter Corpus (CC BY 4.0), from
  `../shared/ner/`: CoNLL columns, detokenised into running text with each
  token's offsets kept.
- `benchmarks/data/news_unseen/`: news articles written for this project with
  inline `[[surface|TYPE]]` marks, in a `dev` set and two test sets, `test` and
  `test2` (written after tuning, other beats and house styles) and `test3` (BBC
  News style of 2004-2005, held out of the same batch as news_train's `d_*`) and
  `test4` (world, US, UK local, business and sport wire copy, held out of news_train's
  `e_*` batch) and `test5` (Asia-Pacific, African and Middle East outlets, culture and
  science, BBC 2004-2005; held out of `g_*`) and `test6` (European politics, club
  sport, courts and companies, the Americas; held out of `h_*`) and `test7` (UK and
  Irish politics, US sport and Wall Street, technology, obituaries and profiles; held out
  of `k_*`) and `test8` (BBC 2004-2005 business, entertainment, technology and sport;
  regional, health and environment wire copy; held out of `m_*`) and `test9` (terse
  agency wire items: sports results, politics, markets, regional press; held out of
  `n_*`) and `test10` (US local news, South Asian press, Australasian and Canadian news,
  press releases and features; held out of `p_*`) and `test11` (European club sport,
  economics in Asia, Latin America and Africa, crime and courts, diplomacy and conflict;
  held out of `q_*`) and `test12` (East and Southeast Asian business, Latin America and
  Spain, UK and Irish regional sport, arts reviews; held out of `r_*`) and `test13` (arts
  and culture, transport and energy in Indian, African, UK and Canadian press, 1990s agency
  wire copy, science, health and technology; held out of `s_*`) and `test14` (obituaries
  and profiles, local crime, courts and councils, business and markets wire copy, sport with
  box scores and tables; held out of `t_*`) and `test15` (BBC News of 2004-2006, world
  politics and conflict, technology and startups, entertainment; held out of `u_*`) and
  `test16` (China, Hong Kong and Taiwan in the style of their English-language papers, the
  Middle East and the Gulf, defence and aviation, Australia, New Zealand and the Pacific;
  held out of `v_*`) and `test17` (culture news, science and medicine, technology and
  telecoms business, 1990s agency wire copy; held out of `w_*`) and `test18` (African,
  Indian, UK local and Southeast Asian English-language press; held out of `x_*`); the
  test sets are
  never read while tuning, and none of them is trained on.
- `benchmarks/data/news_train/`: more such articles, written separately, for
  training the entity model.

Types are CoNLL's: PER, ORG, LOC, MISC.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_NER = REPO.parent / "shared" / "ner"
WIKIGOLD = SHARED_NER / "wikigold" / "wikigold.conll.txt"
BTC_DIR = SHARED_NER / "btc"
NEWS_UNSEEN = REPO / "benchmarks" / "data" / "news_unseen"
NEWS_TRAIN = REPO / "benchmarks" / "data" / "news_train"
TYPES = ("PER", "ORG", "LOC", "MISC")

# wikigold's held-out part: every third document (1-based 3, 6, 9, ...). The
# entity model trains on the rest and is scored on these only.
HELD_OUT_EVERY = 3


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: str  # PER ORG LOC MISC
    text: str


@dataclass
class Document:
    name: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


# ---- CoNLL columns -> running text ------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "...", ".."}  # fmt: skip
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "@"}


def _join(sentences: list[list[tuple[str, str]]], per_paragraph: int) -> Document:
    """Tokens -> text with natural spacing; IOB tags -> mentions (IOB1 and IOB2 both)."""
    parts: list[str] = []
    position = 0
    mentions: list[Mention] = []
    for index, sentence in enumerate(sentences):
        if index:
            sep = "\n\n" if per_paragraph and index % per_paragraph == 0 else " "
            parts.append(sep)
            position += len(sep)
        open_quote = False
        previous = ""
        current: list[int] | None = None  # [start, end] of the mention being built
        current_type = ""
        for i, (token, tag) in enumerate(sentence):
            if i:
                glue = (
                    token in _NO_SPACE_BEFORE
                    or previous in _NO_SPACE_AFTER
                    or (token == '"' and open_quote)
                    or (previous == '"' and open_quote)
                )
                if not glue:
                    parts.append(" ")
                    position += 1
            if token == '"':
                open_quote = not open_quote
            start = position
            parts.append(token)
            position += len(token)
            previous = token
            kind = tag[2:] if len(tag) > 2 else ""
            begins = tag.startswith("B-") or (kind and kind != current_type)
            if current is not None and (not kind or begins):
                mentions.append(Mention(current[0], current[1], current_type, ""))
                current, current_type = None, ""
            if kind:
                if current is None:
                    current, current_type = [start, position], kind
                else:
                    current[1] = position
        if current is not None:
            mentions.append(Mention(current[0], current[1], current_type, ""))
    text = "".join(parts)
    return Document(
        "", text, [Mention(m.start, m.end, m.type, text[m.start : m.end]) for m in mentions]
    )


def _conll_sentences(path: Path) -> Iterator[list[list[tuple[str, str]]] | None]:
    """Sentences, with None where a -DOCSTART- line begins a new document."""
    sentence: list[tuple[str, str]] = []
    sentences: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if sentence:
                sentences.append(sentence)
            sentence = []
            continue
        if cols[0] == "-DOCSTART-":
            if sentence:
                sentences.append(sentence)
            sentence = []
            if sentences:
                yield sentences
            sentences = []
            yield None
            continue
        sentence.append((cols[0], cols[-1]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        yield sentences


def wikigold(part: str = "all") -> list[Document]:
    """wikigold's 145 documents; `part` is "all", "train" or "test" (the held-out third)."""
    docs: list[Document] = []
    for item in _conll_sentences(WIKIGOLD):
        if item is None:
            continue
        doc = _join(item, per_paragraph=3)
        doc.name = f"wikigold/{len(docs) + 1:03d}"
        docs.append(doc)
    if part == "all":
        return docs
    held_out = [d for i, d in enumerate(docs, 1) if i % HELD_OUT_EVERY == 0]
    if part == "test":
        return held_out
    if part == "train":
        return [d for i, d in enumerate(docs, 1) if i % HELD_OUT_EVERY != 0]
    raise ValueError(f"unknown part {part!r}")


def btc(section: str = "g") -> list[Document]:
    """One document per tweet of a Broad Twitter Corpus section (a, b, e, f, g, h)."""
    docs: list[Document] = []
    for item in _conll_sentences(BTC_DIR / f"{section}.conll"):
        if item is None:
            continue
        for sentence in item:
            doc = _join([sentence], per_paragraph=0)
            doc.name = f"btc-{section}/{len(docs) + 1:05d}"
            docs.append(doc)
    return docs


# ---- inline-marked articles ---------------------------------------------------

_MARK = re.compile(r"\[\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\]\]")


def parse_marked(name: str, marked: str) -> Document:
    """`[[surface|TYPE]]` marks -> plain text and mentions."""
    parts: list[str] = []
    mentions: list[Mention] = []
    position = 0
    last = 0
    for match in _MARK.finditer(marked):
        plain = marked[last : match.start()]
        parts.append(plain)
        position += len(plain)
        surface, kind = match.group(1), match.group(2)
        mentions.append(Mention(position, position + len(surface), kind, surface))
        parts.append(surface)
        position += len(surface)
        last = match.end()
    parts.append(marked[last:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{name}: unbalanced [[...]] mark")
    return Document(name, text, mentions)


NEWS_PARTS = ("train", "dev", "test", *(f"test{i}" for i in range(2, 104)))


def news(part: str) -> list[Document]:
    """The project's own news articles: `part` is "dev" (tune on it), "test" or
    "test2" to "test18" (never) or "train" (the model learns from it)."""
    if part not in NEWS_PARTS:
        raise ValueError(f"unknown part {part!r}")
    folder = NEWS_TRAIN if part == "train" else NEWS_UNSEEN / part
    return [
        parse_marked(f"news-{part}/{path.stem}", path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt"))
    ]


def load(corpus: str) -> list[Document]:
    """`wikigold`, `wikigold-train`, `wikigold-test`, `btc-g` (any section), `news-train`,
    `news-dev`, `news-test` and `news-test2` to `news-test103`."""
    if corpus == "wikigold":
        return wikigold("all")
    if corpus.startswith("wikigold-"):
        return wikigold(corpus.removeprefix("wikigold-"))
    if corpus.startswith("btc-"):
        return btc(corpus.removeprefix("btc-"))
    if corpus.startswith("news-"):
        return news(corpus.removeprefix("news-"))
    raise ValueError(f"unknown corpus {corpus!r}")
