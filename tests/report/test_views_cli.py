"""`rashomon events` and `rashomon export` on a stored ledger, in process (CliRunner): a bounded
page that says what it left out, the orders, usage errors, and a reviewed ledger (read whole,
with the reviewers' changes) next to an unreviewed one (read from SQL a page at a time)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.report.ledger_fixtures import sample_ledger
from tests.web.ledger_db import write_ledger
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.store import Store
from rashomon.store.review import record
from rashomon.types import Ledger


def _ledger() -> Ledger:
    """The sample ledger with four more events: dated, undated, with disputes and without."""
    ledger = sample_ledger()
    extra = [dataclasses.replace(ledger.events[1], id=f"e{i}", date=d, claim_ids=(), contradictions=(),
                                 disputes=ledger.events[0].disputes[: i % 2])
             for i, d in ((3, None), (4, "2021-07-04"), (5, "2019-11-30"), (6, "2022-01-15"))]
    return dataclasses.replace(ledger, events=(*ledger.events, *extra))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return write_ledger(tmp_path / "views.db", _ledger())


def _ids(output: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines() if line.strip().startswith("e") and
            line.split()[0].rstrip(",").startswith("e") and line.split()[0][1:].isdigit()]


@pytest.mark.parametrize(("args", "expected", "note"), [
    ([], ["e6", "e4", "e1", "e2", "e5", "e3"], False),  # newest first, undated last
    (["--limit", "2"], ["e6", "e4"], True),
    (["-n", "3", "--sort", "largest"], ["e1", "e6", "e5"], True),  # e1 has the claims; ties: latest linked first
    (["--sort", "disputed", "-n", "3"], ["e5", "e3", "e1"], True),  # one dispute each: latest linked first
    (["--all", "-n", "1"], ["e6", "e4", "e1", "e2", "e5", "e3"], False),
])
def test_events_lists_a_page_and_says_what_it_left_out(db: Path, args: list[str], expected: list[str],
                                                      note: bool) -> None:
    result = CliRunner().invoke(app, ["events", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    assert _ids(result.output) == expected
    assert ("showing" in result.output and f"of {len(_ledger().events)} events" in result.output) == note


def test_an_unknown_order_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--sort", "oldest"])
    assert result.exit_code == 2 and "oldest" in result.output and "Traceback" not in result.output


def test_a_reviewed_ledger_lists_and_exports_its_corrections(db: Path, tmp_path: Path) -> None:
    before = CliRunner().invoke(app, ["events", "--db", str(db), "--sort", "largest", "-n", "1"])
    assert "2/8" in before.output  # e1: two articles, eight claims
    with Store.open(db) as store:
        record(store, reviewer="ana", action="correct_claim", target={"claim": "c3"},
               before={}, after={"not_a_claim": True}, why="a general remark, not about the strike")
    after = CliRunner().invoke(app, ["events", "--db", str(db), "--sort", "largest", "-n", "1"])
    assert after.exit_code == 0 and "2/7" in after.output, after.output
    out = tmp_path / "x.json"
    exported = CliRunner().invoke(app, ["export", "-o", str(out), "--db", str(db)])
    assert exported.exit_code == 0, exported.output
    doc = json.loads(out.read_text("utf-8"))
    assert "c3" not in {c["id"] for c in doc["claims"]} and doc["reviews"][0]["why"].startswith("a general")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "geojson", "acled", "ucdp"])
def test_export_to_a_file_leaves_no_temporary_file(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"ledger.{fmt}"
    out.parent.mkdir()
    result = CliRunner().invoke(app, ["export", "-f", fmt, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.parent.iterdir()] == [out.name] and out.stat().st_size > 0
