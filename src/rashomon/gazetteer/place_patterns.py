"""EntityRuler patterns for places: what the spaCy NER is told is a place before it runs.

Not every indexed name becomes a pattern (235k places would slow loading and label words such
as "Man" or "Of" as places): supplement sites, countries, first-level regions and towns of at
least :data:`~rashomon.gazetteer.geonames.NAMED_POPULATION` people. Supplement and country
names match case-insensitively (token patterns on LOWER); region and town names only as
GeoNames writes them (ORTH), so "a man" is never Man (Côte d'Ivoire). Names that are English
words or given names (``not_places``) are left out; the resolver still finds them in context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

from rashomon.config import setting
from rashomon.gazetteer.fold import name_key, spacy_tokens, strip_marks
from rashomon.gazetteer.geonames import GeoIndex
from rashomon.types import Location

_FAC_KINDS = frozenset({"base", "airport", "crossing", "hospital", "site", "port", "station"})
_PATTERN_LABEL = {"region": "LOC", "exact": "FAC"}
# towns this big get their alternate names as patterns too (~520 towns; their exonyms are
# the ones English news uses: "Kiev", "Aleppo"); smaller towns only their main name
ALTERNATES_POPULATION: int = setting("gazetteer.place_patterns", "alternates_population")  # data/settings.toml


class _Small(Protocol):
    @property
    def location(self) -> Location: ...
    @property
    def source(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def names(self) -> tuple[str, ...]: ...


def _usable(name: str, source: str, not_places: frozenset[str], case_sensitive: frozenset[str],
            generic: frozenset[str], case_keys: frozenset[str]) -> bool:
    if name in case_sensitive:
        return True
    light = name_key(name)
    if len(light) < 3 or light in not_places or light in case_keys:
        return False
    letters = strip_marks(name).replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 4 and source != "country":
        return False
    return not all(w.lower() in generic for w in re.split(r"[\s\-]+", name) if w)


def place_patterns(small: Iterable[_Small], geo: GeoIndex, not_places: frozenset[str],
                   case_sensitive: frozenset[str], generic: frozenset[str]) -> list[dict[str, Any]]:
    """GPE for towns and countries, LOC for regions, FAC for sites; ``id`` is the canonical
    name."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    case_keys = frozenset(name_key(c) for c in case_sensitive)

    def add(label: str, name: str, ident: str, attr: str) -> None:
        toks = spacy_tokens(name)
        norm = tuple(t.lower() for t in toks)
        if not toks or norm in seen:
            return
        seen.add(norm)
        out.append({"label": label, "pattern": [{attr: t if attr == "ORTH" else t.lower()} for t in toks],
                    "id": ident})

    for place in small:
        loc = place.location
        label = "FAC" if place.kind in _FAC_KINDS else _PATTERN_LABEL.get(loc.precision, "GPE")
        for name in place.names:
            if _usable(name, place.source, not_places, case_sensitive, generic, case_keys):
                add(label, name, loc.name, "ORTH" if name in case_sensitive else "LOWER")
    named = sorted(geo.named(), key=lambda pn: (pn[0].kind != "town", -pn[0].population))
    # main names before alternate names, towns before regions, each by population: "Homs" is
    # the Syrian city's name before it is an alternate name of Al Khums (Libya)
    for main in (True, False):
        for geo_place, names in named:
            label = "LOC" if geo_place.kind == "region" else "GPE"
            if not main and geo_place.kind == "town" and geo_place.population < ALTERNATES_POPULATION:
                continue
            for name in names[:1] if main else names[1:]:
                if _usable(name, geo_place.kind, not_places, case_sensitive, generic, case_keys):
                    add(label, name, geo_place.name, "ORTH")
    return out
