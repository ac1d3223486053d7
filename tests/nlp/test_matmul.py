"""The model's matrix products through numpy's BLAS on one thread (rashomon.nlp.matmul): the
annotations are those of thinc's BLIS, token for token."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from thinc.api import NumpyOps

from rashomon.config import Options
from rashomon.nlp import matmul

TEXTS = [
    "The Rapid Support Forces shelled a market in El Fasher on Sunday, killing at least 23 people, "
    "local activists said.",
    "Myanmar's military denied that its jets had bombed the village of Let Yet Kone in Sagaing, "
    "where 13 children died, according to a teacher.",
    "JNIM claimed the attack near Djibo in northern Burkina Faso. The army declined to comment.",
    "M23 rebels and Congolese troops traded artillery fire north of Goma; a UN spokesman said "
    "two peacekeepers were wounded.",
    "Colombian police blamed ELN guerrillas for a car bomb in Cali that wounded 12 people. "
    "\"We will not be intimidated,\" the mayor told reporters.",
    "Azerbaijan's defence ministry said Armenian forces had shelled its positions near Lachin overnight.",
]


def _annotations(nlp: Language) -> list[list[tuple[str, str, str, int, str, str, bool]]]:
    return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, bool(t.is_sent_start))
             for t in doc] for doc in nlp.pipe(TEXTS, batch_size=4)]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language, bool]:
    blis = spacy.load(Options().model)
    fast = spacy.load(Options().model)
    return blis, fast, matmul.use_numpy_matmul(fast)


def test_same_annotations_as_blis(models: tuple[Language, Language, bool]) -> None:
    blis, fast, _ = models
    assert _annotations(fast) == _annotations(blis)


def test_layers_multiply_through_numpy_on_one_thread(models: tuple[Language, Language, bool],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    blis, fast, changed = models
    if not changed:
        pytest.skip("no BLAS to limit here, or the user set a BLAS thread count")
    layers = [node for _, c in fast.pipeline if getattr(c, "model", None) is not None for node in c.model.walk()]
    assert layers and all(not getattr(node.ops, "use_blis", True) for node in layers
                          if isinstance(node.ops, NumpyOps))
    assert any(getattr(node.ops, "use_blis", False) for _, c in blis.pipeline
               if getattr(c, "model", None) is not None for node in c.model.walk())  # the other model is untouched
    # the limit is process-wide state that other libraries (dask's workers) may reset when they
    # finish: applied again here, right before it is read
    monkeypatch.setattr(matmul, "_limits", [])
    assert matmul.use_numpy_matmul(fast)
    assert all(lib["num_threads"] == 1 for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas")


@pytest.mark.parametrize("variable", matmul.THREAD_VARIABLES)
def test_a_thread_count_the_user_set_keeps_blis(variable: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, "4")
    monkeypatch.setattr(matmul, "_limits", [])
    nlp = spacy.blank("en")
    assert matmul.use_numpy_matmul(nlp) is False


@pytest.mark.parametrize(("value", "numpy"), [("1", True), ("4", False), (" 2 ", False)])
def test_a_thread_count_of_one_allows_numpy(value: str, numpy: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in matmul.THREAD_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", value)
    monkeypatch.setattr(matmul, "_limits", [])
    assert matmul._one_blas_thread() is numpy
