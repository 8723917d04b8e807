"""A small, fully known corpus and stand-ins for the loader and extractors.

The stand-ins are deliberately simple (one article per .txt file: headline,
"Date: YYYY-MM-DD" line, paragraphs; entities from a fixed list of names the
test corpus uses) so that index tests do not depend on extraction quality.
Tests on the real pipeline use the repository's seeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.corpus.model import Article, ParagraphKind, SkippedFile, build_paragraphs
from reader.extract.model import Entity, EntityType, Figure, FigureKind
from reader.index.library import Library

ARTICLES = {
    "alpha.txt": (
        "Harbour Motors unveils electric vehicle\n"
        "Date: 2024-03-05\n\n"
        "Harbour Motors chief executive Mara Quill said the electric vehicle will reach "
        "buyers in Northport next year.\n\n"
        "Quill said the company plans further investment in batteries, some 2 billion dollars."
    ),
    "beta.txt": (
        "Northport council approves new harbour bridge\n"
        "Date: 2025-01-20\n\n"
        "The Northport council voted to approve the bridge. Mayor Ivo Brandt praised the "
        "innovation of the design.\n\n"
        "Brandt said investors were invited to invest in the project."
    ),
    "gamma.txt": (
        "Vehicle makers gather in Southvale\n\n"
        "Makers of electric cars and vehicles met in Southvale. Mara Quill spoke about "
        "innovations in charging.\n\n"
        "The electric vehicle market grew by 12 percent, Quill said."
    ),
}
NAMES = {
    "Mara Quill": EntityType.PERSON,
    "Quill": EntityType.PERSON,
    "Ivo Brandt": EntityType.PERSON,
    "Brandt": EntityType.PERSON,
    "Harbour Motors": EntityType.ORG,
    "Northport": EntityType.GPE,
    "Southvale": EntityType.GPE,
}
FULL = {"Quill": "Mara Quill", "Brandt": "Ivo Brandt"}


def list_files(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).rglob("*") if p.is_file() and not p.name.startswith("."))


def load_file(path: Path, root: Path) -> list[Article] | SkippedFile:
    text = Path(path).read_text(encoding="utf-8")
    if not text.strip():
        return SkippedFile(Path(path), "empty file")
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    head = blocks[0].splitlines()
    published = None
    m = re.search(r"Date: (\d{4})-(\d\d)-(\d\d)", blocks[0])
    if m:
        published = date(int(m[1]), int(m[2]), int(m[3]))
    items = [(ParagraphKind.TITLE, head[0], None)]
    items += [(ParagraphKind.BODY, b, None) for b in blocks[1:]]
    return [
        Article(
            id=Path(path).relative_to(root).as_posix(),
            path=Path(path),
            title=head[0],
            title_derived=False,
            source="Test Wire",
            published=published,
            author=None,
            url=None,
            paragraphs=build_paragraphs(items),
            raw=text,
            format="txt",
            encoding="utf-8",
        )
    ]


@dataclass
class Annotations:
    entities: list[Entity]
    figures: list[Figure] = field(default_factory=list)


class CountingAnnotator:
    """Finds the known names; records which articles it was asked to annotate."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, article: Article) -> Annotations:
        self.seen.append(article.id)
        pattern = "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True))
        entities = [
            Entity(
                m.start(), m.end(), m.group(0), NAMES[m.group(0)], FULL.get(m.group(0), m.group(0))
            )
            for m in re.finditer(rf"\b(?:{pattern})\b", article.text)
        ]
        figures = [
            Figure(
                m.start(),
                m.end(),
                m.group(0),
                FigureKind.PERCENT,
                float(m.group(1)),
                "%",
                None,
                "growth",
            )
            for m in re.finditer(r"(\d+) percent", article.text)
        ]
        return Annotations(entities, figures)


LOADER = SimpleNamespace(list_files=list_files, load_file=load_file)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def annotator() -> CountingAnnotator:
    return CountingAnnotator()


@pytest.fixture
def open_library(tmp_path: Path, annotator: CountingAnnotator):
    opened: list[Library] = []

    def opener(root: Path, version: str = "test-1") -> Library:
        lib = Library.open(
            root,
            index_dir=tmp_path / "index",
            loader=LOADER,
            annotate=annotator,
            extractor_version=version,
        )
        opened.append(lib)
        return lib

    yield opener
    for lib in opened:
        lib.close()


@pytest.fixture
def library(corpus: Path, open_library) -> Library:
    lib = open_library(corpus)
    lib.update()
    return lib
