"""s17-figures: figure patterns on sentences written for the project about conflicts no eval or
probe set covers: a toll said to rise with a comma aside in its subject ("… in Goma, the capital
of North Kivu, has risen to 30"), and people who remain in hospital (the wounded)."""

from __future__ import annotations

import pytest

from rashomon.extract.numbers import find_casualties

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(m.kind, m.figure.min, m.figure.max, m.revision) for m in find_casualties(text) if not m.subset]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place told by an aside between commas inside the toll's subject
        ("The number of people killed in Tuesday's bombing of a market in Goma, the capital of North Kivu, "
         "has risen to 30, most of them traders, the provincial governor said.", [("killed", 30, 30, True)]),
        ("The death toll from the clashes in Tigray's capital, Mekelle, rose to 12 on Sunday.",
         [("killed", 12, 12, True)]),
        ("The number of soldiers wounded in the ambush near Mocímboa da Praia, in Cabo Delgado province, "
         "has climbed to 19, the army said.", [("injured", 19, 19, True)]),
    ],
)
def test_a_toll_said_to_rise_reads_past_an_aside(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an aside with its own clause ("and") and no verb of rising: no toll's link
        "The death toll from the landslide, which buried a village near Bukavu, and the flooding was not given.",
        # "to" after an aside is no verb of rising: the gap with a comma needs one
        "The number of people killed in the raid, the mayor said, was sent to the governor in a report.",
    ],
)
def test_an_aside_does_not_link_a_number_without_a_rise(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people remained in hospital at Cúcuta after the bombing.", [("injured", 7, 7, False)]),
        ("Eleven soldiers remain in hospital in Bamenda, two of them in a serious condition.",
         [("injured", 11, 11, False)]),
        ("Four of the passengers were still in hospital on Monday, the Haitian police said.",
         [("injured", 4, 4, False)]),
        ("Twenty-three people remained hospitalised in Mekelle.", [("injured", 23, 23, False)]),
    ],
)
def test_people_in_hospital_are_the_wounded(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # where someone was, not who was hurt: no verb of staying on
        "Three nurses were in the hospital in Bamenda when the fighting began.",
        "Twelve doctors at the hospital in Mekelle signed the letter.",
    ],
)
def test_being_at_a_hospital_is_no_wound(text: str) -> None:
    assert _read(text) == []
