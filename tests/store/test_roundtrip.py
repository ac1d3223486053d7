"""Property tests: whatever is saved comes back equal (==), articles and events alike, on
SQLite (many examples) and on PostgreSQL (fewer: each needs a server round trip)."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.pg_support import PgServer, wipe

from rashomon.store import Store
from rashomon.types import (
    About,
    Article,
    ArticleResult,
    CasualtySummary,
    Claim,
    Contradiction,
    DatePrecision,
    Dispute,
    DisputeSide,
    Event,
    EventType,
    Evidence,
    Figure,
    Frame,
    Generator,
    Location,
    PerpetratorStatus,
    PerpetratorSummary,
    PlacePrecision,
    Source,
    SourceKind,
    Stance,
)

GEN = Generator("rashomon", "0.1.0", "model", "abc123")
ints = st.integers(min_value=-(2**63), max_value=2**63 - 1)
texts = st.text(max_size=30)
opt_texts = st.none() | texts
floats = st.floats(allow_nan=False)
json_values = st.recursive(
    st.none() | st.booleans() | ints | st.floats(allow_nan=False, allow_infinity=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
figures = st.none() | st.builds(Figure, st.none() | ints, st.none() | ints)
locations = st.none() | st.builds(
    Location, texts, opt_texts, st.none() | floats, st.none() | floats,
    st.sampled_from(get_args(PlacePrecision)),
)
str_tuples = st.lists(texts, max_size=3).map(tuple)


@st.composite
def evidence(draw: st.DrawFn, text: str) -> Evidence:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Evidence(start, end, text[start:end])


@st.composite
def article_results(draw: st.DrawFn, prefix: str = "") -> ArticleResult:
    """An ArticleResult; claim ids start with ``prefix`` so several results can coexist."""
    text = draw(st.text(max_size=200))
    article = Article(
        id=prefix + draw(texts), text=text, input=draw(texts), content_hash=draw(texts),
        url=draw(opt_texts), outlet=draw(opt_texts), title=draw(opt_texts),
        published=draw(opt_texts), updated=draw(opt_texts), language=draw(opt_texts),
        duplicate_of=draw(opt_texts),
        metadata=draw(st.dictionaries(texts, json_values, max_size=4)),
        warnings=draw(str_tuples),
    )
    claim_ids = draw(st.lists(texts, unique=True, max_size=5))
    claims = tuple(
        Claim(
            id=prefix + cid, article_id=article.id,
            source=Source(draw(texts), draw(texts), draw(st.sampled_from(get_args(SourceKind))),
                          draw(str_tuples)),
            stance=draw(st.sampled_from(get_args(Stance))),
            about=draw(st.sampled_from(get_args(About))),
            text=draw(texts), evidence=draw(evidence(text)), perpetrator=draw(opt_texts),
            killed=draw(figures), injured=draw(figures), hedged=draw(st.booleans()),
            confidence=draw(floats), frame=draw(st.none() | st.integers(-5, 50)),
            event_id=draw(opt_texts), country=draw(st.none() | st.sampled_from(["SY", "IQ", "UA"])),
        )
        for cid in claim_ids
    )
    frame_indexes = draw(st.lists(st.integers(-5, 50), unique=True, max_size=4))
    frames = tuple(
        Frame(
            article_id=article.id, index=index, type=draw(st.sampled_from(get_args(EventType))),
            evidence=draw(evidence(text)), date=draw(opt_texts),
            date_precision=draw(st.sampled_from(get_args(DatePrecision))),
            date_text=draw(opt_texts), place_text=draw(opt_texts), location=draw(locations),
            perpetrators=draw(str_tuples), targets=draw(str_tuples), killed=draw(figures),
            injured=draw(figures), background=draw(st.booleans()),
        )
        for index in frame_indexes
    )
    return ArticleResult(article, claims, frames)


@st.composite
def many_results(draw: st.DrawFn) -> list[ArticleResult]:
    n = draw(st.integers(1, 3))
    results = [draw(article_results(prefix=f"{i}/")) for i in range(n)]
    return results


casualties = st.builds(
    CasualtySummary, st.none() | ints, st.none() | ints,
    st.dictionaries(texts, ints | texts, max_size=3),
)


@st.composite
def events(draw: st.DrawFn, event_id: str) -> Event:
    return Event(
        id=event_id, type=draw(st.sampled_from(get_args(EventType))),
        article_ids=draw(str_tuples), claim_ids=draw(str_tuples), date=draw(opt_texts),
        date_precision=draw(st.sampled_from(get_args(DatePrecision))), location=draw(locations),
        perpetrator=PerpetratorSummary(
            draw(str_tuples), draw(str_tuples), draw(str_tuples),
            draw(st.sampled_from(get_args(PerpetratorStatus))),
        ),
        killed=draw(casualties), injured=draw(casualties),
        contradictions=tuple(
            Contradiction(draw(texts), (draw(texts), draw(texts)), draw(texts))
            for _ in range(draw(st.integers(0, 3)))
        ),
        frame_keys=tuple(draw(st.lists(st.tuples(texts, ints), max_size=3))),
        disputes=tuple(
            Dispute(draw(texts), tuple(DisputeSide(draw(texts), draw(str_tuples), draw(str_tuples))
                                       for _ in range(draw(st.integers(0, 3)))),
                    draw(texts), draw(ints))
            for _ in range(draw(st.integers(0, 2)))
        ),
    )


@st.composite
def event_lists(draw: st.DrawFn) -> list[Event]:
    ids = draw(st.lists(texts, unique=True, max_size=4))
    return [draw(events(i)) for i in ids]


def no_nul(value: Any) -> Any:
    """``value`` with U+0000 replaced by U+0001 in every string (PostgreSQL text cannot hold
    NUL); lengths, and so evidence offsets, are unchanged."""
    if isinstance(value, str):
        return value.replace("\x00", "\x01")
    if isinstance(value, (list, tuple)):
        return type(value)(no_nul(v) for v in value)
    if isinstance(value, dict):
        return {no_nul(k): no_nul(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: no_nul(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


@pytest.fixture(scope="module")
def pg_store(pg_server: PgServer) -> str:
    """One PostgreSQL store for a module's property tests, emptied before each example."""
    return pg_server.new_database(migrated=True)


def _results_round_trip(db: str, results: list[ArticleResult]) -> None:
    with Store.open(db) as store:
        for r in results:
            store.save_article(r)
        assert store.load_results() == results
        assert list(store.iter_articles()) == [r.article for r in results]
        assert store.article_hashes() == {r.article.id: r.article.content_hash for r in results}


@settings(max_examples=150, deadline=None)
@given(many_results())
def test_results_round_trip_in_memory(results: list[ArticleResult]) -> None:
    _results_round_trip(":memory:", results)


PG_SETTINGS = settings(max_examples=20, deadline=None,
                       suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@PG_SETTINGS
@given(many_results())
def test_results_round_trip_on_postgresql(pg_store: str, results: list[ArticleResult]) -> None:
    wipe(pg_store)
    _results_round_trip(pg_store, no_nul(results))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(many_results())
def test_results_round_trip_through_a_file(results: list[ArticleResult]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.db"
        with Store.open(path) as store:
            for r in results:
                store.save_article(r)
        with Store.open(path) as store:
            assert store.load_results() == results


def _events_round_trip(db: str, evs: list[Event]) -> None:
    with Store.open(db) as store:
        store.replace_events(evs, {})
        ledger = store.load_ledger(GEN)
        assert list(ledger.events) == evs
        assert store.counts()["events"] == len(evs)


@settings(max_examples=150, deadline=None)
@given(event_lists())
def test_events_round_trip(evs: list[Event]) -> None:
    _events_round_trip(":memory:", evs)


@PG_SETTINGS
@given(event_lists())
def test_events_round_trip_on_postgresql(pg_store: str, evs: list[Event]) -> None:
    wipe(pg_store)
    _events_round_trip(pg_store, no_nul(evs))


@settings(max_examples=50, deadline=None)
@given(many_results(), event_lists(), st.data())
def test_ledger_has_everything_with_event_ids(
    results: list[ArticleResult], evs: list[Event], data: st.DataObject
) -> None:
    claims = [c for r in results for c in r.claims]
    choices = st.none() | st.sampled_from([e.id for e in evs]) if evs else st.none()
    mapping = {c.id: data.draw(choices) for c in claims}
    with Store.open(":memory:") as store:
        for r in results:
            store.save_article(r)
        store.replace_events(evs, mapping)
        ledger = store.load_ledger(GEN)
    assert ledger.generator == GEN
    assert list(ledger.articles) == [r.article for r in results]
    assert list(ledger.frames) == [f for r in results for f in r.frames]
    assert [c.event_id for c in ledger.claims] == [mapping[c.id] for c in claims]
    assert [c.id for c in ledger.claims] == [c.id for c in claims]
    assert list(ledger.events) == evs
