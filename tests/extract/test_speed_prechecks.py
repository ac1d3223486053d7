"""Cheap string tests put before patterns compiled per call (issue 14) reject only texts the
pattern could not match: the answers are those of the pattern alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.extract.source_names import appositive_title

_NAMES = ["Rashid", "Min Aung", "Abdel-Fattah", "O'Neil", "Mai"]
_PIECES = [*_NAMES, ", ", ",", " ", "  ", "the ", "an ", "a ", "Kabul ", "Khartoum ", "police chief",
           "army spokesman", "who", " said", "Goma ", "health ministry official", ";", "\n"]


def _plain(text: str, name: str) -> bool:
    """Whether the pattern of :func:`appositive_title` matches at all (without the precheck)."""
    return re.match(rf"\s*{re.escape(name)},\s+(?:the|an?)\s+(?P<desc>[^,;]{{3,60}}?)(?:\s+(?:who|which|that)\b|,|$)",
                    text) is not None


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.sampled_from(_NAMES))
@settings(max_examples=400, deadline=None)
def test_precheck_rejects_only_texts_the_pattern_misses(text: str, name: str) -> None:
    if f"{name}," not in text:
        assert not _plain(text, name)
        assert appositive_title(text, name) is None


@pytest.mark.parametrize(("text", "name", "expected"), [
    (" Rashid, the Kabul police chief who goes by one name, said", "Rashid", "Kabul police"),
    (" Hamdan, the Khartoum police chief, said", "Hamdan", "Khartoum police"),
    (" Tshisekedi, the Goma army spokesman, said", "Tshisekedi", "Goma army"),
    (" Rashid, the police chief, said", "Rashid", None),  # no body named with a capital
    (" Rashid said the Kabul police chief", "Rashid", None),
])
def test_appositive_title(text: str, name: str, expected: str | None) -> None:
    assert appositive_title(text, name) == expected
