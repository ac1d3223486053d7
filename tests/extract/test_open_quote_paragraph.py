"""A quotation left open at a paragraph's end is not carried into the outlet's next paragraphs
(issue 11, PolNeAR precision): the narrative after it is nobody's words, not the words of the
next speaker. Sentences written for the project."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "narrative", "speaker"), [
    ('"Everybody expected the shelling to resume," the mayor of Sake said. "They would fire at the '
     'market and then at the camp.\n\nFighting resumed near Goma on Sunday.\n\nThe camp holds 20,000 '
     'people. Aid groups said food was running out.', "Fighting resumed near Goma", "Aid groups"),
    ('"The convoy never reached Tawila," a driver said. "We waited three days at the checkpoint.\n\n'
     'The road north of El Fasher has been closed since May.\n\nThe UN said 40 trucks were stuck.',
     "The road north of El Fasher", "The UN"),
])
def test_open_quote_is_not_carried_across_paragraphs(extract, text: str, narrative: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(text[c.source.start:c.source.end] == speaker for c in claims if c.source.start is not None)
    assert not any(narrative in c.text for c in claims)


def test_quote_reopened_in_the_next_paragraph_still_runs(extract) -> None:  # type: ignore[no-untyped-def]
    text = ('The governor of North Kivu spoke on the radio on Monday.\n\n'
            '"The rebels entered Sake at dawn. They burned the market.\n\n'
            '"Nobody has come to help us," the governor said.')
    claims = extract(text).claims
    assert any("burned the market" in c.text for c in claims)
