"""Every command that takes ``--db`` on a PostgreSQL store, as a user runs them; the sample
corpus analysed into PostgreSQL gives the ledger it gives into SQLite. (``watch`` into
PostgreSQL: tests/store/test_concurrent_writers.py.)"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.pg_support import PgServer
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.report.ledger_json import to_dict
from rashomon.sample import sample_corpus
from rashomon.types import Ledger
from rashomon.web import create_app

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sample-ledger")]  # shares the sample analysis


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def pg_sample(pg_server: PgServer, runner: CliRunner, tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[str, dict[str, Any]]:
    """The sample corpus analysed by ``rashomon analyze --db postgresql://…``: (URL, --json ledger)."""
    url = pg_server.new_database()
    out = tmp_path_factory.mktemp("pg") / "ledger.json"
    result = runner.invoke(app, ["analyze", str(sample_corpus()), "--db", url, "--json", str(out), "-q"])
    assert result.exit_code == 3, result.output  # 3: the French article is skipped, with its reason
    assert pg_server.password not in result.output
    return url, json.loads(out.read_text(encoding="utf-8"))


def _plain(ledger: Ledger) -> dict[str, Any]:
    return dict(json.loads(json.dumps(to_dict(ledger))))


def test_the_sample_into_postgresql_gives_the_ledger_of_sqlite(pg_sample: tuple[str, dict[str, Any]],
                                                              sample_ledger: Ledger, runner: CliRunner) -> None:
    url, analysed = pg_sample
    exported = runner.invoke(app, ["export", "--format", "json", "--db", url])
    assert exported.exit_code == 0, exported.output
    from_pg = json.loads(exported.output)
    in_sqlite = _plain(sample_ledger)  # the same corpus into SQLite (tests/conftest.py)
    assert len(in_sqlite["events"]) > 5 and any(e["disputes"] for e in in_sqlite["events"])
    # nothing of a run (ids, times) is in a ledger, so the two are equal as they are
    for key in ("articles", "claims", "events", "skipped", "generator"):
        assert from_pg[key] == in_sqlite[key], key
        assert analysed[key] == in_sqlite[key], key


def test_reading_commands(pg_sample: tuple[str, dict[str, Any]], runner: CliRunner, tmp_path: Path) -> None:
    url, ledger = pg_sample
    listed = runner.invoke(app, ["events", "--db", url])
    assert listed.exit_code == 0 and all(e["id"] in listed.output for e in ledger["events"])
    disputed = next(e for e in ledger["events"] if e["disputes"])
    shown = runner.invoke(app, ["show", disputed["id"], "--db", url])
    assert shown.exit_code == 0 and disputed["disputes"][0]["summary"][:30] in " ".join(shown.output.split())
    csv_out = tmp_path / "claims.csv"
    exported = runner.invoke(app, ["export", "--format", "csv", "-o", str(csv_out), "--db", url])
    assert exported.exit_code == 0
    with csv_out.open(encoding="utf-8", newline="") as fh:
        ids = [r["claim_id"] for r in csv.DictReader(fh) if r["claim_id"]]
    assert sorted(ids) == sorted(c["id"] for c in ledger["claims"])


def test_review_token_workbench_and_review_export(pg_sample: tuple[str, dict[str, Any]], runner: CliRunner,
                                                  tmp_path: Path) -> None:
    url, ledger = pg_sample
    made = runner.invoke(app, ["token", "create", "--name", "ana", "--db", url])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[-1]
    claim = next(c for c in ledger["claims"] if c["event_id"] and c["stance"] == "denies")
    with TestClient(create_app(url)) as client:
        assert client.get("/events").status_code == 200
        assert client.get(f"/api/events/{claim['event_id']}").json()["id"] == claim["event_id"]
        r = client.post(f"/api/review/claims/{claim['id']}", json={"stance": "confirms", "why": "on the record"},
                        headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        # the workbench sees its own write: PostgreSQL's change stamp moved
        claims = {c["id"]: c for c in client.get(f"/api/events/{claim['event_id']}/claims").json()}
        assert claims[claim["id"]]["stance"] == "confirms"
    gold = tmp_path / "gold.jsonl"
    exported = runner.invoke(app, ["review", "export", "--gold", str(gold), "--db", url])
    assert exported.exit_code == 0, exported.output
    assert [json.loads(x)["id"] for x in gold.read_text(encoding="utf-8").splitlines()] == [claim["article_id"]]


def test_reading_a_database_without_a_ledger(pg_server: PgServer, runner: CliRunner) -> None:
    url = pg_server.new_database()
    result = runner.invoke(app, ["events", "--db", url])
    assert result.exit_code == 1
    assert "no ledger at postgresql://rashomon@127.0.0.1" in result.output and "rashomon analyze" in result.output
    assert pg_server.password not in result.output
