"""Attacks spoken of as a habit or in general name no doer of the incident: "Ankara says the
PKK uses northern Iraq as a base for attacks", "villagers have long complained that Turkish
strikes hit civilians" (claim_perpetrator.find_perpetrator). A claim about one attack keeps its
doer. Sentences written for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


@pytest.mark.parametrize(("text", "named"), [
    ("A suicide bomber killed 12 policemen in Bannu on Monday, officials said. Islamabad says the "
     "Pakistani Taliban use Afghan territory as a base for attacks inside Pakistan.", "Taliban"),
    ("A market in Kadugli was shelled on Monday, killing nine people, medics said. Residents of the "
     "Nuba Mountains have long complained that Sudanese army planes bomb their villages.", "Sudan"),
    ("Gunmen killed 11 soldiers near Tame on Friday, officials said. Bogota routinely accuses the "
     "ELN of launching attacks from Venezuelan soil.", "ELN"),
    ("A mortar shell hit a school in Lashio on Tuesday, killing four pupils, teachers said. Villagers "
     "say Myanmar army jets often strike their farms.", "Myanmar"),
])
def test_attacks_in_general_name_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, text)
    assert all(p is None or named not in p for p in found), found


@pytest.mark.parametrize(("text", "named"), [
    ("A suicide bomber killed 12 policemen in Bannu on Monday. Islamabad says the Pakistani Taliban "
     "carried out the attack.", "Taliban"),
    ("A market in Kadugli was hit on Monday, killing nine people. Residents said Sudanese army planes "
     "bombed the market.", "Sudan"),
    # "hit" is written alike in the past: one attack
    ("A hospital in Kharkiv was damaged on Sunday. Kyiv says Russian missiles hit the hospital.", "Russia"),
    ("Gunmen killed 30 people in Mandera on Tuesday. Officials blamed al-Shabaab for attacks that "
     "killed 30 people in Mandera on Tuesday.", "Shabaab"),
    # a present tense telling the news: one place struck, named
    ("Shells hit a hospital in El Fasher on Sunday, killing 12 people. The health ministry says the RSF "
     "targets the Saudi hospital.", "RSF"),
])
def test_one_attacks_doer_kept(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, text)
    assert any(p is not None and named in p for p in found), found
