"""An authority's seat is where its source sits, not the incident's place, whatever verb it has:
"officials in X have not given a toll", "authorities in X released no figures" (as "officials in X
said"). Sentences written for the project (Burkina Faso, DR Congo, Mozambique)."""

from __future__ import annotations

from typing import Any

import pytest


def _place(extract: Any, text: str) -> tuple[str | None, str | None]:
    frame = next(f for f in extract(text, published="2024-08-28").frames if not f.background)
    loc = frame.location
    return (loc.name, loc.country) if loc is not None else (None, None)


@pytest.mark.parametrize(("text", "not_name", "country"), [
    ("GENEVA, Aug 28 - The UN said on Wednesday that at least 90 civilians were killed on Saturday "
     "in an attack in Burkina Faso's Centre-Nord region. Officials in Ouagadougou have not given a "
     "toll since the attack.", "Ouagadougou", "BF"),
    ("NAIROBI, Aug 28 - Gunmen killed 30 villagers in an attack on Sunday in the east of Congo, a UN "
     "official said. Authorities in Kinshasa released no figures.", "Kinshasa", "CD"),
    ("JOHANNESBURG, Aug 28 - Insurgents killed 11 people in Mozambique's Cabo Delgado province on "
     "Sunday, a rights group said. The government in Maputo did not respond to requests for comment.",
     "Maputo", "MZ"),
])
def test_an_authoritys_seat_is_no_incident_place(extract: Any, text: str, not_name: str, country: str) -> None:
    name, got = _place(extract, text)
    assert name != not_name and got == country, (name, got)


def test_the_place_of_people_is_still_a_place(extract: Any) -> None:
    # not an authority: residents in a town that did not return tell of the town
    text = ("Gunmen killed 30 villagers on Sunday, residents said. Residents in Beni have not returned "
            "home since the attack.")
    assert _place(extract, text)[0] == "Beni"
