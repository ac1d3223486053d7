"""A town the article names twice (the lead, session 13): its own mentions never back its own
country, however often it is named, and a bare mention of a name the article calls a town
elsewhere is that town. Found on a blind probe (a Mozambican town absent from the gazetteer read
as its Spanish namesake once a second country and a second mention came in); sentences written
for the project."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.places import PlaceGazetteer


@pytest.mark.parametrize(("text", "name", "abroad"), [
    ("MAPUTO, June 4 - Dozens of people were killed when insurgents stormed the northern town of Palma "
     "last week, Mozambique's defence ministry said.\n\nSouth Africa's foreign ministry said one South "
     "African citizen had been killed.\n\nThousands of people had fled Palma by boat, many of them "
     "arriving in Pemba, aid workers said.", "Palma", "ES"),
    ("YANGON, May 2 - Soldiers burned houses in the village of Kani in Myanmar's Sagaing region on "
     "Monday, residents said.\n\nThailand's foreign ministry called for restraint.\n\nFamilies from "
     "Kani fled into the forest, a local aid group said.", "Kani", "JP"),
])
def test_a_town_named_twice_is_no_namesake_abroad(places: PlaceGazetteer, text: str, name: str, abroad: str) -> None:
    ctx = places.context(text)
    assert ctx.share(abroad, name.lower()) == 0.0, ctx.countries
    found = [h.location.country for h in places.find(text, ctx) if text[h.start:h.end] == name]
    assert abroad not in found, found


def test_a_town_of_the_story_named_twice_keeps_its_country(places: PlaceGazetteer) -> None:
    # NOT fire: a known town of the story's own country, named twice, stays that town
    text = ("BEIRA, June 4 - Gunmen attacked a police post near Pemba on Friday, police said.\n\n"
            "Residents of Pemba said the shooting lasted an hour.")
    found = [h.location.country for h in places.find(text, places.context(text)) if text[h.start:h.end] == "Pemba"]
    assert found and set(found) == {"MZ"}, found
