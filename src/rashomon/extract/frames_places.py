"""The incident's place: which of the places an article names is where it happened.

Every place the gazetteer finds in the headline and the trigger sentences is a vote, weighted by
where it stands (headline > lead > other sentences) and how it is attached ("in"/"near" count
more than "from"/"towards"). Mentions that are not places of anything (datelines, places used
as actors, a person's home town, a word of a name) do not vote (:mod:`.frames_place_filters`).

The votes are then pooled by area: a mention's score is the weight of every mention within
``AREA_KM`` (regions within ``REGION_AREA_KM``) plus half the weight of its country's mentions,
so "an air base near Palmyra … T4 … Homs province … Syria" outvotes one mention of an Israeli
town where something else happened. Inside the winning area the most precise place wins (exact
> town > region), unless it is named only as a landmark or an end point ("the town next to the
nuclear plant": the town wins); among equals a place described by a landmark first and a landmark
named only as a reference ("southeast of Albu Kamal", "near Palmyra") last: "al-Harra, southeast
of Albu Kamal" is at al-Hari, even where the headline says Albu Kamal; and a town written as the
holder of a finer place in an address after the place it holds: "near Bay Hasan, Kirkuk" is at
Bay Hasan ("near the Kishishe market, Rutshuru", a landmark no gazetteer has, is at Rutshuru).

A place of another story told in the incident's sentence (where the fire came from, the other
side's counter-accusation: :mod:`.frames_place_sides`; what followed it, "queues at the crossing
since the bombing": :mod:`.frames_place_aftermath`) votes weakly and ranks after every place of
its area named otherwise. When nothing finer than a country places the incident, the dateline's
town of that country does (never a capital: :mod:`.frames_place_dateline`); a country told by a
part ("in the south of the Philippines") outvotes a headline's actor. A town the incident's word
names, given its country ("strikes on the Malian border town of X"), is the place even where the
article names towns of the neighbour (where the wounded were treated: :mod:`.frames_place_struck`);
two capitals joined by "and" are governments, no place. A lead naming only regions of several
countries, or regions far apart, gives way to the town a following sentence names as where
something happened (:mod:`.frames_place_operation`). Where people fled from is a place
("families from Nasir crossed into Ethiopia"), where they fled to only its country, weakly, and
never the country of a town no gazetteer has that they fled; such a town written in a region the
text names ("the town of Nasir in South Sudan's Upper Nile state") is the place when that region
wins, named by the town at the region's point.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.doctext import text_of
from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_place_aftermath import aftermath_ranges
from rashomon.extract.frames_place_anaphor import pointed_places
from rashomon.extract.frames_place_carried import carried_there
from rashomon.extract.frames_place_coarse import coarse_place
from rashomon.extract.frames_place_country import (
    capital_of,
    compass_part,
    country_parts,
    demonym_capitals,
    holds_unnamed,
    people_country,
    told_country,
    told_part,
    told_unknown,
    told_voters,
    withheld,
)
from rashomon.extract.frames_place_dateline import dateline_places, is_capital
from rashomon.extract.frames_place_filters import (
    destination,
    fled_from,
    is_addressed,
    is_dateline,
    not_a_name,
    not_a_place,
    person_origin,
    region_named_so,
)
from rashomon.extract.frames_place_institution import in_organisation
from rashomon.extract.frames_place_marks import held_in_region, mark_holders, mark_landmarked, outside_container
from rashomon.extract.frames_place_mention import PlaceMention as PlaceMention  # frames.py reads it here
from rashomon.extract.frames_place_operation import acting, operation_towns, spread_lead
from rashomon.extract.frames_place_relative import direction_of, owns_landmark
from rashomon.extract.frames_place_remains import remains_brought
from rashomon.extract.frames_place_route import departure, route_end
from rashomon.extract.frames_place_shared import shared_sides
from rashomon.extract.frames_place_sides import ASIDE_FACTOR, counter_ranges, earlier_ranges, in_ranges, launch_site
from rashomon.extract.frames_place_site_later import site_named_later
from rashomon.extract.frames_place_speaker import reacting_actor, speaker_place, speaker_place_at, stronger_country
from rashomon.extract.frames_place_struck import paired_capitals, struck
from rashomon.extract.frames_place_title import headline_places
from rashomon.extract.frames_place_twins import fled_across, side_taken, twin_place
from rashomon.extract.frames_place_units import names_unit, units
from rashomon.extract.frames_place_unknown import (
    held_scene,
    qualified_country,
    story_country,
    town_in_region,
    unknown_location,
    unknown_outweighs,
    unknown_towns,
)
from rashomon.extract.frames_place_village import village_named_later
from rashomon.extract.frames_text import Sent, evidence, governor, preposition
from rashomon.gazetteer.places import REGION_AREA_KM, PlaceContext, PlaceGazetteer, distance_km
from rashomon.lexicon import alternation, words
from rashomon.types import Location

TITLE_WEIGHT: float = setting("extract.frames_places", "title_weight")  # data/settings.toml
LEAD_WEIGHT: float = setting("extract.frames_places", "lead_weight")  # data/settings.toml
AREA_KM: float = setting("extract.frames_places", "area_km")  # data/settings.toml
SAME_SITE_KM: float = setting("extract.frames_places", "same_site_km")  # data/settings.toml
COUNTRY_SHARE: float = setting("extract.frames_places", "country_share")  # data/settings.toml
SPEAKER_FACTOR: float = setting("extract.frames_places", "speaker_factor")  # data/settings.toml
LEAD_SENTENCES: int = setting("extract.frames", "lead_sentences")  # one setting with frames.py's lead
WEAK_FACTOR: float = setting("extract.frames_places", "weak_factor")  # data/settings.toml
DESTINATION_FACTOR: float = setting("extract.frames_places", "destination_factor")  # data/settings.toml
DATELINE_COUNTRY_WEIGHT: float = setting("extract.frames_places", "dateline_country_weight")  # data/settings.toml
# Title Case here is a share of the headline's words of 4+ letters (function words left out),
# and only says its capitals prove no name; nlp.truecase rewrites a line for the parser by a
# share of all its words: two decisions on two measures, two settings
TITLE_CASE_SHARE: float = setting("extract.frames_places", "long_word_caps_share")  # data/settings.toml
# The order of the Location.precision values, finest first: which place of the winning area is the most
# precise. A definition of the enum, not a tuned number (no other order makes sense): not in settings.toml.
PRECISION_RANK = {"exact": 0, "town": 1, "region": 2, "country": 3, "unknown": 4}

_LEXICON = "place_words.yaml"  # the words of this module and of frames_place_filters
REFERENCE_WORDS = words(_LEXICON, "reference_words")  # "near X", "southeast of X"
_DIRECTIONS = words(_LEXICON, "directions")  # "southeast of X", "10 km of X", "the outskirts of X"
# what names the far side of a border: "on the border with Thailand", "the frontier with Iran",
# "across the border from Mandera" (grammar words: "with", "from")
_ORIGIN = "from"  # grammar: a route's start ("left Quetta for ...") weighs like "from Quetta"
_FAR_SIDE = re.compile(r"\b" + alternation(sorted(words(_LEXICON, "border_nouns")))
                       + r"s?\s+(?:with|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _attachment(doc: Doc, start: int, end: int) -> tuple[float, bool]:
    """(weight factor, reference?) from the preposition the mention hangs on; where a source
    speaks from weighs SPEAKER_FACTOR of it (the capital its officials sit in is rarely where
    the incident was, the town its local police sit in often near it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 1.0, False
    prep = preposition(span.root)
    factor = frame_lexicon().place_prepositions.get(prep or "", 1.0)
    if prep is None and departure(span.root):
        factor = frame_lexicon().place_prepositions.get(_ORIGIN, factor)  # "the train, which left Quetta for ..."
    if prep == "from" and fled_from(doc, start, end):
        return 1.0, False  # "families from Nasir crossed into Ethiopia": where they fled is the place
    if speaker_place(span.root):
        factor *= SPEAKER_FACTOR
    reference = prep in REFERENCE_WORDS and not owns_landmark(span.root, prep)  # "near the X shrine" is at X
    if prep == "of":  # "southeast of X", "south of the X garrison" are references, "the town of X" is X
        reference = governor(span.root, 1).head.lower_ in _DIRECTIONS or \
            governor(span.root, 1).lower_ in _DIRECTIONS or direction_of(span.root)
    return factor, reference


def sentence_places(doc: Doc, sent: Sent, places: PlaceGazetteer, weight: float,
                    context: PlaceContext | None = None, *, follow: bool = True) -> list[PlaceMention]:
    """The place mentions of one sentence, and those a word of it points back to ("there", "the
    same junction": :mod:`.frames_place_anaphor`; ``follow``: not from that earlier sentence)."""
    found = _sentence_places(doc, sent, places, weight, context)
    return found + pointed_places(doc, sent, found, lambda s: sentence_places(
        doc, s, places, weight, context, follow=False)) if follow else found


def _sentence_places(doc: Doc, sent: Sent, places: PlaceGazetteer, weight: float,
                     context: PlaceContext | None) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    hits = places.find(sent.span.text, context)
    triggered = sent.trigger_tokens()
    counters = counter_ranges(sent.span, [(sent.start + h.start, sent.start + h.end) for h in hits]) + \
        earlier_ranges(sent.span, triggered)
    # what followed the act, told after the lead ("queues at the crossing since the bombing"); the
    # lead's own consequence is at the scene ("Oicha was in mourning after the massacre")
    after = aftermath_ranges(sent.span, triggered) if weight < LEAD_WEIGHT else []
    governments = paired_capitals(text_of(doc), [(sent.start + h.start, sent.start + h.end) for h in hits],
                                  [is_capital(h.location, places) for h in hits])
    sides = shared_sides(text_of(doc), sent.start, sent.end, hits, places, context)
    shared: list[PlaceMention] = []
    for side in sides:  # "the Rwandan side of Lake Kivu": a region of Rwanda, whatever Lake Kivu resolves to
        factor = _attachment(doc, *side.noun)[0]
        shared.append(PlaceMention(text_of(doc)[side.start:side.end], side.location, weight * factor,
                                   evidence(text_of(doc), side.start, side.end), factor=factor))
    for n, hit in enumerate(hits):
        start, end, loc = sent.start + hit.start, sent.start + hit.end, hit.location
        if n in governments:
            continue  # "relations between Algiers and Bamako": two governments, no place
        if any(s.feature[0] <= start and end <= s.feature[1] for s in sides):
            continue  # the side named gives the place
        if is_dateline(text_of(doc), start, end) or (
                not_a_place(doc, start, end) and not region_named_so(doc, doc.char_span(
                    start, end, alignment_mode="expand"), hit, places)):
            continue  # "Kaduna state" is no "state" actor
        if _FAR_SIDE.search(text_of(doc), max(0, start - 30), start):
            continue  # "Myawaddy, on the border with Thailand": the place is this side of it
        if person_origin(doc, start, end):
            continue  # "a student from Aleppo": where a person is from, not the incident's place
        if hit.source == "country" and (in_organisation(doc, start, end) or reacting_actor(doc, start, end)):
            continue  # "condemned by ... governments, including Turkey and Qatar": who reacted, not where
        addressed = is_addressed(sent.span.text, hit, hits[n + 1:])
        if not not_a_name(doc, start, end, hit, places, addressed=addressed):
            continue
        described = None
        if hit.source == "country" and (capital := capital_of(text_of(doc), start, end, loc.country, places)):
            start, end, loc = capital.start, capital.end, capital.location  # "Mali's capital" is Bamako
        elif hit.source == "country":  # "a city in Colombia" withholds the town; "northern Benin" is Benin's
            described = "unnamed" if holds_unnamed(text_of(doc), start, end) else \
                "part" if compass_part(text_of(doc), start, end) else None
        factor, reference = _attachment(doc, start, end)
        reference = reference and described is None  # "in the south of the Philippines" is a part, no landmark
        root = doc.char_span(start, end, alignment_mode="expand")
        route = root is not None and route_end(root.root, preposition(root.root))
        if destination(doc, start, end) or remains_brought(doc, start, end) or carried_there(doc, start, end):
            # "refugees crossed into Cameroon's Far North region", "the bodies were received at the
            # hospital in Pemba", "the wounded were moved to Quetta": only the country, weakly
            if (country := places.country(loc.country)) is not None:
                out.append(PlaceMention(text_of(doc)[start:end], country, weight * DESTINATION_FACTOR,
                                        evidence(text_of(doc), start, end), factor=DESTINATION_FACTOR, fled_to=True,
                                        across=hit.source == "country"))
            continue
        aside = launch_site(doc, start, end) or in_ranges(start, counters) or (
            in_ranges(start, after) and not fled_from(doc, start, end))  # where they fled from is the scene
        speaker = speaker_place_at(doc, start, end)
        placed = twin_place(hit, text_of(doc)[start:end], hits, places)  # "Moyale town, in Borena zone of Oromia"
        loc, twin = (loc, None) if placed is None else (placed, hit.location)  # Ethiopia's Moyale, at Oromia's point
        if speaker and is_capital(loc, places) and (country := places.country(loc.country)) is not None:
            loc = country  # "the toll announced by the government in Niamey": Niger's government, not a town
        out.append(PlaceMention(text_of(doc)[start:end], loc, weight * factor * (ASIDE_FACTOR if aside else 1.0),
                                evidence(text_of(doc), start, end), reference, factor=factor,
                                speaker=speaker, aside=aside, unit=names_unit(text_of(doc), end, hit),
                                struck=struck(doc, sent, start, end, triggered), twin=twin, route=route,
                                described=described))
    for part in [*country_parts(doc, sent.start, sent.end, places, context),
                 *demonym_capitals(text_of(doc), sent.start, sent.end, places)]:
        # "in the north of the country", "the Somali capital": no place name, a place all the same
        if part.location.precision != "country" and (
                destination(doc, part.start, part.end) or carried_there(doc, part.start, part.end)):
            continue  # "the wounded were flown to the capital", "families fled to the capital": no scene
        factor, reference = _attachment(doc, part.start, part.end)  # "south of the Syrian capital"
        if part.bare and reference:
            continue  # "in the Lower Shabelle region, west of the capital": the region says where
        aside = launch_site(doc, part.start, part.end) or in_ranges(part.start, counters + after)
        out.append(PlaceMention(
            text_of(doc)[part.start:part.end], part.location, weight * factor * (ASIDE_FACTOR if aside else 1.0),
            evidence(text_of(doc), part.start, part.end), reference and part.location.precision != "country",
            factor=factor, aside=aside, speaker=speaker_place_at(
                doc, part.start, part.end), struck=struck(doc, sent, part.start, part.end, triggered),
            described="part" if part.location.precision == "country" else None))
    out = fled_across(text_of(doc), out, places, context)  # "crossed into Kenya since … in the border town of Moyale"
    known = mark_holders(text_of(doc), mark_landmarked(text_of(doc), outside_container(text_of(doc), units(out))))
    known += shared  # no address: the people word says where the feature is
    # a town no gazetteer has lies in the article's best-backed country, never in the one its people fled into
    countries = dict(context.countries) if context else {}
    fled_to = {m.location.country for m in out if m.fled_to}
    kept = {c: w for c, w in countries.items() if c not in fled_to}
    unknown, named = [], frozenset(h.location.country for h in hits if h.source == "country" and h.location.country)
    for s, e, name in unknown_towns(doc, sent.start, sent.end, hits, places, triggered):
        fled = fled_from(doc, s, e)
        pool = kept if fled else countries
        factor = _attachment(doc, s, e)[0]
        aside = launch_site(doc, s, e) or in_ranges(s, counters) or (in_ranges(s, after) and not fled)
        own = qualified_country(text_of(doc), s, places)  # "the Malian border town of X"
        code = own or story_country(pool, context)
        unknown.append(PlaceMention(name, unknown_location(name, code),
                                    weight * factor * (ASIDE_FACTOR if aside else 1.0), evidence(text_of(doc), s, e),
                                    unknown=True, aside=aside, factor=factor, fled_from=fled, sentence_countries=named,
                                    struck=struck(doc, sent, s, e, triggered), qualified=own is not None))
    return known + [held_in_region(text_of(doc), u, known) for u in unknown]


def lead_places(doc: Doc, sents: list[Sent], mentions: list[PlaceMention], places: PlaceGazetteer,
                context: PlaceContext | None = None) -> list[PlaceMention]:
    """The places of the article's lead (its first sentence that is no caption) when the
    incident's sentences name no place finer than a country. Trigger words miss many verbs of
    violence ("Gunmen kidnapped a journalist in Samarra city, Saladin governorate, Iraq. ...
    Sources attributed the attack to ..."): the lead of a news text says where. The lead is
    the first of the first LEAD_SENTENCES sentences that names a place (a date stamp or a
    dateline may stand alone before it). Only places in a country the incident's sentences
    name (if they name any) are taken; none of another story (``aside``: a launch site, a counter-
    accusation's), nor any where the incident's sentence tells its country by description."""
    told = [m.evidence.start for m in mentions if m.evidence and not m.in_title]
    lead = next((s for s in sents if told and s.start <= min(told) < s.end), None)
    if lead is not None and (countries := spread_lead([m for m in mentions if m.evidence and not m.in_title
                                                       and lead.start <= m.evidence.start < lead.end
                                                       and not acting(doc, m)], in_area)):
        # "strikes in northern Syria and Iraq … near Qamishli": the town after a lead of regions
        return operation_towns(countries, (sentence_places(doc, s, places, 1.0, context)
                                           for s in sents if not s.caption and s.start >= lead.end))
    if any(m.location.precision not in ("country", "unknown") and not m.unknown and not m.aside for m in mentions):
        # the lead's "a village in X state"; "a resort in northern Iraq" named later with its town
        return village_named_later(doc, sents, mentions, places, context) or site_named_later(
            doc, sents, mentions, lambda s: sentence_places(doc, s, places, 1.0, context), in_area)
    countries = {m.location.country for m in mentions if m.location.country and not m.aside}
    for lead in [s for s in sents if not s.caption][:0 if withheld(mentions) else LEAD_SENTENCES]:
        found = [m for m in sentence_places(doc, lead, places, LEAD_WEIGHT, context)
                 if m.location.precision not in ("country", "unknown") and not m.aside
                 and (not countries or m.location.country in countries)]
        if found:
            break
    else:
        found = []
    if any(not m.unknown for m in found):
        return found
    found += dateline_places(doc, sents, [*mentions, *found], places, context,
                             weight=LEAD_WEIGHT, country_weight=DATELINE_COUNTRY_WEIGHT)
    if not found and not mentions and (people := people_country(doc, places)) is not None:
        # "Somali police said ... on Lido beach": no place named, the country of its people
        found.append(PlaceMention(text_of(doc)[people.start:people.end], people.location, WEAK_FACTOR,
                                  evidence(text_of(doc), people.start, people.end), factor=WEAK_FACTOR))
    return found


def in_title_case(title: str) -> bool:
    """Whether a headline is in Title Case: TITLE_CASE_SHARE of its words of 4+ letters
    capitalised (short function words left out; see nlp.truecase for the parser's measure)."""
    long_words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


def title_places(title: str, text: str, places: PlaceGazetteer,
                 context: PlaceContext | None = None, doc: Doc | None = None) -> list[PlaceMention]:
    """Places of the headline (:func:`.frames_place_title.headline_places`)."""
    return headline_places(title, text, places, context, doc, weight=TITLE_WEIGHT,
                           destination_factor=DESTINATION_FACTOR, title_case=in_title_case(title))


def in_area(a: Location, b: Location) -> bool:
    """Whether two places can be one incident's place (a country holds its places; a place
    known by name only, a town no gazetteer has or a lake's side, may lie anywhere in its country)."""
    if a.precision == "country" or b.precision == "country":
        return bool(a.country) and a.country == b.country
    if (a.lat is None and a.precision in ("town", "region")) or (b.lat is None and b.precision in ("town", "region")):
        return not a.country or not b.country or a.country == b.country
    if a.name == b.name and a.country == b.country:
        return True
    if a.country and b.country and a.country != b.country:
        return False  # a border: "a village in Armenia's Syunik province" is no place in Zangilan (Azerbaijan)
    if a.precision == "exact" and b.precision == "exact":
        return distance_km(a, b) <= SAME_SITE_KM  # two named sites are two places
    radius = REGION_AREA_KM if "region" in (a.precision, b.precision) else AREA_KM
    return distance_km(a, b) <= radius


def choose_place(mentions: list[PlaceMention]) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """The incident's place and the mentions that back it (its area)."""
    if not (mentions := side_taken(mentions)):  # a border town read on one side is read there throughout
        return None, []
    fine = [m for m in mentions if m.location.precision not in ("country", "unknown") and not m.unknown]
    countries = [m for m in mentions if m.location.precision == "country"]
    unknown = told_unknown([m for m in mentions if m.unknown], countries)
    if any(m.location.country for m in mentions):  # a belt of several countries ("across the Sahel") is
        fine = [m for m in fine if m.location.country]  # no place of a story that names one of them
    if unknown and all(m.factor <= WEAK_FACTOR or m.speaker or m.aside for m in fine) and \
            any(u.factor > WEAK_FACTOR and not u.aside for u in unknown):
        fine = []  # "families from Nasir crossed into ...", "sent troops to Juba": the town named as where wins
    if (owners := {u.location.country for u in unknown if u.struck and u.qualified and not u.aside}) and \
            not any(m.struck and not m.aside and m.location.precision in ("exact", "town") for m in fine):
        # "strikes on the Malian border town of X ... treated in Y": X, and the places of Mali
        fine = [m for m in fine if m.location.country in owners]
    fine = told_country(fine, countries)  # "in a city in Colombia", "in the north of the country"
    if any(m.later for m in fine):  # a lead of regions far apart: the town named after it (frames_place_operation)
        fine = [m for m in fine if m.later or m.location.precision != "region"]
    if not fine:  # a country, or a town no gazetteer has in it (frames_place_coarse)
        return coarse_place(countries, unknown)

    def area_score(loc: Location) -> float:
        own = sum(n.weight for n in fine if in_area(loc, n.location))
        return own + COUNTRY_SHARE * sum(c.weight for c in countries if c.location.country == loc.country)

    # once per distinct place: a long article repeats a few places thousands of times (issue 14)
    by_place: dict[Location, float] = {}
    for m in fine:
        if m.location not in by_place:
            by_place[m.location] = area_score(m.location)
    scores = [by_place[m.location] for m in fine]
    top = max(range(len(fine)), key=lambda i: (scores[i], -i))
    if unknown_outweighs(unknown, fine[top].location, scores[top]):
        return choose_place([m for m in mentions if m.unknown or m.location.precision == "country"])
    area = [m for m in fine if in_area(fine[top].location, m.location)]
    if all((m.speaker or m.reference) and not m.later for m in area) and \
            (other := stronger_country(area, told_voters(countries)) or told_part(area, countries)) is not None:
        return other, [m for m in countries if m.location.country == other.location.country]
    named: dict[tuple[str, str | None], float] = {}
    for m in area:
        key = (m.location.name, m.location.country)
        named[key] = named.get(key, 0.0) + (0.0 if m.reference else m.weight)
    landmarked = {(m.location.name, m.location.country) for m in area if m.landmarked}
    places = {m.location for m in area}
    holders = {(m.location.name, m.location.country) for m in area if m.holds is not None and m.holds in places}
    # a town named only as the unit named after it ("Beni territory") is an area around it: a
    # town named as where something happened ("in Oicha, where ...") ranks before it
    units = {(m.location.name, m.location.country) for m in area if m.unit} - \
        {(m.location.name, m.location.country) for m in area if not m.unit}
    # a place named only as an end point, a neighbour, a landmark or where a source sits ("next
    # to the nuclear plant", "towards the border post", "near the power plant", "a police officer
    # in Pemba said") ranks after a town or site named as where something happened, whatever
    # its precision; a region does not outrank a town named as a landmark ("near Shirqat city,
    # Saladin governorate" is at Shirqat)
    strong = {(m.location.name, m.location.country) for m in area
              if m.factor > WEAK_FACTOR and not m.reference and not m.aside and not m.speaker
              and m.location.precision in ("exact", "town")
              and (m.location.name, m.location.country) not in holders  # "near Bay Hasan, Kirkuk": Kirkuk holds it
              and (m.location.name, m.location.country) not in units}
    # a place named only as a launch site, in a counter-accusation, as where a source spoke or
    # as a route's end point ranks after every place of its area named otherwise, a region too
    # ("fire from Hodeidah hit a camp in Hajjah province"; "in Niger's Tillabéri region ... the
    # toll announced by the government in Niamey"; "a bus travelling from Culiacan to Mazatlan
    # in Sinaloa state")
    told = {(m.location.name, m.location.country) for m in area if not (m.aside or m.speaker or m.route)}
    best = min(range(len(area)), key=lambda i: (
        bool(strong) and (area[i].location.name, area[i].location.country) not in strong,
        (area[i].location.name, area[i].location.country) not in told,
        PRECISION_RANK.get(area[i].location.precision, 4),
        (area[i].location.name, area[i].location.country) not in landmarked,
        (area[i].location.name, area[i].location.country) in holders,
        -named[(area[i].location.name, area[i].location.country)], i))
    backing = area + [c for c in countries if c.location.country == area[best].location.country]
    held = [u for u in unknown if u.held and not u.aside and u.location.country == area[best].location.country
            and (area[best].location.precision == "region" or u.held_by == area[best].location)]
    held = held or town_in_region(area[best], unknown, WEAK_FACTOR)  # "the town of X in north-eastern Congo … Ituri"
    if not held and (scene := held_scene(area, area[best], unknown)) is not None:
        # "attacked the town of X in ... province ... reached Pemba by boat": the town by name (no
        # coordinates), as the reports naming only the town place it
        return scene, [scene, *backing]
    region = area[best].location
    if held:
        # "the town of Nasir in South Sudan's Upper Nile state", "Kadisau village in Faskari local
        # government area": named by the town, at the point of the region or unit holding it
        town = replace(held[0], location=replace(region, name=held[0].location.name))
        return town, [town, *backing]
    return area[best], backing
