"""A report placed only by its region or its country joins the town-level report of its
incident when its own text names that town (the place reader picked the province, or only
the country, but the sentence says "the town of X"), on one day both texts give, or as an
undated report's hint; never on the region alone, nor when it names another town. An undated
report naming the weekday and the group that the dated report blames, at one spot. Reports
of one region and one day that fit only one another are one incident, not an ambiguity.
Frames, claims and sentences written for these tests (Cabo Delgado, Tillaberi, Rakhine,
North Kivu)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.link.parties import weekday_and_party
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source, SourceKind

# towns the gazetteer may not place (no coordinates): only the name and the country
MACOMIA = Location("Macomia", "MZ", None, None, "town")  # type: ignore[arg-type]
MUIDUMBE = Location("Muidumbe", "MZ", None, None, "town")  # type: ignore[arg-type]
CABO_DELGADO = Location("Cabo Delgado", "MZ", -12.33, 39.32, "region")
MOZAMBIQUE = Location("Mozambique", "MZ", -18.67, 35.53, "country")
TILLABERI = Location("Tillaberi", "NE", 14.21, 1.45, "region")
BUTEMBO = Location("Butembo", "CD", 0.14, 29.29, "town")


def _claim(article: str, n: int, speaker: str, name: str, kind: SourceKind, text: str) -> Claim:
    return Claim(id=f"{article}-{n}", article_id=article, source=Source(name, speaker, kind),
                 stance="asserts", about="occurrence", text=text, evidence=Evidence(0, len(text), text),
                 frame=0)


def _report(article: str, place: Location, day: str | None, sentence: str,
            claims: tuple[tuple[str, str, SourceKind, str], ...] = (), *, party: str = "",
            type: str = "ground_attack", killed: int | None = None) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
                  evidence=Evidence(0, len(sentence), sentence), date=day,
                  date_precision="day" if day else "unknown", date_text=day,
                  location=place, place_text=place.name, perpetrators=(party,) if party else (),
                  killed=Figure(killed, killed) if killed else None)
    # every report quotes someone on its incident (a report with nothing said has no content)
    said = [_claim(article, n, *c) for n, c in enumerate(claims or (("residents", "residents",
                                                                        "unknown", sentence),))]
    return replace(prepare(frame, None, 30), content=content_of(frame, said))


TOWN = _report("mz-town", MACOMIA, "2024-05-10",
               "Insurgents stormed the town of Macomia on Friday, burning the market and the "
               "district offices, residents said.", party="Islamic State")
PROVINCE = _report("mz-province", CABO_DELGADO, "2024-05-10",
                   "Fighters attacked Macomia on Friday and held parts of the town for hours, "
                   "a local administrator told the Lusa agency.")
OTHER_TOWN = _report("mz-other", MUIDUMBE, "2024-05-10",
                     "Gunmen raided a village of Muidumbe district on Friday, killing two "
                     "farmers, police said.", party="Islamic State")


def test_a_province_report_naming_the_town_joins_it() -> None:
    evidence = pair_evidence(TOWN, PROVINCE, 3, 30.0)
    assert evidence is not None and evidence.kind in ("anchored", "colocated", "vague")
    assert "macomia" in evidence.reason
    assert {"mz-town", "mz-province"} in events_of([TOWN, PROVINCE])


def test_a_province_report_naming_no_town_stays_apart_from_an_unlocated_town() -> None:
    """The region alone, with a town the gazetteer cannot place: nothing decides."""
    bare = _report("mz-bare", CABO_DELGADO, "2024-05-10",
                   "Fighters attacked a district headquarters on Friday, a local administrator "
                   "told the Lusa agency.")
    evidence = pair_evidence(TOWN, bare, 3, 30.0)
    assert evidence is None or (not evidence.links and evidence.kind != "colocated")
    assert {"mz-town", "mz-bare"} not in events_of([TOWN, bare])


def test_the_named_town_decides_between_two_towns() -> None:
    events = events_of([TOWN, PROVINCE, OTHER_TOWN])
    assert {"mz-town", "mz-province"} in events
    assert {"mz-other"} in events


def test_an_undated_province_report_naming_the_town_hints() -> None:
    undated = _report("mz-undated", CABO_DELGADO, None,
                      "Families who fled the assault on Macomia reached Pemba by boat, aid "
                      "workers said.")
    evidence = pair_evidence(TOWN, undated, 3, 30.0)
    assert evidence is not None and evidence.kind == "hint"
    assert {"mz-town", "mz-undated"} in events_of([TOWN, undated])


def test_a_country_report_naming_the_town_joins_it() -> None:
    national = _report("mz-national", MOZAMBIQUE, "2024-05-10",
                       "Mozambique's defence minister said troops had retaken Macomia on "
                       "Friday evening after insurgents overran it in the morning.")
    assert {"mz-town", "mz-national"} in events_of([TOWN, national])


def test_a_town_named_on_another_day_does_not_join() -> None:
    later = _report("mz-later", CABO_DELGADO, "2024-05-13",
                    "Insurgents attacked Macomia again on Monday, residents said.")
    assert {"mz-town", "mz-later"} not in events_of([TOWN, later])


def test_the_undated_report_names_the_group_in_its_text() -> None:
    """The weekday and the group the dated report blames, named in the undated report's
    sentence (not read as its perpetrator): two details at one spot."""
    dated = _report("cd-dated", BUTEMBO, "2024-03-03",
                    "Rebels attacked a church in Butembo on Sunday, killing nine people.",
                    party="Allied Democratic Forces")
    undated = _report("cd-undated", BUTEMBO, None,
                      "Mourners in Butembo buried the victims of Sunday's raid, which residents "
                      "blamed on the Allied Democratic Forces.")
    assert weekday_and_party(dated, undated)
    assert {"cd-dated", "cd-undated"} in events_of([dated, undated])


def test_region_reports_that_fit_only_one_another_are_one_incident() -> None:
    """Three reports naming only Tillaberi, one day, each sharing a detail with the two
    others: each fits two reports, and those two are themselves one incident."""
    reports = [_report(f"ne-{n}", TILLABERI, "2024-12-10", text, killed=killed)
               for n, (text, killed) in enumerate((
                   ("Gunmen killed 7 villagers in two attacks in Tillaberi on Tuesday, the "
                    "interior ministry said.", 7),
                   ("The army said 7 civilians died in the raids in western Niger's Tillaberi "
                    "region on Tuesday, and troops were hunting the attackers.", 7),
                   ("At least 7 people were killed in Tillaberi on Tuesday, a local official "
                    "said.", 7)))]
    assert {"ne-0", "ne-1", "ne-2"} in events_of(reports)


def test_compare_decides_as_analyze() -> None:
    """``rashomon compare`` (link.same_event) joins the province's report to the town's."""
    from rashomon.config import Options
    from rashomon.link import same_event

    def parts(info: FrameInfo, said: str) -> tuple[list[Frame], list[Claim], None]:
        return [info.frame], [_claim(info.frame.article_id, 0, "residents", "residents", "unknown", said)], None

    verdict = same_event(parts(TOWN, TOWN.frame.evidence.text), parts(PROVINCE, PROVINCE.frame.evidence.text),
                         Options())
    assert verdict is not None and verdict.same
    assert "macomia" in verdict.reason


FAR_NORTH = Location("Far North", "CM", 10.6, 14.3, "region")


def test_an_undated_report_writing_the_month_and_day_hints() -> None:
    """No year anywhere ("the night of Saturday June 8"), the group named: at the region of
    the dated report (not one spot), the month and the day and the party are two details."""
    from rashomon.link.parties import day_and_party, month_days

    assert month_days("the attack on the night of Saturday June 8") == {(6, 8)}
    assert month_days("on 8 June and on July 2") == {(6, 8), (7, 2)}
    dated = _report("cm-dated", FAR_NORTH, "2024-06-08",
                    "Boko Haram fighters raided a vigilance committee post in the Far North on "
                    "Saturday night.", party="Boko Haram")
    undated = _report("cm-undated", FAR_NORTH, None,
                      "Villagers buried the men killed when Boko Haram raided their post on the "
                      "night of Saturday June 8.")
    wrong_day = _report("cm-other", FAR_NORTH, None,
                        "Villagers buried the men killed when Boko Haram raided their post on the "
                        "night of Saturday June 15.")
    assert day_and_party(dated, undated) and not day_and_party(dated, wrong_day)
    assert {"cm-dated", "cm-undated"} in events_of([dated, undated])
    assert {"cm-dated", "cm-other"} not in events_of([dated, wrong_day])


def test_an_undated_hint_to_two_reports_that_join_is_no_ambiguity() -> None:
    """The undated report hints at two region-level reports of one day that share a detail
    (one incident, joined in the same pass): it fits one event, not two."""
    dated = _report("cm-a", FAR_NORTH, "2024-06-08",
                    "Boko Haram fighters killed 14 vigilantes in the Far North on Saturday night.",
                    party="Boko Haram", killed=14)
    country = _report("cm-b", Location("Cameroon", "CM", 5.7, 12.7, "country"), "2024-06-08",
                      "Cameroon said 14 members of a vigilance committee died on Saturday.",
                      party="Boko Haram", killed=14)
    undated = _report("cm-c", FAR_NORTH, None,
                      "Villagers buried the men killed when Boko Haram raided their post on the "
                      "night of Saturday June 8.")
    assert {"cm-a", "cm-b", "cm-c"} in events_of([dated, country, undated])
