"""Places of the open world (issue 10, session 16): a feature of a town ("X beach", "X market")
is no foreign town of that name; a macro-region word ("the Sahel", "the Horn of Africa") is no
homonymous first-level unit of one country unless the text marks it so; neighbours of similar
names stay apart. Sentences written for the project, about conflicts no eval set covers.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.gazetteer.places import PlaceGazetteer

Found = dict[str, tuple[str, str | None, str]]


# -- a feature noun after a name: a part of a town of the story -----------------------------
@pytest.mark.parametrize("text", [
    # Lido (Venice), Italy; Bakara, Mombasa are real too: the beach/market is a site of the story
    "PEMBA, Mozambique - Insurgents stormed Lido beach north of the town on Saturday, killing six "
    "fishermen, Mozambican police said.",
    "PORT-AU-PRINCE - Gang members set fire to Lido market in the Delmas district, Haitian police said.",
    # no country named at full weight: the dateline only, and the town abroad is far from it
    "JOLO - A bomb went off at Lido beach resort near the port, killing three.",
])
def test_a_feature_of_the_story_town_is_no_foreign_town(read_places: Callable[[str], Found], text: str) -> None:
    found = read_places(text)
    assert "Lido" not in found or found["Lido"][1] != "IT", found


def test_a_backed_town_before_a_feature_noun_stays(read_places: Callable[[str], Found]) -> None:
    # "Kidal market" is the market of Kidal, which the article backs: the town stays
    found = read_places("Gunmen attacked Kidal market in northern Mali, killing four traders.")
    assert found["Kidal"][1] == "ML", found


# -- a macro-region word is no homonymous unit of one country -------------------------------
@pytest.mark.parametrize("text", [
    "Gunmen killed 15 people in Tongomayel, in Soum province of Burkina Faso, on Sunday. "
    "Jihadist violence has spread across the Sahel since 2015.",
    "Niger's army said it killed 30 militants of the Islamic State in the Sahel near Menaka, "
    "close to the Malian border, in Tillaberi region.",
])
def test_a_generic_sahel_is_the_belt_not_the_burkinabe_region(read_places: Callable[[str], Found],
                                                               text: str) -> None:
    found = read_places(text)
    assert "Sahel" not in found or found["Sahel"][1] is None, found


@pytest.mark.parametrize("text", [
    "Soldiers were ambushed near Dori, in the Sahel region of Burkina Faso, the army said.",
    "Burkina Faso's Sahel region has been under blockade for months.",
    "An attack in the Sahel region killed 11 Burkinabe gendarmes near Gorom-Gorom.",
])
def test_a_marked_sahel_region_is_the_burkinabe_unit(read_places: Callable[[str], Found], text: str) -> None:
    found = read_places(text)
    assert found["Sahel"][1:] == ("BF", "region"), found


def test_the_horn_of_africa_is_no_german_town(read_places: Callable[[str], Found]) -> None:
    found = read_places("Drought across the Horn of Africa has pushed Somali herders into Ethiopia.")
    assert all(country != "DE" for _, country, _ in found.values()), found


def test_the_great_lakes_region_is_no_south_sudanese_state(read_places: Callable[[str], Found]) -> None:
    # South Sudan has a Lakes state: "the Great Lakes region" of Africa is not it
    found = read_places("Rwandan and Congolese envoys met to calm fighting in the Great Lakes region.")
    assert all(country != "SS" for _, country, _ in found.values()), found


# -- neighbours of similar names ------------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "country"), [
    # a bare "Niger" in a story about Nigeria is the neighbouring country, not Niger State
    ("Nigerian troops chased Boko Haram fighters across the frontier into Niger on Tuesday.", "Niger", "NE"),
    ("Nigerian officials said the kidnappers fled towards Niger with 30 students from Kebbi.", "Niger", "NE"),
    # with its unit noun it is the Nigerian state
    ("Bandits killed 18 villagers in Niger State, Nigerian police said.", "Niger", "NG"),
    ("Gunmen abducted a priest in Minna, the capital of Niger state, Nigeria.", "Niger", "NG"),
    # demonyms and cities of each side
    ("Nigerien soldiers repelled an attack near Diffa, the army said.", "Diffa", "NE"),
    ("The Nigerien army said gunmen killed 12 civilians in Tahoua region.", "Tahoua", "NE"),
    ("Congolese police in Brazzaville dispersed opposition supporters.", "Brazzaville", "CG"),
    ("Congolese troops fought M23 rebels north of Goma on Monday.", "Goma", "CD"),
    ("Congolese soldiers clashed with Ninja rebels in the Pool region, south of Brazzaville.", "Pool", "CG"),
    ("South Sudanese soldiers clashed with a militia in Jonglei state.", "Jonglei", "SS"),
    ("South Sudan's army clashed with SPLA-IO forces in Nasir, Upper Nile.", "Upper Nile", "SS"),
    ("Sudanese army jets bombed Nyala, in South Darfur.", "Nyala", "SD"),
    ("Soldiers in Bissau, the capital of Guinea-Bissau, foiled a coup attempt.", "Bissau", "GW"),
    ("Guinean security forces fired on protesters in Conakry.", "Conakry", "GN"),
    ("Security forces in Malabo, Equatorial Guinea, arrested opposition figures.", "Malabo", "GQ"),
    ("Flooding hit Roseau, the capital of Dominica, after the storm.", "Roseau", "DM"),
    ("Dominican police arrested Haitian migrants in Dajabon.", "Dajabon", "DO"),
])
def test_neighbours_of_similar_names_stay_apart(read_places: Callable[[str], Found], text: str, name: str,
                                                country: str) -> None:
    found = read_places(text)
    assert found[name][1] == country, found


@pytest.mark.parametrize("text", [
    "Nigerian troops killed 20 insurgents in Borno, on the border with Niger.",
    "Nigerian troops killed 20 insurgents in Borno near the Niger border.",
])
def test_a_neighbour_named_at_a_border_is_no_unit_of_this_side(read_places: Callable[[str], Found], text: str) -> None:
    found = read_places(text)
    assert "Niger" not in found or found["Niger"][1] == "NE", found


def test_a_unit_named_like_a_distant_country_stays_the_unit(read_places: Callable[[str], Found]) -> None:
    found = read_places("Tornadoes hit Macon, Atlanta and Savannah in Georgia, US officials said.")
    assert found["Georgia"][1:] == ("US", "region"), found


@pytest.mark.parametrize(("text", "country"), [
    # "Congo" names both countries: the article's other evidence (the dateline's town) decides
    ("BRAZZAVILLE, Congo - Police fired tear gas at opposition supporters in the Congo capital.", "CG"),
    ("POINTE-NOIRE, Congo - Dock workers shut the oil port. Congo exports most of its crude from here.", "CG"),
    ("Congolese police fired tear gas in Brazzaville on Monday. Congo has been ruled by one man for decades.", "CG"),
    ("KINSHASA, Congo - Police fired tear gas at protesters outside the electoral commission.", "CD"),
    ("BUKAVU, Congo - Rebels entered the city. Congo's government called it an invasion.", "CD"),
    # no other evidence: news says "Congo" for the Democratic Republic
    ("Rebels attacked a convoy in Congo on Sunday, the United Nations said.", "CD"),
])
def test_congo_is_the_country_the_rest_of_the_article_backs(read_places: Callable[[str], Found], text: str,
                                                           country: str) -> None:
    hits = [h for h in read_places(text).items() if h[0] == "Congo"]
    assert hits and all(h[1][1] == country for h in hits), read_places(text)


def test_a_feature_of_the_dateline_town_is_placed_there(places: PlaceGazetteer) -> None:
    text = ("PEMBA, Mozambique - Insurgents stormed Lido beach north of the town on Saturday, killing six "
            "fishermen, Mozambican police said.")
    hits = {text[h.start:h.end]: h.location for h in places.find(text, places.context(text))}
    site = hits["Lido beach"]
    assert site.country == "MZ" and site.precision == "town", hits
    assert site.lat is not None and abs(site.lat - hits["PEMBA"].lat) < 0.01  # type: ignore[operator]


def test_a_feature_is_placed_in_the_town_its_sentence_names(places: PlaceGazetteer) -> None:
    ctx = places.context("KISUMU, Kenya - Police said gunmen attacked two towns. Mombasa and Kisumu were "
                         "hit by blasts on Sunday, Kenyan police said.")
    sentence = "In Mombasa, the blast hit Lido beach near the old port."
    site = next(h.location for h in places.find(sentence, ctx) if h.location.name == "Lido beach")
    mombasa = places.resolve("Mombasa", country_hint="KE")
    assert mombasa is not None and site.country == "KE" and site.lat == mombasa.lat


def test_resolving_a_bare_neighbour_name_gives_the_country(places: PlaceGazetteer) -> None:
    bare = places.resolve("Niger", country_hint="NG")
    unit = places.resolve("Niger State", country_hint="NG")
    assert bare is not None and (bare.country, bare.precision) == ("NE", "country"), bare
    assert unit is not None and (unit.country, unit.precision) == ("NG", "region"), unit


def test_a_feature_with_its_holder_named_after_it_is_left_to_the_holder(places: PlaceGazetteer) -> None:
    text = ("A car bomb exploded near Lido market in Marka district, Lower Shabelle, Somalia. "
            "It was one of three blasts in Mogadishu and its surroundings that day.")
    hits = {text[h.start:h.end]: h.location for h in places.find(text, places.context(text))}
    assert "Lido market" not in hits and "Lido" not in hits, hits


def test_a_site_the_article_names_with_its_noun_is_the_site_bare_too(places: PlaceGazetteer) -> None:
    text = ("PEMBA, Mozambique - Insurgents stormed Lido beach north of the town on Saturday, killing six "
            "fishermen, Mozambican police said.\n\nFishermen said Lido had been quiet for months.")
    found = {text[h.start:h.end]: h.location for h in places.find(text, places.context(text))}
    assert found["Lido"].country == "MZ", found


def test_a_city_of_a_neighbour_before_a_feature_noun_stays_the_city(read_places: Callable[[str], Found]) -> None:
    # Peshawar is no part of an Afghan town: the article names no Pakistan, but the city is
    # known on its own and lies next door
    found = read_places("KABUL - Afghan traders said prices at Peshawar market doubled after the "
                        "Torkham crossing closed, Afghan officials said.")
    assert found["Peshawar"][1] == "PK", found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Afghan traders said prices at Quetta market doubled, Afghan officials said.", "Quetta", "PK"),
    ("Syrian refugees said the Gaziantep market was calm, Syrian officials said in Idlib.", "Gaziantep", "TR"),
    ("Haitian migrants sold goods at Dajabon market, Haitian police said.", "Dajabon", "DO"),
])
def test_a_town_next_door_before_a_feature_noun_stays(read_places: Callable[[str], Found], text: str, name: str,
                                                      country: str) -> None:
    found = read_places(text)
    assert found[name][1] == country, found


@pytest.mark.parametrize(("text", "name", "country"), [
    # "Dominican" is a people word of Dominica too: the towns decide
    ("Dominican officials said the storm flattened homes in Portsmouth and Roseau.", "Portsmouth", "DM"),
    ("Dominican soldiers detained Haitian migrants near Dajabon and Santiago.", "Dajabon", "DO"),
    ("Dominican police said gang members crossed from Haiti into Elias Pina.", "Haiti", "HT"),
])
def test_a_people_word_of_two_countries_leaves_the_choice_to_the_towns(read_places: Callable[[str], Found], text: str,
                                                                      name: str, country: str) -> None:
    found = read_places(text)
    assert found[name][1] == country, found


@pytest.mark.parametrize(("text", "town", "country"), [
    # a river named after a country (or the other way round) is no mention of the country
    ("Jihadists crossed the River Niger near Gao, Malian officials said.", "Gao", "ML"),
    ("Boats capsized on the river Niger near Lokoja, Nigerian officials said.", "Lokoja", "NG"),
    ("Barges on the river Congo were stopped near Mbandaka, Congolese officials said.", "Mbandaka", "CD"),
])
def test_a_river_named_like_a_country_is_no_mention_of_it(read_places: Callable[[str], Found], text: str, town: str,
                                                          country: str) -> None:
    found = read_places(text)
    assert found[town][1] == country and all(p[2] != "country" for p in found.values()), found
