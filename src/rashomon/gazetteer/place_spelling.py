"""Near and fuzzy spellings of place names, and the organisations no spelling may turn into a place.

:class:`PlaceSpelling` is the part of :class:`~rashomon.gazetteer.places.PlaceGazetteer` that
matches a name the gazetteer does not hold as written: a near spelling of a town of the
article's country ("Shirqat" is Ash Sharqat), or a fuzzy match of a site or big city
("Mosoul"). A name of an organisation of the actor gazetteer ("Hamas", "Hezbollah"), or a
spelling of one, is never such a match: "Hamas" is an alternate name of Hamm (Germany).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from rashomon.gazetteer.cache_prune import prune
from rashomon.gazetteer.fold import consonant_key, jim_key, name_key, place_key
from rashomon.gazetteer.geonames import GeoIndex
from rashomon.gazetteer.incidents import KIND as INCIDENT_KIND
from rashomon.gazetteer.place_context import Candidate, PlaceContext
from rashomon.gazetteer.place_data import SmallPlace, geo_candidate
from rashomon.gazetteer.place_text import FUZZY_MIN_KEY
from rashomon.marshalfile import CacheMiss, read_marshal, write_marshal

logger = logging.getLogger(__name__)

# performance only: countries whose near-spelling index is kept (the US's ~30k towns: a few MB); others are rebuilt
NEAR_COUNTRIES_KEPT = 32
# performance only: a country's near-spelling index from this many towns is kept on disk next to
# the place index (the US's ~22k towns: 0.22 CPU s to build; to read 0.02 s as marshal, 0.1 s as JSON)
NEAR_FILE_FROM = 2000
NEAR_FORMAT = 2  # a format version of the near-index files, not a result: bump when their layout changes (2: marshal)


class PlaceSpelling:
    """Near and fuzzy spellings; mixed into the gazetteer, which sets the attributes below."""

    _geo: GeoIndex
    _small: list[SmallPlace]
    _site_words: frozenset[str]
    _fuzzy: dict[str, str]  # core key -> a name with that core (built on first use)
    _fuzzy_keys: list[str]
    # near_spelling's towns of a country by consonant key: (skeleton, town's index number),
    # built on first use
    _near: dict[str, dict[str, list[tuple[str, int]]]]
    _organisations: frozenset[str]  # name keys of organisations (no place by another name)
    _org_skeletons: frozenset[str]
    _org_towns: frozenset[str]  # name keys of organisations named like a town (a place only where backed)
    _org_exact: frozenset[str]  # organisations written in capitals, as written ("KIA")
    # settings of gazetteer.places (data/settings.toml), read there: see .places
    _fuzzy_cutoff: float
    _near_min_key: int
    _near_ratio: float

    def _fuzzy_match(self, core: str) -> str | None:
        """A known name whose core is a near miss of ``core``. Fuzzy matching compares the
        distinctive part of names only: "Taji military base" and "Al-Hari military base"
        share most of their letters but not the place. The candidates are the supplement,
        the countries, the regions and the towns of ``NAMED_POPULATION`` people."""
        if not self._fuzzy:  # an incident-derived village is no target of a near miss
            names = [n for p in self._small if p.kind != INCIDENT_KIND for n in p.names] + \
                [n for _, ns in self._geo.named() for n in ns]
            for name in names:
                key = self._core_key(name)
                if len(key) >= FUZZY_MIN_KEY:
                    self._fuzzy.setdefault(key, name)
            self._fuzzy_keys = list(self._fuzzy)
        match = process.extractOne(core, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self._fuzzy_cutoff)
        if match is None:
            return None
        logger.debug("fuzzy place match %r -> %r (%.1f)", core, match[0], match[1])
        return self._fuzzy[match[0]]

    def near_spelling(self, name: str, ctx: PlaceContext) -> Candidate | None:
        """The one town of a country the article backs fully (of its named regions, when it
        names any) spelled like ``name`` but for its vowels: "Shirqat" is Ash Sharqat in an
        article about Iraq. Arabic short vowels are written as any of a, i, u in English, so
        two spellings of one town share their consonants and most letters; among the few
        hundred towns of one country such a match is rarely another town. Both must end in
        the same letter: a vowel added at the end makes another word ("Baghdadi" is of
        Baghdad, "Madain" is not Madina). None when no town or more than one matches."""
        key = place_key(name)
        if len(key) < self._near_min_key or self.organisation(name, near=True):
            return None
        cons = consonant_key(key)
        found: dict[int, Candidate] = {}
        for country in [c for c in ctx.countries if ctx.share(c) >= 1.0]:
            for other, i in self._near_index(country).get(cons, ()):
                if other[-1] == key[-1] and fuzz.ratio(jim_key(key), jim_key(other)) >= self._near_ratio:
                    found[i] = geo_candidate(self._geo.place(i), "skeleton")
        if ctx.admin1s:
            found = {i: c for i, c in found.items() if c.admin1 in ctx.admin1s}
        return next(iter(found.values())) if len(found) == 1 else None

    def organisation(self, name: str, *, near: bool = False) -> bool:
        """Whether ``name`` is an organisation of the actor gazetteer or a spelling of one
        ("Hamas", "Hammas"; ``near``: also a near miss, "Hamaas"): no place by any but its
        main name, and no target of near or fuzzy spellings."""
        key = place_key(name)
        if name_key(name) in self._organisations or key in self._org_skeletons or \
                _written(name) in self._org_exact:
            return True
        return near and len(key) >= FUZZY_MIN_KEY and process.extractOne(
            key, list(self._org_skeletons), scorer=fuzz.ratio, score_cutoff=self._fuzzy_cutoff) is not None

    def organisation_town(self, name: str) -> bool:
        """Whether ``name`` is an organisation of the actor gazetteer named like a town by the
        town's main name ("Fano", "Wagner"): that town only where the article backs it. One
        written in capitals as the actor gazetteer writes it ("BLA", "KIA") is no town at all."""
        written = _written(name)
        return name_key(name) in self._org_towns or (written in self._org_exact and not written.isupper())

    def _near_index(self, country: str) -> dict[str, list[tuple[str, int]]]:
        """The towns of ``country`` (index numbers) by the consonant key of each name's skeleton.
        Built once per country (issue 14: scanning and folding every town's names on each call
        cost ~90 ms a call, 11% of the CPU time of real news articles); the last
        NEAR_COUNTRIES_KEPT are kept, and a big country's is kept on disk (:func:`_near_file`)."""
        index = self._near.get(country)
        if index is None:
            path = _near_file(self._geo.cache_path, country)
            index = _read_near(path) if path is not None else None
            if index is None:
                index = {}
                towns = self._geo.town_names_in(country)
                for i, names in towns:  # no place objects: few are matched
                    for written in names:
                        other = place_key(written)
                        index.setdefault(consonant_key(other), []).append((other, i))
                if path is not None and len(towns) >= NEAR_FILE_FROM:
                    _write_near(path, index)
            if len(self._near) >= NEAR_COUNTRIES_KEPT:
                del self._near[next(iter(self._near))]  # the oldest
            self._near[country] = index
        return index

    def _core_key(self, name: str) -> str:
        """Skeleton of a name without its generic site words ("military", "air base")."""
        kept = [w for w in re.split(r"[\s\-–]+", name) if w.lower() not in self._site_words]
        return place_key(" ".join(kept)) if kept else ""


def _written(name: str) -> str:
    """A name as written, without a leading "the" ("the KIA")."""
    written = name.strip()
    return written[4:].lstrip() if written[:4].lower() == "the " else written


@functools.cache
def _code_tag() -> str:
    """A hash of this module: the near index is built here from the place index and the
    skeletons (geonames and fold, in the place index's own name)."""
    source = resources.files("rashomon.gazetteer").joinpath("place_spelling.py").read_bytes()
    return hashlib.sha256(source).hexdigest()[:12]


def _near_file(index_path: Path | None, country: str) -> Path | None:
    """Where a country's near index is kept: next to the place index, named after it, this
    module and the country (None when the place index has no disk cache)."""
    if index_path is None:
        return None
    return index_path.with_name(f"{index_path.stem}-near{NEAR_FORMAT}-{_code_tag()}-{country}.marshal")


def near_files(country: str) -> str:
    """A glob of the near-index files of one country, whatever place index, code and format
    wrote them (the JSON files of format 1 too: they are pruned as the new ones are written),
    but not a file being written (``….PID.tmp``: another process renames it when done)."""
    return f"places-*-near*-{country}.*[!p]"


def _near_key(path: Path) -> str:
    """The key a near-index file is written for: its name (the place index, the code and the
    country), so a file renamed or copied over another is stale."""
    return path.name


def _read_near(path: Path) -> dict[str, list[tuple[str, int]]] | None:
    """A kept near index; None when there is none or it cannot be used (then it is rebuilt)."""
    try:
        data = read_marshal(path, _near_key(path))
        if not (isinstance(data, dict) and all(isinstance(rows, list) for rows in data.values())):
            raise CacheMiss("not a near index")
        return data  # written by _write_near: {consonant key: [(skeleton, town's number)]}
    except FileNotFoundError:
        return None
    except CacheMiss as exc:
        logger.warning("near-spelling index %s unusable (%s): rebuilding", path, exc)
        return None


def _write_near(path: Path, index: dict[str, list[tuple[str, int]]]) -> None:
    """Keep a near index on disk (written whole, then renamed: readers never see a part)."""
    try:
        write_marshal(path, _near_key(path), index)
    except OSError as exc:
        logger.warning("near-spelling index not kept (%s): it is rebuilt in every process", exc)
        return
    prune(path.parent, near_files(path.stem.rsplit("-", 1)[-1]))  # the newest few of this country kept
