"""Importing spaCy without its command line (``spacy.cli``), which rashomon never uses.

``import spacy`` runs ``from .cli.info import info``, and that imports the whole ``spacy.cli``
package: every spaCy command with typer, weasel, requests and pydantic models, ~360 modules.
Measured (issue 14, median of 3, CPU seconds): ``import spacy`` plus ``spacy.load`` of the model
1.22 -> 0.98 without it, paid by every process (``analyze`` of one article, each worker).

:func:`install` (before spaCy is imported) has the import system load stand-ins for
``spacy.cli`` and ``spacy.cli.info``. ``spacy.cli`` keeps the real package's folder as its path, so its
submodules (``spacy.cli.download``...) import as usual; any other attribute of the stand-ins,
and ``spacy.info()``, import the real package on first use and answer from it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from importlib.abc import Loader
from importlib.machinery import ModuleSpec
from pathlib import Path
from typing import Any

_NAMES = ("spacy.cli.info", "spacy.cli")


class _StandIn(types.ModuleType):
    """A module that loads the real one on the first attribute it lacks."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "info" and self.__name__ == "spacy.cli":
            value = _info  # as in spaCy, where the package's ``info`` is the function, not the module
        super().__setattr__(name, value)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        real = real_cli()  # removes both stand-ins
        return getattr(real if self.__name__ == "spacy.cli" else importlib.import_module(self.__name__), name)


def real_cli() -> types.ModuleType:
    """The real ``spacy.cli`` package (imported now if the stand-ins are in place)."""
    for name in _NAMES:
        if isinstance(sys.modules.get(name), _StandIn):
            del sys.modules[name]
    module = importlib.import_module("spacy.cli")
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = module  # type: ignore[attr-defined]
    return module


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real function, imported on first call."""
    return real_cli().info(*args, **kwargs)


class _Finder:
    """Answers the imports of ``spacy.cli`` and ``spacy.cli.info`` with the stand-ins (through
    the import system, so ``spacy.cli`` is also set on ``spacy``), then steps aside."""

    def __init__(self, cli_path: str) -> None:
        self.cli_path = cli_path
        self.pending = set(_NAMES)

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if fullname not in self.pending:
            return None
        self.pending.discard(fullname)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = ModuleSpec(fullname, _Loader(), is_package=fullname == "spacy.cli")
        if fullname == "spacy.cli":
            spec.submodule_search_locations = [self.cli_path]
        return spec


class _Loader(Loader):
    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        return _StandIn(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == "spacy.cli.info":
            module.info = _info  # type: ignore[attr-defined]


def install() -> None:
    """Put the stand-ins in place, unless spaCy is imported already or cannot be found."""
    if "spacy" in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return
    sys.meta_path.insert(0, _Finder(str(Path(next(iter(spec.submodule_search_locations))) / "cli")))
