"""A headline town the article never backs (the lead, session 13): a namesake abroad of a town the
article reads as local is no vote for the incident's place. Found on the blind probe11; sentences
written for the project (Mozambique, Myanmar)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "text", "abroad"), [
    ("Mozambique says dozens killed in Palma, insurgents claim town",
     "MAPUTO, March 29 - Dozens of people were killed when insurgents stormed the northern town of Palma "
     "last week, Mozambique's defence ministry said.\n\nSouth Africa said one of its citizens had died.\n\n"
     "Thousands fled Palma by boat to Pemba, aid workers said.", "ES"),
    ("Troops kill 11 in Kani, residents say",
     "YANGON, May 2 - Soldiers burned houses in the village of Kani on Monday, killing 11 people, residents "
     "said.\n\nThailand's foreign ministry called for restraint.\n\nFamilies fled Kani into the forest, a "
     "local aid group said.", "JP"),
])
def test_a_headline_namesake_abroad_is_no_place(extract, title: str, text: str, abroad: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-05-02", title=title).frames
    assert frames and all(f.location is None or f.location.country != abroad for f in frames), frames


def test_a_headline_town_of_the_story_stays(extract) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: a headline town the article backs is its place
    text = ("MAPUTO, June 4 - Insurgents attacked Mocimboa da Praia on Friday, killing 20 people, "
            "Mozambique's defence ministry said.")
    frames = extract(text, published="2021-06-04", title="Insurgents kill 20 in Mocimboa da Praia").frames
    assert frames[0].location is not None and frames[0].location.country == "MZ", frames
