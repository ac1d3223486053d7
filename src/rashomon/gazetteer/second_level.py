"""Second-level units: the provinces, districts and prefectures ISO 3166-2 lists under a
first-level region (pycountry), such as Burkina Faso's 45 provinces ("Soum province") or
Uganda's districts.

The installed data have no boundaries or centres for them (GeoNames' cities500 carries no
admin2 code; pycountry has names and parents only, for 29 countries and none of Iraq's,
Sudan's, Mali's or Myanmar's second level), so a unit is placed at its first-level region's
centre, at region precision: the honest answer when an article names only "Soum province".
A unit is read only when a unit word follows its name ("Soum province", "Kasese district")
in an article that backs its country, so its names never compete with towns in running text.

A unit named after its seat town ("Kasese district", "Mandera county") is the unit, not the
town: the school attacked "in Kasese district" may be in any town of it. Such a unit is placed at
its town's point (a unit named after its seat lies around it; the installed data have no centre
of it), at region precision, so that a town of the unit another report names is inside it
(within the region radius) and outranks it (:meth:`SecondLevel.at_town`).
"""

from __future__ import annotations

import functools
from dataclasses import replace

import pycountry

from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.geonames import GeoIndex, GeoPlace
from rashomon.gazetteer.place_context import Candidate, PlaceContext
from rashomon.types import Location


@functools.cache
def units() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Light key of a second-level unit's name → (name, country, parent ISO code) of each unit
    so named (pycountry's subdivisions that have a parent)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for sub in pycountry.subdivisions:
        parent = getattr(sub, "parent_code", None)
        if parent:
            out.setdefault(name_key(sub.name), []).append((sub.name, sub.country_code, parent))
    return {k: tuple(v) for k, v in out.items()}


class SecondLevel:
    """Second-level units placed in their first-level regions of ``geo``."""

    def __init__(self, geo: GeoIndex) -> None:
        self._geo = geo
        self._regions: dict[str, GeoPlace] | None = None  # ISO code → region, built on first use

    def _region(self, iso: str) -> GeoPlace | None:
        if self._regions is None:
            self._regions = {p.iso: p for p, _ in self._geo.named() if p.kind == "region" and p.iso}
        return self._regions.get(iso)

    def candidate(self, name: str, ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        """The unit ``name`` names in a country the article backs (the best backed when
        several are), at its first-level region's centre; None when there is none. A parent
        that is itself a second-level unit is followed up to its region."""
        best: tuple[float, Candidate] | None = None
        for unit, country, parent in units().get(name_key(name), ()):
            share = ctx.share(country)
            if share <= 0:
                continue
            region = self._region(parent)
            while region is None and (up := _parent_of(parent)) is not None:
                parent, region = up, self._region(up)
            if region is None:
                continue
            loc = Location(unit, country, region.lat, region.lon, "region")
            cand = Candidate(loc, "region", "main", 0, region.admin1, "region")
            if best is None or share > best[0]:
                best = (share, cand)
        return (best[1], True) if best is not None else None


    def at_town(self, name: str, town: Candidate, first_level: bool = True) -> Candidate | None:
        """The unit ``name`` names where a unit noun follows it and the gazetteer read it as the
        town ``town``: a second-level unit of that name in the town's country (ISO 3166-2), or a
        first-level region of the index of that name there ("Mandera county", Kenya), at the
        town's point and region precision; None when the country has no unit of that name
        (Iraq's districts are in no installed list: "Tarmiyah district" stays the town).
        ``first_level``: whether the unit noun may name a first-level region ("county" in Kenya);
        "district" never does: "Homs district" is a district of the city, not Syria's Homs
        governorate around it (a blind probe's regression: the governorate's 150 km let a town
        of another governorate take the incident)."""
        loc, key = town.location, name_key(name)
        if loc.lat is None or loc.lon is None or not loc.country:
            return None
        unit = any(country == loc.country for _, country, _ in units().get(key, ())) or (first_level and any(
            hit.place.kind == "region" and hit.place.country == loc.country and not hit.loose
            for hit in self._geo.by_light(key)))
        if not unit:
            return None
        return Candidate(replace(loc, precision="region"), "region", "main", town.population, town.admin1, "region")


def _parent_of(code: str) -> str | None:
    sub = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    return getattr(sub, "parent_code", None) if sub is not None else None
