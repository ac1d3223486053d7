"""The places of an article's headline, as votes for the incident's place (:mod:`.frames_places`).

A headline says where more often than any sentence, but it is not parsed, and its capitals
may prove nothing (Title Case). A town there must be backed by the article (or known on its
own when the text does not repeat the headline); a town named only as where something else lies
("near army camp north of Bamako") is a reference (:mod:`.frames_place_relative`); a capital
that answers a charge or makes a statement ("Kabul rejects Pakistan's claims") is its government, no place
(:func:`.frames_place_speaker.headline_speaker`); a place people fled to gives only its
country, weakly.
"""

from __future__ import annotations

from spacy.tokens import Doc

from rashomon.extract.frames_place_dateline import is_capital
from rashomon.extract.frames_place_filters import not_a_name, title_destination
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_place_relative import title_relative
from rashomon.extract.frames_place_speaker import headline_speaker
from rashomon.extract.frames_place_units import names_unit
from rashomon.extract.frames_text import evidence
from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer


def headline_places(title: str, text: str, places: PlaceGazetteer, context: PlaceContext | None,
                    doc: Doc | None, *, weight: float, destination_factor: float,
                    title_case: bool) -> list[PlaceMention]:
    """Places of the headline, each of ``weight``; evidence only when the headline is also the
    text's first line. In a Title Case headline capitals say nothing: a town there needs the
    article's backing; in a headline that is not in the text, a town must be known on its own."""
    at = text.find(title) if title else -1
    out = []
    for hit in places.find(title, context):
        if hit.source == "town" and not hit.supported and (title_case or (context is not None and (
                context.share(hit.location.country, name_key(title[hit.start:hit.end])) == 0.0))):
            # capitals in a Title Case headline say nothing; elsewhere a town whose country nothing
            # in the article backs is a namesake abroad of a town the article reads as local
            continue
        if hit.source == "town" and at < 0 and not places.standalone(hit):
            continue  # a headline the text does not repeat: no sentence to check a village in
        if hit.source == "town" and is_capital(hit.location, places) and headline_speaker(title, hit.end):
            continue  # "Kabul rejects Pakistan's claims over train hijacking": a government, no place
        if doc is not None and at >= 0 and not not_a_name(doc, at + hit.start, at + hit.end, hit, places):
            continue
        s, e = hit.start, hit.end
        ev = evidence(text, at + s, at + e) if at >= 0 else None
        if title_destination(title, s):  # "Nigerians fleeing raid cross into Cameroon"
            if (country := places.country(hit.location.country)) is not None:
                out.append(PlaceMention(title[s:e], country, weight * destination_factor, ev,
                                        in_title=True, factor=destination_factor, fled_to=True,
                                        across=hit.source == "country"))
            continue
        out.append(PlaceMention(title[s:e], hit.location, weight, ev, title_relative(title, s), in_title=True,
                                unit=names_unit(title, e, hit, any_case=title_case)))  # "Weekly Brief: Beni Territory"
    return out
