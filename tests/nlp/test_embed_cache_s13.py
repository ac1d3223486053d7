"""The tok2vec embedding rows kept per token features (rashomon.nlp.embed_cache): bit for bit
the rows the model computes, full cache or not."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from rashomon.config import Options
from rashomon.nlp import embed_cache
from rashomon.nlp.matmul import use_numpy_matmul

SENTENCES = [
    "The Rapid Support Forces shelled a market in El Fasher on Sunday, killing at least 23 people.",
    "Myanmar's junta denied bombing the village of Let Yet Kone in Sagaing; 13 children died.",
    "JNIM claimed the attack near Djibo in northern Burkina Faso. The army declined to comment.",
    "Azerbaijan said Armenian forces had shelled its positions near Lachin overnight.",
    "Houthi rebels fired two missiles at Marib, the coalition said.",
    "  \n\n",
    "ALL CAPS HEADLINE: GANGS TORCH 30 HOMES IN CITE SOLEIL",
]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    plain = spacy.load(Options().model)
    use_numpy_matmul(plain)
    cached = spacy.load(Options().model)
    use_numpy_matmul(cached)
    assert embed_cache.use_embed_cache(cached, max_rows=40) >= 2  # tiny: the cache fills up
    return plain, cached


def _chains(nlp: Language) -> list[object]:
    return [n for name in ("tok2vec", "ner") for n in nlp.get_pipe(name).model.walk()
            if embed_cache._is_embed_chain(n)]


def _same_rows(models: tuple[Language, Language], texts: list[str]) -> None:
    plain, cached = models
    docs = [plain.make_doc(t) for t in texts]
    for a, b in zip(_chains(plain), _chains(cached), strict=True):
        for x, y in zip(a.predict(docs), b.predict(docs), strict=True):  # type: ignore[attr-defined]
            assert np.array_equal(x, y)


def test_rows_are_the_models(models: tuple[Language, Language]) -> None:
    _same_rows(models, SENTENCES)
    _same_rows(models, SENTENCES[::-1])  # again, now mostly from the cache (and past its size)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
def test_random_batches(models: tuple[Language, Language], picked: list[str]) -> None:
    _same_rows(models, picked)


def test_same_parse_and_entities(models: tuple[Language, Language]) -> None:
    plain, cached = models
    text = " ".join(SENTENCES)
    a, b = plain(text), cached(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in a] == \
        [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in b]


def test_pipeline_uses_it(resources: object) -> None:
    nlp = resources.nlp  # type: ignore[attr-defined]
    assert all(isinstance(getattr(c, "__self__", None), embed_cache.EmbedCache)
               for c in (n._func for n in _chains(nlp)))


@pytest.mark.parametrize("texts", [
    ["  \n\n", "  \n\n"],  # 2 tokens in all: the model's own small-matrix product
    ["Sudan army.", "Goma fell."],  # 6 tokens, few of them new
    ["Houthi rebels fired two missiles at Marib, the coalition said.", "Marib"],  # 1 new row
])
def test_tiny_batches(models: tuple[Language, Language], texts: list[str]) -> None:
    _same_rows(models, texts)
