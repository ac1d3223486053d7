"""The right source for each claim (session 14, sources): speakers the parser hides in the
reported clause or in an appositive, places that are not sources, state offices posted in a
capital; sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

import pytest


def _sources(claims, words: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Source names of the claims whose text holds ``words``."""
    return {c.source.name for c in claims if words in c.text}


# --- a cue joined to the reported clause belongs to the reporting clause ----------------------
@pytest.mark.parametrize(("text", "words", "source", "not_source"), [
    ("The governor of Blue Nile, Ahmed Osman, said the SPLM-N had fired 20 rockets at the camp, and "
     "accused the group of war crimes.", "war crimes", "governor of Blue Nile", "SPLM-N"),
    ("Chad's government said on Monday that the gunmen had come from Libya, and blamed the FACT rebels "
     "for the raid.", "FACT", "Chadian government", "gunmen"),
    ("Niger's defence ministry said that the attackers were trained in Mali, and blamed the Islamic "
     "State Sahel Province for the ambush.", "Sahel Province", "Nigerien military", "attackers"),
])
def test_a_cue_joined_to_backshifted_content_is_the_reporters(extract, text: str, words: str, source: str,  # type: ignore[no-untyped-def]
                                                           not_source: str) -> None:
    names = _sources(extract(text).claims, words)
    assert source in names and not_source not in names, names


def test_a_cue_joined_to_a_past_verb_keeps_the_contents_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # "militants attacked … and claimed": nothing backshifted, the militants may well claim
    text = "The army said militants attacked the base in Menaka and claimed that 20 of them were killed."
    assert "army" in _sources(extract(text).claims, "Menaka")


# --- a speaker hung as an appositive before a cue without subject ----------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Eleven wounded were taken to the Malakal hospital, its medical director, Dr John Deng, told reporters.",
     "Malakal hospital"),
    ("Twelve bodies were brought to the Juba Teaching Hospital, its director, Dr Mary Akol, told AFP.",
     "Juba Teaching Hospital"),
])
def test_its_director_in_an_appositive_speaks_for_the_body(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert source in names and not any(n.lower() in {"eleven", "twelve"} for n in names), names
