"""Regenerate ``src/rashomon/data/incident_places.tsv``: villages GeoNames lacks, from the
geocoded GTD Iraq incidents of ``../shared`` (``make places-data SHARED=../shared``).

Reads ``datasets/gtd-iraq-incidents/iraq_conflict_data.csv`` (2,900 attacks with city,
governorate and coordinates), leaves out the 300 rows ``make eval`` measures
(:func:`rashomon.measure.gtd.sample_rows`: a held-out split, none of their values reaches the
file), and applies the rules of :mod:`rashomon.gazetteer.incidents` with the package
gazetteer (without any incident file) deciding what GeoNames already has. The output depends
only on the csv, the package data and the settings: a re-run writes the same bytes.

    PYTHONPATH=src python tools/make_incident_places.py --shared ../shared
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import gender_guesser.detector  # type: ignore[import-untyped]
import spacy
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from rashomon.config import Options
from rashomon.gazetteer.fold import name_key, place_key
from rashomon.gazetteer.geonames import NAMED_POPULATION
from rashomon.gazetteer.incidents import (
    FILE,
    MIN_LETTERS,
    SAME_PLACE_KM,
    SPREAD_KM,
    Incident,
    IncidentPlace,
    derive,
    to_tsv,
)
from rashomon.gazetteer.place_context import haversine_km
from rashomon.gazetteer.place_data import read_yaml
from rashomon.gazetteer.places import NEAR_RATIO, PlaceGazetteer
from rashomon.measure import gtd
from rashomon.measure.harness import number, read_csv

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rashomon" / "data" / FILE
# the origin of the csv, as ../shared/datasets/README.md (section 4) records it
REPO, COMMIT = "gurleenGK/Iraq-Conflict-Data-Analysis", "cab13f4de57d6a2a00999c7990c595fc4adbc559"
SOURCE = f"gtd-iraq-incidents@{COMMIT[:7]}"


@cache
def english_words() -> frozenset[str]:
    """English words: spaCy's stop words and the lemma index of the project's model (WordNet
    nouns, verbs, adjectives, adverbs), the list ``not_places`` of places.yaml was checked
    against (and rashomon.nlp keeps one-word English place names out of its ruler with)."""
    nlp = spacy.load(Options().model, exclude=["parser", "ner", "tagger", "senter", "tok2vec"])
    words = set(STOP_WORDS)
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            words |= {w for pos in index for w in index[pos]}
    return frozenset(words)


@cache
def given_names() -> Callable[[str], bool]:
    """Whether one word is a first name of gender-guesser 0.4.0's list (Jörg Michael's 48,000
    first names of many countries, Arabic ones included: "Bashir", "Rashad", "Waleed"): a
    village so named would be found wherever a story quotes a man by his name."""
    detector = gender_guesser.detector.Detector(case_sensitive=False)
    return lambda word: detector.get_gender(word) != "unknown"


def word_test() -> Callable[[str], bool]:
    """A name that is a word: a name ``not_places`` or ``case_sensitive`` lists, one made only
    of generic place words ("Central", "Camp"), one English word ("Karma"), or one given name
    ("Bashir"): the list ``not_places`` was checked against both kinds of list. Such a place
    is kept ``marked``: found only where the text marks the name as a place."""
    data = read_yaml(None)
    listed = {name_key(str(w)) for key in ("not_places", "case_sensitive") for w in data.get(key) or ()}
    generic = {str(w).lower() for key in ("region_words", "direction_words", "frame_words", "site_words",
                                          "feature_words") for w in data.get(key) or ()}
    english, is_given = english_words(), given_names()

    def is_word(name: str) -> bool:
        words = name.lower().split()
        return name_key(name) in listed or all(w in generic for w in words) or \
            (len(words) == 1 and (words[0] in english or is_given(words[0])))
    return is_word


def known_test(places: PlaceGazetteer) -> Callable[[str, str, float, float], bool]:
    """The gazetteer has the place: a same-named town or site of the country within
    SAME_PLACE_KM (by any name or its skeleton, or the town a near or fuzzy spelling of the
    whole name resolves to in a story about that country: their skeletons' rapidfuzz ratio at
    least NEAR_RATIO), or a region or country of that name (a
    village named like its governorate would take its name), or a city of NAMED_POPULATION
    anywhere by its main name ("Raqqah", "Arar": news means the city, even in a story about
    the neighbouring country)."""
    def known(name: str, country: str, lat: float, lon: float) -> bool:
        for c in places.candidates(name):
            if c.source == "country" or (c.source == "region" and c.location.country == country):
                return True
            if c.source == "town" and c.form == "main" and c.population >= NAMED_POPULATION:
                return True
            if c.location.country == country and c.location.lat is not None and c.location.lon is not None \
                    and haversine_km(lat, lon, c.location.lat, c.location.lon) <= SAME_PLACE_KM:
                return True
        # a near or fuzzy spelling of the whole name: resolve() also reads a name's parts
        # ("Amiriyat al-Fallujah" is no spelling of Fallujah, 30 km away)
        loc = places.resolve(name, country_hint=country)
        return loc is not None and loc.country == country and loc.lat is not None and loc.lon is not None \
            and haversine_km(lat, lon, loc.lat, loc.lon) <= SAME_PLACE_KM \
            and fuzz.ratio(place_key(name), place_key(loc.name)) >= NEAR_RATIO
    return known


def region_test(places: PlaceGazetteer) -> Callable[[str, str, float, float], str | None]:
    """The admin1 key of the country's region of that name nearest the place."""
    def admin1_of(region: str, country: str, lat: float, lon: float) -> str | None:
        found = [c for c in places.candidates(region) if c.source == "region" and c.admin1
                 and c.location.country == country and c.location.lat is not None and c.location.lon is not None]
        if not found:
            return None
        return min(found, key=lambda c: (haversine_km(lat, lon, c.location.lat or 0.0, c.location.lon or 0.0),
                                         c.admin1 or "")).admin1
    return admin1_of


def incidents(rows: list[dict[str, str]]) -> tuple[list[Incident], int]:
    """The geocoded records of the rows outside the eval sample, and how many rows were held out."""
    held_out = set(gtd.sample_rows(len(rows)))
    out = []
    for i, row in enumerate(rows):
        lat, lon = number(row["latitude"]), number(row["longitude"])
        country = gtd.COUNTRY_ISO.get(row["country"])
        if i in held_out or lat is None or lon is None or country is None:
            continue
        out.append(Incident(row["city"], row["state"], country, lat, lon))
    return out, len(held_out)


def build(shared: Path, places: PlaceGazetteer | None = None) -> tuple[str, list[IncidentPlace]]:
    """The text of the file and its places, from the csv under ``shared``."""
    rows = read_csv(shared / gtd.FILE)
    records, held_out = incidents(rows)
    places = places or PlaceGazetteer.load(incidents=False)
    found, dropped = derive(records, source=SOURCE, describes=places.describes, is_word=word_test(),
                            known_near=known_test(places), admin1_of=region_test(places))
    header = [
        "Villages GeoNames lacks, derived from geocoded incident records. Generated by",
        "tools/make_incident_places.py (make places-data SHARED=../shared); do not edit by hand.",
        f"Origin: {REPO} @ {COMMIT},",
        f"{gtd.FILE} ({len(rows)} rows; the rows appear derived from START's Global Terrorism",
        "Database, whose terms of use may apply). Derived: place names and the median of their",
        "records' coordinates only (facts); no text of the records.",
        f"Held out: the {held_out} rows make eval measures (rashomon.measure.gtd.sample_rows) are excluded;",
        f"{len(records)} records read. Rules: rashomon.gazetteer.incidents (spread_km {SPREAD_KM:g},",
        f"same_place_km {SAME_PLACE_KM:g}, min_letters {MIN_LETTERS}). Groups: "
        + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())) + f"; kept {len(found)}.",
        "Columns: name; admin1 (GeoNames admin1 key of the governorate); country (ISO 3166);",
        "lat, lon (median of the records, degrees); rows (records behind it); source; marked (1: a",
        "word, given name or short name, a place only where the text marks it as one: \"Karma town\").",
    ]
    return to_tsv(found, header), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the folder holding datasets/")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default: {OUT})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if not (args.shared / gtd.FILE).exists():
        sys.stderr.write(f"{args.shared / gtd.FILE} is absent: pass --shared\n")
        return 1
    text, found = build(args.shared)
    args.out.write_text(text, "utf-8")
    sys.stderr.write(f"wrote {args.out}: {len(found)} places\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
