"""Sources without a gazetteer row get their name from the text (rashomon.extract.source_names),
on phrases and sentences written for the project."""

from __future__ import annotations

import pytest

from rashomon.extract.source_names import (
    acronym,
    affiliation,
    description_name,
    title_name,
    unify_acronyms,
)


@pytest.mark.parametrize(("text", "org"), [
    ("Yusuf Ali, a spokesman for the Rapid Support Forces (RSF)", "RSF"),
    ("Amina Diallo, spokeswoman of the Malian Red Cross", "Malian Red Cross"),
    ("Ivan Petrov, head of the Donetsk Emergency Service", "Donetsk Emergency Service"),
    ("a spokesman for Hemedti's Rapid Support Forces", "Rapid Support Forces"),
    ("a doctor at the scene", None),
])
def test_affiliation(text: str, org: str | None) -> None:
    assert affiliation(text) == org


@pytest.mark.parametrize(("before", "name"), [
    ("Emergency services spokesperson ", "Emergency services"),
    ("Sudanese ambassador ", "Sudanese ambassador"),
    ("Col. ", None),
    ("Cabo Delgado police chief ", "Cabo Delgado police"),
])
def test_title_before_a_name(before: str, name: str | None) -> None:
    assert title_name(before) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Two aid workers", "aid workers"),
    ("An Afghan police chief", "Afghan police"),
    ("A Burmese official", "Burmese official"),
    ("several residents", "residents"),
])
def test_description(text: str, name: str) -> None:
    assert description_name(text) == name


def test_acronyms_unify() -> None:
    assert acronym("Libyan National Army") == "LNA"
    assert acronym("Mouvement du 23 mars") == "M"  # only capitalised words count
    assert unify_acronyms(["Rapid Support Forces", "RSF", "army"]) == {"Rapid Support Forces": "RSF"}


SENTENCES = [
    ("Yusuf Ali, a spokesman for the Rapid Support Forces (RSF), said army drones hit the market "
     "in El Fasher.", "RSF"),
    ("Emergency services spokesperson Lina Haddad said the shelling killed four people in Sumy.",
     "Emergency services"),
    ("Two aid workers said a drone struck the camp near Goma.", "aid workers"),
]


@pytest.mark.parametrize(("text", "name"), SENTENCES)
def test_source_named_by_the_text(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.source.name == name for c in claims), [(c.source.name, c.source.text) for c in claims]
