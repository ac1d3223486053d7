"""A country written as the owner of a place ("Ethiopia's Somali region") pins the place to
that country whatever the article names most or is datelined in, and the article's later bare
mentions of the name follow it; a short name the text marks as a town ("the town of Ayoru") is
found by its transliteration skeleton where the article backs the town (issue 10, session 15).
Sentences written for the project, about conflicts no eval set covers.
"""

from __future__ import annotations

import pytest

from rashomon.gazetteer.place_context import Candidate
from rashomon.gazetteer.place_owner import holder_after, owner_before, pin
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.types import Location


def mentions(places: PlaceGazetteer, text: str) -> list[tuple[str, str | None]]:
    """Each place mention of ``text`` read in the article's context: (as written, country)."""
    ctx = places.context(text)
    return [(text[h.start:h.end], h.location.country) for h in places.find(text, ctx)]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("MOGADISHU, Somalia - Somali officials in Mogadishu said on Monday that clashes in Ethiopia's "
     "Somali region killed 12 herders. Somalia's government called for calm.", "Somali", "ET"),
    ("NIAMEY, Niger - Gunmen killed 20 villagers in Nigeria's Niger State, police said. Niger's "
     "government in Niamey offered help.", "Niger", "NG"),
    ("JUBA, South Sudan - South Sudanese officials said shelling in Sudan's Blue Nile state "
     "killed 30 people. Refugees reached Renk from Juba's border posts.", "Blue Nile", "SD"),
    ("YEREVAN, Armenia - Armenian officials said a soldier was killed on the border of "
     "Azerbaijan's Nakhchivan. Armenia's defence ministry in Yerevan denied firing first.", "Nakhchivan", "AZ"),
])
def test_the_owner_country_decides_the_place(places: PlaceGazetteer, text: str, name: str, country: str) -> None:
    # the mention after the possessive (a bare "Niger" elsewhere is the country)
    at = text.index(f"'s {name}") + 3
    ctx = places.context(text)
    found = [h.location.country for h in places.find(text, ctx) if h.start == at]
    assert found == [country], mentions(places, text)


def test_two_owners_of_one_name_each_keep_their_own(places: PlaceGazetteer) -> None:
    text = ("NEW DELHI, India - Indian officials said a drone fell in Pakistan's Punjab near Lahore. "
            "India's Punjab police in Amritsar said they were on alert.")
    assert [c for m, c in mentions(places, text) if m == "Punjab"] == ["PK", "IN"]


def test_a_bare_mention_follows_the_owner_the_article_wrote(places: PlaceGazetteer) -> None:
    # a dateline and most mentions of Iran, a region written once as Iraq's: the bare name
    # later (inside a party's name too) is Iraq's Kurdistan, not Iran's Kurdistan province
    text = ("TEHRAN - Iran's Guards said they struck a base in Iraq's Kurdistan region on Sunday. "
            "The Kurdistan Democratic Party of Iran, which was hit, said 9 people were killed. "
            "Iran's foreign ministry said Iran had warned Kurdish groups in Kurdistan.")
    ctx = places.context(text)
    assert {c for m, c in mentions(places, text) if m.startswith("Kurdistan")} == {"IQ"}
    loc = places.resolve("Kurdistan", context=ctx)
    assert loc is not None and loc.country == "IQ"


def test_a_possessive_makes_no_place_of_a_name_that_is_none(places: PlaceGazetteer) -> None:
    text = "ABUJA, Nigeria - Nigeria's Bola Tinubu ordered troops to Zamfara state on Friday."
    assert all(not m.startswith("Bola") for m, _ in mentions(places, text))


@pytest.mark.parametrize(("text", "start", "code"), [
    ("in South Sudan's Upper Nile state", 17, "SS"),
    ("the Democratic Republic of Congo's Ituri province", 35, "CD"),
    ("Kenya's Mandera county", 8, "KE"),
    ("the party's Mandera office", 12, None),
])
def test_owner_before(places: PlaceGazetteer, text: str, start: int, code: str | None) -> None:
    assert owner_before(text, start, places._country_code) == code


def test_a_name_read_as_two_places_pins_none() -> None:
    a = Candidate(Location("Punjab", "PK", 31.4, 73.2, "region"), "region", "main")
    b = Candidate(Location("Punjab", "IN", 30.9, 75.5, "region"), "region", "main")
    assert pin([("Punjab", a), ("Punjab", b)]) == {}
    assert pin([("Punjab", a), ("Punjab", a)]) == {"punjab": a}


# -- a short name the text marks as a town -------------------------------------------------------
def test_a_marked_short_name_finds_the_town_by_its_skeleton(places: PlaceGazetteer) -> None:
    # "Ayoru" (English) is Ayorou (French spelling, GeoNames) in Niger's Tillaberi region;
    # the bare name later in the article is the same town
    text = ("NIAMEY, Niger - Gunmen attacked the town of Ayoru in Niger's Tillaberi region on Monday, "
            "killing 9 soldiers, the defence ministry said. Residents of Ayoru said the market was shut.")
    found = [(m, c) for m, c in mentions(places, text) if m == "Ayoru"]
    assert found == [("Ayoru", "NE"), ("Ayoru", "NE")], mentions(places, text)
    loc = places.resolve("the town of Ayoru", context=places.context(text))
    assert loc is not None and loc.name == "Ayorou"


def test_an_unmarked_short_name_is_no_town(places: PlaceGazetteer) -> None:
    text = "NIAMEY, Niger - Officials said Ayoru and Tillaberi were calm on Monday, Niger's army said."
    assert all(m != "Ayoru" for m, _ in mentions(places, text))


def test_a_marked_short_name_needs_the_article_backing(places: PlaceGazetteer) -> None:
    # no country of the story: the town of Ayoru is not taken for a skeleton twin anywhere
    text = "Officials said the town of Ayoru was calm on Monday."
    assert all(m != "Ayoru" for m, _ in mentions(places, text))


def test_a_country_after_the_name_pins_it_too(places: PlaceGazetteer) -> None:
    # "the Kurdistan region of Iraq" once: the bare name later is Iraq's, in an article
    # datelined in Iran and naming Iran more
    text = ("TEHRAN - Iran's Guards said they struck a base in the Kurdistan region of Iraq. Iran "
            "has long accused Kurdish groups based in Kurdistan of attacks on Iran's border areas.")
    assert {c for m, c in mentions(places, text) if m.startswith("Kurdistan")} == {"IQ"}


@pytest.mark.parametrize(("text", "end", "code"), [
    ("the Somali region in Ethiopia said", 10, "ET"),
    ("Punjab in Pakistan", 6, "PK"),
    ("Gao in northern Mali", 3, "ML"),
    ("Koya in Erbil province", 4, None),
    ("Kidal town of Mali", 5, None),  # "town" is no unit of a region
])
def test_holder_after(places: PlaceGazetteer, text: str, end: int, code: str | None) -> None:
    assert holder_after(text, end, places._country_code, places._region_words) == code


def test_a_people_word_stays_a_people_after_a_pinned_region(places: PlaceGazetteer) -> None:
    text = ("MOGADISHU, Somalia - Clashes in Ethiopia's Somali region killed 12 herders. Somali "
            "elders in Mogadishu called for calm, and Somali troops were not involved.")
    somali = [c for m, c in mentions(places, text) if m == "Somali"]
    assert somali == ["ET"], mentions(places, text)
