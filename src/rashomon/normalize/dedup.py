"""Exact and near-duplicate detection: SHA-256 of the text, then MinHash LSH on word shingles.

datasketch (which imports scipy: ~0.6 CPU s) is imported, and sketches are made, only once
a second article arrives: the first one has nothing to duplicate.
"""

from __future__ import annotations

import hashlib
import logging
import re
from typing import TYPE_CHECKING, Any

from rashomon.config import Options, setting
from rashomon.types import Article

if TYPE_CHECKING:
    from datasketch import MinHash

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
# LSH only proposes candidates; each is then checked against the exact threshold. Asking
# LSH for a slightly lower threshold keeps pairs whose MinHash estimate comes out low.
LSH_MARGIN: float = setting("normalize.dedup", "lsh_margin")  # data/settings.toml
# Limits of datasketch's banding, not choices: it cannot band a threshold of 1.0, and a
# threshold near 0 bands every pair together (the margin never takes it below this floor).
_LSH_MAX = 0.95  # a library limit (see above), not a tuned number
_LSH_MIN = 0.05  # a library limit (see above), not a tuned number


def content_hash(text: str) -> str:
    """SHA-256 hex digest of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(text: str, size: int) -> set[str]:
    """Lower-cased word n-grams; a text shorter than ``size`` words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


class Deduplicator:
    """Remembers the articles added so far and finds what each new one duplicates.

    ``add`` returns the id of an earlier article with the same content hash, or else of
    the most similar earlier article whose estimated Jaccard similarity of word shingles
    reaches ``options.near_duplicate_threshold``; otherwise None. Every article is added.
    """

    def __init__(self, options: Options) -> None:
        self._options = options
        self._num_perm = options.minhash_permutations
        self._lsh: Any = None  # datasketch.MinHashLSH, made with the second article
        self._by_hash: dict[str, str] = {}
        self._ids: list[str] = []
        self._hashes: list[MinHash] = []
        self._first: Article | None = None  # the first article, sketched when a second comes

    def __len__(self) -> int:
        return len(self._ids) + (self._first is not None)

    def minhash(self, text: str) -> MinHash:
        from datasketch import MinHash

        sketch = MinHash(num_perm=self._num_perm)
        # one vectorised batch: the same hash values as one update per shingle, ~5x less CPU
        words = self._options.shingle_words
        sketch.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles(text, words))])
        return sketch

    def add(self, article: Article) -> str | None:
        if self._lsh is None:
            if self._first is None:  # nothing earlier to duplicate: no sketch needed yet
                self._first = article
                self._by_hash.setdefault(article.content_hash or content_hash(article.text), article.id)
                return None
            from datasketch import MinHashLSH

            threshold = min(max(self._options.near_duplicate_threshold - LSH_MARGIN, _LSH_MIN), _LSH_MAX)
            self._lsh = MinHashLSH(threshold=threshold, num_perm=self._num_perm)
            first, self._first = self._first, None
            self._index(first.id, self.minhash(first.text))
        digest = article.content_hash or content_hash(article.text)
        exact = self._by_hash.get(digest)
        sketch = self.minhash(article.text)
        match = exact if exact is not None else self._nearest(sketch)
        self._by_hash.setdefault(digest, article.id)
        self._index(article.id, sketch)
        if match is not None:
            logger.debug("article %s duplicates %s", article.id, match)
        return match

    def _index(self, article_id: str, sketch: MinHash) -> None:
        key = str(len(self._ids))
        self._ids.append(article_id)
        self._hashes.append(sketch)
        self._lsh.insert(key, sketch)

    def _nearest(self, sketch: MinHash) -> str | None:
        best: tuple[float, int] | None = None
        threshold = self._options.near_duplicate_threshold
        for key in self._lsh.query(sketch):
            index = int(key)
            score = sketch.jaccard(self._hashes[index])
            if score >= threshold and (best is None or (score, -index) > (best[0], -best[1])):
                best = (score, index)
        return None if best is None else self._ids[best[1]]
