"""Stray alternate names (issue 10 fault 2): a word that is only a borrowed name of a town far
from everything the article names is no place ("Boni" of Bonn in a story about Mali); a town of
a neighbouring country, or one the article backs, stays. Sentences written for the project."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.gazetteer.place_context import Anchor, Candidate, PlaceContext
from rashomon.gazetteer.place_foreign import FOREIGN_KM, stray
from rashomon.types import Location

from .conftest import Found


@pytest.mark.parametrize(("text", "expected"), [
    # a word that is an alternate name of a town a continent away
    ("Jihadists blockaded Boni in central Mali for months, residents of Mopti said.",
     {"Mali": ("Mali", "ML", "country"), "Mopti": ("Mopti", "ML", "town")}),
    ("Due to the fighting, aid stopped in Goma, Congolese officials said.",  # Douai, France
     {"Goma": ("Goma", "CD", "town")}),
    ("But the army retook Sittwe, Myanmar state media said.",  # Buta, DR Congo
     {"Sittwe": ("Sittwe", "MM", "town"), "Myanmar": ("Myanmar", "MM", "country")}),
    # a neighbour's town by its other name, and towns the article backs, stay
    ("Russian officials said drones flew from the direction of Kiev toward Bryansk overnight.",
     {"Kiev": ("Kyiv", "UA", "town"), "Bryansk": ("Bryansk", "RU", "town")}),
    ("Azerbaijani forces shelled Stepanakert, Armenian officials said.",
     {"Stepanakert": ("Khankendi", "AZ", "town")}),
    ("RSF fighters stormed Geneina, the capital of West Darfur, Sudanese officials said.",
     {"Geneina": ("Al-Junaynah", "SD", "town"), "West Darfur": ("Western Darfur", "SD", "region")}),
    # no country named, only places: a village by a borrowed name far from all of them
    ("Fighters attacked Beledweyne and Mahas on Monday, residents said.",  # Mahis, Jordan
     {"Beledweyne": ("Beledweyne", "SO", "town")}),
    ("Biden met Zelensky in Kiev after talks in Washington.",  # a city of several names stays
     {"Kiev": ("Kyiv", "UA", "town"), "Washington": ("Washington", "US", "town")}),
])
def test_stray_alternate_names(read_places: Callable[[str], Found], text: str, expected: Found) -> None:
    assert read_places(text) == expected


def test_resolve_drops_a_stray_alternate_name_in_context(places: object) -> None:
    from rashomon.gazetteer.places import PlaceGazetteer
    assert isinstance(places, PlaceGazetteer)
    mali = places.context("Jihadists attacked Mopti and Djenne in central Mali, Malian officials said.")
    assert places.resolve("Boni", context=mali) is None
    loc = places.resolve("Boni")  # no article: the borrowed name is all there is
    assert loc is not None and loc.country == "DE"


def _far(country: str, lat: float, lon: float) -> float:
    return 5000.0  # every town of the backed countries lies this far


def _near(country: str, lat: float, lon: float) -> float:
    return 10.0


TOWN = Location("Somewhere", "DE", 50.0, 7.0, "town")
MALI = PlaceContext({"ML": 3.0})


@pytest.mark.parametrize(("cand", "ctx", "km", "expected"), [
    (Candidate(TOWN, "town", "alternate", 300_000), MALI, _far, True),
    (Candidate(TOWN, "town", "loose", 300_000), MALI, _far, True),
    (Candidate(TOWN, "town", "main", 300_000), MALI, _far, False),  # its own name
    (Candidate(TOWN, "town", "alternate", 300_000), MALI, _near, False),  # a neighbour
    (Candidate(TOWN, "town", "alternate", 300_000), PlaceContext({"ML": 3.0, "DE": 1.0}), _far, False),
    (Candidate(TOWN, "town", "alternate", 300_000), PlaceContext(), _far, False),  # nothing named
    (Candidate(TOWN, "town", "alternate", 20_000), PlaceContext(anchors=(Anchor("x", 2.0, 45.0),)), _far, True),
    (Candidate(TOWN, "town", "alternate", 300_000), PlaceContext(anchors=(Anchor("x", 2.0, 45.0),)), _far, False),
    (Candidate(TOWN, "region", "alternate", 300_000), MALI, _far, False),
    # an anchor of the article near the town
    (Candidate(TOWN, "town", "alternate", 300_000),
     PlaceContext({"ML": 3.0}, anchors=(Anchor("cologne", 50.9, 6.9, "DE", 0.0),)), _far, False),
])
def test_the_rule(cand: Candidate, ctx: PlaceContext, km: Callable[[str, float, float], float],
                  expected: bool) -> None:
    assert stray(cand, ctx, "boni", km) is expected


@given(st.sampled_from(["main", "alternate", "loose", "skeleton"]), st.floats(0, 20_000),
       st.sampled_from(["town", "region", "supplement", "country"]))
def test_only_borrowed_names_of_far_towns_are_stray(form: str, km: float, source: str) -> None:
    out = stray(Candidate(TOWN, source, form, 1000), MALI, "x", lambda c, la, lo: km)
    assert out == (form in ("alternate", "loose") and source == "town" and km > FOREIGN_KM)
