"""Inputs (files, folders, globs) → the files to read, in a stable order."""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from rashomon.types import Skipped

logger = logging.getLogger(__name__)

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_GLOB_CHARS = frozenset("*?[")


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def _hidden(path: Path) -> bool:
    return path.name.startswith(".") and path.name not in (".", "..")


def _folder_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot read folder: permission denied"
    return f"cannot read folder: {exc.strerror or exc}"


def _from_folder(folder: Path) -> tuple[list[Path], list[Skipped]]:
    """The supported files under ``folder`` (sorted, hidden ones left out), and a ``Skipped``
    for each folder inside it that cannot be listed: its files are not silently dropped."""
    problems: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        problems.append(Skipped(str(exc.filename or folder), _folder_reason(exc)))

    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        base = Path(root)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = base / name
            if _supported(path) and not name.startswith(".") and path.is_file():
                files.append(path)
    return sorted(files), sorted(problems, key=lambda s: s.input)


def _from_glob(pattern: str) -> tuple[list[Path], list[Skipped]]:
    found: list[Path] = []
    problems: list[Skipped] = []
    for name in sorted(glob.glob(pattern, recursive=True)):  # noqa: PTH207 (absolute patterns)
        path = Path(name)
        if path.is_dir():
            files, bad = _from_folder(path)
            found.extend(files)
            problems.extend(bad)
        elif path.is_file() and _supported(path) and not _hidden(path):
            found.append(path)
    return found, problems


def expand(inputs: list[str] | tuple[str, ...]) -> Iterator[Path | Skipped]:
    """Each input as files to read, or a ``Skipped`` saying why it yields none.

    Folders are recursed (sorted; only supported extensions; hidden files and folders
    skipped; a folder inside that cannot be listed is a ``Skipped`` of its own). Globs use
    ``**`` for any depth. A file named explicitly must have a supported extension. A file
    reached twice is read once.
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
            files, problems = _from_folder(path)
            yield from problems
            if not files and not problems:
                yield Skipped(raw, f"folder has no {supported} files")
            yield from once(files)
        elif path.is_file():
            if not _supported(path):
                suffix = path.suffix or "(none)"
                yield Skipped(raw, f"unsupported file type {suffix} (supported: {supported})")
            else:
                yield from once([path])
        elif _GLOB_CHARS & set(raw):
            files, problems = _from_glob(str(path))
            yield from problems
            if not files and not problems:
                yield Skipped(raw, f"no {supported} files match this pattern")
            yield from once(files)
        elif path.is_symlink():
            yield Skipped(raw, "broken symbolic link")
        elif path.exists():
            yield Skipped(raw, "not a regular file or folder")
        else:
            yield Skipped(raw, "path does not exist")
