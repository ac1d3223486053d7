"""Restarts make forward progress: ``rashomon analyze`` killed twice with SIGKILL, then run a
third time, stores every article exactly once, redoes none of the stored ones, and the two
killed runs end up marked ``interrupted``. A killed run leaves a sound store: every article it
committed is whole (the claims and frames a fresh analysis gives) and the store loads. SIGTERM
marks the run at once.

(The single-kill test of tests/test_kill_run.py is folded into the two-kill test here: the same
kill and rerun, checked after the first kill; one end-to-end run instead of two.)"""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest
from tests.cli_support import analyze_until, child_env, run_rashomon, stored_articles

from rashomon.config import Options
from rashomon.pipeline import Resources, generator, process_article
from rashomon.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]  # a hung child fails the test, not CI

N_ARTICLES = 40  # more than two parse batches (pipeline.BATCH_SIZE 16): a killed run stores at most
# one batch past its signal, so the second kill still lands before the corpus is done
STEP = 3  # articles each killed run must add before it is killed
N_SIGTERM = 24  # one signal: more than one parse batch past STEP is enough (same margin as N_ARTICLES)

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


def _write_corpus(folder: Path, n: int = N_ARTICLES) -> None:
    folder.mkdir()
    for i in range(n):
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


def _killed_store_is_whole(db: Path, resources: Resources) -> None:
    """After a SIGKILL: the SQLite file is sound, the store loads, and each committed article
    has every claim and frame a fresh analysis of it gives (none half-written)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Store.open(db) as store:
        counts = store.counts()
        articles = list(store.iter_articles())
        results = {r.article.id: r for r in store.load_results()}
        store.load_ledger(generator(Options()))  # the killed store loads
    assert articles and counts["claims"] == sum(len(r.claims) for r in results.values())
    for article in articles:
        stored = results[article.id]
        fresh = process_article(article, resources)
        assert fresh.claims, f"{article.input}: the generated article should yield claims"
        assert [c.id for c in stored.claims] == [c.id for c in fresh.claims], article.input
        assert len(stored.frames) == len(fresh.frames), article.input


def test_two_kills_then_a_run_that_completes_storing_each_article_once(tmp_path: Path, resources: Resources) -> None:
    from rashomon.pipeline import BATCH_SIZE

    assert N_ARTICLES > 2 * BATCH_SIZE + STEP, "the corpus must outlast two killed runs"
    folder, db = tmp_path / "articles", tmp_path / "ledger.db"
    _write_corpus(folder)

    assert analyze_until(folder, db, STEP, signal.SIGKILL, tmp_path / "1.log") == -signal.SIGKILL
    first = stored_articles(db)
    assert _query(db, "SELECT status FROM runs") == [("running",)]  # nobody could mark it yet
    _killed_store_is_whole(db, resources)

    assert analyze_until(folder, db, first + STEP, signal.SIGKILL, tmp_path / "2.log") == -signal.SIGKILL
    second = stored_articles(db)
    assert first < second < N_ARTICLES, "the second run made no progress or was killed too late"
    assert _query(db, "SELECT status, analysed FROM runs ORDER BY id") == [("interrupted", first), ("running", None)]

    done = run_rashomon("analyze", str(folder), "--db", str(db), "-q", env=child_env(HF_HUB_OFFLINE="1"), timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    runs = _query(db, "SELECT status, analysed FROM runs ORDER BY id")
    assert runs == [("interrupted", first), ("interrupted", second - first), ("ok", N_ARTICLES - second)]
    inputs = [row[0] for row in _query(db, "SELECT input FROM articles ORDER BY seq")]
    assert sorted(inputs) == sorted(str(p) for p in folder.iterdir())  # every article, once
    per_run = dict(_query(db, "SELECT run_id, count(*) FROM articles GROUP BY run_id"))  # type: ignore[arg-type]
    assert per_run == {1: first, 2: second - first, 3: N_ARTICLES - second}  # none redone
    assert _query(db, "SELECT count(*) FROM events")[0][0] > 0
    # the completing run analysed what the killed ones left: every article has its claims
    assert _query(db, "SELECT count(DISTINCT article_id) FROM claims") == [(N_ARTICLES,)]


def test_sigterm_marks_the_run_interrupted_and_a_rerun_finishes(tmp_path: Path) -> None:
    from rashomon.pipeline import BATCH_SIZE

    assert N_SIGTERM > BATCH_SIZE + STEP + 4, "the corpus must outlast the signalled run"
    folder, db = tmp_path / "articles", tmp_path / "ledger.db"
    _write_corpus(folder, N_SIGTERM)
    assert analyze_until(folder, db, STEP, signal.SIGTERM, tmp_path / "1.log") == 143
    stored = stored_articles(db)
    assert _query(db, "SELECT status, analysed FROM runs") == [("interrupted", stored)]
    assert "interrupted: articles committed so far are kept" in (tmp_path / "1.log").read_text()
    done = run_rashomon("analyze", str(folder), "--db", str(db), "-q", env=child_env(HF_HUB_OFFLINE="1"), timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert stored_articles(db) == N_SIGTERM
    assert _query(db, "SELECT status, analysed FROM runs ORDER BY id") == [
        ("interrupted", stored), ("ok", N_SIGTERM - stored)]
