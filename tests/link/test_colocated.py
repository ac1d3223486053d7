"""Reports at one spot on one day that share nothing else (pass 2 of the clustering): a pair
that are each other's only such neighbour merges, and so does a small group whose every
two are such neighbours when at most one of them names a target."""

from __future__ import annotations

import pytest

from rashomon.config import Options
from rashomon.link import link
from rashomon.link.cluster import COLOCATED_MAX_CLIQUE
from rashomon.types import Evidence, Figure, Frame, Location

TOWNS = {
    "El Geneina": Location("El Geneina", "SD", 13.45, 22.45, "town"),
    "Lashio": Location("Lashio", "MM", 22.94, 97.75, "town"),
    "Menaka": Location("Menaka", "ML", 15.92, 2.40, "town"),
    "Tibu": Location("Tibu", "CO", 8.64, -72.74, "town"),
}


def report(article: str, town: str, day: str, *, target: str | None = None,
           killed: int | None = None) -> Frame:
    return Frame(article_id=article, index=0, type="airstrike", evidence=Evidence(0, 0, ""),
                 date=day, date_precision="day", place_text=town, location=TOWNS[town],
                 targets=(target,) if target else (),
                 killed=Figure(killed, killed) if killed is not None else None)


def events_of(frames: list[Frame]) -> list[set[str]]:
    events, _ = link(frames, [], Options())
    return sorted((set(e.article_ids) for e in events), key=sorted)


@pytest.mark.parametrize(("town", "day", "target"), [
    ("El Geneina", "2024-06-14", "the Ardamata market"),
    ("Lashio", "2024-01-08", "the Nampaw monastery"),
    ("Tibu", "2023-09-21", "the Campo Dos health post"),
])
def test_three_reports_of_one_strike_that_share_nothing_make_one_event(
        town: str, day: str, target: str) -> None:
    frames = [report("toll", town, day, killed=6), report("target", town, day, target=target),
              report("bare", town, day)]
    assert events_of(frames) == [{"bare", "target", "toll"}]


@pytest.mark.parametrize(("town", "day", "first", "second"), [
    ("El Geneina", "2024-06-14", "the Ardamata market", "the Riyadh camp clinic"),
    ("Menaka", "2022-03-02", "the Anderamboukane well", "the Tinzaouatene depot"),
    ("Lashio", "2024-01-08", "the Nampaw monastery", "the Hsipaw bridge"),
])
def test_two_reports_naming_different_targets_keep_the_group_apart(
        town: str, day: str, first: str, second: str) -> None:
    """Two strikes at one town that day, maybe: place and day alone do not join them."""
    frames = [report("one", town, day, target=first), report("two", town, day, target=second),
              report("bare", town, day)]
    assert events_of(frames) == [{"bare"}, {"one"}, {"two"}]


@pytest.mark.parametrize("town", ["Menaka", "Tibu"])
def test_a_bigger_group_stays_apart(town: str) -> None:
    """More reports than COLOCATED_MAX_CLIQUE of one town and day sharing nothing: a day of
    many strikes as likely as one strike, nothing decides."""
    n = COLOCATED_MAX_CLIQUE + 1
    frames = [report(f"r{k}", town, "2023-05-30") for k in range(n)]
    assert events_of(frames) == [{f"r{k}"} for k in range(n)]


@pytest.mark.parametrize("town", ["El Geneina", "Lashio"])
def test_a_pair_that_shares_nothing_still_merges(town: str) -> None:
    frames = [report("toll", town, "2024-02-11", killed=3), report("bare", town, "2024-02-11")]
    assert events_of(frames) == [{"bare", "toll"}]
