"""The first layer of each tok2vec, remembered per token features instead of recomputed.

A spaCy tok2vec starts by embedding each token on its own: the hashes of a few lexical
attributes (NORM, PREFIX, SUFFIX, SHAPE...) are looked up in hash-embedding tables and mixed
by a maxout layer with layer normalisation. Nothing of the context enters, so the same
attributes always give the same row; news repeats its words ("the", "said", "killed"), and
most tokens of an article have been embedded before. This module keeps each row once
computed (up to ``MAX_ROWS`` per model) and computes only the new ones, through the same
layers; the context layers that follow run as before. The rows are the same numbers: the
mixing layer works row by row (a matrix product and a per-row normalisation; see
``MIN_BLOCK`` for the one case where the BLAS kernel depends on the row count), and
``tests/nlp/test_embed_cache_s13.py`` compares them bit for bit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.config import setting

logger = logging.getLogger(__name__)

MAX_ROWS: int = setting("nlp.embed_cache", "max_rows")  # data/settings.toml
# numpy's BLAS multiplies 1-4 rows with a small-matrix kernel whose last bits differ from the
# large-matrix one (measured on both tok2vecs: row results equal for any block of 5+ rows, not
# for 1-4): new rows are computed in blocks of at least this many, and a call with fewer
# tokens in all runs the model's own layers, as the model alone would
MIN_BLOCK = 8  # exactness, not tuning (so not in settings.toml)


class EmbedCache:
    """The rows of one embedding chain (``extract_features >> ... >> ragged2list``)."""

    def __init__(self, chain: Any, max_rows: int = MAX_ROWS) -> None:
        extract, _, hashes, mix, _ = chain.layers
        self._extract = extract
        self._hashes = hashes.layers[0]  # the concatenated hash embeddings, on an array
        self._mix = mix.layers[0]  # maxout >> layernorm >> dropout, on an array
        self._rows: np.ndarray | None = None
        self._index: dict[bytes, int] = {}
        self._max = max_rows
        self._original: Callable[..., Any] = chain._func

    def forward(self, model: Any, docs: list[Doc], is_train: bool) -> tuple[list[Any], Callable[..., Any]]:
        if is_train:
            return self._original(model, docs, is_train)  # type: ignore[no-any-return]
        feats = self._extract.predict(docs)
        lengths = [len(f) for f in feats]
        if sum(lengths) < MIN_BLOCK:  # the model's own product is the small-matrix one: keep it
            return self._original(model, docs, is_train)  # type: ignore[no-any-return]
        stacked = np.ascontiguousarray(np.concatenate(feats))
        # each distinct row of features once (rows compared as bytes: exact)
        as_bytes = stacked.view(np.dtype((np.void, stacked.dtype.itemsize * stacked.shape[1]))).ravel()
        unique, first, inverse = np.unique(as_bytes, return_index=True, return_inverse=True)
        keys = [row.tobytes() for row in unique]  # ~80 bytes a key, a third of a tuple of ints
        index = self._index
        slots = np.fromiter((index.get(k, -1) for k in keys), dtype=np.int64, count=len(keys))
        missing = np.flatnonzero(slots < 0)
        if len(missing):
            picked = first[missing]
            if len(picked) < MIN_BLOCK:  # padded to a block the large-matrix kernel computes
                picked = np.concatenate([picked, np.repeat(picked[:1], MIN_BLOCK - len(picked))])
            fresh: np.ndarray = self._mix.predict(self._hashes.predict(stacked[picked]))[:len(missing)]
            slots[missing] = self._store([keys[i] for i in missing.tolist()], fresh)
        assert self._rows is not None
        rows = self._rows[np.maximum(slots, 0)]
        if len(missing) and (slots < 0).any():  # the cache is full: what did not fit, as computed
            left = np.flatnonzero(slots[missing] < 0)
            rows[missing[left]] = fresh[left]
        out = rows[inverse.ravel()]
        splits = np.cumsum(lengths)[:-1]
        return list(np.split(out, splits)), _no_backprop

    def _store(self, keys: list[bytes], fresh: np.ndarray) -> np.ndarray:
        """Keep the rows ``fresh`` of ``keys`` while there is room; their slots (-1: not kept)."""
        if self._rows is None:
            self._rows = np.empty((self._max, fresh.shape[1]), dtype=fresh.dtype)
        start = len(self._index)
        kept = max(0, min(len(keys), self._max - start))
        self._rows[start:start + kept] = fresh[:kept]
        for i, key in enumerate(keys[:kept]):
            self._index[key] = start + i
        slots = np.full(len(keys), -1, dtype=np.int64)
        slots[:kept] = np.arange(start, start + kept)
        return slots


def _no_backprop(d_out: Any) -> Any:
    raise NotImplementedError("the embedding cache is for prediction only")


def use_embed_cache(nlp: Language, max_rows: int = MAX_ROWS) -> int:
    """Give each tok2vec embedding chain of ``nlp``'s models an :class:`EmbedCache` (in
    place); the number of chains changed."""
    done = 0
    seen: set[int] = set()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if id(node) in seen or not _is_embed_chain(node):
                continue
            seen.add(id(node))
            cache = EmbedCache(node, max_rows)
            node._func = cache.forward
            done += 1
    logger.debug("%d embedding layers remember their rows", done)
    return done


def _is_embed_chain(node: Any) -> bool:
    names = [layer.name for layer in getattr(node, "layers", ())]
    return (len(names) == 5 and names[0] == "extract_features" and names[1] == "list2ragged"
            and names[4] == "ragged2list" and names[2].startswith("with_array(")
            and names[3] == "with_array(maxout>>layernorm>>dropout)"
            and all(p.endswith("hashembed") for p in names[2][len("with_array("):-1].split("|")))
