"""The incident's place, not the dateline's nor the other side's (issue 10): sentences written
for the project about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import main_frame, place

# --- a dateline of another country is never the place when the text says where ----------------

@pytest.mark.parametrize(("text", "country"), [
    ("KABUL - A drone attack on a police station in Pakistan's Khyber region killed four "
     "policemen on Wednesday, officials said.", "PK"),
    ("NAIROBI — Gunmen attacked a cattle camp in South Sudan's Jonglei state on Sunday, killing "
     "30 herders, local officials said.", "SS"),
    ("BANGKOK, March 12 – Myanmar's military denied carrying out an airstrike on a village in "
     "Myanmar's Sagaing region that killed 20 people on Tuesday.", "MM"),
    ("DAKAR, Senegal (AP) — Jihadi fighters attacked an army base in northern Mali's Gao region "
     "on Saturday, killing 12 soldiers, the army said.", "ML"),
    ("NIAMEY, Niger — Gunmen on motorbikes killed 15 villagers in Nigeria's Zamfara state on "
     "Thursday, police said.", "NG"),
    ("ABUJA, Nigeria — Gunmen killed 15 villagers in Niger's Tillaberi region on Thursday, the "
     "defence ministry said.", "NE"),
    ("ISLAMABAD, July 9 (Reuters) - Gunmen stormed a checkpoint in Afghanistan's Kunar province "
     "on Tuesday, killing six Afghan border guards, Taliban officials said.", "AF"),
])
def test_foreign_dateline_is_not_the_place(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country


# --- where the fire came from is not where it fell ---------------------------------------------

@pytest.mark.parametrize(("text", "name", "not_name"), [
    ("The army said artillery fire from Houthi positions in Hodeidah had hit a camp in Hajjah "
     "province on Monday, killing four people.", "Hajjah", "Al Hudaydah"),
    ("Rockets fired from Gao hit an army camp in the Menaka region on Friday, killing three "
     "soldiers, Malian officials said.", "Menaka", "Gao"),
])
def test_launch_site_ranks_after_where_it_hit(extract: Any, text: str, name: str, not_name: str) -> None:
    loc = place(extract, text)
    assert loc.name != not_name and name in loc.name, loc


def test_launch_site_alone_still_places_the_incident(extract: Any) -> None:
    text = "Shells fired from positions near Kadugli killed six civilians on Monday, residents said."
    assert place(extract, text).country == "SD"


# --- the denied act is the incident, the counter-accusation is the other side's story ---------

@pytest.mark.parametrize(("text", "country", "name"), [
    # two countries: the denied act's side
    ("BAKU - Azerbaijan rejected claims that its forces had shelled a village in Armenia's Tavush "
     "province, and accused Armenian troops of firing on positions in the Gazakh district.", "AM", "Tavush"),
    # one country: the denied act's region, not the accusation's town
    ("Ethiopia denied that its jets had bombed a market in Tigray's Togoga, and accused rebels of "
     "shelling positions near Gondar.", "ET", "Tigray"),
    ("The army denied bombing a market in Sudan's North Kordofan state, accusing the RSF of "
     "shelling Kadugli.", "SD", "Kordofan"),
])
def test_counter_accusation_place_is_not_the_incident(extract: Any, text: str, country: str, name: str) -> None:
    loc = place(extract, text)
    assert loc.country == country and name in loc.name, loc


def test_accusation_told_first_is_the_story(extract: Any) -> None:
    # the accusation comes first: it is the incident; the denial answers another claim
    text = ("Armenia accused Azerbaijani forces of shelling the town of Jermuk on Tuesday, wounding "
            "two civilians, and denied that its troops had fired first.")
    loc = place(extract, text)
    assert loc.country == "AM", loc


@pytest.fixture(scope="module")
def nlp(resources: Any) -> Any:
    return resources.nlp


@pytest.mark.parametrize(("text", "place_word", "aside"), [
    ("The RSF denied shelling the market in Abu Shouk and said the army had fired from its "
     "positions in Omdurman.", "Omdurman", True),
    # the denial names no place: the said clause may hold the incident's own place
    ("The RSF denied the report and said 20 people were killed in Omdurman.", "Omdurman", False),
    ("Chadian officials denied the claims, accusing Sudanese forces of raiding Adre.", "Adre", True),
])
def test_counter_ranges(nlp: Any, text: str, place_word: str, aside: bool) -> None:
    from rashomon.extract.frames_place_sides import counter_ranges, in_ranges

    doc = nlp(text)
    sent = next(iter(doc.sents))
    places = [(text.index(w), text.index(w) + len(w)) for w in ("Abu Shouk", "Omdurman", "Adre") if w in text]
    start = text.index(place_word)
    assert in_ranges(start, counter_ranges(sent, places)) is aside


@pytest.mark.parametrize(("text", "place_word", "launch"), [
    ("Shells fired from RSF positions in Omdurman hit the market.", "Omdurman", True),
    ("A drone launched from Kandahar struck the convoy.", "Kandahar", True),
    ("Gunmen attacked a market in Omdurman on Monday.", "Omdurman", False),
    ("Displaced families from Kalehe arrived in Goma.", "Kalehe", False),
])
def test_launch_site(nlp: Any, text: str, place_word: str, launch: bool) -> None:
    from rashomon.extract.frames_place_sides import launch_site

    doc = nlp(text)
    start = text.index(place_word)
    assert launch_site(doc, start, start + len(place_word)) is launch


# --- a dateline town of the same country beats the country alone ------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    # a village no gazetteer has, a dateline town 10 km away
    ("KAPAN, Armenia - Residents of Nerkin Hand spent the night in basements after the village "
     "came under fire on Tuesday, wounding two, Armenian officials said.", "Kapan", "AM"),
    ("MAIDUGURI, Nigeria — Residents of Kwakwa said gunmen stormed the village on Sunday, killing "
     "11 farmers.", "Maiduguri", "NG"),
    ("GAO, Mali — Herders said jihadists killed 12 of them at a well east of the town on Sunday, "
     "Malian officials said.", "Gao", "ML"),
])
def test_dateline_town_when_nothing_finer(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country, loc.precision) == (name, country, "town"), loc


@pytest.mark.parametrize("text", [
    # a capital's dateline is where the bureau sits
    "KHARTOUM, Sudan - Residents of a camp said shells killed 20 people on Tuesday, Sudanese "
    "doctors said.",
    "BAMAKO, Mali — Villagers said jihadists killed 12 herders on Sunday, Malian officials said.",
])
def test_capital_dateline_is_not_the_place(extract: Any, text: str) -> None:
    loc = main_frame(extract(text, published="2025-03-12")).location
    assert loc is None or loc.precision == "country", loc


def test_dateline_town_of_another_country_is_not_taken(extract: Any) -> None:
    text = ("MAIDUGURI, Nigeria — Gunmen killed 11 farmers in Cameroon on Sunday, Cameroonian "
            "officials said.")
    loc = place(extract, text)
    assert (loc.country, loc.precision) == ("CM", "country"), loc


def test_dateline_tells_which_congo_an_unknown_town_is_in(extract: Any) -> None:
    text = ("GOMA, Congo — Rebels killed 14 civilians in Kalehe, the chief town of Kalehe "
            "territory, on Monday, officials said.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Kalehe", "CD"), loc


def test_a_village_the_gazetteer_has_beats_the_dateline(extract: Any) -> None:
    text = ("GAO, Mali — Villagers in Inekar said jihadists killed 12 herders on Sunday, Malian "
            "officials said.")
    assert place(extract, text).name == "Inekar"


def test_an_unknown_town_named_beats_the_dateline(extract: Any) -> None:
    text = ("SAINT-MARC, Haiti — Gang members attacked the town of Pont-Sonde on Thursday, killing "
            "70 people, Haitian officials said.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Pont-Sonde", "HT"), loc


# --- a town described by the area holding it is the place -------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("GOMA - At least 17 civilians were killed in an overnight raid on the town of Oicha, chief "
     "town of Beni territory, local officials said.", "Hyosha"),  # GeoNames' spelling of Oicha
    ("Jets struck Kanbalu, the main town of Kanbalu township in Sagaing region, on Tuesday, "
     "killing 10.", "Kanbalu"),
])
def test_appositive_area_describes_the_town(extract: Any, text: str, name: str) -> None:
    assert place(extract, text).name == name


# --- where a source speaks from: the government in the capital is the country's --------------

@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed 44 worshippers at a mosque in Mali's Mopti region on Friday, residents said, "
     "a higher toll than the 30 announced by the government in Bamako.", "Mopti"),
    ("Gunmen killed 12 farmers in Burkina Faso's Soum province on Friday, more than the eight "
     "reported by officials in Ouagadougou.", "Soum"),
])
def test_the_government_in_the_capital_is_no_place(extract: Any, text: str, name: str) -> None:
    loc = place(extract, text)
    assert name in loc.name and loc.precision == "region", loc


def test_a_passive_agent_in_the_capital_gives_the_country(extract: Any) -> None:
    text = ("Residents said more than 50 people had been killed, a higher toll than the 44 announced "
            "by the government in Niamey.")
    loc = main_frame(extract(text, published="2025-03-22")).location
    assert loc is None or (loc.country, loc.precision) == ("NE", "country"), loc


# --- where people fled from is the place, where they fled to is not ---------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Hundreds of families from Ulang have crossed into Ethiopia's Gambella region since Sunday's "
     "air raids on the town, South Sudanese officials said.", "Ulang", "SS"),
    ("Thousands of people from Kutum have fled to Chad since the RSF attack on the town, Sudanese "
     "aid workers said.", "Kutum", "SD"),
])
def test_where_people_fled_from(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


def test_armed_men_from_a_place_do_not_flee_it(extract: Any) -> None:
    text = "Gunmen from Zamfara crossed into Katsina state on Sunday and killed 20 villagers, police said."
    loc = place(extract, text)
    assert loc.name == "Katsina", loc


def test_fled_from(nlp: Any) -> None:
    from rashomon.extract.frames_place_filters import fled_from

    for text, word, fled in [
        ("Hundreds of families from Ulang have crossed into Ethiopia.", "Ulang", True),
        ("Thousands of people from Kutum fled to Chad.", "Kutum", True),
        ("Gunmen from Zamfara crossed into Katsina.", "Zamfara", False),
        ("A student from Aleppo was killed in the strike.", "Aleppo", False),
    ]:
        doc = nlp(text)
        start = text.index(word)
        assert fled_from(doc, start, start + len(word)) is fled, text


# --- a town no gazetteer has, in a region the text names: named by the town -------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Air strikes on the town of Ulang in South Sudan's Upper Nile state on Sunday killed nine "
     "people, local officials said.", "Ulang", "SS"),
    # a same-named suburb of another country's capital is no town of this region
    ("Air strikes on the town of Nasir in South Sudan's Upper Nile state on Sunday night killed "
     "21 people, local officials said.", "Nasir", "SS"),
    ("Gunmen killed 30 worshippers in the village of Darey-Daye, in Niger's Tillaberi region, on "
     "Friday, the interior ministry said.", "Darey-Daye", "NE"),
])
def test_town_held_in_a_named_region(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc
    assert loc.precision != "region" or loc.lat is not None  # at the region's point when no gazetteer has it


# --- only another story's place named: the lead and the dateline say more ---------------------

def test_counter_accusation_alone_gives_way_to_the_dateline(extract: Any) -> None:
    text = ("MUZAFFARABAD, Pakistan — Indian shelling killed four civilians in the Neelum valley on "
            "Tuesday, Pakistani officials said. India's army denied targeting civilians and accused "
            "Pakistani troops of firing on its posts in Kupwara.")
    loc = place(extract, text)
    assert loc.country == "PK", loc


def test_a_country_the_attackers_fled_to_is_not_the_unknown_towns(extract: Any) -> None:
    text = ("BAMAKO, Mali (Reuters) — Jihadists attacked a convoy near Boulkessi on Monday, killing "
            "20 soldiers, Mali's army said, adding that the attackers had fled towards Burkina Faso.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Boulkessi", "ML"), loc


def test_a_hospital_town_of_the_same_country_still_backs_it(extract: Any) -> None:
    text = ("Survivors of Friday's attack in the rural commune of Inates said the gunmen blocked the "
            "doors before shooting, and the wounded were treated at the hospital in Tillaberi.")
    loc = place(extract, text)
    assert loc.country == "NE", loc


def test_an_unknown_village_of_the_lead_outweighs_a_later_town_across_the_border(extract: Any) -> None:
    text = ("BEIRUT (Reuters) — An Israeli strike on a house in the southern village of Aitaroun killed "
            "five people on Tuesday, Lebanon's health ministry said. Hezbollah said it fired rockets at "
            "Kiryat Shmona in response.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Aitaroun", "LB"), loc


def test_a_town_named_in_a_foreign_lead_keeps_its_country(extract: Any) -> None:
    text = ("JERUSALEM — Rockets fired from Lebanon hit the northern Israeli town of Kiryat Shmona on "
            "Tuesday, wounding three people, Israeli medics said.")
    assert place(extract, text).country == "IL"


@pytest.mark.parametrize(("text", "name", "country"), [
    # a dateline town known on its own
    ("BURAO, Togdheer: Funeral prayers for three soldiers killed in Tuesday's roadside bomb attack "
     "were held on Wednesday, Somali officials said.", "Burao", "SO"),
    # a dateline town no gazetteer has, written again in the story
    ("SHALOBAR, Khyber: Funeral prayers for two policemen killed in Wednesday's drone attack on the "
     "police post were held on Thursday. Elders held a jirga in Shalobar and demanded protection, "
     "Pakistani officials said, Pakistan's interior ministry said.", "Shalobar", "PK"),
])
def test_dateline_town_no_gazetteer_has(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country, loc.precision) == (name, country, "town"), loc


def test_a_bare_word_before_a_colon_is_no_town(extract: Any) -> None:
    text = ("BREAKING: Gunmen killed 12 people in a village in Burkina Faso on Sunday, the army said.")
    loc = place(extract, text)
    assert (loc.country, loc.precision) == ("BF", "country"), loc


# --- a town an institution is named after says where the story is (the context) --------------

def test_a_bank_named_after_a_town_is_no_institution_town(nlp: Any, resources: Any) -> None:
    from rashomon.extract.frames_place_filters import institution_town

    text = "Kabul Bank said the branch was closed after the blast."
    doc = nlp(text)
    assert not any(institution_town(doc, h) for h in resources.places.find(text))


@pytest.mark.parametrize(("text", "key"), [
    ("Residents buried the dead on Saturday. Kantharalak hospital said it treated 14 people.", "kantharalak"),
    ("The Bunia general hospital said it treated 12 people.", "bunia"),
])
def test_institution_town_backs_the_context(nlp: Any, resources: Any, text: str, key: str) -> None:
    from rashomon.extract.frames_place_filters import place_context

    ctx = place_context(nlp(text), resources.places)
    assert any(a.key == key for a in ctx.anchors), ctx.anchors


@pytest.mark.parametrize(("text", "not_country"), [
    # the town across the border is the far side, never the incident's place
    ("Al-Shabaab fighters attacked Bulo Hawo across the border from Mandera on Monday, killing "
     "seven Somali soldiers.", "KE"),
    ("Rebels shelled Gisenyi, the Rwandan town across the border from Goma, on Monday, killing five, "
     "Rwanda's army said.", "CD"),
])
def test_across_the_border_from_names_the_far_side(extract: Any, text: str, not_country: str) -> None:
    loc = main_frame(extract(text, published="2025-03-12")).location
    assert loc is None or loc.country != not_country, loc
