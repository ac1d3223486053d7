"""A date written as the start or span of a period ("since January", "so far this year", "over
the past month") dates no incident: a sentence whose only dates are periods opens no background
frame. Hand-written sentences about several conflicts."""

from __future__ import annotations

import pytest

from rashomon.extract.frames_dates import date_span, is_period
from rashomon.nlp.entities import ents_in


def _periods(nlp, text: str) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {date_span(e).text: is_period(date_span(e)) for s in doc.sents for e in ents_in(s)
            if e.label_ in ("DATE", "TIME")}


@pytest.mark.parametrize(("text", "date", "period"), [
    ("Since January, attacks in the Mopti region have killed more than 300 civilians.", "January", True),
    ("The RSF has besieged El Fasher since May.", "May", True),
    ("Since May 2023, fighting in Khartoum has killed thousands.", "May 2023", True),
    ("So far this year, air strikes in Magway region have killed 200 civilians.", "this year", True),
    ("Over the past month, clashes in Tavush have killed 12 people.", "the past month", True),
    ("In the past three weeks, attacks in the Boucle du Mouhoun region have killed 70 civilians.",
     "the past three weeks", True),
    ("Air strikes have killed 40 people in Kachin state since the start of the year.", "the start of the year", True),
    # dates, not periods
    ("Gunmen killed eight people in Kidal on Tuesday.", "Tuesday", False),
    ("Last month, a drone strike on a market in Sagaing killed 11 people.", "Last month", False),
    ("The army shelled Artsakh villages last week.", "last week", False),
    # "the deadliest since March 2023, when …": the date of that earlier incident
    ("It was the deadliest bombing in Afgoye since March 2023, when a car bomb killed 20.", "March 2023", False),
])
def test_is_period(resources, text: str, date: str, period: bool) -> None:  # type: ignore[no-untyped-def]
    found = _periods(resources.nlp, text)
    assert found.get(date) is period, found


def _frames(extract, text: str, published: str) -> list[tuple[str | None, bool, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.date, f.background, f.place_text) for f in extract(text, published=published).frames]


@pytest.mark.parametrize(("text", "published", "main_date"), [
    # Sahel: the running total of another region opens no frame dated 1 January
    ("Gunmen killed eight people in Kidal on Tuesday. Since January, attacks in the Mopti region "
     "have killed more than 300 civilians, the UN said.", "2024-05-16", "2024-05-14"),
    ("Gunmen stormed a village near Djibo on Saturday, killing 20. In the past three weeks, attacks "
     "in the Boucle du Mouhoun region have killed 70 civilians.", "2024-04-22", "2024-04-20"),
    # Sudan
    ("An RSF drone struck a market in El Obeid on Sunday, killing 12 people. The RSF has besieged "
     "El Fasher since May, and shelling has killed hundreds since January.", "2024-09-10", "2024-09-08"),
    # Myanmar
    ("A military air strike hit a village in Sagaing region on Friday, killing 15 people. Since "
     "May 2023, air strikes in Chin state have killed more than 200 civilians, a monitor said.",
     "2024-06-10", "2024-06-07"),
    # Caucasus
    ("Azerbaijani shelling killed two soldiers near Stepanakert on Monday. Since September, "
     "clashes along the border in Tavush have killed 12 people.", "2023-03-15", "2023-03-13"),
])
def test_a_period_opens_no_background_frame(extract, text: str, published: str, main_date: str) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(extract, text, published)
    assert frames[0][0] == main_date and len(frames) == 1, frames


def test_a_period_alone_does_not_date_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    # the lead's only date is a period's start: the publication week, not 1 May 2023
    text = "Since May 2023, fighting in Khartoum has killed thousands of people, a monitor said."
    frames = extract(text, published="2024-04-22").frames
    assert frames[0].date == "2024-04-22" and frames[0].date_precision == "week"


def test_a_recent_start_still_dates_the_fighting(extract) -> None:  # type: ignore[no-untyped-def]
    # clashes that began on Tuesday are dated Tuesday
    text = "Clashes between the army and the RSF in Omdurman since Tuesday have killed 40 people."
    frames = extract(text, published="2024-02-09").frames
    assert frames[0].date == "2024-02-06", [(f.date, f.date_text) for f in frames]


@pytest.mark.parametrize(("text", "published"), [
    # an earlier incident with a date of its own stays a background frame
    ("Gunmen killed eight people in Kidal on Tuesday. On 3 March, a car bomb in Gao killed 15 "
     "soldiers.", "2024-05-16"),
    ("Militiamen killed 14 people in Kidal on Tuesday. It was the deadliest attack in the north "
     "since March 2023, when a car bomb killed 20 soldiers in Gao.", "2024-05-16"),
])
def test_an_earlier_dated_incident_stays_background(extract, text: str, published: str) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(extract, text, published)
    assert frames[0][0] == "2024-05-14" and any(b for _, b, _ in frames), frames


def test_a_war_since_a_year_opens_no_frame(extract) -> None:  # type: ignore[no-untyped-def]
    # Yemen: "since 2015" is the war's span, not the year of another incident
    text = ("Houthi drones struck a tanker off Hodeidah on Monday. The Saudi-led coalition has bombed "
            "Yemen since 2015, killing thousands.")
    frames = extract(text, published="2024-05-16").frames
    assert len(frames) == 1 and frames[0].killed is None, [(f.date, f.place_text, f.killed) for f in frames]


def test_a_past_year_beside_a_period_is_still_background(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed eight people in Kidal on Tuesday. Last year, despite a peace deal in force "
            "since 2015, a car bomb in Gao killed 30 soldiers.")
    frames = _frames(extract, text, "2024-05-16")
    assert [b for _, b, _ in frames] == [False, True], frames
