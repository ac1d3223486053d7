"""The town of an operation's incident, named after a lead that names only wide regions.

"Warplanes struck militant targets in northern Syria and Iraq over the weekend, after nine
soldiers were killed in an attack on a base in northern Iraq. Among the targets was a car near
Qamishli on Saturday": the lead names regions of two countries (one of them a background
attack's), and the incident's town comes in a later sentence, often one without a word of
violence of its own. "Drone strikes in Amhara and Oromia killed dozens … In Amhara, a strike on
a bus station in Dangila killed 19": two regions of one country, too far apart to be one area.

Such a lead places nothing by itself: a town a sentence soon after it names as where something
happened ("near", "in", "at"; not where a source spoke, not where people fled, not another
story's place), in one of the lead's countries, is the incident's place
(:func:`rashomon.extract.frames_places.choose_place` ranks it before the regions). A lead
naming one region, or regions of one area, keeps its region: "clashes in Sudan's Darfur region
… officials in El Fasher said" stays in Darfur; so does one whose other country only acts
("Thailand … called for restraint after soldiers killed 11 villagers in Myanmar's Kayin state").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.types import Location

LATER_SENTENCES: int = setting("extract.frames_place_operation", "later_sentences")  # data/settings.toml
WEAK_FACTOR: float = setting("extract.frames_places", "weak_factor")  # one setting with frames_places'


def _where(m: PlaceMention) -> bool:
    """A mention naming where something happened (not a source's seat, a destination, a launch
    site or the headline's country list)."""
    return not (m.aside or m.speaker or m.fled_to or m.in_title or m.dateline)


def acting(doc: Doc, m: PlaceMention) -> bool:
    """Whether a country mention is the subject of a verb: "Thailand, which shares a border with
    Myanmar, called for restraint after soldiers killed 11 villagers in Myanmar's Kayin state" —
    an actor of the lead, no second country of its places (:func:`spread_lead`)."""
    if m.location.precision != "country" or m.evidence is None:
        return False
    span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "appos" and tok.head.i != tok.i:  # "BANGKOK - Thailand, ..., called": the dateline's parse
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX")


def spread_lead(mentions: list[PlaceMention], in_area: Callable[[Location, Location], bool]) -> set[str]:
    """The lead's countries when the incident's mentions name only regions (no town, known or
    not) of more than one country or of places too far apart to be one area; empty otherwise."""
    if any(m.location.precision in ("exact", "town") and _where(m) for m in mentions):
        return set()
    regions = [m.location for m in mentions if m.location.precision == "region" and _where(m)]
    if not regions:
        return set()
    countries = {m.location.country for m in mentions if m.location.country and _where(m)
                 and m.location.precision in ("region", "country")}
    apart = any(not in_area(a, b) for a in regions for b in regions)
    return countries if len(countries) > 1 or apart else set()


def operation_towns(countries: set[str], later: Iterable[list[PlaceMention]]) -> list[PlaceMention]:
    """The towns of the first of the LATER_SENTENCES sentences after the lead (``later``: their
    mentions, in text order) that names one in ``countries`` as where something happened, marked
    ``later``; none when no such sentence does."""
    for n, found in enumerate(later):
        if n >= LATER_SENTENCES:
            break
        towns = [m for m in found if m.location.precision in ("exact", "town") and _where(m) and not m.unknown
                 and m.factor > WEAK_FACTOR and m.location.country in countries]
        if towns:
            return [replace(m, later=True) for m in towns]
    return []
