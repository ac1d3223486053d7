"""A report whose text calls its town's name an area ("Katsina state", "the district of
Gulu") is placed by that area, not at the town: the incident may lie anywhere in it. An
undated report so placed joins the one dated incident in the area whose month and day it
writes and whose site or party it shares; never on the area alone, never when the area
holds two such incidents, and a town named without an area noun stays a town. Frames and
sentences written for these tests (Nigeria's Katsina state, Colombia's Cauca)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import named_as_area, prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, Evidence, Frame, Location, Source

KATSINA = Location("Katsina", "NG", 12.99, 7.60, "town")
KANKARA = Location("Kankara", "NG", 11.93, 7.41, "town")
DUTSINMA = Location("Dutsin-Ma", "NG", 12.45, 7.50, "town")


def _report(article: str, place: Location, day: str | None, sentence: str, *,
            targets: tuple[str, ...] = (), party: str = "", published: str | None = None) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type="ground_attack",
                  evidence=Evidence(0, len(sentence), sentence), date=day,
                  date_precision="day" if day else "unknown",
                  date_text="Friday" if day else " ".join(sentence.split("night of ")[-1].split()[:2]).strip(".,"),
                  location=place, place_text=place.name, targets=targets,
                  perpetrators=(party,) if party else ())
    claim = Claim(id=f"{article}-0", article_id=article, source=Source("police", "police", "police"),
                  stance="asserts", about="occurrence", text=sentence,
                  evidence=Evidence(0, len(sentence), sentence), frame=0)
    return replace(prepare(frame, published, 30), content=content_of(frame, [claim]))


SCHOOL = _report("ng-kankara", KANKARA, "2020-12-11",
                 "Gunmen on motorbikes stormed the Government Science Secondary School in Kankara "
                 "late on Friday and seized hundreds of boys, police said.",
                 targets=("Government Science Secondary School",), party="bandits")
UNDATED = _report("ng-undated", KATSINA, None,
                  "Parents across Katsina state waited for news of the boys taken from the Government "
                  "Science Secondary School on the night of December 11, as bandits demanded a ransom.",
                  targets=("Government Science Secondary School",), party="bandits")


def _as_town(info: FrameInfo, sentence: str) -> Frame:
    """The report's frame as the place reader gave it (at the town), with ``sentence``."""
    return replace(info.frame, location=KATSINA, evidence=Evidence(0, len(sentence), sentence))


def test_the_area_noun_after_the_town_name_makes_the_place_an_area() -> None:
    assert named_as_area(_as_town(UNDATED, UNDATED.frame.evidence.text))
    assert UNDATED.precision == "region" and UNDATED.broad and not UNDATED.pinned
    assert named_as_area(_as_town(UNDATED, "Soldiers patrolled the district of Katsina after the raid."))


def test_a_town_written_alone_stays_a_town() -> None:
    frame = _as_town(UNDATED, "Parents in Katsina waited for news of the boys taken on the night of December 11.")
    assert not named_as_area(frame)
    info = prepare(frame)
    assert info.precision == "town" and info.pinned
    # "the Katsina state governor" names the area, "the Katsina stadium" and "Katsina, the
    # state capital" do not
    assert named_as_area(_as_town(UNDATED, "The Katsina state governor visited the school."))
    assert not named_as_area(_as_town(UNDATED, "Fans filled the Katsina stadium on the night of December 11."))
    assert not named_as_area(_as_town(UNDATED, "They were flown to Katsina, the state capital."))
    # the town named too: the town
    assert not named_as_area(_as_town(UNDATED, "A bomb went off in Katsina city, Katsina state, on Friday."))
    # a quarter of a city is no area around it
    assert not named_as_area(_as_town(UNDATED, "A car bomb hit the Katsina district of the old city."))


def test_a_dated_report_stays_at_the_town() -> None:
    """A dated report so placed would fit any incident of a province's radius by one figure."""
    dated = prepare(replace(UNDATED.frame, location=KATSINA, date="2020-12-12", date_precision="day"))
    assert dated.precision == "town" and dated.pinned


def test_the_undated_area_report_joins_the_incident_whose_day_and_site_it_writes() -> None:
    evidence = pair_evidence(SCHOOL, UNDATED, 3, 30.0)
    assert evidence is not None and evidence.kind in ("hint", "vague", "content")
    assert {"ng-kankara", "ng-undated"} in events_of([SCHOOL, UNDATED])


def test_the_area_alone_never_links_an_undated_report() -> None:
    bare = _report("ng-bare", KATSINA, None,
                   "Traders in Katsina state said the roads had been closed on the night of "
                   "December 11.")
    evidence = pair_evidence(SCHOOL, bare, 3, 30.0)
    assert evidence is None or evidence.kind == "none"
    assert {"ng-kankara", "ng-bare"} not in events_of([SCHOOL, bare])


# the day and the party only: no site named
BY_PARTY = _report("ng-party", KATSINA, None,
                   "Parents across Katsina state waited for news of the children abducted by "
                   "bandits on the night of December 11.", party="bandits")


def test_the_day_and_the_party_join_the_only_incident_of_the_area() -> None:
    evidence = pair_evidence(SCHOOL, BY_PARTY, 3, 30.0)
    assert evidence is not None and evidence.kind == "hint"
    assert {"ng-kankara", "ng-party"} in events_of([SCHOOL, BY_PARTY])


def test_two_incidents_of_the_area_on_that_day_leave_it_alone() -> None:
    other = _report("ng-dutsinma", DUTSINMA, "2020-12-11",
                    "Gunmen attacked a village in Dutsin-Ma on Friday and took six girls, "
                    "police said.", targets=("a village",), party="bandits")
    assert {"ng-party"} in events_of([SCHOOL, other, BY_PARTY])


def test_another_month_day_is_no_hint() -> None:
    other_day = _report("ng-other-day", KATSINA, None,
                        "Parents across Katsina state waited for news of the children abducted by "
                        "bandits on the night of December 19.", party="bandits")
    evidence = pair_evidence(SCHOOL, other_day, 3, 30.0)
    assert evidence is None or evidence.kind == "none"
