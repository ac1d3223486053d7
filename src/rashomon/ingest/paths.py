"""Inputs (files, folders, globs) → the files to read, in a stable order."""

from __future__ import annotations

import glob
import logging
from collections.abc import Iterator
from pathlib import Path

from rashomon.types import Skipped

logger = logging.getLogger(__name__)

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_GLOB_CHARS = frozenset("*?[")


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def _hidden(path: Path, root: Path | None = None) -> bool:
    parts = path.relative_to(root).parts if root is not None else (path.name,)
    return any(part.startswith(".") and part not in (".", "..") for part in parts)


def _from_folder(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and _supported(p) and not _hidden(p, folder)
    )


def _from_glob(pattern: str) -> list[Path]:
    found: list[Path] = []
    for name in sorted(glob.glob(pattern, recursive=True)):  # noqa: PTH207 (absolute patterns)
        path = Path(name)
        if path.is_dir():
            found.extend(_from_folder(path))
        elif path.is_file() and _supported(path) and not _hidden(path):
            found.append(path)
    return found


def expand(inputs: list[str] | tuple[str, ...]) -> Iterator[Path | Skipped]:
    """Each input as files to read, or a ``Skipped`` saying why it yields none.

    Folders are recursed (sorted; only supported extensions; hidden files and folders
    skipped). Globs use ``**`` for any depth. A file named explicitly must have a
    supported extension. A file reached twice is read once.
    """
    seen: set[Path] = set()

    def once(paths: list[Path]) -> Iterator[Path]:
        for path in paths:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path

    supported = "/".join(SUPPORTED)
    for raw in inputs:
        path = Path(raw).expanduser()
        if path.is_dir():
            files = _from_folder(path)
            if not files:
                yield Skipped(raw, f"folder has no {supported} files")
            yield from once(files)
        elif path.is_file():
            if not _supported(path):
                suffix = path.suffix or "(none)"
                yield Skipped(raw, f"unsupported file type {suffix} (supported: {supported})")
            else:
                yield from once([path])
        elif _GLOB_CHARS & set(raw):
            files = _from_glob(str(path))
            if not files:
                yield Skipped(raw, f"no {supported} files match this pattern")
            yield from once(files)
        elif path.is_symlink():
            yield Skipped(raw, "broken symbolic link")
        elif path.exists():
            yield Skipped(raw, "not a regular file or folder")
        else:
            yield Skipped(raw, "path does not exist")
