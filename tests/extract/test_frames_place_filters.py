"""The mention filters of the incident-place vote (extract/frames_place_filters.py) and their
words (data/place_words.yaml). Sentences written for the project, about conflicts no eval set
covers."""

from __future__ import annotations

import ast
import inspect
from typing import Any, get_args

import pytest

from rashomon.extract import frames_place_filters, frames_place_unknown, frames_places
from rashomon.extract.frames_place_filters import is_dateline
from rashomon.lexicon import load
from rashomon.types import PlacePrecision


def incident_places(result: Any) -> list[str | None]:
    return [f.place_text for f in result.frames if not f.background]


@pytest.mark.parametrize(("text", "place", "dateline"), [
    ("KHARTOUM (Reuters) - Shelling hit a market in Omdurman.", "KHARTOUM", True),
    ("GOMA, Congo — Rebels shelled Sake on Monday.", "GOMA", True),
    ("Bamako: At least 12 people were killed in Mopti.", "Bamako", True),
    ("2024-03-02 Tbilisi: Protesters gathered.", "Tbilisi", True),
    # the dateline city's country is the dateline's too: the story may be about a neighbour
    ("NIAMEY, Niger — An ambush in Burkina Faso's Sahel region killed 12 soldiers.", "Niger", True),
    ("JUBA, South Sudan — Fighting in Sudan's Blue Nile state displaced thousands.", "South Sudan", True),
    ("BOGOTA, Colombia (Reuters) - Rebels attacked a base in Venezuela's Apure state.", "Colombia", True),
    ("Rebels shelled Goma, Congo — the city's mayor said.", "Congo", False),
    # not at the start of its line, or not followed by a dateline's mark
    ("Shelling hit a market in Omdurman (Reuters).", "Omdurman", False),
    ("Gunmen attacked Sake, a town near Goma.", "Goma", False),
    ("Sittwe residents fled on Monday.", "Sittwe", False),
])
def test_dateline(text: str, place: str, dateline: bool) -> None:
    start = text.index(place)
    assert is_dateline(text, start, start + len(place)) is dateline


@pytest.mark.parametrize(("text", "not_place"), [
    # a time zone (without the filter the zone's city is the place: checked)
    ("A drone hit an oil depot at 4 a.m. Moscow time on Sunday, killing two guards, regional "
     "officials said.", "Moscow"),
    # where a person was born or is a native of (each a place without the filter: checked)
    ("A journalist born in Bukavu was shot dead in Uvira on Saturday, his employer said.", "Bukavu"),
    ("A nurse born in Kaduna was killed when gunmen attacked a clinic on Sunday, police said.", "Kaduna"),
    ("A native of Tigray was killed by a drone strike on Monday, relatives said.", "Tigray"),
])
def test_time_zones_and_birthplaces_are_not_the_incident_place(extract: Any, text: str,
                                                                not_place: str) -> None:
    places = incident_places(extract(text, published="2023-05-10"))
    assert places and not any(p and not_place in p for p in places), places


def test_place_words_are_lower_case_words() -> None:
    """The filters compare them with lower-cased tokens and lemmas: a capital never matches."""
    def lists(value: Any) -> list[list[str]]:
        return [value] if isinstance(value, list) else [w for v in dict(value).values() for w in lists(v)]
    for words in lists(load("place_words.yaml")):
        assert words and all(w == w.strip().lower() and w for w in words), words


# values of spaCy's tags and of the gazetteer's enums that the place modules compare with
_NOT_WORDS = {"compound", "amod", "nmod", "nsubj", "nsubjpass", "poss", "pobj",  # dependency labels
              "conj", "xcomp", "dobj", "dative", "advcl",
              "main", "alternate", "town", "region", "country", "supplement",  # PlaceHit.form/source
              *get_args(PlacePrecision)}


@pytest.mark.parametrize("module", [frames_places, frames_place_filters, frames_place_unknown])
def test_no_word_list_in_the_place_modules(module: Any) -> None:
    """Words live in data/place_words.yaml: a set, tuple or list of lower-case words in the
    code is one of spaCy's labels or an enum's values, never vocabulary."""
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.Set | ast.Tuple | ast.List) and node.elts and \
                all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            values = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            lower = {v for v in values if v.isalpha() and v.islower()}
            assert lower <= _NOT_WORDS, f"{module.__name__} line {node.lineno}: {sorted(lower - _NOT_WORDS)}"
