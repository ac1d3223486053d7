"""A town's name followed by a noun of the administrative unit named after it ("Beni territory",
"Yobe's Gujba local government area", "the Kidal region's Tessalit district", "Sisaket and Surin
provinces") names the unit: an area around the town, not the town. A town the sentence names
beside it ("Kamako, a village of Tshikapa territory"), or the text names as where the incident
happened when the unit is the headline's ("Weekly brief: Beni territory" over "in Oicha, where
..."), ranks before such a mention (:func:`rashomon.extract.frames_places.choose_place`). A
unit named alone in its sentence is the finest place it gives ("a market in Jisr Diyala district,
Diyala governorate ... one of 18 bombings in Baghdad": not Baghdad) and keeps a town's rank.
Grammar plus the unit nouns of ``data/address_words.yaml``, not a list of units."""

from __future__ import annotations

import re
from dataclasses import replace

from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.gazetteer.places import PlaceHit
from rashomon.lexicon import alternation, words

_AREA_NOUNS = words("address_words.yaml", "area_nouns")
# the unit noun right after the name, as running text writes it (lower case; "Sisaket and Surin
# provinces": a plural after a coordination)
_UNIT_AFTER = re.compile(r"[ \t]+" + alternation(sorted(_AREA_NOUNS), plural=True) + r"\b")
# a Title Case headline capitalises the noun too ("Weekly Brief: Beni Territory")
_UNIT_AFTER_ANY_CASE = re.compile(_UNIT_AFTER.pattern, re.IGNORECASE)


def names_unit(text: str, end: int, hit: PlaceHit, *, any_case: bool = False) -> bool:
    """Whether a town the gazetteer found ending at ``end`` is written as the unit named after
    it: a town (a region is one already: "Salahuddin province") followed by a unit noun."""
    return hit.source == "town" and (_UNIT_AFTER_ANY_CASE if any_case else _UNIT_AFTER).match(text, end) is not None


def units(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence's mentions, the unit marks kept only when the sentence also names a town or
    site that is no unit (the finer place the unit holds)."""
    if any(m.location.precision in ("town", "exact") and not m.unit for m in mentions):
        return mentions
    return [replace(m, unit=False, as_unit=True) if m.unit else m for m in mentions]


def unit_after(text: str, end: int) -> bool:
    """Whether a unit noun follows the name ending at ``end`` ("Faskari local government area")."""
    return _UNIT_AFTER.match(text, end) is not None
