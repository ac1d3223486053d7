"""Figures of round 16 (issue 10), on sentences written for the project about conflicts no eval
set covers: a background sentence with its own place or time is another incident's toll, not the
article's; a district of the incident's town, or the incident's own month, keeps its figure."""

from __future__ import annotations

import pytest

from rashomon.types import Figure


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.killed, c.injured, c.text) for c in claims]


def _of(claims, word: str):  # type: ignore[no-untyped-def]
    return [c for c in claims if word in c.text]


LEAD_MOCIMBOA = ("PEMBA, Sept 14 - Insurgents attacked the town of Mocimboa da Praia on Saturday, killing at least "
                 "17 people, police said.\n\n")
LEAD_JAMMU = ("SRINAGAR - Militants ambushed an army convoy near Rajouri on Thursday, killing five soldiers, the "
              "army said.\n\n")


# --- other incidents' figures: another place or another time ---------------------------------

@pytest.mark.parametrize("text, figure", [
    # a month of its own, without a day: an earlier incident
    (LEAD_MOCIMBOA + "Earlier this year, Amnesty International accused the army of killing 52 civilians in "
     "three villages in the north of the province in March, which the government denied.", 52),
    (LEAD_JAMMU + "A police officer said the same group had ambushed a patrol in Poonch in May last year, "
     "killing four soldiers.", 4),
    # a sentence that opens with a month of its own and a new act, the lead naming no month
    ("COTABATO - Gunmen attacked a bus in Maguindanao on Monday, killing nine people, police said.\n\n"
     "In March, a bombing claimed by the group at a market in Cotabato City killed 14 people, the army said.", 14),
    # a text without paragraph breaks: the lead is its first sentence
    ("COTABATO - Gunmen attacked a bus in Maguindanao on Monday, killing nine people, police said. "
     + "The bus was carrying farmers to a market in the town, a provincial official said, and the gunmen fled "
       "into the marshes before troops arrived. " * 8
     + "In March, a bombing claimed by the group at a market in Cotabato City killed 14 people, the army said.", 14),
    # another day's strikes, the lead dating its own to a day
    ("ODESA - A missile struck an apartment block in Odesa on Saturday, killing nine people, officials said.\n\n"
     "Regional officials said on Saturday that the toll from Thursday's strikes had risen to at least 21.", 21),
    # a sentence that opens with another town
    (LEAD_MOCIMBOA + "In Macomia, the district administrator said a separate raid on Friday had wounded 11 "
     "people, including two children.", 11),
    # a toll of its own place, told of the kill verb
    ("BAMENDA - Separatist fighters attacked a checkpoint in Bamenda on Thursday, killing five soldiers, "
     "the army said.\n\nEarlier on Thursday, an explosion killed three policemen in the Far North region, a "
     "local official said.", 3),
    # a nationwide tally
    (LEAD_MOCIMBOA + "The minister told parliament that 96 people had been killed across the country since "
     "January.", 96),
])
def test_other_incidents_figures_are_not_the_articles(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    figures = {f.min for c in claims for f in (c.killed, c.injured) if f is not None}
    assert figure not in figures, _show(claims)


@pytest.mark.parametrize("text, word, killed, injured", [
    # a district of the incident's town is the incident
    (LEAD_MOCIMBOA + "A hospital official said 23 people had been wounded in the Milamba neighbourhood of "
     "Mocimboa da Praia.", "23", None, 23),
    # a district alone is no other place: a city's district is part of the incident
    ("MOGADISHU - A car bomb exploded outside a restaurant in Mogadishu on Friday, police said.\n\n"
     "A police officer said the blast killed 14 people in the Hodan district.", "14", 14, None),
    # the lead's town named in the sentence, with its province beside it
    (LEAD_MOCIMBOA + "Most of the raids hit homes at Mocimboa da Praia, in Cabo Delgado province, said a police "
     "officer, who said the insurgents had wounded 23 people.", "23", None, 23),
    # a fronted place that is only where the speaker is: the act is the incident's ("the raid")
    (LEAD_MOCIMBOA + "In Maputo, the interior minister said the raid had killed 21 people.", "21", 21, None),
    # the night before the lead's day: the same overnight strikes
    ("ODESA - Missiles struck apartment blocks in Odesa on Saturday, officials said.\n\n"
     "Regional officials said that Friday night's strikes had killed nine people.", "nine", 9, None),
    # a date with a day is how a later report dates the incident
    ("KIDAL - Gunmen attacked a market near Kidal on Wednesday, officials said.\n\n"
     "The army said the attack on March 3 killed 14 people.", "14", 14, None),
    # a month alone, the lead naming none: a look back at the incident itself
    ("MANDALAY - Residents of a village near Mandalay are still burying their dead.\n\n"
     "Doctors said the August air strike on the village killed 30 people.", "30", 30, None),
    # the incident's own month
    ("PEMBA, Sept 14 - Insurgents attacked the town of Mocimboa da Praia in September, the police said.\n\n"
     "A local official said 17 people were killed in September in the town.", "17", 17, None),
    # wounded taken to a hospital in another town: the place is where they were taken, not where
    (LEAD_MOCIMBOA + "The health ministry said 30 people had been wounded, many of whom had been taken to "
     "hospitals in Pemba and Montepuez.", "30", None, 30),
    # a headline line before the lead: the lead is the first paragraph that reads as sentences,
    # and its places and months are the incident's
    ("Drone strike hits market in Kordofan\n\nA drone strike on a market in El Obeid killed 19 people in "
     "March 2025, a medical group said.\n\nIn El Obeid, a doctor said a drone strike in March 2025 had wounded "
     "40 people.", "19", 19, None),
    ("Drone strike hits market in Kordofan\n\nA drone strike on a market in El Obeid killed 19 people in "
     "March 2025, a medical group said.\n\nIn El Obeid, a doctor said a drone strike in March 2025 had wounded "
     "40 people.", "40", None, 40),
    # a toll in the lead with the speaker after it
    ("Gunmen killed 12 people in an attack on a village near Beni on Sunday, the army said.", "12", 12, None),
])
def test_the_incidents_figures_stay(extract, text: str, word: str, killed, injured) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    found = [c for c in _of(claims, word) if c.killed is not None or c.injured is not None]
    assert found, _show(claims)
    c = found[0]
    assert (c.killed.min if c.killed else None) == killed, _show(claims)
    assert (c.injured.min if c.injured else None) == injured, _show(claims)


# --- a spelled toll with "had fallen" ---------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The Malian army's chief of staff said in a message on state radio that about thirty of our soldiers "
     "had fallen defending the outpost.", (30, 30)),
    ("Twelve soldiers have fallen since the convoy was ambushed near Menaka, the army said.", (12, 12)),
    # the victims quoted, the verb outside the quotation
    ("The Burkinabe army said in a statement that \"some twenty of our brave men\" had fallen in the fighting.",
     (20, 20)),
    ("A rebel commander in Rakhine told reporters that \u201csix of our comrades\u201d were killed in the air strike.",
     (6, 6)),
    # things, not people, fall
    ("Two mortar rounds had fallen near the camp at Kidal, the army said.", None),
    ("The ministry said that 20 provincial capitals had fallen to the insurgents in a week.", None),
])
def test_fallen_soldiers_are_a_toll(extract, text: str, figure) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    killed = [(c.killed.min, c.killed.max) for c in claims if c.killed is not None]
    assert killed == ([figure] if figure else []), _show(claims)


# --- a count given first, then "all of them" killed ---------------------------------------------

@pytest.mark.parametrize("text, kind, figure", [
    ("The Nigerien army said the assailants numbered nine and that all of them had been killed.", "killed", (9, 9)),
    ("Colombian police said the kidnappers numbered four, and all of them were wounded in the raid.",
     "injured", (4, None)),
    ("A Haitian police spokesman said the gang members numbered about 200 and that all of them had fled.", None, None),
])
def test_a_count_then_all_of_them(extract, text: str, kind, figure) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    got = [(k, (f.min, f.max if k == "killed" else None)) for c in claims
           for k, f in (("killed", c.killed), ("injured", c.injured)) if f is not None]
    assert got == ([(kind, figure)] if kind else []), _show(claims)


# --- the outlet's own figures: another incident's background sentence is not the event's -------

@pytest.mark.parametrize("text, kind", [
    ("SITTWE - An air strike hit a market in Sittwe on Monday, killing 14 people, local officials said.\n\n"
     "In Kyauktaw, an artillery strike on Monday wounded 28 people.", "injured"),
    ("SITTWE - An air strike hit a market in Sittwe on Monday, killing 14 people, local officials said.\n\n"
     "In March 2023, an air strike on the same market killed 20 people.", "killed"),
])
def test_outlet_figures_of_other_scenes_are_not_the_events(extract, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    frame = extract(text).frames[0]
    assert getattr(frame, kind) is None, frame


def test_the_outlets_own_figure_of_the_incident_stays(extract) -> None:  # type: ignore[no-untyped-def]
    frame = extract("SITTWE - An air strike hit a market in Sittwe on Monday, local officials said.\n\n"
                    "Fourteen people were killed in the strike on the market in Sittwe.").frames[0]
    assert frame.killed == Figure(14, 14), frame
