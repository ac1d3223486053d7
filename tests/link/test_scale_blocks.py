"""Blocks that stay bounded at scale: rare target words, busy neighbouring towns, and the
compact pair store the clustering reads."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.link import link, prepare_frames
from rashomon.link.cluster import cluster
from rashomon.link.decision import PairEvidence, pair_evidence
from rashomon.link.edges import Edges
from rashomon.link.index import BlockIndex
from rashomon.link.info import BROAD_MAX_CANDIDATES, RANK_WINDOW, UNDATED_MAX_BUCKETS, WORD_MAX_FRAMES
from rashomon.types import Evidence, Figure, Frame, Location


def report(article: str, day: str | None, place: Location | None, *, target: str | None = None,
           killed: int | None = None, precision: str = "day") -> Frame:
    return Frame(article_id=article, index=0, type="airstrike", evidence=Evidence(0, 0, ""),
                 date=day, date_precision=precision if day else "unknown",  # type: ignore[arg-type]
                 location=place, place_text=place.name if place else None,
                 targets=(target,) if target else (),
                 killed=Figure(killed, killed) if killed is not None else None)


def crowd(country: str, towns: list[Location], day: str, n: int) -> list[Frame]:
    """``n`` reports of other strikes across ``country`` around ``day``: a crowded country."""
    start = date.fromisoformat(day)
    return [report(f"crowd-{country}-{k:03d}", (start + timedelta(days=k % 3)).isoformat(),
                   towns[k % len(towns)], target=f"the {k} depot")
            for k in range(n)]


CASES = [
    # (country-level place, town of the incident, other towns of the country, rare target)
    (Location("Sudan", "SD", 15.5, 32.5, "country"), Location("El Fasher", "SD", 13.63, 25.35, "town"),
     [Location("Nyala", "SD", 12.05, 24.88, "town"), Location("Kadugli", "SD", 11.01, 29.72, "town")],
     "the Tayba camp clinic"),
    (Location("Myanmar", "MM", 21.0, 96.0, "country"), Location("Lashio", "MM", 22.94, 97.75, "town"),
     [Location("Myitkyina", "MM", 25.38, 97.40, "town"), Location("Hpakant", "MM", 25.61, 96.31, "town")],
     "the Manhkring monastery"),
    (Location("Colombia", "CO", 4.6, -74.1, "country"), Location("Tibu", "CO", 8.64, -72.74, "town"),
     [Location("Cucuta", "CO", 7.89, -72.50, "town"), Location("Ocana", "CO", 8.24, -73.36, "town")],
     "the Campo Dos health post"),
]


@pytest.mark.parametrize(("country", "town", "others", "target"), CASES)
def test_a_country_level_report_in_a_crowded_country_meets_the_report_naming_its_target(
        country: Location, town: Location, others: list[Location], target: str) -> None:
    frames = [*crowd(country.country or "", others, "2024-05-09", 3 * BROAD_MAX_CANDIDATES),
              report("town", "2024-05-10", town, target=target),
              report("vague", "2024-05-10", country, target=target)]
    options = Options()
    infos = prepare_frames(frames, options)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    pos = {i.frame.article_id: p for p, i in enumerate(infos)}
    assert index.states.get(pos["vague"]), "the country is crowded: the report is vague"
    assert pos["town"] in index.neighbours(infos[pos["vague"]], pos["vague"])
    events, _ = link(frames, [], options)
    together = [e for e in events if "vague" in e.article_ids]
    assert together and "town" in together[0].article_ids


def test_a_word_named_by_many_frames_is_no_key() -> None:
    """A kind of site ("school") named across a country is no block: each report meets only
    its place blocks' frames, so the pairs stay bounded by the rank window."""
    towns = [Location(f"Town {k}", "ML", 12.0 + k, -8.0 + k, "town") for k in range(4)]
    frames = [report(f"m{k:03d}", "2023-11-02", towns[k % 4], target="the village school")
              for k in range(2 * WORD_MAX_FRAMES)]
    options = Options()
    infos = prepare_frames(frames, options)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    for p, info in enumerate(infos):
        assert len(index.neighbours(info, p)) <= 2 * RANK_WINDOW


def busy_pair_of_towns(per_day: int, days: int) -> list[Frame]:
    """Two towns 12 km apart (different cells of the grid may hold them), each with
    ``per_day`` reports a day for ``days`` days."""
    towns = [Location("Khartoum North", "SD", 15.64, 32.53, "town"),
             Location("Omdurman", "SD", 15.64, 32.42, "town")]
    start = date(2024, 1, 1)
    return [report(f"{t}-{d:03d}-{k}", (start + timedelta(days=d)).isoformat(), towns[t])
            for t in range(2) for d in range(days) for k in range(per_day)]


def test_busy_neighbouring_towns_are_compared_in_bounded_windows() -> None:
    frames = busy_pair_of_towns(per_day=12, days=10)
    options = Options()
    infos = prepare_frames(frames, options)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    for p, info in enumerate(infos):
        near = index.neighbours(info, p)
        # its own town's window and the other town's: never the other town's whole week
        assert len(near) <= 4 * RANK_WINDOW
        assert all(p in index.neighbours(infos[q], q) for q in near)


@settings(max_examples=25, deadline=None)
@given(per_day=st.integers(1, 8), days=st.integers(1, 12),
       lat=st.floats(-60.0, 60.0), gap_km=st.floats(0.5, 29.0))
def test_neighbouring_cells_relation_is_symmetric(per_day: int, days: int, lat: float,
                                                  gap_km: float) -> None:
    a = Location("Alpha", "XX", lat, 10.0, "town")
    b = Location("Beta", "XX", lat + gap_km / 111.2, 10.0, "town")
    start = date(2022, 6, 1)
    frames = [report(f"{n}-{d}-{k}", (start + timedelta(days=d)).isoformat(), town)
              for n, town in enumerate((a, b)) for d in range(days) for k in range(per_day)]
    options = Options()
    infos = prepare_frames(frames, options)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    for p, info in enumerate(infos):
        for q in index.neighbours(info, p):
            assert p in index.neighbours(infos[q], q)


@pytest.mark.parametrize("killed", [None, 3, 14])
def test_compact_edges_keep_what_clustering_reads(killed: int | None) -> None:
    town = Location("Goma", "CD", -1.68, 29.22, "town")
    frames = [report("a", "2024-02-17", town, killed=killed, target="the Mugunga camp"),
              report("b", "2024-02-17", town, killed=killed),
              report("c", "2024-02-18", town, target="the Mugunga camp")]
    options = Options()
    infos = prepare_frames(frames, options, claims=[])
    mapping: dict[tuple[int, int], PairEvidence] = {}
    for i in range(3):
        for j in range(i + 1, 3):
            ev = pair_evidence(infos[i], infos[j], options.link_date_window_days, options.link_radius_km)
            if ev is not None:
                mapping[(i, j)] = ev
    edges = Edges.of(mapping)
    assert len(edges) == len(mapping)
    for (i, j, kind, score, unrelated), ((ki, kj), ev) in zip(edges, mapping.items(), strict=True):
        assert (i, j, kind, score, unrelated) == (ki, kj, ev.kind, ev.score, ev.place == "unrelated")
    assert [(i, j) for _, i, j in edges.links()] == [
        (i, j) for (i, j), ev in sorted(mapping.items(), key=lambda e: (-e[1].score, e[0])) if ev.links]
    window, radius = options.link_date_window_days, options.link_radius_km
    assert cluster(infos, edges, window_days=window, radius_km=radius) == \
        cluster(infos, mapping, window_days=window, radius_km=radius)


@settings(max_examples=25, deadline=None)
@given(per_day=st.integers(1, 40), days=st.integers(1, 4))
def test_rank_in_a_block_of_reports_dated_alike_is_the_count_of_earlier_keys(per_day: int,
                                                                             days: int) -> None:
    """Many reports of one incident share a date: rank bisects among them (it scanned them
    one by one, quadratic in a 2,000-report event) and finds the place the date order gives."""
    from rashomon.link.index import order_key
    town = Location("Kidal", "ML", 18.44, 1.41, "town")
    start = date(2023, 10, 2)
    frames = [report(f"r-{d}-{k:02d}", (start + timedelta(days=d)).isoformat(), town)
              for d in range(days) for k in range(per_day)]
    options = Options()
    infos = prepare_frames(frames, options)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    blocks = index.places
    assert blocks.ordered
    for key, members in blocks.ordered.items():
        keys = [order_key(infos[q]) for q in members]
        assert keys == sorted(keys)
        for q in members:
            mark = order_key(infos[q])
            assert blocks.rank(key, mark) == sum(k < mark for k in keys)


def busy_town(town: Location, first: str, n: int) -> list[Frame]:
    """``n`` dated reports of other strikes at ``town``, a week apart: a town with incidents
    in many date buckets, where an undated report cannot be placed in time by its place."""
    start = date.fromisoformat(first)
    return [report(f"busy-{k:03d}", (start + timedelta(days=7 * k)).isoformat(), town,
                   target=f"the {k} warehouse") for k in range(n)]


UNDATED = [
    # (town, the incident's day, its target as two reports name it, another target there)
    (Location("Nyala", "SD", 12.05, 24.88, "town"), "2024-03-02", "the Abu Zaid clinic",
     "the Um Dafok bakery"),
    (Location("Sittwe", "MM", 20.15, 92.90, "town"), "2023-11-20", "the Pauktaw jetty",
     "the Kyauktaw pagoda"),
    (Location("Goma", "CD", -1.68, 29.22, "town"), "2024-02-07", "the Mugunga camp school",
     "the Kibati market hall"),
]


@pytest.mark.parametrize(("town", "day", "target", "other"), UNDATED)
def test_an_undated_report_at_a_busy_town_meets_the_report_naming_its_target(
        town: Location, day: str, target: str, other: str) -> None:
    """Its place alone cannot place it among the town's incidents; two target words can,
    and two shared details link it. A report naming another target stays alone."""
    frames = [*busy_town(town, "2023-01-02", 4 * UNDATED_MAX_BUCKETS),
              report("dated", day, town, target=target, killed=4),
              report("undated", None, town, target=target),
              report("elsewhere", None, town, target=other)]
    options = Options()
    infos = prepare_frames(frames, options)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    pos = {i.frame.article_id: p for p, i in enumerate(infos)}
    assert index.states.get(pos["undated"]), "a busy town: the undated report is vague"
    assert pos["dated"] in index.neighbours(infos[pos["undated"]], pos["undated"])
    assert pos["undated"] in index.neighbours(infos[pos["dated"]], pos["dated"])
    assert pos["dated"] not in index.neighbours(infos[pos["elsewhere"]], pos["elsewhere"])
    events, _ = link(frames, [], options)
    of = {a: e.id for e in events for a in e.article_ids}
    assert of["undated"] == of["dated"]
    assert of["elsewhere"] not in (of["dated"], *(of[f"busy-{k:03d}"] for k in range(3)))
