"""Bad input is skipped with a reason a user can act on, and never raises."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from reader.corpus.loader import CorpusError, iter_corpus, list_files, load_file
from reader.corpus.model import Article, SkippedFile

from .conftest import assert_offsets_map

TEXT = "Café owners in Zürich said prices rose 5 percent — the “largest” rise in years.\n"


def test_empty_and_whitespace_files(load_one) -> None:
    for name, data in (
        ("empty.txt", b""),
        ("blank.md", b" \n\r\n\t\n"),
        ("bom.txt", codecs.BOM_UTF8),
    ):
        result = load_one(name, data)
        assert isinstance(result, SkippedFile)
        assert result.reason == "empty file"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive or Office document)"),
        (b"some text\x00\x01\x02 with NUL bytes", "binary file"),
    ],
)
def test_binary_files(load_one, data: bytes, reason: str) -> None:
    result = load_one("story.txt", data)
    assert isinstance(result, SkippedFile)
    assert result.reason == reason


def test_windows_1252_bytes(load_one, corpus: Path) -> None:
    article = load_one("story.txt", TEXT.encode("cp1252"))
    assert isinstance(article, Article)
    assert article.encoding == "cp1252"
    assert article.text == TEXT.strip()
    with open(corpus / "story.txt", encoding="cp1252") as handle:
        assert article.raw == handle.read()


def test_latin1_fallback_for_bytes_cp1252_does_not_define(load_one) -> None:
    # 0x81 and 0x8d are unassigned in Windows-1252; Latin-1 maps every byte.
    data = "Café owners in Zürich said prices rose.".encode("latin-1") + b" \x81\x8d end."
    article = load_one("story.txt", data)
    assert isinstance(article, Article)
    assert article.encoding == "latin-1"
    assert article.text.startswith("Café owners in Zürich")
    assert_offsets_map(article)


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ],
)
def test_byte_order_marks(load_one, corpus: Path, bom: bytes, codec: str, encoding: str) -> None:
    data = bom + TEXT.replace("\n", "\r\n").encode(codec) * 2
    article = load_one("story.txt", data)
    assert isinstance(article, Article)
    assert article.encoding == encoding
    assert not article.raw.startswith("\ufeff")
    assert "\r" not in article.raw
    with open(corpus / "story.txt", encoding=encoding) as handle:
        assert article.raw == handle.read()
    assert article.text.startswith("Café owners")
    assert_offsets_map(article)


def test_utf16_without_bom(load_one) -> None:
    article = load_one("story.txt", TEXT.encode("utf-16-le"))
    assert isinstance(article, Article)
    assert article.text.startswith("Café owners")


def test_newlines_are_normalised_like_text_mode(load_one, corpus: Path) -> None:
    data = b"First line of the story here.\r\nSecond line of it.\rThird one.\n"
    article = load_one("mixed.txt", data)
    with open(corpus / "mixed.txt", encoding="utf-8") as handle:
        assert article.raw == handle.read()
    assert len(article.paragraphs) == 3
    assert_offsets_map(article)


def test_truncated_html(load_one) -> None:
    page = (
        "<html><head><title>Cut Off</title></head><body><article><p>The first paragraph "
        "of a page whose download stopped early still has a full sentence.</p><p>And a half"
    )
    article = load_one("cut.html", page)
    assert isinstance(article, Article)
    assert "The first paragraph" in article.text


def test_html_with_no_text(load_one) -> None:
    result = load_one("blank.html", "<html><body><script>x()</script></body></html>")
    assert isinstance(result, SkippedFile)
    assert result.reason.startswith("no article text")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('"just a string"', "JSON holds a string, not an article object or a list of them"),
        ("42", "JSON holds a number, not an article object or a list of them"),
        ("[1, 2, 3]", "JSON is a list of numbers, not article objects"),
        ("[]", "JSON list is empty"),
        ('{"title": "No Body"}', "no article text (no 'text', 'body' or 'content' field)"),
        ('{"title": "x", "text": ', "invalid JSON: Expecting value (line 1, column 24)"),
    ],
)
def test_json_that_is_not_articles(load_one, content: str, reason: str) -> None:
    result = load_one("data.json", content)
    assert isinstance(result, SkippedFile)
    assert result.reason == reason


def test_json_list_with_a_bad_row(corpus: Path) -> None:
    rows = [{"title": "Fine Row", "text": "A sentence of text for the story."}, "oops"]
    (corpus / "rows.json").write_text(json.dumps(rows), encoding="utf-8")
    results = list(iter_corpus(corpus))
    assert isinstance(results[0], Article) and results[0].id == "rows.json#1"
    assert results[1] == SkippedFile(
        Path(f"{corpus / 'rows.json'}#2"), "row 2: expected an article object, got a string"
    )


def test_too_large_file_is_not_read(corpus: Path) -> None:
    path = corpus / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(51 * 2**20)
    result = load_file(path, corpus)
    assert result == SkippedFile(path, "too large: 51.0 MB, limit 50 MB")


def test_permission_denied(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    real_open = os.open

    def refuse(target: object, *args: object, **kwargs: object) -> int:
        if Path(os.fsdecode(target)) == path:  # as root, chmod 000 would not stop us
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    assert load_file(path, corpus) == SkippedFile(path, "unreadable: permission denied")


def test_file_vanished_and_broken_link(corpus: Path) -> None:
    gone = corpus / "gone.txt"
    assert load_file(gone, corpus) == SkippedFile(gone, "unreadable: file vanished")
    link = corpus / "link.txt"
    link.symlink_to(corpus / "nowhere.txt")
    assert list_files(corpus) == [link]
    assert load_file(link, corpus) == SkippedFile(link, "unreadable: broken link")


def test_unreadable_folder_is_reported(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert list(iter_corpus(corpus)) == [
        SkippedFile(locked, "unreadable folder: permission denied")
    ]


def test_symlink_loops_end(corpus: Path) -> None:
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "story.txt").write_text(TEXT, encoding="utf-8")
    (sub / "back").symlink_to(corpus, target_is_directory=True)
    (sub / "self").symlink_to(sub, target_is_directory=True)
    (corpus / "a").symlink_to(corpus / "b", target_is_directory=True)
    (corpus / "b").symlink_to(corpus / "a", target_is_directory=True)
    # The looping links a <-> b lead nowhere: listed, then skipped with a reason.
    assert list_files(corpus) == [corpus / "a", corpus / "b", sub / "story.txt"]
    results = list(iter_corpus(corpus))
    assert [a.id for a in results if isinstance(a, Article)] == ["sub/story.txt"]
    assert [type(r) for r in results] == [SkippedFile, SkippedFile, Article]


def test_missing_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder not found"):
        list(iter_corpus(tmp_path / "missing"))
    with pytest.raises(CorpusError, match="not a folder"):
        list_files(Path(__file__))


def test_hidden_assets_quiet_unknown_types_reported(corpus: Path) -> None:
    (corpus / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden" / "secret.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (corpus / "page_files").mkdir()
    (corpus / "page_files" / "app.js").write_text("x()", encoding="utf-8")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    (corpus / "README").write_text("hello", encoding="utf-8")
    (corpus / "story.txt").write_text(TEXT, encoding="utf-8")
    results = list(iter_corpus(corpus))
    assert [(type(r).__name__, r.path.name) for r in results] == [
        ("SkippedFile", "notes.docx"),
        ("SkippedFile", "README"),
        ("Article", "story.txt"),
    ]
    assert results[0].reason == "unsupported file type .docx"
    assert results[1].reason == "unsupported file type (no extension)"


def test_only_chrome_is_skipped(load_one) -> None:
    result = load_one("chrome.txt", "Home > World > Asia\n2025-03-05 HKT 12:22\nAdvertisement\n")
    assert isinstance(result, SkippedFile)
    assert result.reason == "no article text (only page chrome)"


def test_an_unexpected_error_in_one_file_becomes_a_reason(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.corpus import formats

    def explode(text: str) -> list:
        raise RuntimeError("rule\nfailed")

    monkeypatch.setitem(formats.READERS, ".txt", ("txt", explode))
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "b.md").write_text(TEXT, encoding="utf-8")
    results = list(iter_corpus(corpus))
    assert results[0] == SkippedFile(
        corpus / "a.txt", "could not be read (RuntimeError: rule failed)"
    )
    assert isinstance(results[1], Article)
