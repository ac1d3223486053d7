"""A country written as the owner of a place, and the readings an article pins for its names.

Right before a name, "<Country>'s" says whose place it is: "Ethiopia's Somali region" is not in
Somalia, "Nigeria's Niger State" not in Niger, "Iraq's Kurdistan region" not Iran's Kurdistan
province, whatever country the article names most or is datelined in. The owner decides
between same-named places of several countries; it never makes a place of a name that is none
("Nigeria's Bola Tinubu": no village Bola).

An article that once writes a name so, or with its country after it ("the Somali region in
Ethiopia", "the Kurdistan region of Iraq"), or marks a short name as a town: "the town of Koya")
means that place when it writes the name again bare ("Kurdistan" in "the Kurdistan Democratic
Party of Iran", "Koya's hospital"): :func:`pin` gathers those readings into the article's
:class:`~rashomon.gazetteer.place_context.PlaceContext`, and :func:`pinned` reads them back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.place_context import Candidate, PlaceContext

# up to four capitalised words and a possessive, right before a name: "Iraq's ", "South Sudan's ",
# "the Democratic Republic of Congo's " (its last words name the country)
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.-]*[ \t]+(?:of[ \t]+)?){0,3}[A-Z][\w.-]*)['’]s[ \t]+$")
_LOOK_BACK = 48  # characters: four words of a country's name and the possessive


def owner_before(text: str, start: int, country_code: Callable[[str], str | None]) -> str | None:
    """The ISO code of the country written as the owner right before ``start`` ("Iraq's
    Kurdistan region"), if any: the longest tail of the words before "'s" that names exactly
    one country (``country_code``)."""
    if text[max(0, start - 3):start].rstrip(" \t")[-2:] not in ("'s", "’s"):
        return None  # most names (performance only: the pattern's end, tested without the search)
    m = _OWNER_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None:
        return None
    owner = m.group(1).split()
    for k in range(len(owner)):
        if owner[k] == "of":
            continue
        code = country_code(" ".join(owner[k:]))
        if code:
            return code
    return None


# after a name: "<unit> of|in [the] [direction] <Country>" ("the Somali region in Ethiopia",
# "Punjab in Pakistan", "the Kurdistan region of Iraq", "Gao in northern Mali")
_HOLDER_AFTER = re.compile(r"[ \t]+(?:(?P<unit>[A-Za-z]+)[ \t]+)?(?:of|in)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
                           r"(?P<holder>[A-Z][\w.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.-]*){0,3})")


def holder_after(text: str, end: int, country_code: Callable[[str], str | None],
                 unit_words: frozenset[str]) -> str | None:
    """The ISO code of the country written as the holder right after a name ("the Somali
    region in Ethiopia", "Punjab in Pakistan"; a unit noun between them must be one of
    ``unit_words``), if any: the longest head of the words after "of"/"in" that names exactly
    one country."""
    m = _HOLDER_AFTER.match(text, end)
    if m is None or (m.group("unit") and m.group("unit").lower() not in unit_words):
        return None
    holder = m.group("holder").split()
    for k in range(len(holder), 0, -1):
        if holder[k - 1] == "of":
            continue
        code = country_code(" ".join(holder[:k]))
        if code:
            return code
    return None


def owned(chosen: tuple[Candidate, bool] | None, owner: str,
          in_owner: Callable[[PlaceContext], tuple[Candidate, bool] | None]) -> tuple[Candidate, bool] | None:
    """The place a name written after "<owner>'s" stands for, given the place it was found to
    be (``chosen``; None: no place, and none the owner makes): that place when it is the
    owner's; else the owner's place of that name (``in_owner``: the name chosen in a context of
    the owner alone); a region of several countries ("Kurdistan", "Kashmir") as the owner's
    part of it; else none (another country's place of that name is not meant)."""
    if chosen is None or chosen[0].location.country == owner or chosen[0].source == "country":
        return chosen
    mine = in_owner(PlaceContext.of_country(owner))
    if mine is not None and mine[0].location.country == owner and mine[0].form != "skeleton":
        return mine[0], True
    if chosen[0].location.country is None:  # an informal region of several countries
        return replace(chosen[0], location=replace(chosen[0].location, country=owner)), True
    return None


def pin(found: Iterable[tuple[str, Candidate]]) -> dict[str, Candidate]:
    """The readings an article pins: name key -> place, for the names it qualifies (``found``:
    the name as written and the place read for it). A name read as two different places
    ("Pakistan's Punjab" and "India's Punjab") pins none."""
    out: dict[str, Candidate | None] = {}
    for name, cand in found:
        key = name_key(name)
        if key in out and (out[key] is None or out[key].location != cand.location):  # type: ignore[union-attr]
            out[key] = None
        else:
            out[key] = cand
    return {k: c for k, c in out.items() if c is not None}


def pinned(ctx: PlaceContext, span: str, chosen: tuple[Candidate, bool] | None) -> tuple[Candidate, bool] | None:
    """The place the article pinned for a bare name (:func:`pin`) where it was found to be none
    or a place of another country; else ``chosen``."""
    cand = ctx.pinned.get(name_key(span)) if ctx.pinned else None
    if cand is None or (chosen is not None and chosen[0].location.country == cand.location.country):
        return chosen
    if chosen is not None and chosen[0].source == "country":
        return chosen
    return cand, True
