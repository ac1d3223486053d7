"""Linking rules on hand-built frames: what merges, what stays apart, event fields.

Places and incidents are made up around real geography (Darfur, Shan State, the Sahel, the
South Caucasus, eastern DRC), far from the eval sets: the rules must hold anywhere.
"""

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
    Figure,
    Frame,
    Location,
    Source,
    Stance,
)

OPTIONS = Options()
# Darfur
FASHER = Location("El Fasher", "SD", 13.628, 25.349, "town")
FASHER_AIRPORT = Location("El Fasher airport", "SD", 13.615, 25.324, "exact")  # ~3 km
ZAMZAM = Location("Zamzam camp", "SD", 13.480, 25.300, "exact")  # ~17 km from El Fasher
TAWILA = Location("Tawila", "SD", 13.505, 24.852, "town")  # ~55 km: beyond the radius
NORTH_DARFUR = Location("North Darfur", "SD", 14.30, 25.10, "region")
SUDAN = Location("Sudan", "SD", 15.50, 32.56, "country")
CHAD = Location("Chad", "TD", 12.11, 15.04, "country")
# Shan State, Myanmar
LASHIO = Location("Lashio", "MM", 22.936, 97.750, "town")
HSENWI = Location("Hsenwi", "MM", 23.300, 97.967, "town")  # ~46 km
# the Sahel
DJIBO = Location("Djibo", "BF", 14.102, -1.627, "town")
# Nagorno-Karabakh
STEPANAKERT = Location("Stepanakert", "AZ", 39.815, 46.752, "town")
SHUSHA = Location("Shusha", "AZ", 39.760, 46.750, "town")  # ~6 km
# North Kivu
GOMA = Location("Goma", "CD", -1.679, 29.228, "town")


def frame(article: str, date: str | None = "2024-05-10", place: Location | None = FASHER, *,
          index: int = 0, type: EventType = "airstrike", precision: DatePrecision = "day",
          killed: int | None = None, targets: tuple[str, ...] = (),
          perpetrators: tuple[str, ...] = (), background: bool = False,
          date_text: str | None = "on Friday") -> Frame:
    return Frame(article_id=article, index=index, type=type, evidence=Evidence(0, 0, ""),
                 date=date, date_precision=precision if date else "unknown",
                 date_text=date_text if date else None, location=place,
                 perpetrators=perpetrators, targets=targets,
                 killed=None if killed is None else Figure(killed, killed),
                 background=background)


def claim(cid: str, article: str, frame_index: int | None = 0, *, stance: Stance = "asserts",
          speaker: str = "the monitor", killed: int | None = None) -> Claim:
    return Claim(id=cid, article_id=article, source=Source("Monitor", speaker),
                 stance=stance, about="occurrence", text="", evidence=Evidence(0, 0, ""),
                 killed=None if killed is None else Figure(killed, killed), frame=frame_index)


def groups(events: list[Event]) -> set[frozenset[str]]:
    return {frozenset(f"{a}#{i}" for a, i in e.frame_keys) for e in events}


def run(*frames: Frame, claims: tuple[Claim, ...] = (), options: Options = OPTIONS,
        published: dict[str, str | None] | None = None) -> set[frozenset[str]]:
    events, _ = link(frames, claims, options, published)
    return groups(events)


def together(got: set[frozenset[str]], *keys: str) -> bool:
    return any(set(keys) <= g for g in got)


# ---------------------------------------------------------------- one spot, one day


def test_reports_of_one_strike_at_one_town_on_one_day_merge() -> None:
    got = run(frame("a", killed=12), frame("b", killed=12), frame("c", targets=("the Naivasha market",),
                                                                   killed=12))
    assert got == {frozenset({"a#0", "b#0", "c#0"})}


def test_two_reports_sharing_nothing_but_spot_and_day_merge() -> None:
    # nothing else was reported there that day: they are the one incident
    assert run(frame("a"), frame("b")) == {frozenset({"a#0", "b#0"})}


def test_a_day_of_many_strikes_in_one_city_is_not_one_incident() -> None:
    # four reports of El Fasher on one day, each naming its own target and toll
    reports = [frame(f"r{n}", killed=k, targets=(t,)) for n, (k, t) in enumerate(
        [(3, "the Abu Shouk clinic"), (7, "the Kasamba bakery"), (11, "the Naivasha market"),
         (2, "a water point in Wadi Kuku")])]
    got = run(*reports)
    assert len(got) == 4


def test_a_site_named_after_the_town_is_the_town() -> None:
    got = run(frame("a", place=FASHER_AIRPORT, killed=4), frame("b", killed=4))
    assert got == {frozenset({"a#0", "b#0"})}


# ---------------------------------------------------------------- place hierarchy


@pytest.mark.parametrize("coarse", [NORTH_DARFUR, SUDAN])
def test_district_city_and_province_are_one_incident_when_the_details_agree(
        coarse: Location) -> None:
    details = {"killed": 23, "targets": ("the Zamzam displacement camp school",)}
    got = run(frame("site", place=ZAMZAM, **details), frame("city", **details),
              frame("wide", place=coarse, **details))
    assert got == {frozenset({"site#0", "city#0", "wide#0"})}


def test_a_province_report_joins_the_only_incident_there_that_day() -> None:
    got = run(frame("a", killed=9), frame("b", killed=9), frame("wide", place=NORTH_DARFUR))
    assert got == {frozenset({"a#0", "b#0", "wide#0"})}


def test_a_province_report_that_fits_two_incidents_stays_apart() -> None:
    got = run(frame("a", killed=9, targets=("the Kasamba bakery",)),
              frame("b", place=ZAMZAM, killed=31, targets=("the camp clinic",)),
              frame("wide", place=NORTH_DARFUR))
    assert frozenset({"wide#0"}) in got


def test_a_country_report_needs_a_shared_detail() -> None:
    assert frozenset({"wide#0"}) in run(frame("a"), frame("wide", place=SUDAN))
    got = run(frame("a", killed=14), frame("wide", place=SUDAN, killed=14))
    assert got == {frozenset({"a#0", "wide#0"})}


def test_a_country_report_does_not_join_another_country() -> None:
    assert len(run(frame("a", killed=14), frame("b", place=CHAD, killed=14))) == 2


# ---------------------------------------------------------------- distinct incidents


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (FASHER, TAWILA),  # 55 km: beyond the radius, never
        (LASHIO, HSENWI),  # 46 km
        (STEPANAKERT, SHUSHA),  # 6 km, both pinned, same day, nothing shared
        (FASHER, ZAMZAM),  # a camp 17 km out of town
    ],
)
def test_same_day_strikes_in_different_towns_stay_apart(first: Location, second: Location) -> None:
    got = run(frame("a", place=first, killed=5), frame("b", place=second, killed=8))
    assert len(got) == 2


def test_different_towns_linked_by_two_shared_details() -> None:
    target = ("the Lachin road checkpoint bus",)
    got = run(frame("a", place=STEPANAKERT, killed=17, targets=target),
              frame("b", place=SHUSHA, killed=17, targets=target))
    assert got == {frozenset({"a#0", "b#0"})}


def test_one_city_on_different_days_needs_two_shared_details() -> None:
    assert len(run(frame("a", "2024-05-10", GOMA, killed=6),
                   frame("b", "2024-05-12", GOMA, killed=6))) == 2
    got = run(frame("a", "2024-05-10", GOMA, killed=6, targets=("the Mugunga camp",)),
              frame("b", "2024-05-11", GOMA, killed=6, targets=("Mugunga camp",)))
    assert got == {frozenset({"a#0", "b#0"})}


def test_a_chain_through_a_province_report_does_not_join_two_towns() -> None:
    # the province report shares a detail with each town's report; the towns' reports,
    # pinned to different towns on the same day, share nothing: two incidents
    got = run(frame("a", place=FASHER, killed=12, targets=("the Kasamba bakery",)),
              frame("b", place=ZAMZAM, killed=40, targets=("the camp clinic",)),
              frame("wide", place=NORTH_DARFUR, killed=12, targets=("the camp clinic",)))
    assert not together(got, "a#0", "b#0")


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
    got = run(frame("a", type=type_a, killed=5), frame("b", type=type_b, killed=5))
    assert (len(got) == 1) is merged


def test_unrelated_types_merge_on_two_shared_details() -> None:
    got = run(frame("a", type="ground_attack", killed=19, targets=("the Tora aid convoy",)),
              frame("b", type="shelling", killed=19, targets=("aid convoy at Tora",)))
    assert got == {frozenset({"a#0", "b#0"})}


def test_same_town_three_years_apart_stays_apart() -> None:
    got = run(frame("a", "2021-06-17", killed=22), frame("b", "2024-06-27", killed=22))
    assert got == {frozenset({"a#0"}), frozenset({"b#0"})}


def test_transitive_chain_does_not_exceed_window() -> None:
    same = {"killed": 30, "targets": ("the Abu Shouk clinic",)}
    got = run(frame("a", "2024-05-01", **same), frame("b", "2024-05-03", **same),
              frame("c", "2024-05-05", **same))
    assert frozenset({"a#0", "b#0", "c#0"}) not in got


def test_window_option_is_respected() -> None:
    same = {"killed": 30, "targets": ("the Abu Shouk clinic",)}
    frames = (frame("a", "2024-05-01", **same), frame("b", "2024-05-06", **same))
    assert len(run(*frames)) == 2
    assert len(run(*frames, options=OPTIONS.with_(link_date_window_days=7))) == 1


# ---------------------------------------------------------------- undated reports


def test_an_undated_report_never_joins_on_place_alone() -> None:
    got = run(frame("a", killed=12), frame("b", killed=12), frame("u", None))
    assert frozenset({"u#0"}) in got


def test_an_undated_report_joins_on_a_named_person() -> None:
    claims = (claim("c1", "a", speaker="spokesman Ibrahim Adam Nur"),
              claim("c2", "u", speaker="Ibrahim Adam Nur, the camp's spokesman"))
    got = run(frame("a"), frame("u", None), claims=claims)
    assert got == {frozenset({"a#0", "u#0"})}


def test_an_undated_report_joins_the_year_its_details_name() -> None:
    # two incidents at one town three years apart; the undated report gives the toll of the
    # first
    got = run(frame("a", "2021-03-02", GOMA, killed=16), frame("b", "2024-03-04", GOMA, killed=3),
              frame("u", None, GOMA, killed=16))
    assert frozenset({"a#0", "u#0"}) in got


def test_a_small_shared_figure_attaches_an_undated_report_to_the_only_candidate() -> None:
    got = run(frame("a", killed=7), frame("u", None, killed=7))
    assert got == {frozenset({"a#0", "u#0"})}
    got = run(frame("a", "2024-05-10", killed=7, targets=("the Kasamba bakery",)),
              frame("b", "2024-09-02", killed=7, targets=("the Naivasha market",)),
              frame("u", None, killed=7))
    assert frozenset({"u#0"}) in got  # 7 dead in both: nothing decides


def test_undated_reports_group_on_shared_details_only() -> None:
    assert len(run(frame("u1", None), frame("u2", None))) == 2
    got = run(frame("u1", None, targets=("the Ardamata garrison",)),
              frame("u2", None, targets=("Ardamata garrison gate",)))
    assert got == {frozenset({"u1#0", "u2#0"})}


def test_publication_date_places_an_undated_report_in_time() -> None:
    frames = [frame("a", "2021-06-17"), frame("b", "2024-09-14"), frame("u", None)]
    events, _ = link(frames, [], OPTIONS, published={"u": "2021-06-18"})
    assert frozenset({"a#0", "u#0"}) in groups(events)


# ---------------------------------------------------------------- articles and events


def test_same_article_background_incident_stays_apart() -> None:
    got = run(frame("a", "2024-06-27", index=0, killed=4),
              frame("a", "2021-06-17", index=1, background=True),
              frame("b", "2024-06-27", killed=4))
    assert got == {frozenset({"a#0", "b#0"}), frozenset({"a#1"})}


def test_same_article_frames_merge_when_same_place_and_date() -> None:
    assert run(frame("a", index=0), frame("a", index=1)) == {frozenset({"a#0", "a#1"})}


def test_same_article_distinct_places_stay_apart() -> None:
    assert len(run(frame("a", index=0), frame("a", index=1, place=ZAMZAM))) == 2


def test_month_precision_frame_joins_a_day_cluster_of_that_month() -> None:
    got = run(frame("a", "2024-03-10"), frame("b", "2024-03-01", precision="month"))
    assert got == {frozenset({"a#0", "b#0"})}
    got = run(frame("a", "2024-05-10"), frame("b", "2024-03-01", precision="month"))
    assert len(got) == 2


def test_event_fields() -> None:
    frames = [
        frame("b", "2024-05-11", type="drone_strike", killed=8, targets=("Kasamba bakery",)),
        frame("a", "2024-05-10", SUDAN, type="airstrike", killed=8, targets=("the Kasamba bakery",)),
        frame("c", "2024-05-11", FASHER, type="airstrike", killed=8, targets=("Kasamba bakery",)),
        frame("d", "2024-05-10", FASHER_AIRPORT, type="drone_strike", killed=8,
              targets=("Kasamba bakery",)),
    ]
    claims = [claim("c2", "b"), claim("c1", "a"), claim("c3", "d", None)]
    events, mapping = link(frames, claims, OPTIONS)
    assert len(events) == 1
    ev = events[0]
    assert ev.type == "drone_strike"  # 2 vs 2: the more specific type
    assert ev.date == "2024-05-10" and ev.date_precision == "day"  # tie: earliest
    assert ev.location == FASHER_AIRPORT  # the most precise
    assert ev.article_ids == ("a", "b", "c", "d")
    assert ev.claim_ids == ("c1", "c2")
    assert ev.frame_keys == (("a", 0), ("b", 0), ("c", 0), ("d", 0))
    assert ev.id == "ev-" + hashlib.sha1(b"a#0").hexdigest()[:10]
    assert mapping == {"c1": ev.id, "c2": ev.id, "c3": None}


def test_events_sorted_by_date_then_id() -> None:
    events, _ = link([frame("a", "2024-05-01"), frame("b", None, TAWILA),
                      frame("c", "2024-01-01")], [], OPTIONS)
    assert [e.date for e in events] == [None, "2024-01-01", "2024-05-01"]


def test_claim_about_unknown_frame_maps_to_none() -> None:
    _, mapping = link([frame("a")], [claim("c1", "a", 5), claim("c2", "zz", 0)], OPTIONS)
    assert mapping == {"c1": None, "c2": None}


def test_frame_without_place_stays_alone() -> None:
    assert len(run(frame("a", place=None, killed=9), frame("b", place=None, killed=9))) == 2


def test_stats_count_work() -> None:
    _, _, stats = link_with_stats([frame("a"), frame("b"), frame("c", place=DJIBO)], [],
                                  OPTIONS)
    assert (stats.frames, stats.candidate_pairs, stats.events) == (3, 1, 2)


# ---------------------------------------------------------------- claims about frames not given


@pytest.mark.parametrize("missing", [1, 3, 40])
def test_claims_about_frames_left_out_log_once_with_their_count(
        missing: int, caplog: pytest.LogCaptureFixture) -> None:
    # a caller (compare) that leaves out background frames still hands their claims
    frames = (frame("a", place=GOMA, killed=9), frame("b", place=GOMA, killed=9))
    claims = (claim("a:c0", "a", killed=9),
              *(claim(f"b:c{n}", "b", frame_index=n + 1) for n in range(missing)))
    with caplog.at_level("WARNING", logger="rashomon.link"):
        events, mapping = link(frames, claims, OPTIONS)
    warnings = [r for r in caplog.records if "not given to the link stage" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].getMessage().startswith(f"{missing} claim(s)")
    assert mapping["a:c0"] == events[0].id
    assert all(mapping[f"b:c{n}"] is None for n in range(missing))


def test_same_event_hands_on_only_the_claims_of_the_frames_it_compares(
        caplog: pytest.LogCaptureFixture) -> None:
    from rashomon.link import same_event

    # each article has a background frame (an earlier strike), whose claim compare passes too
    a = (frame("a", place=LASHIO, killed=14),
         frame("a", "2023-01-02", LASHIO, index=1, background=True))
    b = (frame("b", place=LASHIO, killed=14),
         frame("b", "2023-01-02", LASHIO, index=1, background=True))
    claims_a = (claim("a:c0", "a", killed=14), claim("a:c1", "a", frame_index=1))
    claims_b = (claim("b:c0", "b", killed=14), claim("b:c1", "b", frame_index=1))
    with caplog.at_level("WARNING", logger="rashomon.link"):
        verdict = same_event((a, claims_a, "2024-05-11"), (b, claims_b, "2024-05-11"), OPTIONS)
    assert verdict is not None and verdict.same
    assert not [r for r in caplog.records if "not given" in r.getMessage()]
