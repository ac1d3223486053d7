"""Running ``rashomon`` as a user does, in a child process that imports this checkout's code."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment with the checkout's ``src`` first on PYTHONPATH."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]), **extra}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "rashomon", *args]


def run_rashomon(*args: str, env: dict[str, str] | None = None, timeout: float = 600
                 ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), env=env or child_env(), capture_output=True, text=True,
                          timeout=timeout)


def stored_articles(db: Path) -> int:
    """Articles committed to ``db`` so far, read without disturbing a writer (0 before the
    store exists or is migrated)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def analyze_until(folder: Path, db: Path, at_least: int, sig: int, log: Path, *, limit_s: float = 300) -> int:
    """Start ``rashomon analyze folder``, send ``sig`` once ``at_least`` articles are stored;
    return its exit code. Fails the test if it ends first or stores too few within ``limit_s``."""
    with log.open("w+") as err:
        proc = subprocess.Popen(command("analyze", str(folder), "--db", str(db), "-q"),
                                stdout=subprocess.DEVNULL, stderr=err, env=child_env(HF_HUB_OFFLINE="1"))
        deadline = time.monotonic() + limit_s
        try:
            while stored_articles(db) < at_least:
                if proc.poll() is not None:
                    err.seek(0)
                    pytest.fail(f"analyze ended (code {proc.returncode}) before the signal: {err.read()[-2000:]}")
                if time.monotonic() > deadline:
                    pytest.fail("analyze stored too few articles in time")
                time.sleep(0.02)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, sig)
            proc.wait(timeout=60)
    return proc.returncode
