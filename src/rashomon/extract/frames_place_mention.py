"""One place an article names, as a vote for the incident's place (:mod:`.frames_places`)."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.types import Evidence, Location


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str
    location: Location
    weight: float
    evidence: Evidence | None  # None for a headline not in the article text
    reference: bool = False  # named as a landmark: "near X", "southeast of X"
    in_title: bool = False
    landmarked: bool = False  # described by a landmark: "al-Harra" in "al-Harra, southeast of X"
    factor: float = 1.0  # of its preposition: "in", "near" > 1 > "from", "towards"
    holds: Location | None = None  # the finer place it holds in an address: "Kirkuk" of "near Bay Hasan, Kirkuk"
    unknown: bool = False  # a town no gazetteer has, by name (frames_place_unknown): no coordinates
    speaker: bool = False  # where a source spoke: "told reporters in Kabul", "officials in Cairo said"
    dateline: bool = False  # the dateline's place, taken when nothing finer places the incident
    fled_to: bool = False  # where people fled or were taken to: its country only, weakly (frames_place_filters)
    across: bool = False  # a country named as where people went: "fled towards Burkina Faso"
    fled_from: bool = False  # where people fled from: "families from Nasir crossed into Ethiopia"
    held: bool = False  # a town no gazetteer has written in a region it names: "the town of Nasir in Upper Nile state"
    held_by: Location | None = None  # that region, or a unit's town: "Kadisau village in Faskari LGA"
    unit: bool = False  # a town named as the unit named after it: "Beni territory" (frames_place_units)
    # written with a unit noun, whatever else the sentence names (``unit`` is kept only beside a finer
    # place): "over Kanbalu township" may hold a village no gazetteer has (frames_place_unknown.held_scene)
    as_unit: bool = False
    aside: bool = False  # another story's place: a launch site, a counter-accusation's (frames_place_sides)
    struck: bool = False  # where the incident's word puts it: "strikes on the border town of X" (frames_place_struck)
    later: bool = False  # a town after a lead naming only regions far apart (frames_place_operation)
    qualified: bool = False  # a town no gazetteer has, its country given: "the Malian town of X" (frames_place_unknown)
    twin: Location | None = None  # a border town read on the other side of the border (frames_place_twins)
    # the country told by description (frames_place_country): "in the north of the country"
    # ("part"), or as the holder of a town left unnamed: "in a city in Colombia" ("unnamed")
    described: str | None = None
    # the countries a town no gazetteer has has named beside it in its sentence ("Burkina Faso, its
    # neighbour, … near Seytenga"): a town of a background paragraph about another country
    # (frames_place_country.told_unknown)
    sentence_countries: frozenset[str] = frozenset()
    route: bool = False  # a route's start or end: "a train travelling from Quetta to Peshawar" (frames_place_route)
