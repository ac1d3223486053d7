"""Officials of a country the gazetteer names only as a bare country (issue 11): the source is
the state's government, its military for a defence portfolio, its health ministry for a
health portfolio; countries and demonyms come from data packages. Sentences written for the
project."""

from __future__ import annotations

import pytest

from rashomon.extract.state_officials import state_source


@pytest.mark.parametrize(("text", "name", "kind", "party"), [
    ("Chad's defence minister", "Chadian military", "military", "Chad"),
    ("the Malian foreign minister", "Malian government", "government", "Mali"),
    ("A minister of Eritrea", "Eritrean government", "government", "Eritrea"),
    ("Niger's interior minister", "Nigerien government", "government", "Niger"),
    ("Burkina Faso's health minister", "Burkinabe health ministry", "government", "Burkina Faso"),
    ("Armenia's foreign ministry", "Armenian government", "government", "Armenia"),
    ("Cameroonian President Paul Biya", "Cameroonian government", "government", "Cameroon"),
    ("the Minister for Foreign Affairs of Colombia", "Colombian government", "government", "Colombia"),
    ("Mozambique's foreign affairs minister", "Mozambican government", "government", "Mozambique"),
])
def test_state_source(text: str, name: str, kind: str, party: str) -> None:
    found = state_source(text)
    assert found is not None
    assert (found.name, found.kind, found.party) == (name, kind, party)


@pytest.mark.parametrize("text", [
    "The Sudanese army spokesman",  # a force, not an office of the state
    "a Congolese aid worker",
    "the minister",  # no country named
    "Myanmar's junta",
    "the prime minister's office in Kinshasa",
    # a named body of a ministry keeps its own name (source_names' affiliation)
    "spokesman of the Emergency Department of the Malian Ministry of Health",
])
def test_no_state_source(text: str) -> None:
    assert state_source(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Chad's defence minister said the rebels attacked the garrison at Bardai.", "Chadian military"),
    ("The Malian foreign minister said French troops had left Gao.", "Malian government"),
    ("A minister of Eritrea said Ethiopian troops shelled the border town.", "Eritrean government"),
    ("Niger's interior minister denied that soldiers killed civilians in Tillaberi.", "Nigerien government"),
    ("Cameroonian President Paul Biya said separatists burned a school in Bamenda.", "Cameroonian government"),
])
def test_a_states_official_speaks_for_the_state(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in extract(text).claims] == [name]
