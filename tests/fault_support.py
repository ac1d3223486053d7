"""Faults the input tests inject (tests/ingest/test_input_faults.py, tests/test_cli_faults.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def refuse_listing(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """os.scandir raises PermissionError for ``locked`` (chmod 000 does not stop root)."""
    real = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
