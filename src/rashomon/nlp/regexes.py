"""A start-up cache of compiled regexes: big lexicon regexes are compiled once per machine.

The casualty regexes of :mod:`rashomon.extract.numbers` are built from the lexicons as
alternations of a few hundred words, inlined where a victim's noun phrase may stand: eight
patterns of ~70–180k characters, which Python's ``re`` parses and compiles in ~1.5 CPU s
(issue 14, profiled with cProfile: 60% of ``analyze`` of one article). Every process paid it.

``re`` turns a pattern into a list of integers (the SRE program) and hands it to
``_sre.compile``; that list is all a compiled pattern is. This cache keeps the lists of a
named set of patterns in one file, keyed by the patterns themselves, their flags and the
Python build (the SRE format changes between versions), and rebuilds the patterns from it
with ``_sre.compile``, which validates the program as it does for ``re``. The patterns are
the same objects ``re.compile`` would make; a cache that is missing, damaged or made by
another Python only costs the slow compile.

The file lives in the start-up cache folder (``$RASHOMON_CACHE_DIR``, else
``$XDG_CACHE_HOME/rashomon``, else ``~/.cache/rashomon``).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import hashlib
import logging
import pickle
import re
import sys
import time
from array import array
from collections.abc import Mapping
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

from rashomon.gazetteer.geonames import default_cache_dir
from rashomon.nlp.cachefile import write_pickle

logger = logging.getLogger(__name__)

CACHE_FORMAT = 1  # bump when the layout of the cached programs changes

# (pattern, flags, program, groups, groupindex, indexgroup): the arguments of _sre.compile
Program = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _program(pattern: str, flags: int) -> Program:
    """What ``re.compile(pattern, flags)`` hands to ``_sre.compile`` (``re._compiler.compile``)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _pattern(program: Program) -> re.Pattern[str]:
    pattern, flags, code, groups, groupindex, indexgroup = program
    codes = array("I")
    codes.frombytes(code)
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, codes.tolist(), groups, groupindex, indexgroup)
    return compiled


def _key(name: str, patterns: Mapping[str, tuple[str, int]]) -> str:
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{name}".encode())
    for key in sorted(patterns):
        pattern, flags = patterns[key]
        digest.update(f"{key}\0{flags}\0{pattern}\0".encode())
    return digest.hexdigest()[:16]


def cache_path(name: str, key: str, cache_dir: Path | None = None) -> Path:
    return (cache_dir or default_cache_dir()) / f"regex-{name}-{key}.pickle"


def _read(path: Path, names: set[str]) -> dict[str, re.Pattern[str]] | None:
    try:
        with path.open("rb") as fh:
            programs = pickle.load(fh)  # our own file, in our own cache folder
        if not isinstance(programs, dict) or set(programs) != names:
            raise ValueError("other patterns")
        return {key: _pattern(program) for key, program in programs.items()}
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged, foreign, or refused by _sre: compile again
        logger.warning("regex cache %s unusable (%s): compiling", path, exc)
        return None


def _write(path: Path, programs: dict[str, Program]) -> None:
    error = write_pickle(path, programs)  # the newest few kept (gazetteer.cache_prune.KEEP_FILES)
    if error is not None:
        logger.warning("regex cache not written (%s): the regexes are compiled in every process", error)


def compile_cached(name: str, patterns: Mapping[str, str | tuple[str, int]], *,
                   cache_dir: Path | None = None) -> dict[str, re.Pattern[str]]:
    """``{key: re.compile(pattern, flags)}`` for ``patterns`` (a pattern, or a (pattern, flags)
    pair, by key), from the cache file of ``name`` when it holds these very patterns."""
    if not all(isinstance(p, str) or (isinstance(p, tuple) and len(p) == 2) for p in patterns.values()):
        raise TypeError("patterns: str or (str, flags) values")
    wanted: dict[str, tuple[str, int]] = {k: (p, 0) if isinstance(p, str) else p for k, p in patterns.items()}
    started = time.perf_counter()
    path = cache_path(name, _key(name, wanted), cache_dir)
    cached = _read(path, set(wanted))
    if cached is not None:
        logger.debug("%d regexes %r loaded from %s in %.3f s", len(cached), name, path,
                     time.perf_counter() - started)
        return cached
    try:
        programs: dict[str, Program] | None = {k: _program(p, f) for k, (p, f) in wanted.items()}
    except re.error:
        raise  # a bad pattern: as re.compile says
    except Exception as exc:  # an SRE internals change: plain re.compile, uncached
        logger.warning("regexes %r not cacheable (%s): compiling with re", name, exc)
        programs = None
    if programs is None:
        return {k: re.compile(p, f) for k, (p, f) in wanted.items()}
    compiled = {k: _pattern(program) for k, program in programs.items()}
    _write(path, programs)
    logger.debug("%d regexes %r compiled and cached in %.2f s", len(compiled), name, time.perf_counter() - started)
    return compiled

