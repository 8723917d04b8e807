"""Whoosh's first import without the standard-library weight it never uses.

On the version pinned, `whoosh.compat` imports `urllib.request` for a
`urlretrieve` nothing in Whoosh calls, `whoosh.reading` the `cached_property`
backport, which imports asyncio for coroutine support Whoosh does not need, and
`whoosh.query` the English morphology tables (some 200 regular expressions
compiled at import) for the `Variations` query reader never builds. With what
those pull in (http, email, ssl, asyncio) they are more than half of Whoosh's
import time, paid by every `reader search` before it can answer (issue #20).
`install()` puts a finder on `sys.meta_path` that, when `whoosh` is first
imported, imports those modules of Whoosh's while light stand-ins answer for the
three names, then takes the stand-ins away: anything imported later gets the
real modules, and Whoosh keeps the stand-ins' objects (`functools.cached_property`,
which does the same for its one use, and a `urlretrieve` and a `variations` that
import the real ones if they are ever called).

`sys.modules` is the whole process's, so the lean import is made only by a process's
one thread (a command such as `reader search`): with other threads running (the app
imports Whoosh in a worker), one of them importing those names in the window would get
a stand-in, so Whoosh is imported as usual there.
"""

from __future__ import annotations

import functools
import importlib
import importlib.machinery
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

__all__ = ["install"]

# Whoosh's modules that import the heavy names, imported inside the window.
_WHOOSH_MODULES = ("whoosh.compat", "whoosh.reading", "whoosh.query")


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(word: str) -> Any:
    from whoosh.lang.morph_en import variations

    return variations(word)


def _stand_in(name: str, **attributes: Any) -> types.ModuleType:
    module = types.ModuleType(name, "stand-in while Whoosh imports")
    module.__dict__.update(attributes)
    return module


def _stand_ins() -> dict[str, types.ModuleType]:
    return {
        "urllib.request": _stand_in("urllib.request", urlretrieve=_urlretrieve),
        "cached_property": _stand_in("cached_property", cached_property=functools.cached_property),
        "whoosh.lang.morph_en": _stand_in("whoosh.lang.morph_en", variations=_variations),
    }


@contextmanager
def _standing_in() -> Iterator[None]:
    """The stand-ins in `sys.modules` for the names not imported yet, and only then."""
    placed = {name: module for name, module in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _one_thread() -> bool:
    """Whether this thread is the process's only one (with no `threading`, no other
    thread was started through it)."""
    threads = sys.modules.get("threading")
    return threads is None or threads.active_count() == 1


class _LeanLoader:
    """Runs Whoosh's package as its own loader would, then its heavy modules inside
    the window; the module is left with the real loader. (No `importlib.abc` base:
    importing it costs what it would save.)"""

    def __init__(self, real: Any) -> None:
        self._real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__loader__ = self._real
        if module.__spec__ is not None:
            module.__spec__.loader = self._real
        self._real.exec_module(module)
        with _standing_in():
            for name in _WHOOSH_MODULES:
                importlib.import_module(name)


class _LeanWhooshFinder:
    """Answers only for `whoosh`, in a process's one thread, and only when the path
    finder finds it; any other finder behind it is still asked."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "whoosh":
            return None
        _uninstall()  # one answer at most, whichever way this goes
        if not _one_thread():
            return None  # Whoosh as usual: see the module's docstring
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _LeanLoader(spec.loader)
        return spec


_FINDER = _LeanWhooshFinder()


def _uninstall() -> None:
    """Off `sys.meta_path` by a new list: a thread walking the old one (importlib iterates
    the list it read) goes on unaffected, where removing from it would skip a finder."""
    if _FINDER in sys.meta_path:
        sys.meta_path = [finder for finder in sys.meta_path if finder is not _FINDER]


def install() -> None:
    """Make Whoosh's first import the lean one; nothing to do once it is imported."""
    if "whoosh" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path = [_FINDER, *sys.meta_path]  # a new list, as `_uninstall` makes
