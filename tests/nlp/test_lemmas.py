"""The lemmatizer's word index as sets (rashomon.nlp.lemmas): the same lemmas as spaCy's lists."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from rashomon.config import Options
from rashomon.nlp.lemmas import INDEX_TABLE, use_lemma_sets

TEXTS = [
    "Sudanese paramilitaries besieging El Fasher shelled the city's last functioning hospitals, doctors said.",
    "Myanmar's junta denied that its warplanes had bombed a monastery sheltering displaced villagers.",
    "Jihadist fighters ambushed a convoy near Djibo, and the Burkinabe army's losses were not disclosed.",
    "Rebels overran two mining towns in North Kivu; Congolese officials accused Rwanda of arming them.",
    "Colombian prosecutors charged three dissident guerrillas over the bombings, which wounded eleven soldiers.",
    "Azerbaijani and Armenian troops exchanged heavier fire overnight, the ministries' statements alleged.",
    "The strikes were the deadliest in months; negotiators said talks were stalling, worsening fears.",
]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    model = Options().model
    plain, sets = spacy.load(model), spacy.load(model)
    use_lemma_sets(sets)
    return plain, sets


@pytest.mark.parametrize("text", TEXTS)
def test_same_lemmas_as_the_lists(models: tuple[Language, Language], text: str) -> None:
    plain, sets = models
    expected = [(t.text, t.lemma_) for t in plain(text)]
    assert [(t.text, t.lemma_) for t in sets(text)] == expected
    assert any(lemma != word.lower() for word, lemma in expected)  # the rules did work


def test_the_index_becomes_sets_with_the_same_words(models: tuple[Language, Language]) -> None:
    plain, sets = models
    before = plain.get_pipe("lemmatizer").lookups.get_table(INDEX_TABLE)  # type: ignore[attr-defined]
    after = sets.get_pipe("lemmatizer").lookups.get_table(INDEX_TABLE)  # type: ignore[attr-defined]
    assert list(after.keys()) == list(before.keys())
    for pos in before:
        assert isinstance(after[pos], frozenset)
        assert after[pos] == frozenset(before[pos])
    use_lemma_sets(sets)  # twice: nothing changes
    assert all(isinstance(after[pos], frozenset) for pos in after)
