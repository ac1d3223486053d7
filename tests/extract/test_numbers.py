"""Casualty figures: hand-written sentences, quantity phrases and invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.extract.numbers import CasualtyMention, find_casualties, parse_quantity
from rashomon.types import Figure

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.kind, m.figure.min, m.figure.max) for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # number after the verb
        ("The raid killed 31 members of the brigade and injured 9 others.",
         [("killed", 31, 31), ("injured", 9, 9)]),
        ("Shelling hit the market, killing four Afghan traders.", [("killed", 4, 4)]),
        ("The gunmen opened fire, wounding at least 16.", [("injured", 16, N)]),
        ("The bombing killed an estimated 40 recruits.", [("killed", 40, 40)]),
        ("The blast killed 2,300 people over the course of the siege.",
         [("killed", 2300, 2300)]),
        ("Militants killed and wounded a number of villagers.",
         [("killed", N, N), ("injured", N, N)]),
        ("The rockets claimed the lives of 11 farmers.", [("killed", 11, 11)]),
        # number before the casualty word
        ("Nineteen militiamen were killed on Friday.", [("killed", 19, 19)]),
        ("Up to 64 people had died by Sunday, the monitor said.", [("killed", N, 64)]),
        ("At least 27 killed as fighting spreads.", [("killed", 27, N)]),
        ("Eight Turkish engineers were among the dead.", [("killed", 8, 8)]),
        ("Officials said 14 pilgrims were wounded.", [("injured", 14, 14)]),
        ("The strike left 6 dead and 11 injured.", [("killed", 6, 6), ("injured", 11, 11)]),
        ("Reports spoke of 9 killed, 25 wounded.", [("killed", 9, 9), ("injured", 25, 25)]),
        ("Four policemen died in the ambush.", [("killed", 4, 4)]),
        ("A teenager was killed near the checkpoint.", [("killed", 1, 1)]),
        ("Three nurses were killed when the clinic was hit.", [("killed", 3, 3)]),
        ("Thirty-one of its members were reportedly killed.", [("killed", 31, 31)]),
        ("Forty three guards lost their lives.", [("killed", 43, 43)]),
        ("She counted among the 17 dead two of her cousins.", [("killed", 17, 17)]),
        ("The monitor said hundreds were dead after the siege.", [("killed", N, N)]),
        ("Dozens of soldiers were wounded.", [("injured", N, N)]),
        ("Scores of worshippers were killed.", [("killed", N, N)]),
        ("Tens of thousands have died in the war.", [("killed", N, N)]),
        ("Several guards were hurt.", [("injured", N, N)]),
        ("The attack caused an unspecified number of deaths and injuries.",
         [("killed", N, N), ("injured", N, N)]),
        ("Between 25 and 48 people were killed.", [("killed", 25, 48)]),
        ("Some 60 people died.", [("killed", 60, 60)]),
        ("More than 70 people were killed.", [("killed", 70, N)]),
        ("Nearly 90 people were injured.", [("injured", N, 90)]),
        ("Two or three bystanders were hurt.", [("injured", 2, 3)]),
        ("A dozen guards were killed.", [("killed", 12, 12)]),
        ("A 9-year-old was killed by shrapnel.", [("killed", 1, 1)]),
        # tolls
        ("The death toll climbed to 57 on Tuesday.", [("killed", 57, 57)]),
        ("It was a raid with a death toll of 312.", [("killed", 312, 312)]),
        ("The dead numbered 41, the ministry said.", [("killed", 41, 41)]),
        ("The number of wounded rose to 130.", [("injured", 130, 130)]),
        # zero is a real figure
        ("No one was killed in the incident.", [("killed", 0, 0)]),
        ("Nobody was hurt, the army said.", [("injured", 0, 0)]),
        ("There were no casualties.", [("killed", 0, 0), ("injured", 0, 0)]),
        # casualties (killed + injured) with a number cannot be split: skipped
        ("The shelling caused dozens of casualties.", []),
        # numbers that are not casualty figures
        ("The convoy was hit on March 9, 2021 at 23:30, killing a driver.", [("killed", 1, 1)]),
        ("He was killed on 4 October.", []),
        ("He was killed in 2016.", []),
        ("The 2015 strike killed civilians, the report said.", []),
        ("Men of the 51st and 52nd regiments were killed.", []),
        ("Battalion 12 soldiers were killed.", []),
        ("Four cruise missiles and six drones were fired, killing nobody.", [("killed", 0, 0)]),
        ("Two F16 jets were shot down; both pilots died.", [("killed", 2, 2)]),
        ("Three drones were shot down over the bay and no one was hurt.", [("injured", 0, 0)]),
        ("A 15-year-old boy was wounded.", [("injured", 1, 1)]),
        ("The base, 40 km from the border, was struck; 3 were killed.", [("killed", 3, 3)]),
        ("He was killed 30 km north of the city.", []),
        ("Prices rose 12 percent after 5 people died.", [("killed", 5, 5)]),
        ("A reward of $5 million was offered for the men who killed them.", []),
        ("A $2 million fund was set up for the 14 injured.", [("injured", 14, 14)]),
        ("The 10-year war killed civilians.", []),
        ("Forty strikes killed civilians in the province.", []),
        ("The raid was one of the deadliest this year.", []),
        ("See page 7 for the list of the dead.", []),
        ("Two jets killed civilians in the village.", []),
        ("He was killed two days later.", []),
        ("It is unclear how many people were killed.", []),
        ("Five people were not killed.", []),
        ("The board met to discuss the 2024 budget.", []),
    ],
)
def test_find_casualties(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


def test_mention_covers_the_phrase() -> None:
    text = "Militia leaders said 22 of their fighters were killed near the border."
    [mention] = find_casualties(text)
    assert mention == CasualtyMention("killed", Figure(22, 22), 21, 53,
                                      "22 of their fighters were killed")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("22", Figure(22, 22)),
        ("1,250", Figure(1250, 1250)),
        ("2.5 million", Figure(2_500_000, 2_500_000)),
        ("up to 52", Figure(None, 52)),
        ("at least 13", Figure(13, None)),
        ("more than 13", Figure(13, None)),
        ("over 13", Figure(13, None)),
        ("13 or more", Figure(13, None)),
        ("nearly 40", Figure(None, 40)),
        ("almost 40", Figure(None, 40)),
        ("about 30", Figure(30, 30)),
        ("some 30", Figure(30, 30)),
        ("around 30", Figure(30, 30)),
        ("between 13 and 46", Figure(13, 46)),
        ("13-46", Figure(13, 46)),
        ("13 to 46", Figure(13, 46)),
        ("13–46", Figure(13, 46)),
        ("twenty-two", Figure(22, 22)),
        ("Twenty two", Figure(22, 22)),
        ("one hundred and twenty", Figure(120, 120)),
        ("a dozen", Figure(12, 12)),
        ("two dozen", Figure(24, 24)),
        ("half a dozen", Figure(6, 6)),
        ("a", Figure(1, 1)),
        ("tens", Figure(None, None)),  # vague words: no number (CONVENTIONS.md)
        ("dozens", Figure(None, None)),
        ("dozens of", Figure(None, None)),
        ("scores", Figure(None, None)),
        ("hundreds", Figure(None, None)),
        ("several", Figure(None, None)),
        ("a number of", Figure(None, None)),
        ("an unspecified number of", Figure(None, None)),
        ("no one", Figure(0, 0)),
        ("none", Figure(0, 0)),
        ("", None),
        ("the", None),
        ("yesterday", None),
    ],
)
def test_parse_quantity(phrase: str, expected: Figure | None) -> None:
    assert parse_quantity(phrase) == expected


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=100_000))
def test_any_digit_count_is_read(n: int) -> None:
    assert _read(f"{n} people were killed") == [("killed", n, n)]


_WORDS = st.sampled_from([
    "killed", "dead", "were", "at least", "up to", "22", "2018", "June", "wounded", "people",
    "and", "the", "death toll", "rose to", "no one", "casualties", "dozens of", ",", ".", "a",
    "twenty-two", "between", "13-46", "İ", "killing", "injured", "of", "among the",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_offsets_slice_the_text(text: str) -> None:
    for mention in find_casualties(text):
        assert mention.text == text[mention.start:mention.end]
        assert mention.figure.min is None or mention.figure.max is None or (
            mention.figure.min <= mention.figure.max)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    for mention in find_casualties(text + " killed 5"):
        assert mention.text == (text + " killed 5")[mention.start:mention.end]
