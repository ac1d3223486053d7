"""What an article says about where it is, and how same-named places are told apart by it.

The evidence is weighed in the order Mordecai 3 uses, with rules and data instead of a
trained ranker:

1. the countries and regions the article names ("Libya", "Tigray region", "Diyala
   governorate");
2. the parties it names, by their nationality words ("the Libyan National Army", "Afghan
   police": ``data/demonyms.yaml``);
3. the other places it names, by distance (a candidate near an unambiguous place of the
   article);
4. population, and whether the name is the place's main name or an alternate one.

:class:`PlaceContext` holds 1-3 for one article; :func:`score` ranks one candidate with it.
A candidate is *supported* when 1-3 back it: a candidate without support must be known
enough to stand on its own (see :mod:`rashomon.gazetteer.places`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.gazetteer.fold import strip_marks
from rashomon.types import Location

# A town the article does not back is a place in running text only if it is at least this
# big (the size of GeoNames' cities15000, the old closed world): a village named like a word,
# a surname or a place elsewhere is not the place the article means.
STANDALONE_POPULATION: int = setting("gazetteer.place_context", "standalone_population")  # data/settings.toml
# Score weights. The order of evidence is encoded by their size: a country the article names
# outweighs a named region, which outweighs nearness to another place, which outweighs name
# form and population together (each of those terms is at most 1).
W_COUNTRY: float = setting("gazetteer.place_context", "w_country")  # data/settings.toml
W_REGION: float = setting("gazetteer.place_context", "w_region")  # data/settings.toml
W_NEAR: float = setting("gazetteer.place_context", "w_near")  # data/settings.toml
W_NAME: float = setting("gazetteer.place_context", "w_name")  # data/settings.toml
W_POPULATION: float = setting("gazetteer.place_context", "w_population")  # data/settings.toml
# prominence of a place called by its main name: nothing below 10^5 people, W_PROMINENT from
# 10^6.5 (3.2M; Kabul, 4.4M, holds against an alternate name in a country the article names)
W_PROMINENT: float = setting("gazetteer.place_context", "w_prominent")  # data/settings.toml
PROMINENT_FROM: float = setting("gazetteer.place_context", "prominent_from")  # data/settings.toml
PROMINENT_SPAN: float = setting("gazetteer.place_context", "prominent_span")  # data/settings.toml
COUNTRY_SATURATION: float = setting("gazetteer.place_context", "country_saturation")  # data/settings.toml
COUNTRY_RELATIVE: float = setting("gazetteer.place_context", "country_relative")  # data/settings.toml
SUPPORTED: float = W_COUNTRY * setting("gazetteer.place_context", "supported_share")  # data/settings.toml
NEAR_KM: float = setting("gazetteer.place_context", "near_km")  # data/settings.toml
FAR_KM: float = setting("gazetteer.place_context", "far_km")  # data/settings.toml
POPULATION_SCALE: float = setting("gazetteer.place_context", "population_scale")  # data/settings.toml
# the tuned parts of these tables are in data/settings.toml; 1.0 and 0.0 are the ends of a term
KIND_BONUS: dict[str, float] = {
    "supplement": setting("gazetteer.place_context", "kind_bonus_supplement"),
    "country": setting("gazetteer.place_context", "kind_bonus_country"), "region": 0.0, "town": 0.0}
# name form: main name as written, an alternate, an alternate with apostrophes (often a
# borrowed form: "Slov'iansk" of Nikopol), a name that only shares the skeleton
NAME_FORM: dict[str, float] = {
    "main": 1.0, "alternate": setting("gazetteer.place_context", "name_form_alternate"),
    "loose": setting("gazetteer.place_context", "name_form_loose"), "skeleton": 0.0}
OTHER_FORM_SUPPORT: float = setting("gazetteer.place_context", "support_form_other")  # data/settings.toml
SUPPORT_FORM: dict[str, float] = {"main": 1.0, "alternate": OTHER_FORM_SUPPORT, "loose": OTHER_FORM_SUPPORT,
                                  "skeleton": OTHER_FORM_SUPPORT}


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place the article names without ambiguity, by the light key of its mention."""

    key: str
    lat: float
    lon: float
    country: str = ""
    backs: float = 0.0  # the weight it added to its country's evidence
    local: bool = False  # a town or site of fewer than NAMED_POPULATION people: where a story is, not a capital


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """Article-level evidence: country weights, named regions (admin1 keys), anchors."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1s: frozenset[str] = frozenset()
    anchors: tuple[Anchor, ...] = ()
    # light keys of names the article writes as a first-level unit ("Sagaing region") and
    # never as a town ("Sagaing town", "the city of Sagaing"): the bare name is the region there
    as_regions: frozenset[str] = frozenset()
    # light keys of names the article pins to one place ("Iraq's Kurdistan region", "the town
    # of Koya"): the bare name elsewhere in it is that place (:mod:`.place_owner`)
    pinned: dict[str, Candidate] = field(default_factory=dict)
    # light keys of names the article writes as a part of a town ("Lido beach", "the Bakara
    # market"): the bare name elsewhere in it is that part, not a same-named town abroad
    sites: frozenset[str] = frozenset()
    # the town of the dateline ("MOGADISHU - ..."): no vote and no backing of its country (a
    # foreign bureau's capital is often no place of the story), but the town a site of the story
    # lies in when the text names no other ("the attack on Lido beach": :mod:`.place_site`)
    dateline: Anchor | None = None
    # light keys of names the article marks as a local town ("the town of Palma", "Kani
    # township") that the gazetteer has only as a namesake far abroad (place_foreign.marked_stray):
    # every mention of the name in the article is that local town, none the namesake, and none
    # backs the namesake's country
    strays: frozenset[str] = frozenset()

    @classmethod
    def of_country(cls, country: str | None) -> PlaceContext:
        return cls({country: 1.0}) if country else cls()

    def share(self, country: str | None, key: str = "") -> float:
        """How well the article backs a country (0-1): fully when it is named (it or its
        people) at least once and at least COUNTRY_RELATIVE as often as the article's most
        named country; a country is named as a party as often as as a place, so naming one
        somewhat more often than another says little, but one mention of the United States in
        an article about Syria does not make a US village the place of "Tomahawk missiles".

        With ``key`` (a mention's light key) the evidence that mention itself added as an
        anchor is left out: a town known on its own backs its country for the other places of
        the article, not for itself ("Tanta" in an article about Iraq is not backed by Egypt
        because it names Tanta)."""
        if not country or not self.countries:
            return 0.0
        bar = max(COUNTRY_SATURATION, COUNTRY_RELATIVE * max(self.countries.values()))
        own = sum(a.backs for a in self.anchors if a.key == key and a.country == country) if key else 0.0
        return min(1.0, max(0.0, self.countries.get(country, 0.0) - own) / bar)

    def nearness(self, loc: Location, key: str) -> float:
        """1 within NEAR_KM of an anchor other than the mention itself, 0 beyond FAR_KM."""
        if loc.lat is None or loc.lon is None:
            return 0.0
        best = 0.0
        for a in self.anchors:
            if a.key == key:
                continue
            d = distance_km(loc, Location("", lat=a.lat, lon=a.lon))
            best = max(best, 1.0 if d <= NEAR_KM else max(0.0, (FAR_KM - d) / (FAR_KM - NEAR_KM)))
        return best


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a mention may name."""

    location: Location
    source: str  # supplement | country | region | town
    form: str  # a key of NAME_FORM
    population: int = 0
    admin1: str | None = None
    kind: str = "town"  # the supplement's kind (base, camp, ...) or the source


def support(c: Candidate, ctx: PlaceContext, key: str) -> float:
    """How much the article's evidence backs ``c`` (0: not at all), discounted for names that
    are not the place's main name (an article full of "U.S." does not make "Kabul" the
    village of Cabool, Missouri, whose alternate name it is)."""
    s = W_COUNTRY * ctx.share(c.location.country, key)
    if c.admin1 and c.admin1 in ctx.admin1s:
        s += W_REGION
    s += W_NEAR * ctx.nearness(c.location, key)
    # the supplement's variants are curated spellings, not borrowed names
    return s if c.source == "supplement" and c.form != "skeleton" else s * SUPPORT_FORM[c.form]


def score(c: Candidate, ctx: PlaceContext, key: str) -> float:
    pop = 0.0
    if c.source == "town" and c.population > 0:
        logp = math.log10(c.population)
        pop = W_POPULATION * min(1.0, logp / POPULATION_SCALE)
        if c.form == "main":  # a city known worldwide stands against a named country's village
            pop += W_PROMINENT * min(1.0, max(0.0, (logp - PROMINENT_FROM) / PROMINENT_SPAN))
    elif c.source == "region" and c.population > 0 and c.form == "main":
        # a first-level region by its main name weighs its people as a town does (no
        # prominence): "Arizona" is the US state of 7M, not a Honduran town of 20k
        pop = W_POPULATION * min(1.0, math.log10(c.population) / POPULATION_SCALE)
    elif c.source == "supplement":
        pop = 0.7
    return support(c, ctx, key) + W_NAME * NAME_FORM[c.form] + pop + KIND_BONUS[c.source]


def best(cands: list[Candidate], ctx: PlaceContext, key: str) -> tuple[Candidate, bool] | None:
    """The best candidate and whether the article supports it.

    Names spelled as written (main or alternate names) beat names that only share the
    skeleton ("Uman" is the Ukrainian town, not Oman), unless only a skeleton twin is backed
    by the article ("Tajoura" in an article about Libya is Tājūrā’).
    """
    if not cands:
        return None
    backed = [c for c in cands if support(c, ctx, key) >= SUPPORTED]
    spelled = [c for c in cands if c.form != "skeleton"]
    pool = [c for c in spelled if c in backed] or _over_smaller_twins(backed, spelled) or \
        backed or spelled or cands
    top = max(pool, key=lambda c: score(c, ctx, key))
    return top, support(top, ctx, key) >= SUPPORTED


def _over_smaller_twins(backed: list[Candidate], spelled: list[Candidate]) -> list[Candidate]:
    """Towns known on their own by the name as written (main name, ``STANDALONE_POPULATION``
    people) when the article backs only smaller towns that merely share the skeleton: the
    border town "Myawaddy" (Myanmar) in a story about Thailand is not a Thai village spelled
    "Moeiwadi" 600 km away. Empty when a backed twin is as big (then the article's country
    decides: "Tajoura" in a story about Libya)."""
    known = [c for c in spelled if c.source == "town" and c.form == "main"
             and c.population >= STANDALONE_POPULATION]
    if not known or not backed or any(c.form != "skeleton" or c.source != "town" for c in backed):
        return []
    biggest = max(c.population for c in backed)
    return [c for c in known if c.population > biggest]


def add_country(countries: dict[str, float], code: str | None, weight: float = 1.0) -> None:
    """Count one more piece of evidence for a country in an article's country weights
    (``PlaceContext.countries`` while it is built): a mention of it or its people (1.0, or a
    share of it), a region or curated place of it, an anchor's backing. A place without a
    country counts under "" (dropped when the context is made)."""
    key = code or ""
    countries[key] = countries.get(key, 0.0) + weight


EARTH_RADIUS_KM = 6371.0088  # physical constant: mean Earth radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in km between two points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Location, b: Location) -> float:
    """Great-circle distance in km; ``inf`` when a coordinate is missing."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, ...]]:
    """Nationality words, lower case, words separated by one space -> ISO codes
    ("libyans" -> ("LY",), "south sudanese" -> ("SS",))."""
    data = load_data("demonyms.yaml")
    return {" ".join(strip_marks(str(word)).lower().split()): tuple(codes)
            for word, codes in (data.get("demonyms") or {}).items() if codes}
