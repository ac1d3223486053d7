"""GeoJSON, ACLED-style and UCDP-style exports of the hand-made ledgers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.report.ledger_fixtures import hostile_ledger, sample_ledger

from rashomon.reconcile.casualties import render
from rashomon.report.export import export
from rashomon.report.field_formats import (
    ACLED_COLUMNS,
    UCDP_COLUMNS,
    UNIDENTIFIED,
    actors,
    lowest_credible,
    parse_figure,
    ucdp_deaths,
)
from rashomon.types import Figure, Ledger, PerpetratorSummary


def _export(fmt: str, ledger: Ledger | None = None) -> str:
    out = io.StringIO(newline="")
    export(ledger or sample_ledger(), fmt, out)  # type: ignore[arg-type]
    return out.getvalue()


def _rows(fmt: str, ledger: Ledger | None = None) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_export(fmt, ledger), newline="")))


def test_geojson_is_an_rfc7946_feature_collection() -> None:
    doc = json.loads(_export("geojson"))
    assert doc["type"] == "FeatureCollection"
    # e1 has coordinates; e2 (a region without coordinates) is listed, not dropped
    assert [f["id"] for f in doc["features"]] == ["e1"]
    assert doc["unplaced"] == ["e2"]
    feature = doc["features"][0]
    assert feature["type"] == "Feature"
    # RFC 7946: [longitude, latitude]
    assert feature["geometry"] == {"type": "Point", "coordinates": [41.25, 34.125]}
    props = feature["properties"]
    assert (props["type"], props["date"], props["date_precision"]) == ("airstrike", "2020-03-10", "day")
    assert props["perpetrator_status"] == "contested"
    assert (props["killed_min"], props["killed_max"]) == (9, 31)
    assert props["disputes"] and props["articles"] == 2
    assert props["sources"] == 5  # agency, brigade, coalition, observatory, Tamara officials


def test_acled_row_follows_the_codebook() -> None:
    rows = _rows("acled")
    assert tuple(rows[0]) == ACLED_COLUMNS
    e1 = next(r for r in rows if r["event_id_cnty"] == "e1")
    assert (e1["event_date"], e1["year"], e1["time_precision"]) == ("2020-03-10", "2020", "1")
    assert (e1["event_type"], e1["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert e1["country"] == "Iraq" and e1["location"] == "Qasr Hilal" and e1["geo_precision"] == "1"
    assert (e1["latitude"], e1["longitude"]) == ("34.125", "41.25")
    # contested perpetrator: ACLED codes an unidentified actor and keeps the dispute in notes
    assert e1["actor1"] == UNIDENTIFIED
    # lowest credible figure: the monitor's lower bound 9, not the brigade's 14
    assert e1["fatalities"] == "9"
    assert "Hilal Brigade 14" in e1["notes"] and "Riverside Observatory 9–31" in e1["notes"]
    assert "denied by Coalition" in e1["notes"]
    assert e1["source"] == "Northern Ledger; Monitor Daily"
    e2 = next(r for r in rows if r["event_id_cnty"] == "e2")
    assert e2["fatalities"] == "0" and e2["time_precision"] == "3" and e2["geo_precision"] == "3"
    assert e2["latitude"] == "" and e2["actor1"] == ""


def test_ucdp_row_gives_low_best_high() -> None:
    rows = _rows("ucdp")
    assert tuple(rows[0]) == UCDP_COLUMNS
    e1 = next(r for r in rows if r["id"] == "e1")
    # sources: 14 and 9–31 → low 9, high 31, best = median_low(14, 9) = 9
    assert (e1["deaths_low"], e1["deaths_best"], e1["deaths_high"]) == ("9", "9", "31")
    assert e1["where_prec"] == "2" and e1["date_prec"] == "1" and e1["number_of_sources"] == "2"
    e2 = next(r for r in rows if r["id"] == "e2")
    assert (e2["deaths_low"], e2["deaths_best"], e2["deaths_high"]) == ("", "", "")


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
def test_field_csvs_are_formula_safe(fmt: str) -> None:
    for row in _rows(fmt, hostile_ledger()):
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value


def test_geojson_keeps_hostile_text_as_data() -> None:
    doc = json.loads(_export("geojson", hostile_ledger()))
    assert doc["features"] == [] and doc["unplaced"] == ["x-e1"]


@pytest.mark.parametrize(("value", "figure"), [
    (22, Figure(22, 22)), ("22", Figure(22, 22)), ("up to 52", Figure(None, 52)),
    ("at least 13", Figure(13, None)), ("13–46", Figure(13, 46)), ("13-46", Figure(13, 46)),
    ("unspecified", None), ("dozens", None),
])
def test_parse_figure(value: int | str, figure: Figure | None) -> None:
    assert parse_figure(value) == figure


figures = st.builds(
    Figure,
    st.one_of(st.none(), st.integers(0, 5000)),
    st.one_of(st.none(), st.integers(0, 5000)),
).filter(lambda f: f.min is None or f.max is None or f.min <= f.max)


@given(figures)
def test_parse_figure_inverts_the_reconcile_renderer(fig: Figure) -> None:
    rendered = render(fig)
    assert parse_figure(rendered) == (None if fig.min is None and fig.max is None else fig)


@given(st.dictionaries(st.text(min_size=1, max_size=8), figures.map(render), max_size=6))
def test_ucdp_deaths_are_ordered_and_fatalities_is_the_lowest(by_source: dict[str, int | str]) -> None:
    deaths = ucdp_deaths(by_source)
    if deaths is None:
        assert lowest_credible(by_source) == 0
        return
    low, best, high = deaths
    assert 0 <= low <= best <= high
    assert lowest_credible(by_source) >= low


@pytest.mark.parametrize(("perp", "actor"), [
    (PerpetratorSummary(alleged=("RSF",), status="alleged"), "RSF"),
    (PerpetratorSummary(alleged=("Tatmadaw",), acknowledged_by=("Tatmadaw",), status="acknowledged"),
     "Tatmadaw"),
    (PerpetratorSummary(alleged=("M23", "FARDC"), status="alleged"), UNIDENTIFIED),
    (PerpetratorSummary(alleged=("JNIM",), denied_by=("JNIM",), status="contested"), UNIDENTIFIED),
    (PerpetratorSummary(), ""),
])
def test_acled_actor1(perp: PerpetratorSummary, actor: str) -> None:
    assert actors(perp) == actor
