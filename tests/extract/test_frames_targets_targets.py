"""Frame targets are what was hit: never the weapon ("detonated a roadside bomb") nor the other
side of a clash ("fighting the rebels"). Sentences written for these tests (Sudan, Myanmar,
Sahel, Caucasus)."""

from __future__ import annotations

from typing import Any

import pytest


def _targets(extract: Any, text: str) -> list[str]:
    return [t for f in extract(text, published="2024-03-05").frames for t in f.targets]


@pytest.mark.parametrize(("text", "weapon"), [
    ("Militants detonated an explosive device outside a bus station in Gao on Monday, "
     "killing four people.", "explosive device"),
    ("Insurgents detonated a roadside bomb near a school in Menaka on Sunday.", "roadside bomb"),
    ("The army fired a missile at a clinic in Kutkai township on Tuesday.", "missile"),
])
def test_the_weapon_is_no_target(extract: Any, text: str, weapon: str) -> None:
    found = _targets(extract, text)
    assert not any(weapon in t.lower() for t in found), found


@pytest.mark.parametrize(("text", "side"), [
    ("The Sudanese army was fighting the RSF near El Obeid on Monday when shells hit a market.",
     "RSF"),
    ("Azerbaijani troops clashed with Armenian soldiers near Sotk on Tuesday, the ministry said.",
     "Armenian soldiers"),
])
def test_the_other_side_of_a_clash_is_no_target(extract: Any, text: str, side: str) -> None:
    found = _targets(extract, text)
    assert not any(side in t for t in found), found


def test_what_was_hit_stays_a_target(extract: Any) -> None:
    found = _targets(extract, "Jets bombed a monastery in Sagaing region on Friday, killing nine "
                              "villagers who had taken shelter there.")
    assert any("monastery" in t for t in found), found
