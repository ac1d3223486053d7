"""The review commands as a user runs them: token create, then review export --gold."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from fastapi.testclient import TestClient
from tests.cli_support import child_env, run_rashomon
from tests.report.ledger_fixtures import sample_ledger
from tests.web.ledger_db import write_ledger

from rashomon.web import create_app


def _rashomon(*args: str) -> subprocess.CompletedProcess[str]:
    env = child_env()
    env.pop("RASHOMON_TOKEN", None)
    return run_rashomon(*args, env=env, timeout=300)


def test_token_then_review_then_gold_export(tmp_path: Path) -> None:
    db = write_ledger(tmp_path / "r.db", sample_ledger())
    made = _rashomon("token", "create", "--name", "ana", "--db", str(db))
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    assert len(token) >= 40 and "shown once" in made.stderr
    with TestClient(create_app(db)) as client:
        r = client.post("/api/review/claims/c3", json={"killed": {"min": 16, "max": 16}, "why": "revised toll"},
                        headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
    gold = tmp_path / "gold.jsonl"
    out = _rashomon("review", "export", "--gold", str(gold), "--db", str(db))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1"]
    c3 = next(c for c in records[0]["claims"] if c["evidence"].startswith("The Hilal Brigade"))
    assert (c3["killed_min"], c3["killed_max"]) == (16, 16)
    # the other commands read the corrected ledger too
    shown = _rashomon("export", "--format", "json", "--db", str(db))
    doc = json.loads(shown.stdout)
    assert doc["reviews"][0]["why"] == "revised toll"
    assert next(c for c in doc["claims"] if c["id"] == "c3")["reviewed"] == ["killed"]


def test_review_commands_without_a_database_are_one_line(tmp_path: Path) -> None:
    for args in (("token", "create", "--name", "ana"), ("review", "export", "--gold", str(tmp_path / "g.jsonl"))):
        r = _rashomon(*args, "--db", str(tmp_path / "none.db"))
        assert r.returncode == 1 and "no ledger at" in r.stderr and "Traceback" not in r.stderr
        assert not (tmp_path / "none.db").exists()
