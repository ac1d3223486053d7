"""The pre-filter before scoring (rashomon.link.decision.never_links): a pair it skips is one
the scorer would have left without an edge ("none" between two precise reports, or never one
event), so linking gives the same events with and without it.

Frames are made up: towns of Darfur, Shan State and the South Caucasus, with figures, target
names and people drawn at random.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rashomon.link as link_module
from rashomon.config import Options
from rashomon.link import link_with_stats
from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import never_links, pair_evidence, precise
from rashomon.measure.synthetic import generate
from rashomon.types import (
    Claim,
    DatePrecision,
    EventType,
    Evidence,
    Figure,
    Frame,
    Location,
    Source,
    SourceKind,
)

OPTIONS = Options()
WINDOW, RADIUS = OPTIONS.link_date_window_days, OPTIONS.link_radius_km
PLACES = (
    Location("Kadugli", "SD", 11.01, 29.72, "town"),
    Location("Kadugli airstrip", "SD", 11.00, 29.70, "exact"),  # ~2.5 km
    Location("Dilling", "SD", 12.05, 29.65, "town"),  # far
    Location("Lashio", "MM", 22.936, 97.750, "town"),
    Location("Hsenwi", "MM", 23.300, 97.967, "town"),
    Location("Terter", "AZ", 40.34, 46.93, "town"),
    Location("Barda", "AZ", 40.37, 47.13, "town"),  # ~17 km from Terter
    Location("South Kordofan", "SD", 11.2, 29.9, "region"),
    Location("Myanmar", "MM", 21.0, 96.0, "country"),
    None,
)
TYPES: tuple[EventType, ...] = ("airstrike", "drone_strike", "shelling", "ground_attack",
                                "explosion", "other")
TARGETS = ("the Tilo market", "the Mandalay road bridge", "a fuel depot", "the Shusha clinic")
PEOPLE: tuple[tuple[str, SourceKind], ...] = (
    ("Amina Idris", "person"), ("Khin Maung Aye", "person"), ("Sudanese army", "military"),
    ("Arakan Army", "armed_group"))
PRECISIONS: tuple[DatePrecision, ...] = ("day", "day", "day", "week", "month", "unknown")
START = date(2024, 3, 1)


@st.composite
def frames(draw: st.DrawFn, aid: str) -> tuple[Frame, list[Claim]]:
    place = draw(st.sampled_from(PLACES))
    precision = draw(st.sampled_from(PRECISIONS))
    day = START + timedelta(days=draw(st.integers(0, 6)))
    killed = draw(st.one_of(st.none(), st.sampled_from((3, 7, 12, 21))))
    frame = Frame(
        article_id=aid, index=0, type=draw(st.sampled_from(TYPES)), evidence=Evidence(0, 1, "x"),
        date=None if precision == "unknown" else day.isoformat(), date_precision=precision,
        place_text=None if place is None else place.name, location=place,
        targets=tuple(draw(st.lists(st.sampled_from(TARGETS), max_size=2, unique=True))),
        killed=None if killed is None else Figure(killed, killed))
    claims = []
    for n, (name, kind) in enumerate(draw(st.lists(st.sampled_from(PEOPLE), max_size=2))):
        claims.append(Claim(
            id=f"{aid}:c{n}", article_id=aid, source=Source(name, name, kind=kind),
            stance=draw(st.sampled_from(("asserts", "denies"))), about="perpetrator",
            perpetrator=draw(st.sampled_from(("RSF", "Tatmadaw", None))), text="t",
            evidence=Evidence(0, 1, "x"), frame=0,
            killed=None if killed is None else Figure(killed, killed)))
    return frame, claims


@settings(max_examples=400, deadline=None)
@given(frames("a"), frames("b"))
def test_a_skipped_pair_is_never_one_the_scorer_links(fa: tuple[Frame, list[Claim]],
                                                     fb: tuple[Frame, list[Claim]]) -> None:
    (a, claims_a), (b, claims_b) = fa, fb
    ia = prepare(a, None, 0, content_of(a, claims_a))
    ib = prepare(b, None, 0, content_of(b, claims_b))
    if never_links(ia, ib):
        assert never_links(ib, ia)
        evidence = pair_evidence(ia, ib, WINDOW, RADIUS)
        assert evidence is None or (evidence.kind == "none" and precise(ia) and precise(ib))


def precise_frame(aid: str, day: int, *, killed: int | None = None,
                  target: str | None = None) -> Frame:
    return Frame(article_id=aid, index=0, type="shelling", evidence=Evidence(0, 1, "x"),
                 date=(START + timedelta(days=day)).isoformat(), date_precision="day",
                 date_text="Monday", place_text="Terter", location=PLACES[5],
                 targets=() if target is None else (target,),
                 killed=None if killed is None else Figure(killed, killed))


def info(frame: Frame):  # type: ignore[no-untyped-def]
    return prepare(frame, None, 0, content_of(frame))


def test_shelling_of_terter_on_two_days_sharing_nothing_is_skipped() -> None:
    assert never_links(info(precise_frame("a", 0, killed=3)), info(precise_frame("b", 2, killed=5)))


def test_a_shared_figure_or_target_keeps_the_pair() -> None:
    assert not never_links(info(precise_frame("a", 0, killed=12)),
                           info(precise_frame("b", 2, killed=12)))
    assert not never_links(info(precise_frame("a", 0, target="the Shusha clinic")),
                           info(precise_frame("b", 2, target="the Shusha clinic")))


def test_the_same_day_or_a_vague_report_is_scored() -> None:
    assert not never_links(info(precise_frame("a", 0)), info(precise_frame("b", 0)))
    week = Frame(article_id="w", index=0, type="shelling", evidence=Evidence(0, 1, "x"),
                 date=START.isoformat(), date_precision="week", place_text="Terter",
                 location=PLACES[5])
    assert not never_links(info(precise_frame("a", 2)), info(week))


def test_without_content_known_nothing_is_skipped() -> None:
    a, b = precise_frame("a", 0), precise_frame("b", 3)
    assert not never_links(prepare(a), prepare(b))


@pytest.mark.parametrize("n", [3000])
def test_linking_is_the_same_without_the_prefilter(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = generate(n, seed=11)
    events, _, stats = link_with_stats(corpus.frames, [], OPTIONS, corpus.published)
    assert 0 <= stats.scored_pairs < stats.candidate_pairs
    monkeypatch.setattr(link_module, "never_links", lambda a, b: False)
    again, _, full = link_with_stats(corpus.frames, [], OPTIONS, corpus.published)
    assert full.scored_pairs == full.candidate_pairs == stats.candidate_pairs
    assert [(e.id, e.frame_keys, e.date, e.link_note) for e in events] == \
        [(e.id, e.frame_keys, e.date, e.link_note) for e in again]


def test_pairs_taken_from_their_lower_end_are_every_pair_of_the_relation() -> None:
    from rashomon.link import prepare_frames
    from rashomon.link.index import BlockIndex

    corpus = generate(4000, seed=5)
    infos = prepare_frames(corpus.frames, OPTIONS, corpus.published)
    index = BlockIndex(infos, WINDOW, RADIUS)
    full = {(p, q) for p, i in enumerate(infos) for q in index.neighbours(i, p) if q > p}
    assert set(index.iter_pairs()) == full
    assert len(list(index.iter_pairs())) == len(full)


def test_linking_makes_no_reference_cycles_and_restores_the_collector() -> None:
    """link_with_stats pauses the cyclic collector: safe only while it makes no cycles."""
    import gc

    corpus = generate(2000, seed=3)
    gc.collect()
    assert gc.isenabled()
    gc.disable()
    try:
        link_with_stats(corpus.frames, [], OPTIONS, corpus.published)
        assert gc.collect() == 0
    finally:
        gc.enable()
    link_with_stats(corpus.frames, [], OPTIONS, corpus.published)
    assert gc.isenabled()
