"""The events :func:`rashomon.link.cluster.cluster` makes of a few frames written for a test,
every pair compared as the link stage compares them (a 3-day window, 30 km)."""

from __future__ import annotations

from rashomon.link.cluster import cluster
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo


def events_of(infos: list[FrameInfo]) -> list[set[str]]:
    """The article ids of each event, in the clustering's order."""
    edges = {}
    for i in range(len(infos)):
        for j in range(i + 1, len(infos)):
            ev = pair_evidence(infos[i], infos[j], 3, 30.0)
            if ev is not None:
                edges[(i, j)] = ev
    groups = cluster(infos, edges, window_days=3, radius_km=30.0)
    return [{infos[p].frame.article_id for p in g} for g in groups]
