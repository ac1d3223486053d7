"""Clustering scored frame pairs into events, under hard constraints.

Three passes, all in a canonical order (frames sorted by key, edges by score then keys), so
the result does not depend on the input order:

1. **Day-dated frames** merge greedily, best edge first (edges scoring at least
   ``link_min_score``). Two clusters merge only if the merged cluster is still valid and the
   *average* score over all cross pairs (pairs never scored count 0) reaches
   ``link_min_score``: average-link acceptance, which stops chains from growing through one
   strong edge.
2. **Loosely dated frames** (undated, or dated to a week/month) attach each to the single best
   acceptable cluster of pass 1, so such a frame never bridges two dated clusters. The
   average here is over the pairs that were scored (a cluster may hold frames the loose one
   was never compared with, e.g. a border region without a country; a member it is
   incompatible with still rules the cluster out). Best:
   first a cluster holding a frame with the same background flag (a current report goes
   to the current incident, not to one an article mentioned as background), then the
   best single match (the same site beats a town next to it), then the highest average
   score, then the smallest frame key.
3. Loose frames that attached nowhere merge among themselves as in pass 1.

A cluster is valid when (a) ``max(lo) − min(hi) ≤ link_date_window_days`` over its dated
frames (so day dates span at most the window, checked on the whole cluster, not per pair),
(b) no two town/exact places in it lie more than ``link_radius_km`` apart (or, without
coordinates, have different names), and (c) two distinct frames of one article are in it
only if they have the same place, the same date and the same background flag.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rashomon.link.blocking import FrameInfo
from rashomon.link.scoring import places_conflict, same_article_ok

logger = logging.getLogger(__name__)


PlaceSig = tuple[float | None, float | None, tuple[str, ...] | None]


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    max_lo: int | None = None
    min_hi: int | None = None
    has_exact: bool = False
    # one member per distinct point place (places_conflict reads only these fields)
    pinned: dict[PlaceSig, int] = field(default_factory=dict)
    articles: dict[str, list[int]] = field(default_factory=dict)


def _sig(info: FrameInfo) -> PlaceSig:
    return info.lat, info.lon, info.place_id


def _opt_max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _opt_min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


class _Clusterer:
    def __init__(self, infos: Sequence[FrameInfo], scores: Mapping[tuple[int, int], float],
                 window_days: int, radius_km: float, min_score: float) -> None:
        self.infos = infos
        self.adjacent: dict[int, list[tuple[int, float]]] = {}
        for (i, j), s in sorted(scores.items()):
            self.adjacent.setdefault(i, []).append((j, s))
            self.adjacent.setdefault(j, []).append((i, s))
        self.window = window_days
        self.radius = radius_km
        self.min_score = min_score
        self.owner = list(range(len(infos)))
        self.clusters: dict[int, _Cluster] = {}
        for pos, info in enumerate(infos):
            self.clusters[pos] = _Cluster(
                members=[pos], max_lo=info.lo, min_hi=info.hi, has_exact=info.exact,
                pinned={_sig(info): pos} if info.pinned else {},
                articles={info.frame.article_id: [pos]},
            )

    def acceptance(self, ca: int, cb: int, *, scored_only: bool = False) -> float | None:
        """Average cross score if clusters ``ca`` and ``cb`` may merge, else None.

        Pairs never scored count 0, unless ``scored_only`` (then at least one must be)."""
        a, b = self.clusters[ca], self.clusters[cb]
        lo, hi = _opt_max(a.max_lo, b.max_lo), _opt_min(a.min_hi, b.min_hi)
        if lo is not None and hi is not None and lo - hi > self.window:
            return None
        infos = self.infos
        for i in a.pinned.values():
            for j in b.pinned.values():
                if places_conflict(infos[i], infos[j], self.radius):
                    return None
        small, large = (a, b) if len(a.articles) <= len(b.articles) else (b, a)
        for article, mine in small.articles.items():
            for i in mine:
                for j in large.articles.get(article, ()):
                    if not same_article_ok(infos[i], infos[j]):
                        return None
        # pairs never scored count 0; fsum: the same total whatever the order of the terms
        fewer, other = (a, cb) if len(a.members) <= len(b.members) else (b, ca)
        owner = self.owner
        cross = [s for i in fewer.members for j, s in self.adjacent.get(i, ()) if owner[j] == other]
        if scored_only and not cross:
            return None
        count = len(cross) if scored_only else len(a.members) * len(b.members)
        average = math.fsum(cross) / count
        return average if average >= self.min_score else None

    def merge(self, ca: int, cb: int) -> None:
        a, b = self.clusters[ca], self.clusters[cb]
        if len(a.members) < len(b.members):
            ca, cb, a, b = cb, ca, b, a
        for pos in b.members:
            self.owner[pos] = ca
        a.members.extend(b.members)
        a.max_lo, a.min_hi = _opt_max(a.max_lo, b.max_lo), _opt_min(a.min_hi, b.min_hi)
        a.has_exact = a.has_exact or b.has_exact
        for sig, pos in b.pinned.items():
            a.pinned.setdefault(sig, pos)
        for article, mine in b.articles.items():
            a.articles.setdefault(article, []).extend(mine)
        del self.clusters[cb]

    def greedy(self, edges: Sequence[tuple[float, int, int]]) -> None:
        for _, i, j in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
            ca, cb = self.owner[i], self.owner[j]
            if ca != cb and self.acceptance(ca, cb) is not None:
                self.merge(ca, cb)

    def first_key(self, cid: int) -> str:
        return min(self.infos[p].key for p in self.clusters[cid].members)


def cluster(infos: Sequence[FrameInfo], scores: Mapping[tuple[int, int], float], *,
            window_days: int, radius_km: float, min_score: float) -> list[list[int]]:
    """Group positions of ``infos`` into events; returns member lists sorted by position."""
    c = _Clusterer(infos, scores, window_days, radius_km, min_score)
    neighbours: dict[int, list[int]] = {}
    strong: list[tuple[float, int, int]] = []
    for (i, j), s in scores.items():
        neighbours.setdefault(i, []).append(j)
        neighbours.setdefault(j, []).append(i)
        if s >= min_score:
            strong.append((s, i, j))

    # pass 1: day-dated frames
    c.greedy([e for e in strong if infos[e[1]].exact and infos[e[2]].exact])

    # pass 2: each loose frame joins at most one cluster holding day-dated frames
    leftover: set[int] = set()
    for pos, info in enumerate(infos):
        if info.exact:
            continue
        targets = sorted({c.owner[n] for n in neighbours.get(pos, ()) if infos[n].exact})
        best: tuple[int, float, float, str, int] | None = None
        for cid in targets:
            if not c.clusters[cid].has_exact:
                continue
            avg = c.acceptance(c.owner[pos], cid, scored_only=True)
            if avg is None:
                continue
            # a current report prefers a cluster with a current frame, a background mention
            # one with a background frame (an article's "a similar strike in 2018")
            same_role = any(infos[m].frame.background == info.frame.background
                            for m in c.clusters[cid].members)
            # then the best single match (the same site beats a town next to it), then the
            # best average
            top = max(s for n, s in c.adjacent.get(pos, ()) if c.owner[n] == cid)
            cand = (int(not same_role), -top, -avg, c.first_key(cid), cid)
            if best is None or cand < best:
                best = cand
        if best is None:
            leftover.add(pos)
        else:
            c.merge(c.owner[pos], best[4])

    # pass 3: loose frames that joined nothing group among themselves
    c.greedy([e for e in strong if e[1] in leftover and e[2] in leftover])

    groups = [sorted(cl.members) for cl in c.clusters.values()]
    logger.debug("clustering: %d frames into %d events", len(infos), len(groups))
    return groups
