"""Word-initial "th"/"dh" spelling variants (issue 10, fault 3): "Thi Qar" is Dhi Qar where
the article backs Iraq; English words and organisation names stay no places.

Sentences are written for the project.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.gazetteer.fold import name_key, spelling_variants
from rashomon.gazetteer.places import PlaceGazetteer


@pytest.mark.parametrize(("name", "variants"), [
    ("Thi Qar", ("dhiqar",)),
    ("Dhi Qar", ("thiqar",)),
    ("Dhamar", ("thamar",)),
    ("al-Dhale", ("thale",)),
    ("Ludhiana", ()),  # inside a word "dh" is two sounds: no variant
    ("Bethlehem", ()),
    ("Mosul", ()),
])
def test_spelling_variants(name: str, variants: tuple[str, ...]) -> None:
    assert spelling_variants(name) == variants


@given(st.lists(st.sampled_from(["th", "dh", "a", "i", "qar", "mar", "al", " "]), max_size=12))
def test_variants_are_other_keys_of_the_same_length(parts: list[str]) -> None:
    name = "".join(parts)
    own = name_key(name)
    out = spelling_variants(name)
    assert own not in out and len(set(out)) == len(out) and len(out) < 4
    assert all(len(v) == len(own) for v in out)


@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("An air strike killed 11 people in Thi Qar province on Sunday, Iraqi officials said.", "Thi Qar",
     "Dhi Qar", "IQ"),
    ("Protesters burned tyres in Nasiriyah, the capital of Thi Qar, Iraqi police said.", "Thi Qar",
     "Dhi Qar", "IQ"),
    ("Houthi officials said Saudi jets bombed Thamar on Monday, killing seven people in Yemen.", "Thamar",
     "Dhamar", "YE"),
    ("A roadside bomb killed two soldiers in Dhi Qar on Monday, Iraqi police said.", "Dhi Qar", "Dhi Qar", "IQ"),
])
def test_variant_spelling_in_a_backed_country(places: PlaceGazetteer, text: str, mention: str, name: str,
                                              country: str) -> None:
    found = {text[h.start:h.end]: h.location for h in places.find(text, places.context(text))}
    assert mention in found, found
    assert (found[mention].name, found[mention].country) == (name, country)


@pytest.mark.parametrize("text", [
    # English words and names spelled with "th": no variant makes them places, even where the
    # article backs the country of a place spelled with "dh"
    "Thing is, the Indian army said, Thin Lizzy played there.",
    "Thales and Thomson Reuters signed a deal in India on Thursday.",
    "Thousands marched in Iraq. Theirs was the largest crowd, Iraqi police said.",
    "Thule residents said the Indian delegation left.",
])
def test_words_and_organisations_are_no_variants(places: PlaceGazetteer, text: str) -> None:
    found = [text[h.start:h.end] for h in places.find(text, places.context(text)) if h.source != "country"]
    assert found == [], found
