"""How the places of one sentence stand to each other: which holds which.

* a place outside the place the text puts it in is another place of that name ("Karaj,
  Nineveh, Iraq" is no Iranian city): :func:`outside_container`;
* a place followed closely by a landmark it is placed by ("al-Harra, southeast of Albu Kamal")
  is the finer of the two: :func:`mark_landmarked`;
* a town written after a finer place of its country in an address ("near Bay Hasan, Kirkuk")
  holds it: :func:`mark_holders`.

Split out of :mod:`.frames_places` (one concern: the sentence's places among themselves).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rashomon.config import setting
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_place_units import unit_after
from rashomon.gazetteer.address import held_places, kind_of, read_hits
from rashomon.gazetteer.places import distance_km
from rashomon.lexicon import alternation, words
from rashomon.types import Location

LANDMARK_GAP_CHARS: int = setting("extract.frames_place_marks", "landmark_gap_chars")  # data/settings.toml
CONTAINER_GAP_CHARS: int = setting("extract.frames_place_marks", "container_gap_chars")  # data/settings.toml
NEIGHBOURHOOD_KM: float = setting("extract.frames_place_marks", "neighbourhood_km")  # data/settings.toml

_LEXICON = "place_words.yaml"
# "X neighbourhood, Y": X is part of the town Y
_SUB_PLACE = re.compile(r"\s*" + alternation(sorted(words(_LEXICON, "sub_place_nouns"))) + r"\b", re.IGNORECASE)
# a gap between two places that is a list, a route or a distance ("60 km south of"), or that
# puts the first in the second ("in", "of")
# (a weekday or a month between them dates a clause: "in Kano on Friday ... in Niger" is no address)
_NOT_CONTAINER = re.compile(r"[.;:!?()\d]|\b" + alternation(sorted(
    words(_LEXICON, "not_container_words") | words("dates.yaml", "months") | words("dates.yaml", "weekdays"))) + r"\b",
                            re.IGNORECASE)
# a letter or hyphen touching a name: the gazetteer's find is part of a longer name ("Daye" of "Darey-Daye")
# between a town no gazetteer has and a town: "X, a village in the Y area", "X, a small village
# near Y" (the village nouns of unknown_place town_nouns; "a town in Y" is no village of Y's)
_VILLAGE_IN = re.compile(r",\s+an?\s+(?:[a-z]+\s+)?(?:village|hamlet|settlement)\s+(?:in|near|outside)\s+(?:the\s+)?$")
_IN_NAME = re.compile(r"[\w\-‐]")
_CONTAINER = re.compile(r"\b" + alternation(sorted(words(_LEXICON, "container_words"))) + r"\b", re.IGNORECASE)


def container_gap(gap: str) -> str | None:
    """How the text between two place names says the second holds the first: "," (an
    address: "Karma town, Anbar governorate"), "in" ("the Al-Geneina neighbourhood in Rafah",
    "west of Gaza City"); None when it does not (a list, a route, a distance: "60 km south of
    Mosul" says how far, not that it holds it)."""
    if len(gap) > CONTAINER_GAP_CHARS or _NOT_CONTAINER.search(gap):
        return None
    if _CONTAINER.search(gap):
        return "in"
    return "," if "," in gap else None


def holds(outer: Location, inner: Location, how: str, sub_place: bool) -> bool:
    """Whether ``outer`` can hold ``inner``: never a place of another country; a town only
    the places NEIGHBOURHOOD_KM from it when ``inner`` is written as a neighbourhood of it."""
    if outer.precision == "country" or inner.precision == "country":
        return not outer.country or not inner.country or outer.country == inner.country
    if outer.country and inner.country and outer.country != inner.country:
        return False
    if outer.precision == "region" or not sub_place:
        # regions are too uneven for a radius (Anbar spans 500 km); "Hawijah district,
        # Kirkuk" and "Qayyarah, Mosul" name a governorate or district by its capital
        return True
    return distance_km(outer, inner) <= NEIGHBOURHOOD_KM


def outside_container(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a place that lies outside the place the text puts it in: "Karaj, Nineveh, Iraq"
    is no Iranian city, "the Al-Nasr neighbourhood, west of Gaza City" no village 30 km away,
    "Al-Ali area, Diyala governorate" no town in India. The holder is the next place of the
    sentence when only an address comma or "in"/"of" stands between them.

    A town the gazetteer has only in another country than its holder's is a town no gazetteer
    has, in the holder's country ("the town of Nasir in South Sudan's Upper Nile state" is no
    suburb of Khartoum): kept by name, without coordinates, ``held``."""
    out: list[PlaceMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.evidence is not None and nxt.evidence is not None and m.twin is None:
            # (a border town already read on one side: frames_place_twins)
            gap = text[m.evidence.end:nxt.evidence.start]
            how = container_gap(gap)
            sub_place = bool(_SUB_PLACE.match(gap))
            if how is not None and not holds(nxt.location, m.location, how, sub_place):
                whole = not (m.evidence.start and _IN_NAME.match(text, m.evidence.start - 1)) and \
                    not _IN_NAME.match(text, m.evidence.end)
                if m.location.precision == "town" and not m.reference and nxt.location.country and \
                        m.location.country != nxt.location.country and whole:
                    out.append(replace(m, location=Location(m.text, nxt.location.country, None, None, "town"),
                                       unknown=True, held=True))
                continue
        out.append(m)
    return out


def mark_landmarked(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A place followed closely by a landmark it is placed by ("al-Harra, southeast of Albu
    Kamal", "Hader near Quneitra") is the finer of the two, whatever their gazetteer precision."""
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if m.reference or not nxt.reference or m.evidence is None or nxt.evidence is None:
            continue
        if m.location.name == nxt.location.name:
            continue
        if nxt.evidence.start - m.evidence.end <= LANDMARK_GAP_CHARS and \
                not re.search(r"[.;:!?]", text[m.evidence.end:nxt.evidence.start]):
            out[i] = replace(m, landmarked=True)
    return out


def mark_holders(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town written after a finer place of its country in an address ("near Bay Hasan,
    Kirkuk", "in Kishishe village, Rutshuru"; :func:`~rashomon.gazetteer.address.held_places`)
    is the place that holds it: the held place is where the incident was, the holder ranks
    after it (:func:`choose_place`). A list is no address ("Hama, Homs and Aleppo")."""
    kept = [(k, m.evidence) for k, m in enumerate(mentions) if m.evidence is not None]
    spans = [(ev.start, ev.end, kind_of(mentions[k].location.precision)) for k, ev in kept]
    out = list(mentions)
    for address in read_hits(text, spans):
        for held, holder in held_places(address):
            inner, outer = kept[address.parts[held].index][0], kept[address.parts[holder].index][0]
            if out[outer].location.country == out[inner].location.country:
                out[outer] = replace(out[outer], holds=out[inner].location)
    return out


def held_in_region(text: str, town: PlaceMention, known: list[PlaceMention]) -> PlaceMention:
    """A town no gazetteer has, written in a region the sentence names right after it ("the
    town of Nasir in South Sudan's Upper Nile state", "Nasir, a town in the country's Upper Nile
    state"; a country may stand between), is held by that region: it takes the region's country
    and is finer than the region (``held``). So is one written in the unit a town names ("Kadisau
    village in Faskari local government area") or placed by a town ("the town of Koya, east of
    Erbil"): at that town's point."""
    if town.evidence is None:
        return town
    after = sorted((m for m in known if m.evidence is not None and m.evidence.start >= town.evidence.end
                    and m.location.precision != "country"), key=lambda m: m.evidence.start if m.evidence else 0)
    if not after or after[0].evidence is None:
        return town
    region = after[0]
    gap = text[town.evidence.end:after[0].evidence.start]
    if not (region.location.precision == "region" or (region.location.precision == "town" and (
            region.reference or unit_after(text, after[0].evidence.end) or _VILLAGE_IN.match(gap)))):
        return town  # ("Tudun Biri, a village in the Igabi area": the town's area holds the village)
    if container_gap(gap) is None or (town.qualified and town.location.country != region.location.country):
        return town  # "the Pakistani village of X in Kashmir": not the Indian region a name of both resolved to
    return replace(town, location=replace(town.location, country=region.location.country), held=True,
                   held_by=region.location)
