"""The tuned commit must write exactly the segment Whoosh's own commit writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.corpus.loader import list_files, load_file
from reader.index import storage
from reader.index.extraction import document
from reader.index.whoosh_ext.blocks import PackedCodec
from reader.index.whoosh_ext.writer import writer

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _segment_files(whoosh_dir: Path, docs: list[dict[str, Any]], tuned: bool) -> dict[str, bytes]:
    storage.wipe(whoosh_dir)
    ix = storage.create(whoosh_dir)
    w = writer(ix) if tuned else ix.writer(codec=PackedCodec())
    for doc in docs:
        w.add_document(**doc)
    w.commit()
    files: dict[str, bytes] = {}
    for leaf, _ in ix.reader().leaf_readers():
        segment = leaf.segment()
        store = segment.open_compound_file(ix.storage) if segment.is_compound() else ix.storage
        for name in store.list():
            with store.open_file(name) as f:
                files[name.replace(segment.segment_id(), "")] = bytes(f.read())
    ix.close()
    return files


def test_same_bytes_as_whoosh_own_writer(tmp_path: Path) -> None:
    docs = []
    for path in list_files(SEEDS):
        for article in load_file(path, SEEDS):  # type: ignore[union-attr]
            docs.append(document(article, path.name, [], []))
    stock = _segment_files(tmp_path / "stock", docs, tuned=False)
    tuned = _segment_files(tmp_path / "tuned", docs, tuned=True)
    assert stock and stock == tuned
