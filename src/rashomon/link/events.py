"""Building an :class:`Event` from a cluster of frames.

* id: ``"ev-"`` + the first 10 hex digits of the SHA-1 of the smallest frame key
  ``"article_id#index"`` of the cluster (smallest as a string), so ids are stable across runs
  and input orders.
* type: the most common frame type; ties go to the most specific type
  (drone_strike, missile_strike, airstrike, shelling, shooting, armed_clashes, ground_attack,
  explosion, other: "clashes" or "opened fire on the crowd" names the mode of a ground attack).
* date: the most common date among the frames dated to a day by a date of the incident
  (ties: earliest); if there are none, the earliest day among the frames dated only by a
  statement about it ("the army said on Tuesday": the incident happened that day or before,
  so the first statement is the closest bound); if there are none, the most common date
  among week/month-dated frames. A statement's day never outvotes the incident's: three
  reports of a Monday strike, two of them written from Tuesday's statements, are Monday's.
  date_precision: the best precision among the frames carrying that date.
* location: the most precise location among the frames (exact, town, region, country,
  unknown); ties: the most common, then the smallest by (name, country, lat, lon). When the
  frames give two countries, only those of the country most of them give (if one has more).
* article_ids, claim_ids, frame_keys: sorted, without duplicates.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

from rashomon.link.info import FrameInfo, from_statement
from rashomon.types import DatePrecision, Event, EventType, Location

TYPE_SPECIFICITY: tuple[EventType, ...] = (
    "drone_strike", "missile_strike", "airstrike", "shelling", "shooting", "armed_clashes",
    "ground_attack", "explosion", "other",
)
DATE_PRECISION_RANK: dict[DatePrecision, int] = {"day": 0, "week": 1, "month": 2, "unknown": 3}
PLACE_PRECISION_RANK = {"exact": 0, "town": 1, "region": 2, "country": 3, "unknown": 4}


def event_id(frame_keys: Iterable[str]) -> str:
    smallest = min(frame_keys)
    return "ev-" + hashlib.sha1(smallest.encode("utf-8")).hexdigest()[:10]


def _type(infos: Sequence[FrameInfo]) -> EventType:
    counts = Counter(i.frame.type for i in infos)
    rank = {t: n for n, t in enumerate(TYPE_SPECIFICITY)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank))))


def _date(infos: Sequence[FrameInfo]) -> tuple[str | None, DatePrecision]:
    stated: list[FrameInfo] = []
    incident: list[FrameInfo] = []
    for i in infos:
        if i.exact:
            (stated if from_statement(i.frame) else incident).append(i)
    for pool, earliest in ((incident, False), (stated, True),
                           ([i for i in infos if i.frame.date], False)):
        if not pool:
            continue
        counts = Counter(i.frame.date for i in pool)
        chosen = min(counts, key=lambda d: (0 if earliest else -counts[d], d or ""))
        precisions = [i.frame.date_precision for i in pool if i.frame.date == chosen]
        return chosen, min(precisions, key=DATE_PRECISION_RANK.__getitem__)
    return None, "unknown"


def _location_key(loc: Location) -> tuple[str, str, float, float]:
    return (loc.name, loc.country or "", loc.lat if loc.lat is not None else 999.0,
            loc.lon if loc.lon is not None else 999.0)


def _location(infos: Sequence[FrameInfo]) -> Location | None:
    locations = [i.frame.location for i in infos if i.frame.location is not None]
    if not locations:
        return None
    countries = Counter(loc.country for loc in locations if loc.country)
    if len(countries) > 1:
        # reports joined across a border (link.decision.country_clash): the country most of
        # them give; a report filed abroad or a region's name of the other country is the
        # one left out (a tie: the most precise place decides, as ever)
        (first, n), (_, m) = countries.most_common(2)
        if n > m:
            locations = [loc for loc in locations if loc.country in (first, None)]
    counts = Counter(locations)
    return min(counts, key=lambda loc: (PLACE_PRECISION_RANK.get(loc.precision, 9),
                                        -counts[loc], _location_key(loc)))


def build_event(infos: Sequence[FrameInfo], claim_ids: Iterable[str],
                link_note: str | None = None) -> Event:
    date, precision = _date(infos)
    return Event(
        id=event_id(i.key for i in infos),
        type=_type(infos),
        article_ids=tuple(sorted({i.frame.article_id for i in infos})),
        claim_ids=tuple(sorted(set(claim_ids))),
        date=date,
        date_precision=precision,
        location=_location(infos),
        frame_keys=tuple(sorted((i.frame.article_id, i.frame.index) for i in infos)),
        link_note=link_note,
    )
