"""Restarts make forward progress: ``rashomon analyze`` killed twice with SIGKILL, then run a
third time, stores every article exactly once, redoes none of the stored ones, and the two
killed runs end up marked ``interrupted``. SIGTERM marks the run at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from tests.cli_support import child_env, command

pytestmark = pytest.mark.slow

N_ARTICLES = 40  # more than two parse batches (pipeline.BATCH_SIZE 16): a killed run stores at most
# one batch past its signal, so the second kill still lands before the corpus is done
STEP = 3  # articles each killed run must add before it is killed

PLACES = [("El Fasher", "Sudan", "the Rapid Support Forces", "the army"),
          ("Lashio", "Myanmar", "the military junta", "the Ta'ang National Liberation Army"),
          ("Djibo", "Burkina Faso", "jihadist fighters", "the army"),
          ("Goma", "the Democratic Republic of Congo", "M23 rebels", "the Congolese army"),
          ("Stepanakert", "Azerbaijan", "Azerbaijani forces", "local officials"),
          ("Tumaco", "Colombia", "a dissident FARC faction", "the police")]
WEAPONS = ["Shelling", "A drone strike", "An air strike", "A car bomb"]


def _article(i: int) -> str:
    town, country, accused, accuser = PLACES[i % len(PLACES)]
    weapon = WEAPONS[i % len(WEAPONS)]
    killed = 2 + i
    return (f"{weapon} kills {killed} in {town}\n"
            f"{weapon} hit a market in {town}, {country}, on day {i + 1} of the month, killing {killed} "
            f"people and wounding {killed + 3}, a doctor at the main hospital said.\n\n"
            f"{accuser.capitalize()} accused {accused} of carrying out the attack.\n\n"
            f"A spokesman for {accused} denied any role in the attack on {town}.\n")


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_ARTICLES):
        (folder / f"{i:02d}.txt").write_text(_article(i), encoding="utf-8")


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    if not db.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return list(conn.execute(sql))
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return []


def _stored(db: Path) -> int:
    rows = _query(db, "SELECT count(*) FROM articles")
    return int(rows[0][0]) if rows else 0  # type: ignore[call-overload]


def _command(folder: Path, db: Path) -> list[str]:
    return command("analyze", str(folder), "--db", str(db), "-q")


def _env() -> dict[str, str]:
    return child_env(HF_HUB_OFFLINE="1")


def _run_until(folder: Path, db: Path, at_least: int, sig: int, log: Path) -> int:
    """Start analyze, send ``sig`` once ``at_least`` articles are stored; return the exit code."""
    with log.open("w+") as err:
        proc = subprocess.Popen(_command(folder, db), stdout=subprocess.DEVNULL, stderr=err, env=_env())
        deadline = time.monotonic() + 300
        try:
            while _stored(db) < at_least:
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


def test_two_kills_then_a_run_that_completes_storing_each_article_once(tmp_path: Path) -> None:
    from rashomon.pipeline import BATCH_SIZE

    assert N_ARTICLES > 2 * BATCH_SIZE + STEP, "the corpus must outlast two killed runs"
    folder, db = tmp_path / "articles", tmp_path / "ledger.db"
    _write_corpus(folder)

    assert _run_until(folder, db, STEP, signal.SIGKILL, tmp_path / "1.log") == -signal.SIGKILL
    first = _stored(db)
    assert _query(db, "SELECT status FROM runs") == [("running",)]  # nobody could mark it yet

    assert _run_until(folder, db, first + STEP, signal.SIGKILL, tmp_path / "2.log") == -signal.SIGKILL
    second = _stored(db)
    assert first < second < N_ARTICLES, "the second run made no progress or was killed too late"
    assert _query(db, "SELECT status, analysed FROM runs ORDER BY id") == [("interrupted", first), ("running", None)]

    done = subprocess.run(_command(folder, db), capture_output=True, text=True, env=_env(), timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    runs = _query(db, "SELECT status, analysed FROM runs ORDER BY id")
    assert runs == [("interrupted", first), ("interrupted", second - first), ("ok", N_ARTICLES - second)]
    inputs = [row[0] for row in _query(db, "SELECT input FROM articles ORDER BY seq")]
    assert sorted(inputs) == sorted(str(p) for p in folder.iterdir())  # every article, once
    per_run = dict(_query(db, "SELECT run_id, count(*) FROM articles GROUP BY run_id"))  # type: ignore[arg-type]
    assert per_run == {1: first, 2: second - first, 3: N_ARTICLES - second}  # none redone
    assert _query(db, "SELECT count(*) FROM events")[0][0] > 0


def test_sigterm_marks_the_run_interrupted_and_a_rerun_finishes(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "ledger.db"
    _write_corpus(folder)
    assert _run_until(folder, db, STEP, signal.SIGTERM, tmp_path / "1.log") == 143
    stored = _stored(db)
    assert _query(db, "SELECT status, analysed FROM runs") == [("interrupted", stored)]
    assert "interrupted: articles committed so far are kept" in (tmp_path / "1.log").read_text()
    done = subprocess.run(_command(folder, db), capture_output=True, text=True, env=_env(), timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert _stored(db) == N_ARTICLES
    assert _query(db, "SELECT status, analysed FROM runs ORDER BY id") == [
        ("interrupted", stored), ("ok", N_ARTICLES - stored)]
