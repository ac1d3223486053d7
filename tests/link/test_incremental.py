"""Incremental linking equals linking everything at once, with the details that decide
links now (figures, targets, named people) and the rules that depend on competitors (a
vague report joins the only incident it fits; reports sharing only spot and day merge when
each is the other's only neighbour)."""

from __future__ import annotations

from datetime import date, timedelta
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.link import index as link_index
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
    Location("Lashio", "MM", 22.936, 97.750, "town"),
    Location("Lashio airport", "MM", 22.978, 97.752, "exact"),
    Location("Namtu", "MM", 23.090, 97.900, "town"),  # ~23 km from Lashio
    Location("Shan", "MM", 21.800, 97.700, "region"),
    Location("Myanmar", "MM", 19.750, 96.100, "country"),
    None,
]
TYPES: list[EventType] = ["airstrike", "drone_strike", "explosion", "ground_attack"]
START = date(2024, 7, 1)


@st.composite
def articles(draw: st.DrawFn, aid: str) -> ArticleResult:
    frames, claims = [], []
    for k in range(draw(st.integers(1, 2))):
        offset = draw(st.one_of(st.none(), st.integers(0, 9)))
        precision = draw(st.sampled_from(["day", "day", "week"]))
        killed = draw(st.sampled_from([None, 3, 14]))
        frames.append(Frame(
            article_id=aid, index=k, type=draw(st.sampled_from(TYPES)),
            evidence=Evidence(0, 1, "x"),
            date=None if offset is None else (START + timedelta(days=offset)).isoformat(),
            date_precision="unknown" if offset is None else precision,  # type: ignore[arg-type]
            date_text=None if offset is None or precision != "day" else "on Monday",
            location=draw(st.sampled_from(PLACES)), place_text="near Lashio",
            killed=None if killed is None else Figure(killed, killed),
            targets=tuple(draw(st.lists(st.sampled_from(["the Mansu market", "a monastery"]),
                                        max_size=1))),
            background=draw(st.booleans()),
        ))
        claims.append(Claim(
            id=f"{aid}:c{k}", article_id=aid,
            source=Source("S", draw(st.sampled_from(["a resident", "spokesman Nyi Nyi Aung"]))),
            stance="asserts", about="occurrence", text="t", evidence=Evidence(0, 1, "x"),
            frame=k))
    pub = draw(st.one_of(st.none(), st.integers(0, 12)))
    art = Article(id=aid, text="x", input=f"{aid}.txt", content_hash=f"h{len(frames)}{pub}",
                  published=None if pub is None else (START + timedelta(days=pub)).isoformat())
    return ArticleResult(art, tuple(claims), tuple(frames))


@st.composite
def histories(draw: st.DrawFn) -> list[list[ArticleResult]]:
    """Batches of saves; a later batch may re-save an earlier article with other frames."""
    ids = [f"a{k:02d}" for k in range(draw(st.integers(2, 12)))]
    batches: list[list[ArticleResult]] = [[] for _ in range(draw(st.integers(2, 3)))]
    for aid in ids:
        batches[draw(st.integers(0, len(batches) - 1))].append(draw(articles(aid)))
    for aid in draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)):
        batches[-1].append(draw(articles(aid)))
    return batches


def final(batches: list[list[ArticleResult]]) -> list[ArticleResult]:
    latest: dict[str, ArticleResult] = {}
    for batch in batches:
        for r in batch:
            latest[r.article.id] = r
    return list(latest.values())


def at_once(results: list[ArticleResult]) -> list[Event]:
    with Store.open(":memory:") as store:
        for r in results:
            store.save_article(r)
        relink(store, OPTIONS)
        return sorted(store.load_ledger(GEN).events, key=lambda e: e.id)


@settings(max_examples=150, deadline=None)
@given(histories())
def test_incremental_link_equals_linking_everything_at_once(
        batches: list[list[ArticleResult]]) -> None:
    with Store.open(":memory:") as store:
        for batch in batches:
            for r in batch:
                store.save_article(r)
            relink(store, OPTIONS)
        got = sorted(store.load_ledger(GEN).events, key=lambda e: e.id)
    assert got == at_once(final(batches))  # partitions, fields and link notes


@settings(max_examples=60, deadline=None)
@given(histories())
def test_incremental_link_equals_everything_at_once_when_rank_windows_bind(
        batches: list[list[ArticleResult]]) -> None:
    """The same with a rank window of 1: blocks hold more frames than the window, so new and
    re-saved reports shift which frames each one is compared with."""
    with patch.object(link_index, "RANK_WINDOW", 1):
        test_incremental_link_equals_linking_everything_at_once.hypothesis.inner_test(batches)
