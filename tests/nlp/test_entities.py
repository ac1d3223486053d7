"""The entity index (rashomon.nlp.entities): the same entities as spaCy's ``Doc.ents`` and
``Span.ents``, frozen or not, and ``Doc.ents`` read once per article."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, Span

from rashomon.nlp.entities import entity_at, ents_in, ents_overlapping, freeze_entities

TEXTS = [
    "The Rapid Support Forces shelled El Fasher on Sunday, killing 23 people, the UN said. "
    "Sudan's army denied it. Two days later, Abdel Fattah al-Burhan visited Port Sudan.",
    "Myanmar's military said on 3 March that its jets struck Let Yet Kone in Sagaing; the National "
    "Unity Government blamed the junta.",
    "JNIM claimed the attack near Djibo in northern Burkina Faso.",
    "no entity here at all.",
]


def _key(spans: object) -> list[tuple[int, int, str, str, str]]:
    return [(s.start, s.end, s.label_, s.kb_id_, s.id_) for s in spans]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def docs(resources) -> list[Doc]:  # type: ignore[no-untyped-def]
    return [resources.nlp(t) for t in TEXTS]


def _spans(doc: Doc) -> list[Span]:
    """Sentences, every entity's own span, and spans cutting entities in two."""
    out = [*doc.sents, *(doc[e.start:e.end] for e in doc.ents), doc[:], doc[0:0]]
    out.extend(doc[e.start + 1:e.end + 2] for e in doc.ents)
    out.extend(doc[max(0, e.start - 2):e.end - 1] for e in doc.ents)
    return out


@pytest.mark.parametrize("frozen", [False, True])
def test_same_entities_as_spacy(docs: list[Doc], frozen: bool) -> None:
    for doc in docs:
        if frozen:
            freeze_entities(doc)
        assert _key(ents_in(doc)) == _key(doc.ents)
        for span in _spans(doc):
            assert _key(ents_in(span)) == _key(span.ents)
        for tok in doc:
            expected = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            got = entity_at(tok)
            assert (got is None and expected is None) or _key([got]) == _key([expected])


@settings(max_examples=60, deadline=None)
@given(which=st.integers(0, len(TEXTS) - 1), start=st.integers(0, 250), width=st.integers(0, 60))
def test_overlapping_characters(docs: list[Doc], which: int, start: int, width: int) -> None:
    doc = docs[which]
    freeze_entities(doc)
    expected = [e for e in doc.ents if not (e.end_char <= start or e.start_char >= start + width)]
    assert _key(ents_overlapping(doc, start, start + width)) == _key(expected)


def test_frozen_doc_is_served_from_its_index(resources) -> None:  # type: ignore[no-untyped-def]
    nlp: Language = resources.nlp
    doc = nlp(TEXTS[0])
    freeze_entities(doc)
    before = _key(doc.ents)
    assert before
    doc.ents = ()  # changed behind the index's back: the index does not read spaCy's again
    assert _key(ents_in(doc)) == before
    assert sum(len(ents_in(s)) for s in doc.sents) == len(before)
    freeze_entities(doc)  # frozen again: the change is seen
    assert list(ents_in(doc)) == [] and all(entity_at(t) is None for t in doc)


def test_a_frozen_doc_is_freed_with_its_last_reference() -> None:
    """The index must not keep its Doc alive: a `watch` or a long corpus would hold every
    article's parse (a global map keyed by the Doc did, through the index's Spans)."""
    import gc
    import weakref

    import spacy

    nlp = spacy.blank("en")
    refs = []
    for n in range(20):
        doc = nlp(f"Shelling hit Goma and Bunia on day {n}.")
        doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="GPE")]
        freeze_entities(doc)
        assert [e.text for e in ents_in(doc)] == ["Goma", "Bunia"]
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert [r for r in refs if r() is not None] == []
