from pathlib import Path

import pytest

from reader.extract.model import EntityType
from reader.index import storage
from reader.index.library import Library, QueryError, entity_query
from reader.index.model import SortOrder


def ids(result) -> list[str]:
    return [h.summary.id for h in result.hits]


def test_first_update_indexes_every_file(library: Library) -> None:
    # gamma.txt is undated: listed by its file's day (today), newer than the others.
    assert [s.id for s in library.summaries()] == ["gamma.txt", "beta.txt", "alpha.txt"]
    stored = library.article("alpha.txt")
    assert stored is not None
    assert stored.summary.title == "Harbour Motors unveils electric vehicle"
    assert stored.text.startswith(stored.summary.title)
    quill = [e for e in stored.entities if e.canonical == "Mara Quill"]
    assert quill and all(stored.text[e.start : e.end] == e.text for e in quill)
    assert library.article("missing.txt") is None


def test_stemming_prefix_fuzzy_and_phrases(library: Library) -> None:
    assert set(ids(library.search("invest"))) == {"alpha.txt", "beta.txt"}  # investment, investors
    # A prefix reaches the corpus's words ("investment"), each found in all its
    # forms as a plain word is: beta.txt says "invest", the stem "investment" shares.
    assert set(ids(library.search("investm*"))) == {"alpha.txt", "beta.txt"}
    assert ids(library.search("investo*")) == ["beta.txt"]  # "investors"
    # "innovation", one edit away, is found as the plain word is: with "innovations".
    assert set(ids(library.search("innovaton~"))) == {"beta.txt", "gamma.txt"}
    assert set(ids(library.search("innovation"))) == {"beta.txt", "gamma.txt"}
    phrase = library.search('"electric vehicle"')
    assert set(ids(phrase)) == {"alpha.txt", "gamma.txt"}
    assert ids(phrase)[0] == "alpha.txt"  # in the headline and the body


def test_fields_entities_and_dates(library: Library) -> None:
    assert ids(library.search('person:"Mara Quill"', sort=SortOrder.OLDEST)) == [
        "alpha.txt",
        "gamma.txt",
    ]
    assert set(ids(library.search("person:'mara QUILL'"))) == {"alpha.txt", "gamma.txt"}
    assert set(ids(library.search("person:brandt"))) == {"beta.txt"}  # part of a full name
    assert ids(library.search("place:northport AND date:2025")) == ["beta.txt"]
    assert ids(library.search("date:[2024-01 to 2024-12]")) == ["alpha.txt"]
    assert ids(library.search("date:>2024-03")) == ["beta.txt"]
    assert ids(library.search("title:bridge")) == ["beta.txt"]
    assert set(ids(library.search("vehicle NOT harbour"))) == {"gamma.txt"}
    assert set(ids(library.search("source:wire"))) == {"alpha.txt", "beta.txt", "gamma.txt"}


def test_sorting_by_date_takes_an_undated_articles_file_time(library: Library) -> None:
    everything = "electric OR bridge"
    # gamma.txt has no date: its file, written today, is newer than both dates.
    assert ids(library.search(everything, sort=SortOrder.NEWEST)) == [
        "gamma.txt",
        "beta.txt",
        "alpha.txt",
    ]
    assert ids(library.search(everything, sort=SortOrder.OLDEST)) == [
        "alpha.txt",
        "beta.txt",
        "gamma.txt",
    ]


def test_passages_mark_matches_only_for_the_first_results(library: Library) -> None:
    result = library.search("electric vehicle", passages=1)
    first, second = result.hits
    assert first.passage is not None and second.passage is None
    marked = {first.passage.text[s:e].lower() for s, e in first.passage.marks}
    assert marked <= {"electric", "vehicle", "vehicles"} and marked
    assert first.hit_count >= 2


def test_match_offsets_use_the_index_analysis(library: Library) -> None:
    stored = library.article("gamma.txt")
    assert stored is not None
    words = [stored.text[s:e] for s, e in library.match_offsets("gamma.txt", "vehicle")]
    assert words == ["Vehicle", "vehicles", "vehicle"]  # headline included, stemmed
    phrase = [stored.text[s:e] for s, e in library.match_offsets("gamma.txt", '"electric vehicle"')]
    assert phrase == ["electric vehicle"]
    fuzzy = [stored.text[s:e] for s, e in library.match_offsets("gamma.txt", "charing~")]
    assert fuzzy == ["charging"]
    people = [
        stored.text[s:e] for s, e in library.match_offsets("gamma.txt", 'person:"Mara Quill"')
    ]
    assert people == ["Mara Quill", "Quill"]
    assert library.match_offsets("gamma.txt", "vehicle NOT bridge") == library.match_offsets(
        "gamma.txt", "vehicle"
    )


def test_a_title_search_marks_the_headline_only(library: Library) -> None:
    stored = library.article("alpha.txt")
    assert stored is not None
    headline = stored.paragraphs[0].end

    def marked(query: str) -> list[tuple[int, int]]:
        return library.match_offsets("alpha.txt", query)

    assert len(marked("electric")) == 2 and len(marked("title:electric")) == 1
    assert all(end <= headline for _, end in marked("title:electric"))
    assert all(end <= headline for _, end in marked('title:"electric vehicle"'))
    assert len(marked('"electric vehicle"')) == 2
    # Searched in both, marked in both.
    assert marked("title:electric OR electric") == marked("electric")
    hit = library.search("title:electric").hits[0]
    assert hit.hit_count == 1 and hit.passage is not None and len(hit.passage.marks) == 1


def test_suggestions_come_from_the_corpus_vocabulary(library: Library) -> None:
    assert library.suggest("harbuor brigde") == "harbour bridge"
    assert library.suggest("harbour") is None
    result = library.search("Northprot")
    assert result.total == 0 and result.suggestion == "Northport"
    # Only what the query asks for is corrected: an excluded word is left as written.
    assert library.suggest('harbuor -brigde -"brigde" -(brigde OR x)') == (
        'harbour -brigde -"brigde" -(brigde OR x)'
    )
    assert library.suggest("harbour -brigde") is None
    assert library.suggest('title:harbuor "brigde pier"') == 'title:harbour "bridge pier"'


def test_facets_keep_display_case_and_count(library: Library) -> None:
    facets = {(f.type, f.name): f for f in library.facets()}
    quill = facets[("PERSON", "Mara Quill")]
    assert (quill.articles, quill.mentions) == (2, 4)
    only = {(f.type, f.name) for f in library.facets("bridge")}
    assert ("PERSON", "Ivo Brandt") in only and ("PERSON", "Mara Quill") not in only


def test_entity_query_finds_the_entity(library: Library) -> None:
    assert entity_query(EntityType.PERSON, "Mara Quill") == 'person:"Mara Quill"'
    assert entity_query(EntityType.GPE, "Northport") == 'place:"Northport"'
    assert set(ids(library.search(entity_query(EntityType.GPE, "Southvale")))) == {"gamma.txt"}


def test_query_errors_surface_as_query_error(library: Library) -> None:
    with pytest.raises(QueryError, match="unknown field"):
        library.search("colour:red")
    with pytest.raises(QueryError, match="nothing to search for"):
        library.search("the")


def test_broad_wildcards_are_capped_and_marked_partial(corpus: Path, open_library) -> None:
    words = " ".join(f"zz{i:03d}word" for i in range(80))
    (corpus / "many.txt").write_text(f"Many words\n\n{words}", encoding="utf-8")
    lib = open_library(corpus)
    lib.update()
    result = lib.search("zz*")
    assert result.partial and result.total == 1


def test_incremental_update_touches_only_changed_files(
    corpus: Path, open_library, annotator
) -> None:
    lib = open_library(corpus)
    lib.update()
    annotator.seen.clear()
    (corpus / "delta.txt").write_text("Delta opens port\n\nA new port opened.", encoding="utf-8")
    (corpus / "alpha.txt").write_text(
        "Harbour Motors delays launch\nDate: 2024-03-06\n\nThe launch slipped.", encoding="utf-8"
    )
    (corpus / "gamma.txt").unlink()
    progress: list[tuple[int, int, str]] = []
    report = lib.update(lambda d, t, p: progress.append((d, t, p)))
    assert sorted(annotator.seen) == ["alpha.txt", "delta.txt"]
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 1)
    assert report.articles == 3
    assert progress[-1][:2] == (2, 2)
    assert ids(lib.search("launch")) == ["alpha.txt"]
    assert lib.search("vehicle").total == 0
    assert {s.id for s in lib.summaries()} == {"alpha.txt", "beta.txt", "delta.txt"}

    annotator.seen.clear()
    (corpus / "beta.txt").touch()  # new mtime, same content
    report = lib.update()
    assert annotator.seen == [] and report.unchanged == 3


def test_new_extractor_version_rebuilds(corpus: Path, open_library, annotator) -> None:
    open_library(corpus).close()
    first = open_library(corpus, "test-1")
    first.update()
    first.close()
    annotator.seen.clear()
    lib = open_library(corpus, "test-2")
    report = lib.update()
    assert report.rebuilt_reason and "extractors changed" in report.rebuilt_reason
    assert len(annotator.seen) == 3


def test_skipped_files_are_reported(corpus: Path, open_library) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    report = open_library(corpus).update()
    assert report.skipped == (("empty.txt", "empty file"),)
    assert report.articles == 3


def test_second_opener_is_read_only_and_still_searches(library: Library, open_library) -> None:
    other = open_library(library.corpus_root)
    assert other.read_only
    report = other.update()
    assert report.read_only and report.messages
    assert other.search("bridge").total == 1


def test_a_search_on_a_current_index_reads_its_segments_once(
    corpus: Path, open_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = open_library(corpus)
    builder.update()
    builder.close()  # built, and its writer gone
    readers = []
    real = storage.FileIndex.reader

    def counted(ix, *args, **kwargs):  # type: ignore[no-untyped-def]
        readers.append(ix)
        return real(ix, *args, **kwargs)

    monkeypatch.setattr(storage.FileIndex, "reader", counted)
    lib = open_library(corpus)
    assert not lib.read_only
    assert not lib.update().added
    assert lib.search("bridge").total == 1
    # The damage check's searcher serves the search: `reader search` opens one reader.
    assert len(readers) == 1


def test_held_lock_makes_read_only_and_left_lock_file_does_not(
    corpus: Path, open_library, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    held = storage.owner_lock(index_dir)
    assert held.acquire()
    lib = open_library(corpus)
    assert lib.read_only and lib.update().read_only
    lib.close()
    held.release()
    # The lock file stays behind, as after a killed process: it must not block.
    assert (index_dir / storage.OWNER_LOCK).exists()
    lib = open_library(corpus)
    assert not lib.read_only
    assert lib.update().articles == 3


def _segments(index_dir: Path) -> list[Path]:
    return sorted((index_dir / "whoosh").glob("*.seg"))


@pytest.mark.parametrize("damage", ["truncate", "garble", "empty_toc", "delete", "moved_class"])
def test_damaged_index_is_rebuilt(corpus: Path, open_library, tmp_path: Path, damage: str) -> None:
    lib = open_library(corpus)
    lib.update()
    lib.close()
    index_dir = tmp_path / "index"
    segment = _segments(index_dir)[0]
    if damage == "truncate":
        segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])
    elif damage == "garble":
        data = bytearray(segment.read_bytes())
        data[len(data) // 3 : len(data) // 3 + 64] = b"\x00" * 64
        segment.write_bytes(bytes(data))
    elif damage == "empty_toc":
        for toc in (index_dir / "whoosh").glob("*.toc"):
            toc.write_bytes(b"")
    elif damage == "moved_class":
        # As an index written before our format classes moved to another module
        # (same length, so the pickle stays well formed).
        for toc in (index_dir / "whoosh").glob("*.toc"):
            data = toc.read_bytes()
            old, moved = b"reader.index.whoosh_ext.formats", b"reader.index.whoosh_ext.nowhere"
            assert old in data
            toc.write_bytes(data.replace(old, moved))
    else:
        segment.unlink()
    lib = open_library(corpus)
    report = lib.update()
    assert report.rebuilt_reason and "damaged" in report.rebuilt_reason
    assert report.articles == 3
    assert lib.search("bridge").total == 1


def test_an_index_of_an_older_format_that_does_not_open_is_rebuilt_as_a_format_change(
    corpus: Path, open_library, tmp_path: Path
) -> None:
    """As an index written before the codec and formats moved into whoosh_ext:
    its table of contents names classes that are gone, and its manifest an
    older schema. That is the format changing, not damage."""
    import sqlite3

    from reader.index.location import MANIFEST_NAME

    lib = open_library(corpus)
    lib.update()
    lib.close()
    index_dir = tmp_path / "index"
    for toc in (index_dir / "whoosh").glob("*.toc"):
        data = toc.read_bytes()
        toc.write_bytes(data.replace(b"whoosh_ext.formats", b"whoosh_ext.nowhere"))
    db = sqlite3.connect(index_dir / MANIFEST_NAME)
    with db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    db.close()
    lib = open_library(corpus)
    report = lib.update()
    assert report.rebuilt_reason and "format changed (old ->" in report.rebuilt_reason
    assert report.articles == 3
    assert lib.search("bridge").total == 1


def test_damage_found_while_searching_is_rebuilt(library: Library, tmp_path: Path) -> None:
    for segment in _segments(tmp_path / "index"):
        segment.write_bytes(b"")
    result = library.search("bridge")
    assert result.total == 1


def test_missing_corpus_folder_is_one_line(tmp_path: Path) -> None:
    from reader.index.library import LibraryError

    with pytest.raises(LibraryError, match="does not exist"):
        Library.open(tmp_path / "nowhere")


def test_index_dir_follows_the_environment(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.index.library import default_index_dir

    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "elsewhere"))
    assert default_index_dir(corpus).parent == tmp_path / "elsewhere"


def test_total_counts_every_match_beyond_the_limit(tmp_path: Path, open_library) -> None:
    # Headline matches outscore body matches; the total must still count both kinds,
    # across segments written by separate updates.
    root = tmp_path / "many"
    root.mkdir()
    for i in range(6):
        (root / f"head{i}.txt").write_text(
            f"Turbine order number {i}\n\nThe plant placed an order.", encoding="utf-8"
        )
    lib = open_library(root)
    lib.update()
    for i in range(60):
        (root / f"body{i}.txt").write_text(
            f"Plant report {i}\n\nEngineers inspected one turbine today.", encoding="utf-8"
        )
    lib.update()
    result = lib.search("turbine", limit=2, passages=1)
    assert len(result.hits) == 2 and result.total == 66
    assert {h.summary.id for h in result.hits} <= {f"head{i}.txt" for i in range(6)}
    assert lib.search("turbien~", limit=3).total == 66  # a transposition is one edit
    assert lib.search("turbne~", limit=3).total == 66
    assert lib.search("turbxxe~", limit=3).total == 0
    assert lib.search("turbine", sort=SortOrder.NEWEST, limit=2).total == 66


def test_a_phrase_does_not_run_across_a_paragraph_break(tmp_path: Path, open_library) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "breaks"
    root.mkdir()
    (root / "a.txt").write_text(
        "Battery makers meet\n\nThe talks ended with a plan for the electric.\n\n"
        "Vehicle sales were not discussed.",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        "Battery makers meet again\n\nThe plan covers every electric vehicle sold.",
        encoding="utf-8",
    )
    library = open_library(root)
    library.update()
    result = library.search('"electric vehicle"')
    assert [h.summary.id for h in result.hits] == ["b.txt"]
    assert library.match_offsets("a.txt", '"electric vehicle"') == []
    assert library.search("electric AND vehicle").total == 2


def test_passages_for_any_articles(library: Library) -> None:
    found = library.passages("vehicle", ["gamma.txt", "alpha.txt", "missing.txt"])
    assert set(found) == {"gamma.txt", "alpha.txt"}
    for passage in found.values():
        assert passage.marks and all(
            passage.text[s:e].lower().startswith("vehicle") for s, e in passage.marks
        )
    assert library.passages("vehicle", []) == {}


def test_bytes_changed_in_place_are_damage_even_with_size_and_time_kept(
    library: Library, tmp_path: Path
) -> None:
    """A search that fails on such damage rebuilds instead of blaming our code."""
    import os

    assert library._healthy()
    segment = _segments(tmp_path / "index")[0]
    st = segment.stat()
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF
    segment.write_bytes(bytes(data))
    os.utime(segment, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert storage.changed_files(tmp_path / "index" / "whoosh", library._recorded_snapshot() or {})
    assert not library._healthy()


def test_a_commit_hashes_only_new_files(corpus: Path, open_library, tmp_path: Path) -> None:
    lib = open_library(corpus)
    lib.update()
    first = lib._recorded_snapshot() or {}
    (corpus / "extra.txt").write_text("Extra\n\nA bridge opened in the harbour town today.")
    lib.update()
    second = lib._recorded_snapshot() or {}
    kept = [n for n in first if not n.startswith("#") and n in second]
    assert kept and all(second[n] == first[n] and len(second[n]) == 3 for n in kept)
    assert lib.search("harbour").total >= 1
