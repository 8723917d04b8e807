"""Packed posting blocks must hold exactly the postings Whoosh's own blocks hold."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher

from reader.corpus.loader import list_files, load_file
from reader.index import storage
from reader.index.extraction import document
from reader.index.whoosh_ext.blocks import PackedCodec, PackedLeafMatcher

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _docs() -> list[dict[str, Any]]:
    docs = []
    for path in list_files(SEEDS):
        for article in load_file(path, SEEDS):  # type: ignore[union-attr]
            docs.append(document(article, path.name, [], []))
    # Many documents, so that common terms span several blocks of 128 postings.
    rng = random.Random(5)
    words = ["market", "rates", "bank", "electric", "vehicle", "grid", "solar", "vote"]
    for n in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        docs.append({"id": f"gen-{n}", "title": text[:20], "body": text, "words": text})
    return docs


def _postings(whoosh_dir: Path, docs: list[dict[str, Any]], codec: Any) -> dict[Any, Any]:
    storage.wipe(whoosh_dir)
    ix = storage.create(whoosh_dir)
    writer = ix.writer(codec=codec)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    out: dict[Any, Any] = {}
    kinds: set[type] = set()
    with ix.searcher() as s:
        r = s.reader()
        for fieldname, text in r.all_terms():
            m = r.postings(fieldname, text)
            kinds.add(type(m))
            out[fieldname, text] = [(m.id(), m.weight(), m.value()) for _ in m.all_ids()]
            m = r.postings(fieldname, text)
            out[fieldname, text, "walk"] = _walk(m)
    ix.close()
    out["kinds"] = kinds
    return out


def _walk(m: Any) -> list[tuple[int, float, bytes]]:
    found = []
    while m.is_active():
        found.append((m.id(), m.weight(), m.value()))
        m.next()
    return found


def test_the_same_postings_as_whoosh_own_codec(tmp_path: Path) -> None:
    docs = _docs()
    stock = _postings(tmp_path / "stock", docs, None)
    packed = _postings(tmp_path / "packed", docs, PackedCodec())
    assert W3LeafMatcher in stock.pop("kinds")
    assert PackedLeafMatcher in packed.pop("kinds")
    assert stock == packed
    assert max(len(v) for v in packed.values()) > 128  # some lists span several blocks


def test_skipping_reads_the_same_postings(tmp_path: Path) -> None:
    docs = _docs()
    storage.wipe(tmp_path / "ix")
    ix = storage.create(tmp_path / "ix")
    writer = ix.writer(codec=PackedCodec())
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    with ix.searcher() as s:
        r = s.reader()
        every = list(r.postings("body", "market").all_ids())
        m = r.postings("body", "market")
        m.skip_to(every[200])
        assert list(m.all_ids()) == every[200:]
    ix.close()


def test_whole_blocks_read_what_the_matcher_walks(tmp_path: Path) -> None:
    storage.wipe(tmp_path / "ix")
    ix = storage.create(tmp_path / "ix")
    writer = ix.writer(codec=PackedCodec())
    for doc in _docs():
        writer.add_document(**doc)
    writer.commit()
    with ix.searcher() as s:
        r = s.reader()
        for fieldname, text in [("body", b"market"), ("words", b"market"), ("title", b"bank")]:
            walked = _walk(r.postings(fieldname, text))
            m = r.postings(fieldname, text)
            assert isinstance(m, PackedLeafMatcher)
            whole = [
                posting
                for ids, weights, values in m.blocks(values=True)
                for posting in zip(ids, weights, values, strict=True)
            ]
            assert whole == walked and len(whole) >= 128  # a full block, and more for market
    ix.close()
