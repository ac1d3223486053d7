""""Town, Region" addresses and "X province" / "X city": what the words around a name say
about which place it is (issue 10, faults 1 and 4).

Sentences are written for the project, about conflicts no eval set covers.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.address import address_region
from rashomon.gazetteer.place_context import Candidate, PlaceContext, add_country
from rashomon.gazetteer.place_hits import with_country
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.types import Location

Found = dict[str, tuple[str, str | None, str]]  # read_places(text): {mention: (name, country, precision)}




@pytest.mark.parametrize(("text", "town", "region", "country"), [
    # the second name is the region that holds the first: it backs the town and its country
    ("Gunmen shot dead two men in Nogales, Arizona, on Saturday, police said.", "Nogales", "Arizona", "US"),
    ("Cartel gunmen ambushed police in Nogales, Sonora, on Tuesday.", "Nogales", "Sonora", "MX"),
    ("Gunmen killed five people in Culiacan, Sinaloa, on Friday.", "Culiacan", "Sinaloa", "MX"),
    ("Police said gunmen killed a journalist in Zacatecas, Zacatecas, on Sunday.", "Zacatecas", "Zacatecas",
     "MX"),
    ("A bomb killed three people in Hyderabad, Sindh, on Friday, police said.", "Hyderabad", "Sindh", "PK"),
    ("A bomb exploded in Aurangabad, Maharashtra, on Monday, police said.", "Aurangabad", "Maharashtra", "IN"),
    ("Rebels attacked a village near Bunia, Ituri, on Thursday.", "Bunia", "Ituri", "CD"),
])
def test_town_region_address(places: PlaceGazetteer, text: str, town: str, region: str, country: str) -> None:
    hits = {h.start: h for h in places.find(text, places.context(text))}
    first, at = text.index(town), text.index(f", {region}") + 2
    assert (hits[first].location.country, hits[first].location.precision) == (country, "town"), hits
    assert (hits[at].location.country, hits[at].location.precision) == (country, "region"), hits[at]


@pytest.mark.parametrize("text", [
    # a list of towns is no address: the second town does not become a region
    "Shells fell on Hama, Homs and Aleppo on Monday, Syrian state media said.",
    "Ukrainian officials said drones hit Kharkiv, Sumy and Poltava overnight.",
])
def test_a_list_of_towns_is_no_address(read_places: Callable[[str], Found], text: str) -> None:
    assert all(precision == "town" for _, _, precision in read_places(text).values()), read_places(text)


def _cand(source: str, admin1: str, form: str = "main") -> Candidate:
    return Candidate(Location("X", admin1[:2], 0.0, 0.0, "region" if source == "region" else "town"),
                     source, form, 1000, admin1, source)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ([_cand("town", "US.AZ"), _cand("town", "MX.26")], [_cand("region", "US.AZ"), _cand("town", "HN.03")], "US.AZ"),
    ([_cand("town", "MX.26")], [_cand("region", "US.AZ")], None),  # the region holds no such town
    ([_cand("town", "MX.26", "skeleton")], [_cand("region", "MX.26")], None),  # only as written
    ([_cand("town", "US.AZ"), _cand("town", "MX.26")], [_cand("region", "US.AZ"), _cand("region", "MX.26")], None),
])
def test_address_region(first: list[Candidate], second: list[Candidate], expected: str | None) -> None:
    region = address_region(first, second)
    assert (region.admin1 if region is not None else None) == expected


@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    # a first-level unit noun after a name makes it the region, not its capital
    ("The junta bombed a school in Sagaing region on Tuesday, residents said.", "Sagaing", "Sagaing", "MM"),
    ("Gunmen attacked a checkpoint in Kaduna state on Friday.", "Kaduna", "Kaduna", "NG"),
    ("Jihadists raided villages in Borno State, Nigerian officials said.", "Borno", "Borno", "NG"),
    ("Shelling hit the Kharkiv region overnight, Ukrainian officials said.", "Kharkiv", "Kharkiv", "UA"),
    ("Government troops retook Kassala state from the rebels.", "Kassala", "Kassala", "SD"),
])
def test_first_level_noun_names_the_region(read_places: Callable[[str], Found], text: str, mention: str, name: str,
                                           country: str) -> None:
    found = read_places(text)
    assert found.get(mention) == (name, country, "region"), found


@pytest.mark.parametrize(("text", "mention", "country"), [
    # "X city" and the bare name stay the town
    ("Gunmen killed four people in Kaduna city on Friday, Nigerian police said.", "Kaduna", "NG"),
    ("Russian troops shelled Kharkiv on Monday, Ukrainian officials said.", "Kharkiv", "UA"),
    ("RSF fighters shelled Kassala on Monday, Sudanese officials said.", "Kassala", "SD"),
])
def test_city_and_bare_name_stay_the_town(read_places: Callable[[str], Found],
        text: str, mention: str, country: str) -> None:
    assert read_places(text)[mention][1:] == (country, "town")


@pytest.mark.parametrize(("text", "mention", "country", "precision"), [
    # a state named like a town elsewhere (or like a hamlet of its own country) is the state
    ("Gunmen shot dead two men in Arizona on Saturday, police said.", "Arizona", "US", "region"),
    ("Gunmen killed six people in Sonora on Sunday, police said.", "Sonora", "MX", "region"),
    ("Cartel gunmen killed nine people in Sinaloa on Friday, Mexican officials said.", "Sinaloa", "MX", "region"),
    # a state named after its own city is the city when bare
    ("Shelling hit Hama on Monday, killing four, Syrian state media said.", "Hama", "SY", "town"),
    ("Gunmen killed five people in Zacatecas on Sunday, police said.", "Zacatecas", "MX", "town"),
    ("Bandits attacked a market in Kaduna on Friday, Nigerian police said.", "Kaduna", "NG", "town"),
])
def test_state_named_like_a_town(read_places: Callable[[str], Found], text: str, mention: str, country: str,
                                 precision: str) -> None:
    assert read_places(text)[mention][1:] == (country, precision)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["SD", "MM", "CD", None, ""]), st.floats(0.0, 3.0)), max_size=12))
def test_add_country_counts_every_piece_of_evidence(pieces: list[tuple[str | None, float]]) -> None:
    """The one helper both the article context and ``with_country`` count countries with:
    each country's weight is the sum of what was added for it; no country is "" counted."""
    countries: dict[str, float] = {}
    for code, weight in pieces:
        add_country(countries, code, weight)
    for key in countries:
        assert countries[key] == pytest.approx(sum(w for c, w in pieces if (c or "") == key))
    ctx = PlaceContext({"SD": 1.0})
    assert with_country(ctx, "MM").countries == {"SD": 1.0, "MM": 1.0}
    assert with_country(ctx, None) is ctx and ctx.countries == {"SD": 1.0}  # the context is not changed
