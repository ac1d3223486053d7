"""Place gazetteer: transliteration families, regions, sites, find(), distance."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.resolve.places import PlaceGazetteer, distance_km
from rashomon.types import Location


@pytest.fixture(scope="module")
def places() -> PlaceGazetteer:
    return PlaceGazetteer.load()


FAMILIES = {
    "Albu Kamal": ["Albu Kamal", "Abu Kamal", "Al-Bukamal", "Boukamal", "Abou Kamal",
                   "Al Bukamal", "albu kamal", "ABU KAMAL", "Abu Kemal", "Al-Boukamal"],
    "al-Qaim": ["al-Qaim", "Al Qa'im", "Al Qa’im", "Qaim", "Al-Kaim", "al Qaim"],
    "Deir ez-Zor": ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir el-Zor",
                    "Deir Ez Zor", "Dair al-Zour"],
    "al-Hari": ["al-Harra", "al-Hari", "Hari", "Al-Hiri", "Al Harra"],
    "Hodeidah": ["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"],
    "Khan Younis": ["Khan Younis", "Khan Yunis", "Khan Younes"],
    "Jabalia": ["Jabalia", "Jabaliya", "Jabalya", "Jabalia refugee camp"],
    "Jurf al-Sakhar": ["Jurf al-Sakhar", "Jurf as-Sakhar", "Jurf Al Sakhar", "Jurf al-Nasr"],
    "Przewodów": ["Przewodów", "Przewodow"],
    "Masyaf": ["Masyaf", "Misyaf", "Massyaf"],
    "Nuseirat": ["Nuseirat", "Nusseirat", "the Nuseirat refugee camp"],
}


@pytest.mark.parametrize(("text", "name"),
                         [(v, name) for name, vs in FAMILIES.items() for v in vs])
def test_transliteration_family(places: PlaceGazetteer, text: str, name: str) -> None:
    loc = places.resolve(text)
    assert loc is not None and loc.name == name


@pytest.mark.parametrize(("text", "name", "precision", "country"), [
    ("al-Tanf", "al-Tanf base", "exact", "SY"),
    ("the al-Tanf border crossing", "al-Tanf border crossing", "exact", "SY"),
    ("T4 air base", "T4 air base", "exact", "SY"),
    ("the Tiyas airbase", "T4 air base", "exact", "SY"),
    ("Shayrat airbase", "Shayrat air base", "exact", "SY"),
    ("Mezzeh military airport", "Mezzeh air base", "exact", "SY"),
    ("Damascus airport", "Damascus International Airport", "exact", "SY"),
    ("Ain al-Asad air base", "Ain al-Asad air base", "exact", "IQ"),
    ("Erbil airport", "Erbil International Airport", "exact", "IQ"),
    ("Camp Taji", "Camp Taji", "exact", "IQ"),
    ("Tower 22", "Tower 22", "exact", "JO"),
    ("al-Ahli Arab hospital", "al-Ahli Arab Hospital", "exact", "PS"),
    ("Kramatorsk train station", "Kramatorsk railway station", "exact", "UA"),
    ("the Mariupol drama theater", "Mariupol drama theatre", "exact", "UA"),
    ("the port of Hodeidah", "Hodeidah port", "exact", "YE"),
    ("Sanaa airport", "Sanaa International Airport", "exact", "YE"),
    ("Homs province", "Homs province", "region", "SY"),
    ("Deir ez-Zor province", "Deir ez-Zor province", "region", "SY"),
    ("Anbar province", "Anbar province", "region", "IQ"),
    ("eastern Syria", "eastern Syria", "region", "SY"),
    ("the Golan Heights", "Golan Heights", "region", "SY"),
    ("the Iraqi border with Syria", "Iraq–Syria border region", "region", "SY"),
    ("Dahiyeh", "Dahiyeh", "town", "LB"),
    ("Beirut's southern suburbs", "Dahiyeh", "town", "LB"),
    ("Quneitra", "Quneitra", "town", "SY"),
    ("Olenivka", "Olenivka", "exact", "UA"),
])
def test_supplement(places: PlaceGazetteer, text: str, name: str, precision: str,
                    country: str) -> None:
    loc = places.resolve(text)
    assert loc is not None
    assert (loc.name, loc.precision, loc.country) == (name, precision, country)


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("al-Harra, southeast of Albu Kamal", "al-Hari", "town"),
    ("a village near Mosul", "Mosul", "town"),
    ("the town of Albu Kamal", "Albu Kamal", "town"),
    ("10 km southeast of Abu Kamal", "Albu Kamal", "town"),
    ("Idlib province", "Idlib province", "region"),
    ("northern Aleppo", "northern Aleppo", "region"),
    ("Syria", "Syria", "country"),
    ("Iraq", "Iraq", "country"),
    ("Mosoul", "Mosul", "town"),  # fuzzy near miss
    ("Kharkiv", "Kharkiv", "town"),
])
def test_phrases(places: PlaceGazetteer, text: str, name: str, precision: str) -> None:
    loc = places.resolve(text)
    assert loc is not None and (loc.name, loc.precision) == (name, precision)


def test_country_has_coordinates(places: PlaceGazetteer) -> None:
    loc = places.resolve("Syria")
    assert loc is not None and loc.lat is not None and loc.lon is not None
    assert 32 < loc.lat < 38 and 35 < loc.lon < 43


def test_hari_is_near_albu_kamal(places: PlaceGazetteer) -> None:
    hari, town = places.resolve("al-Harra"), places.resolve("Albu Kamal")
    assert hari is not None and town is not None
    assert distance_km(hari, town) < 15


def test_world_city_beats_alternate_name(places: PlaceGazetteer) -> None:
    loc = places.resolve("Minsk")
    assert loc is not None and loc.country == "BY"


def test_country_hint(places: PlaceGazetteer) -> None:
    loc = places.resolve("Tripoli", country_hint="LY")
    assert loc is not None and loc.country == "LY"


@pytest.mark.parametrize("text", ["", "a village", "the area", "Xqzvvy", "unidentified jets"])
def test_unknown(places: PlaceGazetteer, text: str) -> None:
    assert places.resolve(text) is None


def test_find(places: PlaceGazetteer) -> None:
    text = ("Police said jets hit al-Harra, southeast of Albu Kamal near the Iraqi border "
            "with Syria. Vladimir Putin spoke; Ali Hassan fled from Khan Younis to Rafah. "
            "The town of Hit in Anbar was quiet, residents told us.")
    found = {text[s:e]: loc.name for s, e, loc in places.find(text)}
    assert found["al-Harra"] == "al-Hari"
    assert found["Albu Kamal"] == "Albu Kamal"
    assert found["Iraqi border with Syria"] == "Iraq–Syria border region"
    assert found["Khan Younis"] == "Khan Younis"
    assert found["Hit"] == "Hīt"
    for word in ("Police", "Vladimir", "Ali", "Hassan", "us"):
        assert word not in found


def test_find_offsets_and_case(places: PlaceGazetteer) -> None:
    text = "A strike in Deir ez-Zor; a hit on a convoy; they hit back."
    spans = places.find(text)
    assert [(text[s:e], loc.name) for s, e, loc in spans] == [("Deir ez-Zor", "Deir ez-Zor")]



_LOCS = st.builds(Location, name=st.just("x"), lat=st.floats(-90, 90, allow_nan=False),
                  lon=st.floats(-180, 180, allow_nan=False))


@given(_LOCS, _LOCS)
def test_distance_symmetric(a: Location, b: Location) -> None:
    assert distance_km(a, b) == pytest.approx(distance_km(b, a), abs=1e-6)
    assert distance_km(a, a) == pytest.approx(0.0, abs=1e-6)
    assert 0 <= distance_km(a, b) <= 20_040


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([v for vs in FAMILIES.values() for v in vs]),
       st.sampled_from(["upper", "lower", "title", "same"]))
def test_resolve_case_invariant(places: PlaceGazetteer, text: str, how: str) -> None:
    changed = text if how == "same" else getattr(text, how)()
    assert places.resolve(changed) == places.resolve(text)


def test_distance_known() -> None:
    damascus = Location("Damascus", lat=33.51, lon=36.29)
    baghdad = Location("Baghdad", lat=33.34, lon=44.40)
    assert distance_km(damascus, baghdad) == pytest.approx(753, rel=0.02)
    assert distance_km(damascus, Location("nowhere")) == float("inf")
    assert PlaceGazetteer.distance_km(damascus, baghdad) == distance_km(damascus, baghdad)


@pytest.mark.parametrize(("text", "name"), [
    ("T4", "T4 air base"), ("T-4", "T4 air base"), ("Syria's T-4 airfield", "T4 air base"),
    ("the T-4 military airfield", "T4 air base"), ("Tayfur base", "T4 air base"),
    ("the T4 air base near Palmyra", "T4 air base"),  # the site before its landmark
])
def test_t4_family_and_site_before_landmark(places: PlaceGazetteer, text: str, name: str) -> None:
    loc = places.resolve(text)
    assert loc is not None and loc.name == name


def test_case_sensitive_short_site_names_are_found_only_as_written(places: PlaceGazetteer) -> None:
    text = "Missiles hit T4 overnight; a t4 engine was unharmed."
    assert [text[s:e] for s, e, _ in places.find(text)] == ["T4"]
