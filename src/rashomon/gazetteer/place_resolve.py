"""Resolving a span that names a place ("al-Harra, southeast of Albu Kamal", "Homs
province", "the Albu Kamal border area", "Pakistan's Tirah valley") to one :class:`Location`.

:class:`PlaceResolve` is the part of :class:`~rashomon.gazetteer.places.PlaceGazetteer` that
reads a phrase: its parts (an address's finer place inside its coarser ones), frame words
("the town of", "10 km southeast of"), region, direction, site and border forms, and an owner
country ("Pakistan's"); the gazetteer provides the lookups (``_choose``, ``candidates``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rashomon.gazetteer.geonames import GeoIndex
from rashomon.gazetteer.place_context import Candidate, PlaceContext, distance_km
from rashomon.gazetteer.place_foreign import TWIN_KM
from rashomon.gazetteer.place_hits import finest_first, holds, with_country, with_location
from rashomon.gazetteer.place_owner import pinned
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

_NAME_START = re.compile(r"(?:[a-z]{1,3}[-‐])?[A-Z0-9]")  # "Palmyra", "al-Qaim", "T-4"
_PLACE_NOUNS = lexicon_words("places.yaml", "place_nouns")  # "Nahrawan town"
_OWNER = re.compile(r"((?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*)['’]s\b")  # "Pakistan's", "South Sudan's"


class PlaceResolve:
    """Phrases to places; mixed into the gazetteer, which provides the lookups."""

    _geo: GeoIndex
    _region_area_km: float  # gazetteer.places' region_radius_km (data/settings.toml), read there
    _frame_words: frozenset[str]
    _directions: frozenset[str]
    _site_words: frozenset[str]
    _region_words: frozenset[str]

    if TYPE_CHECKING:  # the gazetteer and its other parts provide these (stubs would shadow them)
        def candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
            raise NotImplementedError

        def _choose(self, name: str, ctx: PlaceContext, *, fuzzy: bool = False,
                    regions_first: bool = False, marked: bool = False) -> tuple[Candidate, bool] | None:
            raise NotImplementedError

        def organisation(self, name: str, *, near: bool = False) -> bool:
            raise NotImplementedError

        def organisation_town(self, name: str) -> bool:
            raise NotImplementedError

        def direction_region(self, name: str, ctx: PlaceContext) -> tuple[Candidate, bool] | None:
            raise NotImplementedError

    def resolve(self, text: str, *, country_hint: str | None = None,
                context: PlaceContext | None = None) -> Location | None:
        """The place a span names, or None.

        ``context`` (see :meth:`context`) tells same-named places apart; ``country_hint``
        (ISO alpha-2) adds one country to it. "al-Harra, southeast of Albu Kamal" resolves its
        first resolvable part (al-Hari); "Homs province" and "eastern Syria" give precision
        "region"; "Nahrawan town, Diyala governorate" gives the finest part that lies in the
        coarser one. Every part is tried exactly before any is tried fuzzily.
        """
        if self.organisation(text) and not self.organisation_town(text):
            return None  # "Hamas", "the American military": no part of it is a place either
        ctx = with_country(context or PlaceContext(), country_hint)
        owner = self._owner_country(text, ctx)  # "Pakistan's Tirah valley": in Pakistan
        ctx = with_country(ctx, owner.country if owner is not None else None)
        parts = [p for p in re.split(r"\s*[,;(]\s*|\)", text) if p.strip()]
        for fuzzy in (False, True):
            found = [loc for part in parts if (loc := self._resolve_part(part, ctx, fuzzy)) is not None]
            if not found:
                continue
            coarse = [loc for loc in found if loc.precision in ("region", "country")]
            if coarse and len(found) > 1:
                # the coarser parts back the finer ones: "X district, Y province"
                local = with_location(ctx, coarse[-1], self._admin1_of(coarse[-1]))
                found = [loc for part in parts
                         if (loc := self._resolve_part(part, local, fuzzy)) is not None] or found
            if owner is not None:
                found.append(owner)
            return finest_first(found, self._inside, self._twin)
        return owner

    def _inside(self, coarse: Location, loc: Location) -> bool:
        """Whether a region or country holds a finer place (:func:`~.place_hits.holds`, with
        the first-level units of the region and of the place)."""
        unit = self._admin1_of(coarse)
        if unit is None or distance_km(coarse, loc) <= self._region_area_km:
            return holds(coarse, loc, unit)
        units = {c.admin1 for c in self.candidates(loc.name, skeleton=False)
                 if c.location.lat == loc.lat and c.location.lon == loc.lon and c.admin1}
        return holds(coarse, loc, unit, units.pop() if len(units) == 1 else None)

    def twin(self, loc: Location, country: str) -> bool:
        """Whether a place lies within ``TWIN_KM`` of a place of ``country`` (a border town
        whose other half that country may hold): the extract stage's question."""
        return self._twin(loc, country)

    def _twin(self, loc: Location, country: str) -> bool:
        """Whether a place lies within ``TWIN_KM`` of a place of ``country``: a border town
        whose twin across the border that country may be."""
        return loc.lat is not None and loc.lon is not None and \
            self._geo.km_to_country(country, loc.lat, loc.lon) <= TWIN_KM

    def _owner_country(self, text: str, ctx: PlaceContext) -> Location | None:
        """The country a span names as the owner of a place the gazetteer lacks: "Pakistan's
        Khyber region", "Armenia's Syunik province" (when the province were unknown) are in
        that country at least, whatever the rest is."""
        for m in _OWNER.finditer(text):
            chosen = self._choose(m.group(1), ctx)
            if chosen is not None and chosen[0].source == "country":
                return chosen[0].location
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
                        distance_km(c.location, loc) <= self._region_area_km:
                    return c.admin1
        return None

    def _resolve_part(self, part: str, ctx: PlaceContext, fuzzy: bool) -> Location | None:
        tokens = part.split()
        loc = self._resolve_phrase(tokens, ctx, fuzzy) or \
            self._resolve_phrase(self._strip_frame(tokens), ctx, fuzzy)
        if ctx.pinned:  # "Koya" where the article wrote "the town of Koya" (place_owner)
            pin = pinned(ctx, " ".join(self._strip_frame(tokens)),
                         None if loc is None else (Candidate(loc, "town", "main"), True))
            loc = pin[0].location if pin is not None else None
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

    def _resolve_phrase(self, words_: list[str], ctx: PlaceContext, fuzzy: bool = False,
                        marked: bool = False) -> Location | None:
        """A phrase without leading frame words: exact, then region, direction, site and
        border forms; ``fuzzy`` allows near misses of the whole phrase; ``marked``: a place
        noun followed it ("Karma town")."""
        if not words_:
            return None
        chosen = self._choose(" ".join(words_), ctx, fuzzy=fuzzy, marked=marked)
        if chosen is not None:
            return chosen[0].location
        last, first = words_[-1].lower(), words_[0].lower()
        if last in self._region_words and len(words_) > 1:
            direction = self.direction_region(" ".join(words_[:-1]), ctx)  # "the East region"
            if direction is not None:
                return direction[0].location
            region = self._choose(" ".join(words_[:-1]), ctx, regions_first=True)
            # a region the article does not back only by its written name, and only when the
            # article backs no country: "Nara district" in Mali is the Malian town's district
            if region is not None and region[0].source == "region" and (region[1] or (
                    region[0].form in ("main", "alternate") and not any(ctx.share(c) >= 1.0 for c in ctx.countries))):
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
            return self._resolve_phrase(words_[:-1], ctx, fuzzy, marked=last in _PLACE_NOUNS)
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
