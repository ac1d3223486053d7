"""What the text itself says about a name being a place: "Karma town", "the village of Rashad",
"Zab, Kirkuk".

Some villages of the incident-derived file (:mod:`.incidents`) are named like an English word
("Karma"), a given name ("Bashir", "Rashad") or are short ("Zab"): as a bare word such a name
is more often the word or a person than the village, so the file keeps them ``marked`` and
the gazetteer takes one only where the text marks the name as a place:

* a place noun right after it, written in lower case as a noun of the text ("Karma town",
  "Bashir village", "the Rashad area"; "Bashir Village" in a headline is no such mark);
* a place noun and "of" right before it ("the village of Rashad", "the town of Karma");
* an address comma after it when the article names the region the village lies in ("in Zab,
  Kirkuk, Iraq": the records put Zab in Kirkuk governorate, and so does the text).

The other way round, a name the actor gazetteer lists as an organisation ("Hamas",
"Hezbollah") is never a place by an alternate, loose or near spelling (:func:`organisation_names`);
one written in capitals only as it is written there ("KIA", "BLA": :func:`case_sensitive_names`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from rashomon.config import setting
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.fold import place_key
from rashomon.gazetteer.place_context import Candidate, PlaceContext, best
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

# nouns that say what kind of populated place a name is (not "district": "Karma district" is
# also the district, which the region word logic reads)
_NOUNS = r"(?:village|town|hamlet|township|locality|area|settlement|sub-?district)"
_NOUN_AFTER = re.compile(r"[ \t]+" + _NOUNS + r"\b")  # case-sensitive: lower-case nouns only
_NOUN_OF_BEFORE = re.compile(r"\b" + _NOUNS + r"[ \t]+of[ \t]+$")
_ADDRESS_AFTER = re.compile(r",[ \t]+(?:[a-z]{1,3}[-‐ ])?[A-Z]")


class Mark(NamedTuple):
    """How the text marks the name at one place of it."""

    noun: bool = False  # a place noun after it or "<noun> of" before it
    address: bool = False  # an address comma after it


NO_MARK = Mark()


def mark_at(text: str, start: int, end: int) -> Mark:
    """The marks of the name ``text[start:end]``."""
    noun = bool(_NOUN_AFTER.match(text, end) or _NOUN_OF_BEFORE.search(text, max(0, start - 24), start))
    return Mark(noun, bool(_ADDRESS_AFTER.match(text, end)))


# the shortest transliteration skeleton a town marked by a place noun is matched by
# (:func:`marked_short`): "Koya" (kuia) is Koye/Kuyah (Koysinjaq); three letters ("Zab": zb) collide
SHORT_KEY_MIN: int = setting("gazetteer.place_marks", "short_key_min")  # data/settings.toml


def marked_short(short: tuple[Candidate, ...], ctx: PlaceContext,
                 where: tuple[str, int, int] | None) -> tuple[Candidate, bool] | None:
    """A town named by another spelling of a short name that only shares its transliteration
    skeleton ("Koya" for Koye, Kuyah: Koysinjaq), taken only where the text marks the name as a
    town ("the town of Koya", "Koya town") and the article backs the town (its country, region
    or a place near it); else None. Short skeletons collide too easily for a bare name."""
    if not short or where is None:
        return None
    text, start, end = where
    if len(place_key(text[start:end])) < SHORT_KEY_MIN or not mark_at(text, start, end).noun:
        return None
    chosen = best(list(short), ctx, "")
    return chosen if chosen is not None and chosen[1] else None


def usable(cand: Candidate, marked: Collection[Location], mark: Mark, ctx: PlaceContext) -> bool:
    """Whether a candidate may be taken here: any place that needs no mark; a ``marked``
    village when a noun marks it, or an address does and the article names its region."""
    if cand.location not in marked:
        return True
    return mark.noun or (mark.address and bool(cand.admin1) and cand.admin1 in ctx.admin1s)


def keep_usable(cands: list[Candidate], marked: Collection[Location], mark: Mark,
                ctx: PlaceContext) -> list[Candidate]:
    """``cands`` without the marked villages the text does not mark here."""
    if not marked or not any(c.location in marked for c in cands):
        return cands
    return [c for c in cands if usable(c, marked, mark, ctx)]


# actor kinds whose names are never a place's: armed groups and armed forces. Not the media
# ("Al Mayadeen", "Al Jazeera" are named after places: a town, Sudan's Al Jazirah state), nor
# governments, monitors, officials or people
ORGANISATION_KINDS = frozenset({"armed_group", "military"})


def organisation_names(actors: Mapping[str, Any]) -> list[str]:
    """The names and aliases of the organisations of the actor gazetteer's data
    (``data/actors.yaml``): "Hamas" is an alternate name of Hamm (Germany) in GeoNames, and
    "Hamas fighters" never means the town."""
    out: list[str] = []
    for raw in actors.get("actors") or ():
        if isinstance(raw, Mapping) and raw.get("kind") in ORGANISATION_KINDS:
            out += [str(raw.get("name") or ""), *(str(a) for a in raw.get("aliases") or ())]
    return [n for n in dict.fromkeys(out) if n.strip()]


def case_sensitive_names(actors: Mapping[str, Any]) -> frozenset[str]:
    """The aliases of the actor gazetteer that name an actor only as written (its
    ``case_sensitive`` list): "BLA" is the Balochistan Liberation Army, "Bla" a Malian town."""
    return frozenset(str(n) for n in actors.get("case_sensitive") or ())


# A country's name that is a word of the name of a river, valley, lake or sea ("the Niger
# River", "the Jordan Valley", "Lake Chad", "the Gulf of Guinea"), or that names the far side
# of a border ("near the Myanmar border"): not the country where the story is.
_FEATURE_AFTER = re.compile(r"[ \t]+" + alternation(sorted(lexicon_words("places.yaml", "country_feature_after")))
                            + r"s?\b", re.IGNORECASE)
# right before the name: "Lake Chad" names the lake, and so does "the river Niger" in lower case
# (British usage writes the river's noun first); "off the coast of" is no feature noun
_FEATURE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in lexicon_words(
    "places.yaml", "country_feature_before"))) + r")(?:[ \t]+of)?[ \t]+$")
_FAR_BORDER = re.compile(r"[ \t]+" + alternation(sorted(lexicon_words("places.yaml", "border_nouns")))
                         + r"s?\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def not_the_country(text: str, start: int, end: int) -> bool:
    """Whether a country's name at ``start``-``end`` names a feature or a border, not the
    country: "the Niger River", "the Jordan Valley", "Lake Chad", "the Gulf of Guinea", "near
    the Myanmar border" (the place is on this side of it)."""
    if _FEATURE_AFTER.match(text, end) or _FEATURE_BEFORE.search(text, max(0, start - 12), start):
        return True
    return bool(_FAR_BORDER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 5), start))


ARMED_GROUP_WEIGHT: float = setting("gazetteer.place_marks", "armed_group_weight")  # data/settings.toml


@lru_cache(maxsize=1)
def _armed_groups() -> ActorGazetteer:
    return ActorGazetteer.load()


def armed_group_countries(text: str) -> list[str]:
    """The countries of the armed groups ``text`` names (``data/actors.yaml``: kind
    ``armed_group`` with a country), one per group: the RSF fights in Sudan, M23 in eastern
    Congo, the Arakan Army in Myanmar, so a village an article names beside them is more likely
    there. Other kinds are left out: armed forces and governments are named by their people
    ("Sudanese army"), which the article's demonyms count already."""
    groups = {a.name: a.country for _, _, a in _armed_groups().named(text, remember=False)
              if a.kind == "armed_group" and a.country}
    return [c for c in groups.values() if c]
