"""Claims that name the incident's target join the incident (issue 11 point 6: right claim,
no event): "The bus was carrying pupils", "its convoy had coordinated its movements". Sentences
written for the project."""

from __future__ import annotations

import pytest

from rashomon.extract.claim_relevance import target_head


@pytest.mark.parametrize(("target", "head"), [
    ("humanitarian convoy", "convoy"),
    ("bus", "bus"),
    ("staff of the charity", "staff"),
    ("detention centre", "centre"),
    ("innocent people", None),
    ("rebels", None),
    ("south", None),
    ("Americans troops", None),
    ("intended target", None),
    ("Kramatorsk", None),
])
def test_target_head(target: str, head: str | None) -> None:
    assert target_head(target) == head


@pytest.mark.parametrize(("text", "joined"), [
    ("Russian missiles struck a bus in Kherson on Monday, killing six people. "
     "The regional governor said the bus was carrying pupils home from school.",
     "the bus was carrying pupils home from school"),
    ("An airstrike hit an aid convoy near Tawila, the UN said. The charity said its convoy had "
     "shared its route with both armies the day before.",
     "its convoy had shared its route with both armies"),
    ("A drone struck a market in Ouallam, killing 12 people. A local official said the market "
     "was crowded with traders from three villages.",
     "the market was crowded with traders"),
])
def test_a_claim_naming_the_target_joins_the_incident(extract, text: str, joined: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    claims = [c for c in result.claims if joined in c.text]
    assert claims
    assert claims[0].frame == 0


@pytest.mark.parametrize(("text", "alone"), [
    # a claim that does not name the target stays off the incident
    ("Russian missiles struck a bus in Kherson on Monday, killing six people. "
     "The regional governor said schools would reopen in September.", "schools would reopen"),
])
def test_a_claim_without_the_target_stays_alone(extract, text: str, alone: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if alone in c.text]
    assert claims
    assert claims[0].frame is None
