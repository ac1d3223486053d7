"""A place that only names a group's part ("al-Qaeda's affiliate in the Sahel", "the Islamic
State group's branch in the Sahel") is no place of the incident (frames_place_filters.not_a_place,
``branch_nouns`` in place_words.yaml). Sentences written for the project."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place


def _place(extract: Any, text: str) -> str:
    return place(extract, text, published="2024-08-26").name


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen attacked a village in northern Burkina Faso on Sunday, killing 12 people, a local official "
     "said. Security sources blamed the Islamic State group's branch in the Sahel.", "Burkina Faso"),
    ("Gunmen killed nine people at a market in Djibo on Sunday. The army blamed JNIM, al-Qaeda's "
     "affiliate in the Sahel.", "Djibo"),
    # a place after "in" that is not a group's part still counts
    ("Militants attacked an army post in Tillaberi on Monday, killing 11 soldiers, the defence ministry said.",
     "Tillaberi"),
])
def test_a_group_s_branch_names_no_place(extract: Any, text: str, place: str) -> None:
    assert _place(extract, text) == place
