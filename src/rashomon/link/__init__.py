"""The link stage: frames and claims of all articles → events.

``link(frames, claims, options, published=…)`` returns the events (perpetrator, casualties
and contradictions left at their defaults: the reconcile stage fills them) and a map from
claim id to event id (None for claims about no frame, or about a frame that was not given).
``published`` (article id → publication date) places frames without a date of their own.

Steps: :mod:`~rashomon.link.blocking` (candidate pairs within place × date blocks, never all
pairs), :mod:`~rashomon.link.content` (what each report says: figures, target words, named
people, parties' positions, from the frame and its claims), :mod:`~rashomon.link.decision`
(the evidence on each pair: place hierarchy, dates, types, shared details; a pair it proves
edge-less, two precise reports on different days sharing no detail, is not scored:
:func:`~rashomon.link.decision.never_links`),
:mod:`~rashomon.link.cluster` (links first, then the only candidate for weaker evidence,
never a pair the evidence keeps apart), :mod:`~rashomon.link.events` (event fields and ids)
and :mod:`~rashomon.link.notes` (why a report stayed alone). Events are sorted by
(date or "", id). :func:`same_event` is the same decision for two articles (``rashomon
compare``); :func:`prepare`, :func:`place_similarity` and :func:`date_similarity` are the
stage's per-pair place and date scores, exported for ``compare``'s similarity dimensions.

Clustering only follows compared (compatible) pairs, so the events of a connected group of
frames do not depend on frames outside it: :mod:`~rashomon.link.incremental` re-links only
the groups that new or changed frames touch and gets the events of a full run.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from rashomon.config import Options
from rashomon.link.across import named_pairs
from rashomon.link.blocking import FrameInfo, prepare
from rashomon.link.cluster import cluster
from rashomon.link.content import content_of
from rashomon.link.decision import PairEvidence, across_countries, never_links, pair_evidence, precise
from rashomon.link.edges import Edges
from rashomon.link.events import build_event, event_id
from rashomon.link.index import BlockIndex
from rashomon.link.info import RANK_WINDOW, WORD_MAX_FRAMES
from rashomon.link.notes import link_notes
from rashomon.link.scoring import date_similarity, place_similarity
from rashomon.marshalfile import gc_paused
from rashomon.types import Claim, Event, Frame

__all__ = ["FrameInfo", "LinkStats", "Verdict", "date_similarity", "event_id", "link", "link_settings_key",
           "link_with_stats", "place_similarity", "prepare", "prepare_frames", "same_event"]

logger = logging.getLogger(__name__)
# bump when linking changes results: stored events are then re-linked (9: event dates; 10: two
# named homes apart, one region on one day colocated; 11: "detail" pairs of region/country
# reports; 12: a vague candidate that fits one precise cluster counts as it; 13: the weekday
# and the party hint an undated report only at one spot; 14: marks (link.marks) for undated
# reports and a clash of countries through a region-level place, which blocking now meets
# across a border and by the place a sentence names; the day before a weekday; an event of
# two countries takes the one most of its reports give; 15: the village one day's coarsely
# placed reports of one region both name, by a folded spelling, decides as a target word;
# 16: a region's or a country's report naming the other's town (one spot on one day, an
# undated one's hint); an incident's named place ("the X hotel") is a target word; the group
# an undated report's text names is its party; two towns of two countries one day, one report
# naming the other's town, one party, two details' worth: one incident; an undated report's
# month and day of the other's day and one party hint; hints attach after vague and detail;
# 17: two reports known only by region or country, one day, one party and one mark: a detail;
# 18: a region's shelling and clashes in it on one day are one battle (types related); a town
# its text calls an area, "Kasese district", is placed by the area; 19: a toll one source revised
# is a detail of two region reports of one day; a country report and one kind of site; 20: one
# spot, the later report dated only by a statement two days after the other's act: one detail;
# 21: a report's own sites are those its incident sentence names, when it names one; a type
# read only outside the incident sentence and headline does not keep apart one day's reports;
# an undated report's act weekday and a toll one source revised: a hint)
LINK_ALGORITHM = 21


@dataclass(frozen=True, slots=True)
class LinkStats:
    """Work done by one link run: for benchmarks and scaling tests."""

    frames: int
    candidate_pairs: int  # pairs produced by blocking
    events: int
    scored_pairs: int = -1  # of those, the pairs scored (the others: never_links); -1: unknown


def link_settings_key(options: Options) -> str:
    """Key of everything that changes linking results (stored with the events)."""
    data = {"algorithm": LINK_ALGORITHM, "window": options.link_date_window_days,
            "radius": options.link_radius_km, "lookback": options.link_undated_lookback_days,
            "rank_window": RANK_WINDOW, "word_max_frames": WORD_MAX_FRAMES}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def prepare_frames(frames: Sequence[Frame], options: Options,
                   published: Mapping[str, str | None] | None = None,
                   claims: Sequence[Claim] | None = None) -> list[FrameInfo]:
    """Frames as :class:`FrameInfo`, duplicates dropped, sorted by (article_id, index); with
    their content when ``claims`` (all claims about them) are given."""
    pub = published or {}
    unique: dict[tuple[str, int], Frame] = {}
    for frame in sorted(frames, key=lambda f: (f.article_id, f.index)):
        if (frame.article_id, frame.index) in unique:
            logger.warning("duplicate frame %s#%s ignored", frame.article_id, frame.index)
            continue
        unique[(frame.article_id, frame.index)] = frame
    lookback = options.link_undated_lookback_days
    if claims is None:
        return [prepare(f, pub.get(f.article_id), lookback) for f in unique.values()]
    about = _frame_claims(claims)
    return [prepare(f, pub.get(f.article_id), lookback,
                    content_of(f, about.get((f.article_id, f.index), ())))
            for f in unique.values()]


def _frame_claims(claims: Sequence[Claim]) -> dict[tuple[str, int], list[Claim]]:
    about: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.frame is not None:
            about.setdefault((claim.article_id, claim.frame), []).append(claim)
    return about


def _with_content(info: FrameInfo, about: Mapping[tuple[str, int], list[Claim]]) -> FrameInfo:
    if info.content is not None:
        return info
    content = content_of(info.frame, about.get((info.frame.article_id, info.frame.index), ()))
    return replace(info, content=content)


def _with_named(pairs: Iterable[tuple[int, int]], named: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``pairs``, then the pairs of ``named`` (:func:`~rashomon.link.across.named_pairs`) not
    among them (taken when ``pairs`` is done: the index streams its pairs)."""
    for pair in pairs:
        named.discard(pair)
        yield pair
    yield from sorted(named)


def link_infos(infos: Sequence[FrameInfo], pairs: Iterable[tuple[int, int]], claims: Sequence[Claim],
               options: Options, named: set[tuple[int, int]] | None = None,
               ) -> tuple[list[Event], dict[str, str | None], LinkStats]:
    """Score ``pairs`` (i < j) of positions in ``infos`` (sorted by frame key), cluster, build
    events. Frames prepared without their content get it from ``claims``. ``named``: the
    pairs of :func:`~rashomon.link.across.named_pairs` among ``infos`` when the caller knows
    them over a larger corpus (an incremental relink: how many reports of a day name a town
    counts every stored report); by default they are found among ``infos``."""
    window, radius = options.link_date_window_days, options.link_radius_km
    about = _frame_claims(claims)
    infos = [_with_content(i, about) for i in infos]
    edges = Edges()
    compared = scored = 0
    # towns of two countries one report names of the other: met once content is known
    for i, j in _with_named(pairs, named_pairs(infos) if named is None else set(named)):
        compared += 1
        a, b = infos[i], infos[j]
        if never_links(a, b):  # "none" between two precise reports: not scored
            continue
        scored += 1
        evidence = pair_evidence(a, b, window, radius)
        # "none" between two precise reports: neither clustering nor a note reads it; nor
        # between a region and a report of another country (met only across a border)
        if evidence is not None and (evidence.kind != "none" or not (
                (precise(a) and precise(b)) or across_countries(a, b))):
            edges.add(i, j, evidence)
    groups = cluster(infos, edges, window_days=window, radius_km=radius)

    frame_event: dict[tuple[str, int], int] = {}
    for n, members in enumerate(groups):
        for pos in members:
            frame_event[(infos[pos].frame.article_id, infos[pos].frame.index)] = n
    claims_of: list[list[str]] = [[] for _ in groups]
    group_of_claim: dict[str, int | None] = {}
    unknown: list[Claim] = []
    for claim in claims:
        g: int | None = None
        if claim.frame is not None:
            g = frame_event.get((claim.article_id, claim.frame))
            if g is None:
                unknown.append(claim)
            else:
                claims_of[g].append(claim.id)
        group_of_claim[claim.id] = g
    if unknown:  # once per run: a caller that leaves frames out may hand many such claims
        first = unknown[0]
        logger.warning("%d claim(s) refer to frames not given to the link stage (first: %s, "
                       "frame %s#%s)", len(unknown), first.id, first.article_id, first.frame)

    notes = link_notes(infos, edges, groups)
    events = [build_event([infos[p] for p in members], claims_of[n], notes[n])
              for n, members in enumerate(groups)]
    mapping = {cid: None if g is None else events[g].id for cid, g in group_of_claim.items()}
    events.sort(key=lambda e: (e.date or "", e.id))
    stats = LinkStats(frames=len(infos), candidate_pairs=compared, events=len(events),
                      scored_pairs=scored)
    logger.info("link: %d frames, %d candidate pairs (%d scored), %d events",
                stats.frames, stats.candidate_pairs, scored, stats.events)
    return events, mapping, stats


def link_with_stats(
    frames: Sequence[Frame], claims: Sequence[Claim], options: Options,
    published: Mapping[str, str | None] | None = None,
) -> tuple[list[Event], dict[str, str | None], LinkStats]:
    """Like :func:`link`, plus a :class:`LinkStats`."""
    # Python's cyclic garbage collector off while linking: the stage makes no reference cycles
    # (tests/link/test_prefilter_s13.py checks it), and each of the collector's passes re-reads
    # the millions of objects a big run keeps alive (12% of the CPU time of 100k synthetic
    # frames, 13.5% at 300k, 2026-12-07). Restored as it was, whatever happens.
    with gc_paused():
        infos = prepare_frames(frames, options, published, claims)
        index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
        return link_infos(infos, index.iter_pairs(), claims, options)


def link(
    frames: Sequence[Frame], claims: Sequence[Claim], options: Options,
    published: Mapping[str, str | None] | None = None,
) -> tuple[list[Event], dict[str, str | None]]:
    """Cluster the frames of all articles into events and map each claim to its event."""
    events, mapping, _ = link_with_stats(frames, claims, options, published)
    return events, mapping


@dataclass(frozen=True, slots=True)
class Verdict:
    """Are two articles' incidents one event, as the link stage decides (see
    :func:`same_event`)."""

    same: bool
    score: float  # best pair score of the two articles' frames (0 when none was compared)
    reason: str  # the evidence of the best pair ("same place, same day; both name 22 killed")


def same_event(
    a: tuple[Sequence[Frame], Sequence[Claim], str | None],
    b: tuple[Sequence[Frame], Sequence[Claim], str | None],
    options: Options,
) -> Verdict | None:
    """Whether the link stage puts the incidents of two articles in one event, given each
    article's (frames, claims, publication date): the decision of ``analyze`` for a corpus
    of these two articles. Background frames are left out; None when either article has no
    incident frame with a place and a violent-event type (the link stage never compares a
    frame without a place; "other" is no violent incident). The article ids must differ.
    """
    def incident(frames: Sequence[Frame]) -> list[Frame]:
        return [f for f in frames if not f.background and f.type != "other"
                and (f.location is not None or bool(f.place_text))]

    fa, fb = incident(a[0]), incident(b[0])
    if not fa or not fb:
        return None
    ids_a, ids_b = {f.article_id for f in fa}, {f.article_id for f in fb}
    if ids_a & ids_b:
        raise ValueError("same_event: the two articles must have different ids")
    published = {**dict.fromkeys(ids_a, a[2]), **dict.fromkeys(ids_b, b[2])}
    # only the claims about the incident frames compared (the others are about frames left out)
    kept = {(f.article_id, f.index) for f in (*fa, *fb)}
    claims = [c for c in (*a[1], *b[1]) if c.frame is not None and (c.article_id, c.frame) in kept]
    infos = prepare_frames([*fa, *fb], options, published, claims)
    pairs = BlockIndex(infos, options.link_date_window_days, options.link_radius_km).pairs() \
        | named_pairs(infos)
    events, _, _ = link_infos(infos, pairs, claims, options)
    same = any(ids_a & set(e.article_ids) and ids_b & set(e.article_ids) for e in events)
    best: PairEvidence | None = None
    for i, j in sorted(pairs):
        x, y = infos[i], infos[j]
        if (x.frame.article_id in ids_a) == (y.frame.article_id in ids_a):
            continue
        evidence = pair_evidence(x, y, options.link_date_window_days, options.link_radius_km)
        if evidence is not None and (best is None or evidence.score > best.score):
            best = evidence
    if best is None:
        return Verdict(same, 0.0, "never compared: places or dates too far apart")
    return Verdict(same, best.score, f"{best.kind}: {best.reason}")
