"""A report with no date at all that names its act by a weekday ("157 had been killed in
Saturday's attack") and gives a toll one source revised (the government's 134 before, "revised
the toll to 157") hints the incident of that weekday whose report gives the source's earlier
count, wherever in the country it is placed: the toll-revision follow-up without a date
(rashomon.link.parties.weekday_and_revision). It still joins only the one incident that fits.
Frames, claims and sentences written for these tests (Central African Republic, Burkina Faso)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import act_weekdays, content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source

BAMBARI = Location("Bambari", "CF", 5.76, 20.67, "town")
CAR = Location("Central African Republic", "CF", 6.6, 20.9, "country")
DJIBO = Location("Djibo", "BF", 14.10, -1.63, "town")
BURKINA = Location("Burkina Faso", "BF", 12.3, -1.6, "country")


def _report(article: str, place: Location, day: str | None, sentence: str, said: str, source: str,
            killed: int) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type="ground_attack",
                  evidence=Evidence(0, len(sentence), sentence), date=day,
                  date_precision="day" if day else "unknown", date_text=day, location=place,
                  place_text=place.name)
    claim = Claim(id=f"{article}-0", article_id=article, source=Source(source, source, "government"),
                  stance="asserts", about="casualties", text=said, evidence=Evidence(0, len(said), said),
                  frame=0, killed=Figure(min=killed, max=killed))
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


# Saturday 4 May 2024 at Bambari: the government's first count
FIRST = _report("cf-1", BAMBARI, "2024-05-04", "Armed men killed at least 38 civilians near Bambari on "
                "Saturday, the government said.", "38 civilians were killed, the government said.",
                "government", 38)


def test_the_weekday_an_act_is_named_by() -> None:
    assert act_weekdays(["157 had been killed in Saturday's attack on a village"]) == {5}
    assert act_weekdays(["the toll from Sunday's suicide bombing rose"]) == {6}
    assert act_weekdays(["Tuesday's statement gave no figure"]) == frozenset()  # no act


def test_an_undated_revision_follow_up_joins() -> None:
    later = _report("cf-2", CAR, None, "The government revised the toll of Saturday's massacre to 45 "
                    "as the UN sent investigators.", "45 people were killed in Saturday's massacre, the "
                    "government said, revising its earlier figure.", "government", 45)
    evidence = pair_evidence(FIRST, later, 3, 30.0)
    assert evidence is not None and evidence.kind == "hint"
    assert {"cf-1", "cf-2"} in events_of([FIRST, later])


def test_djibo_wording() -> None:
    """Another wording: the toll rose ("has risen to"), the weekday in the claim only."""
    first = _report("bf-1", DJIBO, "2024-06-09", "Jihadists killed 20 soldiers at a base near Djibo on "
                    "Sunday, the army said.", "20 soldiers were killed, the army said.", "army", 20)
    later = _report("bf-2", BURKINA, None, "Mourners gathered in Ouagadougou for the soldiers.",
                    "The number of soldiers killed in Sunday's assault has risen to 31, the army said.",
                    "army", 31)
    assert {"bf-1", "bf-2"} in events_of([first, later])


def test_another_weekday_or_another_source_does_not_join() -> None:
    """The near misses: the weekday of another day, or two sources' counts (no revision)."""
    friday = _report("cf-3", CAR, None, "The government revised the toll of Friday's massacre to 45.",
                     "45 people were killed in Friday's massacre, the government said, revising its "
                     "earlier figure.", "government", 45)
    other_source = _report("cf-4", CAR, None, "A rights group gave a toll of 45 for Saturday's massacre.",
                           "45 people were killed in Saturday's massacre, the rights group said.",
                           "rights group", 45)
    for later in (friday, other_source):
        evidence = pair_evidence(FIRST, later, 3, 30.0)
        assert evidence is None or evidence.kind == "none"
