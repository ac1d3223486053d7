"""One way to write a start-up cache file: atomically, then keep only the newest few.

The ruler cache (:mod:`rashomon.nlp.startup`) and the regex cache
(:mod:`rashomon.nlp.regexes`) are pickles named ``STEM-KEY.pickle`` in the cache folder; each
code or lexicon change adds one, so the oldest are deleted.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

logger = logging.getLogger(__name__)


def write_pickle(path: Path, obj: object, *, keep: int) -> OSError | None:
    """Write ``obj`` to ``path`` so that a reader sees the old file or the whole new one, then
    delete all but the ``keep`` newest files of the same stem (the part before the last "-").
    Returns the error if the file could not be written (the caller says what that costs)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as exc:
        return exc
    try:
        stem = path.name.rsplit("-", 1)[0]
        files = sorted(path.parent.glob(f"{stem}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # another process pruning at the same time, or permissions
        logger.debug("cache folder %s not pruned: %s", path.parent, exc)
    return None
