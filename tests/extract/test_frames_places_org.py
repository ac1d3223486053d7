"""A word of an organisation's name is no place: "the Crossings and Border Authority" does
not name a town called "The Crossings". A place the article backs keeps its mention when an
office is named after it ("the Gaza health ministry"). Sentences written for the project."""

from __future__ import annotations

from typing import Any

import pytest


def incident_places(result: Any) -> list[str | None]:
    return [f.place_text for f in result.frames if not f.background]


def incident_countries(result: Any) -> set[str | None]:
    return {f.location.country for f in result.frames if not f.background and f.location is not None}


@pytest.mark.parametrize(("text", "country"), [
    ("An air strike destroyed a family home on Tuesday, killing four people, Sudanese activists "
     "said. The strike also killed Adil Musa, a clerk with the media office of the Crossings and "
     "Customs Authority.", "SD"),
    ("A drone struck a fuel depot on Friday, killing three guards of the Borders and Customs "
     "Authority, Yemeni officials said.", "YE"),
    ("Shelling hit a monastery on Sunday, killing two monks and a driver of the Crossings and "
     "Border Authority, a Myanmar rights group said.", "MM"),
])
def test_a_word_of_an_office_name_is_no_place(extract: Any, text: str, country: str) -> None:
    result = extract(text, published="2024-03-12")
    assert "Crossings" not in incident_places(result)
    assert "Borders" not in incident_places(result)
    assert incident_countries(result) <= {country}


@pytest.mark.parametrize(("text", "place"), [
    ("An air strike hit a house in Gaza on Monday, killing five people, the Gaza health ministry said.",
     "Gaza"),
    ("Shelling killed six civilians in a market on Sunday, the Taiz health office said, in "
     "Yemen's Taiz governorate.", "Taiz"),
    ("A drone strike killed nine people at a wedding on Saturday, the Sagaing regional "
     "council of Myanmar's shadow government said. Residents of Sagaing buried the dead.", "Sagaing"),
])
def test_a_backed_place_named_with_an_office_is_still_a_place(extract: Any, text: str, place: str) -> None:
    places = incident_places(extract(text, published="2024-03-12"))
    assert place in places, places
