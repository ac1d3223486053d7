"""Exports: CSV (ACLED-like, formula-safe), JSONL records, JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.report.ledger_fixtures import hostile_ledger, sample_ledger

from rashomon.errors import ConfigError
from rashomon.report.export import CSV_COLUMNS, export, guard_cell, write_export
from rashomon.report.ledger_json import to_dict


def _csv(ledger_fn: object = sample_ledger) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    export(ledger_fn(), "csv", out)  # type: ignore[operator]
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_csv_shape() -> None:
    rows = _csv()
    assert tuple(rows[0]) == CSV_COLUMNS
    # 8 claims of e1, one empty row for the claimless e2, the unlinked claim c8
    assert len(rows) == 10
    assert [r["event_id"] for r in rows].count("e1") == 8
    e2 = next(r for r in rows if r["event_id"] == "e2")
    assert e2["source"] == "" and e2["event_type"] == "shelling" and e2["lat"] == ""
    c3 = next(r for r in rows if r["evidence"].startswith("The Hilal Brigade"))
    assert (c3["killed_min"], c3["killed_max"]) == ("14", "14")
    assert (c3["event_date"], c3["location"], c3["country"]) == ("2020-03-10", "Qasr Hilal", "IQ")
    assert (c3["lat"], c3["lon"]) == ("34.125", "41.25")
    assert c3["outlet"] == "Northern Ledger" and c3["url"].startswith("https://")
    assert c3["hedged"] == "false" and c3["stance"] == "asserts"
    unlinked = rows[-1]
    assert unlinked["event_id"] == "" and unlinked["source"] == "planning minister"


def test_csv_guards_against_formulas() -> None:
    rows = _csv(hostile_ledger)
    formula = next(r for r in rows if r["article_id"] == "x1" and r["source_kind"] == "person")
    assert formula["source"] == "'=HYPERLINK(1)"
    assert formula["evidence"] == "'=cmd|' /C calc'!A0"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


@pytest.mark.parametrize(("value", "cell"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("plain", "plain"), (None, ""), (True, "true"), (-3, "-3"),
    (-41.25, "-41.25"), ("", ""),
])
def test_guard_cell(value: object, cell: str) -> None:
    assert guard_cell(value) == cell


def test_jsonl_records() -> None:
    ledger = sample_ledger()
    out = io.StringIO()
    export(ledger, "jsonl", out)
    lines = out.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == (len(ledger.articles) + len(ledger.claims) + len(ledger.events)
                            + len(ledger.skipped)) == 14
    kinds = [r["record"] for r in records]
    assert kinds == ["article"] * 2 + ["claim"] * 9 + ["event"] * 2 + ["skipped"]
    data = to_dict(ledger)
    claim = records[2]
    assert {k: v for k, v in claim.items() if k != "record"} == data["claims"][0]
    assert records[-1] == {"record": "skipped", **data["skipped"][0]}


def test_json_export_is_the_contract() -> None:
    out = io.StringIO()
    export(sample_ledger(), "json", out)
    assert json.loads(out.getvalue()) == to_dict(sample_ledger())


def test_write_export(tmp_path: Path) -> None:
    path = tmp_path / "ledger.csv"
    write_export(sample_ledger(), path, "csv")
    text = path.read_bytes().decode("utf-8")
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.csv"]


def test_unknown_format() -> None:
    with pytest.raises(ConfigError, match="unknown export format"):
        export(sample_ledger(), "xml", io.StringIO())  # type: ignore[arg-type]
