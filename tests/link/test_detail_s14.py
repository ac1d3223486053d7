"""An incident no report places in a town (one report names the province, others only the
country) is still one event when the reports share a detail on one day both texts give
("detail" pairs, rashomon.link.decision); and the kinds of site an incident's sentence names
as hit ("the shelling of a market") count as target words (rashomon.link.content). Frames
and sentences written for these tests (Amhara, Ethiopia; Tillabéri, Niger; Chad; Haiti)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of, sentence_sites
from rashomon.link.decision import pair_evidence
from rashomon.link.info import Content, FrameInfo
from rashomon.types import Evidence, Frame, Location

AMHARA = Location("Amhara", "ET", 11.500, 38.500, "region")
ETHIOPIA = Location("Ethiopia", "ET", 9.000, 39.500, "country")
TILLABERI = Location("Tillabéri", "NE", 14.200, 1.450, "region")
NIGER = Location("Niger", "NE", 17.600, 8.100, "country")
BAHIR_DAR = Location("Bahir Dar", "ET", 11.594, 37.390, "town")
GONDAR = Location("Gondar", "ET", 12.600, 37.467, "town")

TOLL = Content(figures=frozenset({("killed", 3), ("injured", 4)}))
STATION = Content(words=frozenset({"station"}))
SMALL = Content(figures=frozenset({("injured", 2)}))
PARTY = Content(stances=frozenset({("fano", "denies", "fano")}))


def info(place: Location | None = AMHARA, date: str | None = "2025-03-04", *, article: str = "a",
         content: Content = TOLL, type: str = "drone_strike", published: str | None = None,
         sentence: str = "") -> FrameInfo:
    f = Frame(article_id=article, index=0, type=type, evidence=Evidence(0, len(sentence), sentence),  # type: ignore[arg-type]
              date=date, date_precision="day" if date else "unknown",
              date_text="on Tuesday" if date else None, location=place)
    return replace(prepare(f, published, 30), content=content)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # the province and the country, one day in both texts, the same toll
        (info(), info(ETHIOPIA, article="b"), "detail"),
        (info(ETHIOPIA), info(ETHIOPIA, article="b", content=TOLL), "detail"),
        (info(ETHIOPIA, content=STATION), info(ETHIOPIA, article="b", content=STATION), "detail"),
        # two reports naming only the country: a small figure (2 injured) is not enough, one
        # report naming the region with it is
        (info(ETHIOPIA, content=SMALL), info(ETHIOPIA, article="b", content=SMALL), "vague"),
        (info(content=SMALL), info(ETHIOPIA, article="b", content=SMALL), "detail"),
        # nothing shared but parties' positions: the country alone, no detail
        (info(ETHIOPIA, content=PARTY), info(AMHARA, article="b", content=PARTY), "vague"),
        # another day: no "detail" (a vague report still fits the one incident)
        (info(), info(ETHIOPIA, date="2025-03-06", article="b"), "vague"),
        # a town on a day its text gives: the ordinary "vague" (precise on one side)
        (info(BAHIR_DAR, content=PARTY), info(article="b", content=PARTY), "vague"),
        # a date only from publication is no day written in the text
        (info(), info(ETHIOPIA, date=None, published="2025-03-04", article="b"), "vague"),
        # another country
        (info(), info(NIGER, article="b"), "none"),
    ],
)
def test_detail_pairs(a: FrameInfo, b: FrameInfo, kind: str | None) -> None:
    ev = pair_evidence(a, b, 3, 30.0)
    assert (ev.kind if ev is not None else None) == kind




def test_province_and_two_country_reports_are_one_incident() -> None:
    """One report names the province and the toll, one only the country and the police
    station, one the country, the toll and the station: each shares a detail with the
    third, none is pinned to a town. One event."""
    both = Content(figures=TOLL.figures, words=frozenset({"station"}))
    infos = [info(TILLABERI), info(NIGER, article="b", content=STATION),
             info(NIGER, article="c", content=both)]
    assert {"a", "b", "c"} in events_of(infos)


def test_a_report_sharing_details_with_two_incidents_stays_alone() -> None:
    """A country-level report whose toll fits two region-level incidents of that day: nothing
    decides between them."""
    infos = [info(AMHARA), info(Location("Oromia", "ET", 7.500, 40.000, "region"), article="b"),
             info(ETHIOPIA, article="c")]
    events = events_of(infos)
    assert {"c"} in events and {"a"} in events and {"b"} in events


def test_two_towns_stay_apart_through_a_country_report() -> None:
    """Two towns' reports on one day, both sharing the toll with a country-level report: the
    country report cannot join them (two candidates), and the towns never join through it."""
    infos = [info(BAHIR_DAR), info(GONDAR, article="b"), info(ETHIOPIA, article="c")]
    for group in events_of(infos):
        assert not {"a", "b"} <= group


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Shelling of a crowded market in Tine on Sunday killed nine people", {"market"}),
        ("Gunmen attacked two schools in Tillabéri region, killing a teacher", {"school"}),
        ("A drone struck a minibus carrying traders near Abéché", {"minibus"}),
        ("A grenade hit a crowded bar in Port-au-Prince on Friday night", {"bar"}),
        ("the drone hit the Kabkabiya police station before dawn", {"station"}),
        # where the wounded were taken, a landmark, a kind that is part of a name: none
        ("Eleven wounded were taken to a hospital in Gondar", set()),
        ("A shell landed in a street near the central market", set()),
        ("A strike on the Al-Nur Mosque in Mopti killed four", set()),
        ("Three people died in hospital", set()),
        # "in" is no sign of what was hit: the shops stayed shut
        ("Shops in the main bazaar of Poonch stayed shut on Friday", set()),
        ("Hundreds of mourners attended the funeral on Wednesday", set()),
    ],
)
def test_sites_the_sentence_names_as_hit(sentence: str, kinds: set[str]) -> None:
    assert sentence_sites(sentence) == kinds


def _frame(sentence: str, targets: tuple[str, ...] = (), place_text: str | None = "North Kordofan",
           ) -> Frame:
    return Frame(article_id="a", index=0, type="shelling", evidence=Evidence(0, len(sentence), sentence),
                 place_text=place_text, targets=targets)


def test_a_site_the_sentence_names_is_a_target_word() -> None:
    """The frame's targets miss the market ("civilians"); its sentence names it as hit."""
    content = content_of(_frame("Shelling of a market in a camp in North Kordofan killed 20", ("civilians",)))
    assert content.words == {"market"}
    # a site kind that is the place's own word ("Souk market" as the place): not counted
    assert "market" not in content_of(_frame("shelling at the market on Sunday", (),
                                             "the Souk market")).words


def test_undated_report_joins_the_only_incident_naming_its_site() -> None:
    """An undated, region-level report of the shelling of a market (its targets miss it, its
    sentence names it) joins the one dated incident of the region that names a market, not
    the other one there that week (a fuel depot); with a second market incident, it stays
    alone: nothing decides."""
    kordofan = Location("North Kordofan", "SD", 14.000, 29.500, "region")
    el_obeid = Location("El Obeid", "SD", 13.184, 30.217, "town")
    undated = info(kordofan, None, sentence="The shelling of a market in North Kordofan on Tuesday killed dozens")
    undated = replace(undated, content=content_of(undated.frame))
    market = info(el_obeid, article="b", type="shelling", content=Content(words=frozenset({"market"})))
    depot = info(el_obeid, "2025-03-06", article="c", type="shelling",
                 content=Content(words=frozenset({"depot"})))
    undated = replace(undated, frame=replace(undated.frame, type="shelling"))
    assert {"a", "b"} in events_of([undated, market, depot])
    second = info(el_obeid, "2025-03-20", article="d", type="shelling",
                  content=Content(words=frozenset({"market"})))
    assert {"a"} in events_of([undated, market, depot, second])


# --- three reports of one shelling, each naming another thing hit (Donetsk, Ukraine) ------
DONETSK = Location("Donetsk", "UA", 48.015, 37.802, "town")


def _colocated_three(type: str) -> list[set[str]]:
    """Three reports of one town on one day that share nothing: each names a different
    thing hit (a church, a bus stop's shelter, their rented flat), each toll another (a
    toll rising over the days)."""
    contents = [Content(figures=frozenset({("killed", 6)}), words=frozenset({"church"})),
                Content(figures=frozenset({("killed", 7)}), words=frozenset({"stop"})),
                Content(figures=frozenset({("killed", 8)}), words=frozenset({"rented"}))]
    infos = [info(DONETSK, "2024-01-21", article=a, type=type, content=c)
             for a, c in zip("abc", contents, strict=True)]
    return events_of(infos)


def test_three_reports_of_one_shelling_naming_different_things_hit_are_one_event() -> None:
    assert {"a", "b", "c"} in _colocated_three("shelling")


def test_three_reports_of_airstrikes_naming_different_targets_stay_apart() -> None:
    """In a city struck many times a day, three air strikes on three targets are three
    incidents: the clique of reports naming different targets does not merge."""
    assert not any(len(g) > 1 for g in _colocated_three("airstrike"))


# --- an undated report naming the incident's weekday and its perpetrator (Lebanon, Chad) --
NABATIEH = Location("Nabatieh", "LB", 33.378, 35.484, "town")


def _at_nabatieh(article: str, date: str | None, perpetrator: str, sentence: str = "") -> FrameInfo:
    i = info(NABATIEH, date, article=article, content=Content(), sentence=sentence)
    return replace(i, frame=replace(i.frame, perpetrators=(perpetrator,)))


# 2024-11-05 is a Tuesday, 2024-11-07 a Thursday
UNDATED_SENTENCE = "Mourners buried two brothers killed when an Israeli drone struck their car on Tuesday"


@pytest.mark.parametrize(
    ("dated", "kind"),
    [
        (_at_nabatieh("b", "2024-11-05", "Israel"), "hint"),  # the weekday and the party
        (_at_nabatieh("b", "2024-11-05", "Israel military"), "hint"),  # one party, its army
        (_at_nabatieh("b", "2024-11-07", "Israel"), "none"),  # another weekday
        (_at_nabatieh("b", "2024-11-05", "Hezbollah"), "none"),  # another party
    ],
)
def test_undated_report_naming_the_weekday_and_the_party(dated: FrameInfo, kind: str) -> None:
    undated = _at_nabatieh("a", None, "Israel", UNDATED_SENTENCE)
    ev = pair_evidence(undated, dated, 3, 30.0)
    assert ev is not None and ev.kind == kind


def test_the_weekday_and_the_party_fit_one_incident_only() -> None:
    """An undated report that fits the strike of one Tuesday joins it; with the strike of
    another Tuesday at the town in the same years, nothing decides: it stays alone. Place
    alone never decides, and neither does a weekday without a party."""
    undated = _at_nabatieh("a", None, "Israel", UNDATED_SENTENCE)
    first = _at_nabatieh("b", "2024-11-05", "Israel")
    assert {"a", "b"} in events_of([undated, first])
    second = _at_nabatieh("c", "2024-10-22", "Israel")
    assert {"a"} in events_of([undated, first, second])
    no_party = _at_nabatieh("a", None, "unknown", "A drone struck a car near Abéché on Tuesday")
    assert {"a"} in events_of([no_party, first])


def test_three_shelling_reports_naming_two_sites_stay_apart() -> None:
    """Shelling of one town on one day, one report naming a church hit, another the market:
    two sites, two shellings as far as the reports tell."""
    contents = [Content(figures=frozenset({("killed", 6)}), words=frozenset({"church"})),
                Content(figures=frozenset({("killed", 7)}), words=frozenset({"market"})),
                Content(figures=frozenset({("killed", 8)}), words=frozenset({"rented"}))]
    infos = [info(DONETSK, "2024-01-21", article=a, type="shelling", content=c)
             for a, c in zip("abc", contents, strict=True)]
    assert not any(len(g) == 3 for g in events_of(infos))


def test_the_city_the_province_and_the_country_are_one_incident() -> None:
    """One report names the city (Bahir Dar), one the province and the toll the city's
    report gives, one only the country and the drone's target that the province's report
    names: one event. A report of the city's strike two days later stays apart."""
    market = Content(figures=frozenset({("killed", 26)}), words=frozenset({"market"}))
    infos = [info(BAHIR_DAR, content=Content(figures=frozenset({("killed", 26)}))),
             info(AMHARA, article="b", content=market),
             info(ETHIOPIA, article="c", content=Content(words=frozenset({"market"}))),
             info(BAHIR_DAR, "2025-03-06", article="d", content=Content(figures=frozenset({("killed", 2)})))]
    events = events_of(infos)
    assert {"a", "b", "c"} in events and {"d"} in events
