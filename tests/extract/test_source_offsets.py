"""Each claim's source as written, with its offsets: ``text[start:end] == source.text``.

Sentences written for the project, several conflicts; a property test over generated
sentences; the offsets survive the JSON contract and the store.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# (text, the source's words as written in the claim about the attack)
WRITTEN = [
    ("The Rapid Support Forces said on Monday that army drones hit a market in El Fasher.",
     "The Rapid Support Forces"),
    ("Army drones struck a market in El Fasher, killing 12, a spokesman for the Rapid Support "
     "Forces said.",
     "a spokesman for the Rapid Support Forces"),
    ("KHARTOUM (Reuters) - Sudan's army denied that its drones had struck the market.",
     "Sudan's army"),
    ("According to local medics, the shelling killed 12 people in the market.",
     "local medics"),
    ("Myanmar's junta said the rebels had attacked the police post. It added that three "
     "officers were killed.", "It"),
    ("Colonel Ibrahim Traoré said the convoy was ambushed near Djibo. He said no soldier was "
     "killed.", "He"),
    # a speaker glued to the closing quote
    ("Colonel Assimi Goita said the convoy was ambushed near Gao. “No soldier was killed in "
     "the attack,”he said.", "he"),
    ("Nagorno-Karabakh officials said shelling hit Stepanakert overnight. “Two civilians were "
     "killed by the shelling,”they said.", "they"),
    ("The M23 rebels denied shelling the camp near Goma, Reuters reported.", "The M23 rebels"),
    ("Azerbaijan's defence ministry said Armenian forces fired on its positions overnight.",
     "Azerbaijan's defence ministry"),
    ("The army, citing a local commander, said dissidents of the FARC attacked the base in "
     "Cauca.", None),
]


def _check(result, text: str) -> None:  # type: ignore[no-untyped-def]
    for c in result.claims:
        s = c.source
        assert s.start is not None and s.end is not None, c
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(("text", "written"), WRITTEN)
def test_source_offsets_slice_the_words_as_written(extract, text: str, written: str | None) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert result.claims
    _check(result, text)
    if written is not None:
        assert written in [c.source.text for c in result.claims]


SPEAKERS = ["The Sudanese army", "A spokesman for the Kachin Independence Army",
            "Mali's transitional government", "The Congolese army", "A Colombian police chief",
            "Georgia's interior ministry"]
VERBS = ["said", "claimed", "denied", "confirmed"]
CONTENTS = ["that rebels shelled the town of Kadugli", "that the convoy was hit near Gao",
            "that a drone struck the village overnight"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lead=st.sampled_from(["", "On Monday, ", "In a statement, "]), speaker=st.sampled_from(SPEAKERS),
       verb=st.sampled_from(VERBS), content=st.sampled_from(CONTENTS))
def test_offsets_are_a_slice_of_the_text(extract, lead: str, speaker: str, verb: str, content: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Fighting went on in the north. {lead}{speaker} {verb} {content}."
    _check(extract(text), text)


def test_offsets_survive_json_and_store(extract) -> None:  # type: ignore[no-untyped-def]
    from rashomon.report.ledger_json import claim_dict
    from rashomon.store.codec import claim_from_row, claim_row

    text = "Kachin rebels said the army shelled a camp near Laiza, killing four civilians."
    result = extract(text)
    claim = result.claims[0]
    d = claim_dict(claim)
    assert text[d["source"]["start"]:d["source"]["end"]] == d["source"]["text"] == "Kachin rebels"
    row = claim_row(claim, 0)
    assert claim_from_row(row).source == claim.source
