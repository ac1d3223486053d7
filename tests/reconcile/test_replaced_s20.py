"""A standing toll that names the figure it replaced ("put the toll at 100, lowering an earlier figure of
105", "at eight, up from six a day earlier"): that figure, given earlier by another source of the same
article, is the toll's past, no dispute (session 16; sentences written for the project: Niger, Somalia,
Haiti, Ethiopia)."""

from __future__ import annotations

import pytest

from rashomon.reconcile.disputes import find_disputes
from rashomon.types import Claim, Evidence, Figure, Source


def claim(cid: str, source: str, text: str, n: int, article: str = "a") -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts", about="casualties",
                 text=text, evidence=Evidence(0, len(text), text), killed=Figure(n, n))


@pytest.mark.parametrize("standing, earlier, old, new", [
    ("the government on Monday put the number of people killed at 60, lowering an earlier figure of 64 given by "
     "an official", "an official in the interior ministry had told reporters on Sunday that 64 had died", 64, 60),
    ("the regional administration put the toll at eight on Wednesday, up from six a day earlier",
     "a district official had said that six people were killed", 6, 8),
    ("the civil protection agency revised the toll to 31, down from 35", "the mayor had said 35 people had died",
     35, 31),
])
def test_a_replaced_figure_is_no_dispute(standing: str, earlier: str, old: int, new: int) -> None:
    disputes, _ = find_disputes([claim("a:c1", "government", standing, new), claim("a:c2", "ministry", earlier, old)])
    assert not [d for d in disputes if d.about == "casualties"], disputes


def test_another_sources_figure_stays_a_dispute() -> None:
    # NOT fire: the standing toll names no replaced figure; a rights group's count told earlier is its own account
    disputes, _ = find_disputes([
        claim("a:c1", "government", "the government put the number of people killed at 60", 60),
        claim("a:c2", "rights group", "a rights group had said that 64 people had died", 64),
    ])
    assert [d.about for d in disputes] == ["casualties"], disputes
