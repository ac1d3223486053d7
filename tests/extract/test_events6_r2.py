"""Session 15, round 2 (events6): a year-less date of an undated article takes no year from a
period ("since 2019"); the arrival of the attackers dates the attack; state forces shooting
civilians in a town are a shooting; "elsewhere" opens another place's round-up. Hand-written
sentences about Myanmar, Burkina Faso, Chad, Haiti, Kenya, Mozambique and South Sudan."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.dates import resolve_date
from rashomon.gazetteer.triggers import classify_event_type
from rashomon.types import EventType

# -- dates --------------------------------------------------------------------------------------


def test_an_undated_articles_day_takes_no_year_from_a_period(extract) -> None:  # type: ignore[no-untyped-def]
    """No publication date: "the night of Saturday, May 4" takes no year from "since 2021" (a
    period: when the army's campaign began, not the incident's year)."""
    text = ("Soldiers opened fire on mourners in the town of Lashio, killing nine people on the night "
            "of Saturday, May 4, residents said.\n\n"
            "Rights groups say the army has killed thousands of civilians in the town since 2021.")
    frames = extract(text, published=None).frames
    assert frames[0].date is None, [(f.date, f.sources["date"].note) for f in frames]


def test_an_undated_articles_day_takes_the_year_of_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    """A year written for the incident itself still completes the day."""
    text = ("Gunmen killed 14 worshippers at a church in the village of Essakane on Sunday, June 2. "
            "The attack was the deadliest in the province in June 2024, a local official said.")
    frames = extract(text, published=None).frames
    assert frames[0].date == "2024-06-02", [(f.date, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "hint", "expected"), [
    ("the night of Saturday, May 4", 2024, "2024-05-04"),  # a Saturday in 2024
    ("the night of Saturday, May 4", 2021, None),  # a Tuesday in 2021: not the hinted year
    ("Friday, 12 January", 2024, "2024-01-12"),
    ("12 January", 2023, "2023-01-12"),  # no weekday to check
])
def test_a_hinted_year_must_agree_with_the_weekday(text: str, hint: int, expected: str | None) -> None:
    assert resolve_date(text, None, year_hint=hint)[0] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("N'DJAMENA, March 6 (Sahel Wire) - Gunmen killed at least 30 people in an attack on a camp "
     "for displaced families in eastern Chad, a local official said on Wednesday.\n\n"
     "The assailants reached the camp near Adre shortly before midnight on Tuesday and set fire "
     "to shelters, the official said.", "2024-03-06", "2024-03-05"),
    ("Armed men killed at least 20 people in an attack on the Haitian town of Mirebalais, the "
     "police said on Friday.\n\n"
     "Residents said the attackers came late on Thursday night, when most people were asleep. "
     "Volunteers found more bodies on Friday afternoon.", "2024-10-05", "2024-10-03"),
])
def test_the_attackers_arrival_dates_the_attack(extract, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=published).frames
    assert frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


# -- types --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan police shot dead four civilians in the town of Mandera on Saturday.", "shooting"),
    ("Six bystanders were shot dead by security forces in the market of Juba.", "shooting"),
    ("Witnesses said soldiers were shooting in the streets of Beira.", "shooting"),
    # villagers killed in a raid stay a ground attack
    ("Soldiers stormed the village of Djibasso and shot dead 30 villagers.", "ground_attack"),
    ("Gunmen shot dead five traders on the road to Kidal.", "ground_attack"),
])
def test_state_forces_shooting_civilians_in_a_town(text: str, expected: EventType) -> None:
    assert classify_event_type(text) == expected


def test_elsewhere_is_another_places_roundup(extract) -> None:  # type: ignore[no-untyped-def]
    """A statement's "Elsewhere, in Cabo Delgado, … shelling" does not type the attack it is
    about, which it names only as "an attack"."""
    text = ("\"I am appalled by reports that at least 20 children were killed during an attack "
            "yesterday on a village in Tanganyika province, Democratic Republic of the Congo.\n\n"
            "\"Elsewhere, in North Kivu, we have received reports of children killed by shelling "
            "around Goma in recent days.\"")
    frames = extract(text, published="2024-06-06").frames
    assert frames[0].type != "shelling", [(f.type, f.sources["type"].note) for f in frames]


# -- perpetrators (extract.claims_reading.find_perpetrator) ---------------------------------------


@pytest.mark.parametrize(("text", "party"), [
    # the speaker's own drone, "one of its …"
    ("The Burkinabe army said on Monday that one of its drones had mistakenly killed herders at a "
     "market near Djibo.", "Burkina Faso"),
    # taking responsibility is an acknowledgement, with no attack word in the quote
    ("\"It was a mistake, and we take full responsibility,\" the Chadian army chief, General Abakar "
     "Abdelkerim Daoud, told villagers in Tine after the air strike.", "Chad"),
])
def test_the_speakers_own_side_acknowledges(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text, published="2024-03-06").claims
    assert any(c.stance == "confirms" and c.perpetrator == party for c in claims), \
        [(c.source.name, c.stance, c.perpetrator) for c in claims]


@pytest.mark.parametrize("text", [
    # "they" in one side's own words are the other side
    "\"They are shooting at sleeping people,\" said Colonel Ahmed Ali, a spokesman for the Sudanese "
    "army, after the shelling of Omdurman.",
    # responsibility for something else than the act
    "\"We take full responsibility for the safety of civilians in Tigray,\" the Ethiopian army said "
    "after the air strike in Mekelle.",
])
def test_no_acknowledgement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text, published="2024-03-06").claims
    assert not any(c.stance == "confirms" for c in claims), [(c.source.name, c.stance, c.perpetrator) for c in claims]


def test_they_in_reported_speech_is_still_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The RSF said in a statement that they had shelled army positions in Omdurman.",
                     published="2024-03-06").claims
    assert any(c.stance == "confirms" and c.perpetrator == "RSF" for c in claims)


def test_an_undated_articles_day_takes_the_latest_year_named(extract) -> None:  # type: ignore[no-untyped-def]
    """An earlier incident's year, written twice, does not outvote the incident's own."""
    text = ("Gunmen killed 14 worshippers at a church in the village of Essakane on Sunday, June 2, "
            "in the deadliest attack in the province in 2024.\n\n"
            "In 2019, a similar attack killed 20 people at the church; another attack in 2019 "
            "killed five.")
    frames = extract(text, published=None).frames
    assert frames[0].date == "2024-06-02", [(f.date, f.sources["date"].note) for f in frames]
