"""The dateline's place as the incident's place of last resort.

A dateline says where the story was filed, never where the incident was when the text says
where (:func:`~rashomon.extract.frames_place_filters.is_dateline` keeps it out of the vote:
"KABUL - … a drone attack on a police station in Pakistan's Khyber region" is in Pakistan).
But a local correspondent files from near the incident: "KAPAN - Residents of Nerkin Hand spent
the night in basements …" names a village no gazetteer has and no other place, and Kapan, the
town 10 km away, says more than "Armenia". So the dateline's town is the incident's place when

* the incident's sentences and the lead name no place finer than a country (nor a town no
  gazetteer has: "the town of Pont-Sonde" says where, the dateline does not),
* the town lies in the country those sentences name (the one named most), or, when they name
  none, in the country the dateline itself names ("MAIDUGURI, Nigeria - Residents of Kwakwa …"),
* and it is no national capital: a capital's dateline is where the bureau sits ("KHARTOUM -
  … in a camp in North Darfur" is not in Khartoum); the gazetteer puts a country at its capital
  (:meth:`~rashomon.gazetteer.places.PlaceGazetteer.country`);
* nor a town the story shows to be only where it was filed: one it names as where people went
  ("DORI - … survivors who reached Dori said"), or one in a country whose part, or an unnamed
  village in it, is all the story gives of the incident's place ("DORI - Residents in
  north-eastern Burkina Faso said the attack on a mining village …"; "GOSSI, Mali - … a raid on a
  village in central Mali", Gossi a town no gazetteer has): the country, not a false town
  (``_filing_town``).

A dateline town no gazetteer has, written again in the story ("BARA, Khyber: … a jirga in
Bara"), or one the gazetteer knows only in another country and not on its own (a village, not a
city), in a dateline that names no other country, is a town no gazetteer has, in the country the
story names: by name, without coordinates.

Where a town no gazetteer has is named and the article backs two countries of one name ("GOMA,
Congo — … in Kalehe"), the dateline's town says which: its country is given as a weak country
mention (:func:`dateline_places`), which the unknown town then takes; so too where nothing in the
article names a country at all and the dateline is a city's ("JUBA - Gunmen killed 14 people in
Bentiu": South Sudan), capital or not; a town of that country the gazetteer has under that name,
too small to be taken with nothing backing its country, is then read there (Bentiu, with its point).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.dateline import Dateline, paragraph_dateline
from rashomon.extract.doctext import text_of
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_place_unknown import unknown_location
from rashomon.extract.frames_text import Sent, evidence
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer, distance_km
from rashomon.types import Location

logger = logging.getLogger(__name__)
LEAD_SENTENCES: int = setting("extract.frames", "lead_sentences")  # one setting with frames.py's lead
SAME_SITE_KM: float = setting("extract.frames_places", "same_site_km")  # data/settings.toml

__all__ = ["DatelinePlace", "dateline_place", "dateline_places", "is_capital"]


@dataclass(frozen=True, slots=True)
class DatelinePlace:
    """The dateline's place resolved: the name as written, where it stands, the place, and the
    country its region part names (None when it names none)."""

    text: str
    start: int
    end: int
    location: Location
    named_country: str | None
    standalone: bool = False  # a town known on its own (a city, a main name): a real dateline abroad


def _first_dateline(text: str, sents: Sequence[Sent]) -> Dateline | None:
    """The dateline heading one of the article's first paragraphs (a headline line or a date
    stamp may come first)."""
    seen: set[int] = set()
    for s in [s for s in sents if not s.caption][:LEAD_SENTENCES + 1]:
        line = text.rfind("\n", 0, s.start) + 1
        if line in seen:
            continue
        seen.add(line)
        if (found := paragraph_dateline(text, s.start)) is not None:
            return found
    return None


def dateline_place(doc: Doc, sents: Sequence[Sent], places: PlaceGazetteer,
                   context: PlaceContext | None) -> DatelinePlace | None:
    """The town (or region) of the article's dateline, resolved in the article's context (the
    gazetteer reads a name in capitals, "GOMA, Congo —", as the town)."""
    text = text_of(doc)
    found = _first_dateline(text, sents)
    if found is None:
        return None
    written = text[found.start:found.end]
    pstart, pend = found.place[0] - found.start, found.place[1] - found.start
    rstart, rend = (found.region[0] - found.start, found.region[1] - found.start) if found.region else (-1, -1)
    hits = places.find(written, context)
    town = next((h for h in hits if pstart <= h.start and h.end <= pend
                 and h.location.precision in ("exact", "town", "region")), None)
    if town is not None:
        # the country the dateline names: its region part, a country or a region of one ("BURAO, Togdheer")
        named = next((h.location.country for h in hits if rstart <= h.start and h.end <= rend
                      and h.location.precision in ("country", "region")), None)
        return DatelinePlace(written[town.start:town.end], found.start + town.start, found.start + town.end,
                             town.location, named, places.standalone(town))
    # a name no gazetteer has: a town only when the dateline says where it lies ("BARA, Khyber:")
    # and the story names it again ("a jirga in Bara"): "BREAKING:" is no town
    name = found.place_text.title() if found.capitals else found.place_text
    if found.region is None or re.search(rf"\b{re.escape(name)}\b", text[found.end:]) is None:
        return None
    return DatelinePlace(found.place_text, found.place[0], found.place[1], unknown_location(name, None), None)


def is_capital(loc: Location, places: PlaceGazetteer) -> bool:
    """Whether a town is its country's capital (the country's own point in the gazetteer)."""
    country = places.country(loc.country)
    if country is None or loc.precision not in ("exact", "town"):
        return False
    return distance_km(loc, country) <= SAME_SITE_KM


def _filing_town(line: DatelinePlace, country: str | None, mentions: Sequence[PlaceMention]) -> str | None:
    """Why the dateline's town is where the story was filed and not the incident's place, or
    None: the story tells the incident's place as a part of the town's ``country`` ("residents in
    north-eastern Burkina Faso said the attack on a mining village …") or as a village it leaves
    unnamed there ("an attack on a Fulani village in central Mali"): a writer in the town who
    gives only that withholds the place, and the town is no finer than that; or the story names
    the town as where people went ("survivors who reached Dori", "the wounded were moved to
    Dori"). ``country`` is the town's, or, for a town no gazetteer has, the one it is read in."""
    if any(m.described in ("part", "unnamed") and m.location.country == country for m in mentions):
        return "the story gives only a part of the country"
    names = {line.text.casefold(), line.location.name.casefold()}
    if any(m.fled_to and m.text.casefold() in names for m in mentions):
        return "the story names it as where people went"
    return None


def _towns_in(code: str, mentions: Sequence[PlaceMention], places: PlaceGazetteer) -> list[PlaceMention]:
    """The towns of country ``code`` the gazetteer has by the names of the towns no gazetteer
    found in the text (too small to be taken unbacked), one each, with the weight and evidence
    of the mention: read in the dateline's country."""
    out = []
    for m in mentions:
        if not m.unknown or m.location.country is not None:
            continue
        town = next((c.location for c in places.candidates(m.text, skeleton=False)
                     if c.source == "town" and c.form == "main" and c.location.country == code), None)
        if town is not None:
            out.append(replace(m, location=town, unknown=False))
    return out


def dateline_places(doc: Doc, sents: list[Sent], mentions: list[PlaceMention], places: PlaceGazetteer,
                    context: PlaceContext | None, *, weight: float, country_weight: float) -> list[PlaceMention]:
    """The dateline's town when nothing finer than a country places the incident
    (:mod:`.frames_place_dateline`): in the country the incident's sentences name most, or,
    when they name none, the one the dateline names; never a capital. Where they name a town
    no gazetteer has, only the dateline's country, weakly, when the article backs it: it tells
    "GOMA, Congo" from Brazzaville's Congo. The town votes ``weight`` (a lead's), the country
    ``country_weight`` (the weights of frames_places, which calls this)."""
    line = dateline_place(doc, sents, places, context)
    if line is None:
        return []
    own = line.location.country
    ev = evidence(text_of(doc), line.start, line.end)
    if any(m.unknown for m in mentions):
        backed = context is not None and own is not None and context.countries.get(own, 0.0) > 0.0
        # nothing else says a country: a city's dateline does ("JUBA - Gunmen killed 14 people in
        # Bentiu"), under every capital alike
        alone = line.standalone and not any(m.location.country for m in mentions) and \
            not (context is not None and any(v > 0.0 for v in context.countries.values()))
        if alone and not backed:
            logger.debug("the dateline %r gives the only country of a town no gazetteer has", line.text)
            if own is not None and (towns := _towns_in(own, mentions, places)):
                return towns  # "JUBA - … in Bentiu": South Sudan's Bentiu, a town too small to stand alone
        backed = backed or alone
        country = places.country(own)
        return [PlaceMention(line.text, country, country_weight, ev, dateline=True)] \
            if backed and country is not None else []
    totals: dict[str, float] = {}
    for m in mentions:
        if m.location.country and not (m.aside or m.fled_to):
            totals[m.location.country] = totals.get(m.location.country, 0.0) + m.weight
    named = max(totals, key=lambda c: totals[c]) if totals else line.named_country
    if is_capital(line.location, places) or named is None:
        return []
    if (why := _filing_town(line, own or named, mentions)) is not None:
        logger.debug("the dateline %r is only where the story was filed: %s", line.text, why)
        return []
    if named != own or line.location.lat is None:  # "BARA, Khyber:" in a story about Pakistan: not Nigeria's Bara
        if line.standalone or line.named_country not in (None, named) or line.location.precision != "town":
            return []
        town = unknown_location(line.location.name, named)
        return [PlaceMention(town.name, town, weight, ev, dateline=True, unknown=True, factor=1.0)]
    return [PlaceMention(line.text, line.location, weight, ev, dateline=True)]
