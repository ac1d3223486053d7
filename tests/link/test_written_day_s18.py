"""An undated report (no date in the text with a year, no publication date) that writes the
day and month of its incident ("on the morning of April 11", "on the night of 10 May") joins
the one incident at its place dated to that day: a date written in the text says which
incident it is, as a named site or a figure does, and the incident must be the only one it
fits. Place alone still never links it, nor another day's date, nor a place that holds two
incidents of that day and month. Frames and sentences written for these tests (Myanmar's
Sagaing region, Sudan's North Darfur)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.config import Options
from rashomon.link import same_event
from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, EventType, Evidence, Frame, Location, Source

KANBALU = Location("Kanbalu", "MM", 23.2050, 95.5186, "town")
EL_FASHER = Location("El Fasher", "SD", 13.6279, 25.3494, "town")


def _report(article: str, place: Location, day: str | None, sentence: str, *,
            kind: EventType = "airstrike", source: str = "residents") -> FrameInfo:
    frame, claim = _written(article, place, day, sentence, kind=kind, source=source)
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


def _written(article: str, place: Location, day: str | None, sentence: str, *,
             kind: EventType = "airstrike", source: str = "residents") -> tuple[Frame, Claim]:
    frame = Frame(article_id=article, index=0, type=kind, evidence=Evidence(0, len(sentence), sentence),
                  date=day, date_precision="day" if day else "unknown", date_text="Tuesday" if day else None,
                  location=place, place_text=place.name)
    claim = Claim(id=f"{article}-0", article_id=article, source=Source(source, source, "unknown"),
                  stance="asserts", about="occurrence", text=sentence,
                  evidence=Evidence(0, len(sentence), sentence), frame=0)
    return frame, claim


STRIKE = _report("mm-strike", KANBALU, "2023-04-11",
                 "Military jets bombed a crowd gathered for a ceremony near Kanbalu on Tuesday, residents said.")
SURVIVORS = _report("mm-survivors", KANBALU, None,
                    "Survivors in Kanbalu said the jets came back twice on the morning of April 11, "
                    "as families waited for the ceremony to begin.")
SHELLING = _report("sd-shelling", EL_FASHER, "2024-05-10",
                   "Shells hit the main market of El Fasher on Friday, volunteers said.", kind="shelling",
                   source="volunteers")
NIGHT = _report("sd-night", EL_FASHER, None,
                "Traders in El Fasher counted their losses after shells fell on the night of 10 May.",
                kind="shelling", source="traders")


def test_the_day_and_month_written_join_the_one_incident_of_that_day() -> None:
    for dated, undated in ((STRIKE, SURVIVORS), (SHELLING, NIGHT)):
        evidence = pair_evidence(dated, undated, 3, 30.0)
        assert evidence is not None and evidence.kind == "hint", evidence
        assert {dated.frame.article_id, undated.frame.article_id} in events_of([dated, undated])


def test_place_alone_or_another_day_never_joins() -> None:
    bare = _report("mm-bare", KANBALU, None,
                   "Survivors in Kanbalu said the jets came back twice as families waited for the ceremony.")
    other_day = _report("mm-other-day", KANBALU, None,
                        "Survivors in Kanbalu said the jets came back twice on the morning of April 19.")
    for undated in (bare, other_day):
        evidence = pair_evidence(STRIKE, undated, 3, 30.0)
        assert evidence is not None and evidence.kind == "none", evidence
        assert {"mm-strike", undated.frame.article_id} not in events_of([STRIKE, undated])


def test_a_recalled_day_is_not_the_reports_own() -> None:
    """The sentence writes the earlier strike's day and its own weekday, which is not that
    day's (11 April 2023 was a Tuesday): a later incident recalling the earlier one."""
    again = _report("mm-again", KANBALU, None,
                    "Jets struck Kanbalu again on Sunday, weeks after the raid of April 11 that killed "
                    "dozens of villagers.")
    evidence = pair_evidence(STRIKE, again, 3, 30.0)
    assert evidence is not None and evidence.kind == "none", evidence
    # the weekday of that day written too: the same day, written twice
    same = _report("mm-same", KANBALU, None,
                   "Survivors in Kanbalu recalled how the jets came on Tuesday, April 11, as families "
                   "gathered.")
    evidence = pair_evidence(STRIKE, same, 3, 30.0)
    assert evidence is not None and evidence.kind == "hint", evidence


def test_two_incidents_of_that_day_and_month_leave_it_alone() -> None:
    """Another year's strike on April 11 at the same town: the undated report cannot say which."""
    earlier = _report("mm-strike-2022", KANBALU, "2022-04-11",
                      "Jets struck a monastery in Kanbalu on Monday, residents said.")
    assert {"mm-survivors"} in events_of([STRIKE, earlier, SURVIVORS])


def test_a_dated_report_of_another_day_is_not_joined_by_it() -> None:
    """Dated reports are told apart by their dates: the written day is read only for an
    undated report."""
    later = _report("sd-later", EL_FASHER, "2024-05-12",
                    "Shells fell on the night of 10 May and again on Sunday in El Fasher, volunteers said.",
                    kind="shelling", source="volunteers")
    evidence = pair_evidence(SHELLING, later, 3, 30.0)
    assert evidence is None or evidence.kind != "hint"


def test_compare_decides_as_analyze_does() -> None:
    """``rashomon compare`` asks :func:`~rashomon.link.same_event`, which links as ``analyze``."""
    strike = _written("mm-strike", KANBALU, "2023-04-11",
                      "Military jets bombed a crowd gathered for a ceremony near Kanbalu on Tuesday, residents said.")
    survivors = _written("mm-survivors", KANBALU, None,
                         "Survivors in Kanbalu said the jets came back twice on the morning of April 11.")
    verdict = same_event(((strike[0],), [strike[1]], None), ((survivors[0],), [survivors[1]], None), Options())
    assert verdict is not None and verdict.same and verdict.reason.startswith("hint"), verdict
    assert "April 11" in verdict.reason  # the ledger says why
    bare = _written("mm-bare", KANBALU, None, "Survivors in Kanbalu said the jets came back twice.")
    verdict = same_event(((strike[0],), [strike[1]], None), ((bare[0],), [bare[1]], None), Options())
    assert verdict is not None and not verdict.same, verdict


SAGAING = Location("Sagaing Region", "MM", 22.0, 95.5, "region")
MONYWA = Location("Monywa", "MM", 22.1086, 95.1358, "town")
MINE = _report("mm-mine", MONYWA, "2023-06-02",
               "Troops fired on workers of the Wanbao copper company near Monywa on Friday, "
               "the Myanmar Labour Alliance said.", kind="shooting", source="Myanmar Labour Alliance")


def test_a_region_report_needs_the_day_and_a_named_thing() -> None:
    """Placed only by the region, the day and month alone do not say which incident (a region
    has several a day); with a named company both write, they do."""
    named = _report("mm-region-named", SAGAING, None,
                    "Relatives across Sagaing Region mourned the Wanbao miners shot on June 2.",
                    kind="shooting", source="relatives")
    evidence = pair_evidence(MINE, named, 3, 30.0)
    assert evidence is not None and evidence.kind == "hint", evidence
    bare = _report("mm-region-bare", SAGAING, None,
                   "Relatives across Sagaing Region mourned the men shot on June 2.",
                   kind="shooting", source="relatives")
    evidence = pair_evidence(MINE, bare, 3, 30.0)
    assert evidence is None or evidence.kind == "none", evidence
