"""Statements that an attack's authorship is contested (issue 11, Airwars' "contested strike"),
on sentences written for the project about many conflicts."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.extract.frames_contested import CONTESTED, contested_in, contested_statements
from rashomon.types import FieldSource


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the attack or its authorship as a predicate
        ("Responsibility for the shelling of the camp near El Fasher remains disputed.",
         "remains disputed"),
        ("The monitor has classified the strike as contested until more information emerges.",
         "strike as contested"),
        ("The incident in Sagaing has been graded as a contested strike by the monitoring group.",
         "graded as a contested"),
        ("The bombing was listed as 'contested' in the monitor's database.", "listed as 'contested'"),
        ("The attack has been marked as contested between the army and the RSF.",
         "marked as contested"),
        ("Attribution of the drone strike near Menaka is disputed.", "is disputed"),
        # two sides blaming each other
        ("The army and the RSF traded blame for the drone attack on the power station in Merowe.",
         "traded blame"),
        ("Azerbaijan and Armenia accused each other of shelling border villages near Sotk.",
         "accused each other"),
        ("The junta and the resistance forces blamed each other for the explosion at the market.",
         "blamed each other"),
        ("M23 and the Congolese army held each other responsible for the bombing of the camp.",
         "held each other responsible"),
        # either side
        ("The strike on the convoy could be attributed to either side, the monitor said.",
         "attributed to either side"),
        ("The blast near Gao could have been carried out by either armed group.",
         "carried out by either armed group"),
    ],
)
def test_a_contested_authorship_is_read(text: str, said: str) -> None:
    found = contested_statements(text)
    assert found, text
    assert any(said.lower() in s.text.lower() for s in found)
    assert all(text[s.start:s.end] == s.text for s in found)


@pytest.mark.parametrize(
    "text",
    [
        # nothing known is no dispute
        "It is unclear who carried out the airstrike on the village near Kalemie.",
        "No group claimed responsibility for the bombing in Maiduguri.",
        "None of the sources named the perpetrator of the strike.",
        # a disputed place, toll or account is no disputed authorship
        "A strike hit a village in the disputed region of Abyei.",
        "The strike's death toll is disputed.",
        "The attack on the town, whose control is disputed, killed four people.",
        "The shelling hit the disputed border area near Tavush.",
        # negated
        "Responsibility for the blast is not disputed: the group claimed it within hours.",
        # no attack named
        "The two sides blamed each other for the collapse of the talks in Jeddah.",
        "The election result in the province remains disputed.",
    ],
)
def test_what_is_no_contested_authorship(text: str) -> None:
    assert contested_statements(text) == []


def test_offsets_are_shifted_into_the_article() -> None:
    first = "Four people were killed in the shelling of Khartoum."
    second = "The army and the RSF traded blame for the shelling."
    text = f"{first} {second}"
    [said] = contested_in([(first, 0), (second, len(first) + 1)])
    assert text[said.start:said.end] == said.text == "traded blame"


@given(st.text(max_size=200))
def test_any_text_gives_slices_of_itself(text: str) -> None:
    for s in contested_statements(text, 7):
        assert text[s.start - 7:s.end - 7] == s.text
        assert s.start < s.end


@pytest.mark.parametrize(
    ("text", "contested"),
    [
        ("Shelling hit a market in El Fasher on Monday, killing nine people. The army and the RSF "
         "traded blame for the attack.", True),
        ("A drone strike hit a wedding party in Sagaing on Sunday. The monitoring group has graded "
         "the incident as contested until further information comes to light.", True),
        ("A drone strike hit a wedding party in Sagaing on Sunday. The junta denied any role.", False),
    ],
)
def test_the_frame_keeps_the_statement(extract: Any, text: str, contested: bool) -> None:
    result = extract(text, published="2024-05-06")
    [frame] = [f for f in result.frames if not f.background]
    assert (CONTESTED in frame.sources) is contested
    for ev in frame.sources.get(CONTESTED, FieldSource()).evidence:
        assert result.article.text[ev.start:ev.end] == ev.text
