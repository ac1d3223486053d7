"""What a report names beyond figures, target words and people (rashomon.link.marks): an
undated report joins the dated report of its incident through the monitor, the local force
and the victims' trade both name, never the report of another year's strike at its town;
one day's reports whose countries clash through a region-level place join on what both
name. Frames, claims and sentences written for these tests (El Fasher, Sagaing, Djibo,
Palma, the Kurdistan region)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of, generic_words
from rashomon.link.decision import country_clash, pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.link.marks import frame_marks, near_figures, victim_marks
from rashomon.link.parties import weekdays_named
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source, SourceKind

FASHER = Location("El Fasher", "SD", 13.628, 25.350, "town")
SAGAING = Location("Sagaing", "MM", 21.880, 95.979, "town")
DJIBO = Location("Djibo", "BF", 14.102, -1.627, "town")
PALMA = Location("Palma", "MZ", -10.776, 40.478, "town")
ERBIL = Location("Erbil", "IQ", 36.191, 44.009, "town")
KURDISTAN_IR = Location("Kurdistan", "IR", 35.955, 47.136, "region")  # the Iranian province
SULAYMANIYAH = Location("Sulaymaniyah", "IQ", 35.561, 45.437, "town")
KERMANSHAH = Location("Kermanshah", "IR", 34.314, 47.065, "town")


def _claim(article: str, n: int, speaker: str, name: str, kind: SourceKind, text: str, *,
           perpetrator: str | None = None, killed: int | None = None) -> Claim:
    return Claim(id=f"{article}-{n}", article_id=article, source=Source(name, speaker, kind),
                 stance="asserts", about="occurrence", text=text, evidence=Evidence(0, len(text), text),
                 perpetrator=perpetrator, killed=Figure(killed, killed) if killed else None, frame=0)


def _report(article: str, place: Location, date: str | None, sentence: str,
            claims: tuple[tuple[str, str, SourceKind, str], ...] = (), *, party: str = "RSF",
            type: str = "drone_strike", killed: int | None = None, targets: tuple[str, ...] = ()
            ) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
                  evidence=Evidence(0, len(sentence), sentence), date=date,
                  date_precision="day" if date else "unknown", date_text=date,
                  location=place, place_text=place.name, perpetrators=(party,), targets=targets,
                  killed=Figure(killed, killed) if killed else None)
    said = [_claim(article, n, *c) for n, c in enumerate(claims)]
    return replace(prepare(frame, None, 30), content=content_of(frame, said))


# --- the marks themselves -------------------------------------------------------------

@pytest.mark.parametrize(("text", "marks"), [
    ("two oil workers were killed", {"oil workers"}),
    ("the men were civilian employees of the state gold mining company", {"mining workers"}),
    ("three gold miners died at the site", {"gold miners"}),
    ("several worshippers were wounded", {"worshippers"}),
    ("the soldiers and civilians fled", set()),
])
def test_victims_trades(text: str, marks: set[str]) -> None:
    assert victim_marks(text) == marks


def test_parties_places_and_countries_are_no_marks() -> None:
    """The alleged perpetrator, the state's speaker, the report's own town, country names
    and a dateline say nothing of which incident; the monitor, the local force and a quoted
    place name do."""
    sentence = ("EL FASHER, Sudan - A drone of the Rapid Support Forces hit the Abu Shouk camp "
                "in El Fasher on Friday, killing five members of the Joint Forces, Sudan's army said.")
    frame = Frame(article_id="a", index=0, type="drone_strike", evidence=Evidence(0, 0, sentence),
                  date="2024-06-14", place_text="El Fasher", location=FASHER,
                  perpetrators=("Rapid Support Forces",))
    claims = [_claim("a", 0, "Sudan's army", "Sudanese military", "military", "the drone came from the west"),
              _claim("a", 1, "the Sudan Doctors Network", "Sudan Doctors Network", "unknown",
                     "the wounded were taken to the Saudi Hospital"),
              _claim("a", 2, "Human Rights Watch", "HRW", "monitor", "the camp held no fighters")]
    names = {n for mark in frame_marks(frame, claims, generic_words()) for n in mark}
    assert {"shouk", "joint", "hrw", "doctors network"} <= names
    assert not names & {"el fasher", "fasher", "sudan", "rapid support forces", "sudanese military",
                        "friday", "hospital"}


def test_near_figures() -> None:
    assert near_figures(frozenset({("killed", 14)}), frozenset({("killed", 15)})) == ["14-15 killed"]
    assert near_figures(frozenset({("killed", 4)}), frozenset({("killed", 5)})) == []  # small: chance
    assert near_figures(frozenset({("killed", 14)}), frozenset({("killed", 20)})) == []
    assert near_figures(frozenset({("killed", 14)}), frozenset({("injured", 15)})) == []


def test_the_day_before_a_weekday() -> None:
    assert weekdays_named("the funeral on Sunday of two men killed the previous evening") == {6, 5}
    assert weekdays_named("the funeral on Sunday") == {6}
    assert weekdays_named("they buried their dead on Monday, a day after the strike") == {0, 6}


# --- an undated report and the dated report of its incident ---------------------------

FASHER_DATED = ("EL FASHER, Sudan - A drone struck a water point in El Fasher on Tuesday, killing "
                "four people, the Sudan Doctors Network said.")
FASHER_DATED_CLAIMS = (
    ("the Sudan Doctors Network", "Sudan Doctors Network", "unknown",
     "the dead were volunteers of the Emergency Response Rooms"),
    ("the Joint Forces", "Joint Forces", "armed_group", "the water carriers were hit near Naivasha market"),
)
FASHER_UNDATED = ("Residents of El Fasher buried four volunteers killed when a drone struck "
                  "the water point they ran.")
FASHER_UNDATED_CLAIMS = (
    ("the Sudan Doctors Network", "Sudan Doctors Network", "unknown", "all four were civilians"),
    ("a spokesman of the Emergency Response Rooms", "Emergency Response Rooms", "unknown",
     "the group would keep the water point open"),
    ("a resident", "resident", "person", "the Naivasha market area was shelled the same week"),
)


def test_an_undated_report_joins_its_incident_on_three_marks() -> None:
    dated = _report("b", FASHER, "2024-06-11", FASHER_DATED, FASHER_DATED_CLAIMS)
    undated = _report("a", FASHER, None, FASHER_UNDATED, FASHER_UNDATED_CLAIMS)
    ev = pair_evidence(undated, dated, 3, 30.0)
    assert ev is not None and ev.kind == "content"
    assert {"doctors network", "emergency response rooms", "naivasha"} <= set(ev.shared)
    assert {"a", "b"} in events_of([undated, dated])


SAGAING_DATED = ("SAGAING, Myanmar - A military jet bombed a monastery in Sagaing township on "
                 "Saturday, killing 11 novice monks, the local People's Defence Force said.")
SAGAING_DATED_CLAIMS = (
    ("the local People's Defence Force", "People's Defence Force", "armed_group",
     "the abbot of the Zeyar monastery was among the wounded"),
    ("Radio Free Asia", "RFA", "media", "the monks were students of the monastic school"),
)
SAGAING_UNDATED = "The Zeyar monastery in Sagaing lies in ruins after the bombing that killed its novice students."
SAGAING_UNDATED_CLAIMS = (
    ("a People's Defence Force commander", "People's Defence Force", "armed_group",
     "the monastery sheltered families from the villages around"),
)


def test_an_undated_report_in_myanmar_joins_on_its_names() -> None:
    """The site's name, the local force and the victims: three marks (the outlet and the
    kind of site are not what decides)."""
    dated = _report("b", SAGAING, "2024-03-09", SAGAING_DATED, SAGAING_DATED_CLAIMS,
                    party="Myanmar military", type="airstrike")
    undated = _report("a", SAGAING, None, SAGAING_UNDATED, SAGAING_UNDATED_CLAIMS,
                      party="Myanmar military", type="airstrike")
    ev = pair_evidence(undated, dated, 3, 30.0)
    assert ev is not None and ev.kind == "content"
    assert {"a", "b"} in events_of([undated, dated])


# --- an undated report and the report of another year's strike at its town ------------

DJIBO_2022 = ("DJIBO, Burkina Faso - Jihadists attacked a convoy of traders outside Djibo on "
              "Monday, killing 35 people, the regional governor said.")
DJIBO_2022_CLAIMS = (
    ("Human Rights Watch", "HRW", "monitor", "the convoy was escorted by the VDP"),
    ("the Volunteers for the Defence of the Homeland", "VDP", "armed_group",
     "the traders were taking goods to Ouagadougou"),
)
DJIBO_UNDATED = ("Gunmen killed twelve people at a water point outside Djibo, residents said, "
                 "two years after the convoy attack that killed 35.")
DJIBO_UNDATED_CLAIMS = (
    ("Human Rights Watch", "HRW", "monitor", "the victims were herders"),
    ("a VDP member", "VDP", "armed_group", "the attackers came on motorbikes"),
)


def test_an_undated_report_stays_apart_from_another_years_strike_at_its_town() -> None:
    """The monitor and the local militia of the town are named in both (they are named in
    most of its incidents): two marks, no link, no hint."""
    old = _report("b", DJIBO, "2022-09-26", DJIBO_2022, DJIBO_2022_CLAIMS, party="JNIM",
                  type="ground_attack", killed=35)
    undated = _report("a", DJIBO, None, DJIBO_UNDATED, DJIBO_UNDATED_CLAIMS, party="JNIM",
                      type="ground_attack", killed=12)
    ev = pair_evidence(undated, old, 3, 30.0)
    assert ev is not None and ev.kind == "none"
    assert {"a"} in events_of([undated, old])


PALMA_2021 = ("PEMBA, Mozambique - Insurgents stormed the town of Palma on Wednesday, the "
              "army said, and workers of the gas project fled by boat.")
PALMA_2021_CLAIMS = (
    ("Total", "TotalEnergies", "unknown", "all staff of the Afungi site were safe"),
    ("the Cabo Ligado monitor", "Cabo Ligado", "monitor", "the hotel Amarula was besieged"),
)
PALMA_UNDATED = "Insurgents raided a village near Palma, burning houses, Cabo Ligado reported."
PALMA_UNDATED_CLAIMS = (
    ("the Cabo Ligado monitor", "Cabo Ligado", "monitor", "the raid recalled the siege of Palma"),
    ("TotalEnergies", "TotalEnergies", "unknown", "the Afungi site was not affected"),
)


def test_an_undated_raid_near_palma_stays_apart_from_the_siege() -> None:
    """The monitor, the gas company and its site (two marks: the company and its site are
    one speaker's names) recur in every report from the town."""
    old = _report("b", PALMA, "2021-03-24", PALMA_2021, PALMA_2021_CLAIMS, party="ISM",
                  type="ground_attack")
    undated = _report("a", PALMA, None, PALMA_UNDATED, PALMA_UNDATED_CLAIMS, party="ISM",
                      type="ground_attack")
    ev = pair_evidence(undated, old, 3, 30.0)
    assert ev is not None and ev.kind == "none"


# --- a clash of countries through a region-level place --------------------------------

KOYA_TOWN = ("ERBIL, Iraq - Missiles struck the offices of the Komala party in the town of "
             "Koya on Monday, killing at least 12 people, the party said.")
KOYA_TOWN_CLAIMS = (("the party", "Komala", "armed_group", "the missiles hit the party's radio station"),)
KOYA_REGION = ("TEHRAN - The Guards fired missiles at bases of separatist groups in the "
               "Kurdistan region on Monday, state television said.")
KOYA_REGION_CLAIMS = (("Komala", "Komala", "armed_group", "13 members were killed in Koya"),)


def test_one_days_reports_join_across_a_region_level_country_clash() -> None:
    """The region's name resolved to the other country: the party both quote, the town
    both name and tolls of 12 and 13 overrule the countries."""
    town = _report("a", ERBIL, "2024-03-11", KOYA_TOWN, KOYA_TOWN_CLAIMS, party="Iran",
                   type="missile_strike", killed=12)
    region = _report("b", KURDISTAN_IR, "2024-03-11", KOYA_REGION, KOYA_REGION_CLAIMS,
                     party="Iran", type="missile_strike", killed=13)
    assert country_clash(town, region, 0)
    ev = pair_evidence(town, region, 3, 30.0)
    assert ev is not None and ev.kind == "content"
    assert {"komala", "koya", "12-13 killed"} <= set(ev.shared)


def test_two_towns_of_two_countries_never_clash() -> None:
    town = _report("a", SULAYMANIYAH, "2024-03-11", KOYA_TOWN, KOYA_TOWN_CLAIMS, party="Iran",
                   type="missile_strike", killed=12)
    other = _report("b", KERMANSHAH, "2024-03-11", KOYA_REGION, KOYA_REGION_CLAIMS,
                    party="Iran", type="missile_strike", killed=13)
    assert not country_clash(town, other, 0)
    ev = pair_evidence(town, other, 3, 30.0)
    assert ev is None or not ev.links


def test_a_clash_on_different_days_is_no_clash() -> None:
    town = _report("a", ERBIL, "2024-03-11", KOYA_TOWN, KOYA_TOWN_CLAIMS, party="Iran",
                   type="missile_strike", killed=12)
    region = _report("b", KURDISTAN_IR, "2024-03-12", KOYA_REGION, KOYA_REGION_CLAIMS,
                     party="Iran", type="missile_strike", killed=13)
    assert not country_clash(town, region, 1)
    ev = pair_evidence(town, region, 3, 30.0)
    assert ev is None or not ev.links


MOCIMBOA = Location("Mocímboa da Praia", "MZ", -11.346, 40.355, "town")
FUNERAL = ("Hundreds attended the funeral in Mocímboa da Praia on Sunday of three fishermen "
           "killed the previous evening when insurgents attacked their boats.")


@pytest.mark.parametrize(("day", "kind"), [("2024-05-11", "hint"), ("2024-05-09", "none")])
def test_the_day_before_the_funeral_hints_at_the_incident(day: str, kind: str) -> None:
    """The undated funeral report names Sunday and "the previous evening": the party's
    Saturday attack at the town is a hint, its Thursday attack none."""
    undated = _report("a", MOCIMBOA, None, FUNERAL, party="ISM", type="ground_attack")
    dated = _report("b", MOCIMBOA, day, "Insurgents attacked fishing boats at Mocímboa da Praia.",
                    party="ISM", type="ground_attack")
    ev = pair_evidence(undated, dated, 3, 30.0)
    assert ev is not None and ev.kind == kind


# --- across a border: blocking meets a region and the other country's reports ---------

def _frames_and_claims(*infos: FrameInfo, claims: dict[str, tuple[tuple[str, str, SourceKind, str], ...]]
                       ) -> tuple[list[Frame], list[Claim]]:
    frames = [i.frame for i in infos]
    said = [_claim(a, n, *c) for a, cs in claims.items() for n, c in enumerate(cs)]
    return frames, said


def test_the_link_stage_meets_and_joins_a_region_across_the_border() -> None:
    """Blocking compares a region with the reports of the other country near it (on dates
    that fit), and the link stage joins them on what both name."""
    from rashomon.config import Options
    from rashomon.link import link

    town = _report("a", ERBIL, "2024-03-11", KOYA_TOWN, KOYA_TOWN_CLAIMS, party="Iran",
                   type="missile_strike", killed=12)
    region = _report("b", KURDISTAN_IR, "2024-03-11", KOYA_REGION, KOYA_REGION_CLAIMS,
                     party="Iran", type="missile_strike", killed=13)
    frames, claims = _frames_and_claims(town, region, claims={"a": KOYA_TOWN_CLAIMS, "b": KOYA_REGION_CLAIMS})
    events, _ = link(frames, claims, Options())
    assert [sorted(e.article_ids) for e in events] == [["a", "b"]]


OUADDAI = Location("Ouaddaï", "TD", 13.5, 21.5, "region")  # Chad, across from El Geneina
GENEINA = Location("El Geneina", "SD", 13.452, 22.447, "town")


def test_a_region_across_the_border_that_shares_a_toll_stays_apart() -> None:
    """Shelling in Chad's Ouaddaï region and a drone strike in El Geneina on one day, both
    "two killed": the region is in the other country, and a small toll is no mark of one
    incident. No link, and no "only candidate" attachment across the border either."""
    from rashomon.config import Options
    from rashomon.link import link

    chad = _report("a", OUADDAI, "2024-06-14", "Shells fell on a village in Ouaddaï on Friday.",
                   party="RSF", type="shelling", killed=2)
    sudan = _report("b", GENEINA, "2024-06-14", "A drone struck a market in El Geneina on Friday.",
                    party="RSF", type="drone_strike", killed=2)
    ev = pair_evidence(chad, sudan, 3, 30.0)
    assert ev is not None and ev.kind == "none"
    events, _ = link([chad.frame, sudan.frame], [], Options())
    assert sorted(sorted(e.article_ids) for e in events) == [["a"], ["b"]]


# --- a report filed abroad that names the incident's town -----------------------------

GAO_REGION = Location("Ménaka", "ML", 15.918, 2.402, "region")  # the town read as its region
ALGIERS = Location("Algiers", "DZ", 36.732, 3.087, "town")  # the capital it was filed from, far away
MENAKA_CLAIMS = (("the Tuareg movement", "Azawad Liberation Front", "armed_group",
                  "the market of Ménaka was hit twice"),)


def test_a_report_filed_abroad_meets_and_joins_the_town_it_names() -> None:
    """A report placed at the foreign capital it was filed from, dated only by its
    publication, names the incident's town in its sentence; the other report holds the
    town only at its region's precision. Blocking meets them by the name written, and the
    toll of 18 with the movement both quote join them; the event keeps the country most
    reports give."""
    from rashomon.config import Options
    from rashomon.link import link

    here = _report("a", GAO_REGION, "2024-08-25",
                   "Drone strikes on the market of Ménaka killed 18 people on Sunday.",
                   MENAKA_CLAIMS, party="Mali", killed=18)
    also = _report("c", GAO_REGION, "2024-08-25",
                   "Mourners in Ménaka buried the victims of Sunday's drone strikes.",
                   MENAKA_CLAIMS, party="Mali", killed=18)
    filed = Frame(article_id="b", index=0, type="drone_strike",
                  evidence=Evidence(0, 0, "Wounded from the drone strikes on Ménaka reached "
                                          "hospitals across the border, doctors said."),
                  date="2024-08-26", date_precision="week", location=ALGIERS, place_text="Algiers",
                  killed=Figure(18, 18))
    abroad = replace(prepare(filed, "2024-08-26", 30),
                     content=content_of(filed, [_claim("b", 0, *MENAKA_CLAIMS[0])]))
    frames, claims = _frames_and_claims(here, also, abroad,
                                        claims={"a": MENAKA_CLAIMS, "c": MENAKA_CLAIMS, "b": MENAKA_CLAIMS})
    events, _ = link(frames, claims, Options(), published={"b": "2024-08-26"})
    assert [sorted(e.article_ids) for e in events] == [["a", "b", "c"]]
    assert events[0].location is not None and events[0].location.country == "ML"
    # the same report without the town's name in its sentence never meets them
    silent = replace(abroad, frame=replace(filed, evidence=Evidence(0, 0, "Wounded reached hospitals.")))
    events, _ = link([here.frame, also.frame, silent.frame], claims, Options(), published={"b": "2024-08-26"})
    assert sorted(sorted(e.article_ids) for e in events) == [["a", "c"], ["b"]]
