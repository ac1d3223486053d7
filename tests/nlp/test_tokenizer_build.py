"""The tokenizer built once (rashomon.nlp.glue.add_exceptions) is the model's saved tokenizer
with the glued-word infixes, byte for byte and token for token; a model whose saved tokenizer
is not the language's default keeps its own. Sentences written for the project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
import srsly

from rashomon.config import Options
from rashomon.nlp import _load
from rashomon.nlp.glue import add_exceptions, glued_tokenizer_config, split_glued_words


@pytest.fixture(scope="module")
def models() -> tuple[spacy.language.Language, spacy.language.Language]:
    """(the model read as spaCy reads it, glued infixes added after; the model as rashomon loads it)"""
    model = Options().model
    read = spacy.load(model)
    split_glued_words(read)
    return read, _load(model)


def test_the_built_tokenizer_is_the_saved_one_with_the_infixes(models) -> None:  # type: ignore[no-untyped-def]
    read, built = models
    assert built.tokenizer.to_bytes(exclude=["vocab"]) == read.tokenizer.to_bytes(exclude=["vocab"])


@pytest.mark.parametrize("text", [
    "The RSF's commander didn't deny it.The army said 14 people were killed in El Fasher.",
    "“We won't leave,”a resident of Sittwe told reporters on Jan. 3 at 5pm.",
    "Colombia's ELN can't have done it, the U.S. embassy said (Bogotá).The talks resumed.",
    "M23 rebels took Rubaya on 2024-04-30; the DRC's army denied losing the town.",
    "Fighting in Nagorno-Karabakh killed at least 30 soldiers, Azerbaijan's ministry said...",
])
def test_same_tokens_and_lexemes(models, text: str) -> None:  # type: ignore[no-untyped-def]
    read, built = models
    a, b = read.tokenizer(text), built.tokenizer(text)
    assert [(t.text, t.whitespace_, t.norm_, t.lex_id, t.is_stop) for t in a] == \
        [(t.text, t.whitespace_, t.norm_, t.lex_id, t.is_stop) for t in b]


def test_a_model_with_its_own_tokenizer_keeps_it(tmp_path: Path) -> None:
    """A saved tokenizer with one more exception is not the default: add_exceptions says so."""
    model = Options().model
    nlp = spacy.load(model, exclude=["tokenizer"], config=glued_tokenizer_config())
    assert nlp.path is not None
    data = srsly.msgpack_loads((nlp.path / "tokenizer").read_bytes())
    data["exceptions"]["Kinsh."] = [{65: "Kinsh."}]  # ORTH
    (tmp_path / "tokenizer").write_bytes(srsly.msgpack_dumps(data))
    nlp._path = tmp_path  # type: ignore[attr-defined]
    assert not add_exceptions(nlp)
    shutil.copyfile(Path(spacy.load(model).path) / "tokenizer", tmp_path / "tokenizer")
    assert add_exceptions(nlp)


def test_without_a_saved_tokenizer_nothing_is_built() -> None:
    nlp = spacy.blank("en", config=glued_tokenizer_config())
    assert not add_exceptions(nlp)
