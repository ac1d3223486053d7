"""One day's fighting in one region, told by one outlet as shelling and by another as clashes
or an attack: a report placed only by the region and a report in it, one day both texts give,
are one battle (the region's report attaches to the only incident it fits). Never at one spot
(a town shelled and a post stormed that day are two), never on two days, never when the region
holds two such incidents, never for an air raid. Frames and sentences written for these tests
(Armenia's Syunik province, Sudan's South Kordofan)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source

SYUNIK = Location("Syunik", "AM", 39.35, 46.25, "region")
GORIS = Location("Goris", "AM", 39.511, 46.339, "town")
KAPAN = Location("Kapan", "AM", 39.208, 46.406, "town")
SOUTH_KORDOFAN = Location("South Kordofan", "SD", 11.2, 29.9, "region")
KADUGLI = Location("Kadugli", "SD", 11.011, 29.718, "town")


def _report(article: str, place: Location, day: str, type: str, sentence: str,
            speaker: str, killed: int | None = None) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
                  evidence=Evidence(0, len(sentence), sentence), date=day, date_precision="day",
                  date_text="Tuesday", location=place, place_text=place.name,
                  killed=Figure(killed, killed) if killed else None)
    claim = Claim(id=f"{article}-0", article_id=article, source=Source(speaker, speaker, "government"),
                  stance="asserts", about="occurrence", text=sentence,
                  evidence=Evidence(0, len(sentence), sentence), frame=0,
                  killed=Figure(killed, killed) if killed else None)
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


REGION = _report("am-region", SYUNIK, "2024-03-12", "shelling",
                 "Azerbaijani artillery and mortars pounded Armenian positions across Syunik "
                 "province on Tuesday, the defence ministry in Yerevan said, reporting 9 soldiers dead.",
                 "Armenian defence ministry", killed=9)
TOWN = _report("am-goris", GORIS, "2024-03-12", "armed_clashes",
               "Armenian and Azerbaijani troops clashed on the heights above Goris on Tuesday, "
               "and the toll had risen to 15 by the evening, the ministry said.",
               "Armenian defence ministry", killed=15)


def test_a_region_shelled_and_a_town_of_it_clashing_that_day_are_one_battle() -> None:
    evidence = pair_evidence(REGION, TOWN, 3, 30.0)
    assert evidence is not None and evidence.kind in ("vague", "detail")
    assert {"am-region", "am-goris"} in events_of([REGION, TOWN])


def test_the_other_way_round_in_kordofan() -> None:
    region = _report("sd-region", SOUTH_KORDOFAN, "2025-01-21", "ground_attack",
                     "Fighters of the SPLM-N attacked army positions across South Kordofan on "
                     "Tuesday, the army said.", "Sudanese army")
    town = _report("sd-kadugli", KADUGLI, "2025-01-21", "shelling",
                   "Shells fell on the outskirts of Kadugli on Tuesday as fighting raged around "
                   "the town, a local official said.", "local official")
    assert {"sd-region", "sd-kadugli"} in events_of([region, town])


def test_two_towns_of_the_region_fighting_that_day_leave_the_region_alone() -> None:
    other = _report("am-kapan", KAPAN, "2024-03-12", "armed_clashes",
                    "Soldiers exchanged fire with Azerbaijani troops outside Kapan on Tuesday, "
                    "killing two, the ministry said.", "Armenian defence ministry", killed=2)
    events = events_of([REGION, TOWN, other])
    assert {"am-region"} in events and {"am-goris"} in events and {"am-kapan"} in events


def test_the_next_day_is_another_fight() -> None:
    later = replace(TOWN, lo=TOWN.lo + 1, hi=TOWN.hi + 1,  # type: ignore[operator]
                    frame=replace(TOWN.frame, date="2024-03-13"))
    evidence = pair_evidence(REGION, later, 3, 30.0)
    assert evidence is None or evidence.kind == "none"
    assert {"am-region", "am-goris"} not in events_of([REGION, later])


def test_at_one_spot_shelling_and_a_raid_stay_two_incidents() -> None:
    shelled = _report("am-goris-shelled", GORIS, "2024-03-12", "shelling",
                      "Shells hit a school in Goris on Tuesday, the town's mayor said.", "mayor")
    evidence = pair_evidence(shelled, TOWN, 3, 30.0)
    assert evidence is not None and evidence.kind in ("apart", "none")


def test_an_air_raid_on_the_region_is_no_arm_of_the_clash() -> None:
    raid = _report("am-air", SYUNIK, "2024-03-12", "airstrike",
                   "Azerbaijani aircraft bombed targets in Syunik province on Tuesday, the "
                   "ministry said.", "Armenian defence ministry")
    evidence = pair_evidence(raid, TOWN, 3, 30.0)
    assert evidence is not None and evidence.kind == "none"
    assert {"am-air", "am-goris"} not in events_of([raid, TOWN])
