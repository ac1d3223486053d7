"""Two reports naming two different targets by their names (two families' homes, two named
buildings) on one day in one town are two strikes: rashomon.link.content.different_sites and
its use in rashomon.link.decision. Frames and targets written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rashomon.link.blocking import prepare
from rashomon.link.cluster import cluster
from rashomon.link.content import content_of, different_sites
from rashomon.link.decision import pair_evidence
from rashomon.link.info import Content, FrameInfo
from rashomon.types import Claim, EventType, Evidence, Figure, Frame, Location, Source

KHARTOUM = Location("Khartoum", "SD", 15.5007, 32.5599, "town")
MANDALAY = Location("Mandalay", "MM", 21.9588, 96.0891, "town")
DONETSK = Location("Donetsk", "UA", 48.0159, 37.8028, "town")
MAKIIVKA = Location("Makiivka", "UA", 48.0478, 37.9258, "town")  # ~10 km east of Donetsk


def frame(targets: tuple[str, ...], place: Location = KHARTOUM, *, article: str = "a",
          killed: int | None = None, injured: int | None = None, date: str = "2024-06-11",
          type: EventType = "airstrike") -> Frame:
    return Frame(article_id=article, index=0, type=type, evidence=Evidence(0, 0, ""), date=date,
                 date_precision="day", date_text="on Tuesday", location=place, targets=targets,
                 killed=None if killed is None else Figure(min=killed, max=killed),
                 injured=None if injured is None else Figure(min=injured, max=injured))


def info(targets: tuple[str, ...], place: Location = KHARTOUM, *, article: str = "a",
         killed: int | None = None, injured: int | None = None, speaker: str | None = None,
         date: str = "2024-06-11", type: EventType = "airstrike") -> FrameInfo:
    f = frame(targets, place, article=article, killed=killed, injured=injured, date=date, type=type)
    claims = [] if speaker is None else [
        Claim(id="c", article_id=article, source=Source(speaker, speaker, kind="person"),
              stance="asserts", about="occurrence", text="", evidence=Evidence(0, 0, ""), frame=0)]
    return replace(prepare(f, None, 30), content=content_of(f, claims))


@pytest.mark.parametrize(
    ("targets", "sites"),
    [
        (("the home of the Abdelrahman family",), {"abdelrahman"}),
        (("a house in Kalakla",), {"kalakla"}),
        (("the Aung Thu family home",), {"aung", "thu"}),
        (("the Masoeyein monastery",), set()),  # the names of homes and buildings only
        (("a camp for IDP families",), set()),  # an acronym
        (("Libyan National Army positions",), set()),  # a party, no building
        (("a nine-storey building on Universytetska Street",), {"universytetska"}),
        (("the consulate",), set()),  # a distinctive word, but no name
        (("a residential building", "civilians"), set()),
        (("the Khartoum market",), set()),  # the frame's own town names no site
    ],
)
def test_the_sites_are_the_target_words_written_as_names(targets: tuple[str, ...],
                                                          sites: set[str]) -> None:
    assert content_of(frame(targets)).sites == sites


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        (("a house in Kalakla",), ("a house in Haj Yousif",), True),
        (("the Abdelrahman family's home",), ("the home of the Osman family",), True),
        (("the Abdelrahman family's home",), ("the Abdelrahman house in Kalakla",), False),
        (("the Osman home in Kalakla",), ("a house in Kalakla",), False),  # one site shared
        (("the Nasr Tower",), ("the Salam Tower",), True),  # the kind shared, not the name
        (("the Nasr Tower",), ("a tower block",), False),  # one names no site
        (("the Abdelrahman family's home",), ("the consulate",), False),  # one names no site
        (("a residential building",), ("a house",), False),
    ],
)
def test_different_sites(a: tuple[str, ...], b: tuple[str, ...], differ: bool) -> None:
    assert different_sites(content_of(frame(a)), content_of(frame(b))) is differ


@pytest.mark.parametrize(
    ("b", "kind"),
    [
        # another family's home in town that day, "3 killed" in both: two strikes
        (info(("the home of the Osman family",), article="b", killed=3), "apart"),
        # even a figure that decides alone elsewhere (12 injured): a count recurs that day
        (info(("the home of the Osman family",), article="b", killed=3, injured=12), "apart"),
        # nothing shared at all: still two targets, not merely one spot
        (info(("a house in Haj Yousif",), article="b"), "apart"),
        # a person both name decides: one incident written of with two targets
        (info(("the home of the Osman family",), article="b", killed=3,
              speaker="Mohamed Osman Ali"), "anchored"),
        # the same family's home: one target
        (info(("the Abdelrahman house",), article="b", killed=3), "anchored"),
        # a target without a name: nothing says two targets
        (info(("a residential building",), article="b", killed=3), "anchored"),
        (info(("a residential building",), article="b"), "colocated"),
    ],
)
def test_two_named_targets_in_one_town_on_one_day_stay_apart(b: FrameInfo, kind: str) -> None:
    a = info(("the Abdelrahman family's home",), killed=3, injured=12, speaker="Mohamed Osman Ali")
    if kind == "anchored" and b.content is not None and not b.content.names:
        a = info(("the Abdelrahman family's home",), killed=3)
    ev = pair_evidence(a, b, 3, 30.0)
    assert ev is not None and ev.kind == kind


def test_figures_do_not_join_two_named_buildings_in_two_towns() -> None:
    """Donetsk and Makiivka on one day, both "4 killed, 15 injured": two details, which link
    reports of nearby towns, but each names another building."""
    a = info(("the Universytetska Street apartment block",), DONETSK, killed=4, injured=15)
    b = info(("the Zelena Street apartment building",), MAKIIVKA, article="b", killed=4, injured=15)
    ev = pair_evidence(a, b, 3, 30.0)
    assert ev is not None and ev.kind == "none"
    unnamed = info(("an apartment block",), MAKIIVKA, article="b", killed=4, injured=15)
    ev = pair_evidence(a, unnamed, 3, 30.0)
    assert ev is not None and ev.kind == "content"


def test_a_ground_raid_and_an_airstrike_on_two_named_homes_stay_apart() -> None:
    a = info(("the home of the Abdelrahman family",), killed=14, injured=20)
    b = info(("the home of the Osman family",), article="b", killed=14, injured=20, type="raid")
    ev = pair_evidence(a, b, 3, 30.0)
    assert ev is not None and ev.kind == "apart"


def test_the_clustering_never_joins_two_named_homes_through_a_third_report() -> None:
    """Mandalay, one day: a report naming the Aung Thu family's home, one the home of the Zaw
    Win family, and one naming no target with the same toll. The third may join either; the
    two homes stay two incidents."""
    infos = sorted([
        info(("the Aung Thu family home",), MANDALAY, killed=5),
        info(("the home of the Zaw Win family",), MANDALAY, article="b", killed=5),
        info((), MANDALAY, article="c", killed=5),
    ], key=lambda i: i.key)
    edges = {}
    for i in range(3):
        for j in range(i + 1, 3):
            ev = pair_evidence(infos[i], infos[j], 3, 30.0)
            assert ev is not None
            edges[(i, j)] = ev
    assert edges[(0, 1)].kind == "apart"
    groups = cluster(infos, edges, window_days=3, radius_km=30.0)
    assert not any({0, 1} <= set(g) for g in groups)


def test_a_report_without_content_is_not_two_sites() -> None:
    a = info(("the home of the Abdelrahman family",))
    assert not different_sites(Content(), a.content or Content())


def test_a_town_without_coordinates_keyed_by_its_name() -> None:
    """A town no gazetteer has (Pont-Sonde, Haiti: no coordinates) is one spot by (country,
    name): two named homes there on one day stay apart, one family's home links."""
    pont_sonde = Location("Pont-Sonde", "HT", None, None, "town")
    a = info(("the Dumond family home",), pont_sonde, killed=70)
    other = info(("the home of the Joseph family",), pont_sonde, article="b", killed=70)
    same = info(("the Dumond house",), pont_sonde, article="b", killed=70)
    assert [pair_evidence(a, b, 3, 30.0).kind for b in (other, same)] == [  # type: ignore[union-attr]
        "apart", "anchored"]
