"""The incident's place in context: sentences written for the project about many conflicts."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.types import Frame


def main(result: Any) -> Frame:
    frames = [f for f in result.frames if not f.background]
    assert frames, result.frames
    return frames[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("text", "country", "precision"), [
    # the same name, told apart by the parties named
    ("An air strike by the Libyan National Army hit a migrant centre in Tripoli on Tuesday, "
     "killing 30 people, Libyan officials said.", "LY", "town"),
    ("A car bomb exploded in Tripoli on Friday, killing four, the Lebanese army said.", "LB", "town"),
    # towns only the whole gazetteer has, in conflicts no eval set covers
    ("Sudanese army jets bombed a market in El Fasher on Monday, killing 12 people, "
     "activists in North Darfur said.", "SD", "town"),
    ("Myanmar military aircraft struck a monastery in Falam in Chin State on Sunday, "
     "killing nine civilians, residents said.", "MM", "town"),
    ("Gunmen attacked an army post near Djibo in northern Burkina Faso on Thursday, "
     "killing 15 soldiers, the army said.", "BF", "town"),
    ("Azerbaijani artillery shelled Stepanakert on Tuesday, killing two civilians, "
     "Armenian officials said.", "AZ", "town"),
    ("A drone strike hit a camp for displaced people in Tigray on Friday, killing 20, "
     "aid workers told reporters.", "ET", "region"),
    ("Rebels shelled a displacement camp outside Goma on Wednesday, killing seven, "
     "Congolese officials said.", "CD", "town"),
])
def test_incident_country_in_context(extract: Any, text: str, country: str, precision: str) -> None:
    loc = main(extract(text, published="2023-05-10")).location
    assert loc is not None, text
    assert (loc.country, loc.precision) == (country, precision), loc


@pytest.mark.parametrize(("text", "not_place"), [
    # a person's name that is also a village elsewhere is not the incident's place
    ("A drone strike killed eight people in Mekelle on Friday, Tigrayan spokesman Ahmed Salem said.",
     "Salem"),
    # a month, a weapon and an organisation are not places
    ("In August, Tomahawk missiles struck the Shayrat air base in Syria, US officials said.", "August"),
    ("Hamas said an Israeli air strike hit a school in Khan Younis on Monday, killing 16.", "Hamas"),
])
def test_words_and_names_are_not_the_incident_place(extract: Any, text: str, not_place: str) -> None:
    result = extract(text, published="2023-05-10")
    for frame in result.frames:
        assert frame.place_text != not_place, frame.location


def test_district_and_province_resolve_to_the_town(extract: Any) -> None:
    text = ("A roadside bomb exploded in Baqubah city, Diyala governorate, on Sunday, killing "
            "three policemen, Iraqi police said.")
    loc = main(extract(text, published="2023-05-10")).location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Baqubah", "IQ", "town")


def test_place_keeps_its_evidence_span(extract: Any) -> None:
    text = ("Sudanese army jets bombed a market in El Fasher on Monday, killing 12 people, "
            "activists said.")
    frame = main(extract(text, published="2023-05-10"))
    assert frame.place_text == "El Fasher"
    spans = frame.sources["place"].evidence
    assert spans and all(text[e.start:e.end] == e.text for e in spans)
    assert any(e.text == "El Fasher" for e in spans)
