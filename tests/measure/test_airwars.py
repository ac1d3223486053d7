"""Airwars runner helpers on rows and ledgers written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.measure import airwars


@pytest.mark.parametrize(("assessment", "expected"), [
    ("A shell hit a clinic in Kadugli.Two patients died., SummaryStrike statusLikely strikeStrike typeShelling",
     "A shell hit a clinic in Kadugli.Two patients died."),
    ("Drones struck a market in Sittwe. , Summary Strike status Contested strike",
     "Drones struck a market in Sittwe."),
    ("The Summary of the report named no perpetrator.", "The Summary of the report named no perpetrator."),
    ("No box at all.", "No box at all."),
    # only the first box counts: a second flattened copy follows the first
    ("Text., SummaryStrike statusA, Strike statusB, SummaryStrike statusC", "Text."),
])
def test_narrative_cuts_before_the_summary_box(assessment: str, expected: str) -> None:
    assert airwars.narrative(assessment) == expected


@pytest.mark.parametrize(("text", "iso"), [
    ("october-7-2023", "2023-10-07"), ("may-31-2024", "2024-05-31"), ("february-29-2024", "2024-02-29"),
    ("february-30-2024", None), ("", None), ("2024-05-31", None),
])
def test_incident_date(text: str, iso: str | None) -> None:
    assert airwars.incident_date(text) == iso


@pytest.mark.parametrize(("text", "expected"), [
    ("4", (4, 4)), ("3 – 7", (3, 7)), ("3–7", (3, 7)), ("10 - 12", (10, 12)), ("0", (0, 0)),
    ("Unknown", None), ("", None), ("NA", None),
])
def test_killed_range(text: str, expected: tuple[int, int] | None) -> None:
    assert airwars.killed_range(text) == expected


@pytest.mark.parametrize(("figure", "expected"), [
    ({"min": 3, "max": 7}, (3, 7)), ({"min": 5, "max": None}, (5, 5)), ({"min": None, "max": 9}, (9, 9)),
    ({"min": None, "max": None}, None), (None, None),
])
def test_event_range(figure: dict[str, Any] | None, expected: tuple[int, int] | None) -> None:
    assert airwars.event_range(figure) == expected


@pytest.mark.parametrize(("pred", "gold", "covered"), [
    ((3, 7), (3, 7), True), ((2, 9), (3, 7), True), ((4, 9), (3, 7), False), ((3, 6), (3, 7), False),
    ((5, 5), (5, 5), True), (None, (1, 1), False),
])
def test_covers(pred: tuple[int, int] | None, gold: tuple[int, int], covered: bool) -> None:
    assert airwars.covers(pred, gold) is covered


@pytest.mark.parametrize(("row", "expected"), [
    ({"lat": "31.5", "long": "34.4", "lon": "NA"}, (31.5, 34.4)),
    ({"lat": "31.5", "long": "NA", "lon": "34.4"}, (31.5, 34.4)),
    ({"lat": "NA", "long": "NA", "lon": "NA"}, None),
])
def test_coordinates(row: dict[str, str], expected: tuple[float, float] | None) -> None:
    assert airwars.coordinates(row) == expected


def _row(code: str, status: str, killed: str, lat: str = "NA", lon: str = "NA") -> dict[str, str]:
    return {"Incidence_id": code, "Strike status": status, "Civilians reported killed": killed,
            "lat": lat, "long": lon, "lon": "NA", "Incidence_date": "june-3-2024",
            "Airwars_assessment": f"Narrative of {code}., SummaryStrike status{status}"}


def test_select_samples_rows_with_a_known_toll_and_adds_every_contested_row() -> None:
    rows = [_row(f"r{i}", "Likely strike", "Unknown" if i % 3 == 0 else "2") for i in range(30)]
    rows += [_row("c1", airwars.CONTESTED, "Unknown"), _row("c2", airwars.CONTESTED, "1")]
    sampled, contested = airwars.select(rows, 5)
    assert len(sampled) == 5 and sampled == sorted(sampled)
    assert all(airwars.killed_range(rows[i]["Civilians reported killed"]) for i in sampled)
    assert contested == [30, 31]
    assert airwars.select(rows, 5) == (sampled, contested)


def _ledger(aid: str, killed: dict[str, Any] | None, status: str, lat: float | None = None,
            lon: float | None = None) -> dict[str, Any]:
    return {"events": [{"id": "e", "article_ids": [aid], "killed": killed,
                        "perpetrator": {"status": status},
                        "location": {"name": "x", "lat": lat, "lon": lon}}], "claims": []}


def test_alone_figures() -> None:
    rows = [_row("a", "Likely strike", "3 – 7", "31.50", "34.46"), _row("b", "Likely strike", "2"),
            _row("c", airwars.CONTESTED, "1", "31.30", "34.25"), _row("d", airwars.CONTESTED, "Unknown")]
    ledgers = {
        "airwars-a": _ledger("airwars-a", {"min": 3, "max": 7}, "alleged", 31.52, 34.45),  # ~2.4 km
        "airwars-b": _ledger("airwars-b", {"min": 1, "max": 4}, "alleged"),  # covers 2, not equal
        "airwars-c": _ledger("airwars-c", None, "contested", 31.50, 34.46),
        "airwars-d": _ledger("airwars-d", None, "acknowledged"),
    }
    figs, details = airwars.alone_figures(rows, [0, 1], [2, 3], ledgers)
    by_key = {f.key: f for f in figs}
    assert by_key["within_10km"].text == "1.000 (1/1)"  # row b has no coordinates
    assert by_key["killed_equal"].text == "0.500 (1/2)"
    assert by_key["killed_covers"].text == "1.000 (2/2)"
    assert by_key["contested"].value == 1 and by_key["contested"].text == "1 of 2"
    assert details["contested_status"] == {"c": "contested", "d": "acknowledged"}


def test_row_document_is_the_narrative_dated_by_the_incident() -> None:
    doc = airwars.row_document(_row("z9", "Likely strike", "1"))
    assert (doc.id, doc.text, doc.published) == ("airwars-z9", "Narrative of z9.", "2024-06-03")
