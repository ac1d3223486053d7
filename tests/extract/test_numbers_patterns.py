"""Casualty patterns of issue 11 (error pattern 7), on sentences written for the project about
many conflicts: lists of victims, "killing N", "the death of N", "a member", vague words, joint
killed-and-wounded counts, revised tolls, and "in addition to the bomber"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.extract.numbers import cumulative, find_casualties
from rashomon.types import Figure

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.kind, m.figure.min, m.figure.max) for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected", "parts"),
    [
        ("Four soldiers and five attackers were killed near Kidal.", (9, 9),
         ["Four soldiers", "five attackers"]),
        ("The ambush in North Kivu killed six rangers and two porters.", (8, 8),
         ["six rangers", "two porters"]),
        ("Three policemen, two teachers and a nurse were killed in the Sagaing raid.", (6, 6),
         ["Three policemen", "two teachers", "a nurse"]),
        ("The bomber blew up the car in Mogadishu, killing himself and seven others.", (8, 8),
         ["himself", "seven others"]),
        ("At least 12 villagers and three militiamen died in the Ituri clashes.", (15, N),
         ["At least 12 villagers", "three militiamen"]),
        ("Up to 20 miners and 4 guards were killed at the Darfur site.", (N, 24),
         ["Up to 20 miners", "4 guards"]),
    ],
)
def test_a_list_of_victims_is_summed_with_its_parts(
        text: str, expected: tuple[int | None, int | None], parts: list[str]) -> None:
    [mention] = find_casualties(text)
    assert (mention.kind, mention.figure) == ("killed", Figure(*expected))
    assert [p for _, p in mention.parts] == parts
    assert all(p in mention.text for p in parts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # partitives and asides are not further parts
        ("The drone strike in Tigray killed 12 people, three of them children.", [("killed", 12, 12)]),
        ("The shelling of Stepanakert killed 9 people, including four children.", [("killed", 9, 9)]),
        # two kinds, two figures: no list
        ("The blast in Gao killed 5 soldiers and wounded 11 civilians.", [("killed", 5, 5), ("injured", 11, 11)]),
        ("Two people were killed and eight injured in the Kirkuk blast.", [("killed", 2, 2), ("injured", 8, 8)]),
    ],
)
def test_what_is_not_a_list(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "killing N", "the death(s) of N", remains
        ("Jets struck the market in Khartoum, killing 14 traders.", [("killed", 14, 14)]),
        ("The raid resulted in the deaths of at least five monks.", [("killed", 5, N)]),
        ("Residents mourned the death of a member of the village council.", [("killed", 1, 1)]),
        ("Police confirmed the killing of 23 miners in Zamfara.", [("killed", 23, 23)]),
        ("The morgue in Goma received 31 bodies on Sunday.", [("killed", 31, 31)]),
        ("Rescuers recovered the bodies of nine children from the rubble.", [("killed", 9, 9)]),
        # "a member" is one; a victim phrase with "of"/"from"
        ("A member of the Wagner unit was killed near Menaka.", [("killed", 1, 1)]),
        ("A commander of the Arakan Army was wounded in the shelling.", [("injured", 1, 1)]),
        ("Seven staff from the aid group were killed in Rafah.", [("killed", 7, 7)]),
        # verbs between the victims and the casualty word
        ("Two herders were shot and killed near Bangui.", [("killed", 2, 2)]),
        ("Three farmers were found dead after the raid in Ouaddai.", [("killed", 3, 3)]),
        # vague words give no number (claimed, unspecified)
        ("Dozens of civilians were killed in the Sagaing airstrike.", [("killed", N, N)]),
        ("Hundreds were wounded when the dam in Kherson burst.", [("injured", N, N)]),
        ("Scores of fighters died in the Nagorno-Karabakh offensive.", [("killed", N, N)]),
        # one joint count of killed and wounded is never copied into each kind
        ("The shelling in Donetsk killed or wounded 18 people.", []),
        ("18 people were killed and injured in the Bakhmut strike.", []),
        ("Dozens of people were killed and wounded in El Fasher.", [("killed", N, N), ("injured", N, N)]),
        # a participle or "dead" before the victims' noun
        ("The clinic in Bunia received 48 wounded people overnight.", [("injured", 48, 48)]),
        ("Soldiers carried five dead villagers out of the church in Mopti.", [("killed", 5, 5)]),
        ("Medics treated dozens of injured protesters in Khartoum.", [("injured", N, N)]),
        # "no indications of casualties": the source knows of none
        ("The command said there were “no indications at this time” of civilian casualties in Kidal.",
         [("killed", 0, 0), ("injured", 0, 0)]),
        ("Police in Jos had no reports of injuries after the blast.", [("injured", 0, 0)]),
        ("We have no indications at this time, the spokesman for the junta said.", []),
        # both bounds in one phrase; a group counted by its members; "a number" is vague
        ("At least one but possibly up to 12 herders were killed near Gao.", [("killed", 1, 12)]),
        ("The shell hit the house in Marib, killing a family of six.", [("killed", 6, 6)]),
        ("Two were killed and a number were injured in the Shabwa blast.", [("killed", 2, 2), ("injured", N, N)]),
        # an aside between the victims and the verb adds nothing
        ("Twelve villagers, all of them women and children, were killed in Ituri.", [("killed", 12, 12)]),
        ("At least 18 people, mostly farmers, all from one clan, died in the Benue raid.", [("killed", 18, N)]),
        ("Between four to seven medics, including two drivers, were reportedly killed in Sudan.",
         [("killed", 4, 7)]),
        # a date before a count is no list
        ("On 3 March 2024, two nurses were killed in Wad Madani.", [("killed", 2, 2)]),
        ("In 2022, 14 soldiers and two medics were killed near Bakhmut.", [("killed", 16, 16)]),
        # "both", "executed", "shot dead", "<verb>ed and killed"
        ("Both pilots died when the helicopter was hit over Shusha.", [("killed", 2, 2)]),
        ("Fighters executed 16 villagers near Djibo.", [("killed", 16, 16)]),
        ("Gunmen shot dead three teachers in Borno.", [("killed", 3, 3)]),
        ("Two monks were abducted and killed in Sagaing.", [("killed", 2, 2)]),
        # "in addition to the bomber": the victims before the comma are added
        ("In addition to the bomber, four people were killed in the Maiduguri blast.", [("killed", 5, 5)]),
        ("Besides the two gunmen, at least three guards died in the attack on the mine.", [("killed", 5, N)]),
        ("In addition to the driver, the blast in Quetta killed four people and wounded 15.",
         [("killed", 5, 5), ("injured", 15, 15)]),
        ("In addition to the attacker, 6 people were killed and 15 injured in Kabul.",
         [("killed", 7, 7), ("injured", 15, 15)]),
    ],
)
def test_patterns(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "revision"),
    [
        ("The death toll rose to 40 on Monday.", (40, 40), True),
        ("The toll from the Derna flood has risen to 5,300.", (5300, 5300), True),
        ("Officials later revised the death toll up to 62.", (62, 62), True),  # "up to": raised to
        ("The death toll climbed to at least 57.", (57, N), True),
        ("The death toll stood at 12, the governor said.", (12, 12), False),
        ("The strike had a death toll of 31.", (31, 31), False),
        # a possessive toll: the speaker's own count ("its toll", "their toll")
        ("The health ministry raised its toll to 31 after the strike near Goma.", (31, 31), True),
        ("The army put its toll at 12 after the ambush near Kidal.", (12, 12), False),
        ("Separatists said their toll stood at 9 after the shelling of Bamenda.", (9, 9), False),
    ],
)
def test_a_rising_toll_is_a_revision(text: str, figure: tuple[int | None, int | None],
                                      revision: bool) -> None:
    [mention] = find_casualties(text)
    assert mention.figure == Figure(*figure)
    assert mention.revision is revision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 30,000 people have been killed since the war began.", True),
        ("Some 12,000 civilians have died since the start of the conflict in Sudan.", True),
        ("So far this year, 400 people were killed in the Sahel.", True),
        ("At least 242 soldiers have been killed since the ground invasion of Gaza began.", True),
        ("Over 10,000 civilians died since the full-scale invasion, the UN said.", True),
        ("Five people were killed since the morning in Goma.", False),
        ("Two people were killed in the blast on Tuesday.", False),
        ("The strike killed 14 people, the ministry said.", False),
    ],
)
def test_running_totals_are_recognised(text: str, expected: bool) -> None:
    assert cumulative(text) is expected


_PART = st.sampled_from(["two soldiers", "a nurse", "five miners", "at least 3 guards", "himself",
                         "up to 4 farmers", "12 people"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PART, min_size=2, max_size=4))
def test_a_list_sums_its_parts(parts: list[str]) -> None:
    text = "The raid killed " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    [mention] = find_casualties(text)
    figures = [f for f, _ in mention.parts]
    assert len(figures) == len(parts)
    lows = [f.min for f in figures]
    highs = [f.max for f in figures]
    assert mention.figure.min == (None if None in lows else sum(v or 0 for v in lows))
    assert mention.figure.max == (None if None in highs else sum(v or 0 for v in highs))
    assert mention.text == text[mention.start:mention.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle joined to an earlier casualty clause takes its auxiliary
        ("Two soldiers were killed and another 7 injured when the convoy hit a mine near Gao.",
         [("killed", 2, 2), ("injured", 7, 7)]),
        ("Five herders died in the raid on the camp and a further 12 wounded, officials in Jos said.",
         [("killed", 5, 5), ("injured", 12, 12)]),
        ("Three monks were killed in the Sagaing strike and 9 hurt.",
         [("killed", 3, 3), ("injured", 9, 9)]),
        # an active participle before a quantity is no count of its own
        ("An alleged RSF bombardment killed at least 25 civilians in El Fasher.", [("killed", 25, N)]),
        ("Two drones killed over 30 people at the market in Bentiu.", [("killed", 30, N)]),
        # "left dead", "sustained wounds"
        ("Eight villagers were left dead and 14 injured after the assault on the village in Ituri.",
         [("killed", 8, 8), ("injured", 14, 14)]),
        ("Seven residents of Stepanakert sustained wounds in the shelling.", [("injured", 7, 7)]),
        ("Two police officers suffered injuries in the Tillaberi ambush.", [("injured", 2, 2)]),
        # a year after a day is a date, not a count
        ("An attack on October 20th 2023 reportedly killed as many as 20 people in Menaka.",
         [("killed", N, 20)]),
        ("The raid of 12 March, 2022 killed 7 miners near Butembo.", [("killed", 7, 7)]),
        # victims named with their organisation and its acronym, or with two families
        ("At least six staff from the Sudanese Red Crescent (SRCS) relief team were killed in Omdurman.",
         [("killed", 6, N)]),
        ("Nine members of the Tun and Aung families were killed when jets bombed the village.",
         [("killed", 9, 9)]),
    ],
)
def test_issue11_patterns(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "parts"),
    [
        ("Those killed included three soldiers, two nurses and a driver, the army in Goma said.", (6, 6),
         ["three soldiers", "two nurses", "a driver"]),
        ("Those killed in the raid on the village near Kutum included two teachers and a nurse.", (3, 3),
         ["two teachers", "a nurse"]),
        ("The dead were four guards from the mine and a cook.", (5, 5), ["four guards from the mine", "a cook"]),
        ("The dead were four guards from the gold mine in Kidal.", (4, 4), []),
        ("Those wounded included at least 3 monks and two novices.", (5, N), ["at least 3 monks", "two novices"]),
    ],
)
def test_a_list_after_those_killed_is_summed(text: str, figure: tuple[int | None, int | None],
                                               parts: list[str]) -> None:
    [mention] = find_casualties(text)
    assert mention.figure == Figure(*figure)
    assert [p for _, p in mention.parts] == parts
    assert mention.text == text[mention.start:mention.end]


@pytest.mark.parametrize(
    "text",
    [
        # a single part after "included" is a subset of the dead, not their number
        "The dead included two children.",
        "Those killed in Bucha included a priest.",
    ],
)
def test_one_part_after_included_is_no_total(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Local media said the losses were limited to material, with no reports of victims.",
        "The drone hit a fuel depot near Belgorod, causing only material damage.",
        "There was no loss of life in the shelling of Shusha, the ministry said.",
        "The governor of Kherson said there were no human losses.",
    ],
)
def test_material_damage_only_is_zero_of_both(text: str) -> None:
    assert sorted(_read(text)) == [("injured", 0, 0), ("killed", 0, 0)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The death toll, which earlier stood at 25, has been revised up to 43.", (43, 43)),
        ("The toll, according to the health office in Goma, rose to 31 on Friday.", (31, 31)),
        ("The death toll, first put at 9 by the junta, has risen to 17.", (17, 17)),
    ],
)
def test_a_toll_with_an_aside_is_a_revision(text: str, figure: tuple[int | None, int | None]) -> None:
    [mention] = find_casualties(text)
    assert mention.figure == Figure(*figure)
    assert mention.revision


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1990, max_value=2030),
       st.sampled_from(["January", "March", "October", "Dec."]), st.sampled_from(["", "th", ","]))
def test_a_year_after_a_day_is_never_a_count(day: int, year: int, month: str, end: str) -> None:
    text = f"A strike on {month} {day}{end} {year} reportedly killed 4 people."
    assert _read(text) == [("killed", 4, 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one quantity counting two nouns joined without a number of their own
        ("At least seven soldiers and militia members were killed near Palmyra.", [("killed", 7, N)]),
        ("Twelve miners and guards died when the RSF stormed the site.", [("killed", 12, 12)]),
        # "the death of the two assailants": a determiner before the number
        ("The army reported the death of the two assailants in Tillaberi.", [("killed", 2, 2)]),
        ("Residents mourned the deaths of the three teachers from Kalemie.", [("killed", 3, 3)]),
        # a figure after a comma that is no part of a list stays readable
        ("In addition to the death of the two assailants, at least five people, including soldiers, "
         "were injured in the Mogadishu blast.", [("killed", 2, 2), ("injured", 5, N)]),
        ("Besides the two gunmen, at least three guards died in the attack on the Kidal mine.",
         [("killed", 5, N)]),
        # "no other casualties" is none besides those named, not none at all
        ("There were no other reported casualties aside from the death of the five assailants.",
         [("killed", 5, 5)]),
        ("No further injuries were reported in Goma.", []),
        ("There were no casualties in the shelling of Kherson.", [("killed", 0, 0), ("injured", 0, 0)]),
    ],
)
def test_shared_nouns_determiners_and_others(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two singular nouns are two people, never one quantity shared: left to the parse
        ("A husband and wife were killed in the shelling of Kharkiv.", []),
        ("A nurse and driver died when the ambulance was hit near Sittwe.", []),
        # plural nouns share the quantity
        ("Seven women and children were killed in the shelling of El Fasher.", [("killed", 7, 7)]),
        ("Nine men and boys were wounded near Bunia.", [("injured", 9, 9)]),
    ],
)
def test_a_shared_quantity_needs_plural_nouns(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "The group lost its toll booth revenue after the attack on the market in Kismayo.",
    "The agency said it had no toll of its own for the strike on the village near Lashio.",
])
def test_a_possessive_toll_needs_its_number(text: str) -> None:
    assert find_casualties(text) == []
