"""A state's armed forces named by the country's common English name ("Congo's army", "DR Congo's
army", "Burma's military"): places.yaml's country variants, named by the demonym."""

from __future__ import annotations

import pytest

from rashomon.extract.state_officials import state_forces, state_source


@pytest.mark.parametrize(("text", "name"), [
    ("Congo's army said the rebels shelled the camp", "Congolese military"),
    ("a spokesman for DR Congo’s army", "Congolese military"),
    ("the DRC's army denied the report", "Congolese military"),
    ("Burma's military said the school was a rebel base", "Burmese military"),
    ("Sudan's army said the RSF fired the drones", "Sudanese military"),
    ("Colombia's army said two soldiers died", "Colombian military"),
])
def test_a_country_variant_and_a_force_is_the_state_military(text: str, name: str) -> None:
    found = state_forces(text)
    assert found is not None and found.name == name and found.kind == "military"


@pytest.mark.parametrize(("text", "name"), [
    ("Congo's defence minister", "Congolese military"),
    ("Congo's health minister", "Congolese health ministry"),
    ("Burma's foreign minister", "Burmese government"),
])
def test_a_country_variant_office_is_the_state(text: str, name: str) -> None:
    found = state_source(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize("text", ["the Congo River basin", "eastern Congo's gold mines", "Burma Road"])
def test_a_country_variant_without_a_force_or_office_is_no_source(text: str) -> None:
    assert state_source(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Fighting hit Gamboru on Tuesday. Cameroonian officials in Fotokol said about 2,000 people had crossed "
     "the border.", "Cameroonian officials"),
    ("Shelling hit Goma on Monday. Rwandan officials in Gisenyi said shells landed in the town.", "Rwandan officials"),
    ("Fighting raged in El Geneina. Chadian officials in Adre said about 5,000 refugees had crossed the border.",
     "Chadian officials"),
])
def test_national_officials_posted_in_a_town_speak_for_the_nation(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.source.name == name for c in extract(text).claims)
