"""Pair scores and the hard constraints of linking.

score = type_factor × (0.45·place + 0.35·date + 0.10·actors + 0.10·place_text), each in [0, 1]:

* place: 1.0 for the same resolved place (same name and country) or points within
  ``SAME_SITE_KM``; 1 − 0.5·d/radius for points within the radius (0.5 at the edge), 0 beyond;
  a country/region-precision frame and a frame of the same country 0.4 (0.6 when a region
  lies within ``REGION_RADIUS_KM``); unresolved places by token overlap of ``place_text``.
* date: 1 − Δ/(window+1) for two day dates; up to 0.6 for week/month dates that overlap;
  0.5 (neutral) when either frame is undated.
* actors: Jaccard overlap of perpetrators and targets; 0.5 when either side names none.
* place_text: Jaccard overlap of the place tokens; 0.5 when either side has none.
* type_factor: 1.0 same type; 0.9 aerial family (airstrike, drone_strike, missile_strike);
  0.75 explosion with anything (a blast of unknown cause may be any strike); 0.6 "other"
  with anything; 0.5 shelling with missile_strike (rockets); 0.3 otherwise — low enough that
  an airstrike and a ground attack at one place on one day stay apart (0.3 × ≤1 < 0.5).

With ``link_min_score`` 0.5 (the default is 0.45): same town, same day, same type scores 0.9; same town
three days apart 0.64; an undated frame of the same type at the same town 0.73; an explosion
and an airstrike at one town on one day 0.68, three days apart 0.48.
"""

from __future__ import annotations

from rashomon.link.blocking import FrameInfo, haversine_km

W_PLACE, W_DATE, W_ACTORS, W_TEXT = 0.45, 0.35, 0.10, 0.10
SAME_SITE_KM = 2.0  # two resolutions of one site (town centroid vs a base next to it)
REGION_RADIUS_KM = 150.0  # a region centroid may lie this far from the incident
AERIAL = frozenset({"airstrike", "drone_strike", "missile_strike"})


def type_factor(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if a in AERIAL and b in AERIAL:
        return 0.9
    if "explosion" in (a, b):
        return 0.75
    if "other" in (a, b):
        return 0.6
    if {a, b} == {"shelling", "missile_strike"}:
        return 0.5
    return 0.3


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.5
    return len(a & b) / len(a | b)


def distance_km(a: FrameInfo, b: FrameInfo) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def place_similarity(a: FrameInfo, b: FrameInfo, radius_km: float) -> float:
    if a.place_id is not None and a.place_id == b.place_id:
        return 1.0
    d = distance_km(a, b)
    if a.broad or b.broad:
        if a.country is None or a.country != b.country:
            return 0.0
        region_near = d is not None and d <= REGION_RADIUS_KM
        return 0.6 if region_near and not (a.country_level or b.country_level) else 0.4
    if d is not None:
        if d <= SAME_SITE_KM:
            return 1.0
        return 1.0 - 0.5 * d / radius_km if d <= radius_km else 0.0
    if a.tokens and b.tokens and a.place_id and b.place_id and "text" in (
        a.place_id[0], b.place_id[0]
    ):
        return 0.8 * len(a.tokens & b.tokens) / len(a.tokens | b.tokens)
    return 0.0


def date_gap(a: FrameInfo, b: FrameInfo) -> int | None:
    """Days between the two date intervals (0 if they overlap); None if either is undated."""
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return None
    return max(0, max(a.lo, b.lo) - min(a.hi, b.hi))


def date_similarity(a: FrameInfo, b: FrameInfo, window_days: int) -> float:
    gap = date_gap(a, b)
    if gap is None:
        return 0.5
    closeness = max(0.0, 1.0 - gap / (window_days + 1))
    return closeness if a.exact and b.exact else 0.6 * closeness


def score(a: FrameInfo, b: FrameInfo, window_days: int, radius_km: float) -> float:
    base = (
        W_PLACE * place_similarity(a, b, radius_km)
        + W_DATE * date_similarity(a, b, window_days)
        + W_ACTORS * _jaccard(a.actors, b.actors)
        + W_TEXT * _jaccard(a.tokens, b.tokens)
    )
    return round(type_factor(a.frame.type, b.frame.type) * base, 6)


def places_conflict(a: FrameInfo, b: FrameInfo, radius_km: float) -> bool:
    """Two point places (town/exact) that are certainly different: never one event."""
    if not (a.pinned and b.pinned):
        return False
    d = distance_km(a, b)
    if d is not None:
        return d > radius_km
    if a.lat is None and b.lat is None:
        return a.place_id != b.place_id
    return False


def same_article_ok(a: FrameInfo, b: FrameInfo) -> bool:
    """Distinct frames of one article merge only if they resolve to one place and date."""
    if a.frame.article_id != b.frame.article_id:
        return True
    return (
        a.place_id is not None
        and a.place_id == b.place_id
        and a.frame.date == b.frame.date
        and a.frame.background == b.frame.background
    )


def pair_compatible(a: FrameInfo, b: FrameInfo, window_days: int, radius_km: float) -> bool:
    gap = date_gap(a, b)
    if gap is not None and gap > window_days:
        return False
    return not places_conflict(a, b, radius_km) and same_article_ok(a, b)
