"""Places derived from geocoded incident records: villages that no GeoNames file holds.

cities500 (the place index, :mod:`.geonames`) holds the towns of 500 people and more; news of
a war names the villages around them ("Albu Hayat", "Saba al-Bor"). A set of geocoded incident
records names such villages with their coordinates, and many records naming one village agree
on where it is. ``tools/make_incident_places.py`` turns such records into
``data/incident_places.tsv`` with the rules of this module:

1. the record's place name loses words that only say what kind of place it is ("Hawijah
   district" is Hawijah: ``describes``); a name the record does not know ("Unknown") is none;
2. records are grouped by the name's transliteration skeleton (:func:`~.fold.place_key`:
   "Sharawin" and "Sharwin" are one village), country and first-level region (two villages of
   one name lie in two governorates); the group is written under its most frequent spelling;
3. the group's place is the median of its records' latitudes and of their longitudes (a
   stray record does not move it); a group whose records lie typically more than
   ``SPREAD_KM`` from that point names an area or several places, and is dropped;
4. a name shorter than ``MIN_LETTERS`` letters (without a leading article) or that is a word (``is_word``: the
   gazetteer's ``not_places``, generic place words, English words, given names) is kept
   ``marked``: it is a place only where the text itself marks it as one ("Karma town", "the
   village of Rashad", "Zab, Kirkuk": :mod:`.place_marks`), since as a bare word it is more
   often a word or a person ("karma", "Bashir said") than the village;
5. a name the gazetteer already places within ``SAME_PLACE_KM`` in the same country (GeoNames,
   the supplement, or a region of that name) is dropped: the file adds only what GeoNames lacks;
6. two groups of one name and country whose points lie within ``SPREAD_KM`` of each other are
   one village its records give two regions: the group of fewer records is dropped (a record
   coding the Walid border crossing of Anbar as "Nineveh" would put the crossing in Nineveh,
   500 km away, for any text naming "Walid, Nineveh"). Two groups far apart stay two villages.

The loaded places are towns of no population (:mod:`.place_data`): they never stand on their
own, only where the article backs their country, and any GeoNames place of the name wins
over them when the evidence is equal (population).
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rashomon.config import setting
from rashomon.errors import ConfigError
from rashomon.gazetteer.fold import ARTICLES, fold, place_key
from rashomon.gazetteer.place_context import haversine_km

FILE = "incident_places.tsv"  # in rashomon.data
KIND = "incident"  # the Candidate.kind of a place of the file
COLUMNS = ("name", "admin1", "country", "lat", "lon", "rows", "source", "marked")
OLD_COLUMNS = COLUMNS[:-1]  # a file written before ``marked`` (every place usable unmarked)
SPREAD_KM: float = setting("gazetteer.incidents", "spread_km")  # data/settings.toml
SAME_PLACE_KM: float = setting("gazetteer.incidents", "same_place_km")  # data/settings.toml
MIN_LETTERS: int = setting("gazetteer.incidents", "min_letters")  # data/settings.toml
UNKNOWN = frozenset({"unknown", ""})


@dataclass(frozen=True, slots=True)
class Incident:
    """One geocoded record: the place it names, its region and country, its coordinates."""

    name: str
    region: str  # first-level region as the record writes it ("Saladin", "Al Anbar")
    country: str  # ISO 3166 alpha-2
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class IncidentPlace:
    """A row of ``incident_places.tsv``."""

    name: str
    admin1: str  # the GeoNames admin1 key of its region ("IQ.01"), "" if none matched
    country: str
    lat: float
    lon: float
    rows: int  # records behind it
    source: str  # where the records come from ("gtd-iraq-incidents@cab13f4")
    marked: bool = False  # a word, a given name or short: a place only where the text marks it as one


def place_name(written: str, describes: Callable[[str], bool]) -> str:
    """The place a record names, without closing words that describe it ("Tikrit district")."""
    words = written.split()
    while len(words) > 1 and describes(words[-1]):
        words.pop()
    return " ".join(words)


def core_name(name: str) -> str:
    """A name without its leading Arabic article ("Az-Zab" -> "Zab", "Al-Bah" -> "Bah"): the
    text may write it without, so its length is that of the rest."""
    words = re.split(r"[\s\-‐]+", name.strip())
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in ARTICLES else name


def median_point(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    pts = list(points)
    return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)


def spread_km(points: Iterable[tuple[float, float]], centre: tuple[float, float]) -> float:
    """The median distance of ``points`` from ``centre``: how far a typical record lies."""
    return statistics.median(haversine_km(centre[0], centre[1], lat, lon) for lat, lon in points)


def derive(incidents: Iterable[Incident], *, source: str, describes: Callable[[str], bool],
           is_word: Callable[[str], bool], known_near: Callable[[str, str, float, float], bool],
           admin1_of: Callable[[str, str, float, float], str | None]
           ) -> tuple[list[IncidentPlace], Counter[str]]:
    """The places of ``incidents`` (rules 1-6 of the module) sorted by country, region and
    name, and how many groups each rule dropped (or kept ``marked``). ``known_near(name, country, lat, lon)``: the
    gazetteer already has the place; ``admin1_of(region, country, lat, lon)``: the admin1
    key of the region the records name (the one nearest the place if several share the name)."""
    groups: dict[tuple[str, str, str], list[tuple[str, float, float]]] = {}
    dropped: Counter[str] = Counter()
    for inc in incidents:
        name = place_name(inc.name, describes)
        if fold(name).strip() in UNKNOWN or not place_key(name):
            dropped["records without a name"] += 1
            continue
        key = (place_key(name), inc.country, fold(inc.region).strip())
        groups.setdefault(key, []).append((name, inc.lat, inc.lon))
    out: list[IncidentPlace] = []
    for (_, country, region), members in sorted(groups.items()):
        spellings = Counter(m[0] for m in members)
        name = min(spellings, key=lambda s: (-spellings[s], s))
        points = [(lat, lon) for _, lat, lon in members]
        lat, lon = median_point(points)
        short = sum(ch.isalpha() for ch in core_name(name)) < MIN_LETTERS
        if spread_km(points, (lat, lon)) > SPREAD_KM:
            dropped["spread"] += 1
        elif known_near(name, country, lat, lon):
            dropped["gazetteer has it"] += 1
        else:
            marked = short or is_word(name)
            if marked:
                dropped["kept marked (short, word or given name)"] += 1
            admin1 = admin1_of(region, country, lat, lon) or ""
            out.append(IncidentPlace(name, admin1, country, round(lat, 4), round(lon, 4), len(members), source,
                                     marked))
    out = _one_region_each(out, dropped)
    out.sort(key=lambda p: (p.country, p.admin1, place_key(p.name), p.name))
    return out, dropped


def _one_region_each(places: list[IncidentPlace], dropped: Counter[str]) -> list[IncidentPlace]:
    """Rule 6: of the groups of one name and country lying within ``SPREAD_KM`` of one another,
    the one of most records (then the first in the file's order) only."""
    ranked = sorted(places, key=lambda p: (-p.rows, p.country, p.admin1, place_key(p.name), p.name))
    kept: list[IncidentPlace] = []
    for p in ranked:
        if any(k.country == p.country and place_key(k.name) == place_key(p.name)
               and haversine_km(k.lat, k.lon, p.lat, p.lon) <= SPREAD_KM for k in kept):
            dropped["one village under two regions"] += 1
            continue
        kept.append(p)
    return kept


def to_tsv(places: Iterable[IncidentPlace], header: Iterable[str] = ()) -> str:
    """The file's text: ``#`` comment lines, the column names, one row per place."""
    buf = io.StringIO()
    for line in header:
        buf.write(f"# {line}".rstrip() + "\n")
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in places:
        writer.writerow([p.name, p.admin1, p.country, f"{p.lat:.4f}", f"{p.lon:.4f}", p.rows, p.source,
                         int(p.marked)])
    return buf.getvalue()


def _flag(value: str | None) -> bool:
    """A ``marked`` cell: "1" or "0" (absent: 0)."""
    if value is None or value.strip() in ("", "0"):
        return False
    if value.strip() == "1":
        return True
    raise ValueError(f"marked must be 0 or 1, not {value!r}")


def read_tsv(text: str, origin: str = FILE) -> list[IncidentPlace]:
    """The places of a file written by :func:`to_tsv` (``#`` lines are comments); a file
    without the ``marked`` column has every place unmarked."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    if not lines or tuple(reader.fieldnames or ()) not in (COLUMNS, OLD_COLUMNS):
        raise ConfigError(f"{origin}: the header must be {' '.join(COLUMNS)} (tab-separated)")
    out = []
    for n, row in enumerate(reader, start=2):
        try:
            out.append(IncidentPlace(row["name"].strip(), row["admin1"].strip(), row["country"].strip(),
                                     float(row["lat"]), float(row["lon"]), int(row["rows"]), row["source"].strip(),
                                     _flag(row.get("marked"))))
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{origin}: bad row {n}: {exc}") from None
        if not out[-1].name or not out[-1].country:
            raise ConfigError(f"{origin}: row {n} has no name or country")
    return out
