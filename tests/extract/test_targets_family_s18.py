"""A home named by its family keeps the family's name, whatever the entity tagger calls the
name ("the home of the Al-Saadi family": "Al-Saadi" is often tagged as a place), so that two
strikes on two families' homes in one area on one day stay two (link.content.different_sites);
a home "in" a place still loses the place. Sentences written for these tests (Yemen, Sudan,
Syria, Myanmar)."""

from __future__ import annotations

from typing import Any

import pytest


def _targets(extract: Any, text: str) -> list[str]:
    return [t for f in extract(text, published="2024-03-05").frames for t in f.targets]


@pytest.mark.parametrize(("text", "name"), [
    ("On Monday the home of the Al-Saadi family was hit by an air strike in Saada, killing "
     "seven people.", "Al-Saadi"),
    ("Jets bombed the house of the Al-Hakimi family near Taiz on Tuesday, killing "
     "five children.", "Al-Hakimi"),
    ("Shells struck the home of the Abu Shaar family in Idlib on Friday, killing four people.",
     "Abu Shaar"),
    ("A drone hit the house of the Ibrahim clan in El Fasher on Sunday, killing six people.",
     "Ibrahim"),
])
def test_the_familys_name_stays_with_the_home(extract: Any, text: str, name: str) -> None:
    found = _targets(extract, text)
    assert any(name in t for t in found), found


@pytest.mark.parametrize(("text", "place"), [
    ("Jets bombed a house in Al-Hudaydah on Monday, killing three people.", "Hudaydah"),
    ("Artillery struck a school in the town of Sagaing on Tuesday, killing two pupils.", "Sagaing"),
])
def test_a_place_after_the_home_is_still_cut(extract: Any, text: str, place: str) -> None:
    found = _targets(extract, text)
    assert found and not any(place in t for t in found), found
