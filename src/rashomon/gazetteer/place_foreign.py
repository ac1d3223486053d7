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

import re
from collections.abc import Callable
from dataclasses import replace

from rashomon.config import setting
from rashomon.gazetteer.fold import strip_marks
from rashomon.gazetteer.geonames import NAMED_POPULATION
from rashomon.gazetteer.place_context import Candidate, PlaceContext, demonyms, haversine_km
from rashomon.gazetteer.place_marks import mark_at

FOREIGN_KM: float = setting("gazetteer.place_foreign", "foreign_km")  # data/settings.toml
TWIN_KM: float = setting("gazetteer.place_foreign", "twin_km")  # data/settings.toml

KmToCountry = Callable[[str, float, float], float]  # GeoIndex.km_to_country


def stray(cand: Candidate, ctx: PlaceContext, key: str, km_to_country: KmToCountry, *,
          marked: bool = False) -> bool:
    """Whether ``cand`` (a candidate the article does not back, for the mention of light key
    ``key``) is a distant foreign town named by a borrowed name (see the module); ``marked``:
    by any name, when the text calls the name a village, town or township ("Kani township" in
    a story about Myanmar is no Japanese city: a reader is told what kind of place an unknown
    local place is, not a city of another continent)."""
    loc = cand.location
    if cand.source != "town" or (cand.form not in ("alternate", "loose") and not marked) or \
            loc.lat is None or loc.lon is None:
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


def marked_stray(cand: Candidate, supported: bool, ctx: PlaceContext, key: str, km_to_country: KmToCountry,
                 where: tuple[str, int, int]) -> bool:
    """Whether an unbacked town named at ``where`` (the text, the name's start and end) with a
    place noun ("Kani township", "the village of Kani") is a stray of the article
    (:func:`stray` with ``marked``)."""
    return not supported and cand.source == "town" and mark_at(*where).noun and \
        stray(cand, ctx, key, km_to_country, marked=True)


def far_from_story(cand: Candidate, supported: bool, ctx: PlaceContext, key: str, km_to_country: KmToCountry) -> bool:
    """Whether an unbacked town lies farther than FOREIGN_KM from the country the article backs
    most, its own country named nowhere but by this name: read with a place noun ("the town of
    Palma" in a story about Mozambique that also names a French company), a local town the
    gazetteer lacks, whatever other countries the article names as parties."""
    loc = cand.location
    if supported or cand.source != "town" or loc.lat is None or loc.lon is None or not ctx.countries:
        return False
    if ctx.share(loc.country, key) > 0.0:
        return False
    top = max(ctx.countries, key=lambda c: ctx.countries[c])
    return top != loc.country and ctx.share(top) >= 1.0 and km_to_country(top, loc.lat, loc.lon) > FOREIGN_KM


# the text says a town is on a border: "the border town of Moyale", "Moyale, on the Kenyan
# border", "Kurmuk, near the border" (the word before "border", if any, may name the far side)
_BORDER_TOWN_OF = re.compile(r"\bborder[ \t]+(?:town|city|village|post)[ \t]+of[ \t]+$", re.IGNORECASE)
_ON_BORDER = re.compile(r",?[ \t]+(?:on|near|at|along|by)[ \t]+the[ \t]+(?:([A-Z][\w\-]*)[ \t]+)?"
                        r"(?:border|frontier)\b")


def across_border(cand: Candidate, ctx: PlaceContext, key: str, km_to_country: KmToCountry,
                  where: tuple[str, int, int], far_side: Callable[[str], set[str]]) -> Candidate | None:
    """The town across the border from ``cand`` when the text says the town is on a border
    and the article is about the other side: a border town GeoNames knows on one side only
    ("Moyale" is Kenya's; Ethiopia has its own Moyale across the line; "Kurmuk" is Sudan's and
    Ethiopia's). It is taken in the one country the article backs fully when the article does
    not name the town's own country, that country is not the far side the text names ("on the
    Kenyan border"), and it has places within ``TWIN_KM``. ``far_side`` reads the country
    codes of a word ("Kenyan", "Kenya")."""
    loc = cand.location
    if cand.source != "town" or loc.lat is None or loc.lon is None or not loc.country:
        return None
    text, start, end = where
    after = _ON_BORDER.match(text, end)
    if after is None and not _BORDER_TOWN_OF.search(text, max(0, start - 30), start):
        return None  # not said on a border (:func:`said_on_border`, its first test made here)
    if ctx.share(loc.country, key) > 0.0:
        return None
    backed = [c for c in ctx.countries if c != loc.country and ctx.share(c) >= 1.0]
    if len(backed) != 1:
        return None
    if after is not None and after.group(1) and backed[0] in far_side(after.group(1)):
        return None  # "Myawaddy, on the Thai border" in a story told from Thailand: Myanmar's
    if km_to_country(backed[0], loc.lat, loc.lon) > TWIN_KM:
        return None
    return replace(cand, location=replace(loc, country=backed[0]), admin1=None)


def said_on_border(text: str, start: int, end: int) -> bool:
    """Whether the text says the name at ``start``-``end`` is on a border ("the border town of
    X", "X, on the Kenyan border"): a cheap test made before any lookup."""
    return bool(_ON_BORDER.match(text, end) or _BORDER_TOWN_OF.search(text, max(0, start - 30), start))


def far_side_codes(word: str, country_of: Callable[[str], str | None]) -> set[str]:
    """The countries a word before "border" names: a people word ("Kenyan") or a country's
    name ("Kenya": ``country_of``)."""
    codes = set(demonyms().get(strip_marks(word).lower(), ()))
    code = country_of(word)
    return codes | ({code} if code else set())
