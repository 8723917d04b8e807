"""Whoosh's internals are used in reader/index/whoosh_ext only, on the Whoosh version pinned.

Outside whoosh_ext, reader.index imports only Whoosh's public modules, and
reaches no underscored name of Whoosh's: not by import, not as an attribute
(`matcher._ids`), not through getattr (`getattr(reader, "_perdoc")`), and
not from a subclass of a Whoosh class (`self._write_block()`).
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import tomllib
import warnings
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import whoosh

ROOT = Path(__file__).resolve().parents[2]
INDEX = ROOT / "reader" / "index"
FENCE = INDEX / "whoosh_ext"
# Whoosh's public API as reader uses it: the modules of the schema (fields,
# formats: a field's posting format), analysis, indexes and writing, queries
# and their parser, searching (searching, reading: what `Searcher.reader()`
# returns) and its collectors (the documented time limit).
PUBLIC_MODULES = frozenset({
    "whoosh.analysis", "whoosh.collectors", "whoosh.fields", "whoosh.formats", "whoosh.index",
    "whoosh.qparser", "whoosh.query", "whoosh.reading", "whoosh.searching", "whoosh.writing",
})  # fmt: skip
WHOOSH_DISTRIBUTION = "whoosh-reloaded"


def test_whoosh_is_the_version_pinned() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [
        d for d in pyproject["project"]["dependencies"] if d.startswith(f"{WHOOSH_DISTRIBUTION}==")
    ]
    assert len(pins) == 1, f"pyproject.toml must pin {WHOOSH_DISTRIBUTION} exactly (==)"
    pinned = pins[0].split("==", 1)[1].strip()
    installed = importlib.metadata.version(WHOOSH_DISTRIBUTION)
    assert installed == pinned, (
        f"Whoosh {installed} is installed, but reader/index/whoosh_ext relies on internals "
        f"of Whoosh {pinned} (its codec, matchers, storage and per-document reader, which "
        f"change without notice between releases). Reinstall {WHOOSH_DISTRIBUTION}=={pinned}, "
        f"or move the pin only after checking whoosh_ext against the new version "
        f"(tests/index/test_blocks.py, test_writer.py, test_mapped.py, test_evaluation.py)."
    )


def test_only_whoosh_ext_reaches_into_whoosh() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in sorted(INDEX.rglob("*.py"))
        if FENCE not in path.parents
        for line, what in private_uses(path.read_text(encoding="utf-8"))
    ]
    assert not found, (
        "Whoosh's private API outside reader/index/whoosh_ext (move it there, behind a "
        "function with a clear name):\n" + "\n".join(found)
    )


def test_whoosh_ext_builds_on_whoosh_alone() -> None:
    """Nothing of reader's own (the schema, its fields) leaks into the fence."""
    found = []
    for path in sorted(FENCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno}: {name}"
                for name in names
                if name.split(".")[0] == "reader" and not name.startswith("reader.index.whoosh_ext")
            ]
    assert not found, "whoosh_ext imports from the rest of reader:\n" + "\n".join(found)


def test_the_check_finds_what_the_fence_keeps_in() -> None:
    """The uses whoosh_ext holds, as they were written before it existed."""
    source = """
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util import filelock
import whoosh.matching.wrappers
from whoosh import query as wq
from whoosh.analysis import _private_helper
from whoosh.formats import Positions

class Tuned(Positions):
    def _load(self):
        return self._cached_reader("x")

def walk(m, leaf, q, reader):
    ids = m._ids
    perdoc = getattr(leaf, "_perdoc", None)
    texts = q._btexts(reader)
    return super()._write_block(True), self._reader._cached_reader("f")
"""
    assert sorted(private_uses(source)) == [
        (2, "import from whoosh.codec.whoosh3"),
        (3, "import from whoosh.util"),
        (4, "import of whoosh.matching.wrappers"),
        (6, "import of whoosh.analysis._private_helper"),
        (11, "self._cached_reader in a subclass of Whoosh's"),
        (14, "attribute _ids"),
        (15, 'getattr(..., "_perdoc")'),
        (16, "attribute _btexts"),
        (17, "attribute _cached_reader"),
        (17, "attribute _write_block"),
    ]


def private_uses(source: str) -> Iterator[tuple[int, str]]:
    """(line, what) for each use of Whoosh's private API in a module's source."""
    tree = ast.parse(source)
    whoosh_names: set[str] = set()  # names bound to Whoosh's modules and classes
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _is_whoosh(alias.name):
                    whoosh_names.add((alias.asname or alias.name).split(".")[0])
                    if alias.name not in PUBLIC_MODULES:
                        yield node.lineno, f"import of {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module and _is_whoosh(node.module):
            for alias in node.names:
                whoosh_names.add(alias.asname or alias.name)
            if node.module == "whoosh":  # from whoosh import query: the module is whoosh.query
                modules = [f"whoosh.{alias.name}" for alias in node.names]
                yield from ((node.lineno, f"import of {m}") for m in modules
                            if m not in PUBLIC_MODULES)  # fmt: skip
                continue
            if node.module not in PUBLIC_MODULES:
                yield node.lineno, f"import from {node.module}"
                continue
            for alias in node.names:
                if alias.name.startswith("_"):
                    yield node.lineno, f"import of {node.module}.{alias.name}"
    private = whoosh_private_names()
    subclasses = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and any(_root(b) in whoosh_names for b in node.bases)
    ]
    in_subclass = {id(n) for c in subclasses for n in ast.walk(c)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in private:
            on_self = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            if not on_self:
                yield node.lineno, f"attribute {node.attr}"
            elif id(node) in in_subclass:
                yield node.lineno, f"self.{node.attr} in a subclass of Whoosh's"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr", "setattr", "delattr")
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in private
        ):
            yield node.lineno, f'{node.func.id}(..., "{node.args[1].value}")'


def _is_whoosh(module: str) -> bool:
    return module == "whoosh" or module.startswith("whoosh.")


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


@cache
def whoosh_private_names() -> frozenset[str]:
    """Every underscored (not dunder) name Whoosh's own source defines: its private
    functions, methods, classes, module globals and instance attributes."""
    names: set[str] = set()
    for path in Path(whoosh.__file__).parent.rglob("*.py"):
        with warnings.catch_warnings():  # its regular expressions' escapes in plain strings
            warnings.simplefilter("ignore", SyntaxWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            tree = ast.parse(path.read_bytes())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return frozenset(n for n in names if re.fullmatch(r"_(?!_).*(?<!__)", n))
