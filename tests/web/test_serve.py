"""`rashomon serve` as a user runs it: a real server process on loopback, then HTTP requests."""

from __future__ import annotations

from pathlib import Path

import httpx
from tests.cli_support import run_rashomon
from tests.report.ledger_fixtures import sample_ledger
from tests.web.ledger_db import write_ledger

from rashomon.web.load import ServedProcess


def test_serve_answers_pages_and_api(tmp_path: Path) -> None:
    served = ServedProcess(write_ledger(tmp_path / "ledger.db", sample_ledger()))  # rashomon serve, its own process
    try:
        r = httpx.get(f"{served.base}/api/events", timeout=5)
        assert r.status_code == 200 and [e["id"] for e in r.json()["events"]] == ["e1"]
        page = httpx.get(f"{served.base}/events/e1", timeout=5)
        assert page.status_code == 200 and "Sources side by side" in page.text
        assert httpx.get(f"{served.base}/", timeout=5, follow_redirects=True).url.path == "/events"
    finally:
        served.stop()


def test_serve_without_a_database_is_one_line(tmp_path: Path) -> None:
    r = run_rashomon("serve", "--db", str(tmp_path / "none.db"), timeout=120)
    assert r.returncode == 1
    assert "no ledger database" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
