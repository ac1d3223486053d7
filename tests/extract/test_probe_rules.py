"""Rules found by the probe corpus (tests/data/probe), each on sentences written for the test,
from several conflicts (Sudan, Myanmar, DR Congo, Colombia, Haiti, the Sahel, the Caucasus,
Ethiopia, Mozambique)."""

from __future__ import annotations

import pytest


def _stances(claims, source: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The stances of the claims whose source name or text holds ``source``."""
    return {c.stance for c in claims
            if source.lower() in (c.source.name or "").lower() or source.lower() in (c.source.text or "").lower()}


# --- a decline to comment: "could not be reached for comment", "nothing to say" ----------
@pytest.mark.parametrize(("text", "source"), [
    ("The RSF has denied carrying out the strike on the market in El Fasher. Its spokesman, Abdel Karim "
     "Osman, could not be reached for comment on Sunday.", "RSF"),
    ("Gunmen attacked a convoy near Menaka on Monday. The Malian army could not be reached for comment.", "army"),
    ("A drone struck a fuel depot in Stepanakert, local officials said. Azerbaijan's defence ministry "
     "could not be contacted for comment.", "defence ministry"),
    ("Asked about the shelling of the camp near Bunia, a Rwanda Defence Force spokesman said only: "
     "\"We have nothing to say on that.\"", "Rwanda Defence Force"),
    ("Insurgents attacked the town of Palma on Wednesday. A police spokesman in Cabo Delgado said he had "
     "nothing further to say about the attack.", "police"),
])
def test_unreachable_or_nothing_to_say_declines(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert "declines_comment" in _stances(extract(text).claims, source)


# --- withholding one's name is not declining to comment on the event ----------------------
@pytest.mark.parametrize(("text", "source"), [
    ("A local People's Defence Force commander said the jet took off from the air base at Shante. "
     "He declined to give his name.", "commander"),
    ("A community leader in El Tarra said soldiers fired on a group of coca pickers on Tuesday. She "
     "refused to give her name for fear of reprisals.", "community leader"),
    ("A Fano fighter said drones struck the market in Bahir Dar on Sunday, killing 12. He declined to "
     "give his full name.", "fighter"),
])
def test_withholding_a_name_is_no_decline(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert "asserts" in _stances(claims, source)
    assert not any(c.stance == "declines_comment" for c in claims)


@pytest.mark.parametrize("text", [
    "The army spokesman declined to give the death toll of the strike on Kadugli.",
    "Rwanda's government spokeswoman declined to give any details of the shelling near Goma.",
])
def test_withholding_details_still_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.stance == "declines_comment" for c in extract(text).claims)


# --- "…, a claim the army called false": the one answering the claim denies it ------------
@pytest.mark.parametrize(("text", "claimant", "answerer"), [
    ("The ELN said its fighters killed four soldiers near El Tarra, a claim the army called \"completely false.\"",
     "ELN", "army"),
    ("The army said it killed 40 fighters near Kidal, a figure the rebels called a lie.", "army", "rebels"),
    ("Tigrayan forces said 200 civilians died in the drone strike on Mekelle, a toll the federal government "
     "called false.", "Tigrayan forces", "federal government"),
    ("Al-Shabaab said it killed 30 soldiers in the raid on the base near Kismayo, an account the Somali army "
     "called baseless.", "Al-Shabaab", "Somali army"),
])
def test_a_claim_answered_in_a_relative_clause(extract, text: str, claimant: str, answerer: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _stances(claims, claimant) == {"asserts"}
    assert _stances(claims, answerer) == {"denies"}
    assert any(c.killed is not None for c in claims if claimant.lower() in c.source.name.lower())


@pytest.mark.parametrize("text", [
    "The ministry said the shelling of Stepanakert killed 12 people, most of them women, the army said.",
    "Residents said the drone hit a wedding in Sagaing, which the junta called a rebel camp.",
])
def test_no_answer_without_a_claim_noun(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.stance == "denies" for c in extract(text).claims)
