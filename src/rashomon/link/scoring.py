"""How two reports relate in place, time and type, and the hard constraints of linking.

**Place is a hierarchy.** A site inside a town inside a region inside a country: a report
naming the district, one naming the city and one naming only the country may be one
incident. :func:`place_relation` says how two places relate, strongest first:

=============  =====  ====================================================================
relation       sim    when
=============  =====  ====================================================================
same place     1.0    the same resolved place, or points within ``SAME_SITE_KM``
site in town   0.8    a site (exact precision) named after a town ("the Albu Kamal border
                      crossing") within ``TOWN_EXTENT_KM`` of it
site near town 0.7    another site within ``TOWN_EXTENT_KM`` of a town (in a city, a
                      hospital 3 km from the centre may be in a neighbouring town)
nearby         ≤0.6   two distinct points within ``link_radius_km``: 0.6 → 0.3 at the edge
same area      0.6    both name only the same region or country
in region      0.5    a region and a point (or another region) within ``REGION_RADIUS_KM``
                      of its centre (beyond: unrelated)
in country     0.3    a country and any place of that country
same words     ≤0.8   unresolved places: 0.8 × Jaccard overlap of their words
unrelated      0      anything else (different countries, no place)
=============  =====  ====================================================================

The similarities above and the date and type factors below are settings (``data/settings.toml``,
``[link.scoring]``: ``sim_*``, ``date_*``, ``type_*``). Only "same place" and "site in town"
locate two reports at one spot; the coarser relations are compatible, not evidence of one
incident (see :mod:`~rashomon.link.decision`).

**Dates** are day intervals (:mod:`~rashomon.link.blocking`): two dates written as days are
"same day" (1 − Δ/(window+1)); a week, a month or a publication date "overlap" (0.6 ×
closeness; 0.5 for a publication date); no date at all is "undated" (0).

**Types**: :func:`type_factor` (1 same; 0.9 aerial family, and ground family: a ground
attack, armed clashes and a shooting are one fight as different outlets name it; 0.75 an explosion with anything,
a blast of unknown cause may be any strike; 0.6 "other" with anything; 0.5 shelling with a
missile strike, rockets; 0.3 otherwise: an airstrike and a ground raid are two incidents).

**Hard constraints** (:func:`pair_compatible`): dates more than ``link_date_window_days``
apart; two town/site places more than ``link_radius_km`` apart (or, without coordinates,
with different names); two frames of one article unless at one place and date.
"""

from __future__ import annotations

import math
from functools import lru_cache

from rashomon.config import setting
from rashomon.link.info import EARTH_RADIUS_KM, FrameInfo, haversine_km, tokens
from rashomon.types import Frame

# two resolutions of one site (town centroid vs a base next to it); a site this close to a
# town's centre lies in or at the town (provenance in data/settings.toml, [link.scoring])
SAME_SITE_KM: float = setting("link.scoring", "same_site_km")
TOWN_EXTENT_KM: float = setting("link.scoring", "town_extent_km")
# a region centroid may lie this far from the incident: the gazetteer's region radius, one setting
REGION_RADIUS_KM: float = setting("gazetteer.places", "region_radius_km")  # data/settings.toml
FLAT_DEGREES: float = setting("link.scoring", "flat_degrees")  # below this separation the earth is flat enough
AERIAL = frozenset({"airstrike", "drone_strike", "missile_strike"})
# the ground modes of one incident: outlets call one fight "clashes", "an attack by gunmen" or
# "troops opened fire" (the gold conventions' armed_clashes, ground_attack, shooting)
GROUND = frozenset({"ground_attack", "armed_clashes", "shooting"})
RELATED_TYPES: float = setting("link.scoring", "related_types")  # type factor: one incident without content

# the similarity scale of the module docstring's tables (data/settings.toml [link.scoring])
SIM_SITE_IN_TOWN: float = setting("link.scoring", "sim_site_in_town")
SIM_SITE_NEAR_TOWN: float = setting("link.scoring", "sim_site_near_town")
SIM_NEARBY: float = setting("link.scoring", "sim_nearby")
SIM_NEARBY_DROP: float = setting("link.scoring", "sim_nearby_drop")
SIM_SAME_AREA: float = setting("link.scoring", "sim_same_area")
SIM_IN_REGION: float = setting("link.scoring", "sim_in_region")
SIM_IN_COUNTRY: float = setting("link.scoring", "sim_in_country")
SIM_SAME_WORDS: float = setting("link.scoring", "sim_same_words")
TYPE_AERIAL: float = setting("link.scoring", "type_aerial")
TYPE_GROUND: float = setting("link.scoring", "type_ground")
TYPE_EXPLOSION: float = setting("link.scoring", "type_explosion")
TYPE_OTHER: float = setting("link.scoring", "type_other")
TYPE_SHELLING_MISSILE: float = setting("link.scoring", "type_shelling_missile")
TYPE_UNRELATED: float = setting("link.scoring", "type_unrelated")
DATE_OVERLAP: float = setting("link.scoring", "date_overlap")
DATE_PUBLICATION: float = setting("link.scoring", "date_publication")
JACCARD_EMPTY: float = setting("link.scoring", "jaccard_empty")

SAME, SITE_IN_TOWN, SITE_NEAR_TOWN, NEARBY, SAME_AREA, IN_REGION, IN_COUNTRY = (
    "same place", "site in town", "site near town", "nearby", "same area", "in region",
    "in country")
SAME_WORDS, UNRELATED = "same words", "unrelated"
ONE_SPOT = frozenset({SAME, SITE_IN_TOWN})  # relations that locate two reports at one spot


def type_factor(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if a in AERIAL and b in AERIAL:
        return TYPE_AERIAL
    if a in GROUND and b in GROUND:
        return TYPE_GROUND
    if "explosion" in (a, b):
        return TYPE_EXPLOSION
    if "other" in (a, b):
        return TYPE_OTHER
    if {a, b} == {"shelling", "missile_strike"}:
        return TYPE_SHELLING_MISSILE
    return TYPE_UNRELATED


def weak_type(frame: Frame) -> bool:
    """The report's type was read only outside its incident sentence and its headline: one
    trigger word in a later paragraph ("The United States maintains a drone base in Agadez",
    "jets have bombed the area before"), which says little of how this incident was done. A
    type without evidence, or one its sentence or headline gives, is not weak."""
    source = frame.sources.get("type")
    if source is None or not source.evidence or (source.note or "").startswith("headline"):
        return False
    start, end = frame.evidence.start, frame.evidence.end
    return not any(start <= ev.start < end for ev in source.evidence)


# the arms of one battle: an army's guns and its troops ("heavy fighting with tanks and
# mortars", "clashes", "an attack on border posts"); not aircraft, whose raids are told apart
COMBAT = GROUND | {"shelling"}


def one_battle(a: FrameInfo, b: FrameInfo, relation: str, gap: int | None) -> bool:
    """One day's fighting in one region as two outlets tell it: one report placed only by the
    region ("fighting broke out in X region"), the other in that region or at a place within
    it, one day both texts give, one calling it shelling, the other clashes or an attack. A
    battle is fought with both, so the types do not tell two incidents apart there (at one
    spot they still do: a town shelled and a post stormed that day are two)."""
    return gap == 0 and a.exact and b.exact and relation in (SAME_AREA, IN_REGION) \
        and "region" in (a.precision, b.precision) and a.country is not None \
        and a.country == b.country and a.frame.type in COMBAT and b.frame.type in COMBAT


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return JACCARD_EMPTY
    return len(a & b) / len(a | b)


def distance_km(a: FrameInfo, b: FrameInfo) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    dlat, dlon = b.lat - a.lat, b.lon - a.lon
    if not dlat and not dlon:  # one town's reports: most pairs of a dense block
        return 0.0
    if -FLAT_DEGREES < dlat < FLAT_DEGREES and -FLAT_DEGREES < dlon < FLAT_DEGREES:
        # equirectangular: within 0.1% of the great circle at these distances, 3x faster
        x = math.radians(dlon) * math.cos(math.radians((a.lat + b.lat) / 2))
        return EARTH_RADIUS_KM * math.hypot(x, math.radians(dlat))
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _broad_relation(a: FrameInfo, b: FrameInfo, d: float | None) -> tuple[str, float]:
    """A region or country and another place: the hierarchy. A region contains the places
    within ``REGION_RADIUS_KM`` of its centre (the gazetteer gives no borders)."""
    if a.country is None or a.country != b.country:
        if a.country_level or b.country_level or d is None or d > REGION_RADIUS_KM:
            return UNRELATED, 0.0
        return IN_REGION, SIM_IN_REGION  # a border region and a place across the border
    if a.place_id is not None and a.place_id == b.place_id:
        return SAME_AREA, SIM_SAME_AREA
    if a.country_level or b.country_level:
        return IN_COUNTRY, SIM_IN_COUNTRY
    if d is None:
        return IN_COUNTRY, SIM_IN_COUNTRY
    return (IN_REGION, SIM_IN_REGION) if d <= REGION_RADIUS_KM else (UNRELATED, 0.0)


def _named_after(a: FrameInfo, b: FrameInfo) -> bool:
    """The site is named after the town ("the Albu Kamal border crossing", "Kabul airport")."""
    site, town = (a, b) if a.precision == "exact" else (b, a)
    assert site.frame.location is not None and town.frame.location is not None
    return _words_within(town.frame.location.name, site.frame.location.name, site.frame.place_text)


@lru_cache(maxsize=1 << 16)
def _words_within(town: str, site: str, site_text: str | None) -> bool:
    """The words of ``town`` are among those of ``site`` or ``site_text`` (a few towns and
    sites recur in many pairs: cached)."""
    town_words = set(tokens(town))
    return bool(town_words) and town_words <= set(tokens(site)) | set(tokens(site_text))


_UNKNOWN = -1.0  # "distance not computed yet" (None means: no coordinates)


def place_relation(a: FrameInfo, b: FrameInfo, radius_km: float,
                   d: float | None = _UNKNOWN) -> tuple[str, float]:
    """How the places of two frames relate, and the similarity of that relation (``d``: their
    distance, if already known)."""
    if d == _UNKNOWN:
        d = distance_km(a, b)
    if a.broad or b.broad:
        return _broad_relation(a, b, d)
    if a.place_id is not None and a.place_id == b.place_id:
        return SAME, 1.0
    if d is not None:
        if d <= SAME_SITE_KM:
            return SAME, 1.0
        if {a.precision, b.precision} == {"exact", "town"} and d <= TOWN_EXTENT_KM:
            return (SITE_IN_TOWN, SIM_SITE_IN_TOWN) if _named_after(a, b) else (SITE_NEAR_TOWN, SIM_SITE_NEAR_TOWN)
        if d <= radius_km:
            return NEARBY, SIM_NEARBY - SIM_NEARBY_DROP * d / radius_km
        return UNRELATED, 0.0
    if a.tokens and b.tokens and a.place_id and b.place_id and "text" in (
        a.place_id[0], b.place_id[0]
    ):
        overlap = len(a.tokens & b.tokens) / len(a.tokens | b.tokens)
        return (SAME_WORDS, SIM_SAME_WORDS * overlap) if overlap else (UNRELATED, 0.0)
    return UNRELATED, 0.0


def place_similarity(a: FrameInfo, b: FrameInfo, radius_km: float) -> float:
    return place_relation(a, b, radius_km)[1]


def date_gap(a: FrameInfo, b: FrameInfo) -> int | None:
    """Days between the two date intervals (0 if they overlap); None if either is undated."""
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return None
    return max(0, max(a.lo, b.lo) - min(a.hi, b.hi))


def date_similarity(a: FrameInfo, b: FrameInfo, window_days: int) -> float:
    return date_similarity_at(a, b, window_days, date_gap(a, b))


def date_similarity_at(a: FrameInfo, b: FrameInfo, window_days: int, gap: int | None) -> float:
    """:func:`date_similarity` given the :func:`date_gap` of the two."""
    if gap is None:
        return 0.0
    closeness = max(0.0, 1.0 - gap / (window_days + 1))
    if a.exact and b.exact:
        return closeness
    return (DATE_PUBLICATION if a.inferred or b.inferred else DATE_OVERLAP) * closeness


def places_conflict(a: FrameInfo, b: FrameInfo, radius_km: float,
                    d: float | None = _UNKNOWN) -> bool:
    """Two town/site places that are certainly different: never one event. More than
    ``radius_km`` apart, or, without coordinates, with different names. (A region and a
    town far from its centre are unrelated, not in conflict: the gazetteer gives a region's
    centre, not its borders, and a large province holds towns 250 km from its centre.)"""
    if not (a.pinned and b.pinned):
        return False
    if d == _UNKNOWN:
        d = distance_km(a, b)
    if d is not None:
        return d > radius_km
    return a.lat is None and b.lat is None and a.place_id != b.place_id


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
    return compatible_at(a, b, window_days, radius_km, distance_km(a, b), date_gap(a, b))


def compatible_at(a: FrameInfo, b: FrameInfo, window_days: int, radius_km: float,
                  d: float | None, gap: int | None) -> bool:
    """:func:`pair_compatible` given the distance and the date gap of the two."""
    if gap is not None and gap > window_days:
        return False
    return not places_conflict(a, b, radius_km, d) and same_article_ok(a, b)
