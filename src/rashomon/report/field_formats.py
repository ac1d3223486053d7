"""The field's exchange formats, built from a ledger: GeoJSON, ACLED-style and UCDP GED-style rows.

* **GeoJSON** (RFC 7946): a ``FeatureCollection`` with one ``Point`` feature per event that has
  coordinates (``[longitude, latitude]``, WGS 84); events without coordinates are listed in the
  collection's ``unplaced`` member, so nothing is dropped silently.
* **ACLED-style CSV**: one row per event with ACLED's column names where they apply.
  ``fatalities`` follows ACLED's convention, the lowest credible figure: the lowest figure any
  source gave (0 when no source gave a lower bound, as ACLED codes unknown tolls). Every
  source's figure goes in ``notes``.
* **UCDP GED-style CSV**: ``deaths_low`` is the lowest bound any source gave, ``deaths_high``
  the highest, and ``deaths_best`` the median of the sources' point figures (a range counts by
  its lower bound, "up to N" by N), rounded down; all three are empty when no source gave a
  figure.

A source's figure is read back from the event's ``by_source`` values, which the reconcile
stage renders as ``22``, ``"up to 52"``, ``"at least 13"``, ``"13–46"`` or ``"unspecified"``
(:func:`parse_figure` is their inverse, tested against the renderer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from statistics import median_low
from typing import Any, TextIO

import pycountry

from rashomon.report.json_stream import Streamed, write_object
from rashomon.report.records import ArticleInfo, Detail, LedgerRecords, Records
from rashomon.types import Event, EventType, Figure, Ledger, PerpetratorSummary

JsonDict = dict[str, Any]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)
UCDP_COLUMNS: tuple[str, ...] = (
    "id", "year", "side_a", "side_b", "country", "where_coordinates", "latitude", "longitude",
    "where_prec", "date_start", "date_end", "date_prec", "deaths_low", "deaths_best",
    "deaths_high", "number_of_sources", "source_office",
)
# ACLED's codebook: time_precision 1 = day, 2 = week, 3 = month
_ACLED_TIME = {"day": "1", "week": "2", "month": "3"}
# ACLED's codebook: geo_precision 1 = the town, 2 = near it or part of a region, 3 = the region
_ACLED_GEO = {"exact": "1", "town": "1", "region": "3", "country": "3"}
# UCDP GED codebook: where_prec 1 = exact, 2 = within 25 km, 4 = first-order region, 6 = country
_UCDP_WHERE = {"exact": "1", "town": "2", "region": "4", "country": "6"}
# UCDP GED codebook: date_prec 1 = day, 2 = 2-6 days, 3 = a week, 4 = a month
_UCDP_DATE = {"day": "1", "week": "3", "month": "4"}
# ACLED's event types for the ledger's; a ground attack is a clash until a source says more;
# troops firing on a crowd is ACLED's "excessive force against protesters" (its codebook's
# sub-event for state forces using lethal force on demonstrators)
_ACLED_TYPE: dict[EventType, tuple[str, str]] = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "missile_strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "shooting": ("Protests", "Excessive force against protesters"),
    "ground_attack": ("Battles", "Armed clash"),
    "armed_clashes": ("Battles", "Armed clash"),
    "other": ("", ""),
}
UNIDENTIFIED = "Unidentified"  # ACLED's word for an actor no source names uncontested

_RANGE = re.compile(r"^(\d+)\s*[–-]\s*(\d+)$")
_UP_TO = re.compile(r"^up to (\d+)$")
_AT_LEAST = re.compile(r"^at least (\d+)$")


def parse_figure(value: int | str) -> Figure | None:
    """A ``by_source`` value back into a figure; None for "unspecified" or an unknown form."""
    if isinstance(value, int):
        return Figure(value, value)
    text = value.strip()
    if text.isdigit():
        return Figure(int(text), int(text))
    if m := _RANGE.match(text):
        return Figure(int(m[1]), int(m[2]))
    if m := _UP_TO.match(text):
        return Figure(None, int(m[1]))
    if m := _AT_LEAST.match(text):
        return Figure(int(m[1]), None)
    return None


def source_figures(by_source: Mapping[str, int | str]) -> dict[str, Figure]:
    """Each source's figure, skipping "unspecified" ones."""
    out: dict[str, Figure] = {}
    for name, value in by_source.items():
        if (fig := parse_figure(value)) is not None:
            out[name] = fig
    return out


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)  # "Syria", not "Syrian Arab Republic"


def _year(date: str | None) -> str:
    return date[:4] if date else ""


def actors(perp: PerpetratorSummary) -> str:
    """Actor 1 as ACLED would code it: the sole party alleged or acknowledged; "Unidentified"
    when sources name several or dispute it; empty when nobody names one."""
    if perp.status in ("acknowledged", "alleged") and len(perp.alleged) == 1:
        return perp.alleged[0]
    if perp.status == "acknowledged" and len(perp.acknowledged_by) == 1 and not perp.alleged:
        return perp.acknowledged_by[0]
    return UNIDENTIFIED if perp.alleged or perp.status == "contested" else ""


def _figure_note(label: str, by_source: Mapping[str, int | str]) -> str:
    if not by_source:
        return ""
    return f"{label}: " + "; ".join(f"{name} {value}" for name, value in by_source.items()) + "."


def _perpetrator_note(perp: PerpetratorSummary) -> str:
    parts = []
    if perp.alleged:
        parts.append("alleged " + ", ".join(perp.alleged))
    if perp.denied_by:
        parts.append("denied by " + ", ".join(perp.denied_by))
    if perp.acknowledged_by:
        parts.append("acknowledged by " + ", ".join(perp.acknowledged_by))
    return f"Perpetrator ({perp.status}): " + "; ".join(parts) + "." if parts else ""


def notes(event: Event, reviewed: tuple[str, ...] = ()) -> str:
    """Every source's figure and the perpetrator dispute, in one readable cell."""
    parts = [_figure_note("Killed", event.killed.by_source),
             _figure_note("Injured", event.injured.by_source),
             _perpetrator_note(event.perpetrator)]
    if event.disputes:
        parts.append("Disputed: " + "; ".join(d.summary for d in event.disputes) + ".")
    if reviewed:
        parts.append("Reviewed: " + ", ".join(reviewed) + ".")
    return " ".join(p for p in parts if p)


def lowest_credible(by_source: Mapping[str, int | str]) -> int:
    """ACLED's ``fatalities``: the lowest lower bound any source gave, 0 when none gave one."""
    lows = [f.min for f in source_figures(by_source).values() if f.min is not None]
    return min(lows) if lows else 0


def ucdp_deaths(by_source: Mapping[str, int | str]) -> tuple[int, int, int] | None:
    """(low, best, high) per the rule in the module docstring; None when no source gave a figure."""
    figs = list(source_figures(by_source).values())
    if not figs:
        return None
    low = min(f.min if f.min is not None else 0 for f in figs)
    high = max(f.max if f.max is not None else (f.min or 0) for f in figs)
    best = median_low([f.min if f.min is not None else (f.max or 0) for f in figs])
    return low, min(max(best, low), high), high


def _coord(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _sources_of(event: Event, articles: Mapping[str, ArticleInfo]) -> list[str]:
    """The outlets of the event's articles, in order, each once."""
    outlets = ((articles.get(a) or (None, None, None))[1] for a in event.article_ids)
    return list(dict.fromkeys(o for o in outlets if o))


def _records(source: Records | Ledger) -> Records:
    return LedgerRecords(source) if isinstance(source, Ledger) else source


def _feature(detail: Detail, reviewed: Mapping[str, Sequence[str]]) -> JsonDict | None:
    e = detail.event
    loc = e.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {
        "type": "Feature",
        "id": e.id,
        "geometry": {"type": "Point", "coordinates": [round(loc.lon, 6), round(loc.lat, 6)]},
        "properties": {
            "type": e.type, "date": e.date, "date_precision": e.date_precision,
            "place": loc.name, "country": loc.country, "place_precision": loc.precision,
            "perpetrator_status": e.perpetrator.status,
            "killed_min": e.killed.min, "killed_max": e.killed.max,
            "sources": len({c.source.name for c in detail.claims if c.event_id == e.id}),
            "articles": len(e.article_ids),
            "disputes": [d.summary for d in e.disputes],
            "reviewed": list(reviewed.get(e.id, ())),
        },
    }


def _unplaced(e: Event) -> bool:
    return e.location is None or e.location.lat is None or e.location.lon is None


def _geojson_members(records: Records) -> list[tuple[str, Any]]:
    features = (f for f in (_feature(d, records.reviewed) for d in records.event_details()) if f is not None)
    return [("type", "FeatureCollection"), ("features", Streamed(features)),
            ("unplaced", Streamed(e.id for e in records.events() if _unplaced(e)))]


def geojson(source: Records | Ledger) -> JsonDict:
    """The events as an RFC 7946 FeatureCollection (events without coordinates listed in
    ``unplaced``)."""
    return {k: list(v.items) if isinstance(v, Streamed) else v for k, v in _geojson_members(_records(source))}


def write_geojson(source: Records | Ledger, out: TextIO) -> None:
    """:func:`geojson` written feature by feature (indent 1, a trailing newline)."""
    write_object(out, _geojson_members(_records(source)), 1)
    out.write("\n")


def acled_rows(source: Records | Ledger) -> Iterator[list[object]]:
    records = _records(source)
    for d in records.event_details():
        e = d.event
        loc = e.location
        etype, sub = _ACLED_TYPE.get(e.type, ("", ""))
        yield [
            e.id, e.date or "", _year(e.date), _ACLED_TIME.get(e.date_precision, ""), etype, sub,
            actors(e.perpetrator), "", country_name(loc.country if loc else None), "",
            loc.name if loc else "",
            _coord(loc.lat if loc else None), _coord(loc.lon if loc else None),
            _ACLED_GEO.get(loc.precision, "") if loc else "",
            "; ".join(_sources_of(e, d.articles)), notes(e, tuple(records.reviewed.get(e.id, ()))),
            lowest_credible(e.killed.by_source),
        ]


def ucdp_rows(source: Records | Ledger) -> Iterator[list[object]]:
    for d in _records(source).event_details():
        e = d.event
        loc = e.location
        deaths = ucdp_deaths(e.killed.by_source)
        low, best, high = (None, None, None) if deaths is None else deaths
        yield [
            e.id, _year(e.date), actors(e.perpetrator), "", country_name(loc.country if loc else None),
            loc.name if loc else "",
            _coord(loc.lat if loc else None), _coord(loc.lon if loc else None),
            _UCDP_WHERE.get(loc.precision, "") if loc else "",
            e.date or "", e.date or "", _UCDP_DATE.get(e.date_precision, ""),
            low, best, high, len(e.article_ids), "; ".join(_sources_of(e, d.articles)),
        ]
