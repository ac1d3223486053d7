"""GTD runner helpers on rows and ledgers written for these tests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from rashomon.measure import gtd
from rashomon.measure.targets import target


@pytest.mark.parametrize(("summary", "city", "named"), [
    ("04/02/2014: A car bomb went off beside a bus station in Tuz Khurmatu town, Iraq.", "Tuz Khurmatu", True),
    ("A mortar round fell on a school in al-Qa'im district.", "Al-Qa'im", True),  # case and punctuation
    ("Gunmen stormed a checkpoint south of Samarra city.", "Samarra", True),
    ("Gunmen stormed a checkpoint south of Samarrah city.", "Samarra", False),  # a word, not a prefix
    ("An explosive device hit a patrol in Diyala governorate.", "Baqubah", False),
    ("An explosive device hit a patrol near the town.", "Unknown", False),  # GTD's placeholder
    ("Shells struck Kadugli, South Kordofan.", "Kádugli", True),  # accents folded
])
def test_names_city(summary: str, city: str, named: bool) -> None:
    assert gtd.names_city(summary, city) is named


@pytest.mark.parametrize(("source_text", "negated"), [
    ("No group", True), ("no group", True), ("None of the factions", True), ("Nobody", True),
    ("Neither side", True), ("No one", True), ("not a single militia", True),
    ("Notable elders", False), ("Nonviolent activists", False), ("the army", False),
    ("Northern Alliance", False), ("", False),
])
def test_negated_source(source_text: str, negated: bool) -> None:
    assert gtd.negated_source({"source": {"text": source_text, "name": source_text}}) is negated


@pytest.mark.parametrize(("figure", "value", "expected"), [
    ({"min": 4, "max": 4}, 4.0, True),
    ({"min": 4, "max": 6}, 4.0, False),
    ({"min": None, "max": 4}, 4.0, False),  # "up to 4" is not exactly 4
    ({"min": None, "max": None}, 0.0, True),  # nothing reported matches GTD's 0
    (None, 0.0, True),
    (None, 3.0, False),
    ({"min": 0, "max": 0}, 0.0, True),
    ({"min": 2, "max": 2}, None, False),  # no value in the row: never a match
])
def test_exact(figure: dict[str, Any] | None, value: float | None, expected: bool) -> None:
    assert gtd.exact(figure, value) is expected


def _row(city: str, summary: str, lat: str, lon: str, killed: str, wounded: str) -> dict[str, str]:
    return {"city": city, "summary": summary, "latitude": lat, "longitude": lon, "killed": killed,
            "wounded": wounded, "country": "Iraq", "date": "2015-03-02"}


def _ledger(aid: str, lat: float | None, lon: float | None, killed: dict[str, Any] | None,
            sources: list[str]) -> dict[str, Any]:
    event = {"id": f"ev-{aid}", "article_ids": [aid], "killed": killed, "injured": None,
             "location": {"name": "x", "country": "IQ", "lat": lat, "lon": lon}}
    claims = [{"id": f"{aid}:c{n}", "article_id": aid, "event_id": event["id"],
               "source": {"name": s, "text": s}} for n, s in enumerate(sources)]
    return {"events": [event], "claims": claims}


def test_alone_figures_count_each_rule() -> None:
    rows = [
        (0, _row("Hit", "A bomb went off in Hit city, Anbar. Two people died. No group claimed it.",
                 "33.64", "42.83", "2.0", "0.0")),
        (1, _row("Baiji", "Fighters attacked a refinery near Baiji. Nobody was hurt.", "34.93", "43.49",
                 "0.0", "0.0")),
        (2, _row("Unknown", "A roadside bomb hit a convoy in Salah ad Din.", "34.5", "43.5", "1.0", "3.0")),
    ]
    ledgers = {
        "gtd-0": _ledger("gtd-0", 33.64, 42.90, {"min": 2, "max": 2}, ["No group", "police"]),  # ~6.5 km
        "gtd-1": _ledger("gtd-1", 35.47, 44.39, None, []),  # ~100 km off, no figure: 0 killed matches
        "gtd-2": _ledger("gtd-2", None, None, {"min": 1, "max": None}, []),
    }
    figs, details = gtd.alone_figures(rows, ledgers)
    by_key = {f.key: f for f in figs}
    assert details["named_city"] == 2
    assert by_key["within_25km"].text == "0.500 (1/2)"
    assert by_key["country"].value == 1.0
    assert by_key["killed_exact"].text == "0.667 (2/3)"
    assert by_key["injured_exact"].text == "0.667 (2/3)"
    assert by_key["no_group_sources"].value == 1
    assert by_key["no_group_sources"].target == target("gtd", "no_group_sources")


def test_joint_figures_count_pairs_and_other_cities() -> None:
    rows = [(0, _row("Hit", "", "", "", "0", "0")), (1, _row("Hit", "", "", "", "0", "0")),
            (2, _row("Rawa", "", "", "", "0", "0"))]
    ledger = {"events": [{"id": "e1", "article_ids": ["gtd-0", "gtd-1", "gtd-2"]}]}
    figs, details = gtd.joint_figures(rows, ledger)
    assert figs[0].value == 3
    assert details["pairs_other_city"] == 2
    assert figs[0].text == "3 (2 in different cities; 1 events)"


def test_row_document_uses_the_row_date_and_the_summary_verbatim() -> None:
    row = _row("Hit", "03/02/2015: A bomb went off in Hit.", "", "", "0", "0")
    doc = gtd.row_document(7, row)
    assert (doc.id, doc.text, doc.published, doc.title) == ("gtd-7", row["summary"], "2015-03-02", None)


@pytest.mark.parametrize(("named", "near", "known_km", "cause"), [
    (False, False, None, None),  # not a named row: no miss
    (True, True, 80.0, None),  # a hit whatever the gazetteer knows
    (True, False, 0.0, "resolution"),  # the place is there; another was chosen
    (True, False, 25.0, "resolution"),
    (True, False, 40.0, "far"),  # "Tikrit district" written by its seat, 40 km from the row
    (True, False, None, "unknown"),  # a village in no source
])
def test_miss_cause(named: bool, near: bool, known_km: float | None, cause: str | None) -> None:
    assert gtd.miss_cause(named, near, known_km) == cause


def test_known_place_splits_misses_into_absent_and_resolution() -> None:
    """Rows whose city the gazetteer lacks near the row's coordinates are misses no resolution
    can fix ("absent"); a miss on a known place is the resolver's ("resolution")."""
    rows = [
        (0, _row("Kosti", "Shells hit the market in Kosti town, White Nile.", "13.16", "32.66", "0", "0")),
        (1, _row("Abu Naama", "Militia fighters raided Abu Naama village, Sennar.", "12.73", "34.13", "0", "0")),
        (2, _row("Sinja district", "A drone struck a convoy in Sinja district, Sennar.", "13.15", "33.93", "0", "0")),
        (3, _row("Rabak", "A drone struck a depot in Rabak.", "13.18", "32.74", "0", "0")),
    ]
    ledgers = {
        "gtd-0": _ledger("gtd-0", 13.16, 32.66, None, []),  # on Kosti
        "gtd-1": _ledger("gtd-1", 13.50, 33.60, None, []),  # the region's centre, ~100 km off
        "gtd-2": _ledger("gtd-2", 12.40, 33.50, None, []),  # another town, ~95 km off
        "gtd-3": _ledger("gtd-3", 13.16, 32.66, None, []),  # Kosti for Rabak: ~9 km, a hit
    }
    known_at = {"Kosti": 0.0, "Sinja district": 3.0, "Rabak": 1.0}  # Abu Naama: not in the gazetteer
    seen: list[str] = []

    def known(city: str, lat: float, lon: float) -> float | None:
        seen.append(city)
        return known_at.get(city)

    figs, details = gtd.alone_figures(rows, ledgers, known)
    by_key = {f.key: f for f in figs}
    assert by_key["within_25km"].text == "0.500 (2/4)"
    assert by_key["within_25km_known"].text == "0.667 (2/3)"
    assert by_key["within_25km_known"].target is None
    assert [r["miss"] for r in details["rows"]] == [None, "absent", "resolution", None]
    assert [r["cause"] for r in details["rows"]] == [None, "unknown", "resolution", None]
    assert details["miss_causes"] == {"resolution": 1, "unknown": 1}
    assert [r["known_km"] for r in details["rows"]] == [0.0, None, 3.0, 1.0]
    assert seen == ["Kosti", "Abu Naama", "Sinja district", "Rabak"]
    figs, _ = gtd.alone_figures(rows, ledgers)  # without a gazetteer: no diagnostic figure
    assert "within_25km_known" not in {f.key for f in figs}


def test_hits_on_incident_derived_villages_are_counted() -> None:
    """The figure says how many of its hits rest on data/incident_places.tsv: a hit whose
    event place the gazetteer traces to that file counts, a miss on it or a hit elsewhere not."""
    rows = [
        (0, _row("Umm Dabakir", "Gunmen shot two herders in Umm Dabakir village, Kordofan.", "12.10", "30.40",
                 "2", "0")),
        (1, _row("Kadugli", "Shells fell on Kadugli market.", "11.01", "29.72", "1", "4")),
        (2, _row("Tawila", "A drone hit a camp outside Tawila, North Darfur.", "13.53", "24.93", "0", "0")),
    ]
    ledgers = {
        "gtd-0": _ledger("gtd-0", 12.10, 30.40, None, []),  # on the file's village: a hit from it
        "gtd-1": _ledger("gtd-1", 11.01, 29.72, None, []),  # a GeoNames town: a hit, not from it
        "gtd-2": _ledger("gtd-2", 14.20, 25.60, None, []),  # the file's village ~100 km off: a miss
    }
    from_file = {(12.10, 30.40), (14.20, 25.60)}

    def origin(loc: Mapping[str, Any]) -> str | None:
        return "test@0" if (loc.get("lat"), loc.get("lon")) in from_file else None

    figs, details = gtd.alone_figures(rows, ledgers, origin=origin)
    by_key = {f.key: f for f in figs}
    assert by_key["within_25km"].text == "0.667 (2/3)"
    assert (by_key["within_25km_incident"].value, by_key["within_25km_incident"].text) == (1, "1 of 2")
    assert [r["place_origin"] for r in details["rows"]] == ["test@0", None, "test@0"]
    assert "within_25km_incident" not in {f.key for f in gtd.alone_figures(rows, ledgers)[0]}


@pytest.mark.parametrize(("city", "lat", "lon", "within"), [
    ("Kosti", 13.16, 32.66, 5.0),  # Sudan, by its main name
    ("Kosti district", 13.16, 32.66, 5.0),  # the closing "district" is dropped
    ("Mandalay", 21.97, 96.08, 5.0),  # Myanmar
    ("Qwxzzyq", 13.16, 32.66, None),  # no such place anywhere
])
def test_gazetteer_km_measures_to_the_nearest_place_of_that_name(
        city: str, lat: float, lon: float, within: float | None) -> None:
    from rashomon.gazetteer import PlaceGazetteer
    dist = gtd.gazetteer_km(PlaceGazetteer.load())(city, lat, lon)
    assert (dist is None) if within is None else (dist is not None and dist <= within)
