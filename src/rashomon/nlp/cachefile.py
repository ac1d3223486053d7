"""One way to write a start-up cache file: atomically, then keep only the newest few.

The regex cache (:mod:`rashomon.nlp.regexes`) is a pickle named ``STEM-KEY.pickle`` in the
cache folder; each code or lexicon change adds one, so the oldest are deleted. (The ruler
cache, :mod:`rashomon.nlp.startup`, is a marshal file of :mod:`rashomon.marshalfile`.)
"""

from __future__ import annotations

import pickle
from pathlib import Path

from rashomon.gazetteer.atomic import write_atomic
from rashomon.gazetteer.cache_prune import KEEP_FILES, prune


def write_pickle(path: Path, obj: object, *, keep: int = KEEP_FILES) -> OSError | None:
    """Write ``obj`` to ``path`` so that a reader sees the old file or the whole new one
    (:func:`~rashomon.gazetteer.atomic.write_atomic`), then delete all but the ``keep`` newest
    files of the same stem (the part before the last "-";
    :func:`~rashomon.gazetteer.cache_prune.prune`, as the place-index files are). Returns the
    error if the file could not be written (the caller says what that costs)."""
    try:
        write_atomic(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        return exc
    prune(path.parent, f"{path.name.rsplit('-', 1)[0]}-*.pickle", keep)
    return None
