"""A part of the story's town named like a town elsewhere: "Lido beach", "the Bakara market".

A beach, market or quarter of a town is named after a local word that is often also a town's
name somewhere else (Lido, Venice). When the text writes such a name with a part-of-town noun
and the town abroad is no place of the article (:mod:`.place_text` decides that), the site lies
in a town of the story: the town the same sentence names, else the article's first town of a
country it backs (the dateline's, most often, and the dateline's town itself when the text
names no other: a dateline is no vote of its own). The site is placed at that town, at town
precision: the index knows no point of the beach itself.
"""

from __future__ import annotations

import logging
import re

from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.place_context import Anchor, Candidate, PlaceContext
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

logger = logging.getLogger(__name__)

# after a name: a noun that makes it a part of a town ("the Karama neighbourhood", "the Tahrir
# quarter", "Zamzam camp", "Lido beach"): such a part lies in a town of the story, not in another
# country
_SUB_PLACE_SLOT = re.compile(r"[ \t]+" + alternation(sorted(lexicon_words("places.yaml", "sub_place_nouns")))
                             + r"s?\b", re.IGNORECASE)
_SUB_PLACE_END = re.compile(_SUB_PLACE_SLOT.pattern + "$", re.IGNORECASE)  # a span "Lido beach" read whole


def sub_place_end(text: str, start: int, end: int) -> int | None:
    """Where the name of a part of a town ends when the name at ``start``-``end`` is one: the
    end of the part-of-town noun after it ("Lido| beach|"), or ``end`` when the span holds the
    noun ("Lido beach"); None when no such noun follows."""
    if _SUB_PLACE_END.search(text, start, end):
        return end
    after = _SUB_PLACE_SLOT.match(text, end)
    return after.end() if after is not None else None

# right after the site, the text names what holds it: "the Riyadh market in Jisr Diyala
# district" is placed by that holder (a place of its own), not by the story's town
_HELD_BY = re.compile(r"[ \t]+(?:in|of|near|outside)[ \t]+(?:the[ \t]+)?[A-Z]")


def site_of_story_town(name: str, text: str, ctx: PlaceContext, end: int = -1) -> Location | None:
    """The site ``name`` ("Lido beach", as written in ``text``, ending at ``end``) in the
    story's town, or None when the article names no town of a country it backs, or the text
    names the site's holder right after it ("Lido beach in Mogadishu")."""
    if end >= 0 and _HELD_BY.match(text, end):
        return None
    own = name_key(name.split()[0]) if name.split() else ""
    towns = [a for a in ctx.anchors if a.backs > 0.0 and a.country and a.key != own
             and ctx.share(a.country) >= 1.0]
    if not towns and ctx.dateline is not None and ctx.dateline.key != own and ctx.share(ctx.dateline.country) >= 1.0:
        towns = [ctx.dateline]  # "MOGADISHU - ... the attack on Lido beach": the dateline's town
    if not towns:
        return None
    folded = name_key(text) if len(towns) > 1 else ""
    town: Anchor = next((a for a in towns if a.key and a.key in folded), towns[0])
    return Location(" ".join(name.split()), town.country, town.lat, town.lon, "town")


# before a name: a site of a town "in" it ("a house on Al-Thalatheini Street in Gaza", "the Islamic
# University in Gaza", "a school in Gaza"): a street, a campus or a home is in a town, not a region
_SITE_IN = re.compile(r"\b" + alternation(sorted(lexicon_words("places.yaml", "town_site_nouns")))
                      + r"[ \t]+in[ \t]+$", re.IGNORECASE)  # one site: "several hospitals in Gaza" are the Strip's


def town_of_site(text: str, start: int, cand: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The town a region's name also names, when the text puts a site of a town in it ("the
    Islamic University in Gaza" is in Gaza City, "the war in Gaza" in the Strip): a curated
    region's variant yields to the main-named town of its country; None otherwise."""
    if cand.source != "supplement" or cand.location.precision != "region" or \
            not _SITE_IN.search(text, max(0, start - 40), start):
        return None
    town = next((c for c in cands if c.source == "town" and c.form == "main"
                 and c.location.country == cand.location.country), None)
    if town is not None:
        logger.debug("a site in the town %s, not the region %s: %r", town.location.name, cand.location.name,
                     text[max(0, start - 60):start + 20])
    return town
