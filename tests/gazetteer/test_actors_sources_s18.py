"""A body named after its country's possessive ("Russia's Investigative Committee", "Iran's
Writers' Association") is that body, not the country's government (CONVENTIONS: specialised
bodies and civil society keep their own name)."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.actors import ActorGazetteer


@pytest.fixture(scope="module")
def actors() -> ActorGazetteer:
    return ActorGazetteer.load()


@pytest.mark.parametrize("text", [
    "Russia's Investigative Committee",
    "Russia's Federation of Jewish Communities",
    "Iran's Writers' Association",
    "Syria's Civil Defence Society",
    "Turkey's Human Rights Association",
    "Ukraine's Union of Journalists",
    "Israel's Association for Civil Rights",
    "Lebanon's Syndicate of Press Editors",
])
def test_named_body_after_possessive_is_no_government(actors: ActorGazetteer, text: str) -> None:
    actor = actors.resolve(text)
    assert actor is None or actor.kind != "government", (text, actor)


@pytest.mark.parametrize("text", [
    "Russia's foreign ministry",       # a government voice
    "Russia's Foreign Ministry",
    "Iran's government",
    "Russia's Security Council",       # a governing council speaks for the state
    "Ukraine's committee",             # no name: a lower-case description
    "Russia's Prime Minister",
])
def test_government_voices_after_possessive_stay(actors: ActorGazetteer, text: str) -> None:
    actor = actors.resolve(text)
    assert actor is not None and actor.kind == "government", (text, actor)


@pytest.mark.parametrize(("text", "name"), [
    ("The Resistance Front", "The Resistance Front"),   # a front speaks for itself, not its patron
    ("TRF", "The Resistance Front"),
    ("a spokesman for The Resistance Front", "The Resistance Front"),
    ("Lashkar-e-Taiba", "Lashkar-e-Taiba"),
    ("LeT", "Lashkar-e-Taiba"),
])
def test_a_front_group_is_its_own_actor(actors: ActorGazetteer, text: str, name: str) -> None:
    actor = actors.resolve(text)
    assert actor is not None and actor.name == name and actor.kind == "armed_group"
