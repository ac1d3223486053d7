"""Pruning the gazetteer's cache files: the newest few of a kind are kept, the rest deleted.

Each change of the place index's code or data writes a new index file
(``places-VERSION-HASH.idx``, ~25 MB) and, as big countries are looked up, one near-spelling
index file per country (``places-…-near1-TAG-US.json``); none was ever deleted, so a cache
folder shared by checkouts and versions grew by the index's size at each change. As the
start-up pickles are (:func:`rashomon.nlp.cachefile.write_pickle`), the newest
``KEEP_FILES`` files of a kind are kept (other checkouts and versions in use at the same time
find theirs) and the older ones deleted, after a new one is written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

logger = logging.getLogger(__name__)

# performance only: files of one kind kept in the cache folder (other checkouts, other
# versions), as nlp.startup keeps its pickles
KEEP_FILES = 8


def newest_kept(files: Iterable[Path], keep: int = KEEP_FILES) -> list[Path]:
    """``files`` but the ``keep`` newest (by modification time): the ones to delete. A file
    gone meanwhile (another process pruning) counts as oldest."""
    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return float("-inf")
    return sorted(files, key=mtime, reverse=True)[keep:]


def prune(folder: Path, pattern: str, keep: int = KEEP_FILES) -> list[Path]:
    """Delete all but the ``keep`` newest files of ``folder`` matching the glob ``pattern``;
    the paths deleted. Never raises: a folder that cannot be read or a file another process
    deleted first leaves the rest as it is."""
    deleted: list[Path] = []
    try:
        for old in newest_kept(folder.glob(pattern), keep):
            old.unlink(missing_ok=True)
            deleted.append(old)
    except OSError as exc:  # another process pruning at the same time, or permissions
        logger.debug("cache folder %s not pruned: %s", folder, exc)
    return deleted
