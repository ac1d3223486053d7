"""A country named by description rather than by a place name.

Three ways a story places an incident without naming the town or region:

* the capital by its country: "Mali's capital", "the Somali capital", "the capital of Mali" is
  the capital town (:meth:`~rashomon.gazetteer.places.PlaceGazetteer.capital`), not the country
  (:func:`capital_of`, :func:`demonym_capitals`); "the capital" alone ("a truck bomb in the
  capital killed 80 people in 2019") is the capital of the story's country, found as a part's
  country is (:func:`country_parts`); named only as a reference ("west of the capital") or as
  where people were taken, it places nothing (:mod:`.frames_places`);
* a town left unnamed: "a truck bomb exploded outside a school in a city in Colombia" says the
  country and withholds the town; a town the story names elsewhere (where a suspect was
  arrested, where the wounded were treated) is not the unnamed one (:func:`holds_unnamed`);
* a part of "the country": "in the north of the country", "the country's east" is a part of
  the story's country, whichever country that is: the last one the text names before the
  phrase (a dateline's town counts), else the first its own sentence names after it ("...,
  Benin's army said"), else the one the article backs most (:func:`country_parts`). A region of
  a neighbour named in a background paragraph is no place of such an incident.

The words (capital, country, compass words) are ``country_words`` of ``data/place_words.yaml``;
the town nouns ("a city in") are ``unknown_place.town_nouns``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from rashomon.extract.doctext import text_of
from rashomon.extract.frames_place_filters import is_dateline, no_time_word, not_a_place
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.place_context import demonyms
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer, PlaceHit
from rashomon.lexicon import alternation, words
from rashomon.types import Location

logger = logging.getLogger(__name__)

_LEXICON = "place_words.yaml"
_CAPITAL = alternation(sorted(words(_LEXICON, "country_words", "capital_nouns")))
_COUNTRY = alternation(sorted(words(_LEXICON, "country_words", "country_nouns")))
_COMPASS = alternation(sorted(words(_LEXICON, "country_words", "compass_words")))
_TOWN = alternation(sorted(words(_LEXICON, "unknown_place", "town_nouns")))
_PART_OF = alternation(sorted(words(_LEXICON, "country_words", "part_nouns")))

_OWN_CAPITAL = re.compile(rf"['’]s\s+{_CAPITAL}\b", re.IGNORECASE)  # right after the country: "Mali's capital"
_CAPITAL_OF = re.compile(rf"\b{_CAPITAL}\s+of\s+$", re.IGNORECASE)  # right before it: "the capital of Mali"
# "the Somali capital", "the Burkinabe capital": one or two capitalised words (a people's name)
_DEMONYM_CAPITAL = re.compile(rf"\bthe\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?i:{_CAPITAL})\b")
# "a city in ", "a small town in northern ", "one remote village in the far north of ": before the country
_UNNAMED = re.compile(rf"\b(?:a|an|one)\s+(?:[a-z-]+\s+){{0,2}}?{_TOWN}\s+in\s+(?:(?:the\s+)?[a-z-]+\s+(?:of\s+)?)?$",
                      re.IGNORECASE)
_COMPASS_ADJ = rf"(?:{_COMPASS}(?:ern)?|central)"
# "the north of the country", "the northern part of the country", "the country's north-east",
# "the nation's western region", "the country's restive north"
_PART = re.compile(rf"\bthe\s+(?:[a-z]+\s+)?{_COMPASS_ADJ}(?:\s+{_PART_OF})?\s+of\s+the\s+{_COUNTRY}\b"
                   rf"|\bthe\s+{_COUNTRY}['’]s\s+(?:[a-z]+\s+)?{_COMPASS_ADJ}(?:\s+{_PART_OF})?(?![\w-])",
                   re.IGNORECASE)  # one word may describe the part: "the country's restive north"
# right before a country: "northern ", "north-eastern ", "the far north of ", "central "
# "the south of the Philippines", "the east of the Democratic Republic of Congo": a country's article too
_COMPASS_BEFORE = re.compile(rf"\b(?:{_COMPASS_ADJ}|the\s+(?:[a-z]+\s+)?{_COMPASS}\s+of(?:\s+the)?)\s+$",
                             re.IGNORECASE)
_OWNER = re.compile(r"['’]s?\b")  # "Nigeria's Borno state": the region is named
_COUNTRYS_CAPITAL = re.compile(rf"\bthe\s+{_COUNTRY}['’]s\s+{_CAPITAL}\b", re.IGNORECASE)  # "the country's capital"
# "in the capital", "the capital's main market": the story's country's capital, as "the country's
# capital" is; not "the capital of Mali", "the capital, Bamako" or "the capital Bamako" (named),
# nor "the provincial capital" (another word between)
_BARE_CAPITAL = re.compile(rf"\bthe\s+{_CAPITAL}\b(?!\s+of\b|,?\s+(?-i:[A-Z]))", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")  # a people's name: "Kenyan", "South Sudanese"
_CACHE_KEY = "rashomon.frames_place_country"  # doc.user_data: the story's countries, read once per document


@dataclass(frozen=True, slots=True)
class CountryPart:
    """A part of the story's country named by description: where it stands and the country."""

    start: int
    end: int
    location: Location
    bare: bool = False  # "the capital" alone: no country word says which (frames_places drops it as a reference)


def capital_of(text: str, start: int, end: int, code: str | None, places: PlaceGazetteer) -> CountryPart | None:
    """The capital town when the country named at ``start``-``end`` is written as its capital's
    holder ("Mali's capital", "the capital of Mali"), with the span of the phrase (its head
    noun is what the sentence hangs on it: "officials in Mali's capital said"), else None."""
    if (own := _OWN_CAPITAL.match(text, end)) is not None:
        span = (start, own.end())
    elif (of := _CAPITAL_OF.search(text, max(0, start - 20), start)) is not None:
        span = (of.start(), end)
    else:
        return None
    town = places.capital(code)
    return CountryPart(*span, town) if town is not None else None


def demonym_capitals(text: str, start: int, end: int, places: PlaceGazetteer) -> list[CountryPart]:
    """"The Somali capital" in ``text[start:end]``: the capital town of the one country the
    people's name names."""
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text, start, end):
        codes = demonyms().get(" ".join(m.group(1).lower().split()), ())
        if len(codes) == 1 and (town := places.capital(codes[0])) is not None:
            out.append(CountryPart(m.start(), m.end(), town))
    return out


def compass_part(text: str, start: int, end: int) -> bool:
    """Whether the country at ``start``-``end`` is named by a part of it: "northern Benin",
    "north-eastern Kenya", "the far north of Cameroon" (as "the north of the country" is);
    not "northern Nigeria's Zamfara state", whose region says more."""
    return _COMPASS_BEFORE.search(text, max(0, start - 30), start) is not None and _OWNER.match(text, end) is None


def holds_unnamed(text: str, start: int, end: int) -> bool:
    """Whether the country at ``start``-``end`` holds a town the story leaves unnamed: "a city
    in Colombia", "a small town in northern Burkina Faso"; not "a village in Nigeria's Borno
    state", whose region says more."""
    return _UNNAMED.search(text, max(0, start - 60), start) is not None and _OWNER.match(text, end) is None


def _unbacked(hit: PlaceHit, text: str, context: PlaceContext | None) -> bool:
    """Whether a town of the gazetteer's find is backed by nothing in the article but its own
    name (``PlaceContext.share`` 0 without it) while the article backs other countries."""
    if hit.source != "town" or hit.supported or context is None or not context.countries:
        return False
    unbacked = context.share(hit.location.country, name_key(text[hit.start:hit.end])) == 0.0
    if unbacked:
        logger.debug("a story town no country backs: %r (%s)", text[hit.start:hit.end], hit.location.country)
    return unbacked


def _story_countries(doc: Doc, places: PlaceGazetteer,
                     context: PlaceContext | None) -> list[tuple[int, str, str]]:
    """(offset, country, how named) of every place and people's name the text names, in text
    order; how: "place", "dateline", or "other" ("Israel has stepped up strikes", "Benin's army
    said", "Kenyan police" name no place). Read once per document, only for a story that names
    a part of "the country"."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        text = text_of(doc)
        # a town whose country nothing in the article backs but that name is a namesake abroad
        # ("had retaken Palma" in a story about Mozambique is no town of Spain): no story place
        # a month read as a town ("In March 2015": March, England) names no country of the story
        found = [(h.start, h.location.country, "dateline" if is_dateline(text, h.start, h.end)
                  else "other" if not_a_place(doc, h.start, h.end) or _unbacked(h, text, context) else "place")
                 for h in places.find(text, context) if h.location.country
                 and (h.source == "country" or no_time_word(text[h.start:h.end]))]
        for m in _NAME.finditer(text):
            codes = demonyms().get(m.group(0).lower(), ())
            if len(codes) == 1:
                found.append((m.start(), codes[0], "other"))
        cached = doc.user_data[_CACHE_KEY] = sorted(found)
    return list(cached)


def country_parts(doc: Doc, start: int, end: int, places: PlaceGazetteer,
                  context: PlaceContext | None) -> list[CountryPart]:
    """The parts of "the country" the sentence at ``start``-``end`` names ("the country's capital"
    is the capital town), each in the story's
    country: the last place the text names before the sentence; else the country its sentence
    names nearest before it, or first after it ("Myanmar's military bombed a village in the
    west of the country", "..., Benin's army said"); else the dateline's ("COTONOU - ...": a
    bureau abroad files too, so a place the story names says more); else the country the
    article backs most. A country named as an actor in an earlier sentence is no place ("Israel
    has stepped up strikes in the east of the country" after places of Lebanon)."""
    text = text_of(doc)
    out = []
    for m in [*_PART.finditer(text, start, end), *_COUNTRYS_CAPITAL.finditer(text, start, end),
              *_BARE_CAPITAL.finditer(text, start, end)]:
        named = _story_countries(doc, places, context)
        before = [c for pos, c, how in named if pos < start and how == "place"]
        own = [c for pos, c, how in named if start <= pos < m.start() and how != "dateline"][-1:] + \
            [c for pos, c, _ in named if m.end() <= pos < end][:1]
        line = [c for _, c, how in named if how == "dateline"]
        backed = max(context.countries, key=lambda c: context.countries[c]) if context and context.countries else None
        code = next(iter(before[-1:] + own + line[:1]), backed)
        # "the country's capital", "the capital": its town
        bare = _BARE_CAPITAL.fullmatch(m.group(0)) is not None
        capital = bare or _COUNTRYS_CAPITAL.fullmatch(m.group(0)) is not None
        if (loc := places.capital(code) if capital else places.country(code)) is not None:
            out.append(CountryPart(m.start(), m.end(), loc, bare))
            if bare:
                logger.debug("%r is the capital of the story's country: %s", m.group(0), loc.name)
    return out


def told_country(fine: list[PlaceMention], countries: list[PlaceMention]) -> list[PlaceMention]:
    """The finer places that may place an incident whose country is told by description
    (``described``): a part of "the country" keeps only that country's places ("the north of the
    country" is no region of a neighbour a background paragraph names); a town left unnamed
    ("a city in Colombia") keeps only places the incident's word strikes or names as its
    landmark, not a town where a suspect was arrested or the wounded were treated. The
    dateline's town is where the story was filed ("COTONOU - ... in the north of the country").
    Places only of another story told beside the incident (``aside``: an earlier attack it came
    after, a launch site) do not outrank a country named as where it happened ("in Niger")."""
    if all(m.aside for m in fine) and any(m.factor > 1.0 and not (m.aside or m.fled_to or m.speaker or m.reference)
                                          for m in countries):
        fine = []  # "in Niger ... The attack came weeks after jihadists killed 20 soldiers near Tillaberi"
    told = [m for m in countries if m.described and not (m.aside or m.speaker or m.fled_to)]
    if not told:
        return fine
    codes = {m.location.country for m in told}
    unnamed = {m.location.country for m in told if m.described == "unnamed"}
    return [m for m in fine if m.location.country in codes and not m.dateline  # where the story was filed
            and (m.location.country not in unnamed or m.struck or m.reference)]


def withheld(mentions: list[PlaceMention]) -> bool:
    """Whether the incident's sentences tell its country by description ("in a city in
    Colombia", "in the north of the country"), which withholds the place: no town of the lead
    is then taken. A description told in another story's words (an aside: "11,000 people had
    reached Pemba and other towns in the north of the country since the attack") withholds
    nothing."""
    if any(m.described and not m.aside for m in mentions):
        return True
    if any(m.described for m in mentions):
        logger.debug("the lead places an incident whose country is described only in an aside")
    return False


def told_voters(countries: list[PlaceMention]) -> list[PlaceMention]:
    """The country mentions that vote for the incident's country: those of a country told as
    where by description ("a cathedral in the south of the Philippines", "a village in
    northern Benin"), when one is, outvoting a country only named, as a headline's actor is
    ("Indonesia checks Manila claim ..."); all of them otherwise."""
    told = {m.location.country for m in countries if m.described and not (m.aside or m.speaker or m.fled_to)}
    return [m for m in countries if not told or m.location.country in told]


def told_part(area: list[PlaceMention], countries: list[PlaceMention]) -> PlaceMention | None:
    """The area's own country, told by a part of it ("in the south of the Philippines"), when
    the area's places are named only as reference points ("evidence from Manila"): somewhere in
    that part, not at the capital the evidence comes from (a preposition that weighs a place
    down: "from", "to"; "near Djibo in northern Burkina Faso" is at Djibo). None otherwise."""
    if not area or not all(m.reference and m.factor < 1.0 for m in area):
        return None
    return next((c for c in countries if c.described == "part" and not (c.aside or c.speaker or c.fled_to)
                 and c.location.country == area[0].location.country), None)


def told_unknown(unknown: list[PlaceMention], countries: list[PlaceMention]) -> list[PlaceMention]:
    """The towns no gazetteer has that may place an incident whose country is told by
    description (as :func:`told_country` for the known ones): a town of another country's
    story is none of them, whether its country is given ("the Malian town of X") or only its
    sentence names another country and not the told one ("Burkina Faso, its western neighbour,
    has seen attacks, including one in 2021 near X", beside "in the west of the country"). A
    town whose sentence names no country keeps its place: the article's country is its own."""
    told = {m.location.country for m in countries if m.described and not (m.aside or m.speaker or m.fled_to)}
    if not told or not unknown:
        return unknown
    return [u for u in unknown if (u.location.country in told if u.qualified
                                   else not u.sentence_countries or bool(u.sentence_countries & told))]


def people_country(doc: Doc, places: PlaceGazetteer) -> CountryPart | None:
    """The country of the people the text names, when it names no place at all: "Somali police
    said fighters stormed a hotel on Lido beach" is in Somalia; a frame without a place is
    never compared with another. Only one country's people (a name two countries share,
    "Congolese", names none): at the first such name, at country precision."""
    text = text_of(doc)
    found: list[tuple[int, int, str]] = []
    for m in _NAME.finditer(text):
        codes = demonyms().get(m.group(0).lower(), ())
        if codes:
            found.append((m.start(), m.end(), codes[0] if len(codes) == 1 else ""))
    if not found or len({c for _, _, c in found}) != 1 or not found[0][2]:
        return None
    loc = places.country(found[0][2])
    return CountryPart(found[0][0], found[0][1], loc) if loc is not None else None
