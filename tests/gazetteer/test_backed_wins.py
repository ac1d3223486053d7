"""A candidate the article does not back never beats one it backs by the name as written
(issue 10, fault 5): the invariant of place_context.best, on generated candidates and on
sentences written for the project."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.gazetteer.place_context import SUPPORTED, Candidate, PlaceContext, best, support
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.types import Location

_COUNTRIES = ["SD", "TD", "ML", "NE", "DE", "MM"]
_candidate = st.builds(
    lambda cc, form, pop, lat: Candidate(Location("X", cc, lat, 10.0, "town"), "town", form, pop, f"{cc}.01"),
    st.sampled_from(_COUNTRIES), st.sampled_from(["main", "alternate", "loose", "skeleton"]),
    st.integers(0, 5_000_000), st.floats(-40, 40))
_context = st.builds(PlaceContext, st.dictionaries(st.sampled_from(_COUNTRIES), st.floats(0.1, 6.0), max_size=3))


@given(st.lists(_candidate, min_size=1, max_size=6), _context)
def test_a_backed_written_name_is_never_beaten_by_an_unbacked_one(cands: list[Candidate], ctx: PlaceContext) -> None:
    chosen = best(cands, ctx, "x")
    assert chosen is not None
    if any(c.form != "skeleton" and support(c, ctx, "x") >= SUPPORTED for c in cands):
        assert chosen[1], (chosen, ctx)



@pytest.mark.parametrize(("text", "mention", "country"), [
    # the same name in the article's country beats a bigger one abroad
    ("Sudanese activists said RSF fighters shelled Um Kadada on Monday, killing nine.", "Um Kadada", "SD"),
    ("Chadian officials said refugees reached Adre after fighting across the border.", "Adre", "TD"),
    ("Malian soldiers said jihadists attacked Douentza on Sunday.", "Douentza", "ML"),
    ("Myanmar's junta said rebels seized Falam after weeks of fighting.", "Falam", "MM"),
])
def test_the_articles_country_wins(places: PlaceGazetteer, text: str, mention: str, country: str) -> None:
    found = {text[h.start:h.end]: h for h in places.find(text, places.context(text))}
    assert mention in found, found
    assert found[mention].location.country == country and found[mention].supported
