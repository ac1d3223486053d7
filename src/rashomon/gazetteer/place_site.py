"""A part of the story's town named like a town elsewhere: "Lido beach", "the Bakara market".

A beach, market or quarter of a town is named after a local word that is often also a town's
name somewhere else (Lido, Venice). When the text writes such a name with a part-of-town noun
and the town abroad is no place of the article (:mod:`.place_text` decides that), the site lies
in a town of the story: the town the same sentence names, else the article's first town of a
country it backs (the dateline's, most often). The site is placed at that town, at town
precision: the index knows no point of the beach itself.
"""

from __future__ import annotations

from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.place_context import Anchor, PlaceContext
from rashomon.types import Location


def site_of_story_town(name: str, text: str, ctx: PlaceContext) -> Location | None:
    """The site ``name`` ("Lido beach", as written in ``text``) in the story's town, or None
    when the article names no town of a country it backs."""
    own = name_key(name.split()[0]) if name.split() else ""
    towns = [a for a in ctx.anchors if a.backs > 0.0 and a.country and a.key != own
             and ctx.share(a.country) >= 1.0]
    if not towns:
        return None
    folded = name_key(text) if len(towns) > 1 else ""
    town: Anchor = next((a for a in towns if a.key and a.key in folded), towns[0])
    return Location(" ".join(name.split()), town.country, town.lat, town.lon, "town")
