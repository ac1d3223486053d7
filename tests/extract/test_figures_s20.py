"""Figures of session 16 (issue 10), on sentences written for the project about conflicts no eval
set covers (Nigeria, Yemen, Colombia, Kashmir, Haiti, Bangladesh): another incident's toll told in
the article — a background attack dated by its own time ("On Christmas Eve in 2019, a bomb …
killed 11", "A car bomb … last August killed about 40", "Two weeks before the raid, fighters killed
15 soldiers …"), or the other incident of the same day told at its own place ("In Konduga, where a
suicide bomber struck …, police said nine had died", "… in Mukalla, in the Hadramout province, where
officials said eight had been killed") — gives no toll of the article's incident."""

from __future__ import annotations

import pytest


def _show(result):  # type: ignore[no-untyped-def]
    return ([(c.source.name, c.stance, c.about, c.killed, c.injured, c.text) for c in result.claims],
            [(f.killed, f.injured, f.background) for f in result.frames])


def _figures(result) -> set[int]:  # type: ignore[no-untyped-def]
    """Every figure the article's incident gets: its claims' and its main frame's."""
    claims = [c for c in result.claims if c.about != "other"]
    frame = next((f for f in result.frames if not f.background), None)
    figs = [f for c in claims for f in (c.killed, c.injured) if f is not None]
    if frame is not None:
        figs += [f for f in (frame.killed, frame.injured) if f is not None]
    return {v for f in figs for v in (f.min, f.max) if v is not None}


LEAD_KUKAWA = ("MAIDUGURI, Nigeria, Jan 5 - Gunmen killed 20 people in the village of Kukawa in Borno state on "
               "Saturday, officials said.\n\n")
LEAD_ADEN = ("ADEN, Yemen, March 3 - A car bomb exploded at a checkpoint in Aden on Sunday, killing 12 soldiers, "
             "officials said.\n\n")
LEAD_TUMACO = ("BOGOTA, Colombia, Oct 14 - Rebels attacked a police station in the port of Tumaco on Friday, "
               "killing six officers, the army said.\n\n")


# --- a background attack dated by its own time -------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    # a year nested in the opening phrase ("On Christmas Eve in 2019")
    (LEAD_KUKAWA + "The area has long been a target. On Christmas Eve in 2019, a bomb outside a church in the "
     "town of Gwoza killed 11 people.", 11),
    # a past month inside the act's own subject phrase
    (LEAD_ADEN + "A car bomb at a market in Sanaa last August killed about 40 people, and thousands have fled the "
     "city since.", 40),
    (LEAD_TUMACO + "An ambush on a patrol in the Cauca department last June killed 14 soldiers, a general said.", 14),
    # the date of a passive's doer that is an act ("were followed in March by an attack")
    ("BAMAKO, Mali - Gunmen killed villagers in the Mopti region in January, officials said.\n\nThe killings in "
     "January were followed in March by a deadlier raid on villages in the Segou region, in which gunmen killed "
     "52 people.", 52),
    # a time told relative to the incident, a new act with its own doers
    (LEAD_KUKAWA + "Two weeks before the Kukawa raid, fighters killed 15 soldiers at a base near Monguno.", 15),
    (LEAD_TUMACO + "A month before the attack on Tumaco, dissidents of the FARC killed nine soldiers in an ambush "
     "near Jamundi, according to the army.", 9),
])
def test_a_background_attack_of_another_time(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure not in _figures(result), _show(result)


@pytest.mark.parametrize("text, figure", [
    # NOT fire: the incident's toll rising days later (no new act)
    (LEAD_KUKAWA + "Three days after the attack, the toll rose to 25, a local official said.", 25),
    # NOT fire: a wounded victim of the incident dying later
    (LEAD_ADEN + "Two days after the bombing, a wounded soldier died in hospital, raising the toll to 13, the army "
     "said.", 13),
    # NOT fire: a date with a day and a year (the incident's own, told in full)
    ("ADEN, Yemen - Officials said a car bomb hit a checkpoint in Aden, killing soldiers.\n\nWitnesses said the car "
     "bomb exploded in the early hours of Sunday, 3 March 2019, at the checkpoint, killing 12 soldiers.", 12),
    # NOT fire: a comparison since a year is no date of the act
    (LEAD_KUKAWA + "The gunmen killed 20 villagers, the worst attack in the area since 2015, a local official said.",
     20),
    # NOT fire: a span of time that dates a statement, not the act
    (LEAD_ADEN + "The interior ministry said two days later that a car bomb had killed 12 soldiers at the "
     "checkpoint.", 12),
    # NOT fire: the incident's own month, told again
    ("SRINAGAR, Oct 3 - Militants attacked an army camp in Uri in October, officials said.\n\nThe attack on the "
     "camp in October killed 17 soldiers, an army spokesman said.", 17),
])
def test_the_incidents_own_time_keeps_its_toll(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure in _figures(result), _show(result)


# --- the same day's other incident, told at its own place ---------------------------------------

@pytest.mark.parametrize("text, figure", [
    # a fronted place with a clause telling of its own act
    (LEAD_KUKAWA + "In Konduga, where a suicide bomber struck a mosque hours after the Kukawa raid, police said "
     "nine people had died.", 9),
    (LEAD_ADEN + "In Mukalla, where a second bomb hit a market on the same morning, the toll rose to 8, the health "
     "ministry said.", 8),
    # a claim inside a "where" clause of another region's place
    (LEAD_ADEN + "The blast in Aden came minutes after a drone hit a fuel depot in Mukalla, in the Hadramout "
     "province, where officials said at least 8 people had been killed.", 8),
    # the lead names the second attack's town; the body tells of it hours later
    ("DHAKA, Bangladesh, July 2 - A bomb exploded at a rally in the town of Sylhet on Sunday, killing nine people, "
     "police said, hours before a second attack struck a market in Chittagong.\n\nHours later, a suicide bomber "
     "blew himself up at the gate of a market in Chittagong, killing at least four people, according to the police.",
     4),
    # a church of the other town shares "St" with the lead's church
    ("ABUJA, Nigeria, Dec 25 - A bomb exploded at St Theresa's church in Madalla during Christmas mass, killing 35 "
     "people, officials said, hours before a second bomb hit a church in Jos.\n\nHours later, a car bomb exploded "
     "outside St Finbarr's church in Jos, where the bishop had been leading the service, killing at least three "
     "people, according to the police.", 3),
])
def test_the_other_incident_of_the_day(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure not in _figures(result), _show(result)


@pytest.mark.parametrize("text, figure", [
    # NOT fire: the lead's own place, fronted with a clause of its act
    (LEAD_KUKAWA + "In Kukawa, where the gunmen struck the market, residents said 23 people had been killed.", 23),
    # NOT fire: the incident's own site, first named in the body, the sentence's own act
    ("DHAKA, Bangladesh - A bomb exploded at a rally in northern Bangladesh on Sunday, police said.\n\nThe bomb hit "
     "a crowd in the town of Sylhet, where police said 14 people had been killed.", 14),
    # NOT fire: hours later, at the lead's own church (a "St" name of the lead's town)
    ("ABUJA, Nigeria, Dec 25 - A bomb exploded at St Theresa's church in Madalla during Christmas mass, officials "
     "said.\n\nHours later, a rescuer at St Theresa's church in Madalla said 35 people had been killed in the "
     "blast.", 35),
    # NOT fire: the wounded taken to another town, where some died (no act there)
    (LEAD_ADEN + "The wounded were taken to Lahj, where doctors said three more soldiers had died.", 3),
])
def test_the_incidents_own_place_keeps_its_toll(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure in _figures(result), _show(result)


# --- "close to N" after a toll's verb is a bound, not an exact figure ---------------------------

@pytest.mark.parametrize("text, low, high", [
    ("A Haitian police officer said the number of dead might be close to 40.", None, 40),
    ("Officials in Batticaloa said the death toll could be close to 25 by nightfall.", None, 25),
    ("A Libyan Red Crescent volunteer said the number of dead may be up to 60.", None, 60),
    ("Rescuers in Derna said the toll may be 12.", 12, 12),  # NOT a bound: no modifier
    ("The toll rose to 30, the mayor of Cap-Haitien said.", 30, 30),  # NOT a bound: "rose to" links
])
def test_close_to_is_a_bound(text: str, low: int | None, high: int | None) -> None:
    from rashomon.extract.numbers import find_casualties
    found = [m.figure for m in find_casualties(text) if m.kind == "killed"]
    assert found and (found[0].min, found[0].max) == (low, high), found


# --- a person's own people lost is no toll of the outlet's --------------------------------------

@pytest.mark.parametrize("text", [
    "SANAA, Yemen - An air strike hit a market in Saada on Monday, residents said.\n\nAbdullah, a 15-year-old who "
    "lost his father and two uncles in the strike, now sells bread near the market.",
    "COX'S BAZAR, Bangladesh - Gunmen attacked a camp near Ukhia on Friday, police said.\n\nA farmer who lost his "
    "son in the attack waited outside the clinic.",
])
def test_a_family_loss_is_no_outlet_toll(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frame = extract(text).frames[0]
    assert frame.killed is None, frame


def test_a_family_loss_told_by_its_source_is_still_read(resources) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: the claims' reading (no persons) keeps a source's count of its own dead
    from rashomon.extract.casualty_parse import parse_casualties
    doc = resources.nlp("She said she had lost her husband and her two daughters in the strike.")
    found = [(k, f.min, f.max) for k, f, _ in parse_casualties(doc[:], persons=False)]
    assert ("killed", 3, 3) in found, found
