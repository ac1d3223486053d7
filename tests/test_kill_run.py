"""``rashomon analyze`` killed with SIGKILL midway keeps every article it committed, whole,
and a second run completes the ledger."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rashomon.config import Options
from rashomon.pipeline import Resources, generator, process_article
from rashomon.store import Store

pytestmark = pytest.mark.slow

N_ARTICLES = 60
MIN_COMMITTED = 3

TOWNS = ["Deir Hafer", "Manbij", "Raqqa", "Idlib", "Hama", "Homs", "Daraa", "Mosul", "Kirkuk",
         "Tikrit", "Ramadi", "Fallujah", "Hodeidah", "Taiz", "Marib", "Aleppo", "Palmyra",
         "Qamishli", "Hasakah", "Sinjar"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEAPONS = ["An air strike", "A drone strike", "Artillery shelling", "A missile strike", "A car bomb"]
ACCUSED = [("Turkey", "Turkey's defence ministry"), ("Russia", "Russia's defence ministry"),
           ("the United States", "A Pentagon spokesman"), ("Israel", "The Israeli military"),
           ("Iran", "Iran's foreign ministry")]
MONITORS = ["a war monitor", "local health officials", "the provincial governor",
            "civil defence workers", "a hospital director"]


def _article(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    day = DAYS[i % len(DAYS)]
    weapon = WEAPONS[i % len(WEAPONS)]
    accused, denier = ACCUSED[(i // 3) % len(ACCUSED)]
    monitor = MONITORS[(i // 2) % len(MONITORS)]
    killed, wounded = 3 + i, 5 + 2 * i
    return (
        f"{weapon} hits {town}, {killed} reported dead\n"
        f"{town.upper()} (Kill Test {i}) — {weapon} on {day} hit a depot on the outskirts of {town}, "
        f"killing {killed} people and wounding {wounded}, {monitor} said.\n\n"
        f"Residents of the {i + 2}th district said they heard {i % 4 + 2} loud explosions shortly "
        f"after {i % 12 + 1} o'clock and saw smoke rising over the eastern road.\n\n"
        f"A local council member accused {accused} of carrying out the attack.\n\n"
        f"{denier} denied any involvement in the incident near {town}.\n"
    )


def _write_articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_ARTICLES):
        town = TOWNS[i % len(TOWNS)].lower().replace(" ", "-")
        (folder / f"{i:02d}-{town}.txt").write_text(_article(i), encoding="utf-8")


def _committed(db: Path) -> int:
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


def _command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "rashomon", "analyze", str(folder), "--db", str(db), "-q"]


def test_killed_analyze_keeps_whole_articles_and_a_rerun_completes(
        tmp_path: Path, resources: Resources) -> None:
    folder, db = tmp_path / "articles", tmp_path / "ledger.db"
    _write_articles(folder)
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    log = (tmp_path / "stderr.txt").open("w+")
    proc = subprocess.Popen(_command(folder, db), stdout=subprocess.DEVNULL, stderr=log, env=env)
    deadline = time.monotonic() + 180
    try:
        while _committed(db) < MIN_COMMITTED:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"analyze ended (code {proc.returncode}) before it was killed: {log.read()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("analyze committed too few articles in time")
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        log.close()
    assert proc.returncode == -signal.SIGKILL

    with Store.open(db) as store:
        counts = store.counts()
        articles = list(store.iter_articles())
        results = {r.article.id: r for r in store.load_results()}
        store.load_ledger(generator(Options()))  # the killed store loads
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        statuses = [row[0] for row in conn.execute("SELECT status FROM runs")]
    finally:
        conn.close()
    assert statuses == ["running"], "the killed run never finished"
    assert MIN_COMMITTED <= len(articles) < N_ARTICLES, "killed too late to test anything"
    assert counts["claims"] == sum(len(r.claims) for r in results.values())
    for article in articles:
        stored = results[article.id]
        fresh = process_article(article, resources)
        assert fresh.claims, f"{article.input}: the generated article should yield claims"
        assert len(stored.claims) == len(fresh.claims), article.input
        assert [c.id for c in stored.claims] == [c.id for c in fresh.claims]
        assert len(stored.frames) == len(fresh.frames), article.input

    done = subprocess.run(_command(folder, db), capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    with Store.open(db) as store:
        final = store.counts()
        stored_articles = list(store.iter_articles())
    assert final["articles"] == N_ARTICLES
    assert len({a.input for a in stored_articles}) == N_ARTICLES
    assert final["claims"] >= 3 * N_ARTICLES
    assert final["events"] > 0
    assert final["runs"] == 2
