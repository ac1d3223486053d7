"""An outlet's name in a dateline is no place (issue 10): the wire format "CITY, Sept 20 (Outlet
Name) -", on sentences written for the project."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place

from rashomon.extract.dateline import parse_dateline
from rashomon.extract.frames_place_filters import is_dateline

# --- an outlet's name in a dateline is no place ----------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("BAMAKO, Sept 20 (Sahel Intelligence) - Gunmen killed 14 villagers.", "Sahel"),
    ("GAROWE, May 2 (Puntland Post) - A roadside bomb killed three soldiers.", "Puntland"),
    ("MANDALAY (Shan Herald) - Shelling killed four people.", "Shan"),
])
def test_a_place_word_of_a_datelines_outlet_is_the_dateline(text: str, word: str) -> None:
    start = text.index(word)
    assert is_dateline(text, start, start + len(word))


def test_the_outlet_named_again_in_the_story_is_no_place(extract: Any) -> None:
    text = ("BAMAKO, Sept 20 (Sahel Intelligence) - Gunmen killed 14 villagers in central Mali's "
            "Mopti region on Friday, a local official told Sahel Intelligence.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Mopti", "ML"), loc


def test_a_region_in_brackets_stays_a_region_of_the_dateline_only() -> None:
    text = "JUBA (South Sudan) - Gunmen killed six people in South Sudan's Jonglei state."
    found = parse_dateline(text)
    assert found is not None and found.outlet_text == "South Sudan"
    later = text.rindex("South Sudan")
    assert not is_dateline(text, later, later + len("South Sudan"))
