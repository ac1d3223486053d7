"""Places of the open world (issue 10, session 17): a region name of several countries that its
sentence ties to one of them; a unit named after its seat town ("X district", "X county") is
the unit, not the town.
Sentences written for the project, about conflicts no eval or probe set covers.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.gazetteer.place_hits import PlaceHit, dateline_caps
from rashomon.gazetteer.place_tied import sentence_around
from rashomon.gazetteer.places import PlaceGazetteer

Found = dict[str, tuple[str, str | None, str]]


# -- a region of several countries, tied to one by its own sentence --------------------------
@pytest.mark.parametrize(("text", "name", "country"), [
    # an article about Colombia: Venezuela's Bolivar state, not Colombia's department
    ("Colombian troops killed six ELN fighters near Cucuta, the Colombian army said. Colombia's "
     "defence minister said the rebels had crossed from Venezuela.\n\nVenezuela, its eastern "
     "neighbour, has seen fighting between gold-mining gangs in its southern Bolivar state.", "Bolivar", "VE"),
    # an article about Nigeria: Benin's Plateau department, not Nigeria's Plateau state
    ("Gunmen killed 30 villagers in Zamfara state, Nigerian police said. Nigeria's army said it "
     "had sent troops.\n\nBenin, its western neighbour, has sent extra troops to its Plateau "
     "department after raids there.", "Plateau", "BJ"),
    # an article about Burkina Faso: Haiti's Centre department, not Burkina Faso's Centre region
    ("Jihadists killed 12 soldiers near Djibo, Burkina Faso's army said. Burkinabe officials gave "
     "no other toll.\n\nIn Haiti, gangs have spread from the capital into the Centre department "
     "since March.", "Centre", "HT"),
    # the people word ties it as well
    ("Togolese soldiers were ambushed in the Savanes region on Sunday, a security source said.", "Savanes", "TG"),
])
def test_a_region_its_sentence_ties_to_one_country_is_that_countrys(
        read_places: Callable[[str], Found], text: str, name: str, country: str) -> None:
    found = read_places(text)
    assert found[name][1:] == (country, "region"), found


def test_a_tied_region_backs_its_own_country_not_a_namesakes(places: PlaceGazetteer) -> None:
    # an article about Chad whose last paragraph is about Togo: Côte d'Ivoire is no country of it
    text = ("N'DJAMENA - Boko Haram fighters killed 20 Chadian soldiers on an island of Lake Chad on "
            "Sunday, the army said.\n\nTogo, far to the west, has also seen attacks in its northern "
            "Savanes region since 2021.")
    ctx = places.context(text)
    assert ctx.share("CI") == 0.0, ctx.countries


def test_a_region_of_a_sentence_naming_no_country_keeps_the_articles_reading(
        read_places: Callable[[str], Found]) -> None:
    # NOT fire: the sentence of the region names neither country; the article's country decides
    found = read_places("Nigerian police said gunmen raided three villages overnight.\n\n"
                        "The raids in Plateau state killed 30 people.")
    assert found["Plateau"][1] == "NG", found


def test_a_region_of_a_sentence_naming_both_countries_is_not_tied(places: PlaceGazetteer) -> None:
    # NOT fire: two of the name's countries in its sentence tie it to neither
    from rashomon.gazetteer.place_tied import tied_country
    text = "Herders crossed from Nigeria into Benin near the Plateau area, officials said."
    start = text.index("Plateau")
    assert tied_country(text, start, start + 7, places.candidates("Plateau", skeleton=False),
                        places.named_in) is None


def test_the_sentence_around_a_name_stops_at_the_sentence_ends() -> None:
    text = "Benin closed its border. Gunmen killed 30 people in Plateau state. Police said so."
    start = text.index("Plateau")
    assert sentence_around(text, start, start + 7) == "Gunmen killed 30 people in Plateau state."


# -- a unit named after its seat town ---------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "country"), [
    # Uganda's districts and Sri Lanka's districts: second-level units of ISO 3166-2
    ("Rebels abducted 14 pupils from a school in Kitgum district, Ugandan police said.", "Kitgum", "UG"),
    ("Troops clashed with rebels in Kilinochchi district, the Sri Lankan army said.", "Kilinochchi", "LK"),
    # Kenya's counties: first-level regions named after their seat towns
    ("Al Shabaab fighters attacked a police camp in Lamu county, Kenyan police said.", "Lamu", "KE"),
])
def test_a_unit_named_after_its_town_is_the_unit(read_places: Callable[[str], Found], places: PlaceGazetteer,
                                                 text: str, name: str, country: str) -> None:
    found = read_places(text)
    assert found[name][1:] == (country, "region"), found
    town = places.resolve(name, country_hint=country)
    hit = next(h for h in places.find(text, places.context(text)) if text[h.start:h.end] == name)
    assert town is not None and (hit.location.lat, hit.location.lon) == (town.lat, town.lon)  # around the town


@pytest.mark.parametrize(("text", "name"), [
    # NOT fire: a town noun, not a unit noun
    ("Al Shabaab fighters attacked a police post in Garissa town, Kenyan police said.", "Garissa"),
    # NOT fire: a unit noun after a town whose country lists no unit of that name
    ("A car bomb killed five people in Tarmiyah district, north of Baghdad, Iraqi police said.", "Tarmiyah"),
    ("Clashes broke out near Beni town in North Kivu province of Congo on Monday.", "Beni"),
    # NOT fire (the lead, after a blind probe): "district" after a city whose first-level region
    # shares its name is a district of the city, never the governorate around it
    ("A car bomb tore through a market in Hama district on Monday, killing nine people, Syrian state "
     "media said.", "Hama"),
    ("Mortar rounds hit a school in Kirkuk district on Sunday, wounding six pupils, Iraqi police said.",
     "Kirkuk"),
])
def test_a_town_without_a_unit_of_its_name_stays_the_town(read_places: Callable[[str], Found],
                                                          text: str, name: str) -> None:
    found = read_places(text)
    assert found[name][2] == "town", found


def test_a_country_is_named_by_its_names_and_people_as_written(places: PlaceGazetteer) -> None:
    assert places.named_in("TG", "Togolese troops were deployed.")
    assert places.named_in("CI", "Troops from Ivory Coast were deployed.")
    assert not places.named_in("US", "Let us see what the army does.")  # NOT fire: a pronoun


# -- a site of the dateline's town ------------------------------------------------------------
def _without_dateline(places: PlaceGazetteer, text: str) -> Callable[[PlaceHit], bool]:
    # the extract stage's context leaves the dateline out of the article's places (no vote)
    return lambda hit: not dateline_caps(text, hit.start, hit.end)


def test_a_site_named_only_with_the_dateline_lies_in_the_dateline_town(places: PlaceGazetteer) -> None:
    text = ("JOLO - Gunmen opened fire on Lido beach on Friday evening, killing nine swimmers, "
            "police in the Philippines said.\n\nThe army said two of the attackers were later shot dead.")
    ctx = places.context(text, keep=_without_dateline(places, text))
    sentence = ("Gunmen opened fire on Lido beach on Friday evening, killing nine swimmers, "
                "police in the Philippines said.")
    site = next(h.location for h in places.find(sentence, ctx) if h.location.name == "Lido beach")
    jolo = places.resolve("Jolo", country_hint="PH")
    assert jolo is not None and (site.country, site.lat) == ("PH", jolo.lat), site


def test_a_foreign_bureaus_dateline_gives_no_site(places: PlaceGazetteer) -> None:
    # NOT fire: a dateline town of a country the article does not back holds no site of the story
    text = ("NAIROBI - Gunmen opened fire on Lido beach on Friday evening, killing nine swimmers, "
            "Somali police said.\n\nThe Somali army said two of the attackers were later shot dead.")
    ctx = places.context(text, keep=_without_dateline(places, text))
    sentence = "Gunmen opened fire on Lido beach on Friday evening, killing nine swimmers, Somali police said."
    assert not any(h.location.country == "KE" for h in places.find(sentence, ctx))
