"""Incremental linking through the store: adding or re-saving articles and re-linking only
what they touch gives the events of linking everything at once (on SQLite, and on PostgreSQL
compared with linking at once on SQLite)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.pg_support import PgServer, rows, wipe
from tests.store.downgrade import downgrade

from rashomon.config import Options
from rashomon.link.blocking import UNDATED_MAX_BUCKETS
from rashomon.pipeline import relink
from rashomon.store import Store
from rashomon.types import (
    Article,
    ArticleResult,
    Claim,
    Event,
    EventType,
    Evidence,
    Figure,
    Frame,
    Generator,
    Location,
    Source,
)

OPTIONS = Options()
GEN = Generator("rashomon", "0.1.0", "model", "abc123")
PLACES = [
    Location("Qasr Tamar", "SY", 34.50, 40.90, "town"),
    Location("Tell Halfa", "SY", 34.60, 40.95, "town"),  # ~12 km from Qasr Tamar
    Location("Wadi Sirr", "SY", 35.40, 40.10, "town"),
    Location("Syria", "SY", 35.0, 38.5, "country"),
    None,
]
TYPES: list[EventType] = ["airstrike", "drone_strike", "explosion", "ground_attack"]
START = date(2020, 3, 1)


def article(aid: str, frames: list[Frame], published: str | None) -> ArticleResult:
    claims = tuple(
        Claim(id=f"{aid}:c{f.index}", article_id=aid, source=Source("S", "s"), stance="asserts",
              about="occurrence", text="t", evidence=Evidence(0, 1, "x"), frame=f.index)
        for f in frames
    )
    art = Article(id=aid, text="x", input=f"{aid}.txt", content_hash=f"h{len(frames)}",
                  published=published)
    return ArticleResult(art, claims, tuple(frames))


@st.composite
def articles(draw: st.DrawFn, aid: str) -> ArticleResult:
    frames = []
    for k in range(draw(st.integers(1, 3))):
        offset = draw(st.one_of(st.none(), st.integers(0, 60)))
        frames.append(Frame(
            article_id=aid, index=k, type=draw(st.sampled_from(TYPES)),
            evidence=Evidence(0, 1, "x"),
            date=None if offset is None else (START + timedelta(days=offset)).isoformat(),
            date_precision="unknown" if offset is None else "day",
            location=draw(st.sampled_from(PLACES)), place_text="near the town",
            background=draw(st.booleans()),
        ))
    pub = draw(st.one_of(st.none(), st.integers(0, 70)))
    return article(aid, frames, None if pub is None else (START + timedelta(days=pub)).isoformat())


@st.composite
def histories(draw: st.DrawFn) -> list[list[ArticleResult]]:
    """Batches of saves; a later batch may re-save an earlier article with other frames."""
    n = draw(st.integers(2, 16))
    ids = [f"a{k:02d}" for k in range(n)]
    batches: list[list[ArticleResult]] = [[] for _ in range(draw(st.integers(2, 3)))]
    for aid in ids:
        batches[draw(st.integers(0, len(batches) - 1))].append(draw(articles(aid)))
    for aid in draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)):
        batches[-1].append(draw(articles(aid)))
    return batches


def partition(events: tuple[Event, ...] | list[Event]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset(e.frame_keys) for e in events}


def final(batches: list[list[ArticleResult]]) -> list[ArticleResult]:
    latest: dict[str, ArticleResult] = {}
    for batch in batches:
        for r in batch:
            latest[r.article.id] = r
    return list(latest.values())


def linked_at_once(results: list[ArticleResult]) -> tuple[Event, ...]:
    with Store.open(":memory:") as store:
        for r in results:
            store.save_article(r)
        relink(store, OPTIONS)
        return store.load_ledger(GEN).events


def _incremental_equals_at_once(db: str, batches: list[list[ArticleResult]]) -> None:
    with Store.open(db) as store:
        for batch in batches:
            for r in batch:
                store.save_article(r)
            relink(store, OPTIONS)
        ledger = store.load_ledger(GEN)
    expected = linked_at_once(final(batches))
    assert sorted(ledger.events, key=lambda e: e.id) == sorted(expected, key=lambda e: e.id)
    owner = {k: e.id for e in ledger.events for k in e.frame_keys}
    for c in ledger.claims:
        assert c.event_id == owner.get((c.article_id, c.frame)) if c.frame is not None else True


@settings(max_examples=120, deadline=None)
@given(histories())
def test_incremental_link_equals_linking_everything_at_once(
        batches: list[list[ArticleResult]]) -> None:
    _incremental_equals_at_once(":memory:", batches)


@pytest.fixture(scope="module")
def pg_store(pg_server: PgServer) -> str:
    return pg_server.new_database(migrated=True)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(histories())
def test_incremental_link_on_postgresql_equals_linking_at_once_on_sqlite(
        pg_store: str, batches: list[list[ArticleResult]]) -> None:
    wipe(pg_store)
    _incremental_equals_at_once(pg_store, batches)


# the details reports of one strike share: without them, reports on different days (or an
# undated one) never link (rashomon.link.decision)
TOLL, TARGET = Figure(14, 14), ("the Tell Halfa grain silo",)


def dated(aid: str, day: int, place: Location | None = PLACES[0]) -> ArticleResult:
    frame = Frame(aid, 0, "airstrike", Evidence(0, 1, "x"),
                  date=(START + timedelta(days=day)).isoformat(), date_precision="day",
                  location=place, killed=TOLL, targets=TARGET)
    return article(aid, [frame], None)


def undated(aid: str) -> ArticleResult:
    return article(aid, [Frame(aid, 0, "airstrike", Evidence(0, 1, "x"), location=PLACES[0],
                               killed=TOLL)], None)


def test_a_place_turning_busy_detaches_an_undated_report(db_url: str) -> None:
    # an undated report joins the one incident at the town; incidents on many other dates
    # arriving later make the town busy, and the report must leave that incident
    first = [dated("a0", 0), undated("u")]
    later = [dated(f"b{k}", 3 * (k + 2) + 1) for k in range(UNDATED_MAX_BUCKETS + 1)]
    with Store.open(db_url) as store:
        for r in first:
            store.save_article(r)
        relink(store, OPTIONS)
        assert frozenset({("a0", 0), ("u", 0)}) in partition(store.load_ledger(GEN).events)
        for r in later:
            store.save_article(r)
        relink(store, OPTIONS)
        got = partition(store.load_ledger(GEN).events)
    assert got == partition(linked_at_once([*first, *later]))
    assert frozenset({("u", 0)}) in got


def test_only_touched_events_are_rewritten(db_url: str) -> None:
    far = Location("Wadi Sirr", "SY", 35.40, 40.10, "town")
    with Store.open(db_url) as store:
        store.save_article(dated("a", 0))
        store.save_article(dated("b", 0, far))
        relink(store, OPTIONS)
        before = {e.id: e for e in store.load_ledger(GEN).events}
        seqs = dict(rows(db_url, "SELECT id, seq FROM events"))
        store.save_article(dated("c", 1))  # joins a's event, leaves b's alone
        relink(store, OPTIONS)
        after = {e.id: e for e in store.load_ledger(GEN).events}
        new_seqs = dict(rows(db_url, "SELECT id, seq FROM events"))
        [(pending,)] = rows(db_url, "SELECT count(*) FROM link_pending")
    b_event = next(eid for eid, e in before.items() if e.article_ids == ("b",))
    assert new_seqs[b_event] == seqs[b_event]  # the untouched event row was not rewritten
    assert after[b_event] == before[b_event]
    assert any(e.article_ids == ("a", "c") for e in after.values())
    assert pending == 0


def test_changed_link_settings_relink_everything(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.save_article(dated("a", 0))
        store.save_article(dated("b", 5))
        relink(store, OPTIONS)
        assert len(store.load_ledger(GEN).events) == 2
        relink(store, OPTIONS.with_(link_date_window_days=7))  # nothing pending, new settings
        assert len(store.load_ledger(GEN).events) == 1


def test_schema_1_events_are_backfilled_and_relinked(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.save_article(dated("a", 0))
        relink(store, OPTIONS)
    downgrade(db_url, to=1)
    with Store.open(db_url) as store:
        assert store.link_input().frame_events == {("a", 0): store.load_ledger(GEN).events[0].id}
        store.save_article(dated("b", 1))
        relink(store, OPTIONS)
        assert partition(store.load_ledger(GEN).events) == {frozenset({("a", 0), ("b", 0)})}
