"""A report that fits two clusters, one of which is a vaguer report of the same incident that
fits only the other, fits one incident (rashomon.link.cluster._through_vague): the
district's and the province's report of one shelling both join the town's. Frames written
for these tests (Sudan's South Kordofan; Mali)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.info import Content, FrameInfo
from rashomon.types import Evidence, Frame, Location

KADUGLI = Location("Kadugli", "SD", 11.011, 29.718, "town")
DILLING = Location("Dilling", "SD", 12.050, 29.650, "town")
SOUTH_KORDOFAN = Location("South Kordofan", "SD", 11.200, 29.900, "region")
MOPTI = Location("Mopti", "ML", 14.480, -4.180, "region")
WOUNDED = Content(figures=frozenset({("injured", 2)}))
NOTHING = Content()


def info(place: Location, article: str, *, content: Content = WOUNDED, date: str = "2025-04-08") -> FrameInfo:
    f = Frame(article_id=article, index=0, type="shelling", evidence=Evidence(0, 0, ""),  # type: ignore[arg-type]
              date=date, date_precision="day", date_text="on Tuesday", location=place)
    return replace(prepare(f, None, 30), content=content)




def test_two_vague_reports_of_the_one_town_incident_join_it() -> None:
    # the village named at its region's point, the region itself, and the town: one shelling
    village = replace(SOUTH_KORDOFAN, name="Um Sirdiba")
    infos = [info(village, "a"), info(SOUTH_KORDOFAN, "b"), info(KADUGLI, "c")]
    assert events_of(infos) == [{"a", "b", "c"}]


def test_a_vague_report_between_two_town_incidents_joins_neither() -> None:
    # two shellings in two towns of the region that day: the region's reports decide nothing
    infos = [info(SOUTH_KORDOFAN, "a"), info(SOUTH_KORDOFAN, "b"), info(KADUGLI, "c"), info(DILLING, "d")]
    events = events_of(infos)
    assert {"c"} in events and {"d"} in events
    assert not any({"a", "c"} <= e or {"a", "d"} <= e for e in events)


def test_another_country_is_never_reached_through_a_vague_report() -> None:
    infos = [info(MOPTI, "a"), info(SOUTH_KORDOFAN, "b"), info(KADUGLI, "c")]
    assert {"a"} in events_of(infos)
