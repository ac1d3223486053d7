"""A narrow rank window at a crowded town and day: the incidents stay apart, each is found
whole through its named target, and the events do not depend on the input order."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.link import link, link_with_stats
from rashomon.link.info import RANK_WINDOW
from rashomon.types import Event, Evidence, Figure, Frame, Location

TOWNS = [
    Location("El Fasher", "SD", 13.63, 25.35, "town"),
    Location("Lashio", "MM", 22.94, 97.75, "town"),
    Location("Goma", "CD", -1.68, 29.22, "town"),
    Location("Tibu", "CO", 8.64, -72.74, "town"),
]
# two-word site names (made up): what tells one strike at a town from another that day
NAMES = ["Shouk Dabo", "Kyaung Gyi", "Mugunga Nord", "Campo Dos", "Zamzam Wadi", "Namtu Pyin",
         "Kibati Haut", "Gabarra Alta", "Tawila Sharq", "Mongyaw Kone", "Rusayo Bas", "Tarra Baja",
         "Kadada Hilla", "Hseng Taung", "Sake Kimoka", "Pacelli Bajo"]


def report(article: str, day: str, town: Location, site: str | None, killed: int | None) -> Frame:
    return Frame(article_id=article, index=0, type="shelling", evidence=Evidence(0, 0, ""),
                 date=day, date_precision="day", location=town, place_text=town.name,
                 targets=(f"the {site}",) if site else (),
                 killed=Figure(killed, killed) if killed is not None else None)


def crowded_day(town: Location, incidents: int, seed: int) -> tuple[list[Frame], dict[str, int]]:
    """``incidents`` strikes at ``town`` on one day, two reports each naming its site (one
    also its toll), their article ids shuffled so one incident's reports are far apart in
    the block's order."""
    rnd = random.Random(seed)
    ids = [f"{town.country}-{k:03d}" for k in range(2 * incidents)]
    rnd.shuffle(ids)
    frames, truth = [], {}
    for n in range(incidents):
        for copy in range(2):
            aid = ids[2 * n + copy]
            frames.append(report(aid, "2024-06-03", town, NAMES[n], 3 * n + 4 if copy else None))
            truth[aid] = n
    return frames, truth


def incidents_of(events: list[Event], truth: dict[str, int]) -> list[set[int]]:
    return [{truth[a] for a in e.article_ids} for e in events]


@pytest.mark.parametrize("town", TOWNS, ids=lambda t: t.name)
def test_the_incidents_of_a_crowded_day_stay_apart_and_whole(town: Location) -> None:
    """More strikes that day than the rank window holds: each report meets only a few of
    the town's reports by place, yet the two reports naming one site meet (their target
    words) and link, and no event mixes two strikes."""
    incidents = len(NAMES)
    assert 2 * incidents > 2 * RANK_WINDOW + 1
    frames, truth = crowded_day(town, incidents, seed=len(town.name))
    events, _ = link(frames, [], Options())
    found = incidents_of(events, truth)
    assert all(len(s) == 1 for s in found)
    assert sorted(next(iter(s)) for s in found) == list(range(incidents))


def test_a_crowded_day_is_compared_in_a_bounded_window() -> None:
    """Reports that share nothing but the town and the day: each is compared with at most
    the ``RANK_WINDOW`` reports on either side of it (its place blocks hold the same
    frames), however many strikes the town had that day."""
    town = TOWNS[0]
    counts = []
    for n in (20, 80):
        frames = [report(f"r{k:03d}", "2024-06-03", town, None, None) for k in range(n)]
        _, _, stats = link_with_stats(frames, [], Options())
        assert stats.candidate_pairs <= n * RANK_WINDOW
        counts.append(stats.candidate_pairs)
    assert counts[1] - counts[0] <= (80 - 20) * RANK_WINDOW  # linear: RANK_WINDOW per added report


@settings(max_examples=20, deadline=None)
@given(incidents=st.integers(3, 8), days=st.integers(1, 2), seed=st.integers(0, 1000),
       order=st.randoms(use_true_random=False))
def test_events_of_a_crowded_town_do_not_depend_on_the_input_order(
        incidents: int, days: int, seed: int, order: random.Random) -> None:
    town = TOWNS[seed % len(TOWNS)]
    frames: list[Frame] = []
    truth: dict[str, int] = {}
    for d in range(days):
        day = (date(2024, 6, 3) + timedelta(days=d)).isoformat()
        some, known = crowded_day(town, incidents, seed + d)
        frames += [report(f"d{d}-{f.article_id}", day, town, NAMES[known[f.article_id] + incidents * d],
                          f.killed.min if f.killed else None) for f in some]
        truth.update({f"d{d}-{a}": n + 10 * d for a, n in known.items()})
    shuffled = list(frames)
    order.shuffle(shuffled)
    first, _ = link(frames, [], Options())
    again, _ = link(shuffled, [], Options())
    assert [e.frame_keys for e in first] == [e.frame_keys for e in again]
    # distinct strikes (distinct sites and tolls) never share an event (from three a day: two
    # reports at one spot that day sharing nothing are each other's only neighbour, link.cluster)
    assert all(len(s) == 1 for s in incidents_of(first, truth))
