"""Which date a frame takes: statement nouns date a statement, and "came under fire" dates the
incident; hand-written sentences about several conflicts."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a statement noun's date dates the statement, the incident's own date wins
    ("In a statement on Sunday, the army said an RSF drone attack on the market in El Obeid killed "
     "12 people. Residents said the attack happened on Saturday evening.", "2024-03-04", "2024-03-02"),
    ("In a tweet on Saturday, a TPLF spokesman said a drone attack on a camp in Dedebit killed 56 "
     "people. Aid workers said the attack occurred late on Friday night.", "2022-01-08", "2022-01-07"),
    ("At a news conference on Thursday, the governor said gunmen ambushed a convoy near Djibo. "
     "The ambush took place on Tuesday, he said.", "2024-06-21", "2024-06-18"),
    # soldiers coming under fire is the incident, dated by its own day
    ("Seven ELN fighters were killed in a firefight near El Tarra, the army said on Wednesday. "
     "Soldiers came under fire on Tuesday while patrolling near the village, the army said.",
     "2024-11-20", "2024-11-19"),
    ("The Sudanese army said on Friday that its convoy came under fire on Thursday near Kadugli.",
     "2024-02-10", "2024-02-08"),
])
def test_incident_date_over_statement_date(extract, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=published).frames
    assert frames and frames[0].date == expected, [(f.date, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers came under fire on Tuesday while patrolling near Oru.", "ground_attack"),
    ("The convoy came under heavy fire near Bunia.", "ground_attack"),
    ("A patrol comes under gunfire near Menaka.", "ground_attack"),
    # criticism is no attack
    ("The minister came under fire for his remarks on the ceasefire talks.", None),
    ("The plan has come under fire from the opposition.", None),
    ("The envoy came under fire over the deal.", None),
])
def test_under_fire(text: str, expected: str | None) -> None:
    assert classify_event_type(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("the night of 24 to 25 August", "2023-09-01", ("2023-08-24", "day")),
    ("on the night of 24-25 August", "2023-09-01", ("2023-08-24", "day")),
    ("August 24-25", "2023-09-01", ("2023-08-24", "day")),
    ("between 12 and 14 March 2024", None, ("2024-03-12", "day")),
    ("from 3 to 5 May", "2024-05-20", ("2024-05-03", "day")),
    # not a range: single days and years stay as they were
    ("3 March 2024", None, ("2024-03-03", "day")),
    ("March 2024", None, ("2024-03-01", "month")),
])
def test_a_range_of_days_is_its_first_day(text: str, published: str | None, expected: tuple[str, str]) -> None:
    from rashomon.gazetteer.dates import resolve_date

    assert resolve_date(text, published) == expected


def test_a_monitor_report_dates_the_night_range(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The deadliest incident of the week took place on the night of 24 to 25 August in "
            "Oicha, where ADF combatants killed at least 18 civilians.")
    frames = extract(text, published="2023-09-01").frames
    assert frames and frames[0].date == "2023-08-24"


def test_a_weekly_brief_keeps_its_leads_date(extract) -> None:  # type: ignore[no-untyped-def]
    # the lead's own date lies 8 days before publication; a later, separate clash is recent
    text = ("The deadliest incident of the week took place on the night of 10 to 11 March near "
            "Menaka, where jihadists killed at least 20 villagers.\n\n"
            "On 14 March, a clash between soldiers and rebels near Kidal left three combatants dead.")
    frames = extract(text, published="2024-03-18").frames
    assert frames and frames[0].date == "2024-03-10", [(f.date, f.background) for f in frames]


def test_an_old_date_outside_the_lead_is_still_background(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Jihadists killed at least 20 villagers near Menaka on Saturday, officials said.\n\n"
            "The village had been attacked before, on 2 March, when gunmen stormed the market.")
    frames = extract(text, published="2024-03-18").frames
    assert frames[0].date == "2024-03-16"
    assert any(f.background and f.date == "2024-03-02" for f in frames[1:]), [(f.date, f.background) for f in frames]


@pytest.mark.parametrize("text", [
    "The coalition maintained on Saturday that the airstrike on the bus in Saada hit a legitimate target.",
    "The coalition agreed on Saturday with the report on the airstrike on the bus in Saada.",
    "The junta reiterated on Saturday that no airstrike hit the school in Tabayin.",
])
def test_statement_and_reaction_verbs_date_no_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2018-09-02").frames
    assert frames and "the date of the first statement" in (frames[0].sources["date"].note or "")
