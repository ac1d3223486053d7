"""The NER's step loop in numpy (rashomon.nlp.ner_decode): the entities are spaCy's, token for
token, with the entity rulers' preset entities, line breaks and sentence starts in play."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from rashomon.nlp import ner_decode

SENTENCES = [
    "The Rapid Support Forces shelled a market in El Fasher on Sunday, killing at least 23 people, "
    "local activists said.",
    "Sudan's army denied the RSF's account and said its troops had retaken Wad Madani.",
    "Myanmar's military denied that its jets had bombed the village of Let Yet Kone in Sagaing, "
    "where 13 children died, according to a teacher.",
    "The Arakan Army said it had captured Paletwa township in Chin State on Monday.",
    "JNIM claimed the attack near Djibo in northern Burkina Faso. The army declined to comment.",
    "Malian troops and Wagner fighters killed dozens of civilians in Moura, Human Rights Watch said.",
    "Azerbaijan's defence ministry said Armenian forces had shelled its positions near Lachin overnight.",
    "Georgian officials accused Russian border guards of detaining two shepherds near Tskhinvali.",
    "Houthi rebels fired two missiles at Marib, a spokesman for the Saudi-led coalition said on Tuesday.",
    "Gang members burned 30 homes in Cite Soleil, Port-au-Prince, the UN mission in Haiti reported.",
    "Colombian police blamed ELN guerrillas for a car bomb in Cali that wounded 12 people.",
    '"We will not be intimidated," the mayor of Goma told Reuters.',
    "SUDAN ARMY SAYS IT REPELLED ATTACK ON EL OBEID",
    "Nyala",
    "",
    "   ",
    "At 3:45 p.m. on 12 March 2024, about 1,200 people fled across the border into Chad.",
]


@contextmanager
def _spacy_ner(nlp: Language) -> Iterator[Any]:
    """``nlp`` with spaCy's own NER in place of the numpy one, for the block."""
    i = [name for name, _ in nlp._components].index("ner")
    fast = nlp._components[i][1]
    assert isinstance(fast, ner_decode.NumpyNER)
    nlp._components[i] = ("ner", fast.ner)
    try:
        yield fast.ner
    finally:
        nlp._components[i] = ("ner", fast)


def _ents(nlp: Language, texts: list[str]) -> list[list[tuple[int, int, str, str, str]]]:
    return [[(t.i, t.ent_iob, t.ent_type_, t.ent_id_, t.ent_kb_id_) for t in doc]
            for doc in nlp.pipe(texts, batch_size=8)]


@pytest.fixture(scope="module")
def nlp(resources: Any) -> Language:
    language: Language = resources.nlp
    return language


def test_numpy_ner_is_in_place(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("ner"), ner_decode.NumpyNER)
    assert "ner" in nlp.pipe_names


def test_same_entities_as_spacy(nlp: Language) -> None:
    texts = [*SENTENCES, " ".join(SENTENCES), "\n".join(SENTENCES)]
    fast = _ents(nlp, texts)
    with _spacy_ner(nlp):
        slow = _ents(nlp, texts)
    assert fast == slow
    assert any(iob == 3 for doc in fast for _, iob, *_ in doc)  # entities were found at all


def test_one_doc_call_same_as_pipe(nlp: Language) -> None:
    text = " ".join(SENTENCES[:4])
    assert [(e.start, e.end, e.label_) for e in nlp(text).ents] == \
        [(e.start, e.end, e.label_) for e in next(iter(nlp.pipe([text]))).ents]


def test_preset_entities_are_kept(nlp: Language) -> None:
    doc = nlp("Fighting spread from El Fasher to Nyala, the RSF said.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("El Fasher") in ("GPE", "LOC")
    assert "RSF" in labels


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12),
       st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=12, max_size=12))
def test_random_mixes_same_as_spacy(nlp: Language, picked: list[str], joins: list[str]) -> None:
    text = "".join(s + j for s, j in zip(picked, joins, strict=False))
    fast = _ents(nlp, [text, picked[0]])
    with _spacy_ner(nlp):
        slow = _ents(nlp, [text, picked[0]])
    assert fast == slow


def test_other_models_keep_spacys_ner() -> None:
    import spacy

    blank = spacy.blank("en")
    assert ner_decode.use_numpy_ner(blank) is False


def test_unknown_preset_label_goes_to_spacy() -> None:
    import spacy

    from rashomon.config import Options

    nlp = spacy.load(Options().model)
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns([{"label": "ARMED_GROUP", "pattern": "Wagner"}])  # type: ignore[attr-defined]
    assert ner_decode.use_numpy_ner(nlp)
    texts = ["Wagner fighters entered Moura in central Mali.", "The RSF took Nyala in Sudan."]
    fast = _ents(nlp, texts)
    assert nlp.get_pipe("ner")._spacy  # type: ignore[attr-defined]
    plain = spacy.load(Options().model)
    ruler = plain.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns([{"label": "ARMED_GROUP", "pattern": "Wagner"}])  # type: ignore[attr-defined]
    assert fast == _ents(plain, texts)
