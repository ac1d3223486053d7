"""Speakers on unseen incidents (session 16, round 2, sources8): anonymous sources are their own
source, not a body named paragraphs later; a quote paragraph is the speaker its paragraph names;
a speaker with a relative clause before the verb still speaks; a short description ("the
communication unit") is the full name before it. Sentences written for the project about
conflicts no eval set covers."""

from __future__ import annotations

import pytest


def _sources(claims, words: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source.name for c in claims if words in c.text}


def _names(claims) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source.name for c in claims}


# --- anonymous sources are never a body named only after them ------------------------------------
@pytest.mark.parametrize(("text", "later"), [
    ("A car bomb outside a checkpoint in the Syrian town of Azaz killed at least 19 fighters on Sunday, "
     "medical and military sources said.\n\n"
     "The bomb went off as a convoy passed. A military source said 40 people had been wounded.\n\n"
     "Islamic State, which a US-led coalition has fought since 2014, once held much of the region.\n",
     "US military"),
    ("A roadside bomb killed 11 soldiers near the town of Tillaberi on Monday, security sources said.\n\n"
     "The convoy was escorting fuel trucks. A military source said 23 soldiers had been wounded.\n\n"
     "The region borders Mali, where a Russian military contingent has replaced French troops.\n",
     "Russian military"),
])
def test_anonymous_sources_are_not_a_body_named_later(extract, text: str, later: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    names = _names(claims)
    assert names and later not in names, [(c.source.name, c.text) for c in claims]


# --- a quote paragraph is the speaker its own paragraph names ------------------------------------
def test_a_villager_named_after_an_appositive_speaks_his_quote(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("GOMA - Shelling on Kanyaruchinya killed at least 14 people on Sunday, the governor of North Kivu "
            "said.\n\n"
            "The governor, Peter Cirimwami, said on Monday that the toll had risen to 17.\n\n"
            "In the camp of Kanyaruchinya, a herder named Jean-Paul said a shell had hit the school as children "
            "lined up. \"There were no soldiers there, only children,\" he said.\n")
    claims = extract(text).claims
    quote = _sources(claims, "only children")
    assert quote and not any("governor" in n.lower() for n in quote), [(c.source.name, c.text) for c in claims]
    assert _sources(claims, "a shell had hit the school"), [(c.source.name, c.text) for c in claims]


@pytest.mark.parametrize("spokesman", ["A spokesman for the ELN", "A spokesman for the National Liberation Army"])
def test_a_relative_described_after_a_spokesman_is_no_spokesman(extract, spokesman: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"CUCUTA - {spokesman} said in a video message that its units had attacked army positions near "
            "Tibu.\n\n"
            "Maria Torres, whose brother was killed at the checkpoint, said the road had been closed for days. "
            "\"Nobody could leave the village,\" she said.\n")
    claims = extract(text).claims
    for words in ("the road had been closed", "Nobody could leave"):
        assert "ELN" not in _sources(claims, words), [(c.source.name, c.text) for c in claims]
        assert _sources(claims, words), [(c.source.name, c.text) for c in claims]


# --- a speaker with a relative clause between subject and verb -----------------------------------
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed dozens of villagers near Djibo, two officials said. One of the officials, who has read the "
     "police report, said 41 people had died and 90 had been wounded.", 41),
    ("Two of the doctors, who have treated the survivors in Bamenda, said 12 people had died in the fire.", 12),
])
def test_one_of_the_sources_speaks(extract, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.killed is not None and c.killed.min == killed for c in claims), \
        [(c.source.name, c.text, c.killed) for c in claims]


# --- "the communication unit" is the longer name before that holds its words ---------------------
@pytest.mark.parametrize("text", [
    "YAOUNDE - Separatist fighters killed six soldiers near Bamenda on Sunday, the communication unit of the "
    "Cameroonian Ministry of Defence said.\n\nThe communication unit said troops had recovered weapons from the "
    "camp.\n",
    "MANILA - Communist rebels ambushed an army patrol in Samar on Monday, the public affairs office of the "
    "Philippine Army said.\n\nThe public affairs office said two soldiers had been wounded.\n",
])
def test_a_short_description_is_the_full_name_before(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert len(_names(claims)) == 1, [(c.source.name, c.text) for c in claims]


# --- "The army, asked about the raid, said": the army is asked, "said" is its cue -----------------
@pytest.mark.parametrize("text", [
    "The Colombian army, asked about the raid on Tame, said it did not comment on operations.",
    "The Philippine military, asked about the shelling in Marawi, said its troops had fired only at snipers.",
])
def test_an_asked_aside_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and not any(c.text.lstrip().startswith("about") for c in claims), \
        [(c.source.name, c.text) for c in claims]


# --- "A survivor, NAME, said": the person named right after a bare description speaks ------------
@pytest.mark.parametrize(("text", "name"), [
    ("A survivor, Thida Aung, said the helicopter fired on the boats near Sittwe.", "Thida Aung"),
    ("A witness, Jean Baptiste Mbarga, said the soldiers burned the market in Kumba.", "Jean Baptiste Mbarga"),
])
def test_a_description_named_after_is_the_person(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert names == {name}, names
