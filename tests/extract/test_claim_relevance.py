"""Which claims speak about an incident (rashomon.extract.claim_relevance), on sentences written
for the project."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.extract.claim_relevance import _incident_words, speaks_of_incident
from rashomon.extract.lexicon import load_cues_data

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
    # any case, plural -s/-es, whole words only (the gateway's case-blind alternation)
    ("SURVIVORS of the Bunia attack were moved to a clinic.", True),
    ("Two Blasts shook the depot outside Kidal.", True),
    ("The deadline for the Cauca ceasefire passed quietly.", False),
    ("Officials in Stepanakert discussed the bodyguard contract.", False),
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


def _old_incident_words() -> re.Pattern[str]:
    """The matcher claim_relevance built itself before it used the lexicon gateway's."""
    words = sorted(load_cues_data()["incident_words"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})(?:e?s)?\b", re.IGNORECASE)


_PIECES = st.sampled_from([*load_cues_data()["incident_words"], "s", "es", "-", " ", ".", "X",
                           "Dead", "TOLL", "damaged", "un", "ly", "2"])


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_gateway_matcher_finds_what_the_old_one_found(text: str) -> None:
    assert bool(_incident_words().search(text.lower())) == bool(_old_incident_words().search(text))
