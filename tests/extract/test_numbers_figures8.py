"""Round-2 figure patterns (s16r2-figures8), on sentences written for the project about conflicts
no eval or probe set covers: a toll whose noun is far from the verb that says it rose, and a list
of single victims after "included" (who was among the dead, not how many died)."""

from __future__ import annotations

import pytest

from rashomon.extract.numbers import find_casualties
from rashomon.types import Figure

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(m.kind, m.figure.min, m.figure.max, m.revision) for m in find_casualties(text) if not m.subset]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long subject (a relative clause, a place) between the toll noun and "rose to"
        ("The death toll from a car bomb that went off outside a police station in the Kashmiri town of "
         "Sopore rose to nine on Thursday.", [("killed", 9, 9, True)]),
        ("The number of miners killed in the collapse of a gold pit run by an armed group in the east of "
         "South Kivu province has risen to 31.", [("killed", 31, 31, True)]),
        ("The number of people wounded in Sunday's twin bombings at a bus terminal and a market in the "
         "Maguindanao town of Datu Piang has climbed to 48.", [("injured", 48, 48, True)]),
    ],
)
def test_a_toll_said_to_rise_reads_past_a_long_subject(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "to" far from its toll noun, without a verb of rising, is no toll's link
        "The death toll from the clashes was not given by the army, which sent reinforcements from the "
        "garrison in the Cameroonian town of Kumba to 12 villages.",
    ],
)
def test_a_far_link_without_a_rise_is_no_toll(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The dead included a pregnant woman and a schoolteacher from Jacmel.",
        "Officials said the dead included a village chief, a nurse and an elderly farmer.",
        "Those killed in the raid near Juba included a priest and his driver.",
    ],
)
def test_single_victims_after_included_are_who_died_not_a_toll(text: str) -> None:
    assert _read(text) == []


def test_a_counted_breakdown_after_included_is_still_summed() -> None:
    # Sri Lanka: numbers that add up to the dead stay a toll
    [m] = find_casualties("The dead included four policemen and a soldier, the army in Jaffna said.")
    assert m.figure == Figure(5, 5) and not m.subset


@pytest.mark.parametrize(
    "text",
    [
        # "among the dead": who was among them, however many are listed
        "Among the dead were a village chief and a nurse, a local official in Mopti said.",
        "Among those killed were four soldiers and two policemen.",
        "A Catholic priest and a schoolteacher were among the dead.",
        "Two teachers and a nurse were among those killed in the raid near Djibo.",
    ],
)
def test_a_list_among_the_dead_is_a_part_not_a_toll(text: str) -> None:
    assert _read(text) == []


def test_a_force_s_own_men_among_the_dead_stay_its_toll() -> None:
    # a body's own people are its toll, listed or not ("seven of its advisers were among those killed")
    assert _read("Three of its officers and two of its drivers were among those killed.") == [("killed", 5, 5, False)]
