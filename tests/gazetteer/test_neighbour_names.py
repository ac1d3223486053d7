"""Countries with a neighbour of a similar name, country names inside the names of rivers,
lakes and valleys, region words written with a possessive or in brackets, and the armed groups
an article names: sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.gazetteer.place_marks import armed_group_countries, not_the_country

Found = dict[str, tuple[str, str | None, str]]


# each country is told from its neighbour of a similar name by what the sentence names
@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Gunmen killed 17 villagers near Tillaberi in western Niger on Tuesday.", "Niger", "NE"),
    ("Gunmen killed 17 villagers in Zamfara state in northwest Nigeria on Tuesday.", "Nigeria", "NG"),
    ("Fighting in Malakal, South Sudan, killed 18 people on Tuesday.", "South Sudan", "SS"),
    ("A drone struck a hospital in El Obeid, Sudan, on Tuesday.", "Sudan", "SD"),
    ("Gunmen attacked a convoy in the Pool region of Congo-Brazzaville on Monday.", "Congo-Brazzaville", "CG"),
    ("Police fired on protesters in Brazzaville, the capital of the Republic of Congo.", "Republic of Congo", "CG"),
    ("Rebels attacked a village in eastern DRC on Monday, killing 22 civilians.", "DRC", "CD"),
    ("Security forces fired on protesters in Kinshasa on Saturday.", "Kinshasa", "CD"),
    ("Soldiers exchanged fire in Bissau, Guinea-Bissau, on Thursday.", "Guinea-Bissau", "GW"),
    ("Gunmen attacked a police post in Bata, Equatorial Guinea, on Thursday.", "Equatorial Guinea", "GQ"),
    ("Security forces fired on protesters in Conakry, Guinea, on Thursday.", "Guinea", "GN"),
    ("A hurricane killed seven people in Dominica on Monday.", "Dominica", "DM"),
    ("Police shot three suspects in Santo Domingo, Dominican Republic, on Monday.", "Dominican Republic", "DO"),
    ("A gunman killed four people in Atlanta, Georgia, on Monday, police said.", "Georgia", "US"),
    ("A blast in Tbilisi, Georgia, killed two people on Monday.", "Georgia", "GE"),
    ("Two villagers were killed near Gori, in Georgia's Shida Kartli region.", "Shida Kartli", "GE"),
    ("An attack near Mopti in central Mali killed 20 civilians on Friday.", "Mali", "ML"),
    ("Floods in southern Malawi killed 20 people on Friday.", "Malawi", "MW"),
    ("Security forces killed three protesters in Zahedan, Iran, on Friday.", "Iran", "IR"),
    ("A roadside bomb killed three soldiers near Kirkuk, Iraq, on Friday.", "Iraq", "IQ"),
    ("A gunman killed four people in Vienna, Austria, on Monday night.", "Austria", "AT"),
    ("A gunman killed four people in Sydney, Australia, on Monday.", "Australia", "AU"),
    ("Gunmen killed 11 herders in eastern Chad on Friday.", "Chad", "TD"),
    ("A drone crashed in northern Jordan on Friday, the Jordanian army said.", "Jordan", "JO"),
    ("A North Korean drone crashed near Paju in Korea on Monday.", "Korea", "KR"),
    ("North Korea fired artillery shells into the sea on Monday.", "North Korea", "KP"),
    ("Shells hit Yeonpyeong island in South Korea on Monday.", "South Korea", "KR"),
])
def test_neighbours_of_similar_name(read_places: Callable[[str], Found], text: str, mention: str,
                                    country: str) -> None:
    found = read_places(text)
    assert mention in found, found
    assert found[mention][1] == country, found


# a country's name inside a feature's name, or before "border" after "the", is not the country
@pytest.mark.parametrize(("text", "name"), [
    ("Boko Haram fighters attacked fishermen on Lake Chad on Monday, Nigerian officials said.", "Chad"),
    ("Settlers attacked a Palestinian village in the Jordan Valley on Monday.", "Jordan"),
    ("Gunmen attacked a village on the banks of the Niger River near Lokoja on Monday.", "Niger"),
    ("A boat capsized on the Congo river on Monday, killing 40.", "Congo"),
    ("Pirates boarded a tanker in the Gulf of Guinea on Monday.", "Guinea"),
    ("Loggers clashed with villagers in the Congo Basin on Monday.", "Congo"),
    ("Gunmen attacked a police post in Moreh, near the Myanmar border, on Monday.", "Myanmar"),
    ("Shells landed in Belgorod, near the Ukraine border, on Monday.", "Ukraine"),
])
def test_country_inside_a_feature_name(read_places: Callable[[str], Found], text: str, name: str) -> None:
    assert name not in read_places(text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("the Niger River", "Niger", True),
    ("the Niger river", "Niger", True),
    ("Lake Chad", "Chad", True),
    ("the Gulf of Guinea", "Guinea", True),
    ("near the Sudan border", "Sudan", True),
    ("in eastern Chad", "Chad", False),
    ("the lake in Chad", "Chad", False),  # a lower-case "lake" names no lake
    ("off the coast of Somalia", "Somalia", False),
    ("on Sudan's border with Chad", "Sudan", False),
    ("Niger State", "Niger", False),  # a Nigerian state: the region words read it
    ("Sudan bordered", "Sudan", False),
])
def test_not_the_country(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert not_the_country(text, start, start + len(name)) is expected


# a region word after a possessive or inside brackets still makes the name the region
@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Jihadists killed 20 soldiers in Tillaberi region's Ouallam on Monday.", "Tillaberi",
     ("Tillaberi", "NE", "region")),
    ("Jihadists killed 20 soldiers in Tillaberi region's Ouallam on Monday.", "Ouallam", ("Ouallam", "NE", "town")),
    ("Jets bombed a school in Kani township (Sagaing region) on Monday.", "Sagaing", ("Sagaing", "MM", "region")),
    ("Fighting spread across Kachin State's jade mining areas on Monday.", "Kachin", ("Kachin", "MM", "region")),
    ("Gunmen attacked farmers in Benue State's Guma area on Monday.", "Benue", ("Benue", "NG", "region")),
])
def test_region_word_after_a_possessive_or_a_bracket(read_places: Callable[[str], Found], text: str,
                                                     mention: str, expected: tuple[str, str, str]) -> None:
    found = read_places(text)
    assert found.get(mention) == expected, found


# a town named with a place noun in a story about another continent is not that town
@pytest.mark.parametrize(("text", "name"), [
    ("Junta jets bombed a school in Kani township in Sagaing region on Monday, residents said.", "Kani"),
    ("Junta jets bombed a school in Kani township (Sagaing region) on Monday, residents said.", "Kani"),
    ("Gunmen burned Nara village in central Mali's Mopti region on Monday.", "Nara"),
])
def test_marked_town_of_another_continent(read_places: Callable[[str], Found], text: str, name: str) -> None:
    found = read_places(text)
    assert found.get(name, ("", "", ""))[1] not in ("JP",), found


# an armed group the article names backs its country for the small towns beside it
@pytest.mark.parametrize(("text", "mention", "country"), [
    ("RSF fighters shelled Najaru on Monday, killing 20 civilians, activists said.", "Najaru", "SD"),
    ("TPLF forces shelled Alamata on Monday, killing eight civilians.", "Alamata", "ET"),
    ("Viv Ansanm gang members attacked Mirebalais on Monday, killing 12 people.", "Mirebalais", "HT"),
    ("The Arakan Army attacked Buthidaung on Monday, killing 12 soldiers.", "Buthidaung", "MM"),
])
def test_armed_group_backs_its_country(read_places: Callable[[str], Found], text: str, mention: str,
                                       country: str) -> None:
    found = read_places(text)
    assert found.get(mention, ("", None, ""))[1] == country, found


def test_armed_group_alone_backs_no_country_fully(read_places: Callable[[str], Found]) -> None:
    # al-Shabaab (Somalia) also fights in Kenya: Mandera stays the Kenyan border town
    found = read_places("Al-Shabaab attacked the border town of Mandera on Monday, killing six.")
    assert found["Mandera"][1] == "KE", found


@pytest.mark.parametrize(("text", "expected"), [
    ("RSF fighters shelled the market.", ["SD"]),
    ("The Rapid Support Forces and the Arakan Army", ["SD", "MM"]),
    ("M23 rebels and M23 fighters", ["CD"]),  # one group, counted once
    ("The Sudanese army said", []),  # armed forces are counted by their people word
    ("Islamic State fighters", []),  # a group of no one country
])
def test_armed_group_countries(text: str, expected: list[str]) -> None:
    assert armed_group_countries(text) == expected


# a border town GeoNames knows on one side only, placed on the side the article is about
@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Ethiopian troops clashed with rebels in the border town of Moyale on Monday, the Ethiopian army said.",
     "Moyale", "ET"),
    ("Ethiopian troops clashed with rebels in Moyale, on the Kenyan border, on Monday, Ethiopian officials said.",
     "Moyale", "ET"),
    ("Gunmen attacked a police post in the border town of Moyale on Monday, Kenyan police said.", "Moyale", "KE"),
    ("Sudanese troops shelled the Ethiopian border town of Kurmuk on Monday, Ethiopian officials said.",
     "Kurmuk", "ET"),
    ("Rebels seized the border town of Kurmuk in Sudan's Blue Nile state on Monday.", "Kurmuk", "SD"),
    # the far side the text names is not where the town is
    ("Fighting in Myawaddy, on the Thai border, killed six people on Monday, Thai officials said.",
     "Myawaddy", "MM"),
    # a town of both sides stays with the side the article names
    ("Egyptian troops killed two smugglers in the border town of Rafah on Monday, the Egyptian army said.",
     "Rafah", "EG"),
    ("Gunmen attacked a camp in the border town of Adre on Monday, Chadian officials said.", "Adre", "TD"),
])
def test_border_town_on_the_article_side(read_places: Callable[[str], Found], text: str, mention: str,
                                         country: str) -> None:
    found = read_places(text)
    assert found.get(mention, ("", None, ""))[1] == country, found


# South Sudan's army and ruling movement keep the name of the whole Sudan: no place in Sudan
@pytest.mark.parametrize(("text", "not_country"), [
    ("Soldiers of the Sudan People's Liberation Army clashed with a militia in Pibor on Monday.", "SD"),
    ("The Sudan People's Liberation Movement said its forces were attacked in Nasir on Monday.", "SD"),
])
def test_south_sudan_names_of_sudan(read_places: Callable[[str], Found], text: str, not_country: str) -> None:
    assert all(country != not_country for _, country, _ in read_places(text).values())


@pytest.mark.parametrize(("text", "expected"), [
    ("SPLM-N fighters attacked Kadugli on Monday.", ["SD"]),
    ("Fighters of the Sudan People's Liberation Movement-North shelled Dilling.", ["SD"]),
    ("The Sudan People's Liberation Movement said on Monday.", ["SS"]),
])
def test_sudan_and_south_sudan_movements(text: str, expected: list[str]) -> None:
    assert armed_group_countries(text) == expected
