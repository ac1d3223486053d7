"""Figures attached to claims (issue 11, pattern 7): the speaker's own predicate before the cue,
"said that the toll rose", running totals, revised tolls. Sentences written for the project."""

from __future__ import annotations

import pytest

N = None


@pytest.mark.parametrize(
    ("text", "source", "killed", "injured"),
    [
        # the speaker's predicate before the cue is the speaker's
        ("The UN mission put the death toll from the shelling of El Fasher at more than 30 and said "
         "that over 90 people had been injured.", "UN", (30, N), (90, N)),
        ("The health office in Goma put the toll at 12 and said 40 people were wounded.", "health office",
         (12, 12), (40, 40)),
        # "told X that the toll rose": a complementizer, not a relative clause
        ("A hospital director told reporters that the death toll rose to 43, with 61 wounded.",
         "hospital director", (43, 43), (61, 61)),
        # "said in an interview that two …": a complement clause, its figure is the speaker's
        ("The governor of Ituri said in an interview that two peacekeepers sustained injuries.",
         "governor", N, (2, 2)),
        ("A Sudanese Red Crescent official told AFP in a statement that nine volunteers were killed.",
         "official", (9, 9), N),
        # a relative clause of the attack: the figure describes the attack, the speaker claims another thing
        ("The junta said the airstrike that killed 17 villagers in Sagaing had targeted rebels.",
         "junta", N, N),
        # a running total over a war is no incident's figure
        ("The army said at least 242 soldiers have been killed since the ground offensive began.",
         "army", N, N),
        # a revised toll replaces the first one in the same claim
        ("The governor said that 12 people were killed in the first hours and that the death toll had since "
         "risen to 19.",
         "governor", (19, 19), N),
    ],
)
def test_claim_figures(extract, text: str, source: str, killed: tuple[int | None, int | None] | None,  # type: ignore[no-untyped-def]
                       injured: tuple[int | None, int | None] | None) -> None:
    claims = [c for c in extract(text).claims if source.lower() in c.source.text.lower()
              and (c.killed is not None or c.injured is not None or c.about == "casualties")]
    got_k = next(((c.killed.min, c.killed.max) for c in claims if c.killed is not None), None)
    got_i = next(((c.injured.min, c.injured.max) for c in claims if c.injured is not None), None)
    assert (got_k, got_i) == (killed, injured)
