"""Quotations opened after their cue and running over several sentences, and wires quoting a
speaker "saying" (issue 11), on sentences written for the project."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "later"), [
    ('A witness in Tawila said, "We went to fetch water. The RSF fired at us from the trucks. '
     'Many are dead."', "A witness in Tawila", "The RSF fired at us"),
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
    ('A villager in Sagaing said, "The jets came twice. Many houses burned. A reporter for the '
     'local radio said that the jets also hit the school.', "A reporter for the local radio"),
    # a new paragraph that opens with no quotation mark ends it too
    ('A mother in Tawila said, "The RSF shelled our street.\n\nThe army said it had repelled the '
     'attack on the camp.', "The army"),
])
def test_an_unclosed_quote_ends_with_the_outlets_voice(extract, text: str, other: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert other in written, written


@pytest.mark.parametrize(("text", "speaker", "relay"), [
    ("Palestinian media cited medical sources saying Israeli troops fired at the crowd.", "medical sources",
     "Palestinian media"),
    ("State television quoted a police officer saying the gunmen came from Niger.", "a police officer",
     "State television"),
    ("Local radio cited a health official saying the shelling of Goma killed six people.",
     "a health official", "Local radio"),
])
def test_quoting_a_speaker_saying(extract, text: str, speaker: str, relay: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert [c.source.text for c in claims] == [speaker]
    assert relay in claims[0].source.via
    assert "Israel" not in claims[0].source.name  # the party in the content does not name the speaker
