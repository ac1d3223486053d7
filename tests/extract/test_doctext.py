"""The cached Doc text equals spaCy's own, and evidence sliced from it stays exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.extract.doctext import text_of


def test_text_of_is_the_doc_text(resources) -> None:  # type: ignore[no-untyped-def]
    doc = resources.nlp("SANA said jets hit the base.\n\nThe Pentagon denied it.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)  # computed once


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_text_of_any_text(resources, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = resources.nlp(text)
    assert text_of(doc) == doc.text == text
