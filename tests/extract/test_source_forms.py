"""Sources the lexicon does not name: collective subjects, less common verbs, descriptions
that need their modifiers, on sentences written for the project."""

from __future__ import annotations

import pytest

COLLECTIVE = [
    ("The junta said its jets struck rebel positions near Mindat.", "junta"),
    ("The rebels claimed that army drones hit a school in Ouallam.", "rebels"),
    ("Troops said gunmen fired on the convoy outside Kidal.", "Troops"),
    ("Investigators concluded that the blast was caused by a drone.", "Investigators"),
]


@pytest.mark.parametrize(("text", "word"), COLLECTIVE)
def test_a_collective_subject_is_a_source(extract, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(word.lower() in c.source.text.lower() for c in claims), claims


VERBS = [
    ("The army defended the strike on Kidal as a legitimate operation.", "asserts"),
    ("The governor emphasised that the shelling of Mariupol killed civilians.", "asserts"),
    ("The militia disputed the casualty figures given by the ministry.", "denies"),
]


@pytest.mark.parametrize(("text", "stance"), VERBS)
def test_less_common_verbs(extract, text: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert stance in {c.stance for c in extract(text).claims}, text


def test_the_health_ministry_is_not_another_ministry(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Israeli Defense Ministry said its jets struck a depot in Khan Younis. "
            "The health ministry said 12 people were killed in the strike.")
    claims = extract(text).claims
    health = [c for c in claims if c.source.text.lower().startswith("the health ministry")]
    assert health and all(c.source.name != "Israel military" for c in health), claims
