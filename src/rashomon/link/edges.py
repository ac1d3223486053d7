"""The scored pairs of one link run, in compact arrays.

Clustering (:mod:`~rashomon.link.cluster`) and the notes (:mod:`~rashomon.link.notes`) read
four things of a pair's evidence: its kind, its score, whether it links by itself and
whether its places are unrelated. A :class:`~rashomon.link.decision.PairEvidence` per pair
holds much more (the two contents, for ``compare``'s reasons): at a million frames, several
million of them (with their dictionary of keys) are most of the stage's memory. Here a pair
costs a few bytes in typed arrays.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping

from rashomon.link.decision import PairEvidence, PairKind
from rashomon.link.scoring import UNRELATED

KINDS: tuple[PairKind, ...] = ("anchored", "colocated", "content", "vague", "hint", "detail", "apart",
                               "none")
CODE: dict[str, int] = {kind: n for n, kind in enumerate(KINDS)}
LINKS = frozenset(CODE[k] for k in ("anchored", "content"))  # PairEvidence.links

Edge = tuple[int, int, PairKind, float, bool]  # i, j, kind, score, places unrelated


class Edges:
    """Scored pairs (i < j) of positions, in the order they were added."""

    __slots__ = ("kinds", "left", "right", "scores", "unrelated")

    def __init__(self) -> None:
        self.left = array("l")
        self.right = array("l")
        self.kinds = bytearray()
        self.scores = array("d")
        self.unrelated = bytearray()

    @classmethod
    def of(cls, edges: Mapping[tuple[int, int], PairEvidence]) -> Edges:
        out = cls()
        for (i, j), ev in edges.items():
            out.add(i, j, ev)
        return out

    def add(self, i: int, j: int, ev: PairEvidence) -> None:
        self.left.append(i)
        self.right.append(j)
        self.kinds.append(CODE[ev.kind])
        self.scores.append(ev.score)
        self.unrelated.append(ev.place == UNRELATED)

    def __len__(self) -> int:
        return len(self.kinds)

    def __iter__(self) -> Iterator[Edge]:
        kinds = KINDS
        for i, j, k, s, u in zip(self.left, self.right, self.kinds, self.scores, self.unrelated,
                                 strict=True):
            yield i, j, kinds[k], s, bool(u)

    def of_kinds(self, *wanted: str) -> Iterator[tuple[int, int, PairKind]]:
        """(i, j, kind) of the pairs of the ``wanted`` kinds."""
        codes = {CODE[k] for k in wanted}
        kinds = KINDS
        for n, k in enumerate(self.kinds):
            if k in codes:
                yield self.left[n], self.right[n], kinds[k]

    def links(self) -> list[tuple[float, int, int]]:
        """(score, i, j) of the pairs that link by themselves, best first (then by keys)."""
        left, right, scores = self.left, self.right, self.scores
        found = [(scores[n], left[n], right[n]) for n, k in enumerate(self.kinds) if k in LINKS]
        found.sort(key=lambda e: (-e[0], e[1], e[2]))
        return found
