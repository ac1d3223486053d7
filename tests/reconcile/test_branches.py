"""A branch and the group it pledged to are one party (data/party_words.yaml ``branches``):
Islamic State's claim of an attack blamed on ISWAP answers the blame, no dispute; two branches
of one group, or a branch and another group, stay two parties. Sentences' parties written for
these tests (Borno, Nigeria; Cabo Delgado; the Sahel; Somalia)."""

from __future__ import annotations

import pytest

from rashomon.lexicon.parties import same_party
from rashomon.reconcile.contradictions import claim_contradictions
from rashomon.types import Claim, Evidence, Source, Stance


def claim(n: int, source: str, stance: Stance, perpetrator: str) -> Claim:
    return Claim(id=f"c{n}", article_id="a", source=Source(source, source), stance=stance,
                 about="perpetrator", text="", evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ISWAP", "Islamic State", True),
        ("ADF", "Islamic State", True),
        ("JNIM", "al-Qaeda", True),
        ("al-Shabaab", "al-Qaeda", True),
        ("ISWAP", "ADF", False),  # two provinces of one group: two wars
        ("ISWAP", "Boko Haram", False),  # rivals in one war
        ("JNIM", "Islamic State", False),
        ("Pakistani Taliban", "Taliban", False),  # no pledge between them
    ],
)
def test_a_branch_is_its_parent(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


def test_the_parents_claim_of_its_branchs_attack_is_no_contradiction() -> None:
    # "The army blamed ISWAP for the raid on Monguno; Islamic State said its fighters carried it out."
    army = claim(1, "Nigerian army", "asserts", "ISWAP")
    assert claim_contradictions(army, claim(2, "Islamic State", "confirms", "Islamic State")) == []
    # the rival group's claim still is one
    found = claim_contradictions(army, claim(2, "Boko Haram", "confirms", "Boko Haram"))
    assert [c.about for c in found] == ["perpetrator"]
