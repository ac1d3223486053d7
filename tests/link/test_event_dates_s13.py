"""An event's date is its incident's: a report dated only by a statement about the incident
("the army said on Tuesday") never outvotes one dated by the incident itself, and among
statement-dated reports alone, the earliest statement bounds the incident best.

Made-up incidents in Darfur, Shan State and the South Caucasus (no eval set covers them).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.link import link
from rashomon.link.blocking import STATEMENT_NOTE, from_statement, prepare
from rashomon.link.events import build_event
from rashomon.types import DatePrecision, Evidence, FieldSource, Frame, Location

OPTIONS = Options()
KADUGLI = Location("Kadugli", "SD", 11.01, 29.72, "town")
LASHIO = Location("Lashio", "MM", 22.936, 97.750, "town")
TERTER = Location("Terter", "AZ", 40.34, 46.93, "town")
INCIDENT_NOTE = "resolved against the publication date"
STATED_NOTE = f"resolved against the publication date; {STATEMENT_NOTE} (no date of its own)"


def frame(aid: str, day: str, *, stated: bool = False, place: Location = KADUGLI,
          precision: DatePrecision = "day", target: str = "the Tilo market") -> Frame:
    note = STATED_NOTE if stated else INCIDENT_NOTE
    return Frame(article_id=aid, index=0, type="shelling", evidence=Evidence(0, 1, "x"),
                 date=day, date_precision=precision, date_text="Tuesday",
                 place_text=place.name, location=place, targets=(target,),
                 sources={"date": FieldSource(note=note)})


def event_date(*frames: Frame) -> str | None:
    return build_event([prepare(f, f.date) for f in frames], []).date


def test_the_statement_note_is_read() -> None:
    assert from_statement(frame("a", "2024-03-05", stated=True))
    assert not from_statement(frame("a", "2024-03-05"))


def test_one_incident_date_outvotes_two_statement_dates_in_sudan() -> None:
    # one report: "shells hit the Tilo market in Kadugli on Monday"; two: "the army said on
    # Tuesday that shells had hit the market"
    assert event_date(frame("sd-1", "2024-03-04"), frame("sd-2", "2024-03-05", stated=True),
                      frame("sd-3", "2024-03-05", stated=True)) == "2024-03-04"


def test_statement_dates_alone_give_the_earliest_in_myanmar() -> None:
    # "the junta said on Wednesday", "the KIA said on Friday": the strike was on Wednesday or
    # before, so Wednesday, even when Friday's statements are more numerous
    assert event_date(frame("mm-1", "2025-01-08", stated=True, place=LASHIO),
                      frame("mm-2", "2025-01-10", stated=True, place=LASHIO),
                      frame("mm-3", "2025-01-10", stated=True, place=LASHIO)) == "2025-01-08"


def test_incident_dates_still_vote_among_themselves_in_the_caucasus() -> None:
    frames = [frame("az-1", "2020-10-04", place=TERTER), frame("az-2", "2020-10-04", place=TERTER),
              frame("az-3", "2020-10-05", place=TERTER),
              frame("az-4", "2020-10-03", stated=True, place=TERTER)]
    assert event_date(*frames) == "2020-10-04"


def test_a_statement_day_beats_a_week() -> None:
    week = frame("sd-4", "2024-03-04", precision="week")
    assert event_date(week, frame("sd-5", "2024-03-06", stated=True)) == "2024-03-06"


def test_the_linked_event_of_sudan_reports_takes_the_incident_day() -> None:
    frames = [frame("sd-1", "2024-03-04"), frame("sd-2", "2024-03-05", stated=True),
              frame("sd-3", "2024-03-05", stated=True)]
    published = {f.article_id: f.date for f in frames}
    events, _ = link(frames, [], OPTIONS, published)
    assert len(events) == 1 and events[0].date == "2024-03-04"
    assert events[0].date_precision == "day"


START = date(2023, 6, 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.booleans()), min_size=1, max_size=8))
def test_a_statement_never_outvotes_the_incident(days: list[tuple[int, bool]]) -> None:
    """With any report dated by the incident, the event's date is one of theirs; with none,
    it is the earliest statement's; the date never depends on the frames' order."""
    frames = [frame(f"r-{n}", (START + timedelta(days=d)).isoformat(), stated=s)
              for n, (d, s) in enumerate(days)]
    chosen = event_date(*frames)
    own = {f.date for f in frames if not from_statement(f)}
    if own:
        assert chosen in own
    else:
        assert chosen == min(f.date for f in frames if f.date)
    assert event_date(*reversed(frames)) == chosen
    assert event_date(*[replace(f, article_id=f"x{f.article_id}") for f in frames]) == chosen
