"""Addresses: a place written with the places that hold it, read in one place.

An address names a place and then, after commas, the places that hold it, coarsest last:
"Qarya village, Kassala, Sudan", "Nogales, Arizona", "Al-Hadid area, Saladin governorate,
Iraq", "near Bay Hasan, Kirkuk, Iraq". A part may be followed by a word saying what kind of
place it is (``data/address_words.yaml``): a finer place's (``held_nouns``: "village",
"district") or a first-level unit's (``unit_nouns``: "governorate", "state").

:class:`Address` is one parsed address: its parts in text order, each an
:class:`AddressPart` with its span, the word written after it and what it is
(:data:`PartKind`). Three readers build them, all on the same grammar (a name of up to three
capitalised words, an address gap ``[ <noun>], ``):

* :func:`read_hits`: the addresses among place mentions already found (runs of mentions
  joined by address gaps; what each part is comes from the mention);
* :func:`read_after`: "<Town>, <Name>": the name written after a town and its comma
  ("Nogales, Arizona", "Culiacan, Sinaloa"), after a description ("Suarez, a town in
  Cauca") or in brackets ("Kani township (Sagaing region)"), not looked up yet;
* :func:`read_before`: "<place>, <Name>[ <unit>], " right before a country ("Cartago,
  Narino, Colombia"), the middle name not looked up yet.

What the parts are in the gazetteer (the region that holds the town before it, a district
named like its seat) is decided by the callers, which have the lookups:
:func:`address_region` here, ``place_hits.holders_as_regions``, ``place_address`` and
``place_article``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rashomon.config import setting
from rashomon.gazetteer.place_context import Candidate
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words

# what a part of an address is: a finer place (a town, a village, a site), a first-level
# region, a country, or a name the reader has not looked up
PartKind = Literal["place", "region", "country", "name"]

HELD_NOUNS = lexicon_words("address_words.yaml", "held_nouns")  # "Qarya village, Kassala"
UNIT_NOUNS = lexicon_words("address_words.yaml", "unit_nouns")  # "Saladin governorate, Iraq"
_COMMA = r",[ \t]+"
# a name in an address: up to three capitalised words, maybe after a glued article ("al-Qaim")
_NAME = r"(?:[a-z]{1,3}-)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
# between two parts: maybe a word saying what the first is, then a comma
_GAP = re.compile(r"(?:[ \t]+(" + alternation(sorted(HELD_NOUNS | UNIT_NOUNS)) + r"))?" + _COMMA)
_ONLY_COMMA = re.compile(_COMMA)
# after the last part of a run, before one more place: the run is a list ("Hama, Homs and Aleppo")
_LIST_GOES_ON = re.compile(r",?[ \t]+" + alternation(sorted(lexicon_words("address_words.yaml", "list_words")))
                           + r"[ \t]+")
# a place described in apposition before its holder: ", a town in ", ", a small village of the "
_DESCRIBED = (alternation(sorted(lexicon_words("address_words.yaml", "description_articles")))
              + r"[ \t]+(?:[a-z-]+[ \t]+){0,2}"
              + alternation(sorted(lexicon_words("place_words.yaml", "address_nouns")))
              + r"[ \t]+" + alternation(sorted(lexicon_words("address_words.yaml", "description_prepositions")))
              + r"[ \t]+(?:the[ \t]+)?")
# the name after a place: "Culiacan, Sinaloa", "Suarez, a town in Cauca", "Kiwanja (North
# Kivu province)", "Kani township (Sagaing region)"
_NEXT = re.compile(r"(?:[ \t]+" + alternation(sorted(HELD_NOUNS)) + r")?(?:" + _COMMA + "(?:" + _DESCRIBED
                   + r")?|[ \t]+\()(" + _NAME + ")")
# "<place>, <Region>[ <unit>], " right before a country: the place's last word, the region's
# name and its unit noun are groups 1-3
_TAIL = re.compile(r"([^\W\d_][\w'’-]*)" + _COMMA + "(" + _NAME + r")(?:[ \t]+("
                   + alternation(sorted(UNIT_NOUNS)) + "))?" + _COMMA + "$")
TAIL_CHARS: int = setting("gazetteer.address", "tail_chars")  # how far before a country read_before looks


@dataclass(frozen=True, slots=True)
class AddressPart:
    """One part of an address: the span of its name, what it is, and the word written after
    it that says what kind of place it is ("village", "governorate"; "" when none)."""

    start: int
    end: int
    kind: PartKind
    noun: str = ""
    index: int = -1  # which of the mentions :func:`read_hits` was given (-1: read from text)

    @property
    def held(self) -> bool:
        """Written as a finer place: no word after it, or a word of ``held_nouns``."""
        return not self.noun or self.noun in HELD_NOUNS

    @property
    def unit(self) -> bool:
        """Written as a first-level unit: a word of ``unit_nouns`` after it."""
        return self.noun in UNIT_NOUNS


@dataclass(frozen=True, slots=True)
class Address:
    """A parsed address: its parts in text order, the finest first."""

    parts: tuple[AddressPart, ...]
    listed: bool = False  # a list goes on after the last part: "Hama, Homs and Aleppo" (read_hits)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def name(self, text: str, i: int) -> str:
        """The name part ``i`` is written with."""
        return text[self.parts[i].start:self.parts[i].end]

    def holders(self) -> range:
        """The indexes of the parts between the first and the last: each holds the part
        before it and is held by the part after it ("Kirkuk" of "Bay Hasan, Kirkuk, Iraq")."""
        return range(1, len(self.parts) - 1)


def held_places(address: Address) -> list[tuple[int, int]]:
    """The (held, holder) pairs of parts of ``address`` that are both finer places (towns,
    villages, sites), the held one written as such ("Bay Hasan, Kirkuk", "Kishishe village,
    Rutshuru"): the holder is the town the held place lies in or by, the held place the finer
    of the two. None in a run a list goes on after ("Hama, Homs and Aleppo")."""
    if address.listed:
        return []
    parts = address.parts
    return [(i - 1, i) for i in range(1, len(parts))
            if parts[i - 1].kind == "place" and parts[i - 1].held and parts[i].kind == "place"]


def kind_of(precision: str) -> PartKind:
    """What a mention of a place of ``precision`` is in an address."""
    return "region" if precision == "region" else "country" if precision == "country" else "place"


def read_hits(text: str, mentions: Sequence[tuple[int, int, PartKind]]) -> list[Address]:
    """The addresses among ``mentions`` (start, end, kind; by offset): each run of two or more
    mentions joined by address gaps, with the word of each gap on the part before it. A
    part's ``index`` is its mention's place in ``mentions``; ``listed`` when "and" or "or"
    and another mention follow the run (then it may be a list: "Hama, Homs and Aleppo")."""
    out: list[Address] = []
    run: list[AddressPart] = []
    for i, (start, end, kind) in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        gap = _GAP.fullmatch(text, end, nxt[0]) if nxt is not None and nxt[0] >= end else None
        run.append(AddressPart(start, end, kind, (gap.group(1) or "") if gap is not None else "", i))
        if gap is None:
            if len(run) > 1:
                listed = nxt is not None and bool(_LIST_GOES_ON.fullmatch(text, end, nxt[0]))
                out.append(Address(tuple(run), listed))
            run = []
    return out


def read_after(text: str, start: int, end: int) -> Address | None:
    """"<Town>, <Name>" from a place written at ``start``-``end``: the place and the name after
    its comma (up to three capitalised words: the caller tries the longest first), maybe after
    a word saying what the place is and a description ("Suarez, a town in Cauca"), or in
    brackets ("Kiwanja (North Kivu province)"); None when no such name follows."""
    m = _NEXT.match(text, end)
    if m is None:
        return None
    return Address((AddressPart(start, end, "place"), AddressPart(m.start(1), m.end(1), "name")))


def comma_between(text: str, end: int, start: int) -> bool:
    """Whether only an address comma stands between a name ending at ``end`` and one starting
    at ``start`` ("Nogales, Arizona"): a part that holds the one before it."""
    return bool(_ONLY_COMMA.fullmatch(text, end, start))


def read_before(text: str, start: int, end: int) -> Address | None:
    """"<place>, <Name>[ <unit>], <Country>" for a country written at ``start``-``end``: the
    last word of the place, the name between (maybe with a unit noun: "Saladin governorate")
    and the country; None when the text before the country is no such address."""
    m = _TAIL.search(text, max(0, start - TAIL_CHARS), start)
    if m is None:
        return None
    return Address((AddressPart(m.start(1), m.end(1), "name"),
                    AddressPart(m.start(2), m.end(2), "name", m.group(3) or ""),
                    AddressPart(start, end, "country")))


def address_region(first: list[Candidate], second: list[Candidate]) -> Candidate | None:
    """In "Town, Region" ("Nogales, Arizona", "Culiacan, Sinaloa", "Bunia, Ituri") the second
    name is context for the first: the one first-level region named by ``second`` (its main
    or alternate name) that holds a town named by ``first``. That region backs its country
    and the town inside it, whatever else the names may be: Arizona is the US state, not a
    Honduran town, once a Nogales lies in it. None when no region or several qualify."""
    towns = {c.admin1 for c in first if c.source == "town" and c.admin1 and c.form in ("main", "alternate")}
    regions = {c.admin1: c for c in second
               if c.source == "region" and c.admin1 in towns and c.form in ("main", "alternate")}
    return next(iter(regions.values())) if len(regions) == 1 else None
