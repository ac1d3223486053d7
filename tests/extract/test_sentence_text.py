"""A sentence's text read once as a slice of the tokens' text (``Sent.text``, ``span_text``)
equals spaCy's ``Span.text``, offsets included, whatever the text, truecased lines too."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.extract.doctext import span_text, text_of, tokens_text
from rashomon.extract.frames_text import read_sentences

TEXTS = [
    "Fighting in El Fasher killed 12 civilians, medics said. The RSF denied it.",
    "STRIKE HITS MARKET IN NORTHERN SHAN STATE\n\nMyanmar's junta said “terrorists” were killed.  Two died.",
    "“We ran,” a resident of Djibo told AFP.\n“They burned the houses.”\n",
    "Colombia's army said five ELN fighters were killed near Cúcuta on Tuesday; the ELN called it a lie. ",
    "   Shelling of Stepanakert wounded 3 people. \n\n Azerbaijan denied firing at civilians.",
    "",
]


def _check(doc) -> None:  # type: ignore[no-untyped-def]
    for sent in read_sentences(doc):
        assert (sent.text, sent.start, sent.end) == (sent.span.text, sent.span.start_char, sent.span.end_char)
    for span in doc.sents:
        assert span_text(span) == span.text
    assert tokens_text(doc) == doc.text


@pytest.mark.parametrize("first", ["text_of", "tokens_text"])
def test_truecased_line_keeps_both_texts(resources, first: str) -> None:  # type: ignore[no-untyped-def]
    written = "GUNMEN KILL 9 IN BURKINA FASO VILLAGE\n\nThe army said it was hunting them."
    doc = resources.nlp(written)
    if first == "tokens_text":
        tokens_text(doc)
    assert text_of(doc) == written  # as written
    assert tokens_text(doc) == doc.text  # as parsed, whichever was asked first
    _check(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_text_is_spacys(resources, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(resources.nlp(text))


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab C.“”\"\n ,5"), max_size=120))
def test_sentence_text_any_text(resources, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(resources.nlp(text))
