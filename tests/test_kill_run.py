"""``rashomon analyze`` killed with SIGKILL midway keeps every article it committed, whole,
and a second run completes the ledger."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest
from tests.cli_support import analyze_until, child_env, run_rashomon

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


def test_killed_analyze_keeps_whole_articles_and_a_rerun_completes(
        tmp_path: Path, resources: Resources) -> None:
    folder, db = tmp_path / "articles", tmp_path / "ledger.db"
    _write_articles(folder)
    code = analyze_until(folder, db, MIN_COMMITTED, signal.SIGKILL, tmp_path / "stderr.txt", limit_s=180)
    assert code == -signal.SIGKILL

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

    done = run_rashomon("analyze", str(folder), "--db", str(db), "-q", env=child_env(HF_HUB_OFFLINE="1"), timeout=600)
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
