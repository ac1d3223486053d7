"""Linking rules on hand-built frames: what merges, what stays apart, event fields."""

from __future__ import annotations

import hashlib

import pytest

from rashomon.config import Options
from rashomon.link import link, link_with_stats
from rashomon.types import (
    Claim,
    DatePrecision,
    Event,
    EventType,
    Evidence,
    Frame,
    Location,
    Source,
    Stance,
)

OPTIONS = Options()
TOWN = Location("Qasr Tamar", "SY", 34.50, 40.90, "town")
NEARBY = Location("Tell Halfa", "SY", 34.60, 40.95, "town")  # ~12 km
FAR = Location("Wadi Sirr", "SY", 35.40, 40.10, "town")  # ~120 km
BASE = Location("Rawdat airbase", "IQ", 33.80, 42.40, "exact")
SYRIA = Location("Syria", "SY", 35.0, 38.5, "country")
IRAQ = Location("Iraq", "IQ", 33.0, 44.0, "country")


def frame(article: str, date: str | None = "2020-03-10", place: Location | None = TOWN, *,
          index: int = 0, type: EventType = "airstrike", precision: DatePrecision = "day",
          perpetrators: tuple[str, ...] = (), background: bool = False) -> Frame:
    return Frame(article_id=article, index=index, type=type, evidence=Evidence(0, 0, ""),
                 date=date, date_precision=precision if date else "unknown",
                 location=place, perpetrators=perpetrators, background=background)


def claim(cid: str, article: str, frame_index: int | None = 0,
          stance: Stance = "asserts") -> Claim:
    return Claim(id=cid, article_id=article, source=Source("Monitor", "the monitor"),
                 stance=stance, about="occurrence", text="", evidence=Evidence(0, 0, ""),
                 frame=frame_index)


def groups(events: list[Event]) -> set[frozenset[str]]:
    return {frozenset(f"{a}#{i}" for a, i in e.frame_keys) for e in events}


def run(*frames: Frame, options: Options = OPTIONS) -> set[frozenset[str]]:
    events, _ = link(frames, [], options)
    return groups(events)


def test_reports_of_one_strike_merge() -> None:
    got = run(frame("a"), frame("b", "2020-03-11"), frame("c", "2020-03-10", NEARBY))
    assert got == {frozenset({"a#0", "b#0", "c#0"})}


def test_same_town_three_years_apart_stays_apart() -> None:
    perps = ("Coalition",)
    got = run(frame("a", "2018-06-17", perpetrators=perps),
              frame("b", "2021-06-27", perpetrators=perps))
    assert got == {frozenset({"a#0"}), frozenset({"b#0"})}


def test_same_airbase_two_months_apart_stays_apart() -> None:
    got = run(frame("a", "2020-01-08", BASE, type="missile_strike"),
              frame("b", "2020-03-11", BASE, type="missile_strike"))
    assert len(got) == 2


def test_places_beyond_radius_never_merge() -> None:
    assert len(run(frame("a"), frame("b", place=FAR))) == 2


def test_far_towns_not_bridged_by_a_country_level_frame() -> None:
    got = run(frame("a"), frame("b", place=FAR), frame("c", place=SYRIA))
    assert frozenset({"a#0", "b#0"}) not in got
    assert all(not {"a#0", "b#0"} <= g for g in got)


def test_country_level_frame_joins_a_town_in_that_country() -> None:
    assert run(frame("a"), frame("b", place=SYRIA)) == {frozenset({"a#0", "b#0"})}


def test_country_level_frame_does_not_join_another_country() -> None:
    assert len(run(frame("a"), frame("b", place=IRAQ))) == 2


@pytest.mark.parametrize(
    ("type_a", "type_b", "merged"),
    [
        ("airstrike", "drone_strike", True),
        ("airstrike", "missile_strike", True),
        ("explosion", "airstrike", True),
        ("airstrike", "ground_attack", False),
        ("shelling", "airstrike", False),
    ],
)
def test_type_compatibility(type_a: EventType, type_b: EventType, merged: bool) -> None:
    got = run(frame("a", type=type_a), frame("b", type=type_b))
    assert (len(got) == 1) is merged


def test_transitive_chain_does_not_exceed_window() -> None:
    got = run(frame("a", "2020-03-01"), frame("b", "2020-03-03"), frame("c", "2020-03-05"))
    assert frozenset({"a#0", "b#0", "c#0"}) not in got
    assert len(got) == 2


def test_undated_frame_joins_only_one_of_two_dated_clusters() -> None:
    # two dated clusters at one town, 10 days apart, and an undated report there
    got = run(frame("a", "2020-03-01"), frame("b", "2020-03-02"),
              frame("c", "2020-03-11"), frame("d", "2020-03-12"), frame("u", None))
    assert len(got) == 2
    with_u = [g for g in got if "u#0" in g]
    assert len(with_u) == 1 and len(with_u[0]) == 3


def test_undated_frame_does_not_bridge_clusters_within_the_window() -> None:
    # same day, same town: an airstrike and a ground raid stay apart; an undated
    # "explosion" report is compatible with both but may join one only
    got = run(frame("a", type="airstrike"), frame("b", type="ground_attack"),
              frame("u", None, type="explosion"))
    assert len(got) == 2


def test_undated_frames_alone_group_together() -> None:
    assert run(frame("a", None), frame("b", None)) == {frozenset({"a#0", "b#0"})}


def test_same_article_background_incident_stays_apart() -> None:
    got = run(frame("a", "2021-06-27", index=0),
              frame("a", "2018-06-17", index=1, background=True),
              frame("b", "2021-06-27"))
    assert got == {frozenset({"a#0", "b#0"}), frozenset({"a#1"})}


def test_same_article_undated_background_stays_apart() -> None:
    got = run(frame("a", "2021-06-27", index=0), frame("a", None, index=1, background=True))
    assert len(got) == 2


def test_same_article_frames_merge_when_same_place_and_date() -> None:
    got = run(frame("a", index=0), frame("a", index=1))
    assert got == {frozenset({"a#0", "a#1"})}


def test_same_article_distinct_places_stay_apart() -> None:
    assert len(run(frame("a", index=0), frame("a", index=1, place=NEARBY))) == 2


def test_month_precision_frame_joins_a_day_cluster_of_that_month() -> None:
    got = run(frame("a", "2020-03-10"), frame("b", "2020-03-01", precision="month"))
    assert got == {frozenset({"a#0", "b#0"})}
    got = run(frame("a", "2020-05-10"), frame("b", "2020-03-01", precision="month"))
    assert len(got) == 2


def test_event_fields() -> None:
    frames = [
        frame("b", "2020-03-11", type="drone_strike"),
        frame("a", "2020-03-10", SYRIA, type="airstrike"),
        frame("c", "2020-03-11", TOWN, type="airstrike"),
        frame("d", "2020-03-10", NEARBY, type="drone_strike"),
    ]
    claims = [claim("c2", "b"), claim("c1", "a"), claim("c3", "d", None)]
    events, mapping = link(frames, claims, OPTIONS)
    assert len(events) == 1
    ev = events[0]
    assert ev.type == "drone_strike"  # 2 vs 2: the more specific type
    assert ev.date == "2020-03-10" and ev.date_precision == "day"  # tie: earliest
    assert ev.location == NEARBY or ev.location == TOWN
    assert ev.location is not None and ev.location.precision == "town"
    assert ev.article_ids == ("a", "b", "c", "d")
    assert ev.claim_ids == ("c1", "c2")
    assert ev.frame_keys == (("a", 0), ("b", 0), ("c", 0), ("d", 0))
    assert ev.id == "ev-" + hashlib.sha1(b"a#0").hexdigest()[:10]
    assert mapping == {"c1": ev.id, "c2": ev.id, "c3": None}


def test_location_ties_go_to_the_most_common() -> None:
    events, _ = link([frame("a", place=NEARBY), frame("b"), frame("c")], [], OPTIONS)
    assert events[0].location == TOWN


def test_events_sorted_by_date_then_id() -> None:
    events, _ = link([frame("a", "2020-05-01"), frame("b", None, FAR),
                      frame("c", "2020-01-01")], [], OPTIONS)
    assert [e.date for e in events] == [None, "2020-01-01", "2020-05-01"]


def test_claim_about_unknown_frame_maps_to_none() -> None:
    _, mapping = link([frame("a")], [claim("c1", "a", 5), claim("c2", "zz", 0)], OPTIONS)
    assert mapping == {"c1": None, "c2": None}


def test_frame_without_place_stays_alone() -> None:
    assert len(run(frame("a", place=None), frame("b", place=None))) == 2


def test_window_option_is_respected() -> None:
    frames = (frame("a", "2020-03-01"), frame("b", "2020-03-06"))
    assert len(run(*frames)) == 2
    assert len(run(*frames, options=OPTIONS.with_(link_date_window_days=7))) == 1


def test_stats_count_work() -> None:
    _, _, stats = link_with_stats([frame("a"), frame("b"), frame("c", place=FAR)], [], OPTIONS)
    assert (stats.frames, stats.candidate_pairs, stats.events) == (3, 1, 2)


def test_undated_current_report_prefers_the_current_incident() -> None:
    # article "a" reports today's strike and mentions one three years earlier at the town;
    # an undated report "u" at the town belongs with today's strike
    got = run(frame("a", "2021-06-27", index=0),
              frame("a", "2018-06-17", index=1, background=True),
              frame("b", "2021-06-28", NEARBY),
              frame("u", None, type="explosion"))
    assert frozenset({"a#0", "b#0", "u#0"}) in got


def test_undated_report_joins_the_incident_at_its_own_site() -> None:
    # two incidents years apart: one at the town, one at a village 12 km away; an undated
    # report from the village goes with the village's incident
    got = run(frame("a", "2018-06-17", NEARBY), frame("b", "2021-09-14"),
              frame("c", "2021-09-14"), frame("u", None, NEARBY))
    assert frozenset({"a#0", "u#0"}) in got


def test_publication_date_places_an_undated_report_in_time() -> None:
    frames = [frame("a", "2018-06-17"), frame("b", "2021-09-14"), frame("c", "2021-09-15"),
              frame("u", None)]
    events, _ = link(frames, [], OPTIONS, published={"u": "2018-06-18"})
    assert frozenset({"a#0", "u#0"}) in groups(events)
