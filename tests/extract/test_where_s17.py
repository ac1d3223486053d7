"""The incident's country against a background paragraph about a neighbour (issue 10, session
17): a town no gazetteer has, named in a sentence about another country, is no place of an
incident whose country the text tells by description ("in the west of the country"). Sentences
written for the project about conflicts no eval or probe set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place


@pytest.mark.parametrize(("text", "country"), [
    # Niger's incident, a Burkinabe village of 2021 in the last paragraph
    ("DAKAR, June 12 - Niger's defence ministry said on Wednesday that 20 soldiers had been killed in "
     "an attack on an army post in the west of the country on Tuesday.\n\nThe ministry said the "
     "attackers came on motorbikes.\n\nBurkina Faso, its western neighbour, has seen dozens of "
     "attacks, including one in 2021 near Kourbougou in which 11 gendarmes were killed.", "NE"),
    # Mali's incident, a Nigerien village of 2017 in background
    ("BAMAKO, Feb 2 - Jihadists killed nine soldiers in an attack on a post in the centre of the "
     "country on Sunday, Mali's army said.\n\nThe army said reinforcements had been sent.\n\n"
     "Niger, its eastern neighbour, has suffered raids too, including one in 2017 near Tongo Tongo "
     "in which four American soldiers died.", "ML"),
])
def test_a_background_town_of_a_neighbour_gives_way_to_the_told_country(extract: Any, text: str,
                                                                          country: str) -> None:
    loc = place(extract, text)
    assert (loc.country, loc.precision) == (country, "country"), loc  # not the neighbour's village


def test_a_town_of_the_told_country_in_its_own_sentence_stays(extract: Any) -> None:
    # NOT fire: the sentence names no other country: the unknown town is the incident's
    text = ("NIAMEY, June 12 - Twenty soldiers were killed in an attack on an army post in the west of "
            "the country on Tuesday, Niger's defence ministry said.\n\nThe attack hit the post at "
            "Kourbougou at dawn, the ministry said.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Kourbougou", "NE"), loc
