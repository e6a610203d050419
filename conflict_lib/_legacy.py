"""Old flat module paths (``conflict_lib.charts``, ``conflict_lib.dates``...) resolved to
their new homes, so notebooks and code written before the layered layout keep importing.

Each old name is an alias of the one new module (same object, so monkeypatching either
patches both); nothing is defined here. Drop an entry once nothing imports the old path.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType

OLD_TO_NEW: dict[str, str] = {
    "conflict_lib.quantity": "conflict_lib.text.quantity",
    "conflict_lib.textmap": "conflict_lib.corpus.textmap",
    "conflict_lib.sources": "conflict_lib.corpus.sources",
    "conflict_lib.dates": "conflict_lib.corpus.dating",
    "conflict_lib.syndication": "conflict_lib.corpus.syndication",
    "conflict_lib.normalise": "conflict_lib.claims.normalise",
    "conflict_lib.ledger": "conflict_lib.analysis.ledger",
    "conflict_lib.evaluate": "conflict_lib.analysis.evaluate",
    "conflict_lib.charts": "conflict_lib.viz.charts",
    "conflict_lib.display": "conflict_lib.viz.display",
    "conflict_lib.maps": "conflict_lib.viz.maps",
    "conflict_lib.report": "conflict_lib.runner.report",
    "conflict_lib.tables": "conflict_lib.runner.tables",
    "conflict_lib.parameters": "conflict_lib.runner.parameters",
    "conflict_lib.scale": "conflict_lib.runner.batch",
}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        """The target module ran when it was imported; nothing more to do."""


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = OLD_TO_NEW.get(fullname)
        if new is None:
            return None
        return importlib.util.spec_from_loader(fullname, _AliasLoader(new))


def install() -> None:
    """Let the old paths import (idempotent); first, so no stale copy of an old file wins."""
    if not any(isinstance(f, _AliasFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _AliasFinder())
