"""A distance between two place names says how far, not that the second holds the first:
"Kutum, a few kilometres north of El Fasher" places Kutum by El Fasher, it does not put it in
El Fasher. The distance words of data/place_words.yaml (not_container_words) are matched as
whole words, so each spelling of kilometre is listed ("kilomet" matched none of them)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.extract.frames_place_marks import container_gap as _container_gap

DISTANCES = ["kilometre", "kilometres", "kilometer", "kilometers", "km", "miles"]


@pytest.mark.parametrize(("gap", "how"), [
    (", a few kilometres north of ", None),  # Kutum, a few kilometres north of El Fasher
    (" several kilometers south of ", None),  # Tamu, several kilometers south of Moreh
    (", a kilometre east of ", None),  # Beni, a kilometre east of Butembo
    (" some kilometres from ", None),
    (", many miles west of ", None),
    (" neighbourhood in ", "in"),  # the Hay al-Matar neighbourhood in Khartoum
    (", west of ", "in"),  # Tabi, west of Sennar
    (", ", ","),  # Ouallam, Tillabéri region
    (" and ", None),  # Gao and Timbuktu
])
def test_container_gap(gap: str, how: str | None) -> None:
    assert _container_gap(gap) == how


@given(st.sampled_from(["", ", ", " a few ", ", some "]), st.sampled_from(DISTANCES),
       st.sampled_from(DISTANCES).map(str.upper) | st.sampled_from(DISTANCES).map(str.title),
       st.sampled_from([" north of ", " from ", " outside ", " in "]))
def test_a_gap_with_a_distance_is_no_container(before: str, word: str, cased: str, after: str) -> None:
    for unit in (word, cased):
        assert _container_gap(before + unit + after) is None
