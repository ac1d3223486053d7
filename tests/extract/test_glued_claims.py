"""Sentences glued without a space after the full stop (a scraping fault): each still gives its
own claim, with evidence and source offsets into the text as written (rashomon.nlp.glue splits
tokens; the text is never changed). Sentences written for the project."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "said"), [
    ("Shelling hit the market in Kramatorsk and killed 12.The mayor said Russian rockets hit the market.",
     "The mayor", "Russian rockets hit the market"),
    ("The attack on the camp was blamed on the ADF.Congo's army said the rebels killed nine villagers.",
     "Congo's army", "the rebels killed nine villagers"),
    ("The convoy was ambushed near Gao (northern Mali).The army said jihadists fired on it.",
     "The army", "jihadists fired on it"),
    ("Fighting went on in El Fasher.The RSF denied shelling the hospital.", "The RSF", "shelling the hospital"),
])
def test_glued_sentence_gives_its_claim_with_true_offsets(extract, text: str, speaker: str, said: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if said in c.text]
    assert claims
    claim = claims[0]
    assert text[claim.source.start:claim.source.end] == speaker
    assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    assert said in claim.evidence.text and claim.evidence.start > text.index(".")  # the second sentence only
