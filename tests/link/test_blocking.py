"""Blocking: date intervals, place keys and which pairs are compared at all."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rashomon.link.blocking import candidate_pairs, haversine_km, norm, prepare
from rashomon.types import DatePrecision, EventType, Evidence, Frame, Location

TOWN = Location("Qasr Tamar", "SY", 34.50, 40.90, "town")
NEARBY = Location("Tell Halfa", "SY", 34.60, 40.95, "town")  # ~12 km away
FAR = Location("Wadi Sirr", "SY", 35.40, 40.10, "town")  # ~120 km away
IRAQ_TOWN = Location("Kharab Nahr", "IQ", 34.40, 41.05, "town")
SYRIA = Location("Syria", "SY", 35.0, 38.5, "country")


def frame(article: str, date: str | None = "2020-03-10", place: Location | None = TOWN, *,
          index: int = 0, type: EventType = "airstrike", precision: DatePrecision = "day",
          place_text: str | None = None) -> Frame:
    return Frame(article_id=article, index=index, type=type, evidence=Evidence(0, 0, ""),
                 date=date, date_precision=precision if date else "unknown",
                 location=place, place_text=place_text)


def test_haversine_known_distance() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.5)
    assert haversine_km(34.5, 40.9, 34.5, 40.9) == 0.0


@pytest.mark.parametrize(
    ("date", "precision", "span_days", "exact"),
    [
        ("2020-03-10", "day", 0, True),
        ("2020-03-10", "unknown", 0, True),  # a full date without a stated precision
        ("2020-03-10", "week", 6, False),
        ("2020-02-14", "month", 28, False),  # February 2020: 29 days
        ("2020-02", "day", 28, False),  # a bare month
    ],
)
def test_date_intervals(date: str, precision: DatePrecision, span_days: int,
                        exact: bool) -> None:
    info = prepare(frame("a", date, precision=precision))
    assert info.lo is not None and info.hi is not None
    assert info.hi - info.lo == span_days
    assert info.exact is exact


@pytest.mark.parametrize("date", [None, "sometime", ""])
def test_undated_or_unreadable_is_undated(date: str | None) -> None:
    info = prepare(frame("a", date))
    assert info.lo is None and not info.exact


def test_norm_collapses_punctuation() -> None:
    assert norm("Al-Bukamal  Town") == "al bukamal town"


def pairs_of(*frames: Frame, window: int = 3, radius: float = 30.0) -> set[tuple[str, str]]:
    infos = [prepare(f) for f in frames]
    return {(infos[i].key, infos[j].key) for i, j in candidate_pairs(infos, window, radius)}


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (frame("b", "2020-03-12"), True),  # same town, 2 days
        (frame("b", "2020-03-10", NEARBY), True),  # 12 km
        (frame("b", "2020-03-10", IRAQ_TOWN), True),  # across the border, within radius
        (frame("b", "2020-03-10", FAR), False),  # 120 km
        (frame("b", "2020-05-10"), False),  # two months later
        (frame("b", "2023-03-10"), False),  # three years later
        (frame("b", None), True),  # undated at the same town
        (frame("b", "2020-03-10", SYRIA), True),  # country precision, same country
        (frame("b", "2020-03-10", None), False),  # no place at all
    ],
)
def test_blocking_pairs(other: Frame, expected: bool) -> None:
    assert (("a#0", "b#0") in pairs_of(frame("a"), other)) is expected


def test_country_precision_blocks_only_within_its_country() -> None:
    got = pairs_of(frame("a", place=SYRIA), frame("b", place=IRAQ_TOWN))
    assert got == set()


def test_unresolved_places_block_by_place_text() -> None:
    a = frame("a", place=None, place_text="near the Omar oil field")
    b = frame("b", place=None, place_text="Near the  Omar oil-field")
    assert pairs_of(a, b) == {("a#0", "b#0")}


def test_neighbours_are_symmetric_and_match_the_pairs() -> None:
    from rashomon.link.index import BlockIndex
    from rashomon.measure.synthetic import generate

    corpus = generate(1_500, seed=3)
    infos = [prepare(f, corpus.published.get(f.article_id), 30) for f in corpus.frames]
    index = BlockIndex(infos, 3, 30.0)
    pairs = index.pairs()
    assert index.states  # the corpus has busy places or crowded countries
    for p, info in enumerate(infos):
        for q in index.neighbours(info, p):
            assert p in index.neighbours(infos[q], q)
            assert (min(p, q), max(p, q)) in pairs


def test_a_month_date_does_not_make_a_place_busy_for_undated_frames() -> None:
    month = frame("m", "2020-03-01", precision="month")
    got = pairs_of(month, frame("u", None))
    assert ("m#0", "u#0") in got


def test_undated_frame_is_placed_before_its_publication() -> None:
    info = prepare(frame("a", None), published="2020-03-20", lookback_days=30)
    assert info.lo is not None and info.hi is not None and not info.dated
    assert info.hi - info.lo == 30
    background = prepare(replace(frame("a", None), background=True), published="2020-03-20",
                         lookback_days=30)
    assert background.lo is None


@pytest.mark.parametrize(
    ("place", "written"),
    [
        (Location("Kadugli", "SD", 11.01, 29.72, "town"), "Kadugli"),
        (Location("Lashio", "MM", 22.94, 97.75, "town"), "near Lashio"),
        (Location("Bunia", "CD", 1.57, 30.25, "town"), "the town of Bunia"),
    ],
)
def test_an_unresolved_place_meets_reports_that_write_it_alike(place: Location,
                                                                written: str) -> None:
    resolved = frame("a", place=place, place_text=written)
    unresolved = frame("b", place=None, place_text=written.upper())
    other = frame("c", place=None, place_text="Wadi Halfa")
    assert pairs_of(resolved, unresolved, other) == {("a#0", "b#0")}


def test_a_busy_block_compares_each_report_with_a_bounded_window() -> None:
    from rashomon.link.index import BlockIndex
    from rashomon.link.info import RANK_WINDOW

    town = Location("Goma", "CD", -1.68, 29.22, "town")
    infos = [prepare(frame(f"g{k:03d}", "2024-02-17", town)) for k in range(5 * RANK_WINDOW)]
    index = BlockIndex(infos, 3, 30.0)
    for p, info in enumerate(infos):
        near = index.neighbours(info, p)
        assert len(near) <= 2 * RANK_WINDOW
        assert all(p in index.neighbours(infos[q], q) for q in near)
    assert len(index.pairs()) < len(infos) * RANK_WINDOW


# Shan State: a town, and places in the neighbouring row of 30 km cells (cell rows are
# 0.27 degrees of latitude: 22.55 lies in one, 22.75-22.85 in the next)
KYAUKME = Location("Kyaukme", "MM", 22.55, 97.03, "town")


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (Location("Nawnghkio", "MM", 22.75, 97.03, "town"), True),  # 22 km: within the radius
        (Location("Hsipaw", "MM", 22.85, 97.03, "town"), False),  # 33 km: two towns, never one
        (Location("Naung Cho", "MM", 22.95, 97.10, "town"), False),  # 45 km, two rows away
        (Location("Gokteik viaduct", "MM", 22.78, 97.03, "exact"), True),  # a site, 26 km
        (Location("Gokteik", "MM", 22.85, 97.03, "exact"), False),  # a site, 33 km
        # a point of unknown precision 33 km away: not a town, so not certainly elsewhere
        (Location("Hsipaw road", "MM", 22.85, 97.03, "unknown"), True),
    ],
)
def test_places_in_a_neighbouring_cell_are_candidates_within_the_radius(
        other: Location, expected: bool) -> None:
    got = pairs_of(frame("a", place=KYAUKME), frame("b", place=other))
    assert (("a#0", "b#0") in got) is expected
    # the same from the other side (the relation is symmetric)
    assert (("a#0", "b#0") in pairs_of(frame("b", place=other), frame("a", place=KYAUKME))
            or ("b#0", "a#0") in pairs_of(frame("b", place=other), frame("a", place=KYAUKME))) \
        is expected


@pytest.mark.parametrize(("perpetrators", "targets", "actors"), [
    # names that name nobody (party_words.yaml placeholders) are no actor to share
    (("Unidentified aircraft",), ("the Tawila market",), {"the tawila market"}),
    (("unknown",), (), set()),
    (("N/A", "Unknown actor"), (), set()),
    (("Sudanese Armed Forces", "unidentified"), (), {"sudanese armed forces"}),
    (("Tatmadaw",), ("Sagaing villagers",), {"tatmadaw", "sagaing villagers"}),
])
def test_placeholder_actors_are_no_actors(perpetrators: tuple[str, ...], targets: tuple[str, ...],
                                          actors: set[str]) -> None:
    info = prepare(replace(frame("a"), perpetrators=perpetrators, targets=targets))
    assert set(info.actors) == actors
