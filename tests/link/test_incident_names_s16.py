"""The named place of an incident ("the Amarula Lodge", "the Green Line Express") is a
distinctive detail every report of it writes: it links an undated report to the dated one
at its town, and a report naming only the country to the town's report; a name of another
place ("the Pemba Beach hotel") does not, nor a place named after the report's own town.
Frames, claims and sentences written for these tests (Palma and Pemba in Mozambique, Sri
Lanka, Kashmir)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.link.marks import incident_names
from rashomon.types import Claim, Evidence, Frame, Location, Source

PALMA = Location("Palma", "MZ", -10.776, 40.478, "town")
MOZAMBIQUE = Location("Mozambique", "MZ", -18.67, 35.53, "country")
ANANTNAG = Location("Anantnag", "IN", 33.73, 75.15, "town")


def _report(article: str, place: Location, day: str | None, sentence: str, said: str) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type="ground_attack",
                  evidence=Evidence(0, len(sentence), sentence), date=day,
                  date_precision="day" if day else "unknown", date_text=day,
                  location=place, place_text=place.name)
    claim = Claim(id=f"{article}-0", article_id=article, source=Source("residents", "residents", "unknown"),
                  stance="asserts", about="occurrence", text=said, evidence=Evidence(0, len(said), said), frame=0)
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


@pytest.mark.parametrize(("text", "names"), [
    ("Insurgents besieged the Amarula Lodge in Palma on Wednesday.", {"amarula lodge"}),
    ("Gunmen held passengers of the Green Line Express for a day.", {"green line express"}),
    ("A suicide bomber struck Colombo's Kingsbury hotel.", {"kingsbury hotel"}),
    ("The wounded were flown out from Palma airport.", set()),  # named after the town
    ("Fighters attacked a hotel and a market in the town.", set()),  # no name
    ("The Daily Express reported the raid, as did the Express Tribune.", set()),  # newspapers
    ("A drone hit a car near the Jamia Masjid mosque in Palma.", set()),  # a landmark: where
    ("Shells fell opposite the Polana Serena hotel.", set()),
    ("A house in the vicinity of the Lurio University and the Nacala Grand Mosque was hit.", set()),
])
def test_incident_names(text: str, names: set[str]) -> None:
    assert incident_names(text, frozenset({"palma", "colombo"})) == names


LODGE = _report("mz-lodge", PALMA, "2021-03-24",
                "Insurgents besieged the Amarula Lodge in Palma on Wednesday, residents said.",
                "the insurgents came from three sides")


def test_an_undated_report_naming_the_lodge_joins() -> None:
    undated = _report("mz-survivors", PALMA, None,
                      "Survivors of the siege of the Amarula Lodge described a convoy ambushed "
                      "as it tried to leave.", "many were never found")
    evidence = pair_evidence(LODGE, undated, 3, 30.0)
    assert evidence is not None and evidence.kind == "hint"
    assert "amarula lodge" in evidence.reason
    assert {"mz-lodge", "mz-survivors"} in events_of([LODGE, undated])


def test_an_undated_report_of_another_hotel_does_not_join() -> None:
    other = _report("mz-other", PALMA, None,
                    "Guests at the Pemba Beach hotel described the flights that took the "
                    "evacuees south.", "the flights were full")
    assert {"mz-lodge", "mz-other"} not in events_of([LODGE, other])


def test_a_country_report_naming_the_lodge_joins() -> None:
    national = _report("mz-national", MOZAMBIQUE, "2021-03-24",
                       "Mozambique's army said it was fighting to free foreign workers trapped "
                       "in the Amarula Lodge.", "the workers were safe")
    assert {"mz-lodge", "mz-national"} in events_of([LODGE, national])


def test_a_place_named_after_the_town_is_no_name() -> None:
    a = _report("in-a", ANANTNAG, "2023-09-13",
                "Militants attacked troops near Anantnag hospital on Wednesday.", "two officers died")
    assert not a.content or not a.content.words


def test_two_named_hotels_at_one_town_are_two_sites() -> None:
    """A report recalling last year's attack on another hotel of the seafront does not join
    this year's attack on its neighbour, though both name "beach" and "hotel"."""
    dated = _report("lk-now", PALMA, "2021-03-24",
                    "Gunmen stormed the Sunset Beach hotel in Palma on Wednesday night.",
                    "the beach hotel burned for hours")
    recalled = _report("lk-then", PALMA, None,
                       "The same beach was attacked before, when gunmen stormed the Coral Beach "
                       "hotel.", "the beach hotel was rebuilt")
    evidence = pair_evidence(dated, recalled, 3, 30.0)
    assert evidence is None or not evidence.links
    assert {"lk-now", "lk-then"} not in events_of([dated, recalled])


def test_a_country_follow_up_two_days_on_naming_the_lodge_joins() -> None:
    """A reaction abroad two days later names only the country and the lodge: the named
    place decides (two details' worth), as a village both name does."""
    follow_up = _report("mz-reaction", MOZAMBIQUE, "2021-03-26",
                        "South Africa said two of its citizens were among those trapped at the "
                        "Amarula Lodge.", "the government was in contact with their families")
    evidence = pair_evidence(LODGE, follow_up, 3, 30.0)
    assert evidence is not None and evidence.kind == "content"
    assert {"mz-lodge", "mz-reaction"} in events_of([LODGE, follow_up])


def test_the_same_named_place_a_week_apart_stays_apart() -> None:
    """The lodge attacked again a week later: beyond the window, two incidents."""
    again = _report("mz-again", PALMA, "2021-04-02",
                    "Insurgents attacked the Amarula Lodge in Palma again on Friday.", "the lodge burned")
    assert {"mz-lodge", "mz-again"} not in events_of([LODGE, again])
