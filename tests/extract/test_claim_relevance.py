"""Which claims speak about an incident (rashomon.extract.claim_relevance), on sentences written
for the project."""

from __future__ import annotations

import pytest

from rashomon.extract.claim_relevance import speaks_of_incident

ABOUT = [
    ("It was a mistake that followed a misidentification of the convoy.", True),
    ("The victims were farmers who had fled the fighting near El Fasher.", True),
    ("The incident in Tillaberi is under review by the general staff.", True),
    ("Rescuers were still pulling bodies from the rubble in Goma.", True),
    ("The toll in Sagaing could rise as villagers search the ruins.", True),
    ("A drone hit the market in Pemba on Friday.", True),
    ("The ministry will hold talks with donors next month.", False),
    ("Our kitchens serve thousands of meals in Khartoum every day.", False),
    ("The envoy is expected in Baku on Tuesday.", False),
]


@pytest.mark.parametrize(("text", "expected"), ABOUT)
def test_speaks_of_incident(text: str, expected: bool) -> None:
    assert speaks_of_incident(text) is expected


def test_a_claim_about_the_victims_joins_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone strike hit a camp for displaced people near Dedebit on Friday, killing 56 "
            "people, the rebels said. The victims had fled fighting in the west, a camp "
            "official said.")
    claims = extract(text).claims
    official = [c for c in claims if "official" in c.source.text]
    assert official and all(c.frame == 0 for c in official), claims
