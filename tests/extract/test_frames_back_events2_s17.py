"""A sentence pointing back to the background incident told right before it ("… Russia denied
it was responsible for that strike.") is that incident's: its claims are not about the
article's incident (extract.frames_back). Sentences written for the project, about conflicts no
eval or probe set covers."""

from __future__ import annotations

import pytest


def _frame_of(extract, text: str, words: str):  # type: ignore[no-untyped-def]
    result = extract(text, published="2024-03-06")
    claims = [c for c in result.claims if words in c.text]
    assert claims, [c.text for c in result.claims]
    return claims[0].frame, result.frames


@pytest.mark.parametrize(("text", "words"), [
    ("Drones struck a fuel depot in Odesa on Tuesday, killing four workers, the regional governor "
     "said. The port was hit in March last year by a missile that struck a grain terminal, an "
     "attack that killed nine people. Russia denied it was responsible for that strike.",
     "responsible for that strike"),
    ("Gunmen killed 14 worshippers at a church in Owo on Sunday, police said. In 2019 gunmen killed "
     "40 people at a market in the same state. The army blamed herders for that attack.",
     "blamed herders"),
])
def test_a_sentence_pointing_back_is_the_earlier_incidents(extract, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    frame, frames = _frame_of(extract, text, words)
    # the earlier incident's frame, or none when the claim was already set aside as about another
    assert frame != 0, (frame, [(f.index, f.background, f.date) for f in frames])


@pytest.mark.parametrize(("text", "words"), [
    # "this attack" is the article's own; a pointing word after the incident's own sentence too
    ("Gunmen attacked a bus near Mandera on Monday, killing ten, police said. In 2015 fighters "
     "killed 148 students at a university in Garissa. Al-Shabaab said it had carried out this "
     "attack.", "carried out this"),
    ("Gunmen attacked a bus near Mandera on Monday, killing ten passengers. The army blamed "
     "al-Shabaab for that attack.", "blamed al-Shabaab"),
])
def test_the_incidents_own_sentences_kept(extract, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    frame, frames = _frame_of(extract, text, words)
    assert frame in (0, None), (frame, [(f.index, f.background, f.date) for f in frames])
