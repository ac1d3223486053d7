"""What the text says about a name being a place (issue 10, GTD misses): villages named like
words, written only where the text marks them; Arabic articles written apart ("Ad Damazin");
a capital written as the holder of an address read as its region; organisations that are
never places. Sentences written for these tests, about conflicts no eval set covers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.data import load as load_data
from rashomon.gazetteer.incidents import IncidentPlace, to_tsv
from rashomon.gazetteer.place_marks import mark_at, organisation_names
from rashomon.gazetteer.places import PlaceGazetteer

TAG = "test-records@0000000"
# villages of a fixture file: a word in Sudan's Kassala state, a given name in Syria's Idlib
# governorate, a short name in Afghanistan's Kunduz province (all marked), one plain name
FIXTURE = [
    IncidentPlace("Orchard", "SD.52", "SD", 15.62, 36.10, 4, TAG, True),
    IncidentPlace("Karim", "SY.12", "SY", 35.70, 36.55, 3, TAG, True),
    IncidentPlace("Qul", "AF.24", "AF", 36.60, 68.70, 2, TAG, True),
    IncidentPlace("Umm Tawariq", "SD.52", "SD", 15.80, 36.20, 2, TAG, False),
]
WHERE = {"Orchard": 15.62, "Karim": 35.70, "Qul": 36.60, "Umm Tawariq": 15.80}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> PlaceGazetteer:
    path = tmp_path_factory.mktemp("marks") / "places.tsv"
    path.write_text(to_tsv(FIXTURE, ["a fixture: villages named like words"]), "utf-8")
    return PlaceGazetteer.load(incidents=path)


@pytest.fixture(scope="module")
def package() -> PlaceGazetteer:
    return PlaceGazetteer.load()


def lats(places: PlaceGazetteer, text: str, name: str) -> list[float | None]:
    ctx = places.context(text)
    return [h.location.lat for h in places.find(text, ctx) if h.location.name == name]


# -- marked villages ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Militiamen torched huts in Orchard village, Kassala state, Sudan, residents said.", "Orchard"),
    ("The RSF shelled the village of Orchard in Sudan's Kassala state on Friday.", "Orchard"),
    ("Gunmen raided Orchard, Kassala, Sudan, and killed two farmers.", "Orchard"),  # an address
    ("An airstrike hit a school in Karim town, Idlib governorate, Syria.", "Karim"),
    ("Shelling struck the Karim area, Idlib, Syria, killing a child.", "Karim"),
    ("Taliban fighters attacked a checkpoint near Qul village, Kunduz province, Afghanistan.", "Qul"),
    ("A mine exploded in Qul, Kunduz, Afghanistan; two boys were hurt.", "Qul"),
    ("Raiders burned Umm Tawariq in Sudan's Kassala state.", "Umm Tawariq"),  # unmarked: no mark needed
])
def test_a_village_the_text_marks_is_found(small: PlaceGazetteer, text: str, name: str) -> None:
    assert lats(small, text, name) == [pytest.approx(WHERE[name])]


@pytest.mark.parametrize(("text", "name"), [
    ("Farmers in Sudan's Kassala state said the Orchard cooperative lost its harvest.", "Orchard"),
    ("Karim, a teacher in Idlib, Syria, said the school was hit twice.", "Karim"),
    ("Abdul Karim said fighters had left Idlib, Syria, by dawn.", "Karim"),
    ("Taliban officials in Kunduz, Afghanistan, named Qul as their envoy.", "Qul"),
    ("Gunmen raided Orchard, Borno, Nigeria.", "Orchard"),  # an address of another region
])
def test_a_word_the_text_does_not_mark_is_no_village(small: PlaceGazetteer, text: str, name: str) -> None:
    assert lats(small, text, name) == []


@pytest.mark.parametrize(("text", "noun", "address"), [
    ("in Karma town, Anbar", True, False),
    ("the village of Karma", True, False),
    ("in Karma, Anbar", False, True),
    ("Karma said", False, False),
    ("in Karma Town", False, False),  # a capitalised noun may be the name's own word
])
def test_mark_at(text: str, noun: bool, address: bool) -> None:
    start = text.index("Karma")
    mark = mark_at(text, start, start + len("Karma"))
    assert (mark.noun, mark.address) == (noun, address)


def test_resolve_takes_a_marked_village_with_its_noun(small: PlaceGazetteer) -> None:
    ctx = small.context("Fighting in Sudan's Kassala state went on.")
    town = small.resolve("Orchard village", context=ctx)
    assert town is not None and town.lat == pytest.approx(15.62)
    bare = small.resolve("Orchard", context=ctx)  # the word alone: no village of Sudan
    assert bare is None or bare.country != "SD"


# -- Arabic articles written apart -------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "country"), [
    ("Drones struck a fuel depot in Ad Damazin, Sudan, the army said.", "Ad Damazin", "SD"),
    ("Government forces shelled Ar Raqqah, Syria, overnight.", "Ar Raqqah", "SY"),
    ("Airstrikes hit the port of Ash Shihr, Yemen, on Tuesday.", "Ash Shihr", "YE"),
    ("Protesters marched in As Suwayda, Syria, for a third week.", "As Suwayda", "SY"),
])
def test_an_assimilated_article_starts_the_name(package: PlaceGazetteer, text: str, span: str,
                                                country: str) -> None:
    hits = package.find(text, package.context(text))
    assert next(text[h.start:h.end] for h in hits if h.location.country == country) == span


@pytest.mark.parametrize(("text", "word"), [
    ("As Syria's war dragged on, aid to Idlib fell.", "As"),  # an English word starting a sentence
    ("At Kandahar airport, Afghan forces held the line.", "At"),
    ("Fighters regrouped. An Nigerian army unit then entered Maiduguri.", "An"),
    ("Aid reached Idlib, Syria, as Sudanese refugees crossed into Chad.", "as"),  # not assimilated
])
def test_an_english_word_is_no_article(package: PlaceGazetteer, text: str, word: str) -> None:
    hits = package.find(text, package.context(text))
    assert not any(text[h.start:h.end].startswith(word + " ") for h in hits)


# -- a capital as the holder of an address -------------------------------------------------------

@pytest.mark.parametrize(("text", "holder", "precision"), [
    ("Clashes broke out near Khan Shaykhun, Idlib, Syria, on Monday.", "Idlib", "region"),
    ("A bomb exploded in Spin Boldak, Kandahar, Afghanistan.", "Kandahar", "region"),
    ("Militants attacked Imam Sahib, Kunduz, Afghanistan, at night.", "Kunduz", "region"),
    ("A drone hit a market in Idlib, Syria, on Monday.", "Idlib", "town"),  # nothing before it
    ("Fighting spread from Khan Shaykhun to Idlib, Syria.", "Idlib", "town"),  # no address
    ("Fighters left Spin Boldak, Kandahar and Herat.", "Kandahar", "town"),  # a list
    # no region of the name: a district named like its seat, and the region after it
    ("Shelling killed three people near Kafr Nabl, Maarat al-Numan, Idlib, Syria.", "Maarat al-Numan", "region"),
    ("Shelling killed three people near Kafr Nabl, Maarat al-Numan, Idlib, Syria.", "Idlib", "region"),
    ("Drones hit Kafr Nabl and Maarat al-Numan, Idlib, Syria.", "Maarat al-Numan", "town"),  # a list
])
def test_a_capital_holding_a_finer_place_is_its_region(package: PlaceGazetteer, text: str, holder: str,
                                                       precision: str) -> None:
    hits = [h for h in package.find(text, package.context(text)) if text[h.start:h.end] == holder]
    assert [h.location.precision for h in hits] == [precision]


# -- organisations -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Hamas", "Hammas", "Hezbollah", "Hizbollah", "Houthis", "al-Shabaab"])
def test_an_organisation_is_no_place(package: PlaceGazetteer, name: str) -> None:
    assert package.resolve(name) is None
    assert package.resolve(name, country_hint="DE") is None
    text = f"{name} fighters fired rockets at the border, officials in Berlin said."
    assert [text[h.start:h.end] for h in package.find(text, package.context(text))] == ["Berlin"]


@pytest.mark.parametrize(("name", "country"), [("Hama", "SY"), ("Homs", "SY"), ("Marib", "YE"),
                                               ("Kismayo", "SO"), ("Maiduguri", "NG")])
def test_towns_named_near_an_organisation_stay_places(package: PlaceGazetteer, name: str, country: str) -> None:
    loc = package.resolve(name)
    assert loc is not None and loc.country == country


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(organisation_names(load_data("actors.yaml"))))
def test_no_organisation_resolves_to_a_town(package: PlaceGazetteer, name: str) -> None:
    loc = package.resolve(name)
    # a country or a curated site of that very name may be meant ("Ukraine", "Gaza health ministry")
    assert loc is None or loc.precision in ("country", "region", "exact") or package.organisation(name) is False


def test_the_fixture_is_written_marked(tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text(to_tsv(FIXTURE), "utf-8")
    assert path.read_text("utf-8").splitlines()[1].endswith("\t1")


# -- a region written with its word in an address ----------------------------------------------

@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen killed five herders in Kalma camp, South Darfur state, Sudan.", "SD.49"),
    ("Troops shelled Stavky, Donetsk oblast, Ukraine, overnight.", "UA.05"),
    ("A bomb hit a market in the Maidan area, Kunduz province, Afghanistan.", "AF.24"),
    ("Raiders looted Kafr Nabl, Idlib, Syria.", "SY.12"),  # without the word, as before
])
def test_an_address_region_with_its_word_backs_the_region(package: PlaceGazetteer, text: str,
                                                          admin1: str) -> None:
    assert admin1 in package.context(text).admin1s
