"""Truecasing of capitalised headlines (rashomon.nlp.truecase), on headlines written for the
project. The caser is not yet wired into build_nlp (see the module docstring)."""

from __future__ import annotations

import pytest

from rashomon.nlp.truecase import Truecaser

VERBS = ["deny", "say", "kill", "hit", "claim", "find", "strike"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Sudanese Army Denies It Hit Market In El Fasher",
     "Sudanese Army denies it hit Market in El Fasher"),
    ("Junta Says Rebels Killed 12 Villagers In Sagaing", "Junta says Rebels killed 12 Villagers in Sagaing"),
    ("The army said rockets hit Sumy.", "The army said rockets hit Sumy."),  # sentence case: untouched
])
def test_truecase_line(line: str, expected: str) -> None:
    assert Truecaser(VERBS).line(line) == expected


@pytest.mark.parametrize("text", ["Rebels Say Drones Hit Goma\nThe army denied it.", "A B C\n\nD E F G H"])
def test_truecasing_keeps_length_and_letters(text: str) -> None:
    cased = Truecaser(VERBS).text(text)
    assert len(cased) == len(text) and cased.lower() == text.lower()
