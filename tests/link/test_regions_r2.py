"""Two reports naming one region and one day, sharing a small detail, are each other's only
match ("colocated", rashomon.link.decision); "same area" alone stays no evidence. Frames
written for these tests (Sagaing, Myanmar; North Kordofan, Sudan)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rashomon.link.blocking import prepare
from rashomon.link.cluster import cluster
from rashomon.link.decision import pair_evidence
from rashomon.link.info import Content, FrameInfo
from rashomon.types import Evidence, Frame, Location

SAGAING = Location("Sagaing", "MM", 22.500, 95.500, "region")
MAGWAY = Location("Magway", "MM", 20.500, 94.700, "region")
MYANMAR = Location("Myanmar", "MM", 19.750, 96.100, "country")
KORDOFAN = Location("North Kordofan", "SD", 14.000, 29.500, "region")

TWO_INJURED = Content(figures=frozenset({("injured", 2)}))
NAMED = Content(figures=frozenset({("injured", 2)}), names=frozenset({"zaw min"}))


def info(place: Location = SAGAING, date: str = "2025-02-04", *, article: str = "a",
         content: Content = TWO_INJURED, date_text: str | None = "on Tuesday") -> FrameInfo:
    f = Frame(article_id=article, index=0, type="airstrike", evidence=Evidence(0, 0, ""), date=date,
              date_precision="day", date_text=date_text, location=place)
    return replace(prepare(f, None, 30), content=content)


@pytest.mark.parametrize(
    ("b", "kind"),
    [
        (info(article="b"), "colocated"),  # one region, one day, "2 injured" in both
        (info(article="b", content=Content()), "vague"),  # nothing shared: same area alone
        (info(date="2025-02-05", article="b"), "vague"),  # another day
        (info(MAGWAY, article="b"), "none"),  # another region of the country
    ],
)
def test_one_region_one_day_and_a_detail(b: FrameInfo, kind: str) -> None:
    ev = pair_evidence(info(), b, 3, 30.0)
    assert ev is not None and ev.kind == kind


def test_two_reports_naming_only_the_country_are_not_colocated() -> None:
    ev = pair_evidence(info(MYANMAR), info(MYANMAR, article="b"), 3, 30.0)
    assert ev is not None and ev.kind != "colocated"


def test_a_day_from_publication_is_no_day_written() -> None:
    a = info(KORDOFAN)
    b = replace(prepare(Frame(article_id="b", index=0, type="airstrike", evidence=Evidence(0, 0, ""),
                              location=KORDOFAN), "2025-02-04", 30), content=TWO_INJURED)
    ev = pair_evidence(a, b, 3, 30.0)
    assert ev is None or ev.kind != "colocated"


@pytest.mark.parametrize(("third", "all_three"), [(Content(), False), (TWO_INJURED, True)])
def test_the_two_merge_when_each_is_the_others_only_match(third: Content, all_three: bool) -> None:
    """A third report of the region that day sharing nothing leaves the two each other's
    only match (it stays on its own: "same area" alone); one sharing the figure too makes
    three reports that are one another's only matches, a small clique naming no target:
    they merge, as three reports of one strike."""
    infos = [info(KORDOFAN), info(KORDOFAN, article="b"), info(KORDOFAN, article="c", content=third)]
    edges = {}
    for i in range(3):
        for j in range(i + 1, 3):
            ev = pair_evidence(infos[i], infos[j], 3, 30.0)
            assert ev is not None
            edges[(i, j)] = ev
    groups = cluster(infos, edges, window_days=3, radius_km=30.0)
    assert any({0, 1} <= set(g) for g in groups)
    assert any({0, 1, 2} <= set(g) for g in groups) is all_three
