"""Incident-derived villages (issue 10): the file's rules, its reader, and how the gazetteer
uses its places (below GeoNames, only where the article backs them)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.errors import ConfigError
from rashomon.gazetteer.incidents import (
    MIN_LETTERS,
    SPREAD_KM,
    Incident,
    IncidentPlace,
    derive,
    read_tsv,
    to_tsv,
)
from rashomon.gazetteer.place_data import read_incidents
from rashomon.gazetteer.places import PlaceGazetteer

TAG = "test-records@0000000"
# invented names (no GeoNames place has them) and one named like a Colombian town
FIXTURE = [
    IncidentPlace("Tell Qurnawi", "IQ.10", "IQ", 33.9, 44.9, 5, TAG),  # Diyala
    IncidentPlace("Tell Qurnawi", "IQ.01", "IQ", 33.4, 43.3, 1, TAG),  # Anbar
    IncidentPlace("Umm Shadirat", "IQ.18", "IQ", 34.5, 43.6, 2, TAG),  # Saladin
    IncidentPlace("Remedios", "IQ.13", "IQ", 35.3, 44.2, 3, TAG),  # Kirkuk; also a town of Colombia
]


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("incidents") / "places.tsv"
    path.write_text(to_tsv(FIXTURE, ["a fixture: invented villages"]), "utf-8")
    return path


@pytest.fixture(scope="module")
def small(fixture_file: Path) -> PlaceGazetteer:
    return PlaceGazetteer.load(incidents=fixture_file)


@pytest.fixture(scope="module")
def package() -> PlaceGazetteer:
    return PlaceGazetteer.load()


def found(places: PlaceGazetteer, text: str, name: str) -> list[tuple[str | None, float | None]]:
    """(country, lat) of each place found in ``text`` under ``name`` (the article's context)."""
    ctx = places.context(text)
    return [(h.location.country, h.location.lat) for h in places.find(text, ctx) if h.location.name == name]


# -- the reader ------------------------------------------------------------------------------

def test_the_fixture_reads_back(fixture_file: Path) -> None:
    assert read_incidents(fixture_file) == FIXTURE


@pytest.mark.parametrize(("text", "message"), [
    ("name\tlat\nX\t1\n", "header"),
    ("", "header"),
    ("name\tadmin1\tcountry\tlat\tlon\trows\tsource\nX\tIQ.01\tIQ\tnorth\t44\t1\tt\n", "bad row"),
    ("name\tadmin1\tcountry\tlat\tlon\trows\tsource\n\tIQ.01\tIQ\t33\t44\t1\tt\n", "no name"),
])
def test_a_bad_file_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, "utf-8")
    with pytest.raises(ConfigError, match=message):
        read_incidents(path)


def test_the_package_file_reads_and_says_its_source() -> None:
    rows = read_incidents(None)
    assert rows and all(r.source.startswith("gtd-iraq-incidents@") and r.country == "IQ" for r in rows)
    assert all((len(r.name) >= MIN_LETTERS or r.marked) and r.rows >= 1 for r in rows)
    keys = [(r.name, r.admin1) for r in rows]
    assert len(keys) == len(set(keys))


names = st.text(st.characters(categories=("L",), max_codepoint=0x24F), min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.builds(IncidentPlace, names, st.sampled_from(["IQ.01", "IQ.18", ""]), st.just("IQ"),
                          st.floats(-90, 90).map(lambda x: round(x, 4)),
                          st.floats(-180, 180).map(lambda x: round(x, 4)),
                          st.integers(1, 500), st.just(TAG), st.booleans()), max_size=8))
def test_the_file_format_round_trips(places: list[IncidentPlace]) -> None:
    assert read_tsv(to_tsv(places, ["comment"])) == places


# -- the rules -------------------------------------------------------------------------------

def rules(known: set[str] = frozenset(), words: set[str] = frozenset()  # type: ignore[assignment]
          ) -> dict[str, Callable[..., object]]:
    return {"describes": lambda w: w.lower() in {"district", "village", "area"},
            "is_word": lambda n: n.lower() in words,
            "known_near": lambda n, c, lat, lon: n in known,
            "admin1_of": lambda r, c, lat, lon: {"diyala": "IQ.10", "saladin": "IQ.18"}.get(r)}


def rec(name: str, region: str = "Diyala", lat: float = 34.0, lon: float = 44.5) -> Incident:
    return Incident(name, region, "IQ", lat, lon)


def run(incidents: list[Incident], **kw: set[str]) -> list[IncidentPlace]:
    return derive(incidents, source=TAG, **rules(**kw))[0]  # type: ignore[arg-type]


def test_records_of_one_village_make_one_place_at_their_median() -> None:
    # three records agree within a km, a fourth strays 30 km: the median does not move
    got = run([rec("Kafr Bulayqa", lat=34.0), rec("Kafr Bulayqa district", lat=34.005),
               rec("Kafr Bulayka", lat=34.01), rec("Kafr Bulayqa", lat=34.3)])
    assert [(p.name, p.admin1, p.rows) for p in got] == [("Kafr Bulayqa", "IQ.10", 4)]
    assert got[0].lat == pytest.approx(34.0075)


@pytest.mark.parametrize(("incidents", "kept"), [
    ([rec("Unknown"), rec("unknown")], []),  # no name
    ([rec("Hawija Town")], []),  # the gazetteer has it
    ([rec("Qaryat Dhiban", lat=34.0), rec("Qaryat Dhiban", lat=34.0 + 3 * SPREAD_KM / 111)], []),  # an area
    ([rec("Qaryat Dhiban", "Diyala"), rec("Qaryat Dhiban", "Saladin", lat=34.6)],
     [("Qaryat Dhiban", "IQ.10"), ("Qaryat Dhiban", "IQ.18")]),  # one name, two governorates
    ([rec("Albu Tawariq", "Nowhere")], [("Albu Tawariq", "")]),  # a region the gazetteer lacks
    # one village at one point, its records giving two governorates: the one most records give
    ([rec("Qaryat Dhiban", "Saladin"), rec("Qaryat Dhiban", "Diyala"), rec("Qaryat Dhiban", "Diyala")],
     [("Qaryat Dhiban", "IQ.10")]),
    ([rec("Qaryat Dhiban", "Saladin", lat=34.02), rec("Qaryat Dhiban", "Saladin"), rec("Qaryat Dhiban", "Diyala")],
     [("Qaryat Dhiban", "IQ.18")]),
])
def test_each_rule(incidents: list[Incident], kept: list[tuple[str, str]]) -> None:
    got = run(incidents, known={"Hawija Town"}, words={"orchard"})
    assert [(p.name, p.admin1) for p in got] == kept
    assert not any(p.marked for p in got)


@pytest.mark.parametrize(("name", "marked"), [
    ("Zab", True),  # short: a place only where the text marks it as one
    ("Al-Bah", True),  # short without its article
    ("Orchard", True),  # a word
    ("Orchard Hill", False),  # a name of two words is no word
    ("Qaryat Dhiban", False),
])
def test_words_and_short_names_are_kept_marked(name: str, marked: bool) -> None:
    got = run([rec(name)], words={"orchard"})
    assert [(p.name, p.marked) for p in got] == [(name, marked)]


def test_a_file_without_the_marked_column_reads_unmarked(tmp_path: Path) -> None:
    path = tmp_path / "old.tsv"
    path.write_text("name\tadmin1\tcountry\tlat\tlon\trows\tsource\nKafr Tala\tIQ.10\tIQ\t34\t45\t2\tt\n", "utf-8")
    assert read_incidents(path) == [IncidentPlace("Kafr Tala", "IQ.10", "IQ", 34.0, 45.0, 2, "t", False)]
    path.write_text(to_tsv(FIXTURE).replace("\t0\n", "\tyes\n", 1), "utf-8")
    with pytest.raises(ConfigError, match="bad row"):
        read_incidents(path)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Tell Qurnawi", "Umm Shadirat", "Albu Tawariq", "Zab"]),
                          st.sampled_from(["Diyala", "Saladin"]), st.floats(33.0, 36.0), st.floats(42.0, 46.0)),
                min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_the_places_do_not_depend_on_the_order_of_the_records(
        rows: list[tuple[str, str, float, float]], rng: random.Random) -> None:
    incidents = [rec(*row) for row in rows]
    shuffled = incidents[:]
    rng.shuffle(shuffled)
    assert to_tsv(run(incidents)) == to_tsv(run(shuffled))


# -- the gazetteer ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lat"), [
    ("Gunmen ambushed a convoy of farmers near Tell Qurnawi in Iraq's Diyala province on Monday.", 33.9),
    ("A roadside bomb struck a police patrol in Tell Qurnawi, Anbar governorate, Iraq.", 33.4),
    ("Residents of Umm Shadirat, north of Baghdad, fled as fighting spread.", 34.5),
])
def test_a_village_of_the_file_in_an_iraqi_story(small: PlaceGazetteer, text: str, lat: float) -> None:
    assert found(small, text, "Tell Qurnawi" if "Qurnawi" in text else "Umm Shadirat") == [("IQ", lat)]


@pytest.mark.parametrize("text", [
    "A festival in Tell Qurnawi drew crowds from across Sudan, organisers in Khartoum said.",
    "Soldiers in Myanmar's Sagaing region burned homes in Umm Shadirat, villagers said.",
    "Tell Qurnawi is a name.",  # no country at all
    "Militias clashed near Tell Qurnawi, in Iraq's Nineveh governorate.",  # another governorate
    "Iraqi troops said mortar fire hit Tell Qurnawi overnight.",  # two of the name, no region: which?
])
def test_the_name_elsewhere_is_no_iraqi_village(small: PlaceGazetteer, text: str) -> None:
    name = "Tell Qurnawi" if "Qurnawi" in text else "Umm Shadirat"
    assert found(small, text, name) == []
    ctx = small.context(text)
    assert small.resolve(name, context=ctx) is None


@pytest.mark.parametrize(("text", "country"), [
    ("ELN rebels attacked a police station in Remedios, in Colombia's Antioquia department.", "CO"),
    ("Dissident FARC fighters were seen near Remedios, the Colombian army said.", "CO"),
    ("A roadside bomb struck a patrol in Remedios, Kirkuk, Iraq.", "IQ"),
])
def test_a_real_place_elsewhere_keeps_its_name(small: PlaceGazetteer, text: str, country: str) -> None:
    ctx = small.context(text)
    loc = small.resolve("Remedios", context=ctx)
    assert loc is not None and loc.country == country
    if country != "IQ":
        assert small.origin(loc) is None


def test_the_file_adds_no_ruler_pattern_and_says_its_source(small: PlaceGazetteer) -> None:
    ids = {p["id"] for p in small.patterns()}
    assert "Tell Qurnawi" not in ids and "Umm Shadirat" not in ids
    text = "Gunmen ambushed farmers near Umm Shadirat in Iraq's Saladin province."
    hit = next(h for h in small.find(text, small.context(text)) if h.location.name == "Umm Shadirat")
    assert small.origin(hit.location) == TAG
    baghdad = small.resolve("Baghdad")
    assert baghdad is not None and small.origin(baghdad) is None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Islamic State fighters shelled Saba al-Bor, a village north of Baghdad, Iraqi police said.",
     "Saba al-Bor", "IQ"),
    ("An Iraqi army patrol found a weapons cache in Mutaybijah, in Saladin governorate.", "Mutaybijah", "IQ"),
    ("Kurdish forces in Iraq cleared mines around Sulayman Beg on Sunday.", "Sulayman Beg", "IQ"),
])
def test_the_package_villages_in_iraqi_stories(package: PlaceGazetteer, text: str, name: str,
                                               country: str) -> None:
    hits = [h for h in package.find(text, package.context(text)) if h.location.name == name]
    assert [h.location.country for h in hits] == [country]
    assert (package.origin(hits[0].location) or "").startswith("gtd-iraq-incidents@")


@pytest.mark.parametrize(("text", "name"), [
    ("Jihadists raided Madain, a hamlet of Mopti region in Mali, and stole cattle.", "Madain"),
    ("Sudanese refugees crossing into Chad said Dhuluiya was emptied by the fighting.", "Dhuluiya"),
    ("M23 rebels in the Democratic Republic of Congo entered Jalawla, a local chief said.", "Jalawla"),
])
def test_the_package_villages_stay_in_iraq(package: PlaceGazetteer, text: str, name: str) -> None:
    ctx = package.context(text)
    assert all(h.location.country != "IQ" for h in package.find(text, ctx))
    loc = package.resolve(name, context=ctx)
    assert loc is None or loc.country != "IQ"
