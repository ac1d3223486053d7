"""Idempotency, transactions, skipped inputs, runs and events bookkeeping of the store, on
both backends (``db_url``: an SQLite file, then a PostgreSQL database)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.pg_support import rows, run

from rashomon.errors import StoreError
from rashomon.store import Store, codec
from rashomon.store import core as store_core
from rashomon.types import (
    Article,
    ArticleResult,
    Claim,
    Event,
    Evidence,
    Figure,
    Frame,
    Generator,
    Location,
    Skipped,
    Source,
)

TEXT = "SANA said US planes struck Albu Kamal. CENTCOM denied it. 22 fighters were killed."
GEN = Generator("rashomon", "0.1.0", "model", "abc123")


def make_result(article_id: str = "a1", n_claims: int = 3, version: str = "v1") -> ArticleResult:
    article = Article(
        id=article_id, text=TEXT, input=f"{article_id}.txt", content_hash=f"h-{version}",
        outlet="Newsweek", metadata={"version": version}, warnings=("short",),
    )
    claims = tuple(
        Claim(
            id=f"{article_id}:c{i}", article_id=article_id,
            source=Source("SANA", "SANA", "state_media", ("Reuters",)), stance="asserts",
            about="casualties", text=f"{version} claim {i}",
            evidence=Evidence(0, 4, TEXT[0:4]), killed=Figure(22, 22) if i == 0 else None,
            injured=Figure(None, None), frame=0,
        )
        for i in range(n_claims)
    )
    frames = (
        Frame(article_id, 0, "airstrike", Evidence(0, 38, TEXT[0:38]),
              location=Location("Albu Kamal", "SY", 34.45, 40.92, "town")),
    )
    return ArticleResult(article, claims, frames)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s


def test_saving_twice_gives_the_same_rows(store: Store) -> None:
    store.save_article(make_result())
    first = store.counts()
    store.save_article(make_result())
    assert store.counts() == first == {
        "articles": 1, "claims": 3, "frames": 1, "events": 0, "skipped": 0, "runs": 0,
    }
    assert store.load_results() == [make_result()]


def test_resaving_with_fewer_claims_removes_the_old_ones(store: Store) -> None:
    store.save_article(make_result(n_claims=3))
    store.save_article(make_result("a2"))
    store.save_article(make_result(n_claims=1, version="v2"))
    assert store.counts()["claims"] == 4
    # the re-saved article keeps its place (first-saved order)
    assert store.load_results() == [make_result(n_claims=1, version="v2"), make_result("a2")]


def test_resaving_an_article_deletes_its_frames_too(store: Store) -> None:
    store.save_article(make_result())
    result = make_result()
    store.save_article(ArticleResult(result.article, result.claims, ()))
    assert store.counts()["frames"] == 0


def test_a_save_failing_midway_keeps_the_previous_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_article(make_result(version="v1"))
    real = codec.claim_row
    calls = 0

    def flaky(claim: Claim, idx: int) -> tuple[Any, ...]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk on fire")
        return real(claim, idx)

    monkeypatch.setattr(store_core, "claim_row", flaky)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save_article(make_result(n_claims=3, version="v2"))
    monkeypatch.undo()
    assert store.load_results() == [make_result(version="v1")]
    # the store is usable afterwards (no transaction left open)
    store.save_article(make_result("a2"))
    assert store.counts()["articles"] == 2


def test_a_constraint_violation_rolls_back_the_whole_article(store: Store) -> None:
    store.save_article(make_result("a1"))
    store.save_article(make_result("a2", version="v1"))
    # a2's new version reuses a claim id of a1: the UNIQUE constraint fails on insert
    bad = make_result("a2", version="v2")
    clash = replace(bad.claims[1], id="a1:c0")
    bad = ArticleResult(bad.article, (bad.claims[0], clash, bad.claims[2]), bad.frames)
    with pytest.raises(StoreError, match=r"(?i)could not save article 'a2'.*unique") as exc:
        store.save_article(bad)
    assert "\n" not in str(exc.value)  # PostgreSQL's detail lines are left out
    assert store.load_results() == [make_result("a1"), make_result("a2", version="v1")]
    assert store.counts()["claims"] == 6


def test_a_new_article_failing_midway_leaves_no_rows(store: Store) -> None:
    result = make_result()
    dup = ArticleResult(result.article, (result.claims[0], result.claims[0]), result.frames)
    with pytest.raises(StoreError):
        store.save_article(dup)
    assert store.counts() == {k: 0 for k in store.counts()}


def test_claims_of_another_article_are_refused(store: Store) -> None:
    result = make_result("a1")
    stray = make_result("a2").claims
    with pytest.raises(StoreError, match="names article 'a2'"):
        store.save_article(ArticleResult(result.article, stray, ()))
    assert not store.has_article("a1")


def test_metadata_must_be_json(store: Store) -> None:
    result = make_result()
    article = replace(result.article, metadata={"when": object()})
    with pytest.raises(StoreError, match="not plain JSON"):
        store.save_article(ArticleResult(article))
    assert store.counts()["articles"] == 0


def test_skipped_inputs_are_keyed_by_input(store: Store) -> None:
    run = store.begin_run(inputs=["x"], config_hash="c", version="0.1.0", model="m")
    store.save_skipped(Skipped("b.html", "not UTF-8 text"), run)
    store.save_skipped(Skipped("b.html", "empty after boilerplate removal"), run)
    store.save_skipped(Skipped("c.html", "not English"))
    ledger = store.load_ledger(GEN)
    assert ledger.skipped == (
        Skipped("b.html", "empty after boilerplate removal"), Skipped("c.html", "not English"),
    )
    store.clear_skipped("c.html")
    store.clear_skipped("never-seen")
    assert store.load_ledger(GEN).skipped == (Skipped("b.html", "empty after boilerplate removal"),)


def test_saving_an_article_clears_its_input_from_skipped(store: Store) -> None:
    store.save_skipped(Skipped("a1.txt", "timed out"))
    store.save_article(make_result("a1"))
    assert store.counts()["skipped"] == 0


def test_runs_are_recorded(db_url: str) -> None:
    with Store.open(db_url) as store:
        run = store.begin_run(inputs=["a", "b"], config_hash="c", version="0.1.0", model="m")
        store.save_article(make_result(), run)
        store.finish_run(run, analysed=1, skipped=1)
        with pytest.raises(StoreError, match="no run with id 999"):
            store.finish_run(999, analysed=0, skipped=0)
        assert store.counts()["runs"] == 1
    [row] = rows(db_url, "SELECT inputs, analysed, skipped, status, finished_at FROM runs")
    assert row[:4] == ('["a","b"]', 1, 1, "ok") and row[4]
    assert rows(db_url, "SELECT run_id FROM articles") == [(run,)]


def test_replace_events_replaces_and_relinks(store: Store) -> None:
    store.save_article(make_result("a1"))
    e1 = Event("e1", "airstrike", ("a1",), ("a1:c0", "a1:c1"))
    e2 = Event("e2", "shelling", ("a1",), ("a1:c2",))
    store.replace_events([e1, e2], {"a1:c0": "e1", "a1:c1": "e1", "a1:c2": "e2"})
    assert [c.event_id for c in store.load_ledger(GEN).claims] == ["e1", "e1", "e2"]
    store.replace_events([e2], {"a1:c2": "e2", "a1:c0": None})
    ledger = store.load_ledger(GEN)
    assert ledger.events == (e2,)
    assert [c.event_id for c in ledger.claims] == [None, None, "e2"]
    assert ledger.claims_of("e2")[0].id == "a1:c2"


def test_replace_events_refuses_dangling_ids_and_keeps_the_old_events(store: Store) -> None:
    store.save_article(make_result("a1"))
    e1 = Event("e1", "airstrike", ("a1",), ("a1:c0",))
    store.replace_events([e1], {"a1:c0": "e1"})
    with pytest.raises(StoreError, match="events not given"):
        store.replace_events([], {"a1:c0": "e9"})
    with pytest.raises(StoreError, match=r"1 claim id.*not stored"):
        store.replace_events([e1], {"zz": "e1"})
    ledger = store.load_ledger(GEN)
    assert ledger.events == (e1,)
    assert ledger.claims[0].event_id == "e1"
    # an unknown claim mapped to no event is harmless
    store.replace_events([e1], {"zz": None, "a1:c0": "e1"})
    assert store.load_ledger(GEN).events == (e1,)


def test_deleting_an_article_cascades(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.save_article(make_result())
    run(db_url, "DELETE FROM articles WHERE id = 'a1'")
    assert rows(db_url, "SELECT count(*) FROM claims") == [(0,)]
    assert rows(db_url, "SELECT count(*) FROM frames") == [(0,)]


def test_sqlite_files_use_wal(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.save_article(make_result())
    assert rows(tmp_path / "s.db", "PRAGMA journal_mode") == [("wal",)]


def test_has_article(store: Store) -> None:
    assert not store.has_article("a1")
    store.save_article(make_result())
    assert store.has_article("a1")


def test_a_link_from_an_outdated_snapshot_is_not_written(db_url: str) -> None:
    # two processes on one store: the first reads its link input, the second saves an article
    # meanwhile; the first's events would clear the second's pending article unlinked
    with Store.open(db_url) as first, Store.open(db_url) as second:
        first.save_article(make_result("a1"))
        data = first.link_input()
        assert data.pending == {"a1"}
        second.save_article(make_result("a2"))
        e1 = Event("e1", "airstrike", ("a1",), ("a1:c0",))
        assert first.update_events([], [e1], {"a1:c0": "e1"}, link_key="k") is False
        assert first.counts()["events"] == 0
        assert second.link_input().pending == {"a1", "a2"}  # still pending: the next link has both
        e2 = Event("e2", "airstrike", ("a1", "a2"), ("a1:c0", "a2:c0"))
        assert second.update_events([], [e2], {"a1:c0": "e2", "a2:c0": "e2"}, link_key="k") is True
        assert first.link_input().pending == frozenset()
        # a write not preceded by a link input checks nothing
        assert first.replace_events([e1], {"a1:c0": "e1"}) is True
