"""EntityRuler patterns from both gazetteers work in a blank English pipeline."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.fold import spacy_tokens
from rashomon.gazetteer.places import PlaceGazetteer


@pytest.fixture(scope="module")
def place_patterns() -> list[dict[str, Any]]:
    return PlaceGazetteer.load().patterns()


@pytest.fixture(scope="module")
def actor_patterns() -> list[dict[str, Any]]:
    return ActorGazetteer.load().patterns()


@pytest.fixture(scope="module")
def nlp(place_patterns: list[dict[str, Any]],
        actor_patterns: list[dict[str, Any]]) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(actor_patterns + place_patterns)
    return nlp


def test_pattern_shape(place_patterns: list[dict[str, Any]],
                       actor_patterns: list[dict[str, Any]]) -> None:
    for p in place_patterns + actor_patterns:
        assert p["label"] in {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}
        assert p["id"] and p["pattern"]
        for tok in p["pattern"]:
            assert set(tok) <= {"LOWER", "ORTH"}
    assert 5_000 < len(place_patterns) < 60_000
    assert len(actor_patterns) > 500


def test_no_english_word_patterns(place_patterns: list[dict[str, Any]]) -> None:
    single = {p["pattern"][0].get("LOWER") for p in place_patterns if len(p["pattern"]) == 1}
    for word in ("of", "best", "police", "human", "can", "bar", "van", "vladimir", "ali", "man"):
        assert word not in single
    # GeoNames towns and regions match only as written: "Man" (Côte d'Ivoire), never "man"
    orth = [p["pattern"][0]["ORTH"] for p in place_patterns
            if len(p["pattern"]) == 1 and "ORTH" in p["pattern"][0]]
    assert orth and not [w for w in orth if w.isalpha() and w.islower()]


def test_tokenizer_agreement(place_patterns: list[dict[str, Any]]) -> None:
    """Our spaCy-like tokenization of names matches spaCy's on the supplement names."""
    tokenizer = spacy.blank("en").tokenizer
    names = ["Deir ez-Zor", "Al-Bukamal", "al-Qa'im", "Sana'a airport", "Tower 22",
             "U.S.-led coalition", "Syria's army", "T-4 air base", "Beirut's southern suburbs",
             "Kata'ib Hizballah", "CJTF-OIR", "Hamas-run health ministry", "B'Tselem"]
    for name in names:
        assert spacy_tokens(name) == [t.text for t in tokenizer(name)], name


@pytest.mark.parametrize(("text", "span", "label", "ident"), [
    ("Jets struck al-Harra, southeast of Boukamal, on Sunday.", "Boukamal", "GPE",
     "Albu Kamal"),  # an alias of the GeoNames town
    ("Jets struck al-Harra, southeast of Albu Kamal, on Sunday.", "al-Harra", "GPE", "al-Hari"),
    ("Fighters near Deir ez-Zor were hit.", "Deir ez-Zor", "GPE", "Deir ez-Zor"),
    ("A drone hit the T4 air base in Homs province.", "T4 air base", "FAC", "T4 air base"),
    ("A drone hit the T4 air base in Homs province.", "Homs province", "LOC", "Homs province"),
    ("Residents of the Golan Heights heard blasts.", "Golan Heights", "LOC", "Golan Heights"),
    ("Shelling hit Mosul in northern Iraq.", "Mosul", "GPE", "Mosul"),  # a city of 100k+
    ("Shelling hit Tigray in northern Ethiopia.", "Tigray", "LOC", "Tigray"),  # a region
    ("The Syrian Observatory for Human Rights said 52 died.",
     "Syrian Observatory for Human Rights", "ORG", "SOHR"),
    ("The U.S.-led coalition denied it.", "U.S.-led coalition", "ORG", "US military"),
    ("Iraq's Popular Mobilisation Forces said so.", "Popular Mobilisation Forces", "ORG", "PMF"),
    ("Israeli jets struck overnight.", "Israeli", "NORP", "Israel"),
    ("Spokesman Daniel Hagari said so.", "Daniel Hagari", "PERSON", "Israel military"),
])
def test_ruler(nlp: Language, text: str, span: str, label: str, ident: str) -> None:
    doc = nlp(text)
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert (span, label, ident) in ents, ents


def test_ruler_ignores_lowercase_english(nlp: Language) -> None:
    doc = nlp("They hit back, police can bar the van, as a human would tell us.")
    assert [e.text for e in doc.ents] == []
