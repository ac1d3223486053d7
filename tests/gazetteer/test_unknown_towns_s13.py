"""A town no gazetteer has, named as where the incident happened, is the place by name (no
coordinates, in the article's country) when nothing finer than a country is named. Sentences
written for the project, about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest


def main_place(result: Any) -> tuple[str | None, str | None, str | None, float | None]:
    frame = next(f for f in result.frames if not f.background)
    loc = frame.location
    return (loc.name, loc.country, loc.precision, loc.lat) if loc is not None else (None, None, None, None)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Armed men attacked the village of Tchoma Bangou in Niger on Sunday, killing 30 people, "
     "officials said.", "Tchoma Bangou", "NE"),
    ("Gunmen killed 14 people in an attack on Kwakwarwa Dutse, Nigeria, on Monday, police said.",
     "Kwakwarwa Dutse", "NG"),
    ("Gang members set fire to houses in the commune of Pernier Bas on Thursday, killing nine "
     "people, Haitian police said. Haiti's government condemned the attack.", "Pernier Bas", "HT"),
])
def test_an_unknown_town_is_the_place_by_name(extract: Any, text: str, town: str, country: str) -> None:
    assert main_place(extract(text, published="2024-10-05")) == (town, country, "town", None)


def test_two_reports_of_one_unknown_town_share_its_place(extract: Any) -> None:
    a = main_place(extract("Gunmen attacked the village of Tchoma Bangou in Niger on Sunday, killing 30.",
                           published="2024-01-08"))
    b = main_place(extract("Niger's army said 30 civilians died in the attack on Tchoma Bangou on Sunday.",
                           published="2024-01-09"))
    assert a[:3] == b[:3] == ("Tchoma Bangou", "NE", "town")


@pytest.mark.parametrize("text", [
    # a site named after something, an organisation, a person, a month: no town
    "Twelve wounded people were treated at Saint-Nicolas hospital on Friday after gunmen attacked "
    "a bus in Haiti, police said.",
    "Gunmen attacked a convoy of Mercy Corps in Nigeria on Monday, killing two aid workers.",
    "Gunmen shot dead Jean-Baptiste Moreau in Haiti on Monday, police said.",
    "Gunmen killed nine people in Haiti in March, police said.",
])
def test_what_is_no_unknown_town(extract: Any, text: str) -> None:
    got = main_place(extract(text, published="2024-10-05"))
    assert got[2] in ("country", None), got


def test_a_known_town_beats_an_unknown_one(extract: Any) -> None:
    text = "Gunmen attacked the village of Tchoma Bangou near Ouallam on Sunday, killing 30 people."
    assert main_place(extract(text, published="2024-01-08"))[0] == "Ouallam"

