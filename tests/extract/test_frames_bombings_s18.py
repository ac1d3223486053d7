""""Bombing" is a bomb attack or an air raid: in a report of a bomb attack, an earlier incident
told with the bare "bombing(s)" alone is a bomb attack too, not an air strike
(extract.event_types.bomb_attacks). Sentences written for the project, about conflicts no eval or
probe set covers."""

from __future__ import annotations

import pytest


def _background_types(extract, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.type for f in extract(text, published="2024-03-11").frames if f.background]


@pytest.mark.parametrize("text", [
    "A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing eight people, police said. "
    "In 2022 bombings at a market in the city killed 20 people.",
    "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 30 worshippers. "
    "In 2023 a bombing at the same mosque killed 60 people.",
])
def test_a_bombing_in_a_report_of_bombs_is_a_bomb_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _background_types(extract, text)
    assert types and all(t == "explosion" for t in types), types


@pytest.mark.parametrize("text", [
    # the article's incident is an air strike: its "bombing" is one too
    "Sudanese army jets struck a market in Nyala on Sunday, killing 20 people. In 2023 a bombing of "
    "the same market killed 15 people.",
    # an air strike named as one stays one
    "A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing eight people. In 2019 an "
    "air strike on the town killed 12 people.",
])
def test_other_bombings_kept(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _background_types(extract, text)
    assert types and all(t == "airstrike" for t in types), types
