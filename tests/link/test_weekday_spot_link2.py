"""An undated report whose incident sentence names a weekday and the alleged perpetrator
hints at a dated incident only at the same spot: a town nearby (across a border, a front
line) sees the same party strike on most days of the week (rashomon.link.decision,
``pair_evidence``). Frames and sentences written for these tests (the Chad–Sudan border;
Kashmir's Line of Control)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.decision import pair_evidence
from rashomon.link.info import Content, FrameInfo
from rashomon.types import Evidence, Frame, Location

ADRE = Location("Adré", "TD", 13.467, 22.200, "town")  # Chad, on the border
GENEINA = Location("El Geneina", "SD", 13.452, 22.447, "town")  # Sudan, ~27 km east
URI = Location("Uri", "IN", 34.084, 74.051, "town")
CHAKOTHI = Location("Chakothi", "PK", 34.104, 73.935, "town")  # across the Line of Control

# 2024-06-14 is a Friday, 2024-06-13 a Thursday
MARKET = "Mourners in Adré buried three traders killed when a drone struck the market on Friday"
SHELL = "Villagers buried a shopkeeper killed when Pakistani shells hit his house on Friday"


def _report(article: str, place: Location, date: str | None, party: str, sentence: str = "",
            type: str = "drone_strike") -> FrameInfo:
    f = Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
              evidence=Evidence(0, len(sentence), sentence), date=date,
              date_precision="day" if date else "unknown",
              date_text="on Friday" if date else None, location=place, perpetrators=(party,))
    return replace(prepare(f, None, 30), content=Content())


@pytest.mark.parametrize(
    ("undated", "dated", "kind"),
    [
        # the same town, the weekday, the party: a hint
        (_report("a", ADRE, None, "RSF", MARKET), _report("b", ADRE, "2024-06-14", "RSF"), "hint"),
        # a town across the border, the same weekday and party: nothing
        (_report("a", ADRE, None, "RSF", MARKET), _report("b", GENEINA, "2024-06-14", "RSF"), "none"),
        (_report("a", URI, None, "Pakistan", SHELL, "shelling"),
         _report("b", URI, "2024-06-14", "Pakistan", type="shelling"), "hint"),
        (_report("a", URI, None, "Pakistan", SHELL, "shelling"),
         _report("b", CHAKOTHI, "2024-06-14", "Pakistan", type="shelling"), "none"),
    ],
)
def test_the_weekday_and_the_party_hint_only_at_one_spot(undated: FrameInfo, dated: FrameInfo,
                                                         kind: str) -> None:
    ev = pair_evidence(undated, dated, 3, 30.0)
    assert ev is not None and ev.kind == kind




def test_a_strike_across_the_border_is_no_second_candidate() -> None:
    """The town's Friday strike and a Friday strike by the same party in the town across
    the border: the undated report of the town's funeral joins the town's strike (the other
    town is no second incident it could be)."""
    undated = _report("a", ADRE, None, "RSF", MARKET)
    here = _report("b", ADRE, "2024-06-14", "RSF")
    across = _report("c", GENEINA, "2024-06-14", "RSF", type="missile_strike")
    events = events_of([undated, here, across])
    assert {"a", "b"} in events and {"c"} in events


def test_without_the_town_strike_the_undated_report_stays_alone() -> None:
    """Only the strike across the border on that weekday: place and weekday do not decide."""
    events = events_of([_report("a", ADRE, None, "RSF", MARKET),
                      _report("c", GENEINA, "2024-06-14", "RSF")])
    assert {"a"} in events and {"c"} in events


# --- an undated report misplaced far away (a town of the same name elsewhere): Colombia ----
CAUCA = Location("Cauca", "CO", 2.500, -76.800, "region")
SUAREZ = Location("Suárez", "CO", 2.955, -76.696, "town")  # Cauca
FAR_SUAREZ = Location("Suárez", "CO", 4.048, -74.832, "town")  # Tolima, ~270 km away
TOLL_AND_SITE = Content(figures=frozenset({("killed", 9)}), words=frozenset({"checkpoint"}))


def _colombia(article: str, place: Location, date: str | None) -> FrameInfo:
    f = Frame(article_id=article, index=0, type="explosion",  # type: ignore[arg-type]
              evidence=Evidence(0, 0, ""), date=date, date_precision="day" if date else "unknown",
              date_text="on Friday" if date else None, location=place)
    return replace(prepare(f, None, 30), content=TOLL_AND_SITE)


def test_a_misplaced_undated_report_never_joins_a_town_far_from_its_place() -> None:
    """Two details (the toll and the site) link the undated report to the province's report
    whatever its place ("content" at unrelated places: a place resolved to a namesake is a
    known fault); but an event holding a report pinned to a town far from the undated
    report's place does not take it in (the places conflict)."""
    undated, province = _colombia("a", FAR_SUAREZ, None), _colombia("b", CAUCA, "2024-06-14")
    ev = pair_evidence(undated, province, 3, 30.0)
    assert ev is not None and ev.kind == "content" and ev.place == "unrelated"
    assert {"a", "b"} in events_of([undated, province])
    events = events_of([undated, province, _colombia("c", SUAREZ, "2024-06-14")])
    assert {"b", "c"} in events and {"a"} in events
