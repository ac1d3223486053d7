"""Border towns of one name on both sides of a border: which side the article means.

GeoNames often knows one half of a divided town only ("Moyale" is Kenya's; Ethiopia's Moyale
lies across the street). The gazetteer moves a mention to the other side where the text writes
the town in a region of that side ("Moyale town, in Borena zone of Oromia regional state":
:func:`rashomon.gazetteer.place_hits.confine_to_holders`); this module makes that the article's
reading of the town, for every mention of it (a mention without its region is the same town),
and puts it at the point of that region, named by the town, as a town no gazetteer has written
in its region is (:func:`rashomon.extract.frames_place_marks.held_in_region`): reports naming
only the region ("in Ethiopia's Oromia region") then share its area.

A border town the sentence names as where people fled from into the town's own country of the
index ("5,000 Ethiopians have crossed into Kenya since soldiers shot civilians in the border
town of Moyale") is on the other side: the country the article backs fully, if the town lies
within the gazetteer's ``twin_km`` of it, at the point of the first region of it the article names.
"""

from __future__ import annotations

from dataclasses import replace

from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.gazetteer.place_foreign import said_on_border
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer, PlaceHit
from rashomon.types import Location


def moved_across(hit: PlaceHit, written: str, places: PlaceGazetteer) -> bool:
    """Whether the gazetteer moved a town's hit across a border: the index has the town at the
    same point in another country only."""
    loc = hit.location
    if hit.source != "town" or loc.lat is None:
        return False
    same_point = [c.location for c in places.candidates(written, skeleton=False)
                  if c.location.lat == loc.lat and c.location.lon == loc.lon]
    return bool(same_point) and all(c.country != loc.country for c in same_point)


def holder_after(hit: PlaceHit, hits: list[PlaceHit]) -> Location | None:
    """The region of the moved town's new country right after it: the region that holds it."""
    after = [h for h in hits if h.start >= hit.end and h.location.country == hit.location.country
             and h.location.precision == "region"]
    return min(after, key=lambda h: h.start).location if after else None


def side_taken(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with every mention of a border town some mention moved across the border
    (``twin``: the index town's point in its new country) moved too, to that mention's place:
    one town, one side, in an article. Mentions moved to two places decide nothing."""
    moved: dict[tuple[str, float | None, float | None], set[Location]] = {}
    for m in mentions:
        if m.twin is not None:
            moved.setdefault((m.twin.name, m.twin.lat, m.twin.lon), set()).add(m.location)
    if not moved:
        return mentions
    out = []
    for m in mentions:
        places = moved.get((m.location.name, m.location.lat, m.location.lon), set())
        if m.twin is None and not m.unknown and m.location.precision == "town" and len(places) == 1:
            m = replace(m, location=next(iter(places)))
        out.append(m)
    return out


def twin_place(hit: PlaceHit, written: str, hits: list[PlaceHit], places: PlaceGazetteer) -> Location | None:
    """The place of a town hit the gazetteer moved across a border: named as the index names
    the town, in its new country, at the point of the region holding it when the text names
    one (else at the index town's point); None for any other hit."""
    if not moved_across(hit, written, places):
        return None
    region = holder_after(hit, hits)
    if region is None:
        return hit.location
    return replace(region, name=hit.location.name, precision="town")


def fled_across(text: str, mentions: list[PlaceMention], places: PlaceGazetteer,
                context: PlaceContext | None) -> list[PlaceMention]:
    """``mentions`` (one sentence's) with a town said on a border ("the border town of X")
    moved across it when the sentence names the town's index country as where people went
    (``fled_to``), at the point of the first region of the other side the article (``text``) names."""
    went = {m.location.country for m in mentions if m.fled_to}
    if not went or context is None or not any(m.location.precision == "town" for m in mentions):
        return mentions
    regions: list[PlaceHit] | None = None
    out = []
    for m in mentions:
        loc = m.location
        if m.twin is None and not m.unknown and loc.precision == "town" and loc.country in went \
                and m.evidence is not None and said_on_border(text, m.evidence.start, m.evidence.end):
            sides = [c for c in context.countries if c != loc.country and context.share(c) >= 1.0]
            if len(sides) == 1 and places.twin(loc, sides[0]):
                twin = replace(loc, country=sides[0])
                regions = places.find(text, context) if regions is None else regions  # rare: once
                region = next((h.location for h in regions if h.location.country == sides[0]
                               and h.location.precision == "region"), None)
                m = replace(m, location=replace(region, name=loc.name, precision="town") if region else twin,
                            twin=twin)
        out.append(m)
    return out
