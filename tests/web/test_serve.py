"""`rashomon serve` as a user runs it: a real server process on loopback, then HTTP requests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from tests.report.ledger_fixtures import sample_ledger
from tests.web.ledger_db import write_ledger

STARTUP_LIMIT_S = 60  # a generous bound on a busy CI machine; not a speed claim


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    return {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_serve_answers_pages_and_api(tmp_path: Path) -> None:
    db = write_ledger(tmp_path / "ledger.db", sample_ledger())
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rashomon", "serve", "--db", str(db), "--port", str(port)],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while True:
            try:
                r = httpx.get(f"{base}/api/events", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        assert r.status_code == 200 and [e["id"] for e in r.json()["events"]] == ["e1"]
        page = httpx.get(f"{base}/events/e1", timeout=5)
        assert page.status_code == 200 and "Sources side by side" in page.text
        assert httpx.get(f"{base}/", timeout=5, follow_redirects=True).url.path == "/events"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_without_a_database_is_one_line(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "rashomon", "serve", "--db", str(tmp_path / "none.db")],
                       env=_env(), capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "no ledger database" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
