"""Start-up cache files of plain data in marshal's format, and a pause of the garbage collector.

The ruler cache (:mod:`rashomon.nlp.startup`) and the near-spelling indexes
(:mod:`rashomon.gazetteer.place_spelling`) are tables of plain dicts, lists, tuples,
strings and ints, read by every process at start-up. ``marshal`` reads them 1.5–2× faster
than ``pickle`` and ~5× faster than JSON with its conversion to tuples (issue 14, measured on
the 1.6 MB ruler tables and the US near index). Each file carries a header: a magic line,
the key it was built for, the Python that wrote it (marshal's format is Python's own) and a
digest of the payload; a file that is damaged, foreign, stale or from another Python raises
:class:`CacheMiss` with the reason, which the caller logs in one line before it rebuilds.

Reading (or building) such a table makes ~10⁵ containers at once, and every 700 new
containers set off a garbage collection of the young ones, every few thousand a full one
over the spaCy model and gazetteers already loaded: :func:`gc_paused` holds the collector off
while long-lived tables are made (0.06–0.08 of the 0.10 CPU s the ruler cache cost to read in
a fresh ``analyze``, issue 14). Nothing is lost: cyclic garbage made in that window is
collected at the next collection after it.

Standard library only: the gazetteer library and the nlp stage both use it.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MAGIC = b"rashomon start-up cache\n"
MARSHAL_VERSION = 4  # marshal's own format version (Python 3.4+)
_PYTHON = f"{sys.implementation.cache_tag}-{MARSHAL_VERSION}"  # marshal's format is the Python's


class CacheMiss(Exception):
    """A cache file that cannot be used: damaged, foreign, stale or from another Python."""


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection while big tables of long-lived objects are made (see the
    module doc); the collector is left as it was found (a caller may have it off already).

    A first threshold of 0 stops automatic collections even where a library turns the
    collector back on: srsly calls ``gc.enable()`` after every msgpack load, ~130 times while
    spaCy loads its model."""
    was_on = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if was_on:
            gc.enable()
        else:
            gc.disable()


def _digest(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


def marshal_bytes(key: str, obj: object) -> bytes:
    """The file :func:`write_marshal` writes: the header lines, then ``obj`` marshalled.
    ValueError if ``obj`` holds anything but plain data."""
    payload = marshal.dumps(obj, MARSHAL_VERSION)  # type: ignore[arg-type]  # checked by marshal itself
    return MAGIC + f"{key}\n{_PYTHON}\n{_digest(payload)}\n".encode() + payload


def write_marshal(path: Path, key: str, obj: object) -> None:
    """Write plain data ``obj`` (dicts, lists, tuples, str, int, float, None) for ``key`` to
    ``path``: to a file beside it, then renamed over it, so a reader sees the old file or the
    whole new one. Raises OSError; the caller says what a file not kept costs."""
    data = marshal_bytes(key, obj)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def read_marshal(path: Path, key: str) -> object:
    """The data :func:`write_marshal` wrote for ``key``. Raises FileNotFoundError when there is
    no file, :class:`CacheMiss` (its reason) when it cannot be used."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise CacheMiss(f"unreadable: {exc.strerror or exc}") from None
    if not data.startswith(MAGIC):
        raise CacheMiss("not a rashomon cache file")
    parts = data[len(MAGIC):].split(b"\n", 3)
    if len(parts) != 4:
        raise CacheMiss("truncated header")
    file_key, python, digest = (p.decode("utf-8", "replace") for p in parts[:3])
    payload = parts[3]
    if file_key != key:
        raise CacheMiss(f"stale: built for key {file_key!r}, not {key!r}")
    if python != _PYTHON:
        raise CacheMiss(f"written by another Python ({python})")
    if digest != _digest(payload):
        raise CacheMiss("damaged: its digest does not match")
    try:
        with gc_paused():
            return marshal.loads(payload)
    except (ValueError, EOFError, TypeError) as exc:
        raise CacheMiss(f"damaged: {exc}") from None
