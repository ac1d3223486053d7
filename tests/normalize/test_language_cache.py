"""The language identifier read from the cache folder (memory-mapped arrays) classifies as
py3langid's packaged model does. Sentences written for the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.normalize.language import load_identifier

TEXTS = [
    "The army said it had repelled an attack on the garrison at Bardai, killing 12 rebels.",
    "Les rebelles du M23 ont pris le contrôle de la ville de Rubaya, selon des habitants.",
    "Die Armee meldete am Montag heftige Kämpfe um die Stadt.",
    "El ejército colombiano dijo que el ELN atacó una patrulla cerca de Arauca.",
    "Аэропорт был обстрелян ночью, сообщили местные власти.",
    "12 34", "",
]


@pytest.fixture(scope="module")
def packaged():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_cached_identifier_is_the_packaged_one(tmp_path: Path, packaged) -> None:  # type: ignore[no-untyped-def]
    first = load_identifier(tmp_path)  # writes the cache
    assert any(p.suffix == ".arrays" and p.is_dir() for p in tmp_path.iterdir())
    again = load_identifier(tmp_path)  # reads it
    for text in TEXTS:
        assert first.classify(text) == again.classify(text) == packaged.classify(text)
