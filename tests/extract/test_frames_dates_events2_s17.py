"""A day on a saying, rejecting or toll-revising verb dates the statement, not the act: "X's
Y-led government on Thursday rejected suggestions that the bomber who killed …", "the toll rose
to 40 on Tuesday", "the army raised the death toll to 25 on Monday". Such a frame is dated by
its first statement (which linking reads as a bound, not the incident's day). A day on the act
itself still dates it. Sentences written for the project, about conflicts no eval or probe set
covers."""

from __future__ import annotations

import pytest

STATEMENT = "the date of the first statement"


def _main(extract, text: str, published: str):  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published=published).frames if not f.background]
    assert frames
    return frames[0]


@pytest.mark.parametrize(("text", "published", "day"), [
    # the subject an apposition after a dateline ("MAPUTO - X's government on Thursday rejected")
    ("JUBA, Feb 2 - South Sudan's SPLM-led government on Thursday rejected suggestions that the "
     "bomber who killed scores of people at a church in Yei had come from Ugandan soil.",
     "2023-02-02", "2023-02-02"),
    ("NIAMEY, Feb 2 - Niger's army-led government on Thursday rejected claims that the gunmen who "
     "killed scores of soldiers at a base in Tillaberi had come from Malian soil.",
     "2023-02-02", "2023-02-02"),
    ("Kenya's government on Monday dismissed reports that the gunmen who attacked a bus in Mandera "
     "had been trained in Somalia.", "2024-03-05", "2024-03-04"),
    # a toll's change dates the count, not the killing
    ("The toll from the bombing of a mosque in Quetta rose to 40 on Tuesday, officials said.",
     "2024-03-06", "2024-03-05"),
    ("The army raised the death toll to 25 on Monday. A car bomb exploded outside a hotel in "
     "Kismayo, killing soldiers and civilians.", "2024-03-05", "2024-03-04"),
    ("The number of people killed by a drone strike on a market in Mopti has climbed to 14 on "
     "Thursday, the regional governor said.", "2024-03-08", "2024-03-07"),
])
def test_a_statement_day_is_no_act_day(extract, text: str, published: str, day: str) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text, published)
    note = frame.sources["date"].note or ""
    assert frame.date == day and STATEMENT in note, (frame.date, note)


@pytest.mark.parametrize(("text", "published", "day"), [
    # the act's own day still dates it
    ("A car bomb exploded outside a hotel in Kismayo on Sunday. The army raised the death toll "
     "to 25 on Monday.", "2024-03-05", "2024-03-03"),
    ("Gunmen on Tuesday attacked a village in Borno state, killing 12 farmers.", "2024-03-06",
     "2024-03-05"),
    ("Colombia's air force on Friday bombed an ELN camp in Arauca, the defence ministry said.",
     "2024-03-09", "2024-03-08"),
    # a toll that rose on a day the attackers struck again is the attack's day too
    ("Fighters stormed the town of Mocimboa on Tuesday and the toll rose to 20 as they burned "
     "houses.", "2024-03-06", "2024-03-05"),
])
def test_an_act_day_still_dates_it(extract, text: str, published: str, day: str) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text, published)
    note = frame.sources["date"].note or ""
    assert frame.date == day and STATEMENT not in note, (frame.date, note)


def test_a_day_on_the_incidents_noun_in_a_toll_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    # "Saturday's strike": the strike's day, though the toll's change has another
    frame = _main(extract, "The toll from Saturday's drone strike on the market in Sumy rose to 11 on "
                           "Sunday, regional officials said.", "2024-03-04")
    note = frame.sources["date"].note or ""
    assert frame.date == "2024-03-02" and STATEMENT not in note, (frame.date, note)


@pytest.mark.parametrize("text", [
    # a date in a clause that starts a period ("since X took office in …") dates no incident
    "Gunmen killed 19 people at a bar in Salamanca on Saturday. It was the worst attack in the state "
    "since the governor took office in October 2021.",
    "A car bomb killed 11 soldiers near Quetta on Monday. Attacks have risen across Balochistan "
    "since separatists ended a truce with the army in November.",
])
def test_a_date_in_a_since_clause_opens_no_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-03-05").frames
    assert not [f for f in frames if f.background and f.date], [(f.index, f.date, f.date_text) for f in frames]


def test_an_earlier_incident_with_its_date_still_background(extract) -> None:  # type: ignore[no-untyped-def]
    frames = extract("Gunmen killed 19 people at a bar in Salamanca on Saturday. In October 2021, "
                     "gunmen killed 11 people at a bar in the same city.", published="2024-03-05").frames
    assert [f for f in frames if f.background and f.date], [(f.index, f.date, f.date_text) for f in frames]


def test_a_since_clause_naming_an_incident_keeps_its_frame(extract) -> None:  # type: ignore[no-untyped-def]
    # "… killed since fighting broke out on …": the war's start, its running toll kept apart
    frames = extract("Shells hit the town of Tartar on Tuesday, killing two civilians. More than 300 "
                     "people have been killed since fighting broke out on Feb. 20, both sides say.",
                     published="2024-03-06").frames
    assert [f for f in frames if f.background and f.date], [(f.index, f.date, f.date_text) for f in frames]
