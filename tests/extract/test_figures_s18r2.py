"""Figures of round 18, part 2 (issue 10), on sentences written for the project about conflicts no
eval set covers (Haiti, Sudan, Burkina Faso, DRC, Mexico, Myanmar, Nigeria): a part of the dead
picked out by "of the dead" ("five of the dead had been beheaded") is a detail of the toll, no toll;
a perfect-tense count over this year or since a month ("more than 300 inmates have been killed in
the country's prisons this year") is a running total, no figure of the incident."""

from __future__ import annotations

import pytest

from rashomon.extract.numbers import cumulative


def _figures(result) -> set[int]:  # type: ignore[no-untyped-def]
    out = {v for c in result.claims for f in (c.killed, c.injured) if f is not None
           for v in (f.min, f.max) if v is not None}
    return out | {v for fr in result.frames for f in (fr.killed, fr.injured) if f is not None
                  for v in (f.min, f.max) if v is not None}


def _show(result):  # type: ignore[no-untyped-def]
    return ([(c.source.name, c.about, c.killed, c.text) for c in result.claims],
            [(fr.killed, fr.injured) for fr in result.frames])


# --- a part of the dead: a detail, no toll -------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("PORT-AU-PRINCE, March 3 - Gang members attacked the town of Mirebalais on Monday, killing at least 20 "
     "people, police said.\n\nAt least six of the dead had been beheaded, a police spokesman said.", 6),
    ("EL FASHER, Sudan, May 4 - Fighters stormed a camp for displaced people on Saturday, killing dozens of "
     "people, residents said.\n\nSeven of the victims were executed at close range, a local medic said.", 7),
    ("OUAGADOUGOU, Sept 14 - Gunmen attacked the town of Seytenga on Saturday, officials said.\n\n"
     "Nine of the dead had been beheaded, a local official said.", 9),
    ("BENI, Congo, Feb 2 - Rebels raided a village near Beni overnight, killing 40 people, the army said.\n\n"
     "Three of the wounded later died in hospital, a doctor said.", 3),
])
def test_a_part_of_the_dead_is_no_toll(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure not in _figures(result), _show(result)


@pytest.mark.parametrize("text, figure", [
    # NOT fire: a body's own members are its toll
    ("BAMAKO, May 6 - Militants attacked an army post near Boni on Saturday, the army said.\n\n"
     "Nine of its soldiers were killed, a military source said.", 9),
    # NOT fire: a part of a named group that is the victims ("of the miners": no victims' word)
    ("KHARTOUM, May 4 - A drone struck a gold mine in North Kordofan on Sunday, residents said.\n\n"
     "Eleven of the miners were killed, a local official said.", 11),
])
def test_a_part_of_a_group_stays_a_toll(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure in _figures(result), _show(result)


# --- a count over this year or since a month: a running total ------------------------------------

@pytest.mark.parametrize("text", [
    "More than 1,200 people have been killed in gang violence in Haiti this year, according to UN figures.",
    "Armed groups have killed more than 2,000 civilians in Ituri province this year, the UN said.",
    "At least 400 people have died in jihadist attacks in Burkina Faso since January, according to ACLED.",
    "More than 90 journalists have been killed in Mexico since March, a press freedom group said.",
])
def test_a_count_over_the_year_is_cumulative(text: str) -> None:
    assert cumulative(text)


@pytest.mark.parametrize("text", [
    # NOT fire: the incident's toll, set against the year after a comma
    "At least 30 people have been killed in the attack on the market, the deadliest in the region this year.",
    # NOT fire: a past-tense toll of one attack, "the third such attack this year"
    "Gunmen killed 12 villagers in Zamfara on Monday, the third such attack this year.",
    # NOT fire: a multi-day incident's toll since a weekday
    "At least 45 people have been killed since the clashes began on Monday in Lashio.",
])
def test_an_incidents_toll_is_not_cumulative(text: str) -> None:
    assert not cumulative(text)


def test_a_yearly_total_is_no_outlet_figure(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("PORT-AU-PRINCE, March 3 - Gang members attacked a prison in Croix-des-Bouquets on Monday, "
                     "killing 14 inmates, police said.\n\nMore than 300 inmates have been killed in Haitian prisons "
                     "this year, according to official figures.")
    assert 300 not in _figures(result), _show(result)
    assert 14 in _figures(result), _show(result)


# --- a toll told in a "where" clause of another town: that town's incident -----------------------

def _outlet_killed(result) -> set[int]:  # type: ignore[no-untyped-def]
    return {v for fr in result.frames if fr.killed is not None for v in (fr.killed.min, fr.killed.max) if v is not None}


@pytest.mark.parametrize("text, figure", [
    ("KHARTOUM, May 4 - Fighters attacked a market in Kutum on Saturday, killing 14 people, medics said.\n\n"
     "The Kutum raid came hours after an attack on a camp near El Geneina, a town to the west, where nine "
     "people were killed.", 9),
    ("MOGADISHU, Nov 5 - A car bomb hit a checkpoint in Baidoa on Sunday, killing 11 soldiers, police said.\n\n"
     "The blast came on the same day as a mortar attack on Kismayo, where a fisherman was killed.", 1),
    ("YANGON, Oct 11 - An air strike hit a monastery in Kanbalu on Tuesday, killing 12 people, residents said.\n\n"
     "Jets also bombed villages around Lashio, in northern Shan state, in which three civilians died.", 3),
])
def test_a_toll_in_another_towns_clause_is_no_outlet_figure(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure not in _outlet_killed(result), _show(result)


@pytest.mark.parametrize("text, figure", [
    # NOT fire: the lead's own town
    ("KHARTOUM, May 4 - Fighters attacked Kutum on Saturday, residents said.\n\n"
     "The fighters then stormed the market in Kutum, where nine people were killed.", 9),
    # NOT fire: the incident's wounded taken to another town, no act there
    ("BUNIA, Congo, Feb 2 - Rebels raided a village near Komanda overnight, the army said.\n\n"
     "The wounded were taken to hospitals in Mambasa, where three later died.", 3),
    # NOT fire: a place with no name ("a checkpoint outside the town hall")
    ("MOGADISHU, Nov 5 - A car bomb exploded in Baidoa on Sunday, police said.\n\n"
     "The car bomb went off at a checkpoint outside the town hall, where seven soldiers were killed.", 7),
])
def test_a_toll_in_the_incidents_own_place_stays(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert figure in _outlet_killed(result), _show(result)


# --- one body under two of its names gives one figure -------------------------------------------

def _claimed(result, figure: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.source.name for c in result.claims
            if c.killed is not None and figure in (c.killed.min, c.killed.max)]


@pytest.mark.parametrize("text, figure", [
    ("BOGOTA, Jan 9 - The number of people killed in an attack on a village near Tibu has risen to 14, the "
     "country's prosecutor's office said on Thursday.\n\nThe attorney general's office said in a statement that "
     "14 bodies had been recovered from the village.", 14),
    ("KHARTOUM, May 4 - The toll from Saturday's shelling of a market in El Obeid has risen to 40, the health "
     "ministry said.\n\nThe Ministry of Health said in a statement that 40 people had died.", 40),
    ("ADEN, June 9 - A car bomb killed nine soldiers at a checkpoint in Aden on Tuesday, the ministry of the "
     "interior said.\n\nThe interior ministry later said that nine soldiers had been killed.", 9),
])
def test_one_body_under_two_names_gives_one_figure(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert len(_claimed(result, figure)) == 1, _claimed(result, figure)


def test_two_bodies_keep_two_figures(extract) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: the health ministry and the interior ministry are two sources
    result = extract("KHARTOUM, May 4 - The toll from Saturday's shelling of a market in El Obeid has risen to 40, "
                     "the health ministry said.\n\nThe interior ministry said in a statement that 40 people had died.")
    assert len(_claimed(result, 40)) == 2, _claimed(result, 40)
