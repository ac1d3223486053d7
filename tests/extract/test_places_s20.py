"""Places of the sixteenth session's place helper (issue 10, probe14's and probe15's place faults,
the kinds that recur from probe13), on sentences written for the project about conflicts no eval
or probe set covers.

* an inland dateline's town is only where the story was filed when the story gives the incident's
  place as a part of the country or a village it leaves unnamed, also when no gazetteer has the
  town (extract/frames_place_dateline.py);
* a recalled incident at "the square", "the avenue", "the city" or "the city's main mosque" is
  at the place the article named before (extract/frames_place_anaphor.py).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from tests.place_support import place

# --- an inland dateline's town no gazetteer has, in a story telling only a part of the country ---

@pytest.mark.parametrize(("text", "title", "country"), [
    # the town (no gazetteer has it) named again as where the wounded were treated
    ("GOSSI, Mali - Jihadists killed 17 people in a raid on a village in central Mali on Sunday, "
     "local officials said.\n\nSome of the wounded were treated at the health centre in Gossi, a nurse "
     "said.", None, "ML"),
    # a village left unnamed in a part of the country; the town named as where survivors went
    ("MINGALA, Central African Republic - Armed men killed 11 civilians in an attack on a village in "
     "the south-east of the country on Friday, a local official said.\n\nSurvivors walked for two days "
     "to reach Mingala, he said.", None, "CF"),
    ("ZABARMARI, Nigeria - Gunmen killed 30 rice farmers in a village in north-eastern Nigeria on "
     "Saturday, residents said.\n\nThe bodies were brought to Zabarmari for burial on Sunday.", None, "NG"),
])
def test_an_unknown_dateline_town_is_only_the_filing_town(extract: Any, text: str, title: str | None,
                                                          country: str) -> None:
    loc = place(extract, text, title=title)
    assert (loc.precision, loc.country) == ("country", country), loc


def test_an_unknown_dateline_town_near_miss(extract: Any) -> None:
    # nothing but the country named: the dateline's town (no gazetteer has it, the story names it
    # again) is the best guess, as before
    loc = place(extract, "HOMBORI, Mali - A bomb killed nine people at a bus station in Mali on Tuesday, "
                         "police said.\n\nHombori has seen several such attacks this year.")
    assert (loc.name, loc.country) == ("Hombori", "ML"), loc


def test_the_filing_town_rule_logs_when_it_fires(extract: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="rashomon.extract.frames_place_dateline"):
        place(extract, "GOSSI, Mali - Jihadists killed 17 people in a raid on a village in central Mali on "
                       "Sunday.\n\nSome of the wounded were treated at the health centre in Gossi.")
    assert any("only where the story was filed" in r.getMessage() for r in caplog.records)


# --- a recalled incident at "the city", "the square", "the avenue": the place named before -------

def background_places(extract: Any, text: str, title: str | None = None) -> list[tuple[str, str | None] | None]:
    frames = [f for f in extract(text, published="2025-03-12", title=title).frames if f.background]
    return [(f.location.name, f.location.country) if f.location else None for f in frames]


@pytest.mark.parametrize(("text", "name", "country"), [
    # "the city" as the subject of a recall, the town named in the sentence before
    ("A car bomb exploded outside a police station in Kirkuk on Monday, killing eight people, police "
     "said. Kirkuk is home to Arabs, Kurds and Turkmen, who all claim it. Bombings have become rare, but "
     "the city was hit by a wave of car bombs in May 2013 that killed more than 60 people.", "Kirkuk", "IQ"),
    # "the city's <site>": a possessive of the settlement
    ("Gunmen attacked a bus station in Maiduguri on Sunday, killing 11 people, officials said. Maiduguri "
     "has been attacked many times. In June 2015, suicide bombers struck the city's main market and "
     "killed at least 50 people.", "Maiduguri", "NG"),
    # "the town", its name in the lead three sentences up
    ("Rebels killed 14 civilians in an attack on Bambari on Tuesday, the United Nations said. Aid "
     "workers said the dead included two children. The mission sent troops. In October 2016, fighters "
     "attacked a camp for displaced people in the town, killing 37 people.", "Bambari", "CF"),
])
def test_a_recalled_settlement_is_the_one_named_before(extract: Any, text: str, name: str, country: str) -> None:
    assert (name, country) in background_places(extract, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    # "the square", its name (no gazetteer has it) in an earlier sentence, the town in the lead
    ("A bomb exploded at a crowded bus terminal in central Kano on Friday, killing 15 people, police said."
     "\n\nWitnesses said the bomber walked into Sabon Gari Square shortly before the blast.\n\nThe police "
     "commissioner said the wounded were recovering.\n\nThe square was hit by a similar bombing in January "
     "2012, when 180 people were killed.", "Kano", "NG"),
    # "the avenue" after a sentence naming it without a place, then the lead naming it with its town;
    # another avenue named between with a place of its own is not it
    ("A grenade exploded on Habib Bourguiba Avenue in Tunis on Friday, wounding nine people, the interior "
     "ministry said.\n\nPolice also closed Mohammed V Avenue in Sousse for the day.\n\nHabib Bourguiba Avenue "
     "has been attacked before. In October 2018, a female suicide bomber blew herself up on the avenue, "
     "wounding 20 people.", "Tunis", "TN"),
    # the site's name again, no gazetteer has it
    ("Two suicide bombers struck a crowded market in central Peshawar on Monday, killing 20 people, police "
     "said.\n\nThe first bomber blew himself up at the entrance of Qissa Khwani Bazaar.\n\nQissa Khwani "
     "Bazaar was the scene of a car bombing in October 2009 that killed more than 100 people.",
     "Peshawar", "PK"),
])
def test_a_recalled_site_is_at_the_place_it_was_named_in(extract: Any, text: str, name: str, country: str) -> None:
    assert (name, country) in background_places(extract, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    # near misses: a settlement the sentence names ("the city of X"); a noun a name qualifies
    ("A car bomb exploded outside a police station in Kirkuk on Monday, killing eight people, police "
     "said. In May 2013, a wave of bombings hit the city of Mosul, killing more than 60 people.",
     "Kirkuk", "IQ"),
    ("A bomb exploded at a bus terminal in Kano on Friday, killing 15 people, police said. In January "
     "2012, gunmen attacked the Kaduna market, killing 180 people.", "Kano", "NG"),
])
def test_a_named_settlement_or_site_is_no_pointer_near_miss(extract: Any, text: str, name: str,
                                                            country: str) -> None:
    assert (name, country) not in background_places(extract, text)


def test_the_pointer_rule_logs_when_it_fires(extract: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="rashomon.extract.frames_place_anaphor"):
        background_places(extract, "A car bomb exploded outside a police station in Kirkuk on Monday, killing "
                                   "eight people. In May 2013, the city was hit by car bombs that killed 60 people.")
    assert any("points back to" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("text", "name", "country"), [
    # the town described as the subject ("X, <country>'s second city, has …"), another town's recall
    # between it and the lead: "the city" is the one just described
    ("ALEXANDRIA, Egypt - A bomb exploded outside a church in Alexandria on Sunday, killing 11 people, "
     "officials said.\n\nIn December, a bomb killed 29 people at a church in Cairo.\n\nAlexandria, Egypt's "
     "second city, has seen such attacks before. In January 2011, a car bomb outside a church in the city's "
     "east killed 23 people.", "Alexandria", "EG"),
    # "X is the <description> of …": a place described, no actor
    ("Gunmen killed nine people at a bus station in Maiduguri on Sunday, police said.\n\nIn March, a bomb "
     "killed 12 people in Damaturu.\n\nMaiduguri is the birthplace of the insurgency. In July 2009, a bomb "
     "exploded at a market in the city, killing 30 people.", "Maiduguri", "NG"),
])
def test_a_town_described_as_the_subject_is_the_city_pointed_to(extract: Any, text: str, name: str,
                                                                  country: str) -> None:
    assert (name, country) in background_places(extract, text)


# --- "the capital" alone is the story's country's capital; "the base" the base named before ------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen stormed a hotel in the capital on Sunday, killing 12 people, Libyan police said.", "Tripoli", "LY"),
    ("Militiamen attacked a market in the capital's northern district on Monday, killing nine people, "
     "officials in the Central African Republic said.", "Bangui", "CF"),
])
def test_the_capital_alone_is_the_story_countrys_capital(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


def test_a_recall_in_the_capital(extract: Any) -> None:
    text = ("A car bomb exploded at a checkpoint in Sanaa on Sunday, killing 12 people, police said.\n\nIn March "
            "2015, suicide bombers struck two mosques in the capital, killing 140 people.")
    assert ("Sanaa", "YE") in background_places(extract, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    # near misses: the capital as a direction's reference, as where the wounded were flown
    ("Militants killed four soldiers with a roadside bomb in Somalia's Lower Shabelle region, west of the "
     "capital, on Friday, a local official said.", "Lower Shabeelle", "SO"),
    ("Jihadists killed 20 people in a raid on a village in Mali's Mopti region on Sunday, officials said. The "
     "wounded were flown to the capital for treatment.", "Mopti", "ML"),
])
def test_the_capital_near_miss(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


def test_a_recall_at_the_base(extract: Any) -> None:
    text = ("Rockets struck the Balad air base in Iraq on Sunday, wounding two contractors, officials said.\n\n"
            "In January 2020, rockets hit the base and wounded four soldiers.")
    assert ("Balad air base", "IQ") in background_places(extract, text)


# --- a town no gazetteer has under a city's dateline, the article naming no country -------------

@pytest.mark.parametrize(("text", "country"), [
    ("JUBA - Gunmen killed 14 people in Bentiu on Friday, the UN mission said.", "SS"),
    ("NIAMEY - Gunmen on motorbikes killed 14 people in Banibangou on Friday, officials said.", "NE"),
    ("BANGUI - Armed men killed nine people in Mingala on Sunday, a local official said.", "CF"),
])
def test_a_citys_dateline_gives_the_only_country(extract: Any, text: str, country: str) -> None:
    loc = place(extract, text)
    assert loc.country == country, loc


@pytest.mark.parametrize(("text", "country"), [
    # near misses: the text names the country (a dateline abroad does not say it)
    ("NAIROBI - Gunmen killed 14 people in Bentiu, South Sudan, on Friday, the UN mission said.", "SS"),
    ("NAIROBI - Gunmen killed 14 people in Mingala in the Central African Republic on Sunday.", "CF"),
])
def test_a_citys_dateline_near_miss(extract: Any, text: str, country: str) -> None:
    loc = place(extract, text)
    assert loc.country == country, loc


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A suicide bomber killed 14 people at a wedding in Jalalabad on Friday, police said. In 2019, a bomber "
     "killed 20 people at a funeral in the provincial capital.", "Jalalabad", "AF"),
    ("Gunmen killed 11 people at a bus station in Bauchi on Monday, police said. In June 2018, a suicide "
     "bomber killed 30 people at a market in the state capital.", "Bauchi", "NG"),
])
def test_a_recall_in_the_provincial_capital(extract: Any, text: str, name: str, country: str) -> None:
    assert (name, country) in background_places(extract, text)


def test_a_citys_dateline_reads_a_small_town_in_its_country(extract: Any) -> None:
    # Bentiu is a GeoNames town too small to be taken with nothing backing South Sudan: the dateline does
    loc = place(extract, "JUBA - Gunmen killed 14 people in Bentiu on Friday, the UN mission said.")
    assert (loc.name, loc.country, loc.precision) == ("Bentiu", "SS", "town") and loc.lat is not None, loc
