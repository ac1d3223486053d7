"""A lexicon file's mapping that records which of its keys the code reads.

Every fixed-key mapping of a lexicon (the schema's :class:`~rashomon.lexicon.schema.Keys`)
becomes a :class:`ReadMap`: reading one of its keys (``m[k]``, ``m.get(k)``, ``k in m``) or
iterating over it records the key's path ("anaphora.person"). A data-keyed mapping (verb →
stance, demonym → country) is one value: reading it reads all of it. The test of unread keys
(``tests/lexicon/test_reads.py``) runs the sample corpus and fails on a key nobody read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NoReturn

# file name → key paths read in this process (never reset: reads only accumulate)
READS: dict[str, set[str]] = {}
# file name → key paths of every fixed-key mapping loaded in this process
KEYS: dict[str, set[str]] = {}


class ReadMap(dict[str, Any]):
    """A read-only ``dict`` of one lexicon file (or a part of it) that records key reads."""

    __slots__ = ("_file", "_prefix")

    def __init__(self, items: dict[str, Any], file: str, prefix: str = "") -> None:
        super().__init__(items)
        self._file = file
        self._prefix = prefix
        KEYS.setdefault(file, set()).update(f"{prefix}{key}" for key in items)

    def _read(self, key: object) -> None:
        READS.setdefault(self._file, set()).add(f"{self._prefix}{key}")

    def _read_all(self) -> None:
        paths = READS.setdefault(self._file, set())
        paths.update(f"{self._prefix}{key}" for key in dict.keys(self))

    def __getitem__(self, key: str) -> Any:
        self._read(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._read(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._read(key)
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self._read_all()
        return super().__iter__()

    def keys(self) -> Any:
        self._read_all()
        return super().keys()

    def values(self) -> Any:
        self._read_all()
        return super().values()

    def items(self) -> Any:
        self._read_all()
        return super().items()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled and deep-copied as a new ReadMap of the same file (a worker process, a copy)."""
        return (ReadMap, (dict.copy(self), self._file, self._prefix))

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(f"the lexicon {self._file} is shared: copy it before changing it")

    __setitem__ = __delitem__ = setdefault = update = pop = popitem = clear = _refuse
