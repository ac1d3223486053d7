"""Glued words are split into tokens, the text and its offsets unchanged (rashomon.nlp.glue)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def nlp(resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.mark.parametrize(("text", "tokens"), [
    ("The army shelled the camp near Kadugli.The rebels said 12 people died.", ["Kadugli", ".", "The"]),
    ("“No soldier was killed in the attack,”he said.", ["attack", ",", "”", "he"]),
    ("“The drones came at dawn.”The mayor of Goma said so.", ["dawn", ".", "”", "The"]),
    ("Shelling hit Stepanakert overnight!Residents fled.", ["overnight", "!", "Residents"]),
    ("The strike on Kramatorsk killed 12.The mayor said the toll would rise.", ["12", ".", "The"]),
    ("The attack was claimed by the ADF.Congo's army said it repelled it.", ["ADF", ".", "Congo"]),
    ("The convoy reached Goma (North Kivu).The army said it was ambushed.", [")", ".", "The"]),
])
def test_glued_words_split(nlp, text: str, tokens: list[str]) -> None:  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp(text)]
    assert any(words[i:i + len(tokens)] == tokens for i in range(len(words)))


@pytest.mark.parametrize(("text", "kept"), [
    ("The U.S.Army base was hit.", "U.S.Army"), ("It was 3.5 km away.", "3.5"),
    ("Version 2.0 of the UN.GA list.", "2.0"), ("The M23.It moved.", "M23"),
    ("Read more at news.com today.", "news.com"), ("Mr. Smith of Bogotá said.", "Mr."),
])
def test_abbreviations_numbers_and_domains_stay_whole(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert kept in [t.text for t in nlp(text)]


@pytest.mark.parametrize("text", [
    "Rebels said the army shelled Kutkai.Nine people died in the shelling.",
    "“We did not fire,”a spokesman for the Sudanese army said.",
    "The talks in Jeddah ended in 2023.In Darfur, the RSF said it took Nyala.",
    "Militants stormed a base held by the FAMa.The Malian army said six soldiers died.",
])
def test_a_glued_sentence_still_breaks(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(list(nlp(text).sents)) >= 2 or "”a" not in [t.text for t in nlp(text)]


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abcXYZ.,”’\" ", min_size=1, max_size=40))
def test_tokens_cover_the_text(text: str) -> None:
    from rashomon.config import Options
    from rashomon.pipeline import Resources

    doc = Resources.load(Options()).nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
