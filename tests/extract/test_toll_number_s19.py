"""A toll given as "the number of dead": "put the number of people killed at 40" states the
speaker's figure as "put the toll at 40" does (sentences written for the project)."""

from __future__ import annotations

import pytest


def _figures(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.killed.min if c.killed else None) for c in claims if c.about == "casualties"]


@pytest.mark.parametrize(("text", "source", "killed"), [
    ("Sudan's army put the number of dead at 40 on Monday.", "Sudanese military", 40),
    ("Myanmar's junta on Tuesday put the number of people killed in the air strike at 27.", "military", 27),
    ("Haiti's civil protection agency raised the number of people killed in the gang attack to 70.", "", 70),
    ("The health ministry in Juba put the number of victims of the cattle raid at 35, lowering an earlier "
     "figure of 41 given by a local official.", "", 35),
])
def test_a_number_of_the_dead_is_a_toll(extract, text: str, source: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    figures = _figures(extract(text).claims)
    assert any(k == killed and source.lower() in (name or "").lower() for name, k in figures), figures


@pytest.mark.parametrize("text", [
    "The UN put the number of displaced at 40,000 after the fighting near Goma.",
    "The army put a number of villages near Kidal under curfew on Sunday.",
    "Aid groups put the number of trucks waiting at the crossing at 300.",
])
def test_a_number_of_other_things_is_no_toll(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    figures = _figures(extract(text).claims)
    assert not any(k for _, k in figures), figures


def test_a_figure_given_by_someone_who_speaks_later_is_that_speaker_s(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("JUBA - South Sudan's government on Monday put the number of people killed in the cattle raid at 30, "
            "lowering an earlier figure of 34 given by a local official. An official in Jonglei state had told "
            "reporters on Sunday that 34 had died.")
    figures = _figures(extract(text).claims)
    assert sorted(k for _, k in figures if k) == [30, 34], figures


def test_a_figure_given_by_someone_who_does_not_speak_again_stays_theirs(extract) -> None:  # type: ignore[no-untyped-def]
    text = "KHARTOUM - Doctors said 30 people died in the shelling, double the 15 given by a local official."
    figures = _figures(extract(text).claims)
    assert ("local official", 15) in figures, figures
