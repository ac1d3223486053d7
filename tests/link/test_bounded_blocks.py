"""Blocks that stay bounded as a corpus grows denser (issue 14): the block order by each
frame's anchor day, busy places' undated reports, crowded countries' country-level reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rashomon.config import Options
from rashomon.link import prepare_frames
from rashomon.link.blocks import anchor_day
from rashomon.link.index import BlockIndex
from rashomon.link.info import BROAD_MAX_CANDIDATES, RANK_WINDOW, UNDATED_MAX_BUCKETS
from rashomon.types import Evidence, Frame, Location

TOWNS = [
    Location("Omdurman", "SD", 15.64, 32.48, "town"),
    Location("Myawaddy", "MM", 16.69, 98.51, "town"),
    Location("Bunia", "CD", 1.56, 30.25, "town"),
    Location("Menaka", "ML", 15.92, 2.40, "town"),
]


def report(article: str, day: str | None, place: Location, *, precision: str = "day",
           target: str | None = None) -> Frame:
    return Frame(article_id=article, index=0, type="shelling", evidence=Evidence(0, 0, ""),
                 date=day, date_precision=precision if day else "unknown",  # type: ignore[arg-type]
                 location=place, place_text=place.name, targets=(target,) if target else ())


def busy(town: Location, start: date, days: int, per_day: int) -> list[Frame]:
    """``per_day`` reports of other strikes at ``town`` every day for ``days`` days."""
    return [report(f"busy-{d:03d}-{k:02d}", (start + timedelta(days=d)).isoformat(), town)
            for d in range(days) for k in range(per_day)]


def index_of(frames: list[Frame], published: dict[str, str | None] | None = None,
             ) -> tuple[BlockIndex, dict[str, int]]:
    options = Options()
    infos = prepare_frames(frames, options, published)
    index = BlockIndex(infos, options.link_date_window_days, options.link_radius_km)
    return index, {i.frame.article_id: p for p, i in enumerate(infos)}


@pytest.mark.parametrize("town", TOWNS)
def test_a_report_dated_by_its_publication_meets_the_reports_of_those_days(town: Location) -> None:
    """No date in the text: the incident is days before the publication, so the report sits
    at its publication day in a busy town's order, not a month earlier."""
    start = date(2024, 3, 1)
    frames = [*busy(town, start, 40, 2), report("pub", None, town)]
    published: dict[str, str | None] = {"pub": (start + timedelta(days=35)).isoformat()}
    index, pos = index_of(frames, published)
    near = index.neighbours(index.infos[pos["pub"]], pos["pub"])
    days = {index.infos[q].lo for q in near}
    assert near and min(days) >= (start + timedelta(days=35 - 3 * RANK_WINDOW)).toordinal()
    assert (start + timedelta(days=34)).toordinal() in days
    for q in near:  # symmetric
        assert pos["pub"] in index.neighbours(index.infos[q], q)


@pytest.mark.parametrize(("precision", "day", "published", "anchor"), [
    ("day", "2024-03-10", "2024-03-12", "2024-03-10"),
    ("week", "2024-03-10", "2024-03-20", "2024-03-10"),  # a week the text gives: its middle
    ("week", "2024-03-10", "2024-03-10", "2024-03-10"),  # the publication's week: up to it
    ("month", "2024-03-01", "2024-05-02", "2024-03-16"),  # a month the text gives: its middle
    ("month", "2024-03-01", "2024-03-09", "2024-03-09"),  # the publication's month: up to it
    (None, None, "2024-03-09", "2024-03-09"),  # no date: the month before publication
])
def test_anchor_day(precision: str | None, day: str | None, published: str, anchor: str) -> None:
    frame = report("a", day, TOWNS[0], precision=precision or "day")
    info = prepare_frames([frame], Options(), {"a": published})[0]
    assert anchor_day(info) == date.fromisoformat(anchor).toordinal()
    assert info.lo is not None and info.hi is not None and info.lo <= anchor_day(info) <= info.hi


@pytest.mark.parametrize("town", TOWNS)
def test_undated_reports_of_a_busy_town_meet_through_target_words_only(town: Location) -> None:
    """At a town with incidents on many days, undated reports are not compared with one
    another by place (their pairs grow with the square of the town's reports), only when
    they name the same two target words."""
    frames = [*busy(town, date(2023, 1, 2), 4 * UNDATED_MAX_BUCKETS, 1),
              *(report(f"undated-{k:02d}", None, town) for k in range(30)),
              report("named-1", None, town, target="the Hamdallah water tower"),
              report("named-2", None, town, target="the Hamdallah water tower")]
    index, pos = index_of(frames)
    for k in range(30):
        p = pos[f"undated-{k:02d}"]
        assert index.states.get(p), "a busy town: the undated report is vague"
        assert not index.neighbours(index.infos[p], p)
    assert pos["named-2"] in index.neighbours(index.infos[pos["named-1"]], pos["named-1"])


@pytest.mark.parametrize("scale", [3, 6, 12])
def test_country_level_reports_of_a_crowded_country_meet_a_bounded_number(scale: int) -> None:
    """Whatever the number of country-level reports in a crowded country's week, each dated
    one meets at most a rank window of them on either side; undated ones only their
    undated peers."""
    country = Location("Myanmar", "MM", 21.0, 96.0, "country")
    start = date(2024, 6, 3)
    frames = [report(f"town-{k:03d}", (start + timedelta(days=k % 3)).isoformat(), TOWNS[1])
              for k in range(2 * BROAD_MAX_CANDIDATES)]
    frames += [report(f"broad-{k:03d}", (start + timedelta(days=k % 3)).isoformat(), country)
               for k in range(scale * RANK_WINDOW)]
    frames += [report(f"none-{k}", None, country) for k in range(3)]
    index, pos = index_of(frames)
    for k in range(scale * RANK_WINDOW):
        p = pos[f"broad-{k:03d}"]
        near = index.neighbours(index.infos[p], p)
        assert index.states.get(p), "a crowded country: the report is vague"
        assert len(near) <= 2 * RANK_WINDOW
        assert all(p in index.neighbours(index.infos[q], q) for q in near)
    for k in range(3):
        p = pos[f"none-{k}"]
        assert index.neighbours(index.infos[p], p) == {pos[f"none-{j}"] for j in range(3)} - {p}
