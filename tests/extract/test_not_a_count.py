"""A number before a word of age or duration counts no people (casualty_words.yaml parse:
not_count_after and not_count_after_stems): "a 16-year-old", "the 12-years-long siege"."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.extract.casualty_parse import _not_a_count


@pytest.mark.parametrize(("text", "number", "count"), [
    ("A 16-year-old shepherd was shot near Kidal.", "16", False),
    ("The 12-years-long siege of Deir ez-Zor ended.", "12", False),
    ("Militias held the town for 3 yearlong stretches.", "3", False),
    ("Nine herders were killed near Djibo.", "Nine", True),
    ("Police said 40 protesters were hurt in Bogotá.", "40", True),
])
def test_a_number_of_years_is_no_count(resources: Any, text: str, number: str, count: bool) -> None:
    doc = resources.nlp(text)
    [tok] = [t for t in doc if t.text == number]
    assert _not_a_count(tok) is not count
