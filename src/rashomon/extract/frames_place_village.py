"""A lead's unnamed village, named in a following sentence.

"Nigeria's army chief travelled to a village in Kaduna state where a drone killed dozens ...
He told residents gathered outside the village mosque in Tudun Biri ...": the lead places the
incident in "a village in <region>" without its name, and the next sentences name it. A town no
gazetteer has, named in one of the ``extract.frames_place_operation`` ``later_sentences`` after
the lead, is that village, held by the lead's region (as "Tudun Biri village in Kaduna state"
would be: :func:`rashomon.extract.frames_place_marks.held_in_region`), so reports naming the
village by its LGA and by its state both keep its name. Only a village of the region's country,
and only when the incident's sentences name no such town already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.extract.doctext import text_of
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_place_operation import LATER_SENTENCES
from rashomon.extract.frames_place_unknown import unknown_location, unknown_towns
from rashomon.extract.frames_text import Sent, evidence
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer

# right before the region: "a village in ", "a remote village in Sudan's ", "a village in the
# northwestern state of " (an article, at most one lower-case word, a village noun, "in")
_A_VILLAGE_IN = re.compile(r"\ban?\s+(?:[a-z]+\s+)?(?:village|hamlet)\s+in\s+(?:the\s+)?"
                           r"(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z]+\s+(?:state|province|region)\s+of\s+)?$")


def village_named_later(doc: Doc, sents: list[Sent], mentions: list[PlaceMention], places: PlaceGazetteer,
                        context: PlaceContext | None) -> list[PlaceMention]:
    """The village a lead's "a village in <region>" is, named by a following sentence, held by
    that region; [] when the lead says no such thing or no following sentence names it."""
    if any(m.unknown for m in mentions):
        return []
    text = text_of(doc)
    regions = [m for m in mentions if m.location.precision == "region" and m.evidence is not None
               and not m.aside and _A_VILLAGE_IN.search(text, max(0, m.evidence.start - 60), m.evidence.start)]
    if not regions or regions[0].evidence is None:
        return []
    region = regions[0]
    at = regions[0].evidence.start
    lead = next((n for n, s in enumerate(sents) if s.start <= at < s.end), None)
    if lead is None:
        return []
    for s in sents[lead + 1:lead + 1 + LATER_SENTENCES]:
        if s.caption:
            continue
        for start, end, name in unknown_towns(doc, s.start, s.end, places.find(s.text, context), places):
            town = unknown_location(name, region.location.country)
            return [replace(region, text=name, location=town, evidence=evidence(text, start, end), unknown=True,
                            held=True, held_by=region.location, weight=region.weight / 2, in_title=False)]
    return []
