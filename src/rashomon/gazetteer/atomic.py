"""Writing a cache file so that a reader sees the old file or the whole new one."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a file beside ``path``, then rename it over ``path`` (one rename is
    atomic). Raises :class:`OSError`; the caller says what a file not kept costs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
