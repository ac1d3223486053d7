"""Stray alternate names: a distant foreign town named by a borrowed name is not the place.

GeoNames lists many names of a town besides its own: exonyms, old names, spellings of other
languages ("Boni" of Bonn, "Taliban" of a Turkish village). A word of an article that is only
such a name of a town far away is far more often a name of something else (a village the index
lacks, a person, a group) than that town. So a town is no place of an article when all of this
holds (:func:`stray`):

* it is named by another of its names (an alternate or loose one), not its main name nor a
  curated English spelling (those are ``main``: "Deir al-Balah");
* the article does not back it (no named country, region or nearby place does);
* the article names its country nowhere but through this mention (``share`` without it);
* the article backs other countries fully, and the town lies farther than ``FOREIGN_KM`` from
  every place of them and from every place the article names (its anchors); or it backs no
  country but names other places, all that far, and the town is no city of
  ``NAMED_POPULATION`` ("Mahas" with "Beledweyne" is no Jordanian village; "Kiev" with
  "Washington" stays Kyiv).

A town of a neighbouring country ("Kiev" in a story about Russia) or one near the story's
places stays: the rule drops only towns across a continent from everything the article says.
"""

from __future__ import annotations

from collections.abc import Callable

from rashomon.config import setting
from rashomon.gazetteer.geonames import NAMED_POPULATION
from rashomon.gazetteer.place_context import Candidate, PlaceContext, haversine_km

FOREIGN_KM: float = setting("gazetteer.place_foreign", "foreign_km")  # data/settings.toml

KmToCountry = Callable[[str, float, float], float]  # GeoIndex.km_to_country


def stray(cand: Candidate, ctx: PlaceContext, key: str, km_to_country: KmToCountry) -> bool:
    """Whether ``cand`` (a candidate the article does not back, for the mention of light key
    ``key``) is a distant foreign town named by a borrowed name (see the module)."""
    loc = cand.location
    if cand.source != "town" or cand.form not in ("alternate", "loose") or loc.lat is None or loc.lon is None:
        return False
    if ctx.share(loc.country, key) > 0.0:
        return False  # its country is named (or another of its places is)
    backed = [c for c in ctx.countries if c != loc.country and ctx.share(c) >= 1.0]
    anchors = [a for a in ctx.anchors if a.key != key]
    if not backed and (not anchors or cand.population >= NAMED_POPULATION):
        # the article says nothing of where it is (nothing to be far from); or only other
        # places, and this is a city known by several names ("Kiev" with "Washington")
        return False
    lat, lon = loc.lat, loc.lon
    if any(haversine_km(lat, lon, a.lat, a.lon) <= FOREIGN_KM for a in anchors):
        return False
    return all(km_to_country(c, lat, lon) > FOREIGN_KM for c in backed)
