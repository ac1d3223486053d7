"""A start-up cache of the entity rulers, so a process does not rebuild them from ~19k patterns.

Building the rulers costs ~5 CPU s a process (issue 14, profiled with cProfile): the place
gazetteer is turned into patterns, spaCy tokenizes every pattern (creating ~28k lexemes)
and fills its PhraseMatcher. The rulers only ever compare token texts (LOWER or ORTH) with
those tokenized patterns, so the cache keeps exactly that: each ruler's patterns as tuples of
token texts in a trie (keyed by the texts' hashes), with the match ids spaCy would report. A :class:`TrieMatcher` then
stands in for the ruler's PhraseMatcher and reports the same ``(match_id, start, end)``
triples in the same order (start, then length, then the order spaCy's own matcher gives
for one phrase under several labels, recorded when the cache is built), so the entities,
and the ledger, are the same as without the cache.

The cache file lives in the same folder as the place index (``$RASHOMON_CACHE_DIR``, else
``$XDG_CACHE_HOME/rashomon``, else ``~/.cache/rashomon``), named by a key the caller derives
from the code, the lexicons and the installed model: any change builds a new one. It is a
marshal file of plain tuples, dicts and ints (:mod:`rashomon.marshalfile`:
~0.02 CPU s for both rulers where the pickle of dataclasses took 0.03, and 0.10 with the
garbage collections its load set off, issue 14); the key is in its header too, so a file
renamed or left by another key is a miss. A cache that is missing, damaged, stale or from
another Python is rebuilt (with a log line); one that cannot be written only costs the slow
build, in every process.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

from rashomon.gazetteer.cache_prune import prune
from rashomon.gazetteer.geonames import default_cache_dir
from rashomon.marshalfile import CacheMiss, gc_paused, read_marshal, write_marshal

logger = logging.getLogger(__name__)

CACHE_FORMAT = 3  # bump when the layout of the cached tables changes (2: the trie keyed by hashes; 3: marshal)
RULERS = ("entity_ruler", "place_ruler")
_END = None  # trie key of the match ids ending at a node (token texts are never None)

Trie = dict[Any, Any]


@dataclass(frozen=True, slots=True)
class RulerTable:
    """One entity ruler as the cache keeps it."""

    name: str
    attr: str  # "LOWER" or "ORTH"
    trie: Trie  # hash of a token text (as spaCy's StringStore) → child node; _END → match ids in spaCy's order
    labels: tuple[str, ...]  # strings behind the match ids (for the StringStore)
    ent_ids: dict[int, tuple[str, str]]  # match id → (label, entity id), as EntityRuler._ent_ids
    phrases: dict[str, list[str]]  # label → phrase texts, as EntityRuler.phrase_patterns
    token_patterns: list[dict[str, Any]]  # patterns for the token Matcher, added as usual


class TrieMatcher:
    """A PhraseMatcher on LOWER or ORTH from a trie of token texts: same matches, same order.

    The trie is keyed by the texts' hashes, which ``Doc.to_array`` reads for all tokens at once:
    reading ``token.lower_`` made a Token object per token, ~60% of the rulers' time (issue 14,
    cProfile of both rulers on 100 FNC-1 articles)."""

    def __init__(self, attr: str, trie: Trie) -> None:
        self.attr = attr
        self._column = LOWER if attr == "LOWER" else ORTH
        self._trie = trie

    def __call__(self, doc: Doc, *, as_spans: bool = False) -> list[tuple[int, int, int]]:
        if as_spans:
            raise NotImplementedError("TrieMatcher returns (match_id, start, end) tuples only")
        words = doc.to_array(self._column).tolist() if len(doc) else []
        root, n = self._trie, len(words)
        matches: list[tuple[int, int, int]] = []
        for start in range(n):
            node = root.get(words[start])
            end = start + 1
            while node is not None:
                for key in node.get(_END, ()):
                    matches.append((key, start, end))
                if end == n:
                    break
                node = node.get(words[end])
                end += 1
        return matches


def _spacy_order(ruler: EntityRuler, vocab: Any, words: tuple[str, ...]) -> list[int]:
    """The order in which spaCy's PhraseMatcher reports the match ids of one phrase."""
    doc = Doc(vocab, words=list(words))
    return [m for m, s, e in ruler.phrase_matcher(doc) if s == 0 and e == len(words)]


def table_of(nlp: Language, name: str) -> RulerTable:
    """The cache table of the built ruler ``name`` of ``nlp``."""
    ruler = nlp.get_pipe(name)
    assert isinstance(ruler, EntityRuler)
    attr = ruler.phrase_matcher_attr or "ORTH"
    if attr not in ("LOWER", "ORTH"):
        raise ValueError(f"ruler {name} matches on {attr}: only LOWER and ORTH can be cached")
    strings = nlp.vocab.strings
    trie: Trie = {}
    labels: list[str] = []
    phrases: dict[str, list[str]] = {}
    for label, docs in ruler.phrase_patterns.items():
        labels.append(label)
        key = strings.add(label)
        for doc in docs:
            words = tuple(t.lower_ if attr == "LOWER" else t.orth_ for t in doc)
            phrases.setdefault(label, []).append(doc.text)
            if not words:
                continue  # spaCy's PhraseMatcher skips empty patterns too
            node = trie
            for word in words:
                node = node.setdefault(word, {})
            ends = node.setdefault(_END, [])
            if key not in ends:
                ends.append(key)
    _spacy_orders(ruler, nlp.vocab, trie, ())
    trie = _hashed(trie)
    token_patterns = [p for p in ruler.patterns if not isinstance(p["pattern"], str)]
    return RulerTable(name=name, attr=attr, trie=trie, labels=tuple(labels),
                      ent_ids=dict(ruler._ent_ids), phrases=phrases, token_patterns=token_patterns)


def _spacy_orders(ruler: EntityRuler, vocab: Any, node: Trie, path: tuple[str, ...]) -> None:
    """Put the match ids of every phrase with several labels in spaCy's order."""
    stack = [(node, path)]
    while stack:
        current, words = stack.pop()
        ends = current.get(_END)
        if ends is not None and len(ends) > 1:
            current[_END] = _spacy_order(ruler, vocab, words)
        stack.extend((child, (*words, w)) for w, child in current.items() if w is not _END)


def _hashed(node: Trie) -> Trie:
    """The trie keyed by the ids of its token texts, the values ``Doc.to_array`` gives: the hash,
    or the symbol's id for a word spaCy has a symbol for ("prep", "nsubj", "PERSON")."""
    return {key if key is _END else get_string_id(key): value if key is _END else _hashed(value)
            for key, value in node.items()}


def install_table(nlp: Language, table: RulerTable) -> None:
    """Give the (empty) ruler ``table.name`` of ``nlp`` the cached patterns."""
    ruler = nlp.get_pipe(table.name)
    assert isinstance(ruler, EntityRuler)
    for label in table.labels:
        nlp.vocab.strings.add(label)
    if table.token_patterns:
        after = nlp.pipe_names[nlp.pipe_names.index(table.name):]
        with nlp.select_pipes(disable=after):
            ruler.add_patterns(table.token_patterns)
    ruler.phrase_patterns = defaultdict(list, table.phrases)
    ruler._ent_ids.update(table.ent_ids)
    ruler.phrase_matcher = TrieMatcher(table.attr, table.trie)  # type: ignore[assignment]


def cache_path(key: str, cache_dir: Path | None = None) -> Path:
    return (cache_dir or default_cache_dir()) / f"rulers-{CACHE_FORMAT}-{key}.marshal"


def _plain(table: RulerTable) -> tuple[Any, ...]:
    """A table as marshal writes it: a tuple of its fields, in their order."""
    return (table.name, table.attr, table.trie, table.labels, table.ent_ids, table.phrases, table.token_patterns)


def _table(row: Any) -> RulerTable:
    """A table from :func:`_plain`'s tuple; ValueError when it holds something else."""
    if not (isinstance(row, tuple) and len(row) == 7):
        raise ValueError("not a ruler table")
    name, attr, trie, labels, ent_ids, phrases, token_patterns = row
    if not (name in RULERS and attr in ("LOWER", "ORTH") and isinstance(trie, dict)
            and isinstance(labels, tuple) and isinstance(ent_ids, dict) and isinstance(phrases, dict)
            and isinstance(token_patterns, list)):
        raise ValueError(f"not a ruler table ({name!r})")
    return RulerTable(name=name, attr=attr, trie=trie, labels=labels, ent_ids=ent_ids, phrases=phrases,
                      token_patterns=token_patterns)


def _read(path: Path, key: str) -> list[RulerTable] | None:
    """The cached tables; None when there is no file or it cannot be used (said in the log)."""
    try:
        rows = read_marshal(path, key)
        if not (isinstance(rows, tuple) and rows):
            raise CacheMiss("no ruler tables")
        return [_table(row) for row in rows]
    except FileNotFoundError:
        return None
    except (CacheMiss, ValueError) as exc:  # damaged, foreign, stale: rebuild
        logger.warning("start-up cache %s unusable (%s): rebuilding", path, exc)
        return None


def _write(path: Path, key: str, tables: list[RulerTable]) -> None:
    try:
        write_marshal(path, key, tuple(_plain(t) for t in tables))
    except OSError as exc:
        logger.warning("start-up cache not written (%s): the rulers are rebuilt in every process", exc)
        return
    prune(path.parent, f"rulers-{CACHE_FORMAT}-*.marshal")  # the newest few kept (cache_prune.KEEP_FILES)


def cached_nlp(key: str, *, build: Callable[[], Language], base: Callable[[Sequence[str]], Language],
               finish: Callable[[Language], None], cache_dir: Path | None = None) -> Language:
    """The pipeline, with its rulers from the cache ``key`` when there is one.

    ``build()`` makes the whole pipeline the slow way (the cache is then written from it);
    ``base(names)`` makes it up to and with the named rulers, empty, which the cache fills,
    and ``finish`` completes it as ``build`` does after its rulers."""
    path = cache_path(key, cache_dir)
    started = time.perf_counter()
    tables = _read(path, key)
    if tables is not None:
        nlp = _from_tables(tables, base, finish)
        logger.info("entity rulers loaded from %s in %.2f s", path, time.perf_counter() - started)
        return nlp
    nlp = build()
    tables = [table_of(nlp, name) for name in RULERS if name in nlp.pipe_names]
    if tables:  # a pipeline without rulers has nothing to cache (and must not stand for one)
        _write(path, key, tables)
        # and the process goes on with the pipeline a hit would give: the built one keeps
        # spaCy's PhraseMatchers and the ~28k lexemes of the tokenized patterns, ~170 MB that
        # stayed to the end of a run (issue 10's memory cap: `make eval` after any code change,
        # which changes the key, peaked ~150 MB higher than with the cache, 789 against 646 MB)
        del nlp
        gc.collect()  # the built pipeline's cycles, before the model is loaded again into its room
        nlp = _from_tables(tables, base, finish)
    logger.info("entity rulers built and cached in %.2f s", time.perf_counter() - started)
    return nlp


def _from_tables(tables: list[RulerTable], base: Callable[[Sequence[str]], Language],
                 finish: Callable[[Language], None]) -> Language:
    with gc_paused():  # the model's and the rulers' objects live as long as the process
        nlp = base([t.name for t in tables])
        for table in tables:
            install_table(nlp, table)
        finish(nlp)
    return nlp


def cache_key(*parts: str | Iterable[str]) -> str:
    """A short key of the given strings (versions, hashes) for :func:`cached_nlp`."""
    digest = hashlib.sha256(str(CACHE_FORMAT).encode())
    for part in parts:
        for item in [part] if isinstance(part, str) else part:
            digest.update(item.encode() + b"\0")
    return digest.hexdigest()[:16]
