"""Place mentions and the small rules about them that need no gazetteer lookups.

:class:`PlaceHit` is a place mention :meth:`~rashomon.gazetteer.place_text.PlaceText.find`
returns; the functions say which country "the Egyptian town of" names, whether a name is
followed by a noun that makes it something named after a place ("the Safi family"), how a town
and a same-named region of its country are told apart, when a town stands on its own, when a
town written as the holder in an address ("Bay Hasan, Kirkuk, Iraq") is the region, and which
part of a span ("X district, Y province") :meth:`~.places.PlaceGazetteer.resolve` returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import NamedTuple

from rashomon.config import setting
from rashomon.gazetteer.address import kind_of, read_hits
from rashomon.gazetteer.fold import strip_marks
from rashomon.gazetteer.geonames import NAMED_POPULATION
from rashomon.gazetteer.place_context import (
    STANDALONE_POPULATION,
    Candidate,
    PlaceContext,
    add_country,
    demonyms,
    distance_km,
)
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

REGION_AREA_KM: float = setting("gazetteer.places", "region_radius_km")  # data/settings.toml


# "the Egyptian town of ", "the Thai border town of ": a people word before the place noun
# says which country the place is in
_QUALIFIED = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+)?"
                        + alternation(sorted(lexicon_words("places.yaml", "qualified_place_nouns")))
                        + r"[ \t]+of[ \t]+$")


def _of_before(text: str, start: int) -> bool:
    """Whether the text before ``start`` ends as :data:`_QUALIFIED` must: "of" and spaces or
    tabs (maybe followed by a newline: ``$`` matches before a last one)."""
    end = start - 1 if start and text[start - 1] == "\n" else start
    j = end
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j < end and text[max(0, j - 2):j] == "of"


def qualified_country(text: str, start: int) -> PlaceContext | None:
    """The one country a people word right before "<place noun> of" names
    ("the Egyptian town of Rafah" is Egypt's Rafah, not Gaza's), as a context of that country
    alone; None without one."""
    if not _of_before(text, start):
        return None  # most names (performance only: the pattern's end, tested without the search)
    m = _QUALIFIED.search(text, max(0, start - 60), start)
    if m is None:
        return None
    codes = demonyms().get(strip_marks(m.group(1)).lower())
    return PlaceContext.of_country(codes[0]) if codes and len(codes) == 1 else None




# after a dateline's town, at the start of a line: "GOMA, Congo —", "WAU (Reuters) -", "GAO -"
_DATELINE_END = re.compile(r"[ \t]*(?:,|\(|[-–—:])")


def dateline_caps(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is a dateline's town written in capitals, at
    the start of a line ("GOMA, Congo —"): a name, not a code like "UN"."""
    return text[start:end].isupper() and (not start or text[start - 1] == "\n") and \
        _DATELINE_END.match(text, end) is not None


class PlaceHit(NamedTuple):
    """A place mention found in text."""

    start: int
    end: int
    location: Location
    supported: bool  # the article's countries, regions or other places back it
    source: str  # supplement | country | region | town
    form: str = "main"  # main | alternate | loose | skeleton: how the name matched




def named_after_pattern(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern matching, right after a name, one of ``nouns`` (``named_after_words`` of
    places.yaml): "<name> family", "<name> Street", "<name> and <Name> families"."""
    words_ = sorted({str(n).lower() for n in nouns}, key=len, reverse=True)
    if not words_:
        return None
    return re.compile(r"(?:[ \t]+(?:and|&)[ \t]+(?:[a-z]{1,3}-)?(?-i:[A-Z])[\w'’-]*)?"
                      r"[ \t]+(?:" + "|".join(re.escape(w) for w in words_) + r")\b", re.IGNORECASE)




def towns_before_regions(cands: list[Candidate]) -> list[Candidate]:
    """Without a region word, a name shared by a town and the region of its country is the
    town: "Hama" is the city, "Hama province" the governorate."""
    regions = {c.admin1 for c in cands if c.source == "region"}
    # the region's own namesake town hides it ("Menaka"), a hamlet elsewhere does not (Sonora)
    towns = {c.location.country for c in cands if c.source == "town" and c.form in ("main", "alternate")
             and (c.population >= STANDALONE_POPULATION or (c.form == "main" and c.admin1 in regions))}
    return [c for c in cands if c.source != "region" or c.location.country not in towns]


def stands_alone(cand: Candidate, *, unique: bool = False) -> bool:
    """A town the article does not back is taken by its main name if it has
    ``STANDALONE_POPULATION`` people; by an alternate name if it is a city of
    ``NAMED_POPULATION`` ("Kiev") or the only place of that name ("Quneitra"). Words and
    names that are alternate names of towns ("Hamas" of Hamm, "More" of Mora) are then left
    to the sentence checks of the extract stage (entity labels, part of speech)."""
    if cand.form == "main":
        return cand.population >= STANDALONE_POPULATION
    return cand.form == "alternate" and (cand.population >= NAMED_POPULATION
                                         or (unique and cand.population >= STANDALONE_POPULATION))


# between the last two names of a list: "Gezira and Sennar", "Kassala, Gedaref or Sennar" (a
# comma alone may be an address: "Baqubah, Diyala")
_LIST_GAP = re.compile(r",?[ \t]+(?:and|or)[ \t]+")


def listed_as_regions(text: str, hits: list[PlaceHit],
                      region_of: Callable[[str], Candidate | None]) -> list[PlaceHit]:
    """``hits`` (by offset) with a town listed beside a first-level region of its country read
    as the region of its name, when there is one ("fled fighting in Gezira and Sennar": two
    states, not Sennar city; "Kano and Kaduna states"): a list names things of one kind."""
    out = list(hits)
    for i, hit in enumerate(hits):
        if hit.source != "town":
            continue
        near = [hits[j] for j in (i - 1, i + 1) if 0 <= j < len(hits)]
        listed = [h for h in near if h.location.precision == "region" and h.location.country == hit.location.country
                  and _LIST_GAP.fullmatch(text, min(h.end, hit.end), max(h.start, hit.start))]
        if not listed:
            continue
        region = region_of(text[hit.start:hit.end])
        if region is not None and region.location.country == hit.location.country:
            out[i] = hit._replace(location=region.location, source="region", form=region.form)
    return out


def holders_as_regions(text: str, hits: list[PlaceHit],
                       region_of: Callable[[str], Candidate | None]) -> list[PlaceHit]:
    """``hits`` (by offset) with a town written as the middle of an address read as the
    first-level region of that name: in "near Bay Hasan, Kirkuk, Iraq" or "in Qarya village,
    Kassala, Sudan" the holder is the governorate or state named like its capital, which holds
    the finer place before it; the capital city is another place. Only when a finer place of
    the same country precedes it (after at most a noun saying what kind of place it is), a
    region or country follows it, and the region (``region_of``: the region of that name)
    lies in that country within ``REGION_AREA_KM`` of the finer place. Without such a region
    the holder is a district named like its seat ("near Kafr Nabl, Maarat al-Numan, Idlib,
    Syria"): the seat's place at precision "region". "in Kirkuk, Iraq" (nothing before) stays
    the city. The addresses are read by :func:`~.address.read_hits`."""
    out = list(hits)
    for address in read_hits(text, [(h.start, h.end, kind_of(h.location.precision)) for h in hits]):
        for i in reversed(address.holders()):  # from the end: "X, Y, Z, Country" makes Z a region first
            held, holder = address.parts[i - 1], address.parts[i]
            before, hit, after = hits[held.index], hits[holder.index], out[address.parts[i + 1].index]
            if hit.source != "town" or before.source not in ("town", "supplement") or held.kind != "place" or \
                    after.location.precision not in ("region", "country") or not held.held or holder.noun:
                continue
            if before.location.country != hit.location.country:
                continue
            region = region_of(text[hit.start:hit.end])
            if region is not None and region.location.country == hit.location.country and \
                    distance_km(region.location, before.location) <= REGION_AREA_KM:
                out[holder.index] = hit._replace(location=region.location, source="region", form=region.form)
            elif distance_km(hit.location, before.location) <= REGION_AREA_KM:
                # no region of the name: a district named like its seat ("Ad Dawalib, Khanaqin,
                # Diyala"), held at the seat but no finer than a region
                out[holder.index] = hit._replace(location=replace(hit.location, precision="region"))
    return out


def with_country(ctx: PlaceContext, country: str | None) -> PlaceContext:
    if not country:
        return ctx
    countries = dict(ctx.countries)
    add_country(countries, country)
    return replace(ctx, countries=countries)


def with_location(ctx: PlaceContext, loc: Location, admin1: str | None) -> PlaceContext:
    out = with_country(ctx, loc.country)
    if admin1:
        out = replace(out, admin1s=out.admin1s | {admin1})
    return out


Inside = Callable[[Location, Location], bool]  # whether a region or country holds a finer place


def finest_first(found: list[Location], inside: Inside | None = None,
                 twin: Callable[[Location, str], bool] = lambda loc, country: False) -> Location:
    """The first place a span names that lies in every coarser part (region or country) the
    span names after it (``inside``, :func:`holds` by default), or the finest of those coarser
    parts when none does: "a military base in Homs province (T4)" is T4; "Bara, in the Khyber
    district of Khyber Pakhtunkhwa province" is the province when the only Bara of the
    gazetteer is Nigeria's (a town of the same name elsewhere is not the place the span holds
    in Pakistan). A town of a neighbouring country the coarser part's country lies next to
    (``twin``: within ``TWIN_KM``) is the border town's twin on that side ("Poonch, in
    Pakistan-administered Kashmir": not India's Poonch)."""
    held = inside or holds
    coarse = [loc for loc in found if loc.precision in ("region", "country")]
    for loc in found:
        if loc.precision in ("region", "country", "unknown"):
            continue
        holders = [c for c in coarse if c is not loc]
        if all(held(c, loc) for c in holders):
            return loc
        countries = {c.country for c in holders if c.country}
        if len(countries) == 1 and (side := next(iter(countries))) != loc.country and twin(loc, side):
            moved = replace(loc, country=side)
            if all(held(c, moved) for c in holders):
                return moved
    if not coarse:
        return found[0]
    nations = [c for c in coarse if c.precision == "country"]
    regions = [c for c in coarse if c.precision == "region" and all(holds(k, c) for k in nations)]
    return regions[0] if regions else nations[0] if nations else coarse[0]


def holds(coarse: Location, loc: Location, unit: str | None = None, loc_unit: str | None = None) -> bool:
    """Whether a region or country holds a finer place: a country its places; a region of no
    country ("Kashmir") any place; a first-level region (``unit``: its admin1 key) the places
    of its country within ``REGION_AREA_KM`` of its centre or, farther, of its unit
    (``loc_unit``: the place's admin1 key, when known: "Tessalit, in Kidal region", 200 km
    from where Kidal's people live); any other region ("Darfur", "eastern Sudan") the places of
    its country."""
    if not coarse.country:
        return True
    if coarse.country != loc.country:
        return False
    if coarse.precision == "country" or unit is None:
        return True
    return distance_km(coarse, loc) <= REGION_AREA_KM or loc_unit is None or loc_unit == unit


# between a place and the region or country that holds it: "Nasir, in Upper Nile state",
# "Nyaung Kone village in Sagaing region", "Nerkin Hand, a village in Armenia's Syunik
# province", "Gallabat, on Sudan's side of the border" is not read (no "in")
_IN_HOLDER = re.compile(r"(?:[ \t]+" + alternation(sorted(lexicon_words("address_words.yaml", "held_nouns")))
                        + r")?,?[ \t]+(?:an?[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                        + alternation(sorted(lexicon_words("place_words.yaml", "address_nouns")))
                        + r"[ \t]+)?in[ \t]+(?:the[ \t]+)?(?:country['’]s[ \t]+)?"
                        # a second-level unit the gazetteer lacks may stand between: "Moyale town, in
                        # Borena zone of Oromia regional state", "in Igabi local government area of Kaduna"
                        + r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+"
                        + alternation(sorted(lexicon_words("address_words.yaml", "subunit_nouns")))
                        + r"[ \t]+of[ \t]+(?:the[ \t]+)?)?")
# between a place and its holder in an address: "Gallabat, Sudan", "Nyaung Kone village, Sagaing region"
_COMMA_HOLDER = re.compile(r"(?:[ \t]+" + alternation(sorted(lexicon_words("address_words.yaml", "held_nouns")))
                           + r")?,[ \t]+(?:the[ \t]+)?")
# after that holder, a list goes on: "Kassala, Gedaref and Sennar" names three places
_LIST_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?[A-Z]")
# after a place, the side of a border it is on: "Kurmuk, on the Ethiopian side of the border",
# "Rafah, on Egypt's side" (the people or country word is group 1)
_ON_SIDE = re.compile(r",?[ \t]+on[ \t]+(?:the[ \t]+)?([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)(?:['’]s)?[ \t]+side\b")
# between a country and a place it owns: "Pakistan's Poonch division", "Sudan's own Gallabat"
_OWNS = re.compile(r"['’]s[ \t]+(?:own[ \t]+)?")


def confine_to_holders(text: str, hits: list[PlaceHit], inside: Inside, twin: Callable[[Location, str], bool],
                       undecided: Callable[[str, str], bool],
                       side: Callable[[str], PlaceHit | None] = lambda word: None) -> list[PlaceHit]:
    """``hits`` (by offset) with each town written as "<town>[, a village] in <holder>" read
    in its holder, a region or country found right after it: a town of the same name that
    the holder does not hold (``inside``: :func:`holds` with the units of the gazetteer) is
    not the place ("Nasir, in Upper Nile state" is no Khartoum suburb; "Nyaung Kone village
    in Sagaing region" no namesake 750 km south), unless it lies just across the holder's
    border (``twin``), where it is the border town's twin on the holder's side ("Rafah in
    Egypt"). A holder that may be read otherwise (``undecided``, given the town's and the
    holder's names: "Congo", named like two countries; "Georgia" after "Atlanta", a region of
    another country that holds a town of that name) decides nothing. A country that owns the
    town as the text writes it ("Pakistan's Poonch division") holds it too, and so does the
    country of the side of a border the text puts it on ("Kurmuk, on the Ethiopian side of the
    border": ``side`` reads the people or country word as that country)."""
    out: list[PlaceHit] = []
    for i, hit in enumerate(hits):
        holder = _holder(text, hits, i, undecided)
        if holder is None and hit.source == "town" and (on := _ON_SIDE.match(text, hit.end)) is not None:
            holder = side(on.group(1))
        if holder is None or inside(holder.location, hit.location):
            out.append(hit)
        elif holder.location.country and holder.location.country != hit.location.country and \
                twin(hit.location, holder.location.country):
            # the twin is another town than the index's: named as the text writes it ("Gallabat",
            # not Ethiopia's Metemma), at the index town's point across the line
            written = text[hit.start:hit.end]
            moved = replace(hit.location, country=holder.location.country,
                            name=written.title() if written.isupper() else written)
            out.append(hit._replace(location=moved, supported=True))
    return out


def _holder(text: str, hits: list[PlaceHit], i: int, undecided: Callable[[str, str], bool]) -> PlaceHit | None:
    """The region or country that holds town ``hits[i]`` as the text writes it: right after
    it ("Nasir, in Upper Nile state", "Gallabat, Sudan"; not a list: "Kassala, Gedaref and
    Sennar") or as its owner right before it ("Pakistan's Poonch division"); None when there
    is none, or it may be read otherwise (``undecided``)."""
    hit = hits[i]
    if hit.source != "town" or hit.location.precision not in ("town", "exact"):
        return None
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    prev = hits[i - 1] if i else None
    if nxt is not None and nxt.location.precision in ("region", "country") and (
            _IN_HOLDER.fullmatch(text, hit.end, nxt.start) or (
                _COMMA_HOLDER.fullmatch(text, hit.end, nxt.start) and not _LIST_AFTER.match(text, nxt.end))):
        holder = nxt
    elif prev is not None and prev.location.precision == "country" and _OWNS.fullmatch(text, prev.end, hit.start):
        holder = prev
    else:
        return None
    return None if undecided(text[hit.start:hit.end], text[holder.start:holder.end]) else holder
