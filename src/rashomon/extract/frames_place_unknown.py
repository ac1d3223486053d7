"""Towns no gazetteer has, named as where an incident happened.

A village or commune missing from GeoNames' cities500 ("the town of Pont-Sonde", "in Udhiem
village", "the gang attack on Tchoma Bangou") is still a place the article names: when the
article names no finer place than a country, the incident is at that town, by name, without
coordinates, in the country the article names (:func:`rashomon.extract.frames_places.choose_place`).
Reports naming the same unknown town then share a place (linking keys a town without
coordinates by its country and name) instead of falling back to the whole country.

Grammar, not vocabulary, says a name is such a town: a capitalised name the gazetteer did not
find, the object of a preposition of place ("in", "at", "near"), of "on" after an attack noun,
or of "of" after a town noun ("the village of X"), without "the" before it ("the Police Lines"
is a site); not a person, a people, a date or an
organisation; and not followed by a common noun naming something else ("Saint-Nicolas
hospital"). The words are in ``data/place_words.yaml`` (``unknown_place``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from rashomon.extract.doctext import text_of
from rashomon.extract.frames_place_carried import carried_there
from rashomon.extract.frames_place_filters import destination, fled_from, is_dateline
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_text import preposition
from rashomon.gazetteer.fold import fold, strip_marks
from rashomon.gazetteer.place_context import demonyms
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer, PlaceHit
from rashomon.lexicon import alternation, words
from rashomon.nlp.entities import ents_overlapping
from rashomon.types import Location

_LEXICON = "place_words.yaml"
_PREPS = words(_LEXICON, "unknown_place", "prepositions")
_TOWN_NOUNS = words(_LEXICON, "unknown_place", "town_nouns")
_ON_HEADS = words(_LEXICON, "unknown_place", "on_heads")
_ON_PREPS = words(_LEXICON, "unknown_place", "on_prepositions")
_HOLDER_PREPS = words(_LEXICON, "unknown_place", "holder_prepositions")
_AFTER_NOUNS = words(_LEXICON, "unknown_place", "after_nouns")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_TIME_NAMES = words("dates.yaml", "months") | words("dates.yaml", "weekdays")
# "the Sudanese border town of ", "the Myanmar border village of ": a people word or a country's
# name before a town noun (one lower-case word may stand between) says which country the town
# is in, whatever the article's other countries (grammar; the nouns are ``town_nouns``)
_QUALIFIER = re.compile(r"\bthe\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+(?:[a-z]+\s+)?"
                        + alternation(sorted(_TOWN_NOUNS)) + r"\s+of\s+$")
# a capitalised name of one to four words, hyphen or space joined ("Pont-Sonde", "Tchoma Bangou"),
# Latin letters with their accents ("Bouka Weré"), an Arabic article inside ("Wad al-Nourah")
_PARTICLE = r"(?:\s" + alternation(sorted(words(_LEXICON, "unknown_place", "name_particles"))) + r"[-‐])"
_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:(?:[-‐ ]|" + _PARTICLE
                   + r")[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+){0,3}(?![\w-])")
logger = logging.getLogger(__name__)
_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "PRODUCT"})  # a place the tagger misread
_NOT_PLACE_LABELS = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                               "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"})


def unknown_towns(doc: Doc, start: int, end: int, hits: list[PlaceHit], places: PlaceGazetteer,
                  triggered: frozenset[int] | set[int] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, name) of the unknown towns named as places in ``doc``'s text between
    ``start`` and ``end`` (a sentence); ``hits`` are the gazetteer's finds there (offsets
    relative to ``start``): a name overlapping one is no unknown town. ``triggered``: the
    sentence's trigger tokens, whose object a town noun may be ("attacked Bouka village")."""
    text = text_of(doc)
    out: list[tuple[int, int, str]] = []
    for m in _NAME.finditer(text, start, end):
        s, e, name = m.start(), m.end(), m.group(0)
        if any(h.start + start < e and s < h.end + start and not (s < h.start + start or h.end + start < e)
               for h in hits):
            continue  # the gazetteer found it (a town inside the name, "Dutse" of "Kwakwarwa Dutse", is no find of it)
        if m.start() == start or any(w in _TIME_NAMES for w in name.lower().split()):
            continue  # a sentence's first word is capitalised anyway; "in March"
        if _THE_BEFORE.search(text, max(start, s - 5), s):
            continue  # "at the Police Lines", "in the Green Zone": a site or area, not a town
        if places.organisation(name) or is_dateline(text, s, e):
            continue
        comma = re.match(r"\s*,\s*", text[e:e + 4])
        addressed = comma is not None and any(
            h.start + start == e + comma.end() and h.location.precision in ("region", "country") for h in hits)
        if _is_town(doc, s, e, addressed, triggered):
            out.append((s, e, name))
    return out


def _is_town(doc: Doc, start: int, end: int, addressed: bool, triggered: frozenset[int] | set[int]) -> bool:
    """Whether the name at ``start:end`` is a town by the grammar around it; ``addressed``:
    followed by ", <region or country>" ("Kwakwarwa Dutse, Nigeria"), which makes a name the
    tagger takes for a person's a place. A name before a town noun ("in Udhiem village") hangs
    on the noun's preposition, or is the town an incident verb (``triggered``) has for object
    ("gunmen attacked Bouka village")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ != "PROPN" for t in span if t.is_alpha):
        return False
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.lemma_.lower() in _TOWN_NOUNS:
        root = root.head  # "in Udhiem village", "attacked Bouka village"
        if root.dep_ == "dobj" and root.head.i in triggered:
            return not any(e.label_ in _NOT_PLACE_LABELS - _NAME_LABELS for e in ents_overlapping(doc, start, end))
    if root.dep_ in ("dobj", "nsubjpass") and root.head.i in triggered and any(
            c.dep_ == "appos" and c.lemma_.lower() in _TOWN_NOUNS for c in root.children):
        # "the strike hit X, a village in Y": the incident verb's object, said to be a town
        return not any(e.label_ in _NOT_PLACE_LABELS - _NAME_LABELS for e in ents_overlapping(doc, start, end))
    prep = preposition(root)
    if prep is None or root.head.pos_ != "ADP":
        return False
    holder = root.head.head.lemma_.lower()
    town_of = prep in _HOLDER_PREPS and holder in _TOWN_NOUNS  # "the commune of X"
    if not (prep in _PREPS or town_of or (prep in _ON_PREPS and holder in _ON_HEADS) or fled_from(doc, start, end)):
        return False  # "families from Nasir crossed into Ethiopia": where they fled from is a place
    after = doc[span.end] if span.end < len(doc) else None
    # only "in": a person stands "near" or "at" a blast ("near Major General X"), never in it
    scene = prep == "in" and _scene_of_incident(root.head.head, triggered) and (
        after is None or not (after.tag_ == "POS" or after.like_num))  # "X's house"; "Block 4" of a camp
    for ent in ents_overlapping(doc, start, end):
        if ent.start_char < start - 4 or ent.end_char > end + 12:
            return False  # a longer name ("the Gran Grif gang")
        if ent.label_ in _NOT_PLACE_LABELS and not ((addressed or town_of or scene) and ent.label_ in _NAME_LABELS):
            return False  # a person, a people, a date (unless an address or "the town of" says otherwise)
        if scene and ent.label_ in _NAME_LABELS:
            logger.debug("%r read as a person's or a product's name is where the incident happened", ent.text)
    if after is not None and after.pos_ == "NOUN" and after.lower_ not in _AFTER_NOUNS:
        return False  # "Saint-Nicolas hospital": a site named after something
    return not (destination(doc, start, end) or carried_there(doc, start, end))


def _scene_of_incident(head: Token, triggered: frozenset[int] | set[int]) -> bool:
    """Whether ``head`` (what a name's "in"/"near" hangs on) is the incident's word or the site
    it strikes: "killed 30 civilians in X", "attacked a camp in X", "an attack on a church in X".
    The tagger reads many African and Asian town names as a person's or a product's ("Humera",
    "Sévaré"); a person is not where people are killed, a site is not in a person."""
    for _ in range(3):
        if head.i in triggered:
            return True
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head
        elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.pos_ == "ADP":
            head = head.head.head
        else:
            return False
    return False


def qualified_country(text: str, start: int, places: PlaceGazetteer) -> str | None:
    """The country a people word or a country's name before "<town noun> of" gives the name at
    ``start`` ("the Malian border town of X" → ML, "the Myanmar border village of X" → MM), or
    None: without one, or when the word names several countries."""
    m = _QUALIFIER.search(text, max(0, start - 60), start)
    if m is None:
        return None
    word = m.group(1)
    codes = demonyms().get(" ".join(strip_marks(word).lower().split()))
    if codes:
        return codes[0] if len(codes) == 1 else None
    loc = places.resolve(word)
    return loc.country if loc is not None and loc.precision == "country" else None


def unknown_location(name: str, country: str | None) -> Location:
    """The place of an unknown town: its name and country, no coordinates, town precision."""
    return Location(name, country, None, None, "town")


def unknown_outweighs(unknown: list[PlaceMention], top: Location, score: float) -> bool:
    """Whether a town no gazetteer has, in another country than the best-voted area, is named
    more strongly than that whole area ("An Israeli strike on a house in the southern village of
    Aitaroun killed five … Hezbollah said it fired rockets at Kiryat Shmona in response")."""
    by_name: dict[tuple[str, str | None], float] = {}
    for u in unknown:
        if not u.aside:
            key = (u.text, u.location.country)
            by_name[key] = by_name.get(key, 0.0) + u.weight
    if not by_name:
        return False
    (_, country), weight = max(by_name.items(), key=lambda kv: kv[1])
    return weight > score and country is not None and country != top.country


def story_country(pool: dict[str, float], context: PlaceContext | None) -> str | None:
    """The country of a town no gazetteer has and the text gives no country ("the northern town
    of X"): the country the article backs most (``pool``: its country weights), unless only its
    people are named there ("South Africa's foreign ministry", "a South African radio station")
    while another fully backed country has places the article names, its dateline's too ("MAPUTO
    - ... Pemba"): a town of the story lies where the story's places are."""
    if not pool:
        return None
    top = max(pool, key=lambda c: pool[c])
    if context is None:
        return top
    placed = {a.country for a in context.anchors} | {a.split(".")[0] for a in context.admin1s} | (
        {context.dateline.country} if context.dateline else set())  # towns, regions ("Sughd": TJ.02), dateline
    if top in placed:
        return top
    backed = [c for c in pool if c in placed and context.share(c) >= 1.0]
    if not backed:
        return top
    code = max(backed, key=lambda c: pool[c])
    logger.debug("a town no gazetteer has in %s (places named there), not %s (people only)", code, top)
    return code


def held_scene(area: list[PlaceMention], best: PlaceMention, unknown: list[PlaceMention]) -> PlaceMention | None:
    """A town no gazetteer has, held by a region of the winning ``area`` ("attacked the town of
    X in northern Mozambique's Cabo Delgado province"), that the incident's word strikes, when
    the place that won the area is a town it never strikes nor names as a unit ("Kanbalu township"
    may hold the village) — where survivors reached by boat, where a source sits: the struck
    town, by name. None otherwise."""
    if best.location.precision == "region" or any(
            m.location == best.location and (m.struck or m.unit or m.as_unit) for m in area):
        return None  # the incident's word strikes that town too, or it is a unit that may hold the village
    regions = {m.location for m in area if m.location.precision == "region"}
    for u in unknown:
        if u.text.split()[-1].lower() in _AFTER_NOUNS:
            continue  # "an airstrike on Nyaung Kone village of Kanbalu Township": the unit, no town
        if u.held and u.struck and not u.aside and u.held_by in regions and u.held_by is not None:
            logger.debug("the struck town %r held by %s outranks %r", u.text, u.held_by.name, best.text)
            return u
    return None


def town_in_region(best: PlaceMention, unknown: list[PlaceMention], weak: float) -> list[PlaceMention]:
    """A town no gazetteer has, named as where the incident happened, when the finest place the
    story names is a region of the same country ("an attack on a church in the town of X in
    north-eastern Congo ... one of the deadliest in Ituri this year"): the town, by name, at the
    region's point and precision (where in the region is not known), so that reports naming the
    town with or without its region share it. Empty when the best place is no region, when no
    such town is named as where (``weak``: a factor no more than that is a reference) or when
    two are named as strongly (which one is not known)."""
    if best.location.precision != "region" or best.location.country is None:
        return []
    by_name: dict[str, float] = {}
    for u in unknown:
        if u.aside or u.fled_from or u.factor <= weak or u.location.country != best.location.country:
            continue
        if u.text.split()[-1].lower() in _AFTER_NOUNS or fold(best.location.name) in fold(u.text):
            continue  # "Nyaung Kone village", "Al Jazirah State": a unit or the region itself, no town
        by_name[u.text] = by_name.get(u.text, 0.0) + u.weight
    ranked = sorted(by_name.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return []
    town = next(u for u in unknown if u.text == ranked[0][0])
    logger.debug("the town %r no gazetteer has, named in a story of region %s", town.text, best.location.name)
    return [replace(town, location=replace(best.location, name=town.location.name))]
