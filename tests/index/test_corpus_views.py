"""Across the corpus: entity totals kept batch by batch, who appears with whom,
mentions over time, and the figure ledger, read from the manifest."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from reader.extract.model import Entity, EntityType, Figure, FigureKind
from reader.index import ledger
from reader.index.corpus_entities import timeline
from reader.index.library import Library
from reader.index.location import MANIFEST_NAME
from tests.index.conftest import LOADER, Annotations

KINDS = {
    "Mara Quill": EntityType.PERSON,
    "Quill": EntityType.PERSON,
    "Ivo Brandt": EntityType.PERSON,
    "Harbour Motors": EntityType.ORG,
    "Northport": EntityType.GPE,
}
MONEY = re.compile(r"(\d+) million dollars of (\w+(?: \w+)?)")


def annotate(article) -> Annotations:  # type: ignore[no-untyped-def]
    """Names from KINDS (a part resolves to its full name in the same article) and
    "N million dollars of LABEL" figures."""
    pattern = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
    found = [(m.start(), m.end(), m.group(0)) for m in re.finditer(pattern, article.text)]
    full = [name for _, _, name in found if " " in name]
    entities = [
        Entity(start, end, name, KINDS[name], next((f for f in full if name in f.split()), name))
        for start, end, name in found
    ]
    figures = [
        Figure(m.start(), m.start() + len(m.group(1)) + 16, m.group(0), FigureKind.MONEY,
               float(m.group(1)) * 1e6, "USD", None, m.group(2))
        for m in MONEY.finditer(article.text)
    ]
    return Annotations(entities, figures)


def write(root: Path, name: str, day: str | None, body: str) -> None:
    dated = f"\nDate: {day}" if day else ""
    (root / name).write_text(f"{name} headline{dated}\n\n{body}", encoding="utf-8")


CORPUS = {
    "a.txt": ("2024-01-10", "Mara Quill runs Harbour Motors.\n\n"
              "Harbour Motors spent 40 million dollars of research spending, Quill said."),
    "b.txt": ("2024-03-02", "Quill visited Northport.\n\n"
              "Harbour Motors put 45 million dollars of research spending into Northport."),
    "c.txt": ("2024-03-20", "Ivo Brandt met Mara Quill in Northport."),
    "d.txt": (None, "Ivo Brandt spoke about Northport alone."),
}


@pytest.fixture
def library(tmp_path: Path):
    root = tmp_path / "corpus"
    root.mkdir()
    for name, (day, body) in CORPUS.items():
        write(root, name, day, body)
    lib = Library.open(root, index_dir=tmp_path / "index", loader=LOADER, annotate=annotate,
                       extractor_version="views-1")
    lib.update()
    yield lib
    lib.close()


def counts(lib: Library) -> dict[tuple[str, str], tuple[int, int]]:
    return {(e.type.value, e.name): (e.articles, e.mentions) for e in lib.corpus_entities()}


def test_every_entity_with_article_and_mention_counts_a_surname_counted_in(library) -> None:
    found = counts(library)
    # "Quill" alone (b.txt) stands for Mara Quill; a.txt uses both and counts once.
    assert found[("PERSON", "Mara Quill")] == (3, 4)
    assert ("PERSON", "Quill") not in found
    assert found[("ORG", "Harbour Motors")] == (2, 3)
    assert found[("GPE", "Northport")] == (3, 4)
    # Most articles first, then most mentions, then A to Z.
    assert [e.name for e in library.corpus_entities()] == [
        "Mara Quill", "Northport", "Harbour Motors", "Ivo Brandt"]


def test_the_totals_follow_changed_and_removed_files(library) -> None:
    root = library.corpus_root
    write(root, "c.txt", "2024-03-20", "Ivo Brandt met nobody.")
    (root / "d.txt").unlink()
    library.update()
    found = counts(library)
    assert found[("PERSON", "Ivo Brandt")] == (1, 1)
    assert found[("GPE", "Northport")] == (1, 2)
    assert found[("PERSON", "Mara Quill")] == (2, 3)


def test_counts_over_some_articles_only(library) -> None:
    found = {e.name: e.articles for e in library.corpus_entities(["c.txt", "d.txt"])}
    assert found == {"Ivo Brandt": 2, "Northport": 2, "Mara Quill": 1}


def test_who_appears_with_whom_in_articles_and_paragraphs(library) -> None:
    quill = library.find_entity("Mara Quill")
    assert quill is not None and quill.keys == ("mara quill", "quill")
    found = {c.name: (c.articles, c.paragraphs) for c in library.companions(quill)}
    # Harbour Motors shares a.txt's first paragraph and its second (with "Quill");
    # in b.txt Quill and Harbour Motors are in different paragraphs.
    assert found["Harbour Motors"] == (2, 1)
    assert found["Northport"] == (2, 2)
    assert found["Ivo Brandt"] == (1, 1)


def test_find_entity_by_an_alias_or_a_type(library) -> None:
    assert library.find_entity("quill").name == "Mara Quill"  # type: ignore[union-attr]
    assert library.find_entity("Northport", EntityType.PERSON) is None
    assert library.find_entity("Nobody") is None


def test_mentions_over_time_by_stated_date_with_the_undated_apart(library) -> None:
    weeks = library.entity_timeline(library.find_entity("Northport"))  # type: ignore[arg-type]
    # 2024-03-02 and 2024-03-20 span less than three months: by week, Mondays.
    assert weeks.unit == "week" and weeks.undated == 1
    assert [(d.isoformat(), n) for d, n in weeks.periods] == [
        ("2024-02-26", 1), ("2024-03-04", 0), ("2024-03-11", 0), ("2024-03-18", 1)]


def test_timeline_months_or_weeks_with_empty_periods() -> None:
    months = timeline([date(2024, 1, 5), date(2024, 4, 1), date(2024, 4, 9), None])
    assert months.unit == "month"
    assert [(d.isoformat(), n) for d, n in months.periods] == [
        ("2024-01-01", 1), ("2024-02-01", 0), ("2024-03-01", 0), ("2024-04-01", 2)]
    assert months.undated == 1 and months.total == 4
    weeks = timeline([date(2024, 3, 4), date(2024, 3, 20)])
    assert weeks.unit == "week"
    assert [(d.isoformat(), n) for d, n in weeks.periods] == [
        ("2024-03-04", 1), ("2024-03-11", 0), ("2024-03-18", 1)]
    assert timeline([None, None]).periods == ()


def test_the_ledger_lists_figures_whose_sentence_names_the_entity(library) -> None:
    motors = library.find_entity("Harbour Motors")
    rows = library.ledger(motors)  # type: ignore[arg-type]
    assert [(r.article.id, r.shown) for r in rows] == [("b.txt", "US$45 m"), ("a.txt", "US$40 m")]
    assert rows[0].conflict == "research spending: US$40 m (2024-01-10) vs US$45 m (2024-03-02)"
    # Quill's sentence in a.txt states it; in b.txt "Quill" is in another paragraph.
    quill = library.ledger(library.find_entity("Mara Quill"))  # type: ignore[arg-type]
    assert [(r.article.id, r.shown, r.conflict) for r in quill] == [("a.txt", "US$40 m", None)]
    assert library.ledger(library.find_entity("Ivo Brandt")) == []  # type: ignore[arg-type]


OLD_LAYOUTS = {
    # schema 10: entities without paragraphs or keys
    "10": (("entities", "entity_totals", "figures"), (
        "CREATE TABLE entities (article_id TEXT NOT NULL, type TEXT NOT NULL,"
        " name TEXT NOT NULL, mentions INTEGER NOT NULL)",
        "CREATE INDEX entities_article ON entities (article_id)",
        "INSERT INTO entities VALUES ('a.txt', 'PERSON', 'Mara Quill', 2)",
    )),
    # schema 14: rows keyed by the article's id, not its number
    "14": (("articles", "entities", "figures"), (
        "CREATE TABLE articles (id TEXT PRIMARY KEY, path TEXT NOT NULL,"
        " title TEXT NOT NULL, published TEXT, source TEXT,"
        " entities INTEGER NOT NULL, figures INTEGER NOT NULL)",
        "INSERT INTO articles VALUES ('a.txt', 'a.txt', 'A', NULL, NULL, 1, 0)",
    )),
}  # fmt: skip


@pytest.mark.parametrize("schema", sorted(OLD_LAYOUTS))
def test_an_index_in_an_older_manifest_layout_is_rebuilt(
    tmp_path: Path, library, schema: str
) -> None:
    index_dir = tmp_path / "index"
    library.close()
    dropped, statements = OLD_LAYOUTS[schema]
    db = sqlite3.connect(index_dir / MANIFEST_NAME)
    with db:  # the manifest as that schema wrote it
        for table in dropped:
            db.execute(f"DROP TABLE {table}")
        for statement in statements:
            db.execute(statement)
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (schema,))
    db.close()
    lib = Library.open(library.corpus_root, index_dir=index_dir, loader=LOADER,
                       annotate=annotate, extractor_version="views-1")
    try:
        report = lib.update()
        assert f"format changed ({schema} ->" in (report.rebuilt_reason or "")
        assert counts(lib)[("PERSON", "Mara Quill")] == (3, 4)
        assert lib.entity_articles(lib.find_entity("Mara Quill"))  # type: ignore[arg-type]
    finally:
        lib.close()


class TestLedgerRules:
    def test_label_stems_are_common_words_cut_to_five_letters(self) -> None:
        assert ledger.label_stems("Investment in technological innovation") == {
            "inves", "techn", "innov"}
        assert ledger.label_stems("plan to invest in R&D") == {"plan", "inves"}
        assert ledger.label_stems("Become China's Leading Maker") == {"becom"}
        assert ledger.label_stems("number of stores") == {"store"}

    def test_csv_and_json_carry_every_column(self, library) -> None:
        rows = library.ledger(library.find_entity("Harbour Motors"))  # type: ignore[arg-type]
        text = ledger.to_csv(rows)
        header, first = text.splitlines()[:2]
        assert header.startswith("date,value,value_max,unit,kind,shown,label")
        assert first.startswith("2024-03-02,45000000.0,,USD,money,US$45 m,research spending")
        assert '"article_id": "a.txt"' in ledger.to_json(rows)

    def test_sorts(self, library) -> None:
        rows = library.ledger(library.find_entity("Harbour Motors"))  # type: ignore[arg-type]
        by_value = ledger.sort(rows, ledger.LedgerSort.VALUE)
        assert [r.value for r in by_value] == [45e6, 40e6]
        assert [r.value for r in ledger.sort(rows, ledger.LedgerSort.VALUE, reverse=True)] == [
            40e6, 45e6]


def test_clearing_the_manifest_shrinks_its_file(tmp_path: Path) -> None:
    """A rebuild starts by clearing the manifest: its freed pages must not stay."""
    from reader.index.manifest import ArticleRow, EntityCount, FileRecord, Manifest

    manifest = Manifest(tmp_path / MANIFEST_NAME)
    try:
        rows = [
            ArticleRow(f"{i}.txt", f"{i}.txt", f"Title {i}", None, None, 1, 0,
                       (EntityCount("PERSON", f"name {i}", f"Name {i}", 1, "0"),))
            for i in range(3000)
        ]
        manifest.apply([FileRecord(r.path, 1, 1, "h") for r in rows], rows, [])
        manifest.clear()
        assert manifest._db.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert manifest._db.execute("PRAGMA page_count").fetchone()[0] < 20
    finally:
        manifest.close()
