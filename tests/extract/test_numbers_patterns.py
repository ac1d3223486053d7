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
