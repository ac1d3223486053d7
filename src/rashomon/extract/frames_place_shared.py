"""One country's side of a feature several countries share: "the Chadian side of Lake Chad".

A lake, a river or a border belongs to two countries or more, and the gazetteer resolves it
(when at all) to one of them: "Lake Kivu" to Congo's Kivu, "the Arauca river" to Colombia's
town of Arauca. A people word before a word of side ("the Rwandan side of Lake Kivu", "on the
Venezuelan bank of the Arauca river", "the Kenyan side of the border", "the Ugandan shore of
Lake Albert") says which country the place is in, and outweighs the gazetteer's reading of the
feature: the feature is a region of that country (by name, without coordinates, unless the
gazetteer's reading lies in that country), a bare "border" or "frontier" only the country.

The side nouns are ``side_nouns`` of ``data/place_words.yaml``, the kinds of feature
``feature_words`` of ``data/places.yaml``, the people words ``data/demonyms.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rashomon.gazetteer.place_context import demonyms
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer, PlaceHit
from rashomon.lexicon import alternation, words
from rashomon.types import Location

__all__ = ["SharedSide", "shared_sides"]

_SIDE_NOUNS = words("place_words.yaml", "side_nouns")  # "the Chadian side of", "the Venezuelan bank of"
# what may follow a capitalised feature name: the common noun of its kind ("the Arauca river")
_KIND = alternation(sorted(words("places.yaml", "feature_words")))
# a feature named by its common noun only: "the Kenyan side of the border", "... of the river"
# ("the Russian side of the talks" is no place)
_COMMON = alternation(sorted(words("places.yaml", "feature_words") | words("place_words.yaml", "border_nouns")))
_SHARED = re.compile(
    r"\b(?P<people>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?P<noun>" + alternation(sorted(_SIDE_NOUNS))
    + r")\s+of\s+(?:the\s+)?(?P<feature>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|" + _KIND + r"))*|"
    + _COMMON + r")\b")


@dataclass(frozen=True, slots=True)
class SharedSide:
    """A side named so: where it is written ("Rwandan side of Lake Kivu", character offsets in
    the text), the place it gives, where its side noun stands (what the phrase hangs on) and the
    feature named (to set the gazetteer's own reading of it aside)."""

    start: int
    end: int
    location: Location
    noun: tuple[int, int]
    feature: tuple[int, int]


def _country(people: str, context: PlaceContext | None) -> str | None:
    """The one country a people word names; of several ("Congolese"), the one the article
    backs most; None when it names none."""
    codes = demonyms().get(" ".join(people.lower().replace("-", " ").split()), ())
    if len(codes) == 1:
        return codes[0]
    backed = {c: w for c, w in (context.countries if context else {}).items() if c in codes and w > 0}
    return max(backed, key=lambda c: backed[c]) if backed else None


def shared_sides(text: str, start: int, end: int, hits: list[PlaceHit], places: PlaceGazetteer,
                 context: PlaceContext | None) -> list[SharedSide]:
    """The sides of shared features named between ``start`` and ``end`` of ``text`` (a
    sentence); ``hits`` are the gazetteer's finds there (offsets relative to ``start``)."""
    out: list[SharedSide] = []
    for m in _SHARED.finditer(text, start, end):
        code = _country(m["people"], context)
        if code is None or (country := places.country(code)) is None:
            continue
        fs, fe = m.span("feature")
        feature = m["feature"]
        if not feature[:1].isupper():  # "the Kenyan side of the border", "... of the river": the country alone
            out.append(SharedSide(m.start(), fe, country, m.span("noun"), (fs, fe)))
            continue
        own = next((h.location for h in hits if fs <= h.start + start and h.end + start <= fe
                    and h.location.country == code and h.location.precision == "region"), None)
        loc = own or Location(feature, code, None, None, "region")
        out.append(SharedSide(m.start(), fe, loc, m.span("noun"), (fs, fe)))
    return out
