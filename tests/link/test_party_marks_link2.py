"""A report naming only the country (a follow-up filed abroad) whose one candidate is an
incident known only by its region joins it when both give one day, blame one party and name
one more thing of it (a mark: a local force, a victims' trade); never on place alone, nor on
the party alone, nor when two incidents of the region that day fit. Frames written for
these tests (Cameroon's Far North, Colombia's Cauca).
"""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.decision import pair_evidence
from rashomon.link.info import NO_CONTENT, Content, FrameInfo
from rashomon.types import Evidence, Frame, Location

FAR_NORTH = Location("Far North", "CM", 10.60, 14.30, "region")
CAMEROON = Location("Cameroon", "CM", 5.70, 12.70, "country")
CAUCA = Location("Cauca", "CO", 2.50, -76.80, "region")
COLOMBIA = Location("Colombia", "CO", 4.10, -72.90, "country")
VIGILANTES = frozenset({"vigilance committee"})
FISHERMEN = frozenset({"fishermen"})


def _info(article: str, place: Location, *, party: str = "Boko Haram",
          marks: frozenset[frozenset[str]] = frozenset({VIGILANTES}), day: str = "2024-06-10",
          kind: str = "ground_attack", content: Content = NO_CONTENT) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type=kind,  # type: ignore[arg-type]
                  evidence=Evidence(0, 0, ""), date=day, date_precision="day", date_text="on Monday",
                  location=place, place_text=place.name, perpetrators=(party,) if party else ())
    stances = frozenset({("the army", "asserts", party)}) if party else frozenset()
    return replace(prepare(frame, None, 30), content=replace(content, stances=stances, marks=marks))


def test_the_country_report_joins_the_regions_one_incident() -> None:
    region, country = _info("cm-region", FAR_NORTH), _info("cm-abroad", CAMEROON)
    evidence = pair_evidence(region, country, 3, 30.0)
    assert evidence is not None and evidence.kind == "detail"
    assert {"cm-region", "cm-abroad"} in events_of([region, country])


def test_two_region_reports_and_the_country_report_are_one_event() -> None:
    """The region's two reports share the toll and the target; the country's report only
    the party and the victims' trade."""
    toll = Content(figures=frozenset({("killed", 7)}), words=frozenset({"boat"}))
    infos = [_info("co-a", CAUCA, party="FARC dissidents", marks=frozenset({FISHERMEN}), content=toll),
             _info("co-b", CAUCA, party="FARC dissidents", marks=frozenset({FISHERMEN}), content=toll),
             _info("co-c", COLOMBIA, party="FARC dissidents", marks=frozenset({FISHERMEN}))]
    assert {"co-a", "co-b", "co-c"} in events_of(infos)


def test_place_and_party_alone_or_another_party_stay_apart() -> None:
    region = _info("cm-region", FAR_NORTH)
    for country in (_info("cm-abroad", CAMEROON, marks=frozenset()),
                    _info("cm-abroad", CAMEROON, marks=frozenset({FISHERMEN})),
                    _info("cm-abroad", CAMEROON, party=""),
                    _info("cm-abroad", CAMEROON, party="Ambazonian separatists"),
                    _info("cm-abroad", CAMEROON, day="2024-06-14")):
        assert {"cm-region", "cm-abroad"} not in events_of([region, country])


def test_two_incidents_of_the_region_that_day_decide_nothing() -> None:
    """Two raids of the region that day, told apart by their tolls (4 and 11 killed): the
    country's report, with neither toll, fits both."""
    infos = [_info("cm-a", FAR_NORTH, content=Content(figures=frozenset({("killed", 4)}))),
             _info("cm-b", FAR_NORTH, content=Content(figures=frozenset({("killed", 11)}))),
             _info("cm-abroad", CAMEROON)]
    events = events_of(infos)
    assert {"cm-abroad"} in events
