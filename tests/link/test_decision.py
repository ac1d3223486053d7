"""The evidence on a pair of reports (rashomon.link.decision) and how places relate
(rashomon.link.scoring): each rule on frames made up for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rashomon.link.blocking import prepare
from rashomon.link.decision import pair_evidence
from rashomon.link.info import Content, FrameInfo
from rashomon.link.scoring import place_relation, places_conflict
from rashomon.types import DatePrecision, EventType, Evidence, Frame, Location

# Shan State, Myanmar
LASHIO = Location("Lashio", "MM", 22.936, 97.750, "town")
LASHIO_AIRPORT = Location("Lashio airport", "MM", 22.978, 97.752, "exact")  # ~5 km, named
MANSU = Location("Mansu camp", "MM", 22.950, 97.790, "exact")  # ~4 km, not named after it
HSENWI = Location("Hsenwi", "MM", 23.300, 97.967, "town")  # ~46 km
NAMTU = Location("Namtu", "MM", 23.090, 97.900, "town")  # ~23 km
TANGYAN = Location("Tangyan", "MM", 22.490, 98.400, "town")  # ~80 km
SHAN = Location("Shan", "MM", 21.800, 97.700, "region")  # centre ~126 km from Lashio
KACHIN = Location("Kachin", "MM", 25.800, 97.400, "region")  # ~320 km
MYANMAR = Location("Myanmar", "MM", 19.750, 96.100, "country")
YUNNAN = Location("Yunnan", "CN", 24.500, 101.50, "region")


def info(place: Location | None = LASHIO, date: str | None = "2024-08-03", *,
         precision: DatePrecision = "day", type: EventType = "airstrike",
         content: Content | None = None, article: str = "a", published: str | None = None,
         date_text: str | None = "on Saturday") -> FrameInfo:
    f = Frame(article_id=article, index=0, type=type, evidence=Evidence(0, 0, ""), date=date,
              date_precision=precision if date else "unknown", date_text=date_text if date else None,
              location=place)
    i = prepare(f, published, 30)
    return i if content is None else replace(i, content=content)


TOLL = Content(figures=frozenset({("killed", 14)}))
TWO = Content(figures=frozenset({("killed", 14)}), words=frozenset({"market"}))


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (LASHIO, LASHIO, "same place"),
        (LASHIO_AIRPORT, LASHIO, "site in town"),
        (MANSU, LASHIO, "site near town"),
        (LASHIO, NAMTU, "nearby"),
        (LASHIO, HSENWI, "unrelated"),
        (SHAN, LASHIO, "in region"),
        (KACHIN, LASHIO, "unrelated"),  # a town far from the region's centre
        (MYANMAR, LASHIO, "in country"),
        (SHAN, SHAN, "same area"),
        (YUNNAN, LASHIO, "unrelated"),  # another country, 400 km
        (MYANMAR, Location("Thailand", "TH", 15.0, 101.0, "country"), "unrelated"),
    ],
)
def test_place_relations(a: Location, b: Location, relation: str) -> None:
    assert place_relation(info(a), info(b, article="b"), 30.0)[0] == relation
    assert place_relation(info(b), info(a, article="b"), 30.0)[0] == relation  # symmetric


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (LASHIO, TANGYAN, True),  # two towns 80 km apart
        (LASHIO, HSENWI, True),  # 46 km: beyond the 30 km radius
        (LASHIO, MANSU, False),
        (KACHIN, LASHIO, False),  # a region's centre says nothing of its borders
        (MYANMAR, TANGYAN, False),
    ],
)
def test_place_conflicts(a: Location, b: Location, conflict: bool) -> None:
    assert places_conflict(info(a), info(b, article="b"), 30.0) is conflict


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # one spot, one day
        (info(), info(article="b"), "colocated"),
        (info(content=TOLL), info(content=TOLL, article="b"), "anchored"),
        (info(LASHIO_AIRPORT, content=TOLL), info(content=TOLL, article="b"), "anchored"),
        # a site not named after the town: content decides, or nothing
        (info(MANSU), info(article="b"), "none"),
        (info(MANSU, content=TOLL), info(content=TOLL, article="b"), "content"),
        # different towns on days both texts give
        (info(LASHIO), info(HSENWI, article="b"), None),  # beyond the radius
        (info(LASHIO, content=Content(words=frozenset({"market"}))),
         info(NAMTU, article="b",
              content=Content(words=frozenset({"market"}))), "none"),  # 23 km, one detail
        (info(LASHIO), info(NAMTU, article="b"), "none"),  # never together but directly
        (info(LASHIO, content=TWO),
         info(NAMTU, article="b", content=TWO), "content"),
        # one spot on different days
        (info(content=TOLL), info(date="2024-08-04", content=TOLL, article="b"), "none"),
        (info(content=TWO), info(date="2024-08-04", content=TWO, article="b"), "content"),
        # vague: a region, a country, a week, a publication date
        (info(SHAN), info(article="b"), "vague"),
        (info(MYANMAR), info(article="b"), "none"),  # the country needs a detail
        (info(MYANMAR, content=Content(stances=frozenset({("kia", "denies", "kia")}))),
         info(article="b", content=Content(stances=frozenset({("kia", "denies", "kia")}))),
         "vague"),
        (info(precision="week", date_text=None), info(article="b"), "vague"),
        (info(date="2024-08-03", precision="week", date_text=None, published="2024-08-03"),
         info(article="b"), "vague"),
        # undated: never on place alone
        (info(date=None), info(article="b"), "none"),
        (info(date=None, content=Content(figures=frozenset({("killed", 6)}))),
         info(article="b", content=Content(figures=frozenset({("killed", 6)}))), "hint"),
        # one detail does not place an undated report among a town's incidents: a hint
        (info(date=None, content=TOLL), info(article="b", content=TOLL), "hint"),
        (info(date=None, content=TOLL), info(date=None, article="b", content=TOLL), "hint"),
        (info(date=None, content=TWO), info(article="b", content=TWO), "content"),
        (info(date=None, content=TWO), info(date=None, article="b", content=TWO), "content"),
        # two reports naming only the country: two details, as for one of them; one detail
        # on one day both texts give is a "detail" pair (the only event sharing it)
        (info(MYANMAR, content=TOLL), info(MYANMAR, article="b", content=TOLL), "detail"),
        (info(MYANMAR, content=TWO), info(MYANMAR, article="b", content=TWO), "content"),
        (info(date=None, content=Content(stances=frozenset({("kia", "denies", "kia")}))),
         info(article="b", content=Content(stances=frozenset({("kia", "denies", "kia")}))),
         "none"),  # parties' positions alone are no detail
        # types
        (info(type="ground_attack"), info(article="b"), "apart"),
        (info(type="ground_attack", content=TOLL), info(article="b", content=TOLL), "apart"),
        (info(type="ground_attack", content=TWO), info(article="b", content=TWO), "content"),
        (info(type="explosion"), info(article="b"), "colocated"),
        # beyond the window
        (info(date="2024-08-20", content=TWO), info(article="b", content=TWO), None),
    ],
)
def test_pair_kinds(a: FrameInfo, b: FrameInfo, kind: str | None) -> None:
    got = pair_evidence(a, b, 3, 30.0)
    assert (got.kind if got else None) == kind
    back = pair_evidence(b, a, 3, 30.0)
    assert (back.kind if back else None) == kind  # symmetric
    if got is not None and back is not None:
        assert got.score == back.score


def test_reason_names_what_is_shared() -> None:
    got = pair_evidence(info(content=TWO), info(article="b", content=TWO), 3, 30.0)
    assert got is not None
    assert got.reason == "same place, same day; both name 14 killed, market"


# ---------------------------------------------------------------- attaching through a direct pair

SHAN_CONTENT = Content(figures=frozenset({("killed", 14)}), words=frozenset({"monastery"}))


def _clustered(infos: list[FrameInfo], pairs: list[tuple[int, int]]) -> list[list[int]]:
    from rashomon.link.cluster import cluster

    edges = {}
    for i, j in pairs:
        ev = pair_evidence(infos[i], infos[j], 3, 30.0)
        assert ev is not None
        edges[(i, j)] = ev
    return cluster(infos, edges, window_days=3, radius_km=30.0)


@pytest.mark.parametrize(
    ("vague", "direct", "joins"),
    [
        # a second region report, week-dated, compared with the precise report: it joins
        (info(SHAN, precision="week", date_text=None, article="c"), True, True),
        # ... met only through the first region report (blocking kept it from the town's):
        # the first one's incident is not the only one it may mean
        (info(SHAN, precision="week", date_text=None, article="c"), False, False),
        # a report naming only the country, with a shared figure
        (info(MYANMAR, content=TOLL, article="c"), True, True),
        (info(MYANMAR, content=TOLL, article="c"), False, False),
        # an undated report sharing a small figure: the only dated incident sharing it
        (info(date=None, content=Content(figures=frozenset({("killed", 14)})), article="c"),
         True, True),
        (info(date=None, content=Content(figures=frozenset({("killed", 14)})), article="c"),
         False, False),
    ],
)
def test_a_vague_report_attaches_only_through_a_pair_with_a_precise_one(
        vague: FrameInfo, direct: bool, joins: bool) -> None:
    precise_one = info(content=SHAN_CONTENT)  # Lashio, a day the text gives
    # a first vague report of the same incident, linked by two shared details
    first = info(SHAN, precision="week", date_text=None, article="b", content=SHAN_CONTENT) \
        if vague.lo is not None else info(date=None, article="b", content=SHAN_CONTENT)
    infos = [precise_one, first, vague]
    pairs = [(0, 1), (1, 2)] + ([(0, 2)] if direct else [])
    groups = _clustered(infos, pairs)
    assert ([0, 1, 2] in groups) is joins
    assert [0, 1] in groups or [0, 1, 2] in groups
