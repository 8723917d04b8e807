"""A name used alone ("Quill") stands for the full name the corpus knows it by."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.extract.model import Entity, EntityType
from reader.index.library import Library
from tests.index.conftest import LOADER, Annotations

KINDS = {
    "Mara Quill": EntityType.PERSON,
    "Tom Quill": EntityType.PERSON,
    "Quill": EntityType.PERSON,
    "Harbour Motors": EntityType.ORG,
    "Harbour": EntityType.ORG,
    "New York": EntityType.GPE,
    "York": EntityType.GPE,
}


def annotate(article) -> Annotations:  # type: ignore[no-untyped-def]
    """Like extraction: a part resolves to a full name in the same article, if any."""
    pattern = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
    found = [(m.start(), m.end(), m.group(0)) for m in re.finditer(pattern, article.text)]
    full = [name for _, _, name in found if " " in name]
    entities = []
    for start, end, name in found:
        canonical = next((f for f in full if name in f.split()), name)
        entities.append(Entity(start, end, name, KINDS[name], canonical))
    return Annotations(entities)


def write(root: Path, texts: dict[str, str]) -> None:
    root.mkdir()
    for name, body in texts.items():
        (root / name).write_text(f"{name} headline\n\n{body}", encoding="utf-8")


@pytest.fixture
def open_corpus(tmp_path: Path):
    opened: list[Library] = []

    def opener(texts: dict[str, str]) -> Library:
        root = tmp_path / f"corpus{len(opened)}"
        write(root, texts)
        lib = Library.open(
            root,
            index_dir=tmp_path / f"index{len(opened)}",
            loader=LOADER,
            annotate=annotate,
            extractor_version="aliases-1",
        )
        lib.update()
        opened.append(lib)
        return lib

    yield opener
    for lib in opened:
        lib.close()


def ids(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {hit.summary.id for hit in result.hits}


DOMINANT = {
    "a.txt": "Mara Quill opened the plant. Quill said it would hire.",
    "b.txt": "Mara Quill spoke again about the plant.",
    "c.txt": "Quill told investors the plant was on time.",
    "d.txt": "Tom Quill, no relation, sells bicycles.",
    "e.txt": "Harbour Motors builds cars. The plant is in New York.",
    "f.txt": "Harbour said sales rose in York.",
}


def test_a_full_name_finds_articles_that_use_the_surname_alone(open_corpus) -> None:
    lib = open_corpus(DOMINANT)
    assert ids(lib.search('person:"Mara Quill"')) == {"a.txt", "b.txt", "c.txt"}
    # The other Quill is named in full once: he keeps his own articles only.
    assert ids(lib.search('person:"Tom Quill"')) == {"d.txt"}
    assert ids(lib.search('org:"Harbour Motors"')) == {"e.txt", "f.txt"}


def test_places_are_not_aliased(open_corpus) -> None:
    lib = open_corpus(DOMINANT)
    assert ids(lib.search('place:"New York"')) == {"e.txt"}


def test_a_part_finds_every_full_name_and_itself(open_corpus) -> None:
    lib = open_corpus(DOMINANT)
    assert ids(lib.search("person:quill")) == {"a.txt", "b.txt", "c.txt", "d.txt"}


def test_no_alias_when_two_full_names_are_as_common(open_corpus) -> None:
    lib = open_corpus(
        {
            "a.txt": "Mara Quill opened the plant.",
            "b.txt": "Tom Quill opened a shop.",
            "c.txt": "Quill told investors the plant was on time.",
        }
    )
    assert ids(lib.search('person:"Mara Quill"')) == {"a.txt"}
    assert ids(lib.search('person:"Tom Quill"')) == {"b.txt"}


def test_the_entity_list_counts_the_surname_under_the_full_name(open_corpus) -> None:
    lib = open_corpus(DOMINANT)
    facets = {(f.type, f.name): (f.articles, f.mentions) for f in lib.facets()}
    assert facets[("PERSON", "Mara Quill")] == (3, 4)
    assert ("PERSON", "Quill") not in facets
    assert facets[("PERSON", "Tom Quill")] == (1, 1)
    assert facets[("ORG", "Harbour Motors")] == (2, 2)
    assert facets[("GPE", "York")] == (1, 1)
