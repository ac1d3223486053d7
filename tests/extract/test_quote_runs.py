"""Quotations opened after their cue and running over several sentences, and wires quoting a
speaker "saying" (issue 11), on sentences written for the project."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "later"), [
    ('A herder near Tawila said, "Our cattle were grazing by the wadi. The RSF trucks opened fire '
     'on the herders. Four of my cousins fell."', "A herder near Tawila", "The RSF trucks opened fire"),
    ('A farmer near Kidal said: "They came at dawn. The soldiers told us to leave. Then they burned '
     'the granary."', "A farmer near Kidal", "The soldiers told us to leave"),
    ('A nurse in Bunia told reporters: "The militia attacked the camp at night. We counted '
     '22 bodies in the morning."', "A nurse in Bunia", "We counted 22 bodies"),
])
def test_a_running_quote_stays_with_its_speaker(extract, text: str, speaker: str,  # type: ignore[no-untyped-def]
                                               later: str) -> None:
    claims = extract(text).claims
    holding = [c for c in claims if later in c.evidence.text]
    assert holding and all(c.source.text == speaker for c in holding), [(c.source.text, c.text) for c in claims]


@pytest.mark.parametrize(("text", "other"), [
    # a quote left open by the outlet: a named speaker with a reporting verb ends it
    ('A villager in Sagaing said, "The jets came twice before noon. Half the market burned. A '
     'reporter for the local radio said that the jets also hit the school.', "A reporter for the local radio"),
    # a new paragraph that opens with no quotation mark ends it too
    ('A mother in Tawila said, "The RSF shelled our street.\n\nThe army said it had repelled the '
     'attack on the camp.', "The army"),
])
def test_an_unclosed_quote_ends_with_the_outlets_voice(extract, text: str, other: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert other in written, written


@pytest.mark.parametrize(("text", "speaker", "relay"), [
    ("Sudanese media cited medical sources saying RSF fighters fired at the queue in Omdurman.",
     "medical sources", "Sudanese media"),
    ("State television quoted a police officer saying the gunmen came from Niger.", "a police officer",
     "State television"),
    ("Local radio cited a health official saying the shelling of Goma killed six people.",
     "a health official", "Local radio"),
])
def test_quoting_a_speaker_saying(extract, text: str, speaker: str, relay: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert [c.source.text for c in claims] == [speaker]
    assert relay in claims[0].source.via
    assert "RSF" not in claims[0].source.name  # the party in the content does not name the speaker


@pytest.mark.parametrize(("text", "speaker", "not_name"), [
    ("The rebel alliance fighting the RSF said its drones hit an ammunition depot at Nyala airport.",
     "The rebel alliance", "RSF"),
    ("The militia supporting the Sudanese army said the RSF shelled El Obeid.", "The militia", "Sudan"),
])
def test_a_participle_after_the_speaker_names_someone_else(extract, text: str, speaker: str,  # type: ignore[no-untyped-def]
                                                          not_name: str) -> None:
    claims = [c for c in extract(text).claims if c.source.text == speaker]
    assert claims, [(c.source.name, c.source.text) for c in extract(text).claims]
    assert not_name not in claims[0].source.name


def test_a_participle_of_affiliation_names_the_speakers_body(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A commander representing the Arakan Army said junta jets bombed the village of Kyauktaw."
    assert "Arakan" in extract(text).claims[0].source.name


def test_an_outlet_carrying_a_statement_is_not_its_author(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The alliance of armed groups said it had repelled an army attack near Kidal, a statement "
            "carried by a local radio station said.")
    names = [c.source.name for c in extract(text).claims]
    assert any("alliance" in n for n in names), names
    assert not any("radio" in n for n in names), names
