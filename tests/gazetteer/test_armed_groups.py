"""Names of armed groups, militias and armed forces are never places (issue 10).

Written for the project: sentences about conflicts no eval set covers (the Sahel, Sudan,
Somalia, the Lake Chad basin, the Great Lakes, Myanmar, Ethiopia, Colombia, Haiti).
GeoNames has "Taliban" as an alternate name of a Turkish town, "Fano" and "Wagner" as the
main names of an Italian and a Brazilian town, "Bla" as a Malian town; "Boko Haram" and "KIA"
are near an Uzbek and an Indian city's names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.data import load as load_data
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.place_marks import organisation_names
from rashomon.gazetteer.places import PlaceGazetteer

from .conftest import Found

GROUPS = ["Taliban", "Boko Haram", "al-Shabaab", "Al-Shabab", "ISWAP", "JNIM", "M23", "ADF",
          "RSF", "Rapid Support Forces", "Africa Corps", "Wagner", "Houthis", "Ansar Allah",
          "Hezbollah", "FARC", "ELN", "Tatmadaw", "Arakan Army", "KIA", "PDF", "TPLF", "Fano",
          "OLA", "UWSA", "Tehrik-i-Taliban Pakistan", "Janjaweed", "Viv Ansanm"]


@pytest.mark.parametrize("name", GROUPS)
def test_a_group_resolves_to_no_place(places: PlaceGazetteer, name: str) -> None:
    assert places.resolve(name) is None


@pytest.mark.parametrize(("name", "country"), [
    ("Taliban", "AF"), ("Boko Haram", "NG"), ("al-Shabab", "SO"), ("the Rapid Support Forces", "SD"),
    ("JNIM", "ML"), ("M23 rebels", "CD"), ("the Tatmadaw", "MM"), ("a KIA spokesman", "MM"),
    ("the ELN", "CO"), ("Fano militia", "ET"), ("the Gulf Clan", "CO"),
])
def test_a_group_is_an_actor_of_its_country(name: str, country: str) -> None:
    actor = ActorGazetteer.load().resolve(name)
    assert actor is not None and actor.country == country
    assert actor.kind in ("armed_group", "military")


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters seized the district on Monday, officials said.", {}),
    ("Boko Haram attacked Konduga, killing 12 people, Nigerian officials said.",
     {"Konduga": ("Konduga", "NG", "town")}),
    ("Wagner fighters and Malian soldiers entered Kidal, the army said.",
     {"Kidal": ("Kidal", "ML", "town")}),
    ("Fano militia fought federal troops near Bahir Dar in the Amhara region, Ethiopian officials said.",
     {"Bahir Dar": ("Bahir Dar", "ET", "town"), "Amhara": ("Amhara", "ET", "region")}),
    ("The RSF shelled El Fasher, Sudan's army said.",
     {"El Fasher": ("El Fasher", "SD", "town"), "Sudan": ("Sudan", "SD", "country")}),
    ("The KIA said its fighters overran a post near Bhamo, Myanmar.",
     {"Bhamo": ("Bhamo", "MM", "town"), "Myanmar": ("Myanmar", "MM", "country")}),
    ("Al-Shabab gunmen stormed a hotel in Kismayo, Somali police said.",
     {"Kismayo": ("Kismayo", "SO", "town")}),
])
def test_sentences_name_no_place_for_the_group(read_places: object, text: str, expected: Found) -> None:
    assert read_places(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(("text", "name", "country"), [
    # a town named like a group stays the town where the article backs it
    ("Floods cut the road to Wagner, a town in Bahia, Brazil.", "Wagner", "BR"),
    ("Soldiers killed civilians in Bla, a town in Segou region, Mali.", "Bla", "ML"),
    ("The festival in Fano drew crowds, Italian media said.", "Fano", "IT"),
])
def test_a_town_named_like_a_group_stays_where_backed(read_places: object, text: str, name: str,
                                                      country: str) -> None:
    found = read_places(text)  # type: ignore[operator]
    assert found[name][1] == country


@pytest.mark.parametrize(("text", "country"), [
    ("Balochistan Liberation Army", None), ("BLA", None), ("the KIA", None),
])
def test_a_group_written_in_capitals_is_no_place(places: PlaceGazetteer, text: str, country: str | None) -> None:
    assert places.resolve(text) is None
    assert places.resolve(text, country_hint="ML") is None


def test_a_name_in_capitals_only_is_the_town_when_written_otherwise(places: PlaceGazetteer) -> None:
    loc = places.resolve("Bla", country_hint="ML")
    assert loc is not None and loc.country == "ML"


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(organisation_names(load_data("actors.yaml"))))
def test_an_organisation_is_a_town_only_where_backed(places: PlaceGazetteer, name: str) -> None:
    """Any organisation's name, alone in an article about somewhere else, is no town: a town
    by another of its names never, one named like it only where the article backs it."""
    text = f"{name} fighters attacked a convoy, officials in Antananarivo said."
    ctx = places.context(text)
    hits = [h for h in places.find(text, ctx) if h.start == 0]
    assert all(h.source in ("country", "supplement") or h.location.country == "MG" for h in hits)
