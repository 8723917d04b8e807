"""Whoosh's first import through reader.index leaves out the stdlib weight it never uses,
and nothing else in the process notices: each check runs in a fresh interpreter,
since this one may have imported Whoosh already."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_searching_imports_whoosh_without_the_network_and_asyncio_modules() -> None:
    seen = run("""
        import json, sys
        import reader.index.searching, reader.index.library
        names = (
            "whoosh.reading", "whoosh.query", "urllib.request", "asyncio", "http.client",
            "cached_property", "whoosh.lang.morph_en",
        )
        print(json.dumps({name: name in sys.modules for name in names}))
    """)
    assert seen == {
        "whoosh.reading": True, "whoosh.query": True, "urllib.request": False,
        "asyncio": False, "http.client": False, "cached_property": False,
        "whoosh.lang.morph_en": False,
    }  # fmt: skip


def test_the_real_modules_are_there_for_whoever_imports_them_later(tmp_path: Path) -> None:
    seen = run(f"""
        import functools, json, sys
        import reader.index.searching
        import whoosh.compat, whoosh.query, whoosh.reading
        import urllib.request
        import cached_property
        from whoosh import fields, index
        ix = index.create_in({str(tmp_path)!r}, fields.Schema(key=fields.ID(stored=True)))
        with ix.writer() as writer:
            for key in ("a", "b", "c"):
                writer.add_document(key=key)
        with ix.writer() as writer:
            writer.delete_by_term("key", "b")
        with ix.searcher() as searcher:
            deleted = sorted(searcher.reader().deleted_docs_set)
            keys = sorted(doc["key"] for doc in searcher.documents())
        print(json.dumps({{
            "urlopen": hasattr(urllib.request, "urlopen"),
            "backport": hasattr(cached_property, "threaded_cached_property"),
            "whoosh_cached_property": whoosh.reading.cached_property is functools.cached_property,
            "urlretrieve_callable": callable(whoosh.compat.urlretrieve),
            "deleted": deleted, "keys": keys,
            "variations": sorted(whoosh.query.terms.variations("running"))[:2],
        }}))
    """)
    assert seen == {
        "urlopen": True, "backport": True, "whoosh_cached_property": True,
        "urlretrieve_callable": True, "deleted": [1], "keys": ["a", "c"],
        "variations": ["ran", "run"],
    }  # fmt: skip


def test_modules_imported_before_whoosh_are_used_as_they_are() -> None:
    seen = run("""
        import json, sys, urllib.request
        import reader.index.searching
        import whoosh.compat
        print(json.dumps({"same": whoosh.compat.urlretrieve is urllib.request.urlretrieve}))
    """)
    assert seen == {"same": True}


def test_whoosh_imported_first_is_left_alone() -> None:
    seen = run("""
        import json, sys
        import whoosh.reading
        import reader.index.searching
        finders = [type(f).__name__ for f in sys.meta_path]
        print(json.dumps({"finder": "_LeanWhooshFinder" in finders,
                          "asyncio": "asyncio" in sys.modules}))
    """)
    assert seen == {"finder": False, "asyncio": True}


def test_with_other_threads_running_whoosh_is_imported_as_usual() -> None:
    # Stand-ins in sys.modules would be visible to the other threads: the app imports
    # Whoosh in a worker, so there it gets the usual import.
    seen = run("""
        import json, sys, threading
        import reader.index
        stop = threading.Event()
        worker = threading.Thread(target=stop.wait)
        worker.start()
        import whoosh.searching
        stop.set()
        worker.join()
        import urllib.request
        print(json.dumps({"usual": "asyncio" in sys.modules,
                          "urlopen": hasattr(urllib.request, "urlopen")}))
    """)
    assert seen == {"usual": True, "urlopen": True}


def test_a_finder_behind_the_lean_one_still_serves_whoosh() -> None:
    # A vendored or frozen copy of Whoosh, found by another finder and not on sys.path.
    seen = run("""
        import importlib.machinery, json, sys, sysconfig
        site = sysconfig.get_paths()["purelib"]
        class Vendored:
            def find_spec(self, name, path, target=None):
                if name == "whoosh":
                    return importlib.machinery.PathFinder.find_spec(name, [site])
                return None
        sys.meta_path.insert(0, Vendored())
        sys.path = [p for p in sys.path if p != site]
        import reader.index
        import whoosh
        print(json.dumps({"found": whoosh.__file__.startswith(site)}))
    """)
    assert seen == {"found": True}
