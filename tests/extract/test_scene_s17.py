"""claim_scene (session 13, the lead): a year told of an act whose kill hangs on another verb ("set
fire to a church …, killing 30") dates that act, so the background sentence is another incident's.
Sentences written for the project (Central African Republic, Nigeria, Mozambique)."""

from __future__ import annotations

from rashomon.types import Figure

LEAD = ("BANGUI - Gunmen attacked a displacement camp near Bangassou on Tuesday, killing 11 people, a UN "
        "official said.\n\n")


def test_a_year_on_a_verb_whose_clause_kills_is_another_incident(extract) -> None:  # type: ignore[no-untyped-def]
    frame = extract(LEAD + "The camp shelters about 2,000 people who fled fighting last year.\n\n"
                    "In 2017 rebels set fire to classrooms at a teachers' college in the north of the country, "
                    "killing 40 students.").frames[0]
    assert frame.killed is None or frame.killed.max != 40, frame


def test_a_year_on_a_verb_whose_clause_kills_in_another_town(extract) -> None:  # type: ignore[no-untyped-def]
    frame = extract("MAIDUGURI - Insurgents raided a village near Gwoza on Friday, killing nine farmers, "
                    "residents said.\n\nIn 2014 fighters of the group set fire to a boarding school in Buni Yadi, "
                    "killing 59 students.").frames[0]
    assert frame.killed is None or frame.killed.max != 59, frame


def test_a_day_on_such_a_verb_stays_the_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: a date with a day is how a later report dates the incident itself
    frame = extract("PEMBA - Insurgents attacked Mocimboa da Praia, officials said.\n\n"
                    "On March 3 the fighters set fire to the market, killing 14 people.").frames[0]
    assert frame.killed == Figure(14, 14), frame
