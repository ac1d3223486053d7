"""Towns no gazetteer has (round 2 of session 18). Sentences written for the project about
conflicts no eval set covers (Sudan, Myanmar, Ethiopia, Mali, eastern Congo, Burkina Faso)."""

from __future__ import annotations

from typing import Any

import pytest


def place(extract: Any, text: str) -> Any:
    frame = next(f for f in extract(text, published="2024-06-10").frames if not f.background)
    return frame.location


# --- a town named with only a compass part of its country, its region named elsewhere ----------

@pytest.mark.parametrize(("text", "name", "region"), [
    ("KHARTOUM - Paramilitary fighters stormed a mosque in the village of Umm Barona in central "
     "Sudan on Wednesday, killing 40 people, activists said.\n\nResidents said the raid was "
     "the worst in Gezira state.", "Umm Barona", "Al Jazirah"),
    ("YANGON - Junta jets bombed a monastery in the village of Pazigyi in north-western Myanmar "
     "on Monday, killing 14 people, residents said.\n\nThe air force has struck Sagaing region "
     "almost daily this year.", "Pazigyi", "Sagaing"),
    ("Gunmen attacked a church in the town of Nyakunde Bas in north-eastern Congo overnight, "
     "killing 21 worshippers.\n\nA rights activist in Ituri said the toll could rise. The attack "
     "was the deadliest in Ituri this year.", "Nyakunde Bas", "Ituri"),
])
def test_a_town_of_the_story_is_at_its_regions_point(extract: Any, text: str, name: str, region: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.precision) == (name, "region"), loc
    assert loc.lat is not None  # the region's point


def test_two_reports_of_the_town_share_its_name(extract: Any) -> None:
    a = place(extract, "Gunmen attacked a church in Nyakunde Bas in Congo's Ituri province on Sunday, "
                       "killing 21 worshippers, the army said.")
    b = place(extract, "The toll from an attack on a church in the town of Nyakunde Bas in north-eastern "
                       "Congo rose to 38, an activist said.\n\nIt was the deadliest attack in Ituri "
                       "this year, the activist said.")
    assert (a.name, a.country, a.lat) == (b.name, b.country, b.lat) == ("Nyakunde Bas", "CD", a.lat)


@pytest.mark.parametrize("text", [
    # two unknown towns named as strongly: which one is not known
    "Gunmen attacked the village of Umm Barona and the village of Wad Habouba in central Sudan "
    "on Wednesday, killing 40 people.\n\nThe raids were the deadliest in Gezira state this year.",
    # where people fled to is no scene
    "Fighters attacked villages in Sudan's Gezira state on Wednesday, killing 40 people, and "
    "survivors fled to Umm Barona, residents said.",
])
def test_no_town_of_the_region(extract: Any, text: str) -> None:
    loc = place(extract, text)
    assert loc.name in ("Al Jazirah", "Sudan"), loc


# --- a town the tagger reads as a person's or a product's name -----------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("ADDIS ABABA - Gunmen killed 30 civilians in Humera on Monday, Ethiopian officials said.",
     "Humera", "ET"),
    ("BAMAKO - Jihadists attacked a military camp in Sévaré in central Mali on Tuesday, killing "
     "nine soldiers, the army said.", "Sévaré", "ML"),
    ("OUAGADOUGOU - Militants attacked an army post in Djibasso on Friday, killing 15 soldiers, "
     "Burkina Faso's army said.", "Djibasso", "BF"),
])
def test_a_misread_town_is_where(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize("text", [
    "ADDIS ABABA - A bomb exploded near General Tesfaye Haile on Monday, killing two guards, "
    "Ethiopian officials said.",
    "ADDIS ABABA - Gunmen killed two guards in Tesfaye Haile's house on Monday, Ethiopian officials said.",
])
def test_a_person_is_no_town(extract: Any, text: str) -> None:
    loc = place(extract, text)
    assert loc is None or (loc.precision in ("country", "town") and loc.name in ("Ethiopia", "Addis Ababa")), loc


def test_an_alternate_name_abroad_does_not_beat_the_story(extract: Any) -> None:
    # "Mambasa" is an alternate name of Mombasa (Kenya) in GeoNames
    loc = place(extract, "ADF fighters killed 12 people near Mambasa on Sunday, Congo's army said.")
    assert (loc.name, loc.country) == ("Mambasa", "CD"), loc


# --- an Arabic article inside a town's name -----------------------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("KHARTOUM - Paramilitary fighters stormed the village of Wad al-Nourah in central Sudan on "
     "Wednesday, killing 100 people, activists said.", "Wad al-Nourah", "SD"),
    ("Gunmen attacked the town of Tell al-Hawa in Yemen on Sunday, killing six.", "Tell al-Hawa", "YE"),
])
def test_a_name_with_an_article_is_one_town(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize("text", [
    "Gunmen shot dead Abu al-Hassan in Yemen on Sunday, officials said.",
    "Gunmen killed six people in Yemen on Sunday, al-Masirah television said.",
])
def test_a_person_or_outlet_with_an_article_is_no_town(extract: Any, text: str) -> None:
    assert place(extract, text).name == "Yemen"


def test_a_numbered_block_is_no_town(extract: Any) -> None:
    loc = place(extract, "An air strike hit a house in Block 4 of the Bureij camp in the Gaza Strip on "
                         "Sunday, killing 11 people.")
    assert loc.name != "Block", loc
