"""Where the incident's place comes from when the article also names where a speaker was
reached, a country only acting in the headline, or a place of a consequence: sentences written
for the project (places2, round 2), about conflicts no eval or probe set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place as support_place

from rashomon.extract.frames_place_speaker import speaker_place_at
from rashomon.types import Location


def place(extract: Any, text: str, title: str | None = None) -> Location:
    return support_place(extract, text, title=title, published="2024-03-06")


# -- where a speaker was reached, spoke or sits is not the scene --------------------------------

def test_reached_by_phone_abroad_is_not_the_scene(extract: Any) -> None:
    loc = place(extract, "BANGKOK, March 6 - Soldiers killed 11 villagers in Myanmar's Rakhine state on Monday, "
                         "residents said, after rebels seized an outpost nearby.\n\n"
                         "A spokesman for the Arakan Army declined to comment on the killings when reached by "
                         "telephone in Bangkok.")
    assert (loc.name, loc.country) == ("Rakhine", "MM"), loc


def test_reached_in_a_neighbour_s_capital_named_as_an_actor_in_the_lead(extract: Any) -> None:
    # the neighbour acts in the lead (calls for restraint): its capital, where a rebel spokesman
    # was reached, is no town of the incident's
    loc = place(extract, "BANGKOK, March 6 - Thailand, which shares a long border with Myanmar, called on "
                         "Wednesday for restraint after soldiers killed 11 villagers in Myanmar's Kayin state.\n\n"
                         "Residents said the soldiers had come at dawn and burned the houses.\n\n"
                         "A spokesman for the Karen National Union declined to comment on the killings when "
                         "reached by telephone in Bangkok.")
    assert loc.country == "MM", loc


def test_a_country_acting_in_the_lead_does_not_spread_it(extract: Any) -> None:
    # the lead's second country only calls for restraint: the town of a later sentence in it (where
    # envoys met) is no town of the incident's; the lead's region stays
    loc = place(extract, "BANGKOK, March 6 - Thailand, which shares a long border with Myanmar, called on "
                         "Wednesday for restraint after soldiers killed 11 villagers in Myanmar's Kayin state.\n\n"
                         "Thai officials met envoys of the Karen rebels in Mae Sot on Tuesday, a day after the "
                         "killings.")
    assert (loc.name, loc.country) == ("Kayin", "MM"), loc


def test_speaking_from_abroad_is_not_the_scene(extract: Any) -> None:
    loc = place(extract, "Al Shabaab fighters stormed a hotel in Somalia's Gedo region on Saturday, killing nine "
                         "people, police said.\n\nA government spokesman, speaking from Nairobi, said the "
                         "gunmen had been killed after a siege that lasted the night.")
    assert loc.country == "SO", loc


def test_a_news_conference_abroad_is_not_the_scene(extract: Any) -> None:
    loc = place(extract, "Gang members killed 20 people in Haiti's Artibonite department on Sunday, a rights "
                         "group said.\n\nThe group's director said at a news conference in Santo Domingo that "
                         "the killers had burned at least 40 homes.")
    assert loc.country == "HT", loc


def test_a_speaker_reached_at_the_scene_keeps_it(extract: Any) -> None:
    # NOT fire away from the scene: the town the speaker was reached in is where the attack was
    loc = place(extract, "Soldiers killed 11 villagers in Myanmar's Rakhine state on Monday, residents said.\n\n"
                         "A farmer reached by telephone in Sittwe said the soldiers opened fire on "
                         "the market in Sittwe before burning it.")
    assert (loc.name, loc.country) == ("Sittwe", "MM"), loc


# -- a country acting in the headline does not beat the scene the lead describes ----------------

def test_a_headline_country_acting_yields_to_the_lead_s_described_scene(extract: Any) -> None:
    loc = place(extract, "NDJAMENA, May 4 - Chadian officials said on Friday they were checking a claim by the "
                         "government of Niger that Chadian rebels killed 12 herders in a raid in the east of "
                         "Niger last week.\n\nChad's foreign minister said no evidence had been received.",
                title="Chad checks Niger claim that Chadian rebels raided herders")
    assert loc.country == "NE", loc


def test_the_part_of_a_country_named_with_its_article_beats_the_acting_headline_country(extract: Any) -> None:
    # "the east of the Democratic Republic of Congo": a part of the country, not a reference point
    loc = place(extract, "KAMPALA, May 4 - Ugandan police said on Saturday they were checking a claim by the "
                         "Congolese government that Ugandan rebels killed 20 villagers in a raid in the east of "
                         "the Democratic Republic of Congo last week.\n\nUganda's foreign ministry declined to "
                         "comment.",
                title="Uganda checks Kinshasa claim that Ugandan rebels raided Congolese village")
    assert loc.country == "CD", loc


def test_a_headline_country_that_is_the_scene_stays(extract: Any) -> None:
    # NOT fire: the lead describes a part of the headline's own country
    loc = place(extract, "Gunmen killed 12 herders in a raid in the east of Niger last week, officials said, "
                         "and Chad's government denied that its rebels were involved.",
                title="Niger says gunmen killed 12 herders in the east")
    assert loc.country == "NE", loc


# -- a place of what followed the act is not the act's place ----------------------------------

def test_shops_shut_since_the_attack_are_not_the_scene(extract: Any) -> None:
    loc = place(extract, "Militants attacked an army convoy in Indian-administered Kashmir's Pulwama district on "
                         "Thursday, killing 14 soldiers, police said.\n\nShops in Srinagar have stayed shut "
                         "since the attack, and the highway was closed for a day.")
    assert (loc.name, loc.country) == ("Pulwama", "IN"), loc


def test_queues_at_a_crossing_after_the_bombing_are_not_the_scene(extract: Any) -> None:
    loc = place(extract, "A bomb killed 40 worshippers at a church in Nigeria's Ondo state on Sunday, officials "
                         "said.\n\nShops in Akure, the state capital, stayed shut after the bombing, and traders "
                         "said queues had built up at the checkpoints on the highway.")
    assert loc.precision == "region" and loc.country == "NG", loc


def test_a_toll_told_after_the_lead_keeps_its_place(extract: Any) -> None:
    # NOT fire: "died in X after the shelling" tells the act's harm at its place
    loc = place(extract, "Russian shelling hit Ukraine's Kharkiv region on Monday, officials said.\n\n"
                         "Five civilians died in Kupiansk after the shelling, the regional governor said.")
    assert (loc.name, loc.country) == ("Kupyansk", "UA"), loc


def test_a_finer_place_of_the_act_inside_the_lead_s_region_still_wins(extract: Any) -> None:
    # NOT fire: the town the attack was in, named after the lead, inside its region
    loc = place(extract, "A bomb killed 40 worshippers at a church in Nigeria's Ondo state on Sunday, officials "
                         "said.\n\nShops in Akure stayed shut after the bombing of the church in Owo.")
    assert loc.name == "Owo", loc


# -- the grammar of a seat, read on the parse ---------------------------------------------------

@pytest.mark.parametrize(("text", "name", "seat"), [
    ("The rebels' spokesman declined to comment when reached by phone in Bogota.", "Bogota", True),
    ("A commander of the group, exiled in Caracas, said the fighters had acted alone.", "Caracas", True),
    ("Analysts based in Yaounde said the separatists had grown stronger.", "Yaounde", True),
    ("The minister said at a news conference in Addis Ababa that the strike was lawful.", "Addis Ababa", True),
    ("The group said in a statement from Nairobi that its fighters had withdrawn.", "Nairobi", True),
    ("Speaking from Juba, the spokesman said the town had been retaken.", "Juba", True),
    # NOT seats: where the act was, and a place on a noun that only looks like a statement word
    ("Gunmen killed 12 soldiers at an army post in Tillaberi on Tuesday.", "Tillaberi", False),
    ("Rebels reached the outskirts of Goma on Monday.", "Goma", False),
    ("Officials from Kandahar travelled to the site of the blast.", "Kandahar", False),
])
def test_where_a_source_was_reached_or_sits(resources: Any, text: str, name: str, seat: bool) -> None:
    doc = resources.nlp(text)
    start = text.index(name)
    assert speaker_place_at(doc, start, start + len(name)) is seat, text


def test_a_country_told_by_a_part_beats_the_capital_its_evidence_comes_from(extract: Any) -> None:
    loc = place(extract, "KAMPALA, May 4 - Ugandan police said on Saturday they were checking a claim by the "
                         "Congolese government that Ugandan rebels killed 20 villagers in a raid in the east of "
                         "the Democratic Republic of Congo last week.\n\nA police spokesman said Uganda had "
                         "received no evidence about the raid from Kinshasa.",
                title="Uganda checks Kinshasa claim that Ugandan rebels raided Congolese village")
    assert (loc.country, loc.precision) == ("CD", "country"), loc
