"""The incident's place in context: sentences written for the project about many conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.place_support import main_frame

from rashomon.types import Location


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
    loc = main_frame(extract(text, published="2023-05-10")).location
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
    loc = main_frame(extract(text, published="2023-05-10")).location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Baqubah", "IQ", "town")


def test_place_keeps_its_evidence_span(extract: Any) -> None:
    text = ("Sudanese army jets bombed a market in El Fasher on Monday, killing 12 people, "
            "activists said.")
    frame = main_frame(extract(text, published="2023-05-10"))
    assert frame.place_text == "El Fasher"
    spans = frame.sources["place"].evidence
    assert spans and all(text[e.start:e.end] == e.text for e in spans)
    assert any(e.text == "El Fasher" for e in spans)


@pytest.mark.parametrize(("text", "name", "country"), [
    # the lead names the place; the sentence with the trigger word names none finer than a
    # country (or only a group's name)
    ("Militiamen abducted 40 civilians in Nyala, South Darfur, Sudan. Local officials blamed the "
     "attack on the Rapid Support Forces.", "Nyala", "SD"),
    ("Gunmen abducted five aid workers in Gao, Mali. A local official attributed the attack to "
     "the Islamic State in the Greater Sahara.", "Gao", "ML"),
    ("Rebels kidnapped a priest in Beni, North Kivu, DR Congo. The army attributed the attack "
     "to the ADF.", "Beni", "CD"),
    ("Soldiers detained and killed 12 villagers in Monywa, Sagaing Region, Myanmar. Residents "
     "said the attack was revenge for a resistance ambush.", "Monywa", "MM"),
])
def test_the_lead_names_the_place_when_the_trigger_sentence_does_not(extract: Any, text: str,
                                                                     name: str, country: str) -> None:
    loc = main_frame(extract(text, published="2023-05-10")).location
    assert loc is not None and (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize(("text", "country"), [
    # a country inside an organisation's name is not where it happened
    ("Gunmen abducted three engineers in Tillaberi, Niger. Officials blamed the attack on the "
     "Islamic State of Iraq and Syria.", "NE"),
    ("Fighters stormed a police post in Mocimboa da Praia, Mozambique. The attack was claimed by "
     "the Islamic State of Iraq and the Levant.", "MZ"),
])
def test_country_in_an_organisation_name_is_not_the_place(extract: Any, text: str, country: str) -> None:
    loc = main_frame(extract(text, published="2023-05-10")).location
    assert loc is not None and loc.country == country, loc


@pytest.mark.parametrize(("text", "name", "country"), [
    # a neighbourhood GeoNames lacks, put in a town: the town, never a namesake abroad
    ("An air strike hit a house in the Al-Geneina neighbourhood in Rafah on Monday, killing "
     "six people.", "Rafah", "PS"),
    ("Shelling hit the Al-Nasr neighbourhood, west of Gaza City, on Monday, killing four.", "Gaza", "PS"),
    ("Shelling hit a home in the Al-Nasr neighbourhood of Gaza city on Monday, killing four.", "Gaza", "PS"),
    # a region and a country hold only their own places
    ("A car bomb exploded in Soba, Khartoum State, Sudan, killing three soldiers.", None, "SD"),
])
def test_a_place_outside_its_holder_is_dropped(extract: Any, text: str, name: str | None,
                                               country: str) -> None:
    loc = main_frame(extract(text, published="2023-05-10")).location
    assert loc is not None and loc.country == country, loc
    if name is not None:
        assert loc.name == name, loc


@pytest.mark.parametrize(("gap", "how"), [
    (", ", ","),
    (" town, ", ","),
    (" neighbourhood in ", "in"),
    (" area in the west of ", "in"),
    (" area, west of ", "in"),
    (" and ", None),  # a list
    (", 60 km south of ", None),  # a distance says how far, not that it holds it
    (" to ", None),
    (". In ", None),
])
def test_container_gap(gap: str, how: str | None) -> None:
    from rashomon.extract.frames_place_marks import container_gap as _container_gap
    assert _container_gap(gap) == how


@pytest.mark.parametrize(("outer", "inner", "how", "sub_place", "holds"), [
    (Location("Sudan", "SD", 15.5, 32.5, "country"), Location("Nyala", "SD", 12.05, 24.88, "town"), ",", False, True),
    (Location("Iraq", "IQ", 33.3, 44.4, "country"), Location("Karaj", "IR", 35.8, 51.0, "town"), ",", False, False),
    (Location("Shan", "MM", 21.5, 98.0, "region"), Location("Lashio", "MM", 22.93, 97.75, "town"), ",", False, True),
    (Location("Shan", "MM", 21.5, 98.0, "region"), Location("Lashio", "CN", 22.93, 97.75, "town"), ",", False, False),
    # a town holds its neighbourhoods only
    (Location("Goma", "CD", -1.68, 29.22, "town"), Location("Sake", "CD", -1.57, 29.04, "town"), "in", True, False),
    (Location("Goma", "CD", -1.68, 29.22, "town"), Location("Katindo", "CD", -1.67, 29.21, "town"), "in", True, True),
    # "Qayyarah, Mosul", "Rutshuru territory, Goma": a governorate or district named by its
    # capital may hold places far from the town
    (Location("Mosul", "IQ", 36.34, 43.13, "town"), Location("Qayyarah", "IQ", 35.8, 43.29, "town"), ",", False, True),
    (Location("Goma", "CD", -1.68, 29.22, "town"), Location("Sake", "CD", -1.57, 29.04, "town"), "in", False, True),
])
def test_holds(outer: Location, inner: Location, how: str, sub_place: bool, holds: bool) -> None:
    from rashomon.extract.frames_place_marks import holds as _holds
    assert _holds(outer, inner, how, sub_place) is holds


def _hit(text: str, name: str, loc: Location, source: str = "town", form: str = "main",
         supported: bool = True) -> Any:
    from rashomon.gazetteer.places import PlaceHit
    start = text.index(name)
    return PlaceHit(start, start + len(name), loc, supported, source, form)


_DARFUR = Location("North Darfur", "SD", 14.0, 24.5, "region")
_SUDAN = Location("Sudan", "SD", 15.5, 32.5, "country")


@pytest.mark.parametrize(("text", "town", "holder", "holder_loc", "addressed"), [
    ("Militiamen stormed Kutum, North Darfur, on Monday.", "Kutum", "North Darfur", _DARFUR, True),
    ("Militiamen stormed Kutum town, North Darfur, on Monday.", "Kutum", "North Darfur", _DARFUR, True),
    ("Shells hit Kutum district, Sudan, overnight.", "Kutum", "Sudan", _SUDAN, True),
    # a possessive after the holder: a person and his office, not an address
    ("Kutum, Sudan's envoy, denied it.", "Kutum", "Sudan", _SUDAN, False),
    # a list, not an address
    ("Militiamen stormed Kutum and North Darfur.", "Kutum", "North Darfur", _DARFUR, False),
    # a holder of another country
    ("Shells hit Kutum, Chad, overnight.", "Kutum", "Chad", Location("Chad", "TD", 12.1, 15.0, "country"), False),
])
def test_addressed(text: str, town: str, holder: str, holder_loc: Location, addressed: bool) -> None:
    from rashomon.extract.frames_place_filters import is_addressed
    inner = _hit(text, town, Location("Kutum", "SD", 14.2, 24.66, "town"), form="skeleton")
    outer = _hit(text, holder, holder_loc, source="country" if holder_loc.precision == "country" else "region")
    assert is_addressed(text, inner, [outer]) is addressed


def test_addressed_through_a_town_to_the_country() -> None:
    from rashomon.extract.frames_place_filters import is_addressed
    text = "Shells hit Stavky, Donetsk, Ukraine, overnight."
    stavky = _hit(text, "Stavky", Location("Stavky", "UA", 48.1, 37.7, "town"), form="main")
    donetsk = _hit(text, "Donetsk", Location("Donetsk", "UA", 48.0, 37.8, "town"))
    ukraine = _hit(text, "Ukraine", Location("Ukraine", "UA", 50.45, 30.52, "country"), source="country")
    assert is_addressed(text, stavky, [donetsk, ukraine])
    assert not is_addressed(text, stavky, [donetsk])  # a town alone does not end an address


def _doc_with(resources: Any, text: str, ents: list[tuple[str, str]]) -> Any:
    doc = resources.nlp(text)
    spans = []
    for written, label in ents:
        start = text.index(written)
        span = doc.char_span(start, start + len(written), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(("text", "town", "ents", "form", "addressed", "is_place"), [
    # tagged as a person, matched by its spelling skeleton: only an address makes it a place
    ("Gunmen attacked Kutum, North Darfur, Sudan.", "Kutum", [("Kutum", "PERSON")], "skeleton", True, True),
    ("Gunmen attacked Kutum, North Darfur, Sudan.", "Kutum", [("Kutum", "PERSON")], "skeleton", False, False),
    ("Soldiers torched Hpakant, Kachin State.", "Hpakant", [("Hpakant", "PERSON")], "skeleton", True, True),
    # an entity that adds only a direction or a place noun is the place
    ("Militants ambushed a convoy in west Mopti on Sunday.", "Mopti", [("west Mopti", "NORP")], "main",
     False, True),
    ("Troops shelled Agdam district on Sunday.", "Agdam", [("Agdam district", "ORG")], "main", False, True),
    ("Gunmen attacked Chahar Burj, Herat, on Monday.", "Chahar Burj", [("Chahar Burj,", "ORG")], "main",
     False, True),
    # an address makes a place of a name tagged as a product, never of a date
    ("Gunmen attacked Stavky, Donetsk, Ukraine.", "Stavky", [("Stavky", "PRODUCT")], "main", True, True),
    ("Gunmen attacked Stavky, Donetsk, Ukraine.", "Stavky", [("Stavky", "PRODUCT")], "main", False, False),
    ("In August, Sudan said the talks had failed.", "August", [("August", "DATE")], "main", True, False),
    # an entity that adds a name is a longer name
    ("Captain Mopti Traore said the convoy was ambushed.", "Mopti", [("Captain Mopti Traore", "PERSON")],
     "main", False, False),
])
def test_not_a_name_address_and_described_entities(resources: Any, text: str, town: str,
                                                   ents: list[tuple[str, str]], form: str,
                                                   addressed: bool, is_place: bool) -> None:
    from rashomon.extract.frames_place_filters import not_a_name
    doc = _doc_with(resources, text, ents)
    hit = _hit(text, town, Location(town, "SD", 14.2, 24.66, "town"), form=form)
    assert not_a_name(doc, hit.start, hit.end, hit, resources.places, addressed=addressed) is is_place


@pytest.mark.parametrize(("headline", "title_case", "rewritten"), [
    # capitals of every longer word but few short ones: Title Case for the place rule, not
    # enough capitalised words of all for the parser's rewrite
    ("Drone Strike Kills 12 at a Market in El Fasher", True, False),
    ("Troops Clash With Rebels in Cauca", True, True),
    ("Army says rebels shelled Goma", False, False),
    ("Junta jets bomb a village near Falam in Chin State", False, False),
    ("Gunmen Kill Villagers Near Djibo", True, True),
])
def test_title_case_for_places_and_for_the_parser_are_two_measures(headline: str, title_case: bool,
                                                                  rewritten: bool) -> None:
    from rashomon.extract.frames_places import in_title_case
    from rashomon.nlp.truecase import Truecaser

    assert in_title_case(headline) is title_case
    assert (Truecaser({"kill", "clash", "bomb", "shell", "say"}).line(headline) != headline) is rewritten


def test_one_lead_and_one_region_radius() -> None:
    """frames_places reads the lead and the region radius its neighbours read (no copies)."""
    from rashomon.config import setting
    from rashomon.extract import frames, frames_places
    from rashomon.gazetteer import places

    assert frames_places.LEAD_SENTENCES == frames.LEAD_SENTENCES == setting("extract.frames", "lead_sentences")
    assert frames_places.REGION_AREA_KM == places.REGION_AREA_KM == setting("gazetteer.places", "region_radius_km")
    assert "REGION_AREA_KM =" not in Path(frames_places.__file__).read_text("utf-8")
