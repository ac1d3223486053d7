"""Region names as news writes them: a region's name without its generic words ("Muhafazat
Kirkuk" is Kirkuk), its French direction words in English ("Nord-Kivu" is North-Kivu) and
the English label it is shown under ("Sagain" is Sagaing). Words in ``data/places.yaml``;
:mod:`rashomon.gazetteer.geonames` builds the index with them."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from rashomon.gazetteer.fold import name_key
from rashomon.lexicon import load as load_lexicon
from rashomon.lexicon import words as lexicon_words

REGION_GENERIC = lexicon_words("places.yaml", "region_generic_words")  # "Muhafazat Kirkuk" -> Kirkuk


# French direction words of region names, in English: news writes "North Kivu", "South Kivu",
# "Centre-North", "Mayo-Kebbi East" for "Nord-Kivu", "Sud-Kivu", "Centre-Nord", "Mayo-Kebbi Est"
DIRECTIONS_EN: dict[str, str] = dict(load_lexicon("places.yaml")["french_directions"])  # data/places.yaml
_DIRECTION_WORD = re.compile(r"(?<![\w'’])(" + "|".join(DIRECTIONS_EN) + r")(?![\w'’])", re.IGNORECASE)


def english_directions(name: str) -> str | None:
    """A region name with its direction words in English ("Nord-Kivu" -> "North-Kivu",
    "Centre-Nord" -> "Centre-North"); None when it has none, or nothing else (a region called
    only "Nord" is too generic a name to find in English text)."""
    if not _DIRECTION_WORD.search(name) or not _DIRECTION_WORD.sub("", name).strip(" -"):
        return None
    return _DIRECTION_WORD.sub(lambda m: DIRECTIONS_EN[m.group(1).lower()], name)


def region_core(name: str) -> str:
    """A region name without its generic words: "Muhafazat Kirkuk" -> "Kirkuk"."""
    words = [w for w in re.split(r"[\s,]+", name) if w and w.lower().strip("'’") not in REGION_GENERIC]
    return " ".join(words)


# English words of a region's name that say what it is: an alternate name ending in one is an
# English label ("Sagaing Region", "Nineveh Governorate", "Chernivtsi Oblast")
_UNIT_WORDS = lexicon_words("places.yaml", "region_unit_words")
# a GeoNames name with one of these is English already ("Middle Juba", "Central Bohemia")
_ENGLISH_POSITION = lexicon_words("places.yaml", "english_position_words")
# an English label made of an adjective names no place by itself ("Flemish Region", "Gomelskaya Oblast")
_ADJECTIVE_ENDINGS = tuple(sorted(lexicon_words("places.yaml", "adjective_endings")))


def english_name(geo_name: str, aliases: list[str]) -> str | None:
    """The name a region is shown under when its GeoNames name is a local or old spelling
    ("Sagain", "Ninawa", "Dimashq", "Chernivetska"): the English label among its alternate
    names (a name ending in a unit word: "Sagaing Region") without that word, the one closest
    to the GeoNames name when several; None (the GeoNames name stays) when the GeoNames name is
    one of its alternate names too ("Tibet"), reads as English ("Middle Juba") or no label fits.
    Without a label, a name with French directions is shown with English ones where an
    alternate name has them ("Nord Kivu": "North Kivu")."""
    if any(w.lower() in _ENGLISH_POSITION for w in re.split(r"[\s\-]+", geo_name)):
        return None
    key = name_key(geo_name)
    if any(name_key(region_core(a) or a) == key for a in aliases):
        return None
    cores = [c for a in aliases if len(a.split()) > 1 and a.split()[-1].lower() in _UNIT_WORDS
             and (c := region_core(a)) and not c.lower().endswith(_ADJECTIVE_ENDINGS)]
    if not cores:  # "Nord Kivu": its English directions, where an alternate name says so ("North Kivu")
        en = english_directions(geo_name)
        return next((a for a in aliases if en is not None and name_key(a) == name_key(en)), None)
    return max(cores, key=lambda c: fuzz.ratio(name_key(c), key))
